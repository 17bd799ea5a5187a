"""The program vocabulary of the centers directory, and which glossary words explain each one.

Qt-free and kept in one place: the directory's search and filters, the center detail and the
glossary's "Centers that say they offer this" link all read these tables.
"""

from __future__ import annotations

#: The fixed program vocabulary, in the order the screens list it.
PROGRAMS: tuple[str, ...] = (
    "MIBG therapy",
    "CAR T-cell therapy",
    "COG Phase I",
    "NANT",
    "TACL",
    "Bone marrow transplant",
    "Sequencing / precision medicine",
    "Second opinions",
    "Survivorship",
)
#: What the short program names stand for (from the C.S. Mott relapsed cancer page).
PROGRAM_DETAILS: dict[str, str] = {
    "COG Phase I": "Children's Oncology Group Phase I studies",
    "NANT": "New Approaches to Neuroblastoma Therapy consortium",
    "TACL": "Therapeutic Advances in Childhood Leukemia consortium",
}
#: Other words families search with for a program ("phase 1" for the Phase I studies).
PROGRAM_SEARCH_WORDS: dict[str, str] = {
    "COG Phase I": "phase 1 early phase PEP-CTN",
    "MIBG therapy": "131I-MIBG I-131",
    "Bone marrow transplant": "BMT stem cell transplant",
}
#: The glossary words that explain each program (ids in resources/glossary.json). A word
#: listed here shows the link to the centers whose pages say they offer that program.
GLOSSARY_TERMS: dict[str, tuple[str, ...]] = {
    "MIBG therapy": ("mibg-therapy",),
    "CAR T-cell therapy": ("car-t-cell-therapy",),
    "COG Phase I": ("cog-phase-1-consortium",),
    "NANT": ("nant",),
    "TACL": ("tacl",),
    "Bone marrow transplant": ("bone-marrow-transplant", "stem-cell-transplant"),
    "Sequencing / precision medicine": (
        "precision-medicine",
        "tumor-sequencing",
        "next-generation-sequencing",
    ),
    "Second opinions": ("second-opinion",),
    "Survivorship": ("survivorship",),
}
_PROGRAM_OF_TERM: dict[str, str] = {
    term_id: program for program, term_ids in GLOSSARY_TERMS.items() for term_id in term_ids
}


def program_for_term(term_id: str) -> str | None:
    """The program a glossary word explains ("mibg-therapy" -> "MIBG therapy"), or None."""
    return _PROGRAM_OF_TERM.get(term_id)


def program_order(program: str) -> int:
    """Where ``program`` comes in the vocabulary; unknown names go last."""
    return PROGRAMS.index(program) if program in PROGRAMS else len(PROGRAMS)
