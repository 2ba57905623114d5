"""What a tab of the analysis window asks the worker to compute.

A tab's ``plan()`` reads its controls on the GUI thread and returns a function;
the window runs that function on a worker thread with a read-only project of
its own (after retrieving the filtered passages once for every tab), and hands
the result back to the tab's ``show_result`` on the GUI thread. No Qt object
crosses into the worker, and the window's connection never leaves the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coding.retrieval import RetrievalFilter, RetrievedSegment

if TYPE_CHECKING:
    from workbench.project import Project

Rows = list[RetrievedSegment]
Plan = Callable[["Project", RetrievalFilter, Rows], object]
