"""The glossary file: loading, its schema, clear errors, and the content rules families rely on."""

from __future__ import annotations

import copy
import json
import statistics
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.glossary.terms import (
    CATEGORIES,
    Glossary,
    GlossaryError,
    load_glossary,
    parse_glossary,
    validate_with_schema,
)
from companion.paths import resource_path
from companion.textnorm import fold, squash
from tests.support.readability import fk_grade, new_dale_chall, smog_grade

GLOSSARY_FILE = resource_path("glossary.json")
RAW = GLOSSARY_FILE.read_bytes()
DATA: dict[str, Any] = json.loads(RAW)
ENTRIES: list[dict[str, Any]] = DATA["terms"]

# Every medical, treatment and organization term the seed pages use: (what a parent types, id).
SEED_CONCEPTS = [
    ("relapse", "relapse"),
    ("refractory", "refractory"),
    ("resistant", "resistant"),
    ("recurrent", "recurrent"),
    ("remission", "remission"),
    ("neuroblastoma", "neuroblastoma"),
    ("neuroblastoma risk groups", "neuroblastoma-risk-groups"),
    ("low-risk neuroblastoma", "low-risk-neuroblastoma"),
    ("intermediate-risk neuroblastoma", "intermediate-risk-neuroblastoma"),
    ("high-risk neuroblastoma", "high-risk-neuroblastoma"),
    ("acute lymphoblastic leukemia", "acute-lymphoblastic-leukemia"),
    ("mIBG scan", "mibg-scan"),
    ("131I-MIBG therapy", "mibg-therapy"),
    ("CAR T-cell therapy", "car-t-cell-therapy"),
    ("MYCN amplification", "mycn-amplification"),
    ("ALK", "alk"),
    ("Phase I trial", "phase-1-trial"),
    ("clinical trial", "clinical-trial"),
    ("Children's Oncology Group", "childrens-oncology-group"),
    ("COG Phase I Consortium", "cog-phase-1-consortium"),
    ("NANT", "nant"),
    ("TACL", "tacl"),
    ("precision medicine", "precision-medicine"),
    ("next-generation sequencing", "next-generation-sequencing"),
    ("bone marrow transplant", "bone-marrow-transplant"),
    ("stem cell transplant", "stem-cell-transplant"),
    ("cellular therapy", "cellular-therapy"),
    ("immunotherapy", "immunotherapy"),
    ("monoclonal antibody", "monoclonal-antibody"),
    ("bevacizumab", "bevacizumab"),
    ("irinotecan", "irinotecan"),
    ("topotecan", "topotecan"),
    ("temozolomide", "temozolomide"),
    ("somatostatin analogues", "somatostatin-analogues"),
    ("LuDO", "ludo"),
    ("anti-GD2 T-cells", "anti-gd2-car-t-cells"),
    ("targeted radiotherapy", "targeted-radiotherapy"),
    ("second opinion", "second-opinion"),
    ("late effects", "late-effects"),
    ("survivorship", "survivorship"),
]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


# -- the bundled file ---------------------------------------------------------------------------


def test_bundled_file_loads_in_a_to_z_order(glossary: Glossary) -> None:
    names = [fold(term.term) for term in glossary.terms]  # word by word: "car t" < "care"
    assert names == sorted(names)
    assert len(glossary) == len(ENTRIES)


