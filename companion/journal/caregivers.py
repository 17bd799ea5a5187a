"""The people who give the child's doses: one part of the :class:`companion.journal.Journal`.

Caregivers are set up once and named on every dose they give. Their table syncs like every
other (random ids, stamps, soft delete), so two computers show the same people. Which
caregiver usually gives doses on *this* computer is a setting of the computer, not of the
journal (it lives with the window's settings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from companion.journal import records as rec
from companion.journal.entries import of_type
from companion.journal.records import Caregiver

if TYPE_CHECKING:
    from companion.storage.repository import Repository


class Caregivers:
    """Add, rename and remove caregivers; ``repo`` raises Locked once the journal is closed."""

    def __init__(self, repo: Callable[[], Repository]) -> None:
        self._repo = repo

    def caregivers(self) -> list[Caregiver]:
        """The caregivers in the order they were added."""
        return of_type(self._repo().list(rec.CAREGIVER, newest_first=False), Caregiver)

    def add_caregiver(self, name: str) -> Caregiver:
        return self._repo().insert(Caregiver(name=name.strip()))

    def rename_caregiver(self, caregiver_id: str, name: str) -> Caregiver:
        found = self._repo().get(rec.CAREGIVER, caregiver_id)
        assert isinstance(found, Caregiver)
        return self._repo().update(replace(found, name=name.strip()))

    def remove_caregiver(self, caregiver_id: str) -> None:
        """Take someone off the list (Undo-able); their past doses keep their id."""
        self._repo().delete(rec.CAREGIVER, caregiver_id)

    def caregiver_names(self) -> dict[str, str]:
        """Caregiver id -> name, for wording doses."""
        return {c.id: c.name for c in self.caregivers()}
