"""The workshop board: where each card, group and sticky note sits.

A card stands for an accepted theme or, in a project without accepted themes,
a top-level code (a code group); its name is the theme's or code's, so renaming
a card renames them and merging two cards merges them. A group is a named frame
around cards; its frame follows its cards. A sticky note is a memo (on the
card's code when it sticks to a card, else a project memo) with a place on the
board. Positions are scene units (one unit is one pixel at 100 % zoom).

Items listed in a move go exactly where they are told; what hangs on them and
was not listed (a group's cards, a card's notes) follows by the same distance.
"""

from __future__ import annotations

import builtins
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.domain.base import Area
from workbench.domain.votes import Vote
from workbench.errors import ValidationError
from workbench.i18n import N_, _, translator

CARD_W, CARD_H = 560.0, 370.0
NOTE_W, NOTE_H = 240.0, 170.0
GAP = 40.0
GROUP_PAD, GROUP_HEADER = 24.0, 60.0
NOTE_TITLE = N_("Workshop note")

_SELECT = (
    "SELECT b.id, b.kind, b.code_id, b.theme_id, b.memo_id, b.group_id, b.card_id, "
    "coalesce(t.name, c.name, b.name), b.x, b.y, b.w, b.h, ifnull(m.body, '') "
    "FROM board_items b LEFT JOIN accepted_themes t ON t.id = b.theme_id "
    "LEFT JOIN codes c ON c.id = b.code_id AND b.kind = 'card' "
    "LEFT JOIN memos m ON m.id = b.memo_id"
)


@dataclass(frozen=True)
class BoardItem:
    id: int
    kind: str  # 'card', 'group' or 'note'
    code_id: int | None
    theme_id: int | None
    memo_id: int | None
    group_id: int | None
    card_id: int | None
    name: str
    x: float
    y: float
    w: float
    h: float
    #: a note's text (its memo's body)
    text: str

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


def _item(r: Sequence[Any]) -> BoardItem:
    kind = r[1]
    w, h = {"card": (CARD_W, CARD_H), "note": (NOTE_W, NOTE_H)}.get(kind, (r[10], r[11]))
    return BoardItem(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
        float(r[8]), float(r[9]), float(w), float(h), r[12],
    )  # fmt: skip


def _overlaps(a: tuple[float, float, float, float], b: BoardItem) -> bool:
    x, y, w, h = a
    return x < b.x + b.w and b.x < x + w and y < b.y + b.h and b.y < y + h


