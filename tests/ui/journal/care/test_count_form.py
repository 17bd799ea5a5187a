"""The blood count form: typed from a sheet, the ANC sum shown, units kept, impossible values
refused in words, edits saved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from companion.journal import Journal
from companion.journal.records import BloodCount, Child
from companion.ui.journal.counts.count_form import BloodCountForm, parse_number, parse_others
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click, press


def test_type_wbc_segs_bands_and_see_the_sum(qtbot, page: JournalPage, journal: Journal, maya):
    click(qtbot, page.add_buttons["blood_count"])
    form = page.form
    assert isinstance(form, BloodCountForm)
    form.count_unit.setCurrentIndex(form.count_unit.findData("/uL"))
    qtbot.keyClicks(form.fields["wbc"], "3,200")
    qtbot.keyClicks(form.fields["segs"], "40")
    qtbot.keyClicks(form.fields["bands"], "5")
    assert form.sum.text() == "3,200 x (40 + 5)% = 1,440 /uL"
    qtbot.keyClicks(form.fields["platelets"], "18000")
    form.hgb_unit.setCurrentIndex(form.hgb_unit.findData("g/L"))
    qtbot.keyClicks(form.fields["hemoglobin"], "85")
    qtbot.keyClicks(form.others, "CRP = 12 mg/L")
    press(qtbot, form.fields["wbc"], Qt.Key.Key_Return)
    assert page.form is None
    (count,) = journal.list_blood_counts(maya.id)
    assert (count.wbc, count.anc, count.anc_computed) == (3.2, pytest.approx(1.44), True)
    assert (count.platelets, count.hemoglobin, count.count_unit) == (18.0, 8.5, "/uL")
    assert count.others[0].name == "CRP"


def test_impossible_values_are_refused_with_a_sentence(
    qtbot, journal: Journal, maya: Child
) -> None:
    form = BloodCountForm(journal, maya.id)
    qtbot.addWidget(form)
    click(qtbot, form.save_button)
    assert form.error.text() == "Type at least one value from the sheet."
    qtbot.keyClicks(form.fields["hemoglobin"], "85")  # g/L typed, g/dL chosen
    click(qtbot, form.save_button)
    assert "Hemoglobin cannot be right in g/dL" in form.error.text()
    form.fields["hemoglobin"].clear()
    qtbot.keyClicks(form.fields["wbc"], "1.0")
    qtbot.keyClicks(form.fields["anc"], "2.0")
    click(qtbot, form.save_button)
    assert "ANC (absolute neutrophil count) cannot be more than the WBC" in form.error.text()
    form.fields["anc"].clear()
    qtbot.keyClicks(form.fields["platelets"], "lots")
    click(qtbot, form.save_button)
    assert form.error.text() == "Platelets must be a number."
    assert journal.list_blood_counts(maya.id) == []


def test_editing_keeps_the_sheets_units(qtbot, journal: Journal, maya: Child) -> None:
    count = journal.add_blood_count(maya.id, count_unit="/uL", anc=450, platelets=30000)
    form = BloodCountForm(journal, maya.id, count)
    qtbot.addWidget(form)
    assert form.fields["anc"].text() == "450"
    assert form.fields["platelets"].text() == "30000"
    form.fields["platelets"].setText("25000")
    assert form.save()
    again = journal.get(BloodCount, count.id)
    assert (again.platelets, again.anc, again.id) == (25.0, 0.45, count.id)


def test_numbers_as_sheets_print_them() -> None:
    assert parse_number("1,440") == 1440
    assert parse_number("0,45") == 0.45
    assert parse_number(" ") is None
    assert parse_others("CRP = 12.5 mg/L\n\nMono: 3") == {"CRP": (12.5, "mg/L"), "Mono": (3, "")}
    with pytest.raises(ValueError, match="line 1"):
        parse_others("just words")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_numbers_typed_either_way_read_back(whole: int, cents: int) -> None:
    grouped = f"{whole:,}"
    assert parse_number(grouped) == whole
    assert parse_number(f"{whole}.{cents:02d}") == pytest.approx(whole + cents / 100)
    if whole < 1000:
        assert parse_number(f"{whole},{cents:02d}") == pytest.approx(whole + cents / 100)
