"""The centers directory: hospitals and help lines, each phone number tied to a named source.

Qt-free. Loading runs at start-up, so the bundled file only gets a cheap structural check
(pure Python, no jsonschema, no phonenumbers); a file the family imports is checked completely
(structure, the JSON Schema and every phone number) before anything changes. The checks
themselves live in ``companion.directory.checks``; this module reads, builds and imports.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from companion.directory import phones

# The checks and the program vocabulary are part of this module's public API too.
from companion.directory.checks import SCHEMA_KEYWORDS as SCHEMA_KEYWORDS
from companion.directory.checks import SCHEMA_NAME as SCHEMA_NAME
from companion.directory.checks import check_structure as check_structure
from companion.directory.checks import find_problems as find_problems
from companion.directory.checks import load_schema as load_schema
from companion.directory.checks import parse_page_date as parse_page_date
from companion.directory.migration import FORMAT_VERSION as FORMAT_VERSION
from companion.directory.migration import migrate as migrate
from companion.directory.programs import PROGRAM_DETAILS as PROGRAM_DETAILS
from companion.directory.programs import PROGRAM_SEARCH_WORDS as PROGRAM_SEARCH_WORDS
from companion.directory.programs import PROGRAMS as PROGRAMS
from companion.paths import resource_path
from companion.textnorm import words

FILE_NAME = "centers.json"
MAX_FILE_BYTES = 2_000_000
#: A page dated this many years ago or more is old: its numbers keep a "please confirm".
OLD_AFTER_YEARS = 3

PURPOSES: dict[str, str] = {
    "second-opinion": "Second opinion",
    "new-patients": "New patients",
    "existing-patients": "Existing patients and family",
    "appointments": "Appointments",
    "referrals": "Referrals",
    "information": "Information line",
    "nurse-helpline": "Nurse helpline",
}
#: Who a line is for; doctors' lines are listed after the lines a family may call.
AUDIENCES: dict[str, str] = {"family": "", "doctor": "for your child's doctor"}
COUNTRY_NAMES: dict[str, str] = {"US": "United States", "GB": "United Kingdom"}
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {"US": ("USA",), "GB": ("UK", "Britain")}


class DirectoryError(Exception):
    """A directory file that cannot be used; ``problems`` lists each one in plain words."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems) or ["The directory file could not be read."]
        count = len(self.problems)
        heading = "1 problem" if count == 1 else f"{count} problems"
        super().__init__(f"The centers directory has {heading}:\n- " + "\n- ".join(self.problems))


@dataclass(frozen=True)
class Source:
    """Where facts come from: a page's address, its title, the date the page shows for itself
    (None: "date not shown") and the day the project took the facts from the stored page."""

    name: str
    title: str
    publisher: str
    url: str | None = None
    page_date: date | None = None
    #: How much of ``page_date`` the page gave: "year", "month" or "day".
    page_date_precision: str = "day"
    #: Taken from the page as stored; nobody rechecked the live page on this day.
    taken: date | None = None
    supports: str | None = None

    def age_years(self, today: date | None = None) -> int | None:
        """Whole years since the page's own date, or None when the page shows no date."""
        if self.page_date is None:
            return None
        today = today or date.today()
        then = self.page_date
        years = today.year - then.year - ((today.month, today.day) < (then.month, then.day))
        return max(0, years)

    def is_old_on(self, today: date) -> bool:
        age = self.age_years(today)
        return age is not None and age >= OLD_AFTER_YEARS

    def needs_confirming_on(self, today: date) -> bool:
        """Undated, or dated OLD_AFTER_YEARS or more ago: numbers keep 'please confirm'."""
        return self.page_date is None or self.is_old_on(today)

    def page_date_text(self) -> str | None:
        """The page's date as precise as the page gave it: "November 2009", "16 May 2018"."""
        if self.page_date is None:
            return None
        if self.page_date_precision == "year":
            return str(self.page_date.year)
        if self.page_date_precision == "month":
            return self.page_date.strftime("%B %Y")
        return f"{self.page_date.day} {self.page_date.strftime('%B %Y')}"


@dataclass(frozen=True)
class ProgramClaim:
    """One program a center's source says it offers, with that source (and a note, if any)."""

    program: str
    source: Source
    note: str | None = None


