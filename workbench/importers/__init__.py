"""Importers: one small module per format, each with ``read(data, source, options)``.

:func:`reader_for` picks the module by file extension; the batch layer in
:mod:`workbench.importers.batch` runs them and writes to the project.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import ImportedDocument, ImportOptions, Source

Reader = Callable[[bytes, Source, ImportOptions], list[ImportedDocument]]

#: extension -> (module under workbench.importers, format name stored as provenance)
FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "txt"),
    ".md": ("text", "md"),
    ".vtt": ("subtitles", "vtt"),
    ".srt": ("subtitles", "srt"),
    ".docx": ("word", "docx"),
    ".pdf": ("pdf", "pdf"),
    ".csv": ("tabular", "csv"),
    ".xlsx": ("tabular", "xlsx"),
}


def supported_extensions() -> list[str]:
    return sorted(FORMATS)


def reader_for(path: Path) -> tuple[Reader, str]:
    """The reader function and format name for ``path``; ImportRefused if unsupported."""
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise ImportRefused(
            _("files of type '{ext}' cannot be imported (supported: {supported})").format(
                ext=ext or path.name, supported=", ".join(supported_extensions())
            )
        )
    module_name, format_name = FORMATS[ext]
    module = importlib.import_module(f"workbench.importers.{module_name}")
    return module.read, format_name
