"""Put on PYTHONPATH by tests/test_architecture.py: makes ``import PySide6`` fail,
as on a machine without Qt, so the core's tests prove they do not need it."""

import importlib.abc
import sys


class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is not installed (blocked for this test)")
        return None


sys.meta_path.insert(0, _NoQt())
