"""The one window: a sidebar with Glossary, Journal and Centers & contacts, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSignalBlocker, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from companion.paths import AppPaths
from companion.ui.shell import contrast, window_fit
from companion.ui.shell.text_scale import SETTING as SCALE_SETTING
from companion.ui.shell.text_scale import TextScaler, read_scale
from companion.ui.widgets.section import Section
from companion.ui.widgets.session import JournalSession
from companion.ui.widgets.typography import set_text_size

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary
    from companion.ui.directory.directory_view import DirectoryView
    from companion.ui.glossary.glossary_view import GlossaryView
    from companion.ui.journal.journal_view import JournalView

GLOSSARY, JOURNAL, DIRECTORY = range(3)
STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    """Holds the three sections and the app-wide actions (find, lock, text size, help)."""

    first_paint = Signal()

    def __init__(
        self,
        paths: AppPaths,
        session: JournalSession,
        *,
        demo: bool = False,
        sections: list[Section] | None = None,
        folder_problem: BaseException | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.session = session
        self.demo = demo
        self._painted = False
        self._shortcuts: list[tuple[QAction, tuple[str, ...]]] = []
        self._glossary: Glossary | None = None
        self._glossary_error: str | None = None
        self.settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("Companion (demo)") if demo else self.tr("Companion"))
        self.setMinimumSize(QSize(720, 520))

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.scaler = TextScaler(app, read_scale(self.settings.value(SCALE_SETTING, 1.0)))

        self.nav = window_fit.Sidebar(self)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = window_fit.SectionStack(self)
        titles = [self.tr("Glossary"), self.tr("Journal"), self.tr("Centers & contacts")]
        self._factories: list[Callable[[], Section]] = [
            self._make_glossary_view,
            self._make_journal_view,
            self._make_directory_view,
        ]
        self._built: list[Section | None] = [None] * len(titles)
        set_text_size(self.nav, 1.1)
        for index, title in enumerate(titles):
            self.nav.addItem(QListWidgetItem(title))
            placeholder = (
                sections[index]
                if sections is not None
                else window_fit.Opening(self.tr("Opening…"), self.stack)
            )
            self.stack.addWidget(placeholder)
            if sections is not None:
                self._adopt(index, sections[index])
        self._fit_nav()
        self.nav.currentRowChanged.connect(self._on_nav)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        self.folder_notice: QWidget | None = None
        if folder_problem is not None:
            from companion.ui.shell.folder_notice import FolderNotice

            self.folder_notice = FolderNotice(folder_problem, paths.data_dir, central)
            column.addWidget(self.folder_notice)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.lock_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.statusBar().messageChanged.connect(
            lambda text: self.lock_label.setVisible(self.lock_label.isVisible() or not text)
        )
        session.unlocked.connect(self._update_lock_state)
        session.locked.connect(self._update_lock_state)
        self._update_lock_state()

        self._build_menus(titles)
        self._restore_state()
        # The sidebar is always visible, so its first paint is the window's first paint.
        self.nav.viewport().installEventFilter(self)

    # -- sections ---------------------------------------------------------------------------
    # Only the section on screen is built before the first paint; the others follow right
    # after it, so the window shows as soon as possible.

    def section(self, index: int) -> Section:
        """The section at ``index``, built now if it was not yet."""
        built = self._built[index]
        if built is None:
            built = self._factories[index]()
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            showing = self.stack.currentIndex() == index
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if showing:
                self.stack.setCurrentIndex(index)
            self._adopt(index, built)
        return built

    def _adopt(self, index: int, section: Section) -> None:
        self._built[index] = section
        section.status_message.connect(self.show_status)

    @property
    def sections(self) -> list[Section]:
        return [self.section(index) for index in range(len(self._built))]

    @property
    def glossary_view(self) -> GlossaryView:
        return self.section(GLOSSARY)  # type: ignore[return-value]

    @property
    def journal_view(self) -> JournalView:
        return self.section(JOURNAL)  # type: ignore[return-value]

    @property
    def directory_view(self) -> DirectoryView:
        return self.section(DIRECTORY)  # type: ignore[return-value]

    def _make_glossary_view(self) -> Section:
        from companion.ui.glossary.glossary_view import GlossaryView

        view = GlossaryView(self._glossary, self, settings=self.settings)
        view.centers_requested.connect(self.show_centers_offering)
        view.care_number = self.care_number
        if self._glossary_error is not None:
            view.show_error(self._glossary_error)
        return view

    def care_number(self) -> str | None:
        """The number the family marked "call for a fever", while the journal is open."""
        journal = self.session.journal
        if journal is None:
            return None
        try:
            contact = journal.fever_contact()
        except Exception:  # locked meanwhile, or unreadable: the box is left to fill in by hand
            return None
        return f"{contact.name}: {contact.phone}" if contact and contact.phone else None

    def _make_journal_view(self) -> Section:
        from companion.ui.journal.journal_view import JournalView

        view = JournalView(self.paths, self.session, self.current_glossary, self)
        view.open_glossary_term.connect(self.open_glossary_term)
        view.add_contact_requested.connect(self.add_care_team_contact)
        return view

    def _make_directory_view(self) -> Section:
        from companion.ui.directory.directory_view import DirectoryView

        view = DirectoryView(self.paths, self.session, self)
        view.unlock_requested.connect(lambda: self.show_section(JOURNAL))
        return view

    def _on_nav(self, row: int) -> None:
        if 0 <= row < len(self._built):
            self.section(row)
            self.stack.setCurrentIndex(row)
            self.stack.updateGeometry()

    def build_remaining_sections(self) -> None:
        for index, built in enumerate(self._built):
            if built is None:
                self.section(index)

    def current_glossary(self) -> Glossary | None:
        return self._glossary

    def load_glossary(self) -> None:
        """Load the glossary just after the first paint, so the window shows at once."""
        from companion.glossary.terms import GlossaryError, load_glossary

        try:
            self._glossary = load_glossary()
        except (GlossaryError, OSError) as exc:
            self._glossary_error = str(exc)
            if self._built[GLOSSARY] is not None:
                self.glossary_view.show_error(self._glossary_error)
            return
        if self._built[GLOSSARY] is not None:
            self.glossary_view.set_glossary(self._glossary)
        # The search index is built by the first search (Glossary.search builds it on demand),
        # so a start-up that never searches never pays for it.

    def add_care_team_contact(self) -> None:
        """The fever card asked for a number to call: open My care team's add-contact form."""
        self.show_section(DIRECTORY)
        directory = self.directory_view
        directory.tabs.setCurrentWidget(directory.care_team)
        directory.care_team.add_contact()

    def show_centers_offering(self, program: str) -> None:
        """A glossary word asked for the centers whose pages say they offer ``program``."""
        self.show_section(DIRECTORY)
        self.directory_view.show_program(program)

    def open_glossary_term(self, term_id: str) -> None:
        self.show_section(GLOSSARY)
        self.glossary_view.open_term(term_id)

    def show_section(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_section(self) -> Section:
        return self.section(max(0, self.stack.currentIndex()))

    def _action(self, text: str, keys: str | tuple[str, ...] | None, slot: object) -> QAction:
        action = QAction(text, self)
        if keys is not None:  # bound just after the first paint
            self._shortcuts.append((action, (keys,) if isinstance(keys, str) else keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self, titles: list[str]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(self.tr("&Lock journal"), "Ctrl+L", self.lock_journal)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self.focus_search)
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for index, title in enumerate(titles):
            show = self._action(
                title, f"Ctrl+{index + 1}", lambda _=0, i=index: self.show_section(i)
            )
            view_menu.addAction(show)
        view_menu.addSeparator()
        bigger_keys = ("Ctrl+=", "Ctrl++")
        self.bigger_action = self._action(self.tr("&Bigger text"), bigger_keys, self.text_bigger)
        self.smaller_action = self._action(self.tr("&Smaller text"), "Ctrl+-", self.text_smaller)
        self.reset_text_action = self._action(
            self.tr("&Normal text size"), "Ctrl+0", self.text_reset
        )
        for action in (self.bigger_action, self.smaller_action, self.reset_text_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        from companion.ui.shell.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self, view_menu, self.settings, self.save_state)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("&User guide"), "F1", self.show_help)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self._action(self.tr("&About Companion"), None, self.show_about))

    # -- actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.current_section().focus_search()

    def lock_journal(self) -> None:
        lock_now = getattr(self.session, "lock_now", None)
        if callable(lock_now):
            lock_now()
        else:
            self.session.lock()

    def show_status(self, message: str) -> None:
        bar = self.statusBar()
        # A message too long to fit beside "Journal locked" gets the line until it goes.
        room = bar.width() - self.lock_label.sizeHint().width() - 32
        self.lock_label.setVisible(bar.fontMetrics().horizontalAdvance(message) <= room)
        bar.showMessage(message, STATUS_TIMEOUT_MS)

    def text_bigger(self) -> None:
        self._text_scale_changed(self.scaler.bigger())

    def text_smaller(self) -> None:
        self._text_scale_changed(self.scaler.smaller())

    def text_reset(self) -> None:
        self._text_scale_changed(self.scaler.reset())

    def set_text_scale(self, scale: float) -> float:
        """Show every screen's text at ``scale`` (1.0 is the system size), and keep it."""
        scale = self.scaler.set_scale(scale)
        self._fit_nav()
        self.settings.setValue(SCALE_SETTING, scale)
        return scale

    def _fit_nav(self) -> None:
        self.nav.fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    def _text_scale_changed(self, scale: float) -> None:
        self._fit_nav()
        self.settings.setValue(SCALE_SETTING, scale)
        self.show_status(self.tr("Text size %1%").replace("%1", str(round(scale * 100))))

    def show_help(self) -> None:
        from companion.ui.shell.help_dialog import HelpDialog

        self.help_dialog = HelpDialog(self)
        self.help_dialog.show()

    def show_about(self) -> None:
        from companion.ui.shell.help_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.paths, self)
        self.about_dialog.show()

    def bring_to_front(self) -> None:
        """A second launch asked for this window: restore it and raise it."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _update_lock_state(self) -> None:
        if self.session.is_unlocked():
            self.lock_label.setText(self.tr("Journal unlocked"))
        else:
            self.lock_label.setText(self.tr("Journal locked"))
        if hasattr(self, "lock_action"):
            self.lock_action.setEnabled(self.session.is_unlocked())

    # -- state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        self.fit_to_screen()
        section = int(str(self.settings.value("window/section", GLOSSARY)))
        section = section if 0 <= section < len(self._built) else GLOSSARY
        # The window first shows "Opening…" there: the section is built just after the first
        # paint (_after_first_paint), so the window appears at once.
        with QSignalBlocker(self.nav):
            self.nav.setCurrentRow(section)
        self.stack.setCurrentIndex(section)

    def fit_to_screen(self) -> None:
        window_fit.fit_to_screen(self)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/section", self.nav.currentRow())
        self.settings.setValue(SCALE_SETTING, self.scaler.scale)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.session.lock() is not None:
            # Closing did not tidy up: the family reads what was kept before the window goes.
            event.ignore()
            return
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.nav.viewport()
            and event.type() == QEvent.Type.Paint
            and not self._painted
        ):
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.first_paint.emit()
        # Keys work from here on (none can arrive before the window shows); setting them
        # costs Qt's key tables, paid after the first paint.
        for action, keys in self._shortcuts:
            action.setShortcuts([QKeySequence(key) for key in keys])
        self.current_section()  # built now, in place of "Opening…"
        if self._glossary is None:
            self.load_glossary()
        # The other sections are built the first time they are shown (section()), so start-up
        # pays only for the one on screen.

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the system's light or dark palette
            contrast.restyle(self)
        super().changeEvent(event)
