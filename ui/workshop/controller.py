"""Every board edit as one undoable, saved action (``session.apply``), with the
domain's refusals (no dots left, a name taken ...) shown as messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ui.session import Session
from workbench.domain.board import Board
from workbench.errors import TeemaError

T = TypeVar("T")


class BoardController(QObject):
    # a message for the people in the room (a refusal, a result)
    message = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    @property
    def board(self) -> Board:
        return self.session.project.board

    def _apply(self, label: str, action: Callable[[], T]) -> T | None:
        try:
            return self.session.apply(label, action)
        except TeemaError as exc:
            self.message.emit(str(exc))
            return None

    def lay_out(self) -> None:
        self._apply(self.tr("Lay out the board"), self.board.ensure_cards)

    def move(self, moves: Sequence[tuple[int, float, float]]) -> None:
        if moves:
            self._apply(
                self.tr("Move on the board"),
                lambda: self.board.move_many(list(moves), regroup=True),
            )

    def merge(self, source_id: int, target_id: int) -> bool:
        done = self._apply(
            self.tr("Merge cards"), lambda: self.board.merge_cards(source_id, target_id)
        )
        return done is not None

    def group(self, card_ids: Sequence[int], name: str = "") -> int | None:
        group = self._apply(self.tr("Group cards"), lambda: self.board.group(list(card_ids), name))
        return group.id if group is not None else None

    def ungroup(self, group_id: int) -> None:
        self._apply(self.tr("Ungroup"), lambda: self.board.ungroup(group_id))

    def rename(self, item_id: int, kind: str, name: str) -> None:
        if kind == "card":
            self._apply(self.tr("Rename card"), lambda: self.board.rename_card(item_id, name))
        elif kind == "group":
            self._apply(self.tr("Rename group"), lambda: self.board.rename_group(item_id, name))
        elif kind == "note":
            self._apply(self.tr("Edit note"), lambda: self.board.edit_note(item_id, name))

    def add_note(
        self, text: str, card_id: int | None, x: float | None = None, y: float | None = None
    ) -> int | None:
        note = self._apply(self.tr("Add note"), lambda: self.board.add_note(text, card_id, x, y))
        return note.id if note is not None else None

    def delete_note(self, note_id: int) -> None:
        self._apply(self.tr("Delete note"), lambda: self.board.delete_note(note_id))

    def vote(self, card_id: int, participant_id: int) -> bool:
        done = self._apply(self.tr("Place a dot"), lambda: self.board.vote(card_id, participant_id))
        return done is not None

    def unvote(self, card_id: int, participant_id: int) -> bool:
        return bool(
            self._apply(self.tr("Remove a dot"), lambda: self.board.unvote(card_id, participant_id))
        )

    def set_participants(self, names: Sequence[str], dots: int) -> None:
        """Make the participant list ``names`` (in order) with ``dots`` each, as one action;
        a participant left out is removed with their dots."""
        votes = self.session.project.votes

        def action() -> None:
            wanted = [" ".join(n.split()) for n in names if n.strip()]
            keep = {n.casefold() for n in wanted}
            existing = {p.name.casefold(): p for p in votes.participants()}
            for key, participant in existing.items():
                if key not in keep:
                    votes.remove_participant(participant.id)
            for name in wanted:
                if name.casefold() not in existing:
                    votes.add_participant(name)
            if dots != votes.dots_per_participant:
                votes.set_dots_per_participant(dots)

        self._apply(self.tr("Workshop participants"), action)
