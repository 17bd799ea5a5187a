"""The visit summary PDF: rendered pages are not blank and the text is what the team needs."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage

from bench.datagen import write_records
from companion.demo import fill_demo_journal
from companion.journal import Journal
from companion.journal.records import Child, Question
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.reports.visit_summary import (
    MAX_NOTE_CHARS,
    short_note,
    write_visit_summary,
)


def rendered_pages(pdf: Path, folder: Path) -> list[QImage]:
    """Each page as a PNG made by poppler's pdftoppm (a second, independent PDF reader)."""
    tool = shutil.which("pdftoppm")
    assert tool is not None, "install poppler-utils (pdftoppm) to run this test"
    subprocess.run([tool, "-r", "40", "-png", str(pdf), str(folder / "page")], check=True)
    return [QImage(str(path)) for path in sorted(folder.glob("page-*.png"))]


def plain(text: str) -> str:
    """Extracted PDF text with ligatures (ﬀ) undone and words separated by single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def ink(image: QImage) -> float:
    """Share of sampled pixels that are not white."""
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            if image.pixel(x, y) & 0xFFFFFF < 0xF0F0F0:
                dark += 1
    return dark / total


def test_three_busy_months_make_a_full_summary(qtbot, journal: Journal, tmp_path: Path):
    today = date.today() - timedelta(days=1)
    child_id = fill_demo_journal(journal, today=today)
    end = datetime.now(UTC)
    start = end - timedelta(days=91)
    pdf = tmp_path / "summary.pdf"
    pages = write_visit_summary(journal, child_id, start, end, pdf)
    assert pages >= 2
    images = rendered_pages(pdf, tmp_path)
    assert len(images) == pages
    for image in images:
        assert ink(image) > 0.01
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == pages
    text = plain(" ".join(p.extract_text() for p in reader.pages))
    for expected in (
        "Visit summary: Maya",
        "Relapsed neuroblastoma",
        "Appointments",
        "Check-up and blood counts",
        "Symptoms",
        "Mouth sores",
        "Very severe",
        "Temperature and symptoms over time",
        "Fever events",
        "Fever: at or above the fever rule",
        "Medicines given",
        "Ondansetron",
        "Open questions",
        "What side effects should we expect from the next cycle?",
        "not medical advice",
        "Made on",
        f"Page 1 of {pages}",
    ):
        assert expected in text, expected
    assert "Can Maya go back to school" not in text  # answered questions stay out


def test_summary_tab_defaults_to_since_the_last_visit(
    qtbot, page: JournalPage, journal: Journal, maya: Child, tmp_path: Path
):
    visit = datetime.now(UTC) - timedelta(days=12)
    journal.add_appointment(maya.id, visit, "UTC", purpose="Clinic")
    journal.add_symptom(maya.id, "cough", 2, recorded_at=visit + timedelta(days=1))
    journal.add_symptom(maya.id, "rash", 3, detail="arms", recorded_at=visit - timedelta(days=5))
    journal.add_question("Is the rash from the new medicine?", maya.id)
    page.refresh_children()
    summary = page.summary
    page.show_tab(summary)
    assert summary.start.date().toPython() == visit.astimezone().date()
    assert "Since the last appointment (Clinic)" in summary.since_label.text()
    pdf = tmp_path / "visit.pdf"
    with qtbot.waitSignal(page.status_message) as status:
        pages = summary.make_summary(pdf, confirm=False)
    assert pages == 1
    assert str(pdf) in status.args[0]
    assert summary.open_button.isEnabled()
    text = plain(PdfReader(str(pdf)).pages[0].extract_text())
    assert "Cough" in text
    assert "Rash" not in text  # before the chosen range
    assert "Is the rash from the new medicine?" in text
    assert ink(rendered_pages(pdf, tmp_path)[0]) > 0.01


def test_open_questions_are_the_periods_and_the_latest_older_ones(
    qtbot, journal: Journal, maya: Child, tmp_path: Path
):
    end = datetime(2025, 6, 1, 12, tzinfo=UTC)
    start = end - timedelta(days=91)
    older = [
        Question(text=f"Older question {n}?", child_id=maya.id, asked_at=start - timedelta(n + 1))
        for n in range(300)
    ]
    write_records(journal._repo().engine, older)
    journal.add_question("Asked in the period?", maya.id, asked_at=start + timedelta(days=3))
    answered = journal.add_question("Answered already?", maya.id, asked_at=start + timedelta(4))
    journal.answer_question(answered.id, "Yes")
    journal.add_question("Asked after the period?", maya.id, asked_at=end + timedelta(days=1))
    pdf = tmp_path / "questions.pdf"
    pages = write_visit_summary(journal, maya.id, start, end, pdf)
    text = plain(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert "Asked in the period?" in text
    assert "Answered already?" not in text and "Asked after the period?" not in text
    assert "Still open from before" in text
    shown = [n for n in range(300) if f"Older question {n}? (" in text]
    assert shown == list(range(20))  # the twenty most recent
    assert "and 280 older open questions" in text
    assert pages <= 2


def test_no_open_questions_says_so(qtbot, journal: Journal, maya: Child, tmp_path: Path):
    end = datetime.now(UTC)
    journal.add_question("Old but open?", maya.id, asked_at=end - timedelta(days=200))
    pdf = tmp_path / "none.pdf"
    write_visit_summary(journal, maya.id, end - timedelta(days=30), end, pdf)
    text = plain(PdfReader(str(pdf)).pages[0].extract_text())
    assert "None asked in this period." in text
    assert "Old but open? (" in text and "older open question" not in text
    journal.answer_question(journal.list_questions(maya.id)[0].id, "Yes")
    write_visit_summary(journal, maya.id, end - timedelta(days=30), end, pdf)
    assert "No open questions." in plain(PdfReader(str(pdf)).pages[0].extract_text())


def test_long_after_visit_notes_are_shortened(qtbot, journal: Journal, maya: Child, tmp_path):
    """Three months of weekly visits, each with pages of notes, still make a short summary."""
    end = datetime(2025, 6, 1, 12, tzinfo=UTC)
    start = end - timedelta(days=91)
    filler = "Counts were fine and the plan stays the same for now. " * 60  # ~3,300 characters
    for week in range(13):
        journal.add_appointment(
            maya.id,
            start + timedelta(days=7 * week + 2),
            "UTC",
            purpose=f"Weekly visit {week}",
            after_notes=f"Visit {week} began well.\n{filler}\nTail {week} of the note.",
        )
    pdf = tmp_path / "visits.pdf"
    pages = write_visit_summary(journal, maya.id, start, end, pdf)
    text = plain(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert pages <= 3
    for week in range(13):
        assert f"Weekly visit {week}" in text  # every visit of the period is listed
        assert f"Visit {week} began well." in text  # with the start of its note
        assert f"Tail {week} of the note" not in text
    assert text.count("...") >= 13  # "…" once plain() has normalised it
    assert "Long notes are shortened here. The full notes are in the journal." in text


def test_short_notes_stay_whole_and_long_ones_end_at_a_word():
    assert short_note("  Counts fine.\nNext scan in May.  ") == "Counts fine.\nNext scan in May."
    long = "word " * 100
    shortened = short_note(long)
    assert shortened.endswith("word…") and len(shortened) <= MAX_NOTE_CHARS + 1
    unbroken = "x" * 500
    assert short_note(unbroken) == "x" * MAX_NOTE_CHARS + "…"
    assert short_note("Fine.\n" + "\n" * 300 + "Home.") == "Fine. Home."  # fits once joined


def test_the_summary_reads_the_charts_records_once(
    qtbot, journal: Journal, tmp_path: Path, monkeypatch
):
    """The chart and the tables share one read of readings, symptoms and fever events."""
    child_id = fill_demo_journal(journal, today=date.today() - timedelta(days=1))
    calls: Counter[str] = Counter()
    for name in ("readings_between", "symptoms_between", "list_fever_events"):
        real = getattr(journal, name)

        def counted(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(journal, name, counted)
    end = datetime.now(UTC)
    pdf = tmp_path / "once.pdf"
    write_visit_summary(journal, child_id, end - timedelta(days=30), end, pdf)
    assert calls == {"readings_between": 1, "symptoms_between": 1, "list_fever_events": 1}
    text = plain(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert "Fever: at or above the fever rule" in text and "readings. Highest:" in text
