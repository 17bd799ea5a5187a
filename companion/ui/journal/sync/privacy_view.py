"""Privacy and backups, with the sharing settings below the others."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.ui.journal.security_view import SecurityView
from companion.ui.journal.sync.sharing_section import SharingSection
from companion.ui.journal.sync.sync_runner import runner_for
from companion.ui.journal.unlock_settings import SettingsSection

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.ui.widgets.session import JournalSession


class PrivacyView(SecurityView):
    """:class:`SecurityView` plus "Share with another computer"."""

    def __init__(
        self,
        journal: Journal,
        session: JournalSession | None = None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> None:
        super().__init__(journal, session, parent, **options)
        runner = runner_for(session) if session is not None else None
        self.sharing = SharingSection(journal, runner, self.settings_page)
        self.sharing.status_message.connect(self.status_message)
        column = self.settings_page.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.count() - 1, self.sharing)  # above the closing stretch

    def sections(self) -> list[SettingsSection]:
        sharing = getattr(self, "sharing", None)
        return [*super().sections(), *([sharing] if sharing is not None else [])]
