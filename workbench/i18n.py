"""Translation of the core's user-visible strings (gettext).

Catalogues live as ``.po`` files under ``resources/locale/<lang>/LC_MESSAGES``;
they are compiled to ``.mo`` on first use (never committed as binaries), so a
fresh checkout and an installed package behave the same. The language follows
``TEEMA_LANG``, then the usual ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``.
"""

from __future__ import annotations

import ast
import gettext
import os
from pathlib import Path

DOMAIN = "teema"
LANGUAGES = ("en", "fi")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"

_translation: gettext.NullTranslations | None = None


def system_language() -> str:
    """The user's language as a two-letter code Teema ships ('en' when unknown)."""
    for var in ("TEEMA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
    return "en"


def read_po(po_path: Path) -> dict[str, str]:
    """msgid -> msgstr of a ``.po`` file (untranslated entries map to '').

    A plural entry is keyed ``singular\0plural`` and its forms are joined with
    ``\0`` too, which is how ``.mo`` files store them.
    """
    messages: dict[str, str] = {}
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None

    def flush() -> None:
        if "msgid" in fields:
            key = "".join(fields["msgid"])
            if "msgid_plural" in fields:
                key += "\0" + "".join(fields["msgid_plural"])
                forms = sorted(k for k in fields if k.startswith("msgstr["))
                messages[key] = "\0".join("".join(fields[k]) for k in forms)
            else:
                messages[key] = "".join(fields.get("msgstr", []))
        fields.clear()

    for raw in po_path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            if current is not None:
                current.append(_unquote(line))
            continue
        keyword, _sep, rest = line.partition(" ")
        if keyword == "msgid":
            flush()
        current = fields[keyword] = [_unquote(rest)]
    flush()
    return messages


def compile_catalogue(po_path: Path, mo_path: Path) -> None:
    """Compile one ``.po`` file to ``.mo`` (a small msgfmt, plurals included)."""
    messages = {k: v for k, v in read_po(po_path).items() if not k or (v and all(v.split("\0")))}
    mo_path.parent.mkdir(parents=True, exist_ok=True)
    mo_path.write_bytes(_mo_bytes(messages))


def _unquote(token: str) -> str:
    value = ast.literal_eval(token.strip())
    if not isinstance(value, str):
        raise ValueError(f"not a quoted string: {token!r}")
    return value


def _mo_bytes(messages: dict[str, str]) -> bytes:
    import struct

    keys = sorted(messages)
    ids = [k.encode("utf-8") for k in keys]
    strs = [messages[k].encode("utf-8") for k in keys]
    header_size = 7 * 4
    n = len(keys)
    key_table = header_size
    value_table = key_table + n * 8
    data_start = value_table + n * 8
    offsets: list[tuple[int, int]] = []
    blob = b""
    for item in ids + strs:
        offsets.append((len(item), data_start + len(blob)))
        blob += item + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, n, key_table, value_table, 0, 0)
    for length, offset in offsets:
        out += struct.pack("<2I", length, offset)
    return out + blob


def _catalogue_dir(language: str) -> Path:
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo = po.with_suffix(".mo")
    if po.exists() and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
        try:
            compile_catalogue(po, mo)
        except OSError:
            # Installed read-only: compile into the user's cache instead.
            cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "teema"
            target = cache / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
            compile_catalogue(po, target)
            return cache / "locale"
    return LOCALE_DIR


def set_language(language: str | None = None) -> str:
    """Switch the core's messages to ``language`` (or the system's); returns the code used."""
    global _translation
    code = language if language in LANGUAGES else system_language()
    if code == "en":
        _translation = gettext.NullTranslations()
    else:
        _translation = gettext.translation(
            DOMAIN, localedir=_catalogue_dir(code), languages=[code], fallback=True
        )
    return code


def _current() -> gettext.NullTranslations:
    if _translation is None:
        set_language()
    assert _translation is not None
    return _translation


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on the count ``n``."""
    return _current().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it now: documents
    written for a client (reports, sheets) are translated into the *project's*
    language with :func:`translator`, whatever language the window speaks."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural message for the catalogue; translate it later with
    ``translator(language).ngettext(*marked, n)``."""
    return singular, plural


_translators: dict[str, gettext.NullTranslations] = {}


def translator(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language`` ('fi' or 'en'), independent of the current
    language: ``translator('fi').gettext(N_('Summary'))``."""
    code = language if language in LANGUAGES else "en"
    if code not in _translators:
        _translators[code] = (
            gettext.NullTranslations()
            if code == "en"
            else gettext.translation(
                DOMAIN, localedir=_catalogue_dir(code), languages=[code], fallback=True
            )
        )
    return _translators[code]