def test_bundled_file_matches_the_json_schema() -> None:
    import jsonschema

    schema = json.loads(resource_path("glossary.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert validate_with_schema(DATA) == []


def test_has_at_least_260_terms() -> None:
    assert len(ENTRIES) >= 260


@pytest.mark.parametrize(("query", "term_id"), SEED_CONCEPTS, ids=[c[1] for c in SEED_CONCEPTS])
def test_every_seed_concept_is_found_first(glossary: Glossary, query: str, term_id: str) -> None:
    results = glossary.search(query)
    assert results, f"{query!r} finds nothing"
    assert results[0].id == term_id


def test_summaries_and_explanations_are_plain_language() -> None:
    grades: list[float] = []
    too_hard: list[str] = []
    for entry in ENTRIES:
        for field in ("summary", "explanation"):
            grade = fk_grade(entry[field])
            grades.append(grade)
            if grade > 8.0:
                too_hard.append(f"{entry['id']}.{field}: grade {grade:.1f}")
    assert too_hard == []
    assert statistics.median(grades) <= 6.5


def test_the_glossary_as_a_whole_reads_at_smog_grade_9_or_below(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """SMOG needs many sentences, so it is measured over every summary and explanation at once.

    New Dale-Chall (familiar-word based) is reported alongside, for the record, not as a gate:
    medical words such as "leukemia" are unfamiliar by its list however plainly they are used.
    """
    text = " ".join(entry[field] for entry in ENTRIES for field in ("summary", "explanation"))
    grades = [fk_grade(entry[f]) for entry in ENTRIES for f in ("summary", "explanation")]
    smog, dale_chall = smog_grade(text), new_dale_chall(text)
    with capsys.disabled():
        print(
            f"\nglossary readability: {len(ENTRIES)} entries; Flesch-Kincaid max "
            f"{max(grades):.1f}, median {statistics.median(grades):.1f}; SMOG {smog:.1f}; "
            f"New Dale-Chall {dale_chall:.1f}"
        )
    assert smog <= 9.0


def test_ids_and_terms_are_unique() -> None:
    ids = [entry["id"] for entry in ENTRIES]
    names = [squash(entry["term"]) for entry in ENTRIES]
    assert len(set(ids)) == len(ids)
    assert len(set(names)) == len(names)


def test_related_ids_resolve_and_never_point_to_themselves() -> None:
    ids = {entry["id"] for entry in ENTRIES}
    broken = [
        f"{entry['id']} -> {other}"
        for entry in ENTRIES
        for other in entry["related"]
        if other == entry["id"] or other not in ids
    ]
    assert broken == []
    assert all(entry["related"] for entry in ENTRIES)


def test_every_entry_names_its_sources() -> None:
    for entry in ENTRIES:
        assert entry["sources"], entry["id"]
        for source in entry["sources"]:
            assert source["publisher"].strip() and source["title"].strip(), entry["id"]


def test_no_alias_takes_another_entrys_name(glossary: Glossary) -> None:
    """An alias equal to another entry's term or id would steal that entry's exact match."""
    owners = {squash(term.term): term.id for term in glossary.terms}
    owners |= {squash(term.id): term.id for term in glossary.terms}
    stolen = [
        f"{term.id} alias {alias!r} is {owners[squash(alias)]}"
        for term in glossary.terms
        for alias in term.aliases
        if owners.get(squash(alias), term.id) != term.id
    ]
    assert stolen == []


def test_exact_names_and_aliases_find_their_entries_first(glossary: Glossary) -> None:
    """Shared aliases are reported by ``collisions``; every sharer still comes before the rest."""
    collisions = glossary.collisions()
    for term in glossary.terms:
        assert glossary.search(term.term)[0].id == term.id
        for alias in term.aliases:
            sharers = collisions.get(squash(alias), [term.id])
            top = [t.id for t in glossary.search(alias, limit=len(sharers))]
            assert term.id in top, f"alias {alias!r} of {term.id} is crowded out: {top}"
    assert all(len(ids) <= 3 for ids in collisions.values()), collisions


def test_categories_are_known_and_in_browsing_order(glossary: Glossary) -> None:
    categories = glossary.categories()
    assert categories == [c for c in CATEGORIES if c in categories]
    assert sum(len(glossary.in_category(c)) for c in categories) == len(glossary)


# -- clear errors for a bad file ----------------------------------------------------------------


def _broken(mutate: Any) -> bytes:
    data = copy.deepcopy(DATA)
    mutate(data)
    return json.dumps(data).encode()


def test_error_names_the_entry_and_the_field() -> None:
    def blank_summary(data: dict[str, Any]) -> None:
        data["terms"][2]["summary"] = "  "

    with pytest.raises(GlossaryError) as caught:
        parse_glossary(_broken(blank_summary))
    entry_id = ENTRIES[2]["id"]
    expected = f"entry {entry_id!r} (#3): field 'summary' must be a non-empty string"
    assert caught.value.problems == [expected]
    assert expected in str(caught.value)


def test_error_lists_every_problem_not_just_the_first() -> None:
    def several(data: dict[str, Any]) -> None:
        data["terms"][0]["category"] = "astrology"
        data["terms"][1]["related"] = [data["terms"][1]["id"]]
        data["terms"][3]["sources"] = []
        data["terms"][4]["reviewed"] = "22/11/2026"
        data["terms"][5]["id"] = data["terms"][6]["id"]

    with pytest.raises(GlossaryError) as caught:
        parse_glossary(_broken(several))
    text = "\n".join(caught.value.problems)
    assert "(#1): field 'category' must be one of" in text
    assert "(#2): field 'related' item" in text and "points to the entry itself" in text
    assert "(#4): field 'sources' must be a non-empty list" in text
    assert "(#5): field 'reviewed' must be a date" in text
    assert "(#6): field 'id' repeats the id of entry #7" in text or "(#7): field 'id'" in text


@pytest.mark.parametrize(
    "mutation",
    [
        lambda d: d.update(format=2),
        lambda d: d.update(terms=[]),
        lambda d: d["terms"][0].pop("summary"),
        lambda d: d["terms"][0].update(aliases="chemo"),
        lambda d: d["terms"][0].update(category="astrology"),
        lambda d: d["terms"][0].update(sources=[{"url": "https://example.org"}]),
        lambda d: d["terms"][0].update(sources=[{"publisher": "NCI", "url": "https://x.org"}]),
        lambda d: d["terms"][0].update(sources=[{"publisher": "NCI", "title": " "}]),
        lambda d: d["terms"][0].update(sources=[{"name": "A page", "url": "https://x.org"}]),
        lambda d: d["terms"][0].update(
            sources=[{"publisher": "A", "title": "B", "url": "ftp://x"}]
        ),
        lambda d: d["terms"][0].update(sources=[{"publisher": "A", "title": "B", "page": "2"}]),
        lambda d: d["terms"][0].update(reviewed="yesterday"),
        lambda d: d["terms"][0].update(id="Not An Id"),
        lambda d: d["terms"][0].update(colour="blue"),
    ],
)
def test_loader_and_schema_both_reject_broken_files(mutation: Any) -> None:
    data = copy.deepcopy(DATA)
    mutation(data)
    assert validate_with_schema(data) != []
    with pytest.raises(GlossaryError):
        parse_glossary(json.dumps(data))


def test_missing_and_unreadable_files_give_glossary_error(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path / "nope.json")
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path)
    (tmp_path / "latin1.json").write_bytes('{"format": 1, "terms": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        load_glossary(tmp_path / "latin1.json")


def test_loads_a_copy_from_any_path(tmp_path: Path) -> None:
    copy_path = tmp_path / "glossary.json"
    copy_path.write_bytes(RAW)
    assert [t.id for t in load_glossary(copy_path).terms] == [t.id for t in load_glossary().terms]


def _loads_or_glossary_error(raw: bytes | str) -> None:
    try:
        parse_glossary(raw)
    except GlossaryError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = sorted({key for entry in ENTRIES for key in entry})


@given(st.binary(max_size=2000))
def test_garbage_bytes_give_glossary_error(raw: bytes) -> None:
    with pytest.raises(GlossaryError):
        parse_glossary(raw)


@given(json_values)
def test_random_json_gives_glossary_error(value: Any) -> None:
    with pytest.raises(GlossaryError):
        parse_glossary(json.dumps(value))
    with pytest.raises(GlossaryError):
        parse_glossary(json.dumps({"format": 1, "terms": [value]}))


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(st.integers(min_value=0, max_value=len(RAW.rstrip()) - 1))
def test_truncated_copies_give_glossary_error(cut: int) -> None:
    with pytest.raises(GlossaryError):
        parse_glossary(RAW[:cut])


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=80)
@given(
    st.integers(min_value=0, max_value=len(ENTRIES) - 1),
    st.sampled_from([*FIELDS, "format", "terms"]),
    json_values,
)
def test_any_field_replaced_by_random_json_loads_or_gives_glossary_error(
    position: int, field: str, value: Any
) -> None:
    data = copy.deepcopy(DATA)
    if field in ("format", "terms"):
        data[field] = value
    else:
        data["terms"][position][field] = value
    _loads_or_glossary_error(json.dumps(data))


def test_loading_imports_neither_qt_nor_jsonschema() -> None:
    """Start-up cost: loading the glossary stays in plain Python."""
    import subprocess
    import sys

    code = (
        "import sys; from companion.glossary.terms import load_glossary; g = load_glossary(); "
        "g.search('relapse'); g.find_terms_in('relapse'); "
        "print(sorted(m for m in ('PySide6', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
