"""Where a glossary entry's facts come from: a public page, named the way a reader knows it."""

from __future__ import annotations

from dataclasses import dataclass

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Source:
    """A public page an entry's facts come from: who published it, its title, and its date.

    ``date`` is written as the page gives it (``2024-06``, ``2024-06-14`` or words such as
    "reviewed November 2009"); ``url`` is kept for readers who want it; ``seed`` names the
    stored page a fact was taken from (provenance only, never shown).
    """

    publisher: str
    title: str
    date: str | None = None
    url: str | None = None
    seed: str | None = None

    @property
    def label(self) -> str:
        """What a reader sees: "Publisher: Title (date)"."""
        text = f"{self.publisher}: {self.title}"
        return f"{text} ({_page_date(self.date)})" if self.date else text


def _page_date(value: str) -> str:
    """A page date for reading: 2024-06-14 is 14 June 2024, 2024-06 is June 2024; words stay."""
    parts = value.split("-")
    if all(p.isdigit() for p in parts) and len(parts[0]) == 4 and 1 <= len(parts) <= 3:
        if len(parts) == 1:
            return parts[0]
        month = int(parts[1])
        if 1 <= month <= 12:
            words = f"{_MONTHS[month - 1]} {parts[0]}"
            return f"{int(parts[2])} {words}" if len(parts) == 3 else words
    return value
