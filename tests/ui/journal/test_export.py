"""Calendar (.ics) and spreadsheet (CSV) exports; the CSV asks first, it is not encrypted."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar
from PySide6.QtWidgets import QMessageBox, QPushButton

from bench.datagen import write_records
from companion.journal import Journal
from companion.journal.exports import csvfile
from companion.journal.records import Child, Note, TemperatureReading
from companion.ui.journal import export
from companion.ui.journal.journal_page import JournalPage
from companion.ui.shell.help_dialog import user_guide_markdown


def events(path: Path) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return [str(event.get("summary")) for event in calendar.walk("VEVENT")]


def test_one_or_all_upcoming_appointments_to_ics(
    qtbot, page: JournalPage, journal: Journal, maya: Child, tmp_path: Path, monkeypatch
):
    soon = datetime.now(UTC) + timedelta(days=2)
    first = journal.add_appointment(maya.id, soon, "Europe/Paris", purpose="Scan results")
    journal.add_appointment(maya.id, soon + timedelta(days=7), "UTC", purpose="Counts")
    journal.add_appointment(maya.id, soon - timedelta(days=30), "UTC", purpose="Past visit")
    page.refresh_all()
    page.show_tab(page.visits)
    assert len(page.visits.cards) == 2

    one = tmp_path / "one.ics"
    asked: list[str] = []

    def refuse(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    page.visits.export_calendar(first.id, path=str(one))
    assert "calendar file will NOT be encrypted" in asked[0]
    assert not one.exists()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.status_message) as status:
        page.visits.export_calendar(first.id, path=str(one))
    assert "1 appointment" in status.args[0]
    assert "not encrypted" in status.args[0]
    assert events(one) == ["Scan results"]
    everything = tmp_path / "all.ics"
    page.visits.export_calendar(None, path=str(everything))
    assert sorted(events(everything)) == ["Counts", "Scan results"]


def test_ticking_a_question_during_the_visit_is_saved(qtbot, page: JournalPage, journal, maya):
    item = journal.add_appointment(
        maya.id, datetime.now(UTC) + timedelta(hours=1), "UTC", questions=["Counts?", "Next?"]
    )
    page.visits.refresh()
    [card] = page.visits.cards
    from PySide6.QtCore import Qt

    card.checklist.item(1).setCheckState(Qt.CheckState.Checked)
    stored = journal.get("appointment", item.id)
    assert [q.done for q in stored.questions] == [False, True]  # type: ignore[union-attr]


def test_csv_export_warns_then_writes(
    qtbot, page: JournalPage, journal: Journal, maya: Child, tmp_path: Path, monkeypatch
):
    journal.add_note('=HYPERLINK("http://example.invalid")', maya.id)
    journal.add_symptom(maya.id, "mouth_sores", 2)
    target = tmp_path / "entries.csv"
    asked: list[str] = []

    def refuse(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    assert page.export_csv(str(target)) is None
    assert "NOT be encrypted" in asked[0]
    assert not target.exists()

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.status_message) as status:
        assert page.export_csv(str(target)) == 2
    assert "not encrypted" in status.args[0]
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["When", "Local time", "Child", "Type", "Entry"]
    body = {row[3]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert body["Symptom"]["Child"] == "Maya"
    assert body["Symptom"]["Entry"] == "Mouth sores"
    assert body["Symptom"]["Severity (0-4)"] == "2"
    assert body["Note"]["Entry"].startswith("'=")  # never run as a formula


def test_csv_export_without_the_dialog(journal: Journal, maya: Child, tmp_path: Path):
    journal.add_note("Hello", maya.id)
    target = tmp_path / "plain.csv"
    assert export.export_csv(journal, None, path=target, confirm=False) == 1
    assert "Hello" in target.read_text(encoding="utf-8-sig")


def test_csv_export_pages_by_keyset_through_a_long_journal(
    journal: Journal, maya: Child, tmp_path: Path, monkeypatch
):
    """Each page continues after the last entry written, never at an offset (which rereads
    every row before it), and nothing is lost or repeated where entries share a moment."""
    total = csvfile.PAGE * 2 + 37
    at = datetime(2024, 1, 1, tzinfo=UTC)
    made: list[Any] = []
    for n in range(total):
        if n % 7 == 0:
            at += timedelta(minutes=11)  # clusters of seven share a time, across page edges
        if n % 2:
            made.append(Note(text=f"Entry {n}", child_id=maya.id, written_at=at))
        else:
            made.append(TemperatureReading(child_id=maya.id, value=36.6, taken_at=at))
    write_records(journal._repo().engine, made)
    expected = journal.timeline(limit=total + 10)
    calls: list[dict[str, Any]] = []
    real = journal.timeline

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(journal, "timeline", spy)
    target = tmp_path / "long.csv"
    assert export.export_csv(journal, None, path=target, confirm=False) == total
    assert len(calls) == 3
    PAGE = csvfile.PAGE
    assert all(not call.get("offset") for call in calls)
    assert calls[0].get("after") is None
    assert [call["after"] for call in calls[1:]] == [
        expected[PAGE - 1],
        expected[2 * PAGE - 1],
    ]
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    notes = [row[4] for row in rows if row[3] == "Note"]
    assert notes == [e.title for e in expected if e.kind == "note"]
    assert len(rows) == len(expected) == total


def test_the_user_guide_finds_the_exports_where_the_journal_has_them(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    """Every "More > ..." path in the guide is an item of the More menu, the calendar buttons
    are named as they read, and the guide repeats the warning: the file is not encrypted."""
    guide = " ".join(user_guide_markdown().split())
    menu = {action.text().replace("&", "") for action in page.more_menu.actions()}
    paths = re.findall(r"\*\*More > (.+?)\*\*", guide)
    assert "Export entries to a spreadsheet (CSV)…" in paths
    assert set(paths) <= menu, set(paths) - menu
    for words in ("not encrypted", "Anyone who can open it can read everything in it"):
        assert words in guide
    journal.add_appointment(maya.id, datetime.now(UTC) + timedelta(days=1), "UTC")
    page.visits.refresh()
    [card] = page.visits.cards
    [one] = [b for b in card.findChildren(QPushButton) if "calendar" in b.accessibleName()]
    for button in (one, page.visits.all_to_calendar):
        assert f"**{button.text()}**" in guide


def test_json_export_warns_first_and_imports_into_a_new_journal(
    qtbot, page: JournalPage, journal: Journal, maya: Child, tmp_path: Path, monkeypatch
):
    from companion.journal import write_json
    from tests.support.full_journal import fill
    from tests.support.journals import create_journal

    other, _code = create_journal(tmp_path / "other")
    try:
        fill(other)
        source = tmp_path / "from-other.json"
        write_json(other, source)
    finally:
        other.close()
    with qtbot.waitSignal(page.status_message) as status:
        assert page.import_json(str(source)) == 17
    assert "Imported 17 records" in status.args[0]
    assert [c.name for c in journal.list_children()] == ['Maya, "May"']  # the set-up child went

    asked: list[str] = []

    def refuse(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    target = tmp_path / "mine.json"
    monkeypatch.setattr(QMessageBox, "warning", refuse)
    assert page.export_json(str(target)) is None
    assert "JSON file will NOT be encrypted" in asked[0]
    assert not target.exists()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.status_message) as status:
        assert page.export_json(str(target)) == 17
    assert "not encrypted" in status.args[0]
    assert target.read_bytes() == source.read_bytes()
