"""The bundled directory's content: every number valid, labelled, formatted and sourced with
the page's address; every program claim backed by a page of the institution itself; doctors'
lines after the family's; dates that say what the page shows and when it was taken."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import phonenumbers
import pytest

from companion.directory import centers as directory
from companion.directory.centers import (
    AUDIENCES,
    PROGRAMS,
    PURPOSES,
    Center,
    Source,
    find_problems,
    load_directory,
    migrate,
)
from companion.paths import resource_path

#: The day the newest facts were taken from the stored pages.
TAKEN = date(2026, 12, 2)
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PHONE_LIKE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{6,}\d(?![\w])")
FILE_NAME = re.compile(r"\.(txt|html?|json|pdf|aspx)$|^\d{3}_[0-9a-f]{16}", re.IGNORECASE)
DOCTOR_WORDS = "for your child's doctor"
#: Words too common in hospital names to tell one institution from another.
COMMON = {
    "the", "of", "and", "for", "children's", "childrens", "hospital", "hospitals", "center",
    "centre", "cancer", "blood", "disorders", "program", "department", "health", "medicine",
    "research", "nhs", "foundation", "trust", "oncology", "haematology", "hematology",
}  # fmt: skip


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("centers.json").read_text(encoding="utf-8"))
    return data


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")) if w}


def names_the_institution(center: Center, source: Source) -> bool:
    """The source's publisher is the institution: it shares a distinctive word of its name."""
    own = words(f"{center.name} {center.part_of or ''}") - COMMON
    return bool(own & words(source.publisher))


CENTERS = load_directory().centers
PHONES = [(center, phone) for center in CENTERS for phone in center.phones]


def test_the_directory_has_the_new_centers() -> None:
    ids = {center.id for center in CENTERS}
    added = ids - {"mott", "chop", "dana-farber-boston-childrens", "uh-rainbow", "cruk-nurses"}
    assert len(added) >= 10, added
    assert all(directory.load_directory().get(i).phones for i in added)
    assert {"US", "GB"} == {center.location.country for center in CENTERS}


@pytest.mark.parametrize(("center", "phone"), PHONES, ids=[f"{c.id}:{p.e164}" for c, p in PHONES])
def test_every_number_is_valid_labelled_formatted_and_sourced(center: Center, phone: Any) -> None:
    parsed = phonenumbers.parse(phone.e164, None)
    assert phonenumbers.is_valid_number(parsed)
    assert phonenumbers.region_code_for_number(parsed) == center.location.country
    assert phone.label.strip() and phone.purpose in PURPOSES and phone.audience in AUDIENCES
    assert phone.display and phone.international.startswith("+")
    # Sourced: the page's address, and the number as that page prints it.
    assert phone.source.url and phone.source.url.startswith(("https://", "http://"))
    assert phone.printed
    assert (
        phonenumbers.format_number(
            phonenumbers.parse(phone.printed, center.location.country),
            phonenumbers.PhoneNumberFormat.E164,
        )
        == phone.e164
    )
    assert phone.source.taken is not None


def test_doctor_lines_say_so_and_come_after_family_lines() -> None:
    for center in raw()["centers"]:
        audiences = [phone["audience"] for phone in center["phones"]]
        assert audiences == sorted(audiences, key=lambda a: a == "doctor"), center["id"]
        for phone in center["phones"]:
            said = DOCTOR_WORDS in phone["label"]
            assert said == (phone["audience"] == "doctor"), (center["id"], phone["label"])
    for center in CENTERS:  # the loader keeps the order whatever a file does
        flags = [phone.for_doctors for phone in center.phones]
        assert flags == sorted(flags), center.id


def test_the_loader_puts_doctor_lines_last_even_when_a_file_does_not() -> None:
    data = raw()
    texas = next(c for c in data["centers"] if c["id"] == "texas-childrens")
    texas["phones"].reverse()
    loaded = directory.parse_directory(data).get("texas-childrens")
    assert not loaded.phones[0].for_doctors
    assert all(phone.for_doctors for phone in loaded.phones[1:])


def test_some_centers_give_doctors_only_and_say_who_calls_first() -> None:
    for center in CENTERS:
        if center.phones and all(phone.for_doctors for phone in center.phones):
            assert any("doctor" in note for note in center.notes), center.id


