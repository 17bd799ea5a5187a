"""What a parent types, and what the glossary should offer first: one case per line.

Brand names, everyday words and abbreviations from letters and clinic talk, and the places where
two words sound alike but mean different things (metastasis and a second cancer; isolation for
low counts and isolation after MIBG therapy; CAR T and care team).
"""

from __future__ import annotations

import pytest

from companion.glossary import Glossary, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def ids(glossary: Glossary, query: str, limit: int = 10) -> list[str]:
    return [term.id for term in glossary.search(query, limit=limit)]


# (what a parent types, the entry it should open first)
FIRST = [
    # brand and other names of the drugs and cell products
    ("Danyelza", "naxitamab"),
    ("naxitamab", "naxitamab"),
    ("Iwilfin", "eflornithine"),
    ("DFMO", "eflornithine"),
    ("Besponsa", "inotuzumab"),
    ("Defitelio", "defibrotide"),
    ("Actemra", "tocilizumab"),
    ("Bactrim", "co-trimoxazole"),
    ("Septra", "co-trimoxazole"),
    ("busulfan", "busulfan"),
    ("Evomela", "melphalan"),
    ("Rylaze", "asparaginase"),
    ("pegaspargase", "asparaginase"),
    ("Oncovin", "vincristine"),
    ("Vincasar", "vincristine"),
    ("Trexall", "methotrexate"),
    ("MTX", "methotrexate"),
    ("Purixan", "mercaptopurine"),
    ("6-MP", "mercaptopurine"),
    ("Ara-C", "cytarabine"),
    ("VePesid", "etoposide"),
    ("Etopophos", "etoposide"),
    ("Paraplatin", "carboplatin"),
    ("cisplatin", "cisplatin"),
    ("Adriamycin", "doxorubicin"),
    ("Pedmark", "sodium-thiosulfate"),
    ("Leukine", "gm-csf"),
    ("Sprycel", "tyrosine-kinase-inhibitor"),
    ("Tecartus", "brexucabtagene"),
    ("Aucatzyl", "obecabtagene"),
    ("Kymriah", "tisagenlecleucel"),
    # words from clinic talk and letters
    ("VOD", "veno-occlusive-disease"),
    ("sinusoidal obstruction syndrome", "veno-occlusive-disease"),
    ("TLS", "tumor-lysis-syndrome"),
    ("PJP", "pjp-prophylaxis"),
    ("PCP", "pjp-prophylaxis"),
    ("DNR", "allow-natural-death"),
    ("do not resuscitate", "allow-natural-death"),
    ("advance care planning", "advance-care-planning"),
    ("hospice", "hospice"),
    ("TBI", "total-body-irradiation"),
    ("conditioning", "conditioning"),
    ("TPN", "tpn"),
    ("PICU", "picu"),
    ("IVIG", "ivig"),
    ("B-cell aplasia", "b-cell-aplasia"),
    ("flow cytometry", "flow-cytometry"),
    ("Ph+", "philadelphia-chromosome"),
    ("Philadelphia chromosome", "philadelphia-chromosome"),
    ("TKI", "tyrosine-kinase-inhibitor"),
    ("imatinib", "tyrosine-kinase-inhibitor"),
    ("KMT2A", "kmt2a"),
    ("MLL", "kmt2a"),
    ("CMV", "cmv"),
    ("EBV", "ebv"),
    ("adenovirus", "adenovirus"),
    ("blood culture", "blood-culture"),
    ("Be The Match", "donor-registry"),
    ("HLA", "hla-typing"),
    ("chimerism", "chimerism"),
    ("DOTATATE PET", "dotatate-pet"),
    ("Curie score", "curie-score"),
    ("anthracycline cardiotoxicity", "anthracycline-heart-effects"),
    ("dexrazoxane", "dexrazoxane"),
    ("chickenpox", "chickenpox-exposure"),
    ("shingles", "chickenpox-exposure"),
    ("measles", "measles-exposure"),
    ("live vaccine", "live-vaccines"),
    ("bridging therapy", "bridging-therapy"),
    ("capillary leak", "capillary-leak-syndrome"),
    ("hypertension", "high-blood-pressure"),
    ("CNS relapse", "cns-relapse"),
    ("testicular relapse", "testicular-relapse"),
    ("intrathecal", "intrathecal-chemotherapy"),
    ("delayed intensification", "delayed-intensification"),
    ("intensification", "delayed-intensification"),
    ("second cancer", "treatment-related-second-cancer"),
    ("secondary cancer", "treatment-related-second-cancer"),
    ("secondary leukemia", "treatment-related-second-cancer"),
    ("mets", "metastasis"),
    ("neutropenic precautions", "protective-isolation"),
    ("hearing test", "hearing-test"),
    ("audiogram", "hearing-test"),
    ("ototoxicity", "ototoxicity"),
    ("catecholamines", "tumor-markers"),
    ("MRD negative", "minimal-residual-disease"),
    ("CR2", "second-remission"),
    ("TPMT", "tpmt-test"),
    ("leucovorin", "leucovorin"),
    ("silent inactivation", "asparaginase-activity"),
]


