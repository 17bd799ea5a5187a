"""The Spanish glossary: the same words as the English one, in plain Spanish, checked like it."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.glossary import Glossary, GlossaryError, load_glossary
from companion.glossary.spanish import spanish_texts
from companion.glossary.terms import validate_with_schema
from companion.paths import resource_path
from companion.textnorm import squash

DATA: dict[str, Any] = json.loads(resource_path("glossary.es.json").read_text(encoding="utf-8"))
ENGLISH: dict[str, Any] = json.loads(resource_path("glossary.json").read_text(encoding="utf-8"))
SCHEMA = "glossary.es.schema.json"


@pytest.fixture(scope="module")
def english() -> Glossary:
    return load_glossary()


@pytest.fixture(scope="module")
def spanish() -> Glossary:
    return load_glossary(language="es")


def entry(term_id: str = "relapse", **fields: Any) -> dict[str, Any]:
    base = {
        "id": term_id,
        "term": "Recaída",
        "aliases": ["recaida"],
        "summary": "El cáncer volvió.",
        "explanation": "El cáncer volvió después del tratamiento.",
    }
    return {key: value for key, value in {**base, **fields}.items() if value is not None}


def write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "glossary.es.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_shipped_file_matches_its_schema() -> None:
    assert validate_with_schema(DATA, SCHEMA) == []


def test_spanish_words_carry_the_english_facts(english: Glossary, spanish: Glossary) -> None:
    assert spanish.language == "es" and english.language == "en"
    assert len(spanish) == len(DATA["terms"])
    for term in spanish.terms:
        source = english.get(term.id)
        assert source is not None, term.id
        assert term.english_term == source.term
        assert (term.category, term.sources, term.reviewed) == (
            source.category,
            source.sources,
            source.reviewed,
        )
        assert set(term.related) <= set(source.related)
        assert all(spanish.get(other) is not None for other in term.related)
        assert term.pronunciation is None
    relapse = spanish.get("relapse")
    assert relapse is not None and relapse.term == "Recaída"
    assert relapse.english_term == "Relapse" and "el cáncer volvió" in relapse.summary
    assert english.get("relapse").english_term is None  # type: ignore[union-attr]


def test_every_spanish_word_answers_to_its_english_names(
    english: Glossary, spanish: Glossary
) -> None:
    for term in spanish.terms:
        source = english.get(term.id)
        assert source is not None
        names = {squash(name) for name in (term.term, *term.aliases)}
        assert {squash(name) for name in (source.term, *source.aliases)} <= names, term.id


def test_every_english_word_has_spanish_text() -> None:
    """Fails until the last translation batches are merged (scripts/merge_glossary_es.py)."""
    spanish_ids = {item["id"] for item in DATA["terms"]}
    missing = [item["id"] for item in ENGLISH["terms"] if item["id"] not in spanish_ids]
    assert missing == [], f"{len(missing)} English words have no Spanish text"


def test_the_spanish_file_follows_the_english_order() -> None:
    order = {item["id"]: position for position, item in enumerate(ENGLISH["terms"])}
    positions = [order[item["id"]] for item in DATA["terms"]]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ([], "the top level must be an object with 'format', 'language' and 'terms'"),
        ({"format": 2, "language": "es", "terms": [entry()]}, "field 'format' must be 1"),
        ({"format": 1, "language": "en", "terms": [entry()]}, "field 'language' must be 'es'"),
        ({"format": 1, "language": "es", "terms": []}, "field 'terms' must be a non-empty list"),
        (
            {"format": 1, "language": "es", "terms": [entry(summary=None)]},
            "entry 'relapse' (#1): field 'summary' must be a non-empty string",
        ),
        (
            {"format": 1, "language": "es", "terms": [entry(term="  ")]},
            "entry 'relapse' (#1): field 'term' must be a non-empty string",
        ),
        (
            {"format": 1, "language": "es", "terms": [entry("relapso")]},
            "entry 'relapso' (#1): field 'id' must be the id of an entry in the English glossary",
        ),
        (
            {"format": 1, "language": "es", "terms": [entry(), entry()]},
            "entry 'relapse' (#2): field 'id' repeats the id of an earlier entry",
        ),
        (
            {"format": 1, "language": "es", "terms": [entry(category="status")]},
            "entry 'relapse' (#1): field 'category' is not a known field",
        ),
        (
            {"format": 1, "language": "es", "terms": [entry(questions="¿Y ahora?")]},
            "entry 'relapse' (#1): field 'questions' must be a list of non-empty strings",
        ),
    ],
)
def test_a_bad_spanish_file_gives_one_clear_error(
    tmp_path: Path, document: Any, problem: str
) -> None:
    with pytest.raises(GlossaryError) as caught:
        load_glossary(write(tmp_path, document), language="es")
    assert problem in caught.value.problems
    assert "glossary.es.json" in str(caught.value)
    if "field 'id'" not in problem:  # ids are checked against the English file, not the schema
        assert validate_with_schema(document, SCHEMA) != []


def test_a_missing_or_unreadable_spanish_file_is_a_glossary_error(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="cannot read the file"):
        load_glossary(tmp_path / "nowhere.json", language="es")
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"format": 1, "terms": [')
    with pytest.raises(GlossaryError, match="not valid JSON"):
        load_glossary(broken, language="es")
    broken.write_bytes(b"\xff\xfe")
    with pytest.raises(GlossaryError, match="not UTF-8"):
        load_glossary(broken, language="es")


def test_an_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        load_glossary(language="fr")


def test_a_small_file_gives_a_small_glossary_without_dangling_links(tmp_path: Path) -> None:
    document = {
        "format": 1,
        "language": "es",
        "terms": [entry(), entry("refractory", term="Refractario")],
    }
    small = load_glossary(write(tmp_path, document), language="es")
    assert [t.id for t in small.terms] == ["relapse", "refractory"]
    relapse = small.get("relapse")
    assert relapse is not None and relapse.related == ("refractory",)
    assert [t.id for t in small.search("relapse")] == ["relapse"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
entries = st.fixed_dictionaries(
    {"id": st.sampled_from(["relapse", "fever", "nope", 3])},
    optional={
        key: json_values | st.text(min_size=1, max_size=8)
        for key in ("term", "aliases", "summary", "explanation", "questions", "why_it_matters")
    },
)


@given(
    st.fixed_dictionaries(
        {"format": st.sampled_from([1, 2, "1"]), "language": st.sampled_from(["es", "en"])},
        optional={"terms": st.lists(entries | json_values, max_size=4)},
    )
    | json_values
)
def test_any_json_gives_texts_or_problems_never_a_crash(document: Any) -> None:
    texts, problems = spanish_texts(json.dumps(document), ENGLISH_WORDS)
    assert problems or texts
    assert set(texts) <= {"relapse", "fever"}


class _Word:
    def __init__(self, term_id: str, term: str) -> None:
        self.id, self.term, self.aliases = term_id, term, ("x",)


ENGLISH_WORDS = [_Word("relapse", "Relapse"), _Word("fever", "Fever")]

_MEASURE = """
import json, sys, textstat
textstat.set_lang("es")
terms = json.load(open(sys.argv[1], encoding="utf-8"))["terms"]
print(json.dumps([
    [t["id"], field, textstat.szigriszt_pazos(t[field])]
    for t in terms for field in ("summary", "explanation") if len(t[field].split()) >= 8
]))
"""


@pytest.fixture(scope="module")
def plainness() -> list[tuple[str, str, float]]:
    """Szigriszt-Pazos scores, measured in a process of their own: textstat's language is
    global, and the English grade tests must keep theirs."""
    path = resource_path("glossary.es.json")
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return [(i, f, float(s)) for i, f, s in json.loads(result.stdout)]


def test_every_spanish_text_is_plain(plainness: list[tuple[str, str, float]]) -> None:
    """55 is "bastante fácil" on the Inflesz scale; 65 and up is "normal" everyday prose."""
    assert len(plainness) >= len(DATA["terms"])
    hard = [(term_id, field, round(score)) for term_id, field, score in plainness if score < 55]
    assert hard == []


def test_the_spanish_glossary_reads_easily_overall(
    plainness: list[tuple[str, str, float]],
) -> None:
    assert statistics.median(score for _, _, score in plainness) >= 65


def test_spanish_builds_on_the_english_glossary_already_read(
    english: Glossary, spanish: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window reads English first: Spanish reuses it rather than reading it twice."""
    import companion.glossary.terms as terms

    def no_second_read(*_args: object, **_kwargs: object) -> Glossary:
        raise AssertionError("the English glossary was read again")

    monkeypatch.setattr(terms, "parse_glossary", no_second_read)
    again = load_glossary(language="es", english=english)
    assert [term.id for term in again.terms] == [term.id for term in spanish.terms]
    assert [term.summary for term in again.terms] == [term.summary for term in spanish.terms]
    with pytest.raises(AssertionError, match="read again"):
        load_glossary(language="es")
