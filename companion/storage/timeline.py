"""The timeline and full-text search, read from the derived ``entry`` table.

``entry`` has one row per live entry (kept by triggers), indexed by time, by child and time,
and by kind and time, so a page of 100 out of 100,000 is an index walk, never a full load.
``entry_fts`` (FTS5, unicode61 with diacritics removed) makes search case- and
accent-insensitive; the last word typed also matches as a prefix.

Pages can start at an offset or right after (or before) a known entry. The second is keyset
paging on the index order ``(at, kind, seq)``: SQLite seeks to the entry and walks on, so the
last page of 100,000 costs what the first does, where an offset has to step over every row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from companion.storage import engine as db
from companion.storage.models import EntryRow
from companion.storage.records import (
    ENTRY_KINDS,
    TIMELINE_KINDS,
    Kind,
    TimelineEntry,
    TimelineFilter,
)

_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_TERMS = 16
_ENTRY: sa.Table = EntryRow.__table__  # type: ignore[attr-defined]
_FTS = sa.table("entry_fts", sa.column("rowid"))
_KIND_IN_INDEX = sa.literal_column("+entry.kind", sa.String)
#: Matches the column order of every entry index, so no page is ever sorted.
_NEWEST_FIRST = (_ENTRY.c.at.desc(), _ENTRY.c.kind.desc(), _ENTRY.c.seq.desc())
_OLDEST_FIRST = (_ENTRY.c.at, _ENTRY.c.kind, _ENTRY.c.seq)


def fts_query(text: str, also: Sequence[str] = ()) -> str | None:
    """An FTS5 query for what the family typed: every word must match, the last as a prefix.

    ``also`` adds phrases that match instead ("vomiting" for "throwing up"). Words are
    quoted, so nothing typed can be read as FTS5 syntax. None when no word is left.
    """
    words = _WORD.findall(text)[:_MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    query = " ".join(quoted)
    phrases = [" ".join(_WORD.findall(phrase.replace("_", " "))) for phrase in also]
    alternatives = [f'"{phrase}"' for phrase in phrases[:_MAX_TERMS] if phrase]
    if alternatives:
        query = " OR ".join([f"({query})", *alternatives])
    return query


def conditions(filters: TimelineFilter, also: tuple[str, ...] = ()) -> list[Any] | None:
    """SQL conditions for a filter, or None when nothing can match (no searchable word, no
    kind). ``also``: phrases that match as well as ``filters.text`` (see :func:`fts_query`)."""
    kinds = TIMELINE_KINDS if filters.kinds is None else tuple(filters.kinds)
    unknown = set(kinds) - set(ENTRY_KINDS)
    if unknown:
        raise ValueError("unknown entry kind")
    if not kinds:
        return None
    conds: list[Any] = []
    if len(set(kinds)) == 1:
        conds.append(_ENTRY.c.kind == kinds[0])
    elif set(kinds) != set(ENTRY_KINDS):
        # "+kind" keeps SQLite walking the time-ordered index and checking the kind stored
        # in it; an indexed IN on kind would make it sort every matching row per page.
        conds.append(_KIND_IN_INDEX.in_(sorted(set(kinds))))
    if filters.child_id is not None:
        conds.append(_ENTRY.c.child_id == filters.child_id)
    if filters.start is not None:
        conds.append(_ENTRY.c.at >= filters.start)
    if filters.end is not None:
        conds.append(_ENTRY.c.at < filters.end)
    if filters.text is not None and filters.text.strip():
        query = fts_query(filters.text, also)
        if query is None:
            return None
        conds.append(_ENTRY.c.seq.in_(_matching(query)))
    return conds


def _matching(query: str) -> Any:
    return (
        sa.select(_FTS.c.rowid).where(sa.text("entry_fts MATCH :fts_query")).params(fts_query=query)
    )


def _entries(rows: Sequence[Any]) -> list[TimelineEntry]:
    """Index rows as entries without words: the journal writes their titles from the records."""
    return [
        TimelineEntry(
            kind=Kind(row.kind),
            id=row.entry_id,
            child_id=row.child_id,
            at=row.at,
            title="",
            detail="",
            seq=row.seq,
        )
        for row in rows
    ]


_COLUMNS = (
    _ENTRY.c.kind,
    _ENTRY.c.entry_id,
    _ENTRY.c.child_id,
    _ENTRY.c.at,
    _ENTRY.c.seq,
)
_row_key = sa.tuple_(_ENTRY.c.at, _ENTRY.c.kind, _ENTRY.c.seq)


def _key_of(entry: TimelineEntry) -> Any:
    """The entry's place in timeline order, as SQL values typed like the columns."""
    if entry.seq is None:
        raise ValueError("the entry was not read from the timeline")
    return sa.tuple_(
        sa.literal(entry.at, _ENTRY.c.at.type),
        sa.literal(entry.kind, _ENTRY.c.kind.type),
        sa.literal(entry.seq, _ENTRY.c.seq.type),
    )


