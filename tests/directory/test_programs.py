"""The program vocabulary: each program explained by real glossary words, each word leading to
one program, and the words families type finding the centers that claim a program."""

from __future__ import annotations

import json

import pytest

from companion.directory.centers import load_directory
from companion.directory.programs import (
    GLOSSARY_TERMS,
    PROGRAMS,
    program_for_term,
    program_order,
)
from companion.paths import resource_path

DIRECTORY = load_directory()


def glossary_ids() -> set[str]:
    data = json.loads(resource_path("glossary.json").read_text(encoding="utf-8"))
    return {term["id"] for term in data["terms"]}


def claiming(program: str) -> set[str]:
    return {center.id for center in DIRECTORY.centers if program in center.programs}


def test_every_program_is_explained_by_glossary_words_that_exist() -> None:
    assert set(GLOSSARY_TERMS) == set(PROGRAMS)
    ids = glossary_ids()
    for program, term_ids in GLOSSARY_TERMS.items():
        assert term_ids, program
        assert set(term_ids) <= ids, program


def test_each_glossary_word_leads_to_one_program() -> None:
    listed = [term_id for term_ids in GLOSSARY_TERMS.values() for term_id in term_ids]
    assert len(listed) == len(set(listed))
    assert program_for_term("mibg-therapy") == "MIBG therapy"
    assert program_for_term("car-t-cell-therapy") == "CAR T-cell therapy"
    assert program_for_term("cog-phase-1-consortium") == "COG Phase I"
    assert program_for_term("stem-cell-transplant") == "Bone marrow transplant"
    assert program_for_term("second-opinion") == "Second opinions"
    assert program_for_term("fever") is None
    assert program_for_term("") is None


def test_program_order_follows_the_vocabulary() -> None:
    assert [program_order(p) for p in PROGRAMS] == list(range(len(PROGRAMS)))
    assert program_order("Something new") == len(PROGRAMS)


@pytest.mark.parametrize(
    ("query", "program"),
    [
        ("MIBG", "MIBG therapy"),
        ("I-131", "MIBG therapy"),
        ("CAR-T", "CAR T-cell therapy"),
        ("car t", "CAR T-cell therapy"),
        ("NANT", "NANT"),
        ("phase 1", "COG Phase I"),
        ("Phase I", "COG Phase I"),
        ("PEP-CTN", "COG Phase I"),
        ("TACL", "TACL"),
        ("stem cell", "Bone marrow transplant"),
        ("survivorship", "Survivorship"),
    ],
)
def test_searching_for_a_program_finds_the_centers_that_claim_it(query: str, program: str) -> None:
    assert claiming(program), program
    assert {center.id for center in DIRECTORY.search(query)} == claiming(program)


@pytest.mark.parametrize(
    ("city", "center_id"),
    [
        ("Ann Arbor", "mott"),
        ("Philadelphia", "chop"),
        ("Boston", "dana-farber-boston-childrens"),
        ("Cleveland", "uh-rainbow"),
        ("Houston", "texas-childrens"),
        ("Memphis", "st-jude"),
        ("Seattle", "seattle-childrens"),
        ("Chicago", "uchicago-comer"),
        ("fort worth", "cook-childrens"),
        ("Madison", "american-family-childrens"),
        ("London", "great-ormond-street"),
        ("Minneapolis", "childrens-minnesota"),
        ("New York", "memorial-sloan-kettering"),
    ],
)
def test_searching_for_a_city_finds_its_center(city: str, center_id: str) -> None:
    assert [center.id for center in DIRECTORY.search(city)] == [center_id]


def test_a_program_and_a_place_together() -> None:
    assert {c.id for c in DIRECTORY.search("mibg texas")} == {"texas-childrens", "cook-childrens"}
    assert [c.id for c in DIRECTORY.search("car-t london")] == ["great-ormond-street"]
