"""What every domain area shares: its project, and turning ids into clear errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.errors import NotFoundError

if TYPE_CHECKING:
    from workbench.project import Project


class Area:
    def __init__(self, project: Project) -> None:
        self.project = project

    @property
    def conn(self) -> Any:
        return self.project.conn

    def _one(self, sql: str, params: tuple[Any, ...], missing: str) -> tuple[Any, ...]:
        """The one row ``sql`` selects; NotFoundError with the ``missing`` message if none."""
        row = self.conn.execute(sql, params).fetchone()
        if row is None:
            raise NotFoundError(missing)
        return tuple(row)
