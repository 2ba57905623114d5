"""Typed attributes (text, number, date, category) on cases and documents:
segment, persona, channel, age group, NPS score, interview date ..."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from typing import Any

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _
from workbench.labels import attribute_type_label
from workbench.model import Attribute, AttributeScalar

SCOPES = ("case", "document")
TYPES = ("text", "number", "date", "category")
_OWNER = {
    "case": ("case_attribute_values", "case_id"),
    "document": ("document_attribute_values", "document_id"),
}


def coerce(type_: str, value: Any) -> str | float:
    """The stored form of ``value`` for an attribute of ``type_`` (ValidationError if it
    does not fit): numbers as float, dates as ISO text, the rest as text."""
    if type_ == "number":
        if isinstance(value, bool):
            raise ValidationError(_("'{value}' is not a number.").format(value=value))
        if isinstance(value, int | float):
            return float(value)
        try:
            return float(str(value).strip().replace(",", ".").replace("\u00a0", ""))
        except ValueError as exc:
            raise ValidationError(_("'{value}' is not a number.").format(value=value)) from exc
    if type_ == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError as exc:
            raise ValidationError(
                _("'{value}' is not a date (YYYY-MM-DD).").format(value=value)
            ) from exc
    if type_ in ("text", "category"):
        return str(value).strip()
    raise ValidationError(_("Unknown attribute type '{type}'.").format(type=type_))


def _decode(type_: str, stored: Any) -> AttributeScalar:
    if type_ == "number":
        return float(stored)
    if type_ == "date":
        return dt.date.fromisoformat(stored)
    return str(stored)


def _row(r: Any) -> Attribute:
    return Attribute(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])))


class Attributes(Area):
    def list(self, scope: str) -> builtins.list[Attribute]:
        return [
            _row(r)
            for r in self.conn.execute(
                "SELECT id, scope, name, type, choices FROM attributes WHERE scope = ? "
                "ORDER BY position, id",
                (scope,),
            )
        ]

    def find(self, scope: str, name: str) -> Attribute | None:
        row = self.conn.execute(
            "SELECT id, scope, name, type, choices FROM attributes WHERE scope = ? AND name = ?",
            (scope, name),
        ).fetchone()
        return _row(row) if row else None

    def define(self, scope: str, name: str, type_: str, choices: tuple[str, ...] = ()) -> Attribute:
        """Define an attribute (or return the existing one of that name and type)."""
        if scope not in SCOPES:
            raise ValidationError(_("Attributes belong to a case or a document."))
        if type_ not in TYPES:
            raise ValidationError(_("Unknown attribute type '{type}'.").format(type=type_))
        name = name.strip()
        if not name:
            raise ValidationError(_("An attribute needs a name."))
        with self.project.transaction():
            existing = self.find(scope, name)
            if existing:
                if existing.type != type_:
                    raise ValidationError(
                        _("The attribute '{name}' is already defined as {type}.").format(
                            name=name, type=attribute_type_label(existing.type)
                        )
                    )
                return existing
            position = self.conn.execute(
                "SELECT count(*) FROM attributes WHERE scope = ?", (scope,)
            ).fetchone()[0]
            cur = self.conn.execute(
                "INSERT INTO attributes(scope, name, type, choices, position) "
                "VALUES (?, ?, ?, ?, ?)",
                (scope, name, type_, json.dumps(list(choices), ensure_ascii=False), position),
            )
            self.project.log(
                "define_attribute",
                "attribute",
                cur.lastrowid,
                {"scope": scope, "name": name, "type": type_},
            )
        return self.find(scope, name)  # type: ignore[return-value]

    def set(
        self, scope: str, owner_id: int, name: str, value: Any, type_: str | None = None
    ) -> None:
        """Set one attribute value; defines the attribute first when ``type_`` is given
        and it does not exist. ``value`` None removes the value."""
        with self.project.transaction():
            attribute = self.find(scope, name)
            if attribute is None:
                if type_ is None:
                    raise ValidationError(_("There is no attribute '{name}'.").format(name=name))
                attribute = self.define(scope, name, type_)
            table, owner = _OWNER[scope]
            if value is None or value == "":
                self.conn.execute(
                    f"DELETE FROM {table} WHERE {owner} = ? AND attribute_id = ?",
                    (owner_id, attribute.id),
                )
                stored: Any = None
            else:
                stored = coerce(attribute.type, value)
                if attribute.type == "category" and stored not in attribute.choices:
                    self.conn.execute(
                        "UPDATE attributes SET choices = ? WHERE id = ?",
                        (
                            json.dumps([*attribute.choices, stored], ensure_ascii=False),
                            attribute.id,
                        ),
                    )
                self.conn.execute(
                    f"INSERT INTO {table}({owner}, attribute_id, value) VALUES (?, ?, ?) "
                    f"ON CONFLICT({owner}, attribute_id) DO UPDATE SET value = excluded.value",
                    (owner_id, attribute.id, stored),
                )
            self.project.log(
                "set_attribute", scope, owner_id, {"attribute": attribute.name, "value": stored}
            )

    def values(self, scope: str, owner_id: int) -> dict[str, AttributeScalar]:
        table, owner = _OWNER[scope]
        return {
            name: _decode(type_, value)
            for name, type_, value in self.conn.execute(
                f"SELECT a.name, a.type, v.value FROM {table} v JOIN attributes a "
                f"ON a.id = v.attribute_id WHERE v.{owner} = ? ORDER BY a.position",
                (owner_id,),
            )
        }

    def table(self, scope: str) -> dict[int, dict[str, AttributeScalar]]:
        """Every owner's values at once (for filters and matrices)."""
        table, owner = _OWNER[scope]
        out: dict[int, dict[str, AttributeScalar]] = {}
        for owner_id, name, type_, value in self.conn.execute(
            f"SELECT v.{owner}, a.name, a.type, v.value FROM {table} v "
            "JOIN attributes a ON a.id = v.attribute_id"
        ):
            out.setdefault(owner_id, {})[name] = _decode(type_, value)
        return out
