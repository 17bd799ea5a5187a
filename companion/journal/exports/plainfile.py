"""Where the exports write: a new or ordinary file is replaced atomically and made private
(0600 where the system allows); anything else the family points at (a device such as
``/dev/full``, a named pipe) is written in place, never replaced by a file of ours."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol


class Sink(Protocol):
    def write(self, data: bytes | memoryview) -> object: ...


@contextlib.contextmanager
def plain_writer(path: str | Path) -> Iterator[Sink]:
    """Write ``path``; OS errors come out as the storage layer's typed errors."""
    from companion.storage.atomic import atomic_writer
    from companion.storage.errors import from_os_error

    target = Path(path)
    try:
        special = not stat.S_ISREG(os.stat(target).st_mode)
    except FileNotFoundError:
        special = False
    except OSError as exc:
        raise from_os_error(exc) from None
    if not special:
        with atomic_writer(target) as out:
            yield out
        return
    try:
        with open(target, "wb", buffering=0) as handle:
            yield handle
    except OSError as exc:
        raise from_os_error(exc) from None


def write_plain(path: str | Path, data: bytes) -> None:
    with plain_writer(path) as out:
        out.write(data)
