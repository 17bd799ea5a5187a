"""Reading across every kind of entry: the timeline, its count, and full-text search.

Pages come from the storage layer's entry index, so a 100,000-entry journal is never loaded
whole. :class:`companion.journal_entries.JournalEntries` builds on this.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from companion.records import TimelineEntry

if TYPE_CHECKING:
    from companion.storage.repository import Repository
    from companion.storage.timeline import Filters


class JournalTimeline:
    """Timeline and search. Subclasses provide :meth:`_repo` (raises Locked once closed)."""

    def _repo(self) -> Repository:
        raise NotImplementedError

    def timeline(
        self,
        child_id: str | None = None,
        kinds: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str | None = None,
        offset: int = 0,
        limit: int = 100,
        *,
        after: TimelineEntry | None = None,
        before: TimelineEntry | None = None,
    ) -> list[TimelineEntry]:
        """One page of entries, newest first. ``kinds=None``: every kind except contacts.

        ``after=entry`` continues below an entry of an earlier page (same filters), and
        ``before=entry`` gives the ``limit`` entries just above it: both cost the same at any
        depth, where a large ``offset`` reads every row it skips.
        """
        from companion.storage import timeline

        filters = _filters(child_id, kinds, start, end, text)
        return timeline.page(
            self._repo().engine, filters, offset=offset, limit=limit, after=after, before=before
        )

    def timeline_count(
        self,
        child_id: str | None = None,
        kinds: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str | None = None,
    ) -> int:
        """How many entries :meth:`timeline` would page through with the same filters."""
        from companion.storage import timeline

        return timeline.count(self._repo().engine, _filters(child_id, kinds, start, end, text))

    def timeline_position(
        self,
        kind: str,
        entry_id: str,
        child_id: str | None = None,
        kinds: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str | None = None,
    ) -> int | None:
        """The entry's row in :meth:`timeline` with these filters (0 is the newest), or None
        when the filters hide it or it is gone."""
        from companion.storage import timeline

        filters = _filters(child_id, kinds, start, end, text)
        return timeline.position(self._repo().engine, filters, kind, entry_id)

    def search(self, text: str, limit: int = 50) -> list[TimelineEntry]:
        """Entries of every kind whose words match (any case; last word as a prefix); a
        symptom also matches the other names the symptom list gives it."""
        from companion.storage import timeline

        return timeline.search(self._repo().engine, text, limit=limit, also=_also(text))


def _filters(
    child_id: str | None,
    kinds: Sequence[str] | None,
    start: datetime | None,
    end: datetime | None,
    text: str | None,
) -> Filters:
    from companion.storage import timeline

    return timeline.Filters(child_id, kinds, start, end, text, _also(text))


def _also(text: str | None) -> tuple[str, ...]:
    """Symptoms stored under a key match the words the list shows for them ("throwing up")."""
    if not text or not text.strip():
        return ()
    from companion.symptoms import matching_symptoms

    return matching_symptoms(text)
