"""The glossary: plain-language words a family hears, loaded from ``resources/glossary.json``.

Loading checks the file's shape in plain Python (fast enough for start-up) and collects every
problem with the entry and field it is in, so a damaged file gives one clear ``GlossaryError``
instead of a crash halfway through. The JSON Schema (``resources/glossary.schema.json``) says
the same thing formally; ``validate_with_schema`` uses it for tests and for checking imports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.glossary.sources import Source as Source
from companion.textnorm import fold, name_key

if TYPE_CHECKING:
    from companion.glossary.search import SearchIndex

FORMAT_VERSION = 1

#: Categories in the order the glossary browses them.
CATEGORIES: tuple[str, ...] = (
    "status",
    "disease",
    "biology",
    "tests",
    "blood",
    "response",
    "trials",
    "organizations",
    "treatment",
    "transplant-cellular",
    "side-effects",
    "lines-devices",
    "care-team",
    "living-with",
)

_MAX_PROBLEMS = 50


class GlossaryError(Exception):
    """The glossary file is missing or damaged. ``problems`` names each entry and field."""

    def __init__(self, problems: Sequence[str], path: Path | None = None) -> None:
        self.problems = list(problems)
        self.path = path
        where = f"Glossary file {path.name}" if path is not None else "Glossary data"
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"{where} has {len(self.problems)} problem(s): {shown}{more}")


@dataclass(frozen=True)
class Term:
    """One glossary entry, immutable so screens can share it freely.

    In another language's glossary the words are that language's and ``english_term`` is the
    English headword (``None`` in the English glossary); everything else is the English entry's.
    """

    id: str
    term: str
    aliases: tuple[str, ...]
    pronunciation: str | None
    summary: str
    explanation: str
    why_it_matters: str | None
    questions: tuple[str, ...]
    category: str
    related: tuple[str, ...]
    sources: tuple[Source, ...]
    reviewed: dt.date
    english_term: str | None = None


#: The glossary's languages and their bundled files; the English file is the one with sources.
LANGUAGES = {"en": "glossary.json", "es": "glossary.es.json"}


class Glossary:
    """All terms in A to Z order, with lookup, search and word recognition in free text."""

    def __init__(self, terms: Iterable[Term], language: str = "en") -> None:
        self.language = language
        self.terms: list[Term] = sorted(terms, key=lambda t: (fold(t.term), t.id))
        self._by_id = {term.id: term for term in self.terms}

    @functools.cached_property
    def _index(self) -> SearchIndex:
        """Built on first use, so loading at start-up only reads and checks the file."""
        from companion.glossary.search import SearchIndex

        return SearchIndex(self.terms)

    def prepare(self) -> None:
        """Build the search index now (for example off the first paint) instead of on first use."""
        _ = self._index

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, term_id: str) -> Term | None:
        return self._by_id.get(term_id)

    def search(self, query: str, limit: int = 10) -> list[Term]:
        """Best matches first: exact term or alias, prefix, typo-tolerant, then the text."""
        return [self.terms[i] for i in self._index.search(query, limit)]

    def suggest(self, query: str, limit: int = 3) -> list[Term]:
        """The nearest terms for a query that matched nothing ("Did you mean ...")."""
        return [self.terms[i] for i in self._index.suggest(query, limit)]

    def categories(self) -> list[str]:
        """The categories that have terms, in browsing order."""
        used = {term.category for term in self.terms}
        return [category for category in CATEGORIES if category in used]

    def in_category(self, category: str) -> list[Term]:
        return [term for term in self.terms if term.category == category]

    def find_terms_in(self, text: str) -> list[tuple[int, int, Term]]:
        """Glossary words inside ``text`` as (start, end, term): whole words, longest first."""
        return [(start, end, self.terms[i]) for start, end, i in self._index.find_in(text)]

    def collisions(self) -> dict[str, list[str]]:
        """Normalised names (terms or aliases) that more than one entry claims, with their ids."""
        return {
            key: [self.terms[i].id for i in indexes]
            for key, indexes in self._index.collisions().items()
        }


def load_glossary(
    path: str | os.PathLike[str] | None = None,
    *,
    language: str = "en",
    english: Glossary | None = None,
) -> Glossary:
    """Read and check the glossary file of ``language`` (the bundled one by default).

    ``language="es"`` reads the Spanish words from ``path`` (or the bundled
    ``glossary.es.json``) over the English glossary (``english`` if already read, else the
    bundled one): same ids, Spanish text, the English entry's category, related words, sources
    and review date. English words with no Spanish entry yet are left out of the Spanish
    glossary.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no glossary in language {language!r}")
    if path is None:
        from companion.paths import resource_path

        try:
            file = resource_path(LANGUAGES[language])
        except FileNotFoundError as exc:
            raise GlossaryError([f"the file {LANGUAGES[language]} is missing"]) from exc
    else:
        file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        problem = f"cannot read the file ({exc.strerror or 'unknown error'})"
        raise GlossaryError([problem], file) from None
    if language == "en":
        return parse_glossary(raw, path=file)
    return _translated(english or load_glossary(), raw, file, language)


