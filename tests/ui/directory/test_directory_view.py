"""The Centers section: every seed number copied exactly, search and filters, keyboard use,
old sources flagged, imports that change nothing unless the file is good."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from companion.directory import centers as directory
from companion.paths import AppPaths, resource_path
from companion.ui.directory.directory_view import DirectoryView
from companion.ui.widgets.session import JournalSession

SEED_NUMBERS = {
    "mott": ["734-936-9814"],
    "chop": ["215-590-2810", "267-426-0762", "215-590-3025"],
    "dana-farber-boston-childrens": [],
    "uh-rainbow": ["216-286-2355", "216-844-5432", "216-844-3951"],
    "cruk-nurses": ["+44 808 800 4040"],  # dialled from the United States
}
CHOP_WARNING = (
    "Page dated November 2009, 17 years ago: please confirm this number before relying on it."
)
UNDATED_WARNING = "The page shows no date: please confirm this number before relying on it."


@pytest.fixture
def view(directory_view: DirectoryView) -> DirectoryView:
    return directory_view


def shown(qtbot, view: DirectoryView) -> DirectoryView:  # type: ignore[no-untyped-def]
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def bundled() -> dict[str, Any]:
    return json.loads(resource_path("centers.json").read_text(encoding="utf-8"))


def test_section_basics(view: DirectoryView) -> None:
    assert view.section_title() == "Centers & contacts"
    assert view.center_list.count() == len(bundled()["centers"])
    assert view.detail is None  # nothing formatted before the section is on screen
    assert view.tabs.tabText(0) == "Centers" and view.tabs.tabText(1) == "My care team"


def test_every_seed_number_is_copied_exactly(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    for center_id, numbers in SEED_NUMBERS.items():
        view.select_center(center_id)
        assert [b.number_button.text() for b in view.phone_buttons] == numbers
        for button, number in zip(view.phone_buttons, numbers, strict=True):
            QGuiApplication.clipboard().setText("")
            with qtbot.waitSignal(view.status_message) as status:
                qtbot.mouseClick(button.number_button, Qt.MouseButton.LeftButton)
            assert QGuiApplication.clipboard().text() == number
            assert button.confirmation.text() == f"Copied {number}"
            assert status.args[0].startswith(f"Copied {number}: {button.label}, ")
            assert button.label  # every line says what it is for


def test_accessible_names_say_what_is_copied(view: DirectoryView) -> None:
    view.select_center("mott")
    assert view.phone_buttons[0].number_button.accessibleName() == (
        "Copy phone number 734-936-9814, Second opinions and appointments, "
        "C.S. Mott Children's Hospital"
    )


def test_old_source_is_flagged_next_to_each_number(view: DirectoryView) -> None:
    view.select_center("chop")
    for button in view.phone_buttons:
        assert [label.text() for label in button.details] == [CHOP_WARNING]
    assert view.detail is not None
    assert "Page dated November 2009 (17 years ago)." in view.detail.source_label.text()
    view.select_center("cruk-nurses")
    uk = view.phone_buttons[0]
    assert [label.text() for label in uk.details] == [
        "Hours: Monday to Friday, 9am to 5pm",
        "Page dated 16 May 2018, 8 years ago: please confirm this number before relying on it.",
    ]
    uk.format_button.click()
    assert uk.number_button.text() == "+44 808 800 4040"


def test_undated_sources_and_missing_numbers_are_said_plainly(view: DirectoryView) -> None:
    view.select_center("dana-farber-boston-childrens")
    assert view.phone_buttons == []
    assert any("gives no phone number" in text for text in texts(view.detail))
    view.select_center("mott")
    assert view.detail is not None
    assert "Date not shown on the page." in view.detail.source_label.text()
    assert [label.text() for label in view.phone_buttons[0].details] == [UNDATED_WARNING]


def test_programs_location_and_source_are_shown(view: DirectoryView) -> None:
    view.select_center("mott")
    shown_texts = "\n".join(texts(view.detail))
    for expected in (
        "Ann Arbor, Michigan, United States",
        "Part of University of Michigan",
        "• NANT (New Approaches to Neuroblastoma Therapy consortium)",
        "• TACL (Therapeutic Advances in Childhood Leukemia consortium)",
        "University of Michigan C.S. Mott Children's Hospital: Relapsed and Resistant Pediatric "
        "Cancer\nDate not shown on the page.\n"
        "Taken from the page as published on 22 November 2026.",
        "For the city (Ann Arbor):",
    ):
        assert expected in shown_texts


def test_search_and_filters(view: DirectoryView) -> None:
    view.search_field.setText("ohio")
    assert view.visible_ids() == ["uh-rainbow"]
    view.search_field.setText("boston mibg")
    assert set(view.visible_ids()) == {"dana-farber-boston-childrens"}
    view.search_field.clear()
    view.program_filter.setCurrentIndex(view.program_filter.findData("Survivorship"))
    assert view.visible_ids() == ["chop"]
    view.program_filter.setCurrentIndex(0)
    view.place_filter.setCurrentIndex(view.place_filter.findData("GB"))
    assert set(view.visible_ids()) == {"cruk-nurses", "great-ormond-street"}
    view.place_filter.setCurrentIndex(view.place_filter.findData("US:Michigan"))
    assert view.visible_ids() == ["mott"]
    view.search_field.setText("philadelphia")
    assert view.visible_ids() == []
    assert view.count_label.text().startswith("No center matches.")
    view.place_filter.setCurrentIndex(0)
    assert view.visible_ids() == ["chop"]
    assert view.count_label.text() == f"Showing 1 of {len(bundled()['centers'])}"


def test_keyboard_only_use(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, view)
    view.focus_search()
    assert QApplication.focusWidget() is view.search_field
    qtbot.keyClicks(view.search_field, "tacl")
    assert set(view.visible_ids()) == {"mott", "childrens-minnesota"}
    view.center_list.setFocus()
    first = view.center_list.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(view.center_list, Qt.Key.Key_Down)
    second = view.center_list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert {first, second} == {"mott", "childrens-minnesota"}
    qtbot.keyClick(view.center_list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.phone_buttons[0].number_button
    QGuiApplication.clipboard().setText("")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == view.phone_buttons[0].text()
    view.center_list.setFocus()
    qtbot.keyClick(view.center_list, Qt.Key.Key_Return)  # Enter on a center: to its numbers
    assert QApplication.focusWidget() is view.phone_buttons[0].number_button


def test_first_center_is_chosen_once_the_section_shows(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, view)
    assert view.detail is not None
    assert view.detail.center.id == view.visible_ids()[0]


def test_importing_a_good_newer_file(qtbot, tmp_path: Path, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    data = bundled()
    data["updated"] = "2027-03-01"
    data["centers"] = [c for c in data["centers"] if c["id"] != "cruk-nurses"]
    source = tmp_path / "new.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with qtbot.waitSignal(view.status_message) as status:
        assert view.import_file(source)
    assert "It is now in use." in status.args[0]
    assert view.center_list.count() == len(data["centers"])
    target = view.paths.data_dir / "centers.json"
    assert target.read_bytes() == source.read_bytes()
    again = DirectoryView(view.paths, JournalSession(view.paths))  # the next start
    qtbot.addWidget(again)
    assert again.center_list.count() == len(data["centers"])


def test_importing_an_older_file_keeps_the_built_in_one(qtbot, tmp_path: Path, view) -> None:  # type: ignore[no-untyped-def]
    data = bundled()
    data["updated"] = "2001-01-01"
    source = tmp_path / "old.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with qtbot.waitSignal(view.status_message) as status:
        assert view.import_file(source)
    assert "The built-in directory is newer" in status.args[0]
    assert view.directory is not None
    assert view.directory.origin == resource_path("centers.json")


def test_a_bad_import_shows_the_problems_and_changes_nothing(qtbot, tmp_path: Path, view) -> None:  # type: ignore[no-untyped-def]
    view.select_center("chop")
    before = view.directory
    data = bundled()
    del data["centers"][1]["phones"][0]["label"]
    data["centers"][0]["phones"][0]["e164"] = "+1734"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert not view.import_file(source)
    box = view.problem_box
    assert box is not None and box.isVisible()
    assert "Nothing was changed" in box.text()
    details = box.informativeText()
    assert 'Center 1 ("C.S. Mott Children\'s Hospital"), phone 1, e164' in details
    assert (
        'Center 2 ("Children\'s Hospital of Philadelphia"), phone 1, label: is missing' in details
    )
    assert view.directory is before and view.center_list.count() == len(bundled()["centers"])
    assert view.detail is not None and view.detail.center.id == "chop"
    assert not (view.paths.data_dir / "centers.json").exists()
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_garbage_import_is_refused(tmp_path: Path, view: DirectoryView) -> None:
    source = tmp_path / "garbage.json"
    source.write_bytes(b"\x00\x01 not json at all")
    assert not view.import_file(source)
    assert view.problem_box is not None
    assert (
        "UTF-8" in view.problem_box.informativeText()
        or "JSON" in view.problem_box.informativeText()
    )
    view.problem_box.close()


def test_a_damaged_imported_copy_is_skipped_with_a_notice(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    (paths.data_dir / "centers.json").write_text("{", encoding="utf-8")
    view = DirectoryView(paths, JournalSession(paths))
    qtbot.addWidget(view)
    assert view.center_list.count() == len(bundled()["centers"])
    assert not view.notice_label.isHidden()
    assert "built-in" in view.notice_label.text()


def test_an_unreadable_directory_leaves_a_working_view(
    qtbot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(**_kwargs: Any) -> None:
        raise directory.DirectoryError(['Center 1 ("X"), name: must be filled in.'])

    monkeypatch.setattr("companion.ui.directory.directory_view.load_directory", broken)
    view = DirectoryView(paths, JournalSession(paths))
    qtbot.addWidget(view)
    assert view.directory is None and view.center_list.count() == 0
    assert any("could not be read" in text for text in texts(view.detail_area))
    view.search_field.setText("anything")  # still usable, nothing crashes
    view.show()
    qtbot.waitExposed(view)


def test_unlock_request_from_the_care_team_tab(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    view.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(view.unlock_requested):
        view.care_team.unlock_button.click()
    view.focus_search()
    assert view.tabs.currentIndex() == 0


def test_the_list_says_it_is_not_a_ranking(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, view)
    line = view.not_a_ranking
    assert line.isVisible()
    assert "their own pages describe these programs" in line.text()
    assert "not a ranking or a referral" in line.text()
    assert "your child's own care team is the first call" in line.text()
    assert line.geometry().bottom() < view.search_field.geometry().top()  # above the list


def test_filters_offer_only_what_the_centers_claim_and_work_with_search(
    qtbot, view: DirectoryView
) -> None:  # type: ignore[no-untyped-def]
    assert view.directory is not None
    combo = view.program_filter
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    assert offered == view.directory.programs()
    assert all(view.directory.filter(program) for program in offered)
    places = [view.place_filter.itemData(i) for i in range(1, view.place_filter.count())]
    assert "GB" in places and "US:Texas" in places and "US:Alaska" not in places
    shown(qtbot, view)
    combo.setCurrentIndex(combo.findData("MIBG therapy"))
    assert len(view.visible_ids()) == 6
    view.place_filter.setCurrentIndex(view.place_filter.findData("US:Texas"))
    assert set(view.visible_ids()) == {"texas-childrens", "cook-childrens"}
    view.search_field.setFocus()
    qtbot.keyClicks(view.search_field, "fort worth")
    assert view.visible_ids() == ["cook-childrens"]
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.center.id == "cook-childrens")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("MIBG", {"mott", "chop", "dana-farber-boston-childrens", "texas-childrens",
                  "cook-childrens", "american-family-childrens"}),
        ("CAR-T", {"mott", "chop", "uh-rainbow", "cook-childrens", "childrens-wisconsin",
                   "american-family-childrens", "great-ormond-street"}),
        ("NANT", {"mott", "chop", "dana-farber-boston-childrens", "seattle-childrens",
                  "uchicago-comer"}),
        ("phase 1", {"mott", "dana-farber-boston-childrens"}),
        ("Houston", {"texas-childrens"}),
        ("memphis", {"st-jude"}),
    ],
)  # fmt: skip
def test_typing_a_program_or_a_city_finds_the_right_centers(
    qtbot, view: DirectoryView, typed: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, view)
    view.focus_search()
    qtbot.keyClicks(view.search_field, typed)
    assert set(view.visible_ids()) == expected


def test_show_program_clears_search_and_place(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, view)
    view.tabs.setCurrentIndex(1)
    view.search_field.setText("london")
    view.place_filter.setCurrentIndex(view.place_filter.findData("GB"))
    assert view.show_program("NANT")
    assert view.tabs.currentIndex() == 0
    assert (view.search_field.text(), view.place_filter.currentIndex()) == ("", 0)
    assert view.program_filter.currentText() == "NANT"
    assert len(view.visible_ids()) == 5
    assert view.count_label.text() == f"Showing 5 of {len(bundled()['centers'])}"


def test_show_program_that_no_center_claims(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.status_message) as status:
        assert not view.show_program("Proton therapy")
    assert status.args == ["No center in this directory says it offers Proton therapy."]
    assert view.program_filter.currentIndex() == 0
    assert len(view.visible_ids()) == len(bundled()["centers"])


@pytest.mark.parametrize("width", [900, 1200, 1600])
def test_no_center_name_or_place_is_cut_in_the_list(qtbot, view: DirectoryView, width: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    view.resize(width, 800)
    shown(qtbot, view)
    listing = view.center_list
    metrics = QFontMetrics(listing.font())
    for row in range(listing.count()):
        item = listing.item(row)
        needed = metrics.boundingRect(
            QRect(0, 0, listing.text_width(), 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        given = listing.visualItemRect(item)
        assert needed.height() <= given.height(), (width, item.text())
        assert given.width() <= listing.viewport().width()
