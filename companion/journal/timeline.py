"""Reading across every kind of entry: the timeline, its count, and full-text search.

Pages come from storage's entry index, so a 100,000-entry journal is never loaded whole. The
index holds no words: each page's records are read by id (one query per kind on the page) and
their titles written by :mod:`companion.journal.kinds`, in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from companion.journal import kinds
from companion.journal.records import Kind, TimelineEntry, TimelineFilter
from companion.translation import Translate

if TYPE_CHECKING:
    from companion.storage.repository import Repository


def as_filter(
    filters: TimelineFilter | None,
    child_id: str | None = None,
    kinds: Sequence[str] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    text: str | None = None,
) -> TimelineFilter:
    """The filter to use: the one given, or one made of the keyword arguments (not both)."""
    given = (child_id, kinds, start, end, text)
    if filters is not None:
        if any(value is not None for value in given):
            raise ValueError("give a filter or its parts, not both")
        return filters
    return TimelineFilter(
        child_id, None if kinds is None else tuple(kinds), start, end, text or None
    )


class Timeline:
    """Timeline and search over one journal; ``repo`` raises Locked once it is closed."""

    def __init__(self, repo: Callable[[], Repository], translate: Callable[[], Translate]):
        self._repo = repo
        self._translate = translate

    def page(
        self,
        filters: TimelineFilter,
        offset: int = 0,
        limit: int = 100,
        *,
        after: TimelineEntry | None = None,
        before: TimelineEntry | None = None,
    ) -> list[TimelineEntry]:
        from companion.storage import timeline

        repo = self._repo()
        rows = timeline.page(
            repo.engine,
            filters,
            also=_also(filters.text),
            offset=offset,
            limit=limit,
            after=after,
            before=before,
        )
        return self._worded(repo, rows)

    def count(self, filters: TimelineFilter) -> int:
        from companion.storage import timeline

        return timeline.count(self._repo().engine, filters, also=_also(filters.text))

    def position(self, filters: TimelineFilter, kind: str, entry_id: str) -> int | None:
        from companion.storage import timeline

        return timeline.position(
            self._repo().engine, filters, kind, entry_id, also=_also(filters.text)
        )

    def search(self, text: str, limit: int = 50) -> list[TimelineEntry]:
        from companion.storage import timeline

        repo = self._repo()
        return self._worded(repo, timeline.search(repo.engine, text, limit=limit, also=_also(text)))

    def _worded(self, repo: Repository, rows: list[TimelineEntry]) -> list[TimelineEntry]:
        """The rows with their titles and details, written from their records."""
        ids: dict[Kind, list[str]] = {}
        for row in rows:
            ids.setdefault(Kind(row.kind), []).append(row.id)
        records = {kind: repo.get_many(kind, found) for kind, found in ids.items()}
        names = kinds.names_for(
            [*records.get(Kind.DOSE, {}).values(), *records.get(Kind.TREATMENT_DAY, {}).values()],
            repo.get_many,
        )
        tr = self._translate()
        worded = []
        for row in rows:
            record = records[Kind(row.kind)].get(row.id)
            if record is None:  # deleted between the two reads
                continue
            title, detail = kinds.title_and_detail(row.kind, record, names, tr)
            worded.append(replace(row, title=title, detail=detail))
        return worded


def _also(text: str | None) -> tuple[str, ...]:
    """Symptoms stored under a key match the words the list shows for them ("throwing up")."""
    if not text or not text.strip():
        return ()
    from companion.journal.symptoms import matching_symptoms

    return matching_symptoms(text)