class Board(Area):
    # -- reading -------------------------------------------------------------------

    def items(self) -> builtins.list[BoardItem]:
        """Groups first (they are drawn under cards), then cards, then notes."""
        order = "CASE b.kind WHEN 'group' THEN 0 WHEN 'card' THEN 1 ELSE 2 END, b.id"
        return [_item(r) for r in self.conn.execute(f"{_SELECT} ORDER BY {order}")]

    def get(self, item_id: int) -> BoardItem:
        return _item(
            self._one(
                f"{_SELECT} WHERE b.id = ?",
                (item_id,),
                _("There is nothing with id {id} on the board.").format(id=item_id),
            )
        )

    def _get(self, item_id: int, kind: str) -> BoardItem:
        item = self.get(item_id)
        if item.kind != kind:
            raise ValidationError(
                _("There is nothing with id {id} on the board.").format(id=item_id)
            )
        return item

    def themes_mode(self) -> bool:
        """Cards are accepted themes when there are any, else top-level codes."""
        return self.conn.execute("SELECT 1 FROM accepted_themes LIMIT 1").fetchone() is not None

    def target(self, card_id: int) -> dict[str, int]:
        """What a dot on the card goes to: ``{'code_id': ...}`` or ``{'theme_id': ...}``."""
        card = self._get(card_id, "card")
        return {"theme_id": card.theme_id} if card.theme_id else {"code_id": card.code_id or 0}

    # -- cards ---------------------------------------------------------------------

    def ensure_cards(self) -> bool:
        """One card per accepted theme (or top-level code): add the missing ones in
        free places of a tidy grid, remove cards whose theme or code is gone (or of
        the other kind). Returns whether anything changed; changes nothing otherwise."""
        from workbench.project import utcnow

        if self.themes_mode():
            column = "theme_id"
            wanted = [t.id for t in self.project.themes.accepted()]
        else:
            column = "code_id"
            wanted = [c.id for c in self.project.codes.list() if c.parent_id is None]
        cards = [i for i in self.items() if i.kind == "card"]
        stale = [c.id for c in cards if getattr(c, column) not in wanted]
        present = {getattr(c, column) for c in cards}
        missing = [w for w in wanted if w not in present]
        if not stale and not missing:
            return False
        with self.project.transaction():
            if stale:
                marks = ",".join("?" * len(stale))
                self.conn.execute(f"DELETE FROM board_items WHERE id IN ({marks})", stale)
            occupied = [i for i in self.items() if i.kind != "note"]
            total = len(occupied) + len(missing)
            columns = max(4, round(math.sqrt(total * 16 / 9 * (CARD_H + GAP) / (CARD_W + GAP))))
            slots = self._free_slots(occupied, columns, len(missing))
            now = utcnow()
            self.conn.executemany(
                f"INSERT INTO board_items(kind, {column}, x, y, created) "
                "VALUES ('card', ?, ?, ?, ?)",
                [(target, x, y, now) for target, (x, y) in zip(missing, slots, strict=True)],
            )
            self.project.log("lay_out_board", "board", None,
                             {"added": len(missing), "removed": len(stale)})  # fmt: skip
        return True

    @staticmethod
    def _free_slots(
        occupied: Sequence[BoardItem], columns: int, n: int
    ) -> builtins.list[tuple[float, float]]:
        slots: builtins.list[tuple[float, float]] = []
        index = 0
        while len(slots) < n:
            x = (index % columns) * (CARD_W + GAP)
            y = (index // columns) * (CARD_H + GAP)
            index += 1
            if not any(_overlaps((x, y, CARD_W, CARD_H), o) for o in occupied):
                slots.append((x, y))
        return slots

    def rename_card(self, card_id: int, name: str) -> BoardItem:
        """Rename the card's accepted theme (and its code) or its code."""
        from workbench.project import utcnow

        name = " ".join(name.split())
        if not name:
            raise ValidationError(_("A card needs a name."))
        with self.project.transaction():
            card = self._get(card_id, "card")
            if card.theme_id is not None:
                self.conn.execute(
                    "UPDATE accepted_themes SET name = ?, modified = ? WHERE id = ?",
                    (name, utcnow(), card.theme_id),
                )
            code_id = card.code_id or self._theme_code(card.theme_id)
            if code_id is not None:
                self.project.codes.rename(code_id, name)
            self.project.log("rename_card", "board", card_id, {"old": card.name, "new": name})
        return self.get(card_id)

    def _theme_code(self, theme_id: int | None) -> int | None:
        row = self.conn.execute(
            "SELECT code_id FROM accepted_themes WHERE id = ?", (theme_id,)
        ).fetchone()
        return row[0] if row else None

    def merge_cards(self, source_id: int, target_id: int) -> BoardItem:
        """Fold the source card into the target: the codes are merged (segments, sub-codes,
        memos, dots and hypothesis sources move over), a source theme is removed after
        its code, dots and hypotheses move to the target. The source card disappears;
        its notes stick to the target."""
        if source_id == target_id:
            raise ValidationError(_("A card cannot be merged into itself."))
        with self.project.transaction():
            source, target = self._get(source_id, "card"), self._get(target_id, "card")
            dx, dy = target.x - source.x, target.y - source.y
            self.conn.execute(
                "UPDATE board_items SET card_id = ?, x = x + ?, y = y + ? WHERE card_id = ?",
                (target_id, dx, dy, source_id),
            )
            if source.theme_id is not None and target.theme_id is not None:
                source_code = self._theme_code(source.theme_id)
                target_code = self._theme_code(target.theme_id)
                if source_code is not None and target_code is None:
                    self.conn.execute(
                        "UPDATE accepted_themes SET code_id = ? WHERE id = ?",
                        (source_code, target.theme_id),
                    )
                elif source_code is not None and target_code is not None:
                    self._merge_codes(source_code, target_code)
                self._move_refs("theme_id", source.theme_id, target.theme_id)
                self._fold_candidates(source.theme_id, target.theme_id)
                self.conn.execute("DELETE FROM accepted_themes WHERE id = ?", (source.theme_id,))
            elif source.code_id is not None and target.code_id is not None:
                self._merge_codes(source.code_id, target.code_id)
            else:
                raise ValidationError(_("A theme card and a code card cannot be merged."))
            self.conn.execute("DELETE FROM board_items WHERE id = ?", (source_id,))
            if target.group_id is not None:
                self._fit_groups([target.group_id])
            self.project.log("merge_cards", "board", target_id,
                             {"source": source.name, "target": target.name})  # fmt: skip
        return self.get(target_id)

    def _fold_candidates(self, source_theme: int, target_theme: int) -> None:
        """When both themes came from the same clustering run, the source's units
        join the target's candidate and the source candidate goes, so the review
        queue shows the merged theme (as a merge in review would)."""
        row = self.conn.execute(
            "SELECT s.candidate_id, t.candidate_id FROM accepted_themes s, accepted_themes t "
            "JOIN candidate_themes cs ON cs.id = s.candidate_id "
            "JOIN candidate_themes ct ON ct.id = t.candidate_id "
            "WHERE s.id = ? AND t.id = ? AND cs.run_id = ct.run_id",
            (source_theme, target_theme),
        ).fetchone()
        if row is None:
            return
        self.conn.execute(
            "UPDATE theme_units SET theme_id = ?, quote_rank = NULL WHERE theme_id = ?",
            (row[1], row[0]),
        )
        self.conn.execute("DELETE FROM candidate_themes WHERE id = ?", (row[0],))

    def _merge_codes(self, source: int, target: int) -> None:
        if source != target:
            self._move_refs("code_id", source, target)
            self.project.codes.merge(source, target)

    def _move_refs(self, column: str, source: int, target: int) -> None:
        """Dots and hypothesis sources on ``source`` go to ``target`` (once per hypothesis)."""
        self.conn.execute(f"UPDATE votes SET {column} = ? WHERE {column} = ?", (target, source))
        self.conn.execute(
            f"DELETE FROM hypothesis_sources WHERE {column} = ? AND hypothesis_id IN "
            f"(SELECT hypothesis_id FROM hypothesis_sources WHERE {column} = ?)",
            (source, target),
        )
        self.conn.execute(
            f"UPDATE hypothesis_sources SET {column} = ? WHERE {column} = ?", (target, source)
        )

    # -- moving --------------------------------------------------------------------

    def move(self, item_id: int, x: float, y: float) -> None:
        self.move_many([(item_id, x, y)])

    def move_many(
        self, moves: Iterable[tuple[int, float, float]], *, regroup: bool = False
    ) -> None:
        """Put each listed item at (x, y); a group's cards and a card's notes that are
        not listed follow their parent. With ``regroup`` (a drag), a moved card whose
        centre lands in a group's frame joins that group, and leaves its group when
        its centre is outside the frame."""
        wanted = {item_id: (float(x), float(y)) for item_id, x, y in moves}
        if not wanted:
            return
        with self.project.transaction():
            items = {i.id: i for i in self.items()}
            missing = [i for i in wanted if i not in items]
            if missing:
                raise ValidationError(
                    _("There is nothing with id {id} on the board.").format(id=missing[0])
                )
            final: dict[int, tuple[float, float]] = dict(wanted)
            for item_id, (x, y) in wanted.items():
                item = items[item_id]
                self._follow(items, item, x - item.x, y - item.y, final)
            self.conn.executemany(
                "UPDATE board_items SET x = ?, y = ? WHERE id = ?",
                [(x, y, i) for i, (x, y) in final.items()],
            )
            touched = {items[i].group_id for i in final if items[i].group_id is not None}
            if regroup:
                touched |= self._regroup([i for i in wanted if items[i].kind == "card"])
                self._restick([i for i in wanted if items[i].kind == "note"])
            self._fit_groups([g for g in touched if g is not None])
            self.project.log("move_board_items", "board", None, {"items": sorted(wanted)})

    def _follow(
        self,
        items: dict[int, BoardItem],
        parent: BoardItem,
        dx: float,
        dy: float,
        final: dict[int, tuple[float, float]],
    ) -> None:
        for child in items.values():
            hangs = (parent.kind == "group" and child.group_id == parent.id) or (
                parent.kind == "card" and child.kind == "note" and child.card_id == parent.id
            )
            if hangs and child.id not in final:
                final[child.id] = (child.x + dx, child.y + dy)
                self._follow(items, child, dx, dy, final)

    def _restick(self, note_ids: Sequence[int]) -> None:
        """A dragged note sticks to the card its centre lands on (its memo moves to
        that card's code), or comes free (a project memo) when it lands on none."""
        fresh = {i.id: i for i in self.items()}
        cards = [c for c in fresh.values() if c.kind == "card"]
        for note_id in note_ids:
            note = fresh[note_id]
            cx, cy = note.centre
            card = next((c for c in reversed(cards) if c.contains(cx, cy)), None)
            card_id = card.id if card is not None else None
            if card_id == note.card_id:
                continue
            code_id = (card.code_id or self._theme_code(card.theme_id)) if card else None
            self.conn.execute("UPDATE board_items SET card_id = ? WHERE id = ?", (card_id, note_id))
            if note.memo_id is not None:
                self.conn.execute(
                    "UPDATE memos SET code_id = ? WHERE id = ?", (code_id, note.memo_id)
                )
            self.project.log("stick_note", "board", note_id, {"card": card_id, "code": code_id})

    def _regroup(self, card_ids: Sequence[int]) -> set[int]:
        """Cards join the group whose frame (where it is now) holds their centre."""
        fresh = {i.id: i for i in self.items()}
        groups = [g for g in fresh.values() if g.kind == "group"]
        touched: set[int] = set()
        for card_id in card_ids:
            card = fresh[card_id]
            cx, cy = card.centre
            if card.group_id is not None and fresh[card.group_id].contains(cx, cy):
                continue
            new = next((g.id for g in reversed(groups) if g.contains(cx, cy)), None)
            if new != card.group_id:
                self.conn.execute(
                    "UPDATE board_items SET group_id = ? WHERE id = ?", (new, card_id)
                )
                touched |= {g for g in (card.group_id, new) if g is not None}
        return touched

    # -- votes -----------------------------------------------------------------------

    def vote(self, card_id: int, participant_id: int) -> Vote:
        """One of the participant's dots on the card's theme or code."""
        return self.project.votes.vote(participant_id, **self.target(card_id))

    def unvote(self, card_id: int, participant_id: int) -> bool:
        return self.project.votes.unvote(participant_id, **self.target(card_id))

    # -- groups --------------------------------------------------------------------

    def group(self, card_ids: Sequence[int], name: str = "") -> BoardItem:
        """A new group around ``card_ids`` (they leave any group they were in)."""
        from workbench.project import utcnow

        if not card_ids:
            raise ValidationError(_("Choose the cards to group first."))
        name = " ".join(name.split()) or translator(self.project.language).gettext(N_("New group"))
        with self.project.transaction():
            for card_id in card_ids:
                self._get(card_id, "card")
            group_id = int(
                self.conn.execute(
                    "INSERT INTO board_items(kind, name, created) VALUES ('group', ?, ?)",
                    (name, utcnow()),
                ).lastrowid
            )
            self._set_group(card_ids, group_id)
            self.project.log("group_cards", "board", group_id,
                             {"name": name, "cards": list(card_ids)})  # fmt: skip
        return self.get(group_id)

    def set_group(self, card_ids: Sequence[int], group_id: int | None) -> None:
        """Put cards into a group (None: take them out of theirs)."""
        with self.project.transaction():
            if group_id is not None:
                self._get(group_id, "group")
            self._set_group(card_ids, group_id)
            self.project.log("set_card_group", "board", group_id, {"cards": list(card_ids)})

    def _set_group(self, card_ids: Sequence[int], group_id: int | None) -> None:
        old = {self._get(c, "card").group_id for c in card_ids}
        marks = ",".join("?" * len(card_ids))
        self.conn.execute(
            f"UPDATE board_items SET group_id = ? WHERE id IN ({marks})", (group_id, *card_ids)
        )
        self._fit_groups([g for g in (*old, group_id) if g is not None])

    def _fit_groups(self, group_ids: Iterable[int]) -> None:
        """Each group's frame around its cards (an empty group keeps its frame)."""
        for group_id in set(group_ids):
            cards = [
                _item(r) for r in self.conn.execute(f"{_SELECT} WHERE b.group_id = ?", (group_id,))
            ]
            if not cards:
                continue
            left = min(c.x for c in cards) - GROUP_PAD
            top = min(c.y for c in cards) - GROUP_PAD - GROUP_HEADER
            right = max(c.x + c.w for c in cards) + GROUP_PAD
            bottom = max(c.y + c.h for c in cards) + GROUP_PAD
            self.conn.execute(
                "UPDATE board_items SET x = ?, y = ?, w = ?, h = ? WHERE id = ?",
                (left, top, right - left, bottom - top, group_id),
            )

    def rename_group(self, group_id: int, name: str) -> BoardItem:
        name = " ".join(name.split())
        if not name:
            raise ValidationError(_("A group needs a name."))
        with self.project.transaction():
            old = self._get(group_id, "group")
            self.conn.execute("UPDATE board_items SET name = ? WHERE id = ?", (name, group_id))
            self.project.log("rename_group", "board", group_id, {"old": old.name, "new": name})
        return self.get(group_id)

    def ungroup(self, group_id: int) -> None:
        """Remove the group's frame; its cards stay where they are."""
        with self.project.transaction():
            old = self._get(group_id, "group")
            self.conn.execute("DELETE FROM board_items WHERE id = ?", (group_id,))
            self.project.log("ungroup", "board", group_id, {"name": old.name})

    # -- sticky notes ---------------------------------------------------------------

    def add_note(
        self, text: str, card_id: int | None = None, x: float | None = None, y: float | None = None
    ) -> BoardItem:
        """A sticky note: on a card (a memo on its code; placed on the card's lower right
        unless x/y say otherwise) or free on the board (a project memo)."""
        from workbench.project import utcnow

        text = text.strip()
        if not text:
            raise ValidationError(_("A note needs some text."))
        with self.project.transaction():
            title = translator(self.project.language).gettext(NOTE_TITLE)
            code_id = None
            if card_id is not None:
                card = self._get(card_id, "card")
                code_id = card.code_id or self._theme_code(card.theme_id)
                stacked = self.conn.execute(
                    "SELECT count(*) FROM board_items WHERE card_id = ?", (card_id,)
                ).fetchone()[0]
                x = card.x + card.w - NOTE_W * 0.6 + 16 * stacked if x is None else x
                y = card.y + card.h - NOTE_H * 0.5 + 16 * stacked if y is None else y
            memo = (
                self.project.memos.add(text, title=title, target_type="code", target_id=code_id)
                if code_id is not None
                else self.project.memos.add(text, title=title)
            )
            note_id = int(
                self.conn.execute(
                    "INSERT INTO board_items(kind, memo_id, card_id, x, y, created) "
                    "VALUES ('note', ?, ?, ?, ?, ?)",
                    (memo.id, card_id, x or 0.0, y or 0.0, utcnow()),
                ).lastrowid
            )
            self.project.log("add_note", "board", note_id, {"card": card_id, "memo": memo.id})
        return self.get(note_id)

    def edit_note(self, note_id: int, text: str) -> BoardItem:
        text = text.strip()
        if not text:
            raise ValidationError(_("A note needs some text."))
        with self.project.transaction():
            note = self._get(note_id, "note")
            assert note.memo_id is not None
            self.project.memos.update(note.memo_id, body=text)
        return self.get(note_id)

    def delete_note(self, note_id: int) -> None:
        """Remove the note and its memo."""
        with self.project.transaction():
            note = self._get(note_id, "note")
            self.conn.execute("DELETE FROM board_items WHERE id = ?", (note_id,))
            if note.memo_id is not None:
                self.project.memos.delete(note.memo_id)
            self.project.log("delete_note", "board", note_id, {"text": note.text})
