"""An in-memory keyring backend for tests; it can be told to fail, lock, or hang."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secure-looking (priority 5) backend that keeps secrets in a dict.

    ``mode`` switches behaviour for failure tests: "ok", "locked", "raise", "hang".
    """

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.mode = "ok"
        self.release = threading.Event()

    def _check(self) -> None:
        if self.mode == "locked":
            raise KeyringLocked("keyring is locked")
        if self.mode == "raise":
            raise RuntimeError("keyring backend failed")
        if self.mode == "hang":
            self.release.wait(60)

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.store[(service, username)]
        except KeyError as exc:
            raise PasswordDeleteError("not found") from exc