def test_every_program_claim_has_a_source_that_names_the_institution() -> None:
    claimed = 0
    for center in CENTERS:
        assert [claim.program for claim in center.claims] == list(center.programs)
        for claim in center.claims:
            claimed += 1
            assert claim.program in PROGRAMS
            assert claim.source in (center.source, *center.other_sources)
            assert claim.source.url, (center.id, claim.program)
            assert names_the_institution(center, claim.source), (center.id, claim.program)
    assert claimed >= 30


def test_location_sources_are_not_taken_for_program_claims() -> None:
    for center in CENTERS:
        for claim in center.claims:
            assert "Wikipedia" not in claim.source.publisher
            assert not (claim.source.supports or "").startswith(("the city", "the state"))


def test_the_mott_claim_keeps_its_words_with_the_pep_ctn_note_beside_it() -> None:
    mott = load_directory().get("mott")
    cog = next(claim for claim in mott.claims if claim.program == "COG Phase I")
    assert cog.source is mott.source  # the page's own claim, as the page states it
    note = cog.note or ""
    assert "Phase I Consortium" in note and "PEP-CTN" in note and "2019" in note
    backing = [s for s in mott.other_sources if "PEP-CTN" in (s.supports or "")]
    assert backing and backing[0].url and "cancer.gov" in backing[0].url


def test_no_number_appears_without_a_source_address() -> None:
    """Numbers live only in phone lines (which name a source); none hides in the text."""
    for center in raw()["centers"]:
        texts = [*center.get("notes", ()), center.get("no_phone_note", "")]
        texts += [phone["label"] for phone in center["phones"]]
        texts += [phone.get("hours", "") for phone in center["phones"]]
        for text in texts:
            found = [m for m in PHONE_LIKE.findall(text) if sum(ch.isdigit() for ch in m) >= 10]
            assert not found, (center["id"], text)


def test_no_source_is_shown_as_a_file_name() -> None:
    for center in CENTERS:
        for source in (center.source, *center.other_sources):
            assert not FILE_NAME.search(source.title), source.title
            assert not FILE_NAME.search(source.publisher), source.publisher
            assert source.url, source.name


def test_dates_say_what_the_page_shows_and_when_it_was_taken() -> None:
    data = raw()
    updated = date.fromisoformat(data["updated"])
    for center in data["centers"]:
        for source in [center["source"], *center.get("other_sources", ())]:
            assert "page_date" in source, (center["id"], source["name"])
            assert source["page_date"] is None or isinstance(source["page_date"], str)
            assert date.fromisoformat(source["taken"]) <= updated
            assert "accessed" not in source and "reviewed" not in source
    assert updated == TAKEN


def test_undated_and_old_pages_keep_please_confirm() -> None:
    for center, phone in PHONES:
        source = phone.source
        age = source.age_years(TAKEN)
        expected = source.page_date is None or (age is not None and age >= 3)
        assert source.needs_confirming_on(TAKEN) == expected, (center.id, source.name)
    seattle = load_directory().get("seattle-childrens").source
    assert (seattle.page_date, seattle.page_date_precision) == (date(2023, 11, 1), "month")
    assert seattle.needs_confirming_on(TAKEN)  # November 2023 is three years before
    assert not seattle.needs_confirming_on(date(2026, 10, 31))
    assert not Source("x", "t", "p", page_date=date(2025, 1, 1)).needs_confirming_on(TAKEN)
    assert Source("x", "t", "p").needs_confirming_on(TAKEN)


def test_a_version_1_file_is_read_as_version_2() -> None:
    old = json.loads((FIXTURES / "centers-v1.json").read_text(encoding="utf-8"))
    assert old["version"] == 1
    new = migrate(old)
    assert new["version"] == 2 and old["version"] == 1  # the input is left alone
    assert find_problems(new, full=True) == []
    loaded = load_directory(FIXTURES / "centers-v1.json", full=True)
    assert [c.id for c in loaded.centers] == [c["id"] for c in old["centers"]]
    for before, after in zip(old["centers"], loaded.centers, strict=True):
        assert list(after.programs) == before["programs"]
        assert all(claim.source is after.source for claim in after.claims)
        assert all(phone.audience == "family" for phone in after.phones)
        sources = [before["source"], *before.get("other_sources", ())]
        for raw_source, source in zip(sources, (after.source, *after.other_sources), strict=True):
            assert source.taken == date.fromisoformat(raw_source["accessed"])
            assert (source.page_date is None) == ("reviewed" not in raw_source)


def test_migration_leaves_other_versions_alone() -> None:
    values: list[Any] = [None, [], {"version": 2}, {"version": True, "centers": []}, {"version": 3}]
    for value in values:
        assert migrate(value) == value
