"""One center as the family reads it: each program under the page that claims it, the family's
lines before the doctor's, "please confirm" for old or undated pages, sources named by
publisher and title (never a file name, never "Checked")."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from companion.directory.centers import Center, load_directory
from companion.ui.directory.center_detail import CenterDetail, source_name
from companion.ui.directory.directory_view import DirectoryView
from companion.ui.widgets.phone_button import PhoneButton
from tests.ui.directory.conftest import TODAY

CENTERS = load_directory().centers
SEED_FILE = re.compile(r"[0-9a-f]{16}\.txt")
CONFIRM = "please confirm this number before relying on it."


def detail(qtbot, center: Center, today: date = TODAY) -> CenterDetail:  # type: ignore[no-untyped-def]
    widget = CenterDetail(center, today)
    qtbot.addWidget(widget)
    return widget


def label_texts(widget: QWidget) -> list[str]:
    """Every label, in the order the layout shows them (phone buttons' labels included)."""
    labels = widget.findChildren(QLabel)
    return [label.text() for label in sorted(labels, key=lambda label: _position(widget, label))]


def _position(root: QWidget, widget: QWidget) -> int:
    return widget.mapTo(root, widget.rect().topLeft()).y()


def everything_said(widget: QWidget) -> str:
    """What a reader or a screen reader gets: text, accessible names and descriptions, tips."""
    parts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        parts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        text = getattr(child, "text", None)
        if callable(text):
            parts.append(text())
    return "\n".join(parts)


@pytest.mark.parametrize("center", CENTERS, ids=lambda c: c.id)
def test_every_program_shows_the_page_that_claims_it_and_its_note(qtbot, center: Center) -> None:  # type: ignore[no-untyped-def]
    shown = detail(qtbot, center)
    shown.resize(760, 4000)
    shown.show()
    qtbot.waitExposed(shown)
    texts = label_texts(shown)
    for claim in center.claims:
        heading = f"From {source_name(claim.source)}:"
        line = next(i for i, text in enumerate(texts) if text.startswith(f"• {claim.program}"))
        above = [text for text in texts[:line] if text.startswith("From ")]
        assert above and above[-1] == heading, (center.id, claim.program)
        if claim.note:
            assert texts[line + 1] == f"Note: {claim.note}"
    assert ("Programs its pages describe" in texts) == bool(center.claims)


def test_motts_phase_one_claim_carries_its_pep_ctn_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    mott = next(center for center in CENTERS if center.id == "mott")
    said = "\n".join(label_texts(detail(qtbot, mott)))
    assert (
        "From University of Michigan C.S. Mott Children's Hospital: Relapsed and Resistant "
        "Pediatric Cancer:" in said
    )
    assert "Pediatric Early Phase Clinical Trials Network (PEP-CTN)" in said
    assert "National Cancer Institute, Division of Cancer Treatment and Diagnosis" in said


@pytest.mark.parametrize("center_id", ["texas-childrens", "seattle-childrens", "mott"])
def test_lines_for_the_childs_doctor_come_after_the_familys(qtbot, center_id: str) -> None:  # type: ignore[no-untyped-def]
    center = next(center for center in CENTERS if center.id == center_id)
    shown = detail(qtbot, center)
    shown.resize(760, 4000)
    shown.show()
    qtbot.waitExposed(shown)
    by_number = {phone.e164: phone for phone in center.phones}
    buttons = sorted(shown.phone_buttons, key=lambda b: _position(shown, b))
    for_doctors = [by_number[button.e164].for_doctors for button in buttons]
    assert for_doctors == sorted(for_doctors)
    headings = [
        label for label in shown.findChildren(QLabel) if label.text() == "For your child's doctor"
    ]
    if not any(for_doctors):
        assert headings == []
        return
    assert len(headings) == 1
    top = _position(shown, headings[0])
    for button, doctor in zip(buttons, for_doctors, strict=True):
        assert (_position(shown, button) > top) == doctor
        if doctor:
            assert "for your child's doctor" in button.label


@pytest.mark.parametrize("today", [TODAY, date(2025, 6, 1)])
def test_please_confirm_for_pages_undated_or_three_years_old(qtbot, today: date) -> None:  # type: ignore[no-untyped-def]
    confirmed = 0
    for center in CENTERS:
        shown = detail(qtbot, center, today)
        by_number = {phone.e164: phone for phone in center.phones}
        button: PhoneButton
        for button in shown.phone_buttons:
            source = by_number[button.e164].source
            warnings = [label.text() for label in button.details if CONFIRM in label.text()]
            if source.needs_confirming_on(today):
                confirmed += 1
                start = "The page shows no date: " if source.page_date is None else "Page dated "
                assert len(warnings) == 1 and warnings[0].startswith(start), center.id
            else:
                assert warnings == [], center.id
    assert confirmed


def test_a_recent_page_needs_no_confirming(qtbot) -> None:  # type: ignore[no-untyped-def]
    seattle = next(center for center in CENTERS if center.id == "seattle-childrens")
    assert seattle.source.page_date_text() == "November 2023"
    recent = detail(qtbot, seattle, date(2025, 6, 1))
    assert all(CONFIRM not in label.text() for b in recent.phone_buttons for label in b.details)
    old = detail(qtbot, seattle, date(2026, 12, 2))
    assert all(
        [label.text() for label in b.details]
        == ["Page dated November 2023, 3 years ago: " + CONFIRM]
        for b in old.phone_buttons
    )


@pytest.mark.parametrize("center", CENTERS, ids=lambda c: c.id)
def test_sources_say_publisher_title_page_date_and_when_taken(qtbot, center: Center) -> None:  # type: ignore[no-untyped-def]
    said = "\n".join(label_texts(detail(qtbot, center)))
    for source in (center.source, *center.other_sources):
        assert f"{source.publisher}: {source.title}\n" in said
        if source.page_date is None:
            assert f"{source.title}\nDate not shown on the page." in said
        else:
            assert f"{source.title}\nPage dated " in said
        if source.taken is not None:
            day = f"{source.taken.day} {source.taken.strftime('%B %Y')}"
            assert f"Taken from the page as published on {day}." in said


def test_list_and_every_detail_never_show_a_file_name_or_checked(
    qtbot, directory_view: DirectoryView
) -> None:  # type: ignore[no-untyped-def]
    directory_view.show()
    qtbot.waitExposed(directory_view)
    rows = range(directory_view.center_list.count())
    items = [directory_view.center_list.item(row) for row in rows]
    listed = "\n".join(
        f"{item.text()}\n{item.data(Qt.ItemDataRole.AccessibleTextRole)}" for item in items
    )
    said = [everything_said(directory_view), listed]
    assert len(CENTERS) == directory_view.center_list.count() == 15
    for center in CENTERS:
        directory_view.select_center(center.id)
        qtbot.waitUntil(
            lambda c=center: directory_view.detail is not None and directory_view.detail.center == c
        )
        assert directory_view.detail is not None
        said.append(everything_said(directory_view.detail))
    text = "\n".join(said)
    assert "000_72be8d61e41e0811" not in text
    assert SEED_FILE.search(text) is None
    assert "Checked" not in text and "checked" not in text
    assert "Reference file" not in text
