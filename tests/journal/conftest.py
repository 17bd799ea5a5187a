"""Real read-only folders and real full disks (root only), every mount undone after the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.mounts import Mounts


@pytest.fixture
def mounts() -> Iterator[Mounts]:
    made = Mounts()
    try:
        yield made
    finally:
        made.undo_all()
