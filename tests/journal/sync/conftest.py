"""Computers sharing one journal: the first makes it, the others join from its backup."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion.journal import Journal
from tests.support.journals import PASSPHRASE, create_journal


def join(first: Journal, where: Path, backup: Path) -> Journal:
    first.backup(backup)
    return Journal.restore(backup, where, PASSPHRASE)


@pytest.fixture
def family(tmp_path: Path) -> Iterator[Callable[[int], list[Journal]]]:
    """``family(n)``: n open journals of one family; each has named itself."""
    opened: list[Journal] = []

    def make(count: int) -> list[Journal]:
        first, _code = create_journal(tmp_path / "computer-0")
        first.name_this_computer("Computer 0")
        computers = [first]
        for n in range(1, count):
            joined = join(first, tmp_path / f"computer-{n}", tmp_path / f"join-{n}.backup")
            joined.name_this_computer(f"Computer {n}")
            computers.append(joined)
        opened.extend(computers)
        return computers

    yield make
    for journal in opened:
        journal.close()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder
