"""Keep the window's Finnish translation (Qt Linguist .ts) in step with ui/.

    python tools/qt_i18n.py            # update resources/i18n/teema_fi.ts with new strings
    python tools/qt_i18n.py --check    # exit 1 if any string lacks a Finnish translation

Uses PySide6's own lupdate; lrelease compiles the .ts at run time (ui/translations.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "teema_fi.ts"
#: English needs only the plural forms of "%n" messages.
TS_EN = ROOT / "resources" / "i18n" / "teema_en.ts"


def _lupdate() -> str:
    here = Path(sys.executable).with_name("pyside6-lupdate")
    return str(here) if here.exists() else "pyside6-lupdate"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(ts: Path = TS) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    english = ts.name == TS_EN.name
    subprocess.run(
        [
            _lupdate(),
            "-silent",
            "-no-obsolete",
            *(["-pluralonly"] if english else []),
            "-target-language",
            "en_GB" if english else "fi_FI",
            *sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def untranslated(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished Finnish translation."""
    todo = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [f.text for f in forms]
                if forms
                else [None if translation is None else translation.text]
            )
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            if unfinished or not all(texts):
                todo.append((name, message.findtext("source", "")))
    return todo


def check() -> list[tuple[str, str]]:
    """Untranslated strings of the current sources, Finnish and English plurals
    (the .ts files on disk are not changed)."""
    missing = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in (TS, TS_EN):
            copy = Path(tmp) / ts.name
            if ts.exists():
                shutil.copy(ts, copy)
            update(copy)
            missing += [(f"{ts.stem}:{c}", m) for c, m in untranslated(copy)]
    return missing


if __name__ == "__main__":
    if "--check" in sys.argv:
        missing = check()
        for context, source in missing:
            print(f"untranslated: [{context}] {source!r}")
        sys.exit(1 if missing else 0)
    for ts in (TS, TS_EN):
        update(ts)
        print(f"{ts.relative_to(ROOT)}: {len(untranslated(ts))} untranslated")
