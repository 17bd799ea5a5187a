"""Content rules for the glossary data: links resolve, drugs answer to their brand names, and
every source is a page a reader can recognise (publisher and title), never a stored file name."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from companion.glossary import Glossary, Source, load_glossary
from companion.paths import resource_path
from companion.textnorm import squash

DATA: dict[str, Any] = json.loads(resource_path("glossary.json").read_text(encoding="utf-8"))
ENTRIES: list[dict[str, Any]] = DATA["terms"]

#: A stored page's name, or the words the old data used to show one.
FILE_NAME = re.compile(r"[0-9a-f]{16}\.txt|\.txt\b|seed page|\b\d{3}_[0-9a-f]{6,}", re.IGNORECASE)

#: Drugs and cell products with the brand names a family may read on a label or a letter.
DRUG_BRANDS: dict[str, tuple[str, ...]] = {
    "naxitamab": ("Danyelza",),
    "eflornithine": ("Iwilfin", "DFMO"),
    "inotuzumab": ("Besponsa",),
    "defibrotide": ("Defitelio",),
    "tocilizumab": ("Actemra",),
    "co-trimoxazole": ("Bactrim", "Septra"),
    "melphalan": ("Evomela",),
    "asparaginase": ("Rylaze", "Erwinaze", "pegaspargase"),
    "vincristine": ("Vincasar", "Oncovin"),
    "methotrexate": ("Trexall", "Xatmep"),
    "mercaptopurine": ("Purixan", "Purinethol", "6-MP"),
    "cytarabine": ("Cytosar-U", "Ara-C"),
    "etoposide": ("VePesid", "Etopophos"),
    "carboplatin": ("Paraplatin",),
    "doxorubicin": ("Adriamycin",),
    "sodium-thiosulfate": ("Pedmark",),
    "gm-csf": ("Leukine",),
    "tyrosine-kinase-inhibitor": ("Sprycel",),
    "brexucabtagene": ("Tecartus",),
    "obecabtagene": ("Aucatzyl",),
    "tisagenlecleucel": ("Kymriah",),
    "blinatumomab": ("Blincyto",),
    "dinutuximab": ("Unituxin", "Qarziba"),
    "isotretinoin": ("Accutane", "Absorica", "Claravis"),
}


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _sources() -> list[tuple[str, dict[str, Any]]]:
    return [(entry["id"], source) for entry in ENTRIES for source in entry["sources"]]


def test_every_related_id_resolves_to_another_entry() -> None:
    ids = {entry["id"] for entry in ENTRIES}
    broken = [
        f"{entry['id']} -> {other}"
        for entry in ENTRIES
        for other in entry["related"]
        if other not in ids or other == entry["id"]
    ]
    assert broken == []


@pytest.mark.parametrize(("term_id", "brands"), sorted(DRUG_BRANDS.items()))
def test_every_drug_has_its_brand_names_as_aliases(
    glossary: Glossary, term_id: str, brands: tuple[str, ...]
) -> None:
    term = glossary.get(term_id)
    assert term is not None, term_id
    aliases = {squash(alias) for alias in term.aliases} | {squash(term.term)}
    for brand in brands:
        assert squash(brand) in aliases or squash(brand) in squash(term.term), (term_id, brand)
        assert glossary.search(brand)[0].id == term_id, (brand, term_id)


def test_every_source_has_a_publisher_and_a_title() -> None:
    missing = [
        f"{term_id}: {source}"
        for term_id, source in _sources()
        if not str(source.get("publisher", "")).strip() or not str(source.get("title", "")).strip()
    ]
    assert missing == []


def test_no_source_text_looks_like_a_file_name() -> None:
    """A stored page may be kept as provenance in ``seed``; what a reader sees never names it."""
    shown = [
        f"{term_id}: {source[field]!r}"
        for term_id, source in _sources()
        for field in ("publisher", "title", "date")
        if field in source and FILE_NAME.search(source[field])
    ]
    assert shown == []


def test_seed_provenance_names_a_stored_seed_page() -> None:
    seeds = {source["seed"] for _, source in _sources() if "seed" in source}
    assert seeds, "the seed pages are still credited"
    for seed in seeds:
        assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", seed), seed


def test_no_weak_or_machine_sources_remain() -> None:
    """Primary publishers only: no About.com, Verywell, Wikipedia, ipodiatry or raw API JSON."""
    weak = re.compile(r"about\.com|verywell|wikipedia|ipodiatry|api\.fda\.gov|openfda", re.I)
    found = [f"{term_id}: {source}" for term_id, source in _sources() if weak.search(str(source))]
    assert found == []


def test_source_labels_read_publisher_title_and_date() -> None:
    assert Source("NCI", "Dictionary").label == "NCI: Dictionary"
    assert Source("FDA", "Approval", "2024-06-14").label == "FDA: Approval (14 June 2024)"
    assert Source("CHOP", "Page", "2009-11").label == "CHOP: Page (November 2009)"
    assert Source("CRUK", "Page", "last reviewed 16 May 2018").label == (
        "CRUK: Page (last reviewed 16 May 2018)"
    )
    seed = Source("CHOP", "Page", seed="001_32f3f55badd9d805.txt")
    assert "txt" not in seed.label


def test_every_label_the_app_shows_is_free_of_file_names(glossary: Glossary) -> None:
    labels = [source.label for term in glossary.terms for source in term.sources]
    assert labels and not [label for label in labels if FILE_NAME.search(label)]


def test_entries_reviewed_today_carry_a_source_of_their_own() -> None:
    """What was reviewed for this release names at least one source page."""
    for entry in ENTRIES:
        if entry["reviewed"] >= "2026-12-02":
            assert entry["sources"], entry["id"]


def test_approval_facts_name_their_regulator_or_maker() -> None:
    """Entries that state a regulatory approval cite the regulator, the maker or a report of it."""
    approval = re.compile(r"\bapproved\b|\bapproval\b", re.IGNORECASE)
    publishers = re.compile(
        r"Food and Drug|FDA|Novartis|Amgen|Bristol|Y-mAbs|Oncology Nursing|AABB|Healio|"
        r"Oncologist|Pharma Letter|touchONCOLOGY|Audiology|Blood Cancer United|Specialty Pharmacy|"
        r"unituxin|Children's Minnesota|ASH|Business Wire|Frontiers",
        re.IGNORECASE,
    )

    def cites_one(entry: dict[str, Any]) -> bool:
        return any(publishers.search(json.dumps(source)) for source in entry["sources"])

    unsupported = [
        entry["id"]
        for entry in ENTRIES
        if entry["reviewed"] >= "2026-12-02"
        and approval.search(
            " ".join([entry["summary"], entry["explanation"], entry.get("why_it_matters", "")])
        )
        and not cites_one(entry)
    ]
    assert unsupported == []