@pytest.mark.parametrize(("query", "term_id"), FIRST, ids=[q for q, _ in FIRST])
def test_a_parents_words_open_the_right_entry_first(
    glossary: Glossary, query: str, term_id: str
) -> None:
    assert ids(glossary, query)[:1] == [term_id]


def test_second_cancer_finds_the_new_cancer_not_spread(glossary: Glossary) -> None:
    """Spread of the first cancer (metastasis) is a different thing from a new, second cancer."""
    assert ids(glossary, "second cancer")[0] == "treatment-related-second-cancer"
    assert "metastasis" not in ids(glossary, "second cancer")
    assert "metastasis" not in ids(glossary, "secondary cancer")
    metastasis = glossary.get("metastasis")
    assert metastasis is not None and "secondary cancer" not in metastasis.aliases


def test_isolation_offers_both_kinds(glossary: Glossary) -> None:
    """Isolation for low counts and isolation after MIBG therapy are both offered, first."""
    assert set(ids(glossary, "isolation")[:2]) == {"protective-isolation", "radiation-isolation"}


@pytest.mark.parametrize("query", ["car t", "CAR-T", "car t cell", "CAR T-cells", "cart"])
def test_car_t_does_not_bring_up_the_care_team(glossary: Glossary, query: str) -> None:
    found = ids(glossary, query, limit=30)
    assert found[0] == "car-t-cell-therapy"
    assert "care-team" not in found


def test_care_still_finds_the_care_team(glossary: Glossary) -> None:
    assert "care-team" in ids(glossary, "care team")[:1]
    assert "care-team" in ids(glossary, "care")


def test_consolidation_no_longer_claims_intensification(glossary: Glossary) -> None:
    consolidation = glossary.get("consolidation")
    assert consolidation is not None and "intensification" not in consolidation.aliases
    assert ids(glossary, "consolidation")[0] == "consolidation"


@pytest.mark.parametrize(
    ("query", "term_ids"),
    [
        ("CAR T for adults", {"brexucabtagene", "obecabtagene"}),
        ("GD2", {"gd2", "dinutuximab", "naxitamab"}),
        ("CD19", {"cd19", "car-t-cell-therapy", "blinatumomab"}),
        ("transplant virus", {"cmv", "ebv", "adenovirus"}),
    ],
)
def test_related_words_appear_together(glossary: Glossary, query: str, term_ids: set[str]) -> None:
    assert term_ids & set(ids(glossary, query, limit=15))


def test_headwords_are_what_the_pronunciation_says(glossary: Glossary) -> None:
    """A pronunciation sounds out the headword, not one of its aliases."""
    for term_id, word in (("ototoxicity", "Ototoxicity"), ("hearing-test", "Audiogram")):
        term = glossary.get(term_id)
        assert term is not None and term.term.startswith(word)
    markers = glossary.get("tumor-markers")
    assert markers is not None and markers.pronunciation is None
