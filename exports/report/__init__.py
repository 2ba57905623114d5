"""The client summary as a Word document.

:func:`write_report` reads the project once (:mod:`.content`), then writes, in
order: a cover, a table of contents (a real TOC field Word updates on opening),
the summary, one Heading 1 section per theme with its figures and quotes,
the charts, the hypotheses, and appendices on methods and the codebook. Every
heading and label is in the report's language (the project's unless told).

Given a client ``template`` (.docx or .dotx), the report is built on it: its
styles, headers, footers (logo included) and page set-up are kept and its body
replaced. The work follows ``ui.jobs``' signature (``progress(done, total,
message)``, ``cancelled()``) so the window runs it on a worker; the file is
written beside its target and moved into place at the end, so cancelling or
failing never leaves a partial file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from exports.report.appendix import add_charts, add_codebook, add_hypotheses, add_methods
from exports.report.content import ReportContent, collect
from exports.report.document import (
    ReportCancelled,
    ReportError,
    add_page_numbers,
    open_base,
    save_atomic,
    update_fields_on_open,
)
from exports.report.sections import add_contents, add_cover, add_summary, add_theme
from exports.report.writer import Writer
from workbench.i18n import LANGUAGES, N_, _

if TYPE_CHECKING:
    from workbench.project import Project

__all__ = ["ReportCancelled", "ReportContent", "ReportError", "collect", "write_report"]

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def write_report(
    project: Project,
    path: Path | str,
    *,
    template: Path | str | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the client summary of ``project`` to ``path`` (.docx); returns the path.
    Raises :class:`ReportError` for an unusable template or target and
    :class:`ReportCancelled` when ``cancelled()`` turns true."""
    language = language if language in LANGUAGES else project.language
    path = Path(path)
    report = progress or (lambda _done, _total, _message: None)
    stop = cancelled or (lambda: False)

    def step(done: int, total: int, message: str) -> None:
        if stop():
            raise ReportCancelled()
        report(done, total, message)

    document = open_base(Path(template) if template is not None else None)
    step(0, 1, _("Reading the project…"))
    content = collect(project, language, today)
    w = Writer(document, language)

    def front() -> None:
        add_cover(w, content)
        add_contents(w)
        add_summary(w, content)

    def back() -> None:
        add_hypotheses(w, content)
        add_methods(w, content)
        add_codebook(w, content)

    parts: list[tuple[str, Callable[[], None]]] = [(_("Writing the summary…"), front)]
    parts += [
        (_("Writing the themes…"), partial(add_theme, w, content, theme))
        for theme in content.themes
    ]
    parts += [(_("Drawing the charts…"), partial(add_charts, w, content)),
              (_("Writing the appendices…"), back)]  # fmt: skip
    total = len(parts) + 1
    for done, (message, write) in enumerate(parts, 1):
        step(done, total, message)
        write()
    add_page_numbers(document, w.t(N_("Page {page} of {pages}")), cover=template is None)
    update_fields_on_open(document)
    step(total, total, _("Saving the report…"))
    return save_atomic(document, path)
