"""What every domain area shares: its project, and turning ids into clear errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.errors import NotFoundError
from workbench.i18n import _

if TYPE_CHECKING:
    from workbench.project import Project


class Area:
    def __init__(self, project: Project) -> None:
        self.project = project

    @property
    def conn(self) -> Any:
        return self.project.conn

    def _one(self, sql: str, params: tuple[Any, ...], what: str, key: object) -> tuple[Any, ...]:
        row = self.conn.execute(sql, params).fetchone()
        if row is None:
            raise NotFoundError(_("No {what} with id {key} in this project.").format(
                what=what, key=key))
        return tuple(row)
