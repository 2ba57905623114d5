"""Cyclic garbage holding Qt widgets is collected on the GUI thread, not in workers."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from ui.gc_guard import install


class Cyclic(QWidget):
    destroyed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle, as a matplotlib canvas and its figure make
        self.destroyed.connect(lambda: Cyclic.destroyed_in.append(threading.current_thread().name))


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = install(qapp)
    assert not gc.isenabled()
    Cyclic.destroyed_in.clear()
    Cyclic()  # unreachable at once, but only the collector can free it

    def allocate() -> None:  # a worker making plenty of cyclic garbage of its own
        for _ in range(50_000):
            a: list[object] = []
            a.append(a)

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cyclic.destroyed_in == []  # the worker never collected
    collector.check()  # what the timer does
    gc.collect()
    qtbot.waitUntil(lambda: Cyclic.destroyed_in != [])
    assert Cyclic.destroyed_in == [threading.main_thread().name]
