"""Keep the Finnish catalogue in step with the code.

    python tools/i18n.py          # add new strings to resources/locale/fi/.../teema.po
    python tools/i18n.py --check  # exit 1 if any string lacks a Finnish translation

Strings are found as the first argument of ``_("...")`` calls in the core packages
(Qt's ``tr()`` strings in ``ui/`` get their own catalogue with the window).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.i18n import LOCALE_DIR, read_po  # noqa: E402

PACKAGES = ("workbench", "coding", "exports")
PO = LOCALE_DIR / "fi" / "LC_MESSAGES" / "teema.po"
HEADER = (
    'msgid ""\nmsgstr ""\n'
    '"Project-Id-Version: teema\\n"\n'
    '"Language: fi\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)


def extract() -> dict[str, list[str]]:
    """msgid -> where it is used, in source order."""
    found: dict[str, list[str]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                n_strings = {"_": 1, "N_": 1, "ngettext": 2, "N_plural": 2}.get(node.func.id, 0)
                args = node.args[:n_strings]
                if not n_strings or len(args) < n_strings:
                    continue
                texts = [a.value for a in args if isinstance(a, ast.Constant)]
                if len(texts) == n_strings and all(isinstance(t, str) for t in texts):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.setdefault("\0".join(texts), []).append(where)
    return found


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def update(translations: dict[str, str] | None = None) -> list[str]:
    """Rewrite the .po with every current string (and any ``translations`` given);
    returns the untranslated ones."""
    old = read_po(PO) if PO.exists() else {}
    old.update(translations or {})
    strings = extract()
    out = [HEADER]
    missing = []
    for msgid in sorted(strings, key=lambda m: strings[m][0]):
        msgstr = old.get(msgid, "")
        if not msgstr or not all(msgstr.split("\0")):
            missing.append(msgid)
        comment = "#: " + " ".join(strings[msgid][:3]) + "\n"
        if "\0" in msgid:
            singular, plural = msgid.split("\0")
            forms = [*msgstr.split("\0"), "", ""][:2]
            out.append(f"{comment}msgid {_quote(singular)}\nmsgid_plural {_quote(plural)}\n"
                       f"msgstr[0] {_quote(forms[0])}\nmsgstr[1] {_quote(forms[1])}\n")
        else:
            out.append(f"{comment}msgid {_quote(msgid)}\nmsgstr {_quote(msgstr)}\n")
    PO.parent.mkdir(parents=True, exist_ok=True)
    PO.write_text("\n".join(out), encoding="utf-8")
    return missing


def untranslated() -> list[str]:
    old = read_po(PO) if PO.exists() else {}
    return [m for m in extract() if not old.get(m) or not all(old[m].split("\0"))]


if __name__ == "__main__":
    if "--check" in sys.argv:
        todo = untranslated()
        for msgid in todo:
            print(f"untranslated: {msgid!r}")
        sys.exit(1 if todo else 0)
    todo = update()
    print(f"{PO.relative_to(ROOT)}: {len(extract())} strings, {len(todo)} untranslated")
