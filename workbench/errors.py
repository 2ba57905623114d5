"""Errors a user sees. Each carries a message that is already translated and
names what went wrong and where; the CLI and the window print ``str(error)``
and never a traceback."""

from __future__ import annotations


class TeemaError(Exception):
    """Base class of every error Teema reports to a user."""


class ProjectError(TeemaError):
    """A project file cannot be opened or written."""


class NotAProjectError(ProjectError):
    """The file is not a Teema project (not SQLite, or SQLite of another program)."""


class NewerProjectError(ProjectError):
    """The project was written by a newer Teema whose schema this version does not know."""


class CorruptProjectError(ProjectError):
    """SQLite reports the file as damaged."""


class ReadOnlyProjectError(ProjectError):
    """The file (or its folder) cannot be written, or the project was opened read-only."""


class ProjectLockedError(ProjectError):
    """Another Teema window or command already has the project open for writing."""


class MigrationError(ProjectError):
    """Upgrading the project's schema failed; the file is left as it was."""


class ValidationError(TeemaError):
    """A value given to the domain API breaks a rule (range, type, unknown name...)."""


class NotFoundError(TeemaError):
    """The object asked for does not exist in the project."""


class ImportRefused(TeemaError):
    """An importer cannot read a file. The message gives the reason only;
    the batch layer adds the file name."""