@dataclass(frozen=True)
class Location:
    country: str
    region: str | None = None
    city: str | None = None

    @property
    def country_name(self) -> str:
        return COUNTRY_NAMES.get(self.country, self.country)

    def text(self) -> str:
        """ "Ann Arbor, Michigan, United States"."""
        return ", ".join(part for part in (self.city, self.region, self.country_name) if part)


@dataclass(frozen=True)
class Phone:
    """One phone line. Formatting imports phonenumbers, so it happens on first use."""

    e164: str
    label: str
    purpose: str
    country: str
    source: Source
    hours: str | None = None
    #: "family" (a parent may call) or "doctor" (meant for the child's doctor).
    audience: str = "family"
    #: The number exactly as the page prints it, when the file records it.
    printed: str | None = None

    @property
    def for_doctors(self) -> bool:
        return self.audience == "doctor"

    @cached_property
    def display(self) -> str:
        """National format of the center's country: "734-936-9814", "0808 800 4040"."""
        return phones.national(self.e164, self.country)

    @cached_property
    def international(self) -> str:
        """For a call from abroad: "+44 808 800 4040"."""
        return phones.international(self.e164)


@dataclass(frozen=True)
class Center:
    id: str
    name: str
    kind: str
    location: Location
    programs: tuple[str, ...]
    phones: tuple[Phone, ...]
    source: Source
    part_of: str | None = None
    no_phone_note: str | None = None
    notes: tuple[str, ...] = ()
    other_sources: tuple[Source, ...] = ()
    #: Each program with the source that says the center offers it (``programs`` names them).
    claims: tuple[ProgramClaim, ...] = ()

    @cached_property
    def _starts(self) -> tuple[str, ...]:
        """From each word of the name, programs and place on: that word and the next few,
        squashed together, so "cart" finds "CAR T-cell" but "uk" does not find "leukemia"."""
        parts = [self.name, self.part_of or "", self.location.text(), *self.programs]
        parts += [PROGRAM_DETAILS.get(program, "") for program in self.programs]
        parts += [PROGRAM_SEARCH_WORDS.get(program, "") for program in self.programs]
        parts += _COUNTRY_ALIASES.get(self.location.country, ())
        found = words(" ".join(parts))
        return tuple("".join(found[i : i + 4]) for i in range(len(found)))

    def matches(self, query: str) -> bool:
        """Every word of ``query`` starts a word here (case, accents, apostrophes and hyphens
        ignored: "car-t", "CAR T" and "cart" all find CAR T-cell therapy)."""
        return all(any(start.startswith(w) for start in self._starts) for w in words(query))


@dataclass(frozen=True)
class Directory:
    centers: tuple[Center, ...]
    updated: date
    origin: Path | None = None
    #: A sentence for the family when the imported file had to be ignored at start.
    notice: str | None = field(default=None, compare=False)

    def get(self, center_id: str) -> Center:
        for center in self.centers:
            if center.id == center_id:
                return center
        raise KeyError(center_id)

    def search(self, text: str) -> list[Center]:
        return [center for center in self.centers if center.matches(text)]

    def filter(
        self, program: str | None = None, country: str | None = None, region: str | None = None
    ) -> list[Center]:
        """Centers offering ``program`` in ``country`` / ``region`` (None means any)."""

        def same(a: str | None, b: str | None) -> bool:
            return b is None or (a is not None and a.casefold() == b.casefold())

        return [
            center
            for center in self.centers
            if (program is None or any(same(p, program) for p in center.programs))
            and same(center.location.country, country)
            and same(center.location.region, region)
        ]

    def programs(self) -> list[str]:
        """The programs at least one center offers, in vocabulary order."""
        used = {program for center in self.centers for program in center.programs}
        return [program for program in PROGRAMS if program in used]

    def places(self) -> dict[str, list[str]]:
        """Country code -> the regions (states) that have a center, sorted."""
        places: dict[str, set[str]] = {}
        for center in self.centers:
            regions = places.setdefault(center.location.country, set())
            if center.location.region:
                regions.add(center.location.region)
        return {country: sorted(places[country]) for country in sorted(places)}

    def all_phones(self) -> Iterator[tuple[Center, Phone]]:
        for center in self.centers:
            for phone in center.phones:
                yield center, phone


# -- reading ---------------------------------------------------------------------------------


