"""An open journal with one child, for the caregivers, counts, plan and "call us if" tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.journal.records import Child
from tests.support.journals import create_journal


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    opened, _code = create_journal(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def child(journal: Journal) -> Child:
    return journal.add_child("Lucía", date(2014, 2, 3), "relapsed ALL")