def _older_than(entry: TimelineEntry) -> list[Any]:
    # The plain bound on ``at`` lets every index seek straight to the entry, whichever one
    # the filters pick (the kind index has no ``kind`` after ``at`` to match the row value).
    return [_ENTRY.c.at <= sa.literal(entry.at, _ENTRY.c.at.type), _row_key < _key_of(entry)]


def _newer_than(entry: TimelineEntry) -> list[Any]:
    return [_ENTRY.c.at >= sa.literal(entry.at, _ENTRY.c.at.type), _row_key > _key_of(entry)]


def page(
    engine: Engine,
    filters: TimelineFilter,
    *,
    also: tuple[str, ...] = (),
    offset: int = 0,
    limit: int = 100,
    after: TimelineEntry | None = None,
    before: TimelineEntry | None = None,
) -> list[TimelineEntry]:
    """One page of the timeline, newest first.

    ``after``: the entries that follow that one (older); ``before``: the ``limit`` entries just
    above it (newer), still newest first. ``offset`` skips that many from where the page starts.
    """
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")
    stmt = page_query(filters, also=also, offset=offset, limit=limit, after=after, before=before)
    if stmt is None:
        return []
    with db.read(engine) as conn:
        rows = _entries(conn.execute(stmt).all())
    return rows[::-1] if before is not None else rows


def page_query(
    filters: TimelineFilter,
    *,
    also: tuple[str, ...] = (),
    offset: int,
    limit: int,
    after: TimelineEntry | None = None,
    before: TimelineEntry | None = None,
) -> Any:
    """The SELECT for one page, or None when nothing can match.

    With ``before`` the rows come oldest first (the index walked upwards from the entry).
    """
    if after is not None and before is not None:
        raise ValueError("a page starts after one entry or before one, not both")
    conds = conditions(filters, also)
    if conds is None or limit == 0:
        return None
    order: Sequence[Any] = _NEWEST_FIRST
    if after is not None:
        conds += _older_than(after)
    elif before is not None:
        conds += _newer_than(before)
        order = _OLDEST_FIRST
    return sa.select(*_COLUMNS).where(*conds).order_by(*order).offset(offset).limit(limit)


def position(
    engine: Engine,
    filters: TimelineFilter,
    kind: str,
    entry_id: str,
    *,
    also: tuple[str, ...] = (),
) -> int | None:
    """Where that entry sits in the filtered timeline (0 is the newest), or None if the
    filters hide it or it does not exist: the row to select after saving an entry."""
    conds = conditions(filters, also)
    if conds is None:
        return None
    find = (
        sa.select(_ENTRY.c.at, _ENTRY.c.kind, _ENTRY.c.seq)
        .where(_ENTRY.c.entry_id == entry_id, _ENTRY.c.kind == kind, *conds)
        .limit(1)
    )
    with db.read(engine) as conn:
        row = conn.execute(find).first()
        if row is None:
            return None
        entry = TimelineEntry(kind, entry_id, None, row.at, "", "", row.seq)
        newer = sa.select(sa.func.count()).select_from(_ENTRY).where(*conds, *_newer_than(entry))
        return int(conn.execute(newer).scalar_one())


def count(engine: Engine, filters: TimelineFilter, *, also: tuple[str, ...] = ()) -> int:
    """How many timeline entries match (for the scroll bar and "n results")."""
    conds = conditions(filters, also)
    if conds is None:
        return 0
    stmt = sa.select(sa.func.count()).select_from(_ENTRY).where(*conds)
    with db.read(engine) as conn:
        return int(conn.execute(stmt).scalar_one())


def search(
    engine: Engine, text: str, *, limit: int = 50, also: tuple[str, ...] = ()
) -> list[TimelineEntry]:
    """Entries of every kind (contacts too) whose text matches, newest first."""
    if fts_query(text) is None:
        return []
    return page(engine, TimelineFilter(kinds=ENTRY_KINDS, text=text), also=also, limit=limit)