def _translated(english: Glossary, raw: bytes, file: Path, language: str) -> Glossary:
    from companion.glossary.spanish import spanish_texts

    texts, problems = spanish_texts(raw, english.terms)
    if problems:
        raise GlossaryError(problems, file)
    return Glossary(
        (
            dataclasses.replace(
                term,
                **vars(texts[term.id]),
                pronunciation=None,  # the English guide to saying it would mislead
                related=tuple(other for other in term.related if other in texts),
                english_term=term.term,
            )
            for term in english.terms
            if term.id in texts
        ),
        language,
    )


def parse_glossary(raw: bytes | str, path: Path | None = None) -> Glossary:
    """Build a Glossary from the file's bytes; every problem found becomes a GlossaryError."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise GlossaryError([f"the file is not UTF-8 text (byte {exc.start})"], path) from None
    except json.JSONDecodeError as exc:
        problem = f"the file is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        raise GlossaryError([problem], path) from None
    except (RecursionError, ValueError) as exc:
        raise GlossaryError([f"the file is not valid JSON ({type(exc).__name__})"], path) from None
    terms, problems = _check(data)
    if problems:
        raise GlossaryError(problems, path)
    return Glossary(terms)


def validate_with_schema(data: Any, schema_name: str = "glossary.schema.json") -> list[str]:
    """Problems found by the JSON Schema (draft 2020-12); slow, for tests and imported files."""
    import jsonschema

    from companion.paths import resource_path

    schema = json.loads(resource_path(schema_name).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    ]


class _Entry:
    """Reads one entry's fields, noting each problem with the entry's name and position."""

    def __init__(self, raw: dict[str, Any], position: int, problems: list[str]) -> None:
        self.raw = raw
        self.problems = problems
        name = raw.get("id")
        self.label = (
            f"entry {name!r} (#{position})" if isinstance(name, str) else f"entry #{position}"
        )

    def problem(self, field: str, message: str) -> None:
        self.problems.append(f"{self.label}: field {field!r} {message}")

    def text(self, field: str, *, optional: bool = False) -> str | None:
        value = self.raw.get(field)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(field, "must be a non-empty string")
            return None
        return value.strip()

    def texts(self, field: str, *, optional: bool = False) -> tuple[str, ...]:
        value = self.raw.get(field)
        if value is None and optional:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(field, "must be a list of non-empty strings")
            return ()
        return tuple(v.strip() for v in value)

    def sources(self) -> tuple[Source, ...]:
        value = self.raw.get("sources")
        if not isinstance(value, list) or not value:
            self.problem("sources", "must be a non-empty list of sources")
            return ()
        found: list[Source] = []
        for number, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                self.problem("sources", f"item {number} must be an object")
                continue
            texts = {key: _text_or_none(item.get(key)) for key in _SOURCE_FIELDS}
            publisher, title, date, url, seed = (texts[key] for key in _SOURCE_FIELDS)
            extra = sorted(set(item) - set(_SOURCE_FIELDS), key=str)
            if extra:
                self.problem("sources", f"item {number} has unknown field(s) {extra}")
            elif not publisher or not title:
                self.problem("sources", f"item {number} needs a non-empty 'publisher' and 'title'")
            elif any(item.get(key) is not None and not texts[key] for key in _SOURCE_FIELDS):
                self.problem("sources", f"item {number} has an empty or non-text field")
            elif url is not None and not url.startswith(("https://", "http://")):
                self.problem("sources", f"item {number} has a 'url' that is not a web address")
            else:
                found.append(Source(publisher, title, date, url, seed))
        return tuple(found)

    def reviewed(self) -> dt.date | None:
        value = self.raw.get("reviewed")
        try:
            if isinstance(value, str) and len(value) == 10:
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        self.problem("reviewed", "must be a date written YYYY-MM-DD")
        return None


_SOURCE_FIELDS = ("publisher", "title", "date", "url", "seed")


def _text_or_none(value: Any) -> str | None:
    """A source field's text, stripped; ``None`` when absent, empty or not text."""
    return value.strip() or None if isinstance(value, str) else None


