"""Glossary search and word recognition: ranking, forgiving matching, and free-text links."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.glossary.terms import Glossary, Source, Term, load_glossary
from companion.textnorm import fold, squash, word_spans


def make_term(
    term_id: str, term: str, aliases: tuple[str, ...] = (), text: str = "", category: str = "status"
) -> Term:
    return Term(
        id=term_id,
        term=term,
        aliases=aliases,
        pronunciation=None,
        summary=f"{term} in one line.",
        explanation=text or f"More about {term.lower()}.",
        why_it_matters=None,
        questions=(),
        category=category,
        related=(),
        sources=(Source("Test publisher", "Test page"),),
        reviewed=dt.date(2026, 11, 22),
    )


def build_small() -> Glossary:
    return Glossary(
        [
            make_term("port", "Port (implanted port)", ("port-a-cath",), category="lines-devices"),
            make_term("portal", "Portal vein", text="A vein that carries blood to the liver."),
            make_term("transport", "Patient transport", ("report",)),
            make_term(
                "bmt",
                "Bone marrow transplant",
                ("BMT",),
                text="Bone marrow is replaced.",
                category="transplant-cellular",
            ),
            make_term("marrow", "Bone marrow", category="biology"),
            make_term(
                "all",
                "Acute lymphoblastic leukemia (ALL)",
                ("acute lymphoblastic leukaemia",),
                category="disease",
            ),
            make_term("car-t", "CAR T-cell therapy", ("CAR-T", "car t"), category="treatment"),
            make_term("gd2-car-t", "Anti-GD2 CAR T-cells", ("car t",), category="treatment"),
            make_term("nb", "Neuroblastoma", ("NB",), category="disease"),
            make_term("hr-nb", "High-risk neuroblastoma", category="disease"),
            make_term("cafe", "Café au lait spots", text="Flat light brown marks on the skin."),
            make_term("fever", "Fever", text="A temperature that is higher than usual."),
        ]
    )


_SMALL = build_small()


@pytest.fixture
def small() -> Glossary:
    return _SMALL


def ids(terms: list[Term]) -> list[str]:
    return [term.id for term in terms]


# -- normalising -----------------------------------------------------------------------------


def test_folding_ignores_case_accents_hyphens_apostrophes_and_spacing() -> None:
    assert fold("  Café-au-LAIT ") == "cafe au lait"
    assert fold("Children’s Oncology Group") == "childrens oncology group"
    assert squash("CAR-T") == squash("car t") == squash("cart") == "cart"
    assert squash("131I–MIBG") == "131imibg"
    text = "Ask about CAR-T, today."
    assert [(text[a:b], w) for a, b, w in word_spans(text)] == [
        ("Ask", "ask"),
        ("about", "about"),
        ("CAR", "car"),
        ("T", "t"),
        ("today", "today"),
    ]


# -- ranking ----------------------------------------------------------------------------------


def test_exact_then_prefix_then_fuzzy_then_text(small: Glossary) -> None:
    assert ids(small.search("port")) == ["port", "portal"]  # exact, then prefix; "report" is not
    assert ids(small.search("marow"))[:2] == ["marrow", "bmt"]  # typo: closest name first
    assert ids(small.search("liver")) == ["portal"]  # only in the text


def test_exact_alias_beats_a_prefix_of_another_term(small: Glossary) -> None:
    assert ids(small.search("report"))[0] == "transport"


def test_word_prefix_inside_a_name(small: Glossary) -> None:
    assert ids(small.search("transplant")) == ["bmt"]
    assert ids(small.search("lymphobl"))[0] == "all"
    assert ids(small.search("marrow trans"))[0] == "bmt"


def test_case_accent_hyphen_and_spacing_do_not_matter(small: Glossary) -> None:
    for query in ("CAFE AU LAIT", "café au lait", "cafe-au-lait", "cafeaulait"):
        assert ids(small.search(query))[0] == "cafe", query
    for query in ("car t", "CAR-T", "cart", "Car T cell", "car-t-cell therapy"):
        assert ids(small.search(query))[0] == "car-t", query


def test_shared_alias_prefers_the_term_whose_name_starts_with_it(small: Glossary) -> None:
    assert ids(small.search("car t"))[:2] == ["car-t", "gd2-car-t"]
    assert small.collisions() == {"cart": ["gd2-car-t", "car-t"]}  # ids in A to Z order of terms


def test_typos_are_forgiven(small: Glossary) -> None:
    assert ids(small.search("nuroblastoma"))[0] == "nb"
    assert ids(small.search("nueroblastoma"))[0] == "nb"
    assert ids(small.search("nurobl"))[0] == "nb"  # a typo in a half-typed word
    assert ids(small.search("lymfoblastic"))[0] == "all"
    assert ids(small.search("acute lymphoblastic leukaemia"))[0] == "all"


def test_limit_and_empty_queries(small: Glossary) -> None:
    assert small.search("") == [] and small.search("  - ") == []
    assert len(small.search("e", limit=2)) <= 2
    assert small.search("bone", limit=0) == []


def test_no_match_suggests_the_nearest_terms(small: Glossary) -> None:
    assert small.search("zxqv") == []
    assert ids(small.suggest("feverr blah"))[0] == "fever"
    assert len(small.suggest("bone", limit=1)) == 1
    assert small.suggest("") == []


def test_categories_follow_browsing_order(small: Glossary) -> None:
    assert small.categories() == [
        "status",
        "disease",
        "biology",
        "treatment",
        "transplant-cellular",
        "lines-devices",
    ]


@given(st.text(max_size=40), st.integers(min_value=0, max_value=15))
def test_search_never_fails_and_never_repeats(query: str, limit: int) -> None:
    glossary = _SMALL
    results = glossary.search(query, limit)
    assert len(results) <= limit
    assert len(set(ids(results))) == len(results)
    assert len(glossary.suggest(query)) <= 3


# -- the required searches over the bundled glossary ------------------------------------------


@pytest.mark.parametrize(
    ("query", "term_id"),
    [
        ("car t", "car-t-cell-therapy"),
        ("CAR-T", "car-t-cell-therapy"),
        ("cart", "car-t-cell-therapy"),
        ("nuroblastoma", "neuroblastoma"),
        ("131I-MIBG", "mibg-therapy"),
        ("LuDO", "ludo"),
    ],
)
def test_bundled_glossary_required_searches(query: str, term_id: str) -> None:
    assert load_glossary().search(query)[0].id == term_id


# -- words in free text -----------------------------------------------------------------------


def test_find_terms_in_text(small: Glossary) -> None:
    text = "The bone marrow transplant went well. Bone marrow was checked; CAR-T next!"
    found = [(text[a:b], term.id) for a, b, term in small.find_terms_in(text)]
    assert found == [
        ("bone marrow transplant", "bmt"),  # longest match wins
        ("Bone marrow", "marrow"),  # case does not matter
        ("CAR-T", "car-t"),
    ]


def test_find_terms_in_whole_words_only(small: Glossary) -> None:
    assert small.find_terms_in("An important report about the airport.") == [
        (13, 19, small.get("transport"))
    ]
    assert small.find_terms_in("Portable fevers") == [(9, 15, small.get("fever"))]  # plural


def test_find_terms_in_does_not_join_across_punctuation(small: Glossary) -> None:
    found = small.find_terms_in("bone. marrow")
    assert found == []


def test_short_capital_acronyms_only_match_in_capitals(small: Glossary) -> None:
    text = "We all read about ALL and nb and NB."
    found = [(text[a:b], term.id) for a, b, term in small.find_terms_in(text)]
    assert found == [("ALL", "all"), ("NB", "nb")]


@given(st.text(alphabet=st.sampled_from(list("bone marow CAR-T ALL all fever.,\n")), max_size=80))
def test_find_terms_in_spans_are_ordered_and_name_a_term(text: str) -> None:
    glossary = _SMALL
    end = 0
    for start, stop, term in glossary.find_terms_in(text):
        assert end <= start < stop <= len(text)
        end = stop
        names = [term.term, *term.aliases, term.term.split(" (")[0]]
        found = squash(text[start:stop])
        assert any(found in (squash(n), squash(n) + "s") for n in names), (found, term.id)
