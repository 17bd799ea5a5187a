"""When the journal is exchanged with the shared folder: at unlock, a few seconds after a
save (many saves, one exchange), when the folder changes while the journal is open, and at
lock (the last one, before the key is dropped). Each runs off the GUI thread, one at a time.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from companion.ui.widgets.session import JournalSession

#: A save waits this long for more saves before the exchange.
AFTER_SAVE_MS = 4_000
#: The folder engine writes files in bursts; wait for the burst to end.
AFTER_FOLDER_CHANGE_MS = 1_500


class SyncRunner(QObject):
    """Runs ``journal.sync()`` for the session at the right moments.

    ``exchanged(report)`` after each exchange, ``failed(error)`` when one could not be done,
    and ``news(list)`` after the exchange at unlock when other computers added something the
    family has not seen yet.
    """

    exchanged = Signal(object)
    failed = Signal(object)
    news = Signal(object)

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self._after_unlock = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._save_timer = self._timer(AFTER_SAVE_MS)
        self._folder_timer = self._timer(AFTER_FOLDER_CHANGE_MS)
        session.unlocked.connect(self._unlocked)
        session.changed.connect(lambda _kind: self._save_timer.start())
        session.about_to_lock.connect(self.exchange_before_lock)
        session.locked.connect(self._stop)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.exchange_now)
        return timer

    @property
    def busy(self) -> bool:
        return self._running

    def folder(self) -> Path | None:
        journal = self.session.journal
        if journal is None:
            return None
        try:
            return journal.sync_folder()
        except Exception:  # a locked or damaged journal: the session reports it elsewhere
            return None

    def _unlocked(self) -> None:
        self._after_unlock = True
        self.exchange_now()

    def _stop(self) -> None:
        self._save_timer.stop()
        self._folder_timer.stop()
        self._watch(None)

    def _folder_changed(self, _path: str) -> None:
        self._folder_timer.start()

    def exchange_now(self) -> None:
        """One exchange in the background (another follows if asked while one runs)."""
        from companion.ui.widgets.workers import run_job

        journal = self.session.journal
        folder = self.folder()
        if journal is None or folder is None:
            self._after_unlock = False
            return
        if self._running:
            self._again = True
            return
        self._running = True
        after_unlock, self._after_unlock = self._after_unlock, False

        def call() -> Any:
            with self._lock:
                report = journal.sync(folder)
                news = journal.since_last_looked() if after_unlock else []
                return report, news

        job = run_job(call)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)

    def exchange_before_lock(self) -> None:
        """The last exchange, on the GUI thread (the key goes right after); never raises."""
        journal = self.session.journal
        folder = self.folder()
        if journal is None or folder is None:
            return
        with self._lock:
            try:
                journal.sync(folder)
            except Exception as exc:  # locking goes on; the next unlock tries again
                self.failed.emit(exc)

    def _done(self, result: Any) -> None:
        report, news = result
        self._running = False
        self._watch(self.folder())
        self.exchanged.emit(report)
        if news:
            self.news.emit(news)
        self._repeat()

    def _failed(self, exc: BaseException) -> None:
        from companion.journal import Damaged, Locked

        self._running = False
        if isinstance(exc, Locked):
            return
        if isinstance(exc, Damaged):
            self.session.report_damage(exc)
            return
        self.failed.emit(exc)
        self._repeat()

    def _repeat(self) -> None:
        if self._again:
            self._again = False
            self.exchange_now()

    def _watch(self, folder: Path | None) -> None:
        """Watch the journal's place in the folder and each computer's sub-folder."""
        old = self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        if folder is None or not folder.is_dir():
            return
        places = [str(folder)]
        for base in folder.glob("companion-*"):
            places.append(str(base))
            places.extend(str(sub) for sub in base.iterdir() if sub.is_dir())
        self.watcher.addPaths(places)


def runner_for(session: JournalSession) -> SyncRunner:
    """The session's one runner (made on first use, owned by the session)."""
    found = session.findChild(SyncRunner)
    return found if found is not None else SyncRunner(session, session)
