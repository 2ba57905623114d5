"""Hypothesis edits reached from other panels: a new hypothesis from a code (the
codebook's context menu) and citing passages as evidence (the retrieval list's
context menu), plus the one error-showing wrapper around ``session.apply`` the
hypothesis widgets share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ui.hypotheses_model import number
from ui.session import Session
from workbench.errors import TeemaError

T = TypeVar("T")
#: Characters of a statement shown in a menu.
MENU_CHARS = 60


def apply_or_warn(
    session: Session, parent: QWidget, label: str, action: Callable[[], T]
) -> T | None:
    """``session.apply``; a refused edit's message in a box, and None."""
    try:
        return session.apply(label, action)
    except TeemaError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("HypothesisEdits", "Hypotheses"), str(exc)
        )
        return None


def new_from_code(
    session: Session, parent: QWidget, code_id: int, statement: str | None = None
) -> int | None:
    """Ask for a statement and create a hypothesis growing from ``code_id``; it cites
    the code's strongest passages and their journey stages. Returns its id."""
    if statement is None:
        name = session.project.codes.get(code_id).name
        statement, ok = QInputDialog.getMultiLineText(
            parent,
            QCoreApplication.translate("HypothesisEdits", "New hypothesis"),
            QCoreApplication.translate(
                "HypothesisEdits", "Hypothesis growing from the code “{name}”:"
            ).format(name=name),
        )
        if not ok or not statement.strip():
            return None
    text = statement
    hypotheses = session.project.hypotheses
    created = apply_or_warn(
        session,
        parent,
        QCoreApplication.translate("HypothesisEdits", "New hypothesis"),
        lambda: hypotheses.create(text, code_ids=[code_id]),
    )
    return created.id if created is not None else None


def cite(session: Session, parent: QWidget, hypothesis_id: int, segment_ids: Sequence[int]) -> int:
    """Cite ``segment_ids`` as evidence for a hypothesis; returns how many were new."""
    hypotheses = session.project.hypotheses
    added = apply_or_warn(
        session,
        parent,
        QCoreApplication.translate("HypothesisEdits", "Cite as evidence"),
        lambda: hypotheses.add_evidence(hypothesis_id, segment_ids),
    )
    if added is None:
        return 0
    order = [h.id for h in session.project.hypotheses.list()]
    label = number(order.index(hypothesis_id))
    session.message.emit(
        QCoreApplication.translate(
            "HypothesisEdits", "Passages added to the evidence for {hypothesis}: {n}"
        ).format(hypothesis=label, n=added)
    )
    return added


def cite_menu(session: Session, parent: QWidget, segment_ids: Sequence[int]) -> QMenu:
    """“Cite as evidence for hypothesis ▸ H1 …”: one entry per hypothesis."""
    menu = QMenu(
        QCoreApplication.translate("HypothesisEdits", "Cite as evidence for hypothesis"), parent
    )
    ids = list(segment_ids)
    for row, h in enumerate(session.project.hypotheses.list()):
        short = h.statement if len(h.statement) <= MENU_CHARS else h.statement[: MENU_CHARS - 1]
        text = f"{number(row)} {short}{'' if short == h.statement else '…'}"
        action = menu.addAction(text.replace("&", "&&"))
        action.setToolTip(h.statement)
        action.triggered.connect(lambda _checked=False, hid=h.id: cite(session, parent, hid, ids))
    menu.setEnabled(bool(ids) and bool(menu.actions()))
    return menu
