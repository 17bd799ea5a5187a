"""The Spanish words for the glossary, read from ``resources/glossary.es.json``.

The Spanish file holds only words: headword, aliases, summary, explanation, why it matters and
questions, keyed by the English entry's id. Everything that is not language (category, related
words, sources, review date) stays in the English file, once. This module checks the Spanish
file in plain Python and collects every problem with its entry and field; the loader in
``terms`` turns the texts into ``Term`` objects (this module does not import it, so the two
cannot import each other).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from companion.textnorm import name_key

FORMAT_VERSION = 1
_FIELDS = frozenset(
    {"id", "term", "aliases", "summary", "explanation", "why_it_matters", "questions"}
)
_MAX_PROBLEMS = 50


class EnglishWord(Protocol):
    """What the Spanish reader needs of an English entry (``terms.Term`` fits)."""

    @property
    def id(self) -> str: ...

    @property
    def term(self) -> str: ...

    @property
    def aliases(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class SpanishText:
    """One entry's Spanish words, named as ``Term``'s fields so they can replace the English."""

    term: str
    aliases: tuple[str, ...]
    summary: str
    explanation: str
    why_it_matters: str | None
    questions: tuple[str, ...]


def spanish_texts(
    raw: bytes | str, english: Iterable[EnglishWord]
) -> tuple[dict[str, SpanishText], list[str]]:
    """The Spanish words by English id, and every problem found (an empty list when sound).

    Each entry's aliases gain the English headword and aliases it does not already hold, so a
    word typed in either language finds it.
    """
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        return {}, [f"the file is not UTF-8 text (byte {exc.start})"]
    except json.JSONDecodeError as exc:
        return {}, [f"the file is not valid JSON: {exc.msg} at line {exc.lineno}"]
    except (RecursionError, ValueError) as exc:
        return {}, [f"the file is not valid JSON ({type(exc).__name__})"]
    if not isinstance(data, dict):
        return {}, ["the top level must be an object with 'format', 'language' and 'terms'"]
    problems: list[str] = []
    if type(data.get("format")) is not int or data.get("format") != FORMAT_VERSION:
        problems.append(f"field 'format' must be {FORMAT_VERSION}")
    if data.get("language") != "es":
        problems.append("field 'language' must be 'es'")
    entries = data.get("terms")
    if not isinstance(entries, list) or not entries:
        return {}, [*problems, "field 'terms' must be a non-empty list"]
    words = {word.id: word for word in english}
    texts: dict[str, SpanishText] = {}
    for position, entry in enumerate(entries, start=1):
        if len(problems) >= _MAX_PROBLEMS:
            break
        read = _read(entry, position, words, texts, problems)
        if read is not None:
            texts[read[0]] = read[1]
    return texts, problems[:_MAX_PROBLEMS]


def _read(
    entry: Any,
    position: int,
    words: dict[str, EnglishWord],
    texts: dict[str, SpanishText],
    problems: list[str],
) -> tuple[str, SpanishText] | None:
    if not isinstance(entry, dict):
        problems.append(f"entry #{position}: must be an object")
        return None
    term_id = entry.get("id")
    label = f"entry {term_id!r} (#{position})" if isinstance(term_id, str) else f"entry #{position}"
    before = len(problems)

    def problem(field: str, message: str) -> None:
        problems.append(f"{label}: field {field!r} {message}")

    for extra in sorted(set(entry) - _FIELDS, key=str):
        problem(str(extra), "is not a known field")
    if not isinstance(term_id, str) or term_id not in words:
        problem("id", "must be the id of an entry in the English glossary")
    elif term_id in texts:
        problem("id", "repeats the id of an earlier entry")

    def text(field: str, optional: bool = False) -> str | None:
        value = entry.get(field)
        if value is None and optional:
            return None
        if isinstance(value, str) and value.strip():
            return value.strip()
        problem(field, "must be a non-empty string")
        return None

    def texts_of(field: str, optional: bool = False) -> tuple[str, ...]:
        value = entry.get(field)
        if value is None and optional:
            return ()
        if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
            return tuple(v.strip() for v in value)
        problem(field, "must be a list of non-empty strings")
        return ()

    name, summary, explanation = text("term"), text("summary"), text("explanation")
    aliases = texts_of("aliases")
    why, questions = text("why_it_matters", optional=True), texts_of("questions", optional=True)
    if len(problems) > before or name is None or summary is None or explanation is None:
        return None
    assert isinstance(term_id, str)
    english = words[term_id]
    return term_id, SpanishText(
        term=name,
        aliases=_with_english_names(name, aliases, english),
        summary=summary,
        explanation=explanation,
        why_it_matters=why,
        questions=questions,
    )


def _with_english_names(
    name: str, aliases: tuple[str, ...], english: EnglishWord
) -> tuple[str, ...]:
    """The Spanish aliases, then the English names they lack (compared folded)."""
    known = {name_key(name), *(name_key(alias) for alias in aliases)}
    extra: list[str] = []
    for other in (english.term, *english.aliases):
        key = name_key(other)
        if key and key not in known:
            known.add(key)
            extra.append(other)
    return (*aliases, *extra)
