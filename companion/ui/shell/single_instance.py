"""One running Companion per data folder: a second launch raises the first window instead.

A QLockFile in the data folder guarantees the journal is never opened twice; a local socket
(a Unix domain socket or Windows named pipe, never a network connection) carries the request
to come to the front.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads only when needed: after the first paint, or to knock
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"activate\n"
_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """A short per-user, per-folder name (socket paths have a small length limit)."""
    import getpass
    import hashlib

    digest = hashlib.sha256(f"{getpass.getuser()}\0{data_dir.resolve()}".encode()).hexdigest()
    return f"companion-{digest[:20]}"


class SingleInstance(QObject):
    """Acquire the folder for this process, or tell the running one to come forward."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / ".companion.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self._server: QLocalServer | None = None

    @property
    def _name(self) -> str:
        return server_name(self._data_dir)

    def acquire(self) -> bool:
        """True if this process now owns the data folder; False if another one does."""
        # A lock left by a crashed Companion is stale (its process is gone) and is taken over.
        if not self._lock.tryLock(100):
            self._ask_running_instance()
            return False
        return True

    def listen(self) -> None:
        """Start answering later launches (the app calls this once its window is painted)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _ask_running_instance(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(_TIMEOUT_MS):
            socket.write(_MESSAGE)
            socket.waitForBytesWritten(_TIMEOUT_MS)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            if socket.bytesAvailable():
                self._on_ready(socket)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            self.activation_requested.emit()
        socket.disconnectFromServer()
