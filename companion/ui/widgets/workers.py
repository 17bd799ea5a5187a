"""Run slow or blocking calls (key derivation, keyring) off the GUI thread; report by signal.

A locked Secret Service can block forever, so a job can carry a timeout: the window gets
``timed_out`` and goes on, and a result that arrives too late is handed to ``discard`` (for
example to close a journal nobody is waiting for any more) instead of being shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class Job(QObject):
    """One background call. Exactly one of succeeded / failed / timed_out is emitted, then
    ``finished``. Connect before the event loop runs again (``run_job`` starts at once)."""

    succeeded = Signal(object)
    failed = Signal(object)
    timed_out = Signal()
    finished = Signal()
    _delivered = Signal(bool, object)

    def __init__(
        self,
        fn: Callable[[], Any],
        *,
        timeout_ms: int | None = None,
        discard: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._discard = discard
        self._done = False
        self._delivered.connect(self._on_delivered)
        self._timer: QTimer | None = None
        if timeout_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(timeout_ms)
            self._timer.timeout.connect(self._on_timeout)

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        """Stop waiting: no signal will be emitted; a late result goes to ``discard``."""
        self._finish()

    def _run(self) -> None:
        """Called on the worker thread."""
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, not swallowed
            self._emit_from_worker(False, exc)
        else:
            self._emit_from_worker(True, result)

    def _emit_from_worker(self, ok: bool, value: object) -> None:
        try:
            self._delivered.emit(ok, value)
        except RuntimeError:  # the Job was destroyed while we worked
            if ok and self._discard is not None:
                self._discard(value)

    @Slot(bool, object)
    def _on_delivered(self, ok: bool, value: object) -> None:
        if self._done:
            if ok and self._discard is not None:
                self._discard(value)
            _ACTIVE.discard(self)
            return
        self._finish()
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()
        _ACTIVE.discard(self)

    @Slot()
    def _on_timeout(self) -> None:
        if self._done:
            return
        self._finish()
        self.timed_out.emit()
        self.finished.emit()

    def _finish(self) -> None:
        self._done = True
        if self._timer is not None:
            self._timer.stop()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


#: Jobs still running, kept alive here so a worker never emits on a collected object.
_ACTIVE: set[Job] = set()


def run_job(
    fn: Callable[[], Any],
    *,
    timeout_ms: int | None = None,
    may_hang: bool = False,
    discard: Callable[[Any], None] | None = None,
) -> Job:
    """Start ``fn()`` in the background and return its Job (connect to its signals at once).

    CPU work goes to the shared QThreadPool. Calls that ``may_hang`` (the OS keyring) get a
    daemon thread of their own, so a hung call neither holds a pool slot the passphrase path
    needs nor keeps the app from quitting.
    """
    job = Job(fn, timeout_ms=timeout_ms, discard=discard)
    _ACTIVE.add(job)
    if job._timer is not None:
        job._timer.start()
    if may_hang:
        threading.Thread(target=job._run, name="companion-blocking-call", daemon=True).start()
    else:
        QThreadPool.globalInstance().start(_Runnable(job))
    return job
