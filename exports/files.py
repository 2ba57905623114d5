"""Writing export files safely: the suffix checked up front, the content written
to ``NAME.part`` beside the target and moved into place only when complete (a
failed or cancelled export never leaves a half-written file, nor destroys an
older good one), and an OS error turned into a message naming the file."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.errors import TeemaError, ValidationError
from workbench.i18n import _


def check_suffix(path: Path, allowed: Iterable[str]) -> str:
    """The lower-case suffix of ``path`` if it is one of ``allowed`` ('.xlsx' ...);
    a clear error naming the file otherwise."""
    allowed = tuple(allowed)
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            _("Cannot export to '{name}': the file name must end in one of {suffixes}.").format(
                name=path.name, suffixes=", ".join(allowed)
            )
        )
    return suffix


@contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    """Yield the ``.part`` path to write; on success it replaces ``path``; on any
    error it is removed (an OSError becomes a TeemaError naming the file)."""
    part = path.with_name(path.name + ".part")
    try:
        yield part
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise TeemaError(
            _("Could not write {name}: {reason}").format(name=path.name, reason=exc.strerror or exc)
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def write_via_partial(path: Path, write: Callable[[Path], None]) -> Path:
    """``write(part)`` then move it into place (see :func:`partial_file`)."""
    with partial_file(path) as part:
        write(part)
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a partial file (see :func:`partial_file`)."""
    with partial_file(path) as part:
        part.write_bytes(data)
    return path
