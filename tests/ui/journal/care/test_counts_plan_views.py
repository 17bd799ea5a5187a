"""The Counts and Plan tabs, the header's "Day 8 of cycle 3", the visit summary's counts and the
calendar's treatment days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate

from companion.journal import Journal
from companion.journal.counts import thresholds as th
from companion.journal.plan.treatment_plan import local_day
from companion.journal.records import Child
from companion.ui.journal.counts.count_chart import CountChart
from companion.ui.journal.counts.counts_view import CountsView, count_data
from companion.ui.journal.counts.summary_counts import counts_html, counts_image
from companion.ui.journal.export import export_calendar
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.plan.plan_view import PlanView
from companion.ui.journal.reports.visit_summary import paper_palette, write_visit_summary
from tests.ui.helpers import click

NOW = datetime.now(UTC)


def test_thresholds_are_the_familys_and_drawn_in_their_unit(
    qtbot, journal: Journal, maya: Child
) -> None:
    view = CountsView(journal)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    assert journal.get_setting(th.SETTINGS_KEY) is None  # nothing until the family enters it
    assert "Examples (not your team's numbers)" in view.examples.text()
    assert "Children's Hospital of Philadelphia: Caring for Your Child" in view.examples.text()
    view.values["anc"].setValue(500)
    view.units["anc"].setCurrentIndex(view.units["anc"].findData("/uL"))
    click(qtbot, view.save_button)
    assert journal.get_setting(th.SETTINGS_KEY) == {"anc": [500.0, "/uL"]}
    journal.add_blood_count(maya.id, NOW - timedelta(days=2), anc=0.45, platelets=30)
    data = count_data(journal, maya.id, NOW - timedelta(days=30), NOW + timedelta(days=1))
    assert data.series["anc"].unit == "/uL"
    assert data.series["anc"].points[0][1] == 450
    assert data.series["anc"].threshold == 500
    assert data.series["platelets"].threshold is None


def test_the_words_link_to_the_glossary(qtbot, journal: Journal, maya: Child) -> None:
    from companion.glossary.terms import load_glossary

    glossary = load_glossary()
    view = CountsView(journal, lambda: glossary)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    html = view.words_html()
    for term in ("neutropenia", "platelets", "transfusion"):
        assert f'href="glossary:{term}"' in html
    with qtbot.waitSignal(view.term_activated) as got:
        view.words.anchorClicked.emit(
            __import__("PySide6.QtCore").QtCore.QUrl("glossary:platelets")
        )
    assert got.args == ["platelets"]


def test_a_year_of_weekly_counts_draws_with_its_thresholds(qtbot, journal: Journal, maya):
    start = NOW - timedelta(days=365)
    for week in range(52):
        journal.add_blood_count(
            maya.id,
            start + timedelta(weeks=week),
            anc=0.2 + week / 50,
            platelets=10 + week,
            hemoglobin=8 + week / 26,
        )
    journal.set_setting(th.SETTINGS_KEY, {"platelets": [20, "10^9/L"]})
    data = count_data(journal, maya.id, start, NOW + timedelta(days=1))
    image = counts_image(data, paper_palette())
    # The dashed threshold line is drawn in the warning red; the image is not blank.
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert "#b3261e" in colours and len(colours) > 5
    chart = CountChart()
    qtbot.addWidget(chart)
    chart.set_data(data)
    assert "Platelets (10^9/L): latest 61" in chart.accessibleDescription()


def test_the_plan_tab_shifts_a_delayed_cycle(qtbot, journal: Journal, maya: Child) -> None:
    today = NOW.astimezone().date()
    cycle = journal.add_cycle(
        maya.id, "Cycle 3", today - timedelta(days=7), "UTC", number=3, days=[1, 8, 15]
    )
    view = PlanView(journal)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    assert view.today.text() == "Day 8 of cycle 3"
    assert view.upcoming.count() == 2
    view.cycles.setCurrentRow(0)
    view.shift_days.setValue(3)
    click(qtbot, view.shift_button)
    assert local_day(journal.list_cycles(maya.id)[0].starts_at, "UTC") == today - timedelta(days=4)
    assert [local_day(d.starts_at, "UTC") for d in journal.cycle_days(cycle.id)][
        1
    ] == today + timedelta(days=3)
    assert view.today.text() == "Day 5 of cycle 3"


def test_the_journal_header_says_where_in_the_plan(qtbot, page: JournalPage, journal, maya):
    journal.add_cycle(
        maya.id, "Cycle 3", NOW.astimezone().date() - timedelta(days=7), "UTC", number=3
    )
    page.refresh_all()
    assert page.plan_day.text() == "Day 8 of cycle 3"
    form = page.open_form("treatment_cycle")
    qtbot.keyClicks(form.name, "Cycle 4")
    form.number.setValue(4)
    form.first_day.setDate(QDate.currentDate())
    assert form.save()
    assert page.plan_day.text() == "Day 1 of cycle 4"


def test_the_visit_summary_has_the_latest_anc_and_the_counts(
    qtbot, journal: Journal, maya: Child, tmp_path: Path
) -> None:
    journal.add_blood_count(maya.id, NOW - timedelta(days=40), anc=0.9)
    journal.add_blood_count(
        maya.id, NOW - timedelta(days=3), count_unit="/uL", anc=450, platelets=22000
    )
    parts = "".join(counts_html(journal, maya.id, NOW - timedelta(days=14), NOW))
    assert "Latest ANC: 450 /uL (blood taken" in parts
    assert "22,000 /uL" in parts and "companion-chart:counts" in parts
    pages = write_visit_summary(
        journal, maya.id, NOW - timedelta(days=14), NOW, tmp_path / "summary.pdf"
    )
    assert pages >= 1
    from pypdf import PdfReader

    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages).split()
    )
    assert "Latest ANC: 450 /uL" in text and "Blood counts" in text


def test_the_calendar_holds_the_treatment_days(qtbot, journal: Journal, maya: Child, tmp_path):
    journal.add_cycle(
        maya.id,
        "Cycle 3",
        NOW.astimezone().date(),
        "UTC",
        number=3,
        days=[(1, "Vincristine", False), (8, "Cytarabine", True)],
    )
    target = tmp_path / "plan.ics"
    assert export_calendar(journal, None, maya.id, path=str(target), confirm=False) == 2
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Day 8 of cycle 3: Cytarabine (if the counts allow)" in text
    assert text.count("DTSTART;VALUE=DATE:") == 2


def test_fixed_dates_are_days_not_times() -> None:
    assert local_day(datetime(2024, 3, 1, 23, 0, tzinfo=UTC), "Europe/Madrid") == date(2024, 3, 2)


def test_a_planned_day_opens_its_cycle_and_counts_read_in_full(
    qtbot, page: JournalPage, journal: Journal, maya: Child
) -> None:
    cycle = journal.add_cycle(
        maya.id,
        "Cycle 2",
        NOW.astimezone().date(),
        "UTC",
        number=2,
        days=[(1, "Vincristine", False)],
    )
    journal.add_blood_count(maya.id, NOW - timedelta(hours=1), wbc=2.0, segs=20, bands=5)
    page.refresh_all()
    rows = [page.timeline.model.entry(n) for n in range(page.timeline.model.rowCount())]
    day_row = next(n for n, e in enumerate(rows) if e is not None and e.kind == "treatment_day")
    page.timeline.table.selectRow(day_row)
    assert page.timeline.edit_button.isEnabled()
    page.timeline.edit_current()
    assert page.form is not None and page.form.kind == "treatment_cycle"
    assert page.form.existing.id == cycle.id
    page.close_form()
    count_row = next(n for n, e in enumerate(rows) if e is not None and e.kind == "blood_count")
    page.timeline.table.selectRow(count_row)
    shown = page.timeline.detail.toPlainText()
    assert "ANC 0.5 10^9/L" in shown and "worked out from the WBC" in shown


def test_treatment_days_show_with_the_visits(qtbot, journal: Journal, maya: Child) -> None:
    from companion.ui.journal.visits_view import VisitsView

    journal.add_cycle(
        maya.id,
        "Cycle 5",
        NOW.astimezone().date() + timedelta(days=1),
        "UTC",
        number=5,
        days=[(1, "Topotecan", False)],
    )
    view = VisitsView(journal)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    assert "Treatment days coming up" in view.treatment_days.text()
    assert "Day 1 of cycle 5 · Topotecan" in view.treatment_days.text()
    assert view.all_to_calendar.isEnabled()
