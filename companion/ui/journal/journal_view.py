"""The Journal section: first-run setup or unlock while locked, the family journal when open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.paths import AppPaths
from companion.ui.journal.sync.news_dialog import NewsDialog, show_news
from companion.ui.journal.sync.sync_runner import runner_for
from companion.ui.widgets.error_sentences import damage_notice
from companion.ui.widgets.section import Section
from companion.ui.widgets.session import JournalSession

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary
    from companion.ui.journal.journal_page import JournalPage


class JournalView(Section):
    """Shows the setup wizard (no journal yet), the unlock view (locked) or the journal.

    ``open_glossary_term(id)`` when a glossary word in a note is clicked;
    ``add_contact_requested`` when the fever card asks for a fever contact (the main window
    routes it to the care team's ``CareTeamView.add_contact``).

    The first time the locked screen is painted, the storage stack is imported in the
    background (``companion.journal.facade.preload``), so unlocking does not wait for it.
    """

    open_glossary_term = Signal(str)
    add_contact_requested = Signal()

    def __init__(
        self,
        paths: AppPaths,
        session: JournalSession,
        glossary_provider: Callable[[], Glossary | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.session = session
        self.glossary_provider = glossary_provider
        self.page: JournalPage | None = None
        self.gate: QWidget | None = None
        self._centers: list[str] | None = None
        self._own_change = False
        self.preload_started = False
        self.news_dialog: NewsDialog | None = None
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_session_changed)
        session.daily_backup_failed.connect(self._daily_backup_failed)
        session.damaged.connect(self._say_damaged)
        session.lock_failed.connect(self._lock_failed)
        self.sync_runner = runner_for(session)
        self.sync_runner.news.connect(self._show_news)
        self.sync_runner.exchanged.connect(self._exchanged)
        # Queued: damage met while painting a table is handled after the paint, not inside it.
        damage_notice().found.connect(self._damage_found, Qt.ConnectionType.QueuedConnection)
        self._pending_damage: BaseException | None = None
        if session.is_unlocked():
            self._on_unlocked()
        else:
            self._on_locked()

    def section_title(self) -> str:
        return self.tr("Journal")

    def focus_search(self) -> None:
        if self.page is not None:
            if self.page.form is not None:
                # Never throw away what a parent is typing: the form stays until saved or
                # cancelled.
                self.status_message.emit(
                    self.tr("Save or cancel the open form first, then search.")
                )
                self.page.form.setFocus()
                return
            self.page.show_tab(self.page.timeline)
            self.page.timeline.search.setFocus()
            self.page.timeline.search.selectAll()

    def center_names(self) -> list[str]:
        if self._centers is None:
            self._centers = self._load_centers()
        return self._centers

    def _load_centers(self) -> list[str]:
        from companion.directory.centers import DirectoryError, load_directory

        try:
            directory = load_directory(data_dir=self.paths.data_dir)
        except (DirectoryError, OSError):
            return []
        return sorted(center.name for center in directory.centers)

    # -- locked and unlocked --------------------------------------------------------------

    def _clear(self) -> None:
        if self.page is not None:
            self.page.shutdown()
        for widget in (self.page, self.gate):
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.page = None
        self.gate = None

    def _on_locked(self) -> None:
        self._clear()
        if self.session.damage is not None:
            self._show_damage()
            return
        self._show_gate()
        if self.gate is not None and not self.preload_started:
            self.gate.installEventFilter(self)

    def _show_gate(self) -> None:
        from companion.ui.journal.fever.front_door import FirstReading, LockedExtras

        if self.paths.vault_file.exists():
            from companion.ui.gate.unlock_view import UnlockView

            extras = LockedExtras(self.paths)
            unlock = UnlockView(self.paths, self, extra=extras)
            extras.card_shown.connect(lambda shown: unlock.set_form_visible(not shown))
            unlock.unlocked.connect(self.session.open_with)
            unlock.damaged.connect(self._damaged_at_unlock)
            self.gate = unlock
            self.stack.addWidget(unlock)
            self.stack.setCurrentWidget(unlock)
            unlock.start()
        else:
            from companion.ui.gate.setup_wizard import SetupWizard

            first = FirstReading(self.paths)
            wizard = SetupWizard(self.paths, self, extra=first, first_entries=first.pending)
            first.card_shown.connect(lambda shown: wizard.set_form_visible(not shown))
            wizard.created.connect(self.session.open_with)
            self.gate = wizard
            self.stack.addWidget(wizard)
            self.stack.setCurrentWidget(wizard)

    def _show_damage(self) -> None:
        from companion.ui.gate.damage_page import DamagePage

        page = DamagePage(self.paths, self)
        page.restored.connect(self.session.open_with)
        page.retry_requested.connect(self.session.clear_damage)
        self.gate = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _damaged_at_unlock(self, exc: BaseException, secret: str, is_code: bool) -> None:
        self.session.report_damage(exc)
        from companion.ui.gate.damage_page import DamagePage

        if isinstance(self.gate, DamagePage) and secret:
            self.gate.prefill(secret, is_code)

    def _damage_found(self, exc: BaseException) -> None:
        """A screen met damage. An open form keeps what was typed (its sentence says how to
        go on); the damage screen follows when the form is closed."""
        form = self.page.form if self.page is not None else None
        if form is not None and form.cancel_button.isEnabled():
            self._pending_damage = exc
            return
        self.session.report_damage(exc)

    def _form_closed(self) -> None:
        pending, self._pending_damage = self._pending_damage, None
        if pending is not None:
            self.session.report_damage(pending)

    def _on_unlocked(self) -> None:
        journal = self.session.journal
        if journal is None:
            return
        self._clear()
        self._pending_damage = None
        from companion.journal import Damaged
        from companion.ui.journal.journal_page import JournalPage

        try:
            page = JournalPage(
                journal,
                self.glossary_provider,
                self,
                centers=self.center_names,
                session=self.session,
            )
        except Damaged as exc:  # the first pages it read were damaged
            for half_built in self.findChildren(JournalPage):
                half_built.hide()
                half_built.deleteLater()
            self.session.report_damage(exc)
            return
        page.form_closed.connect(self._form_closed)
        page.status_message.connect(self.status_message)
        page.term_activated.connect(self.open_glossary_term)
        page.add_contact_requested.connect(self.add_contact_requested)
        page.changed.connect(self._page_changed)
        self.page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._tell_merged(getattr(journal, "merged", None))

    def _tell_merged(self, report: object) -> None:
        """Say what became of temperatures logged while the journal was locked."""
        added = len(getattr(report, "added", ()))
        if added == 1:
            self.status_message.emit(
                self.tr("A temperature taken while the journal was locked is now in it.")
            )
        elif added:
            self.status_message.emit(
                self.tr(
                    "%n temperatures taken while the journal was locked are now in it.", "", added
                )
            )
        if getattr(report, "refused", 0):
            from companion.ui.widgets.error_sentences import report_problem

            report_problem(
                self.window(),
                self.tr(
                    "A temperature logged while the journal was locked could not be read: its "
                    "file was changed or cut short, so it was left out. Everything else in the "
                    "journal is as it was."
                ),
            )

    def _show_news(self, news: object) -> None:
        """Other caregivers' new entries, once, after the exchange at unlock."""
        journal = self.session.journal
        if journal is not None and isinstance(news, list):
            self.news_dialog = show_news(journal, news, self)

    def _exchanged(self, report: object) -> None:
        """Entries arrived from another computer: show them."""
        if self.page is not None and bool(getattr(report, "applied", False)):
            self.page.refresh_all()

    def _page_changed(self, kind: str) -> None:
        self._own_change = True
        try:
            self.session.notify_changed(kind)
        finally:
            self._own_change = False

    def _on_session_changed(self, kind: str) -> None:
        """Another screen wrote something (a contact, say): refresh what could show it."""
        if self._own_change or self.page is None:
            return
        self.page.refresh_all()

    # -- background work around the lock ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.gate:
            watched.removeEventFilter(self)
            # After this paint has reached the screen, not before it.
            QTimer.singleShot(0, self, self._preload)
        return super().eventFilter(watched, event)

    def _preload(self) -> None:
        """Import the storage stack off the GUI thread while the family types."""
        if self.preload_started:
            return
        self.preload_started = True
        from companion.journal import facade as core
        from companion.ui.widgets.workers import run_job

        run_job(core.preload)  # a failure shows up, with a sentence, when unlocking

    def _say_damaged(self) -> None:
        self.status_message.emit(
            self.tr(
                "The journal file looks damaged. The Journal section shows how to restore a backup."
            )
        )

    def _lock_failed(self, text: str) -> None:
        """Closing met a full or read-only disk: what was kept, beside the window."""
        from companion.ui.widgets.error_sentences import report_problem

        self.status_message.emit(text)
        report_problem(self.window(), text)

    def _daily_backup_failed(self, exc: BaseException) -> None:
        """Today's automatic backup did not work: say so calmly; the journal stays open."""
        from companion.ui.widgets.error_sentences import Doing, sentence

        text = sentence(exc, Doing.BACKUP)
        if text is not None:
            self.status_message.emit(text)
