"""The journal's half of the full export and its import: every record of a kind, and loading
a file's records into a new journal in one transaction
(:mod:`companion.journal.exports.jsonfile`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from companion.journal.records import Kind, Record

if TYPE_CHECKING:
    from companion.storage.repository import Repository


class Transfer:
    """Bulk reads and the one bulk write; ``repo`` raises Locked once the journal is closed."""

    def __init__(self, repo: Callable[[], Repository]) -> None:
        self._repo = repo

    def all_records(self, kind: str) -> list[Record]:
        """Every live record of one kind, oldest first."""
        return self._repo().list(kind, newest_first=False)

    def spare_children(self) -> list[str] | None:
        """The ids of the children of a new journal (nothing written yet, as after setup), or
        None when the journal holds any entry or contact."""
        repo = self._repo()
        for kind in Kind:
            if kind is not Kind.CHILD and repo.list(kind, limit=1):
                return None
        return [child.id for child in repo.list(Kind.CHILD)]

    def load_records(
        self,
        records: Iterable[Record],
        settings: Mapping[str, Any],
        *,
        drop_children: Iterable[str] = (),
    ) -> None:
        """Write the records as they are (ids, stamps), replacing any with the same id, and
        the settings; first remove ``drop_children`` (children with nothing written). One
        transaction: on any failure nothing changes. ValueError for a broken reference."""
        self._repo().load(records, settings, drop_children=drop_children)
