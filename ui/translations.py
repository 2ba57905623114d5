"""Qt-side translations: ``resources/i18n/teema_<lang>.ts`` compiled to ``.qm`` on
first use with PySide6's own lrelease (translations are built, never committed
as binaries), plus Qt's own catalogue for standard dialogs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("en", "fi")


def _lrelease() -> str | None:
    here = Path(sys.executable).with_name("pyside6-lrelease")
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def compiled(language: str) -> Path | None:
    """The .qm file for ``language``, compiled if missing or older than its .ts."""
    ts = TS_DIR / f"teema_{language}.ts"
    if not ts.exists():
        return None
    qm = ts.with_suffix(".qm")
    if not os.access(TS_DIR, os.W_OK):
        cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "teema"
        cache.mkdir(parents=True, exist_ok=True)
        qm = cache / qm.name
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install Teema's and Qt's translators for ``language``."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    # English has a catalogue too: only the plural forms of "%n item(s)" strings.
    qm = compiled(language)
    if qm is not None:
        own = QTranslator(app)
        if own.load(str(qm)):
            app.installTranslator(own)
            translators.append(own)
    return translators
