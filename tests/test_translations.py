"""English and Finnish ship: every core message has a Finnish translation, and the
catalogue compiles and is used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_message_has_a_finnish_translation() -> None:
    result = subprocess.run(
        [sys.executable, "tools/i18n.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


def test_placeholders_survive_translation() -> None:
    import re

    from workbench.i18n import LOCALE_DIR, read_po

    catalogue = read_po(LOCALE_DIR / "fi" / "LC_MESSAGES" / "teema.po")
    for msgid, msgstr in catalogue.items():
        if msgid and msgstr:
            assert set(re.findall(r"\{\w+\}", msgid)) == set(re.findall(r"\{\w+\}", msgstr)), msgid


def test_finnish_catalogue_is_used(tmp_path: Path) -> None:
    from workbench import i18n

    try:
        assert i18n.set_language("fi") == "fi"
        assert i18n._("the file is empty") == "tiedosto on tyhjä"
    finally:
        i18n.set_language("en")
    assert i18n._("the file is empty") == "the file is empty"


def test_every_window_string_has_a_finnish_translation() -> None:
    """lupdate over ui/ finds no string without Finnish (or without its English plural forms)."""
    result = subprocess.run([sys.executable, "tools/qt_i18n.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:]


def test_window_catalogue_compiles_and_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ui import translations

    installed = translations.install(qapp, "fi")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tiedosto"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    installed = translations.install(qapp, "en")
    try:  # English plural forms come from teema_en.ts
        assert QCoreApplication.translate("ImportController", "Import %n file(s)", "", 1) == (
            "Import 1 file")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
