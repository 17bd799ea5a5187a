"""The centers directory: every seed number present and sourced, checks that name the center
and field, search and filters, imports that change nothing unless the file is good."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.directory import centers as directory
from companion.directory import checks as directory_check
from companion.directory import phones
from companion.directory.centers import (
    PROGRAMS,
    PURPOSES,
    SCHEMA_KEYWORDS,
    DirectoryError,
    Source,
    check_structure,
    find_problems,
    import_directory,
    load_directory,
    load_schema,
)
from companion.paths import resource_path

SEEDS = Path("/work/shared/seeds")
TODAY = date(2026, 11, 22)
#: Anything that looks like a phone number: digits with spaces, dots, dashes or brackets.
PHONE_LIKE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{6,}\d(?![\w])")
MIBG = {
    "mott", "chop", "dana-farber-boston-childrens", "texas-childrens", "cook-childrens",
    "american-family-childrens",
}  # fmt: skip
CAR_T = {
    "mott", "chop", "uh-rainbow", "cook-childrens", "childrens-wisconsin",
    "american-family-childrens", "great-ormond-street",
}  # fmt: skip
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def bundled() -> dict[str, Any]:
    return json.loads(resource_path("centers.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: Any, name: str = "centers.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def seed_numbers() -> list[tuple[str, str]]:
    """(seed file, number as printed) for every phone-looking string in the seed pages."""
    found = []
    for seed in sorted(SEEDS.glob("*.txt")):
        for match in PHONE_LIKE.finditer(seed.read_text(encoding="utf-8")):
            text = match.group().strip()
            if sum(ch.isdigit() for ch in text) >= 10:
                found.append((seed.name, text))
    return found


# -- the bundled file ------------------------------------------------------------------------


def test_bundled_file_passes_every_check_and_the_real_validator() -> None:
    data = bundled()
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert find_problems(data, full=True) == []


def test_schema_uses_only_keywords_the_fast_checker_understands() -> None:
    def keywords(node: Any) -> set[str]:
        if isinstance(node, list):
            return set().union(*(keywords(item) for item in node)) if node else set()
        if not isinstance(node, dict):
            return set()
        found = set(node)
        for key, value in node.items():
            if key in ("properties", "$defs"):
                found |= set().union(*(keywords(v) for v in value.values()))
            elif key not in ("enum", "const", "required"):
                found |= keywords(value)
        return found

    assert keywords(load_schema()) <= SCHEMA_KEYWORDS


def test_every_seed_phone_number_is_listed_with_that_seed_as_its_source() -> None:
    found = seed_numbers()
    assert len(found) == 8, found  # the regex sees all eight numbers in the five pages
    listed = {phone.e164: (center, phone) for center, phone in load_directory().all_phones()}
    for seed, text in found:
        region = "GB" if text.startswith("0") else "US"
        e164 = phonenumbers.format_number(
            phonenumbers.parse(text, region), phonenumbers.PhoneNumberFormat.E164
        )
        assert e164 in listed, (seed, text)
        center, phone = listed[e164]
        assert phone.source.name == seed
        assert center.source.name == seed
        assert phone.display == text  # shown, and so copied, exactly as the page prints it


def test_no_number_without_a_source_and_none_made_up() -> None:
    for center, phone in load_directory().all_phones():
        assert phone.source.url, (center.name, phone.e164)
        assert phone.printed and phones.parse_phone(phone.printed, phone.country) == phone.e164
        seed = SEEDS / phone.source.name
        if seed.is_file():  # a seed page: the number is printed there exactly as shown
            assert phone.display in seed.read_text(encoding="utf-8"), (center.name, phone.e164)


def test_every_line_is_valid_labelled_and_formatted_both_ways() -> None:
    for center, phone in load_directory().all_phones():
        assert phones.is_valid_e164(phone.e164), (center.name, phone.e164)
        assert phone.label.strip() and phone.purpose in PURPOSES
        assert phone.international.startswith("+")
    uk = load_directory().get("cruk-nurses").phones[0]
    assert (uk.display, uk.international) == ("0808 800 4040", "+44 808 800 4040")
    assert uk.hours == "Monday to Friday, 9am to 5pm"
    assert uk.purpose == "nurse-helpline"


def test_centers_carry_the_facts_of_their_pages() -> None:
    d = load_directory()
    assert {c.id for c in d.centers} >= {
        "mott", "chop", "dana-farber-boston-childrens", "uh-rainbow", "cruk-nurses",
    }  # fmt: skip
    mott = d.get("mott")
    assert set(mott.programs) == set(PROGRAMS) - {"Survivorship"}
    assert (mott.location.city, mott.location.region, mott.location.country) == (
        "Ann Arbor", "Michigan", "US",
    )  # fmt: skip
    assert [p.purpose for p in d.get("chop").phones] == [
        "second-opinion", "new-patients", "existing-patients",
    ]  # fmt: skip
    assert [p.purpose for p in d.get("uh-rainbow").phones] == [
        "information", "information", "new-patients",
    ]  # fmt: skip
    assert d.get("uh-rainbow").programs == ("CAR T-cell therapy",)
    dfci = d.get("dana-farber-boston-childrens")
    assert dfci.phones == () and "no phone number" in (dfci.no_phone_note or "")
    assert set(dfci.programs) == {"MIBG therapy", "COG Phase I", "NANT"}
    cog = next(claim for claim in mott.claims if claim.program == "COG Phase I")
    assert (
        cog.source is mott.source and "PEP-CTN" in (cog.note or "") and "2019" in (cog.note or "")
    )
    assert d.get("cruk-nurses").location.country == "GB"


def test_source_ages_say_how_old_a_page_is() -> None:
    d = load_directory()
    chop = d.get("chop").source
    assert (chop.page_date, chop.page_date_precision) == (date(2009, 11, 1), "month")
    assert chop.page_date_text() == "November 2009" and chop.needs_confirming_on(TODAY)
    assert chop.age_years(TODAY) == 17 and chop.is_old_on(TODAY)
    cruk = d.get("cruk-nurses").source
    assert cruk.page_date_text() == "16 May 2018" and cruk.age_years(TODAY) == 8
    assert cruk.age_years(date(2018, 5, 15)) == 0 and cruk.age_years(date(2021, 5, 16)) == 3
    mott = d.get("mott").source
    assert mott.page_date is None and mott.age_years(TODAY) is None and not mott.is_old_on(TODAY)
    assert mott.needs_confirming_on(TODAY)  # undated: the number keeps "please confirm"
    assert mott.taken == TODAY and mott.url and mott.url.startswith("https://")
    fresh = Source("x", "t", "p", page_date=date(2026, 1, 1))
    assert not fresh.is_old_on(TODAY) and not fresh.needs_confirming_on(TODAY)


# -- search and filters -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("phila", {"chop"}),
        ("Philadélphia", {"chop"}),
        ("car t", CAR_T),
        ("CAR-T", CAR_T),
        ("cart", CAR_T),
        ("mibg", MIBG),
        (
            "nant",
            {"mott", "chop", "dana-farber-boston-childrens", "seattle-childrens", "uchicago-comer"},
        ),
        ("phase 1", {"mott", "dana-farber-boston-childrens"}),
        ("tacl", {"mott", "childrens-minnesota"}),
        ("houston", {"texas-childrens"}),
        ("fort worth mibg", {"cook-childrens"}),
        ("ohio", {"uh-rainbow"}),
        ("UK", {"cruk-nurses", "great-ormond-street"}),
        ("london", {"great-ormond-street"}),
        ("childhood leukemia", {"mott", "childrens-minnesota"}),
        ("boston mibg", {"dana-farber-boston-childrens"}),
        ("nothing like this", set()),
    ],
)
def test_search_over_names_programs_and_places(query: str, expected: set[str]) -> None:
    assert {c.id for c in load_directory().search(query)} == expected


def test_empty_search_and_filters_keep_everything() -> None:
    d = load_directory()
    assert d.search("") == list(d.centers) == d.filter()


def test_filters_by_program_country_and_region() -> None:
    d = load_directory()
    assert {c.id for c in d.filter(program="MIBG therapy")} == MIBG
    assert {c.id for c in d.filter(program="CAR T-cell therapy")} == CAR_T
    assert {c.id for c in d.filter(program="survivorship")} == {"chop"}
    assert {c.id for c in d.filter(country="GB")} == {"cruk-nurses", "great-ormond-street"}
    assert [c.id for c in d.filter(country="US", region="ohio")] == ["uh-rainbow"]
    assert {c.id for c in d.filter(country="US", region="Texas")} == {
        "texas-childrens", "cook-childrens",
    }  # fmt: skip
    assert [c.id for c in d.filter(program="CAR T-cell therapy", country="GB")] == [
        "great-ormond-street"
    ]
    assert d.filter(program="TACL", country="GB") == []
    assert d.programs() == list(PROGRAMS)
    assert d.places()["GB"] == ["England"]
    assert {"Illinois", "Minnesota", "Tennessee", "Texas", "Washington", "Wisconsin"} <= set(
        d.places()["US"]
    )


# -- problems name the center and the field ---------------------------------------------------


def mutate(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(bundled())
    change(data)
    return data


BROKEN: list[tuple[str, Any, str]] = [
    ("bad e164", lambda d: d["centers"][0]["phones"][0].update(e164="734-936-9814"),
     'Center 1 ("C.S. Mott Children\'s Hospital"), phone 1, e164: must be written in E.164'),
    ("no label", lambda d: d["centers"][1]["phones"][2].pop("label"),
     'Center 2 ("Children\'s Hospital of Philadelphia"), phone 3, label: is missing'),
    ("unknown program", lambda d: d["centers"][3]["programs"].append(
        {"program": "Magic", "source": "003_e39a53e4411c7f0f.txt"}),
     'Center 4 ("UH Rainbow Babies & Children\'s Hospital"), program 2, program: must be one of'),
    ("program as a bare name", lambda d: d["centers"][3]["programs"].append("NANT"),
     'Center 4 ("UH Rainbow Babies & Children\'s Hospital"), program 2: must be an object'),
    ("unsourced program", lambda d: d["centers"][3]["programs"][0].update(source="somewhere"),
     "program 1, source: must name one of this center's sources (no program claim"),
    ("program twice", lambda d: d["centers"][3]["programs"].append(
        dict(d["centers"][3]["programs"][0])), "programs: lists a program twice"),
    ("no audience", lambda d: d["centers"][0]["phones"][0].pop("audience"),
     "phone 1, audience: is missing"),
    ("no page date", lambda d: d["centers"][0]["source"].pop("page_date"),
     "source, page_date: is missing"),
    ("no address", lambda d: d["centers"][0]["source"].pop("url"), "source, url: is missing"),
    ("no source", lambda d: d["centers"][-1].pop("source"),
     '("Cancer Research UK nurse helpline"), source: is missing'),
    ("unsourced number", lambda d: d["centers"][0]["phones"][0].update(source="somewhere"),
     "phone 1, source: must name one of this center's sources"),
    ("no phone, no reason", lambda d: d["centers"][2].pop("no_phone_note"),
     'Center 3 ("Dana-Farber/Boston Children\'s Cancer and Blood Disorders Center"), '
     "no_phone_note: is missing"),
    ("duplicate id", lambda d: d["centers"][1].update(id="mott"),
     "Center 2 (\"Children's Hospital of Philadelphia\"), id: is used by another center"),
    ("impossible date", lambda d: d["centers"][1]["source"].update(page_date="2009-13"),
     "source, page_date: is not a real date"),
    ("old field name", lambda d: d["centers"][1]["source"].update(accessed="2026-11-22"),
     "source, accessed: is not a field this format knows"),
    ("bad updated", lambda d: d.update(updated="yesterday"),
     "updated: must be a date written like 2026-11-22"),
    ("future format", lambda d: d.update(version=3), "version: must be 2"),
    ("boolean version", lambda d: d.update(version=True), "version: must be 2"),
    ("stray field", lambda d: d["centers"][0].update(phone="+17349369814"),
     "phone: is not a field this format knows"),
    ("lowercase country", lambda d: d["centers"][0]["location"].update(country="us"),
     "location, country: must be a two-letter country code"),
    ("same number twice", lambda d: d["centers"][1]["phones"].append(
        dict(d["centers"][1]["phones"][0])), "phones: lists the same number twice"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "change", "problem"), BROKEN, ids=[b[0] for b in BROKEN])
def test_bad_files_raise_a_clear_list_of_problems(
    tmp_path: Path, what: str, change: Any, problem: str
) -> None:
    path = write(tmp_path, mutate(change))
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    assert any(problem in line for line in caught.value.problems), caught.value.problems
    assert problem.split(":")[0] in str(caught.value)


def test_a_wrong_but_well_formed_number_is_caught_on_import(tmp_path: Path) -> None:
    data = mutate(lambda d: d["centers"][0]["phones"][0].update(e164="+11234567890"))
    assert check_structure(data) == []  # the start-up check trusts the shape
    with pytest.raises(DirectoryError) as caught:
        import_directory(write(tmp_path, data, "new.json"), tmp_path / "data")
    assert caught.value.problems == [
        'Center 1 ("C.S. Mott Children\'s Hospital"), phone 1, e164: +11234567890 is not a '
        "valid phone number written in E.164 form (like +17349369814)."
    ]
    assert not (tmp_path / "data" / "centers.json").exists()


@pytest.mark.parametrize(
    "raw",
    [b"", b"\xff\xfe garbage", b"{", b"[]", b"null", b'{"version": 1}', b"[" * 100_000],
)
def test_garbage_files_are_directory_errors(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "centers.json"
    path.write_bytes(raw)
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    assert caught.value.problems


def test_missing_and_huge_files_are_directory_errors(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match="could not be opened"):
        load_directory(tmp_path / "absent.json")
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (directory.MAX_FILE_BYTES + 1))
    with pytest.raises(DirectoryError, match="too large"):
        load_directory(huge)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(raw=st.binary(max_size=300))
def test_random_bytes_never_crash_the_loader(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "centers.json"
    path.write_bytes(raw)
    with pytest.raises(DirectoryError):
        load_directory(path, full=True)


@FUZZ
@given(value=json_values)
def test_random_structures_are_always_directory_errors(value: Any) -> None:
    with pytest.raises(DirectoryError):
        directory.parse_directory(value, full=True)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


ALL_PATHS = _paths(bundled())[1:]


@FUZZ
@given(where=st.sampled_from(ALL_PATHS), value=json_values, drop=st.booleans())
def test_damaged_directories_never_crash_and_both_checkers_agree(
    where: tuple[Any, ...], value: Any, drop: bool
) -> None:
    data = copy.deepcopy(bundled())
    parent = data
    for step in where[:-1]:
        parent = parent[step]
    if drop:
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    schema_ok = jsonschema.Draft202012Validator(load_schema()).is_valid(data)
    fast = directory_check._schema_errors(data, load_schema())
    assert (not fast) == schema_ok, fast
    try:
        loaded = directory.parse_directory(data, full=True)
    except DirectoryError as exc:
        assert exc.problems
    else:
        assert loaded.centers


# -- importing ---------------------------------------------------------------------------------


def newer(tmp_path: Path, updated: str = "2027-01-15") -> Path:
    data = bundled()
    data["updated"] = updated
    data["centers"] = [c for c in data["centers"] if c["id"] != "cruk-nurses"]
    return write(tmp_path, data, f"centers-{updated}.json")


def test_a_good_import_is_copied_and_wins_when_newer(tmp_path: Path, data_dir: Path) -> None:
    source = newer(tmp_path)
    imported = import_directory(source, data_dir)
    target = data_dir / "centers.json"
    assert target.read_bytes() == source.read_bytes()
    assert imported.origin == target and imported.updated == date(2027, 1, 15)
    assert [p.name for p in data_dir.iterdir()] == ["centers.json"]  # no temp file left
    used = load_directory(data_dir=data_dir)
    assert used.origin == target and len(used.centers) == len(bundled()["centers"]) - 1


def test_an_older_import_is_kept_but_the_bundled_one_is_used(
    tmp_path: Path, data_dir: Path
) -> None:
    import_directory(newer(tmp_path, "2020-01-01"), data_dir)
    assert (data_dir / "centers.json").exists()
    used = load_directory(data_dir=data_dir)
    assert used.origin == resource_path("centers.json")
    assert len(used.centers) == len(bundled()["centers"])


def test_a_bad_import_changes_nothing(tmp_path: Path, data_dir: Path) -> None:
    good = newer(tmp_path)
    import_directory(good, data_dir)
    before = (data_dir / "centers.json").read_bytes()
    bad = write(tmp_path, mutate(lambda d: d["centers"][0]["phones"][0].pop("source")), "bad.json")
    with pytest.raises(DirectoryError):
        import_directory(bad, data_dir)
    assert (data_dir / "centers.json").read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["centers.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_directory(newer(tmp_path), data_dir)
    before = (data_dir / "centers.json").read_bytes()

    def full_disk(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(directory.os, "replace", full_disk)
    with pytest.raises(DirectoryError, match="could not be saved"):
        import_directory(newer(tmp_path, "2028-01-01"), data_dir)
    assert (data_dir / "centers.json").read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["centers.json"]


def test_a_damaged_imported_copy_falls_back_to_the_bundled_one(data_dir: Path) -> None:
    (data_dir / "centers.json").write_text("{ not json", encoding="utf-8")
    used = load_directory(data_dir=data_dir)
    assert used.origin == resource_path("centers.json")
    assert used.notice and "built-in" in used.notice


def test_start_up_load_imports_neither_jsonschema_nor_phonenumbers() -> None:
    code = (
        "import sys\n"
        "from companion.directory.centers import load_directory\n"
        "d = load_directory()\n"
        "assert len(d.centers) > 5\n"
        "print(sorted(m for m in ('jsonschema', 'phonenumbers') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    assert result.stdout.strip() == "[]"


# -- phone numbers -----------------------------------------------------------------------------


def test_parse_phone_reads_what_families_type() -> None:
    assert phones.parse_phone("(734) 936-9814") == "+17349369814"
    assert phones.parse_phone("734.936.9814", "us") == "+17349369814"
    assert phones.parse_phone("0808 800 4040", "GB") == "+448088004040"
    assert phones.parse_phone("+44 808 800 4040", "US") == "+448088004040"


@pytest.mark.parametrize(
    ("typed", "region"),
    [("12", "US"), ("", "US"), ("call me", "US"), ("734-936-9814", "XX"), ("0808 800 404", "GB")],
)
def test_invalid_numbers_are_refused_without_repeating_them(typed: str, region: str) -> None:
    with pytest.raises(phones.PhoneError) as caught:
        phones.parse_phone(typed, region)
    message = str(caught.value)
    assert message and not any(ch.isdigit() for ch in message.replace("+", ""))


def test_national_format_falls_back_to_international_abroad() -> None:
    assert phones.national("+17349369814") == "734-936-9814"
    assert phones.national("+17349369814", "CA") == "+1 734-936-9814"  # dialled from Canada
    assert phones.national("+448088004040", "US") == "+44 808 800 4040"
    assert phones.region_of("+448088004040") == "GB"
    assert not phones.is_valid_e164("+1 734 936 9814")
    with pytest.raises(phones.PhoneError):
        phones.national("not a number")
