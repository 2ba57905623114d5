"""Long work off the GUI thread, with progress and cancel.

A job is a plain core function ``run(progress, cancelled) -> result`` (no Qt in
it); :class:`Job` runs it on Qt's thread pool and relays progress, the result
or the error by signals, which Qt delivers on the GUI thread. Workers never
touch widgets or the project's connection.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.errors import TeemaError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class Job(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run_here(self) -> None:
        """Run the work on the calling thread (the runnable calls this)."""
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except TeemaError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug in a worker must reach the user, not kill the app
            log.exception("background job failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)
        finally:
            self.done.set()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run_here()