def read_document(path: Path) -> Any:
    """The parsed JSON of ``path``; DirectoryError for anything that is not a JSON file."""
    return _decode(_read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    """At most one byte past the size limit, so _decode can tell a file that is too large."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DirectoryError([f"The file could not be opened ({exc.strerror or exc})."]) from exc


def _decode(raw: bytes) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise DirectoryError(["The file is too large to be a centers directory."])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DirectoryError(
            ["The file is not UTF-8 text, so it is not a directory file."]
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DirectoryError(
            [f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."]
        ) from exc
    except RecursionError as exc:
        raise DirectoryError(["The file is nested too deeply to be a directory file."]) from exc


def parse_directory(data: Any, *, full: bool = False, origin: Path | None = None) -> Directory:
    data = migrate(data)
    problems = find_problems(data, full=full)
    if problems:
        raise DirectoryError(problems)
    return _build(data, origin)


def load_directory(
    path: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    full: bool = False,
) -> Directory:
    """The directory to use: ``path`` if given, else the bundled file, or the imported copy in
    ``data_dir`` when its "updated" date is newer. A damaged imported copy is skipped (the
    bundled one is used and ``notice`` says so); a damaged ``path`` raises DirectoryError."""
    if path is not None:
        return _load_file(Path(path), full=full)
    bundled = _load_file(resource_path(FILE_NAME), full=full)
    if data_dir is None:
        return bundled
    imported_path = Path(data_dir) / FILE_NAME
    if not imported_path.is_file():
        return bundled
    try:
        imported = _load_file(imported_path, full=full)
    except DirectoryError:
        return replace(
            bundled,
            notice="The imported directory file could not be read, so the built-in one is used.",
        )
    return imported if imported.updated > bundled.updated else bundled


def import_directory(path: str | os.PathLike[str], data_dir: str | os.PathLike[str]) -> Directory:
    """Check ``path`` completely, then copy it atomically to ``data_dir``/centers.json.

    On any problem DirectoryError is raised and the data folder is left exactly as it was.
    """
    raw = _read_bytes(Path(path))
    target = Path(data_dir) / FILE_NAME
    directory = parse_directory(_decode(raw), full=True, origin=target)
    try:
        _write_atomically(target, raw)
    except OSError as exc:
        raise DirectoryError(
            [f"The directory could not be saved in the data folder ({exc.strerror or exc})."]
        ) from exc
    return directory


def _load_file(path: Path, *, full: bool) -> Directory:
    return parse_directory(read_document(path), full=full, origin=path)


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".centers-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if os.name == "posix":
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


# -- building --------------------------------------------------------------------------------


def _source(raw: dict[str, Any]) -> Source:
    page_date, precision = parse_page_date(raw.get("page_date"))
    taken = raw.get("taken")
    return Source(
        name=raw["name"],
        title=raw["title"],
        publisher=raw["publisher"],
        url=raw.get("url"),
        page_date=page_date,
        page_date_precision=precision,
        taken=date.fromisoformat(taken) if taken else None,
        supports=raw.get("supports"),
    )


def _center(raw: dict[str, Any]) -> Center:
    place = raw["location"]
    location = Location(place["country"], place.get("region"), place.get("city"))
    source = _source(raw["source"])
    others = tuple(_source(item) for item in raw.get("other_sources", ()))
    by_name = {item.name: item for item in (source, *others)}
    claims = tuple(
        ProgramClaim(item["program"], by_name[item["source"]], item.get("note"))
        for item in raw["programs"]
    )
    lines = [
        Phone(
            e164=item["e164"],
            label=item["label"],
            purpose=item["purpose"],
            country=location.country,
            source=by_name[item["source"]],
            hours=item.get("hours"),
            audience=item["audience"],
            printed=item.get("printed"),
        )
        for item in raw["phones"]
    ]
    return Center(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        location=location,
        programs=tuple(claim.program for claim in claims),
        # Lines a family may call first, then those meant for the child's doctor.
        phones=tuple(sorted(lines, key=lambda phone: phone.for_doctors)),
        source=source,
        part_of=raw.get("part_of"),
        no_phone_note=raw.get("no_phone_note"),
        notes=tuple(raw.get("notes", ())),
        other_sources=others,
        claims=claims,
    )


def _build(data: dict[str, Any], origin: Path | None) -> Directory:
    return Directory(
        centers=tuple(_center(raw) for raw in data["centers"]),
        updated=date.fromisoformat(data["updated"]),
        origin=origin,
    )