_ENTRY_FIELDS = frozenset(
    {
        "id",
        "term",
        "aliases",
        "pronunciation",
        "summary",
        "explanation",
        "why_it_matters",
        "questions",
        "category",
        "related",
        "sources",
        "reviewed",
    }
)


def _check(data: Any) -> tuple[list[Term], list[str]]:
    """Structural checks in plain Python, collecting every problem rather than the first."""
    problems: list[str] = []
    if not isinstance(data, dict):
        return [], ["the top level must be an object with 'format' and 'terms'"]
    version = data.get("format")
    if type(version) is not int or version != FORMAT_VERSION:
        problems.append(f"field 'format' must be {FORMAT_VERSION}")
    entries = data.get("terms")
    if not isinstance(entries, list) or not entries:
        return [], [*problems, "field 'terms' must be a non-empty list"]

    terms: list[Term] = []
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, str] = {}
    for position, raw in enumerate(entries, start=1):
        if len(problems) >= _MAX_PROBLEMS:
            break
        if not isinstance(raw, dict):
            problems.append(f"entry #{position}: must be an object")
            continue
        entry = _Entry(raw, position, problems)
        for extra in sorted(set(raw) - _ENTRY_FIELDS, key=str):
            entry.problem(str(extra), "is not a known field")
        term = _read_entry(entry)
        if term is None:
            continue
        if term.id in seen_ids:
            entry.problem("id", f"repeats the id of entry #{seen_ids[term.id]}")
            continue
        name = name_key(term.term)
        if name in seen_names:
            entry.problem("term", f"repeats the term of entry {seen_names[name]!r}")
            continue
        seen_ids[term.id] = position
        seen_names[name] = term.id
        terms.append(term)

    # Ids of entries that failed their own checks still count, so one bad entry is one problem.
    raw_ids = (raw.get("id") for raw in entries if isinstance(raw, dict))
    known = {name for name in raw_ids if isinstance(name, str)}
    for term in terms:
        for other in term.related:
            if other == term.id or other not in known:
                why = "points to the entry itself" if other == term.id else "is not an entry"
                label = f"entry {term.id!r} (#{seen_ids[term.id]})"
                problems.append(f"{label}: field 'related' item {other!r} {why}")
    return terms, problems[:_MAX_PROBLEMS]


def _read_entry(entry: _Entry) -> Term | None:
    before = len(entry.problems)
    term_id = entry.text("id")
    if term_id is not None and (
        term_id != term_id.lower() or not all(c.isalnum() or c == "-" for c in term_id)
    ):
        entry.problem("id", "must be lowercase letters, digits and hyphens")
    category = entry.text("category")
    if category is not None and category not in CATEGORIES:
        entry.problem("category", f"must be one of: {', '.join(CATEGORIES)}")
    name = entry.text("term")
    aliases = entry.texts("aliases")
    pronunciation = entry.text("pronunciation", optional=True)
    summary = entry.text("summary")
    explanation = entry.text("explanation")
    why = entry.text("why_it_matters", optional=True)
    questions = entry.texts("questions", optional=True)
    related = entry.texts("related")
    sources = entry.sources()
    reviewed = entry.reviewed()
    if (
        len(entry.problems) > before
        or term_id is None
        or category is None
        or name is None
        or summary is None
        or explanation is None
        or reviewed is None
    ):
        return None
    return Term(
        id=term_id,
        term=name,
        aliases=aliases,
        pronunciation=pronunciation,
        summary=summary,
        explanation=explanation,
        why_it_matters=why,
        questions=questions,
        category=category,
        related=related,
        sources=sources,
        reviewed=reviewed,
    )
