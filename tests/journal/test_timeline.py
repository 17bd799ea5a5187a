"""Timeline paging and filters, counts, full-text search, and the indexes behind them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.journal.records import TIMELINE_KINDS, Child, TimelineEntry, TimelineFilter
from companion.storage import engine as db
from companion.storage.timeline import fts_query
from tests.support.journals import create_journal

T0 = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    opened, _code = create_journal(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def filled(journal: Journal) -> tuple[Journal, Child, Child]:
    """Two children; 240 entries an hour apart, alternating kinds and children."""
    anna, ben = journal.add_child("Anna"), journal.add_child("Ben")
    for i in range(240):
        who = anna if i % 2 == 0 else ben
        at = T0 + timedelta(hours=i)
        if i % 3 == 0:
            journal.add_note(f"note number {i} about sleep", who.id, written_at=at)
        elif i % 3 == 1:
            journal.add_temperature(who.id, 37.5, taken_at=at)
        else:
            journal.add_symptom(who.id, "nausea", i % 5, recorded_at=at)
    return journal, anna, ben


def test_pages_cover_everything_once_newest_first(filled: tuple[Journal, Child, Child]) -> None:
    journal, _anna, _ben = filled
    seen = []
    offset = 0
    while page := journal.timeline(offset=offset, limit=50):
        seen.extend(page)
        offset += len(page)
    assert len(seen) == journal.timeline_count() == 240
    assert len({e.id for e in seen}) == 240
    times = [e.at for e in seen]
    assert times == sorted(times, reverse=True)
    assert seen[0].at == T0 + timedelta(hours=239)


def test_filters_combine(filled: tuple[Journal, Child, Child]) -> None:
    journal, anna, _ben = filled
    start, end = T0 + timedelta(hours=24), T0 + timedelta(hours=48)
    page = journal.timeline(child_id=anna.id, kinds=["note"], start=start, end=end)
    expected = [i for i in range(24, 48) if i % 2 == 0 and i % 3 == 0]
    assert [e.at for e in page] == [T0 + timedelta(hours=i) for i in reversed(expected)]
    assert {e.kind for e in page} == {"note"} and {e.child_id for e in page} == {anna.id}
    count = journal.timeline_count(child_id=anna.id, kinds=["note"], start=start, end=end)
    assert count == len(expected)
    assert journal.timeline_count(kinds=["temperature", "symptom"]) == 160
    assert journal.timeline(kinds=[]) == [] and journal.timeline_count(kinds=[]) == 0
    with pytest.raises(ValueError):
        journal.timeline(kinds=["diary"])


def test_text_filter_uses_search(filled: tuple[Journal, Child, Child]) -> None:
    journal, _anna, ben = filled
    assert journal.timeline_count(text="sleep") == 80
    page = journal.timeline(child_id=ben.id, text="NUMBER 9")
    assert [e.title.split()[2] for e in page] == ["99", "93", "9"]
    assert journal.timeline_count(text="number 99") == 1
    assert journal.timeline_count(text="   ") == 240
    assert journal.timeline_count(text="?!") == 0


def test_timeline_titles_and_details(journal: Journal) -> None:
    child = journal.add_child("C")
    journal.add_note("First line\nsecond line", child.id, written_at=T0)
    journal.add_temperature(child.id, 38.4, "C", method="ear", taken_at=T0 + timedelta(1))
    entries = journal.timeline()
    assert (entries[0].kind, entries[0].title, entries[0].detail) == (
        "temperature",
        "38.4 °C",
        "in the ear",
    )
    assert (entries[1].title, entries[1].detail) == ("First line", "second line")


def test_search_is_case_accent_and_prefix_tolerant(journal: Journal) -> None:
    child = journal.add_child("C")
    fever = journal.add_note("Fiebre alta por la noche", child.id)
    journal.add_note("Nothing relevant", child.id)
    for query in ("fiebre", "FIEBRE", "fiébre", "fieb", "alta fie", "noche fiebre"):
        assert [e.id for e in journal.search(query)] == [fever.id], query
    assert journal.search("fie alta") == []  # only the last word is a prefix
    assert journal.search("") == [] and journal.search("  ") == []


@pytest.mark.parametrize(
    "typed", ['"', "NEAR(a b)", "a OR", "*", "col:fever", "-x", "(", "^start", "a AND NOT b"]
)
def test_search_never_reads_typing_as_syntax(journal: Journal, typed: str) -> None:
    journal.add_note("fever at night")
    assert isinstance(journal.search(typed), list)
    query = fts_query(typed)
    assert query is None or all(part.startswith('"') for part in query.split(" "))


def test_symptoms_are_found_by_the_other_names_the_list_shows(journal: Journal) -> None:
    child = journal.add_child("C")
    vomiting = journal.add_symptom(child.id, "vomiting", 2)
    speaking = journal.add_symptom(child.id, "confusion_speaking", 1)
    pain = journal.add_symptom(child.id, "pain", 3, detail="tummy")
    note = journal.add_note("Vomiting twice after dinner", child.id)
    journal.add_note("Nothing relevant", child.id)
    assert {e.id for e in journal.search("throwing up")} == {vomiting.id, note.id}
    assert [e.id for e in journal.search("trouble speak")] == [speaking.id]
    assert journal.search("feeling sick") == []  # nausea was never recorded
    assert journal.search("where") == []  # "say where" is an instruction, not a name
    assert [e.id for e in journal.search("tummy")] == [pain.id]
    timeline = journal.timeline(text="throwing up")
    assert {e.id for e in timeline} == {vomiting.id, note.id}
    assert journal.timeline_count(text="throwing up") == 2
    assert journal.timeline_position("symptom", vomiting.id, text="throwing up") is not None
    assert journal.timeline(text="throwing up", kinds=["symptom"])[0].id == vomiting.id


def test_alternative_phrases_are_quoted_too() -> None:
    assert fts_query("throwing up", ("vomiting", "mouth_sores")) == (
        '("throwing" "up"*) OR "vomiting" OR "mouth sores"'
    )
    assert fts_query("x", ('"a" OR NEAR(b', "", "?")) == '("x"*) OR "a OR NEAR b"'
    assert fts_query("?", ("vomiting",)) is None


def test_search_covers_every_kind_and_contacts(journal: Journal) -> None:
    child = journal.add_child("C")
    med = journal.add_medicine(child.id, "zebramycin")
    journal.add_dose(child.id, med.id, notes="zebrafood")
    journal.add_contact("Zebra clinic", phone="+34 1")
    journal.add_question("Is zebra ok?", child.id)
    journal.add_appointment(child.id, T0, "UTC", questions=["zebra question"])
    journal.add_symptom(child.id, "zebra rash", 1)
    journal.add_temperature(child.id, 38.0, notes="zebra blanket")
    journal.add_fever_event(child.id, "rule", "zebra summary")
    kinds = {e.kind for e in journal.search("zebra", limit=100)}
    expected = {"medicine", "dose", "contact", "question", "appointment", "symptom"}
    assert kinds == expected | {"temperature", "fever"}
    assert "contact" not in {e.kind for e in journal.timeline()}
    assert set(TIMELINE_KINDS) >= kinds - {"contact"}


def test_search_follows_edits_deletes_and_purge(journal: Journal) -> None:
    import dataclasses

    note = journal.add_note("platypus")
    assert journal.search("platypus")
    journal.update(dataclasses.replace(note, text="echidna"))
    assert journal.search("platypus") == [] and journal.search("echidna")
    journal.delete("note", note.id)
    assert journal.search("echidna") == []
    journal.undo_delete("note", note.id)
    assert journal.search("echidna")
    journal.delete("note", note.id)
    journal.purge_deleted()
    assert journal.search("echidna") == []


def test_timeline_pages_walk_an_index_without_sorting(
    filled: tuple[Journal, Child, Child],
) -> None:
    journal, anna, _ben = filled
    engine = journal._repo().engine
    from sqlalchemy.dialects import sqlite

    from companion.storage import timeline

    for filters in (
        TimelineFilter(),
        TimelineFilter(child_id=anna.id),
        TimelineFilter(kinds=("note",), start=T0),
        TimelineFilter(kinds=("note", "symptom"), end=T0 + timedelta(days=3)),
        TimelineFilter(child_id=anna.id, kinds=("temperature", "fever")),
    ):
        stmt = timeline.page_query(filters, offset=100, limit=100)
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with db.read(engine) as conn:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
        plan = " | ".join(str(row[-1]) for row in rows)
        assert "INDEX ix_entry_" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


# ----- keyset paging -------------------------------------------------------------------------


@pytest.fixture
def tied(filled: tuple[Journal, Child, Child]) -> tuple[Journal, Child, Child]:
    """The 240 entries plus clusters written at the very same moment (kinds and children
    mixed), so paging has to break ties on kind and insertion order."""
    journal, anna, ben = filled
    for cluster in range(6):
        at = T0 + timedelta(hours=40 * cluster, minutes=30)
        for n in range(9):
            who = anna if n % 2 else ben
            if n % 3 == 0:
                journal.add_note(f"tied note {cluster} {n} sleep", who.id, written_at=at)
            elif n % 3 == 1:
                journal.add_temperature(who.id, 37.0, taken_at=at)
            else:
                journal.add_symptom(who.id, "cough", 1, recorded_at=at)
    return journal, anna, ben


def _filter_sets(anna: Child) -> list[dict[str, object]]:
    return [
        {},
        {"child_id": anna.id},
        {"kinds": ["note"]},
        {"kinds": ["note", "symptom"]},
        {"child_id": anna.id, "kinds": ["temperature", "symptom"]},
        {"start": T0 + timedelta(hours=30), "end": T0 + timedelta(hours=200)},
        {"text": "sleep"},
        {"text": "sleep", "child_id": anna.id, "start": T0 + timedelta(hours=50)},
    ]


def _everything(journal: Journal, **filters: object) -> list[TimelineEntry]:
    return journal.timeline(**filters, limit=10_000)  # type: ignore[arg-type]


def test_a_page_after_any_entry_is_the_offset_page(tied: tuple[Journal, Child, Child]) -> None:
    journal, anna, _ben = tied
    for filters in _filter_sets(anna):
        full = _everything(journal, **filters)
        assert len(full) == journal.timeline_count(**filters)  # type: ignore[arg-type]
        assert len({(e.at, e.kind, e.seq) for e in full}) == len(full), filters
        for i, entry in enumerate(full):
            after = journal.timeline(**filters, after=entry, limit=7)  # type: ignore[arg-type]
            assert after == journal.timeline(**filters, offset=i + 1, limit=7), (filters, i)  # type: ignore[arg-type]
            before = journal.timeline(**filters, before=entry, limit=7)  # type: ignore[arg-type]
            assert before == full[max(0, i - 7) : i], (filters, i)
        if full:
            assert journal.timeline(**filters, after=full[-1]) == []  # type: ignore[arg-type]
            assert journal.timeline(**filters, before=full[0]) == []  # type: ignore[arg-type]


def test_walking_by_keyset_visits_every_entry_once_in_order(
    tied: tuple[Journal, Child, Child],
) -> None:
    journal, _anna, _ben = tied
    full = _everything(journal)
    down = journal.timeline(limit=25)
    while page := journal.timeline(after=down[-1], limit=25):
        down += page
    up = full[-25:]
    while page := journal.timeline(before=up[0], limit=25):
        up = page + up
    assert down == up == full
    assert len(full) == 240 + 54


def test_the_cursor_survives_its_entry_being_deleted(tied: tuple[Journal, Child, Child]) -> None:
    journal, _anna, _ben = tied
    full = _everything(journal)
    gone = full[100]
    journal.delete(gone.kind, gone.id)
    assert journal.timeline(after=gone, limit=5) == full[101:106]
    assert journal.timeline(before=gone, limit=5) == full[95:100]


def test_keyset_needs_an_entry_read_from_the_timeline(filled: tuple[Journal, Child, Child]):
    journal, _anna, _ben = filled
    first = journal.timeline(limit=1)[0]
    with pytest.raises(ValueError):
        journal.timeline(after=dataclasses.replace(first, seq=None))
    with pytest.raises(ValueError):
        journal.timeline(after=first, before=first)


def test_position_is_the_row_of_the_entry(tied: tuple[Journal, Child, Child]) -> None:
    journal, anna, ben = tied
    for filters in _filter_sets(anna):
        full = _everything(journal, **filters)
        for row in range(0, len(full), 3):
            entry = full[row]
            assert journal.timeline_position(entry.kind, entry.id, **filters) == row  # type: ignore[arg-type]
    bens = _everything(journal, child_id=ben.id)[0]
    assert journal.timeline_position(bens.kind, bens.id, child_id=anna.id) is None
    assert journal.timeline_position("note", bens.id) is None  # the kind must match too
    journal.delete(bens.kind, bens.id)
    assert journal.timeline_position(bens.kind, bens.id) is None


def test_keyset_pages_seek_in_an_index_without_sorting(
    filled: tuple[Journal, Child, Child],
) -> None:
    journal, anna, _ben = filled
    engine = journal._repo().engine
    from sqlalchemy.dialects import sqlite

    from companion.storage import timeline

    entry = journal.timeline(offset=120, limit=1)[0]
    for filters in (
        TimelineFilter(),
        TimelineFilter(child_id=anna.id),
        TimelineFilter(kinds=("note",), start=T0),
        TimelineFilter(kinds=("note", "symptom"), end=T0 + timedelta(days=3)),
        TimelineFilter(child_id=anna.id, kinds=("temperature", "fever")),
    ):
        for way in ({"after": entry}, {"before": entry}):
            stmt = timeline.page_query(filters, offset=0, limit=100, **way)
            sql = str(
                stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            with db.read(engine) as conn:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            plan = " | ".join(str(row[-1]) for row in rows)
            assert re.search(r"SEARCH entry USING INDEX ix_entry_\w+ \(.*\bat[<>]", plan), plan
            assert "TEMP B-TREE" not in plan, plan
