"""Centers & contacts: the public directory of centers, and the family's own care team.

The directory works whether or not the journal is unlocked; the care team lives in the
encrypted journal and says so while it is locked.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.directory.centers import (
    Center,
    Directory,
    DirectoryError,
    import_directory,
    load_directory,
)
from companion.paths import AppPaths
from companion.ui.directory.care_team_view import CareTeamView
from companion.ui.directory.center_detail import (
    CenterDetail,
    country_name,
    day_text,
    place_text,
    wrapped,
)
from companion.ui.directory.center_list import CenterList
from companion.ui.widgets.phone_button import TARGET_HEIGHT, PhoneButton
from companion.ui.widgets.section import Section
from companion.ui.widgets.session import JournalSession
from companion.ui.widgets.typography import scaled_font

MAX_PROBLEMS_SHOWN = 12


class DirectoryView(Section):
    """List with search and filters on the left, the chosen center on the right; a second tab
    holds the family's care team."""

    unlock_requested = Signal()

    def __init__(
        self, paths: AppPaths, session: JournalSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.session = session
        self.directory: Directory | None = None
        self.load_error: DirectoryError | None = None
        self.problem_box: QMessageBox | None = None
        self.detail: CenterDetail | None = None
        #: What "today" is when a source's age is worked out (tests pin it).
        self.today: Callable[[], date] = date.today

        from companion.ui.widgets.region import region_signals

        region_signals().changed.connect(self._region_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Centers and care team"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_centers_page(), self.tr("Centers"))
        self.care_team = CareTeamView(session, self)
        self.care_team.unlock_requested.connect(self.unlock_requested)
        self.care_team.status_message.connect(self.status_message)
        self.tabs.addTab(self.care_team, self.tr("My care team"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.tabs)
        self.reload()

    def section_title(self) -> str:
        return self.tr("Centers & contacts")

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @property
    def phone_buttons(self) -> list[PhoneButton]:
        return self.detail.phone_buttons if self.detail is not None else []

    def _build_centers_page(self) -> QWidget:
        page = QWidget(self)
        left = QWidget(page)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 8, 8, 0)
        column.setSpacing(8)
        self.not_a_ranking = wrapped(
            self.tr(
                "Centers are listed because their own pages describe these programs. This is "
                "not a ranking or a referral: your child's own care team is the first call."
            ),
            left,
        )
        self.not_a_ranking.setAccessibleName(self.tr("About this list"))
        self.search_field = QLineEdit(left)
        self.search_field.setPlaceholderText(self.tr("Name, program or place"))
        self.search_field.setAccessibleName(self.tr("Search centers"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumHeight(TARGET_HEIGHT)
        self.search_field.textChanged.connect(self.apply_filters)
        self.program_filter = self._combo(left, self.tr("Filter by program"))
        self.place_filter = self._combo(left, self.tr("Filter by place"))
        self.count_label = wrapped("", left)
        self.center_list = CenterList(left)
        self.center_list.setAccessibleName(self.tr("Centers"))
        self.center_list.setSpacing(6)
        self.center_list.setFont(scaled_font(self.center_list, 1.05))
        self.center_list.currentItemChanged.connect(self._current_changed)
        self.center_list.itemActivated.connect(self._focus_first_phone)
        self.notice_label = wrapped("", left)
        self.notice_label.hide()
        self.import_button = QPushButton(self.tr("Import updated directory…"), left)
        self.import_button.setAccessibleName(self.tr("Import an updated directory file"))
        self.import_button.setMinimumHeight(TARGET_HEIGHT)
        self.import_button.clicked.connect(self.choose_import_file)
        for widget in (
            self.not_a_ranking,
            self.search_field,
            self.program_filter,
            self.place_filter,
            self.count_label,
        ):
            column.addWidget(widget)
        column.addWidget(self.center_list, 1)
        column.addWidget(self.notice_label)
        column.addWidget(self.import_button)

        self.detail_area = QScrollArea(page)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_area.setAccessibleName(self.tr("Center details"))
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setChildrenCollapsible(False)
        # On a small screen at a big text size the list's column scrolls rather than squeeze.
        left_area = QScrollArea(page)
        left_area.setWidget(left)
        left_area.setWidgetResizable(True)
        left_area.setFrameShape(QFrame.Shape.NoFrame)
        left_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_area.setMinimumWidth(left.minimumSizeHint().width())
        splitter.addWidget(left_area)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 700])
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    def _combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        combo.setMinimumHeight(TARGET_HEIGHT)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the directory (bundled, or the newer imported copy); keep the old one on error."""
        try:
            directory = load_directory(data_dir=self.paths.data_dir)
        except DirectoryError as exc:
            self.load_error = exc
            if self.directory is None:
                self._show_problems_page(exc.problems)
            return
        self.load_error = None
        self.set_directory(directory)

    def set_directory(self, directory: Directory) -> None:
        self.directory = directory
        self.notice_label.setText(directory.notice or "")
        self.notice_label.setVisible(bool(directory.notice))
        for combo in (self.program_filter, self.place_filter):
            combo.blockSignals(True)
            combo.clear()
        self.program_filter.addItem(self.tr("All programs"), None)
        for program in directory.programs():
            self.program_filter.addItem(QCoreApplication.translate("Program", program), program)
        self.place_filter.addItem(self.tr("All places"), None)
        for country, regions in directory.places().items():
            self.place_filter.addItem(country_name(country), country)
            for region in regions:
                self.place_filter.addItem(f"    {region}", f"{country}:{region}")
        for combo in (self.program_filter, self.place_filter):
            combo.blockSignals(False)
        self.center_list.blockSignals(True)
        self.center_list.clear()
        for center in sorted(directory.centers, key=lambda c: c.name.casefold()):
            item = QListWidgetItem(f"{center.name}\n{place_text(center)}")
            item.setData(Qt.ItemDataRole.UserRole, center.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{center.name}, {place_text(center)}")
            self.center_list.addItem(item)
        self.center_list.blockSignals(False)
        self._show_center(None)
        self.apply_filters()

    # -- filtering and choosing ---------------------------------------------------------------

    def apply_filters(self) -> None:
        if self.directory is None:
            return
        # Item data is "US" for a country, "US:Michigan" for a state within it.
        place = str(self.place_filter.currentData() or "")
        country, _, region = place.partition(":")
        found = self.directory.filter(
            self.program_filter.currentData(), country or None, region or None
        )
        allowed = {center.id for center in found}
        allowed &= {center.id for center in self.directory.search(self.search_field.text())}
        first_visible: QListWidgetItem | None = None
        for row in range(self.center_list.count()):
            item = self.center_list.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in allowed)
            if first_visible is None and not item.isHidden():
                first_visible = item
        if allowed:
            self.count_label.setText(
                self.tr("Showing %1 of %2")
                .replace("%1", str(len(allowed)))
                .replace("%2", str(len(self.directory.centers)))
            )
        else:
            self.count_label.setText(
                self.tr("No center matches. Try fewer words, or “All programs” and “All places”.")
            )
        current = self.center_list.currentItem()
        if current is not None and current.isHidden():
            self.center_list.setCurrentRow(-1)
        # Choosing the first center formats its numbers (phonenumbers, ~80 ms): only once the
        # section is on screen, never while the window is starting.
        if (
            self.center_list.currentItem() is None
            and first_visible is not None
            and self.isVisible()
        ):
            self.center_list.setCurrentItem(first_visible)

    def show_program(self, program: str) -> bool:
        """Only the centers whose pages say they offer ``program``, whatever was typed or
        chosen before (the glossary's "Centers that say they offer this" link). False, and
        every center shown, when no center in this directory claims it."""
        self.tabs.setCurrentIndex(0)
        index = self.program_filter.findData(program)
        for widget in (self.search_field, self.place_filter, self.program_filter):
            widget.blockSignals(True)
        self.search_field.clear()
        self.place_filter.setCurrentIndex(0)
        self.program_filter.setCurrentIndex(max(index, 0))
        for widget in (self.search_field, self.place_filter, self.program_filter):
            widget.blockSignals(False)
        self.apply_filters()
        if index < 0:
            self.status_message.emit(
                self.tr("No center in this directory says it offers %1.").replace(
                    "%1", str(QCoreApplication.translate("Program", program))
                )
            )
        return index >= 0

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.apply_filters()

    def visible_ids(self) -> list[str]:
        items = (self.center_list.item(row) for row in range(self.center_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if not item.isHidden()]

    def select_center(self, center_id: str) -> None:
        for row in range(self.center_list.count()):
            item = self.center_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == center_id:
                self.center_list.setCurrentItem(item)
                return
        raise KeyError(center_id)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or self.directory is None:
            self._show_center(None)
            return
        center_id = current.data(Qt.ItemDataRole.UserRole)
        if self.detail is None or self.detail.center.id != center_id:
            self._show_center(self.directory.get(center_id))

    def _region_changed(self, _code: str) -> None:
        if self.detail is not None:
            self._show_center(self.detail.center)

    def _show_center(self, center: Center | None) -> None:
        if center is None:
            self.detail = None
            self._set_detail_page(wrapped(self.tr("Choose a center from the list."), self))
            return
        from PySide6.QtCore import QSettings

        from companion.ui.widgets.region import family_region

        settings = QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
        self.detail = CenterDetail(center, self.today(), region=family_region(settings))
        for button in self.detail.phone_buttons:
            button.copied.connect(lambda number, b=button: self._announce_copy(number, b))
        self._set_detail_page(self.detail)
        chain: list[QWidget] = [self.center_list]
        for button in self.detail.phone_buttons:
            chain += [button.number_button, button.format_button]
        chain.append(self.import_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _set_detail_page(self, page: QWidget) -> None:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(page, 1)
        row.addStretch(0)
        old = self.detail_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.detail_area.setWidget(holder)

    def _announce_copy(self, number: str, button: PhoneButton) -> None:
        self.status_message.emit(
            self.tr("Copied %1: %2, %3")
            .replace("%1", str(number))
            .replace("%2", button.label)
            .replace("%3", str(button.owner))
        )

    def _focus_first_phone(self) -> None:
        if self.phone_buttons:
            self.phone_buttons[0].number_button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- import -----------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import updated directory"),
            str(Path.home()),
            self.tr("Directory files (*.json)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        """Check ``path`` completely; only a good file replaces anything. True if imported."""
        try:
            imported = import_directory(path, self.paths.data_dir)
        except DirectoryError as exc:
            self._show_problems_box(exc.problems)
            return False
        self.reload()
        when = day_text(imported.updated)
        if self.directory is not None and self.directory.origin == imported.origin:
            message = self.tr("Imported the directory updated %1. It is now in use.")
        else:
            message = self.tr(
                "Imported the directory updated %1. The built-in directory is newer, "
                "so it stays in use."
            )
        self.status_message.emit(message.replace("%1", when))
        return True

    def _problem_text(self, problems: list[str]) -> str:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        text = "\n".join(f"• {problem}" for problem in shown)
        if len(problems) > len(shown):
            text += "\n" + self.tr("…and %1 more.").replace("%1", str(len(problems) - len(shown)))
        return text

    def _show_problems_box(self, problems: list[str]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("This directory file cannot be used"))
        box.setText(self.tr("Nothing was changed: the directory you had is still in use."))
        box.setInformativeText(
            self.tr("The file has these problems:") + "\n" + self._problem_text(problems)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAccessibleName(self.tr("Directory file problems"))
        self.problem_box = box
        box.open()
        self.status_message.emit(self.tr("That directory file was not imported."))

    def _show_problems_page(self, problems: list[str]) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            wrapped(self.tr("The centers directory could not be read."), page, scale=1.3, bold=True)
        )
        layout.addWidget(wrapped(self._problem_text(problems), page))
        layout.addStretch(1)
        self._set_detail_page(page)
