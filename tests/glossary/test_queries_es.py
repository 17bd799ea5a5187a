"""What a Spanish-speaking parent types, and what the Spanish glossary should offer first.

With and without accents, with the slips of a tired thumb, in everyday Spanish from Mexico, the
Caribbean and Spain, and in English: a family that heard the word in English at the clinic
types it as they heard it.
"""

from __future__ import annotations

import pytest

from companion.glossary import Glossary, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(language="es")


def ids(glossary: Glossary, query: str, limit: int = 10) -> list[str]:
    return [term.id for term in glossary.search(query, limit=limit)]


# (what a parent types, the entry it should open first)
FIRST = [
    # the words of the diagnosis
    ("recaída", "relapse"),
    ("recaida", "relapse"),
    ("RECAIDA", "relapse"),
    ("recaidas", "relapse"),
    ("refractario", "refractory"),
    ("refractaria", "refractory"),
    ("recidiva", "recurrent"),
    ("remisión", "remission"),
    ("remision completa", "remission"),
    ("enfermedad estable", "stable-disease"),
    ("metastasis", "metastasis"),
    ("neuroblastoma de alto riesgo", "high-risk-neuroblastoma"),
    ("leucemia linfoblástica aguda", "acute-lymphoblastic-leukemia"),
    ("LLA", "acute-lymphoblastic-leukemia"),
    ("LMA", "acute-myeloid-leukemia"),
    ("pronostico", "prognosis"),
    ("ERM", "minimal-residual-disease"),
    ("sin evidencia de enfermedad", "no-evidence-of-disease"),
    # treatments
    ("quimio", "chemotherapy"),
    ("quimioterapia", "chemotherapy"),
    ("celulas car t", "car-t-cell-therapy"),
    ("células CAR-T", "car-t-cell-therapy"),
    ("terapia car t", "car-t-cell-therapy"),
    ("trasplante de medula", "bone-marrow-transplant"),
    ("transplante de médula ósea", "bone-marrow-transplant"),
    ("trasplante de células madre", "stem-cell-transplant"),
    ("autotrasplante", "autologous-transplant"),
    ("radioterapia", "radiation-therapy"),
    ("inmunoterapia", "immunotherapy"),
    ("ensayo clinico", "clinical-trial"),
    ("fase 1", "phase-1-trial"),
    ("mantenimiento", "maintenance-therapy"),
    ("terapia con MIBG", "mibg-therapy"),
    ("anticuerpo anti-GD2", "dinutuximab"),
    ("cuidados paliativos", "palliative-care"),
    ("segunda opinion", "second-opinion"),
    # tests and scans
    ("punción lumbar", "lumbar-puncture"),
    ("puncion lumbar", "lumbar-puncture"),
    ("aspirado de medula", "bone-marrow-aspirate"),
    ("biopsia de médula", "bone-marrow-biopsy"),
    ("resonancia", "mri"),
    ("tomografia", "ct-scan"),
    ("TAC", "ct-scan"),
    ("gammagrafía ósea", "bone-scan"),
    ("ecografia", "ultrasound"),
    ("análisis de sangre", "blood-test"),
    ("hemograma", "complete-blood-count"),
    # blood and counts
    ("plaquetas", "platelets"),
    ("plaquetas bajas", "thrombocytopenia"),
    ("globulos blancos", "white-blood-cells"),
    ("glóbulos rojos", "red-blood-cells"),
    ("neutrofilos", "neutrophils"),
    ("RAN", "anc"),
    ("neutrófilos bajos", "neutropenia"),
    ("transfusion", "transfusion"),
    # side effects and day to day
    ("fiebre", "fever"),
    ("calentura", "fever"),
    ("fiebre neutropénica", "febrile-neutropenia"),
    ("caída del pelo", "hair-loss"),
    ("se le cae el pelo", "hair-loss"),
    ("llagas en la boca", "mucositis"),
    ("nauseas", "nausea"),
    ("vómitos", "vomiting"),
    ("estreñimiento", "constipation"),
    ("estrenimiento", "constipation"),
    ("cansancio", "fatigue"),
    ("diarrea", "diarrhea"),
    ("infeccion", "infection"),
    ("efectos tardíos", "late-effects"),
    # lines and devices
    ("puerto", "port"),
    ("reservorio", "port"),
    ("vía central", "central-line"),
    ("via central", "central-line"),
    ("picc", "picc-line"),
    ("sonda nasogástrica", "feeding-tube"),
    # the care team
    ("trabajadora social", "social-worker"),
    ("enfermera coordinadora", "nurse-coordinator"),
    ("oncologo pediatrico", "pediatric-oncologist"),
    ("psicóloga", "psychologist"),
    ("nutricionista", "dietitian"),
    # typos
    ("recaia", "relapse"),
    ("refractarío", "refractory"),
    ("nuroblastoma", "neuroblastoma"),
    ("neuroblatoma", "neuroblastoma"),
    ("quimioterpia", "chemotherapy"),
    ("leusemia", "leukemia"),
    ("trasplnte de medula", "bone-marrow-transplant"),
    ("inmunoterapa", "immunotherapy"),
    ("fibre", "fever"),
    # heard in English at the clinic
    ("relapse", "relapse"),
    ("refractory", "refractory"),
    ("CAR T", "car-t-cell-therapy"),
    ("bone marrow transplant", "bone-marrow-transplant"),
    ("spinal tap", "lumbar-puncture"),
    ("fever", "fever"),
    ("port", "port"),
    ("ANC", "anc"),
    ("Kymriah", "tisagenlecleucel"),
    ("Unituxin", "dinutuximab"),
    ("mouth sores", "mucositis"),
]


@pytest.mark.parametrize(("query", "expected"), FIRST)
def test_first_result(glossary: Glossary, query: str, expected: str) -> None:
    found = ids(glossary, query, limit=5)
    assert found and found[0] == expected, (query, found)


def test_there_are_at_least_sixty_cases() -> None:
    assert len(FIRST) >= 60
    assert len({query for query, _ in FIRST}) == len(FIRST)


@pytest.mark.parametrize("query", ["recaída", "Recaida", "recaída ", " RECAÍDA"])
def test_accents_case_and_spacing_do_not_matter(glossary: Glossary, query: str) -> None:
    assert ids(glossary, query)[:1] == ["relapse"]


def test_the_same_word_is_found_in_both_languages(glossary: Glossary) -> None:
    for spanish, english in [("recaída", "relapse"), ("médula ósea", "bone marrow")]:
        assert ids(glossary, spanish)[:1] == ids(glossary, english)[:1]
