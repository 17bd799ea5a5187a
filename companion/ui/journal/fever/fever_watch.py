"""The fever card at the top of the journal, and the check that decides when it shows.

After a temperature is saved (and when the journal opens) the family's rules are evaluated on
the last day's readings. An alert the family has not closed shows the card; the first time a
reading tips a rule, a fever event is recorded in the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.journal import fever
from companion.ui.journal.counts.latest import CARD_PROPERTY, latest_anc_text
from companion.ui.journal.fever.fever_card import FeverCard
from companion.ui.widgets.region import family_region, system_region

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.ui.directory.contact_dialog import ContactDialog
    from companion.ui.widgets.session import JournalSession

DISMISSED_SETTING = "fever_card_dismissed"


def region_provider(session: JournalSession | None) -> Callable[[], str]:
    """Reads the family's region (where they dial from) each time the card shows."""
    if session is None:
        return system_region
    settings_file = str(session.paths.settings_file)

    def region() -> str:
        from PySide6.QtCore import QSettings

        return family_region(QSettings(settings_file, QSettings.Format.IniFormat))

    return region


#: How many closed alerts are remembered (by reading id) so they do not pop up again.
REMEMBERED = 50


class FeverWatch(QWidget):
    """Holds the card at its full height (it never scrolls; the page below gives way).
    Hidden with no alert. ``region`` gives the family's region, where they dial from."""

    status_message = Signal(str)
    add_contact_requested = Signal()
    contact_added = Signal()
    recorded = Signal()
    #: The card appeared or went: the page re-fits what is below it.
    shown = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        region: Callable[[], str] = system_region,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.region = region
        self.alert: fever.FeverAlert | None = None
        self.dialog: ContactDialog | None = None
        self.card = FeverCard(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self.card.dismissed.connect(self.dismiss)
        self.card.copied.connect(lambda _text: self.status_message.emit(self.tr("Copied.")))
        self.card.add_contact_requested.connect(self.add_number)
        self.hide()

    def add_number(self) -> ContactDialog:
        """The contact form over the card, "Call this number for a fever" already ticked;
        once saved the card shows the number at once."""
        from companion.ui.directory.contact_dialog import ContactDialog

        dialog = ContactDialog(self.region(), None, self)
        dialog.setWindowTitle(self.tr("Add the number to call for a fever"))
        dialog.fever_box.setChecked(True)
        dialog.accepted.connect(lambda: self._number_added(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _number_added(self, dialog: ContactDialog) -> None:
        values = dict(dialog.result_values or {})
        if not values:
            return
        name = values.pop("name")
        self.journal.add_contact(name, **values)
        self.dialog = None
        self.card.set_contact(self.journal.fever_contact())
        self.status_message.emit(self.tr("Added to your care team."))
        self.contact_added.emit()

    def check(self, child_id: str) -> fever.FeverAlert | None:
        """Evaluate the rules for one child now; show the card for an alert not yet closed."""
        rules, origin = fever.rules_in_use(self.journal.get_setting(fever.SETTINGS_KEY))
        now = datetime.now(UTC)
        readings = self.journal.readings_between(
            child_id, now - fever.ALERT_WINDOW - timedelta(hours=1), now + timedelta(days=1)
        )
        alert = fever.evaluate(readings, rules, now)
        if alert is None:
            return None
        reading_id = str(alert.reading.id)
        if reading_id in (self.journal.get_setting(DISMISSED_SETTING) or []):
            return None
        self.alert = alert
        self.card.setProperty(CARD_PROPERTY, latest_anc_text(self.journal, child_id))
        self.card.show_alert(
            alert, self.journal.fever_contact(), country=self.region(), origin=origin
        )
        self.show()
        self.shown.emit()
        self.card.setFocus()
        known = {e.reading_id for e in self.journal.list_fever_events(child_id, limit=20)}
        if reading_id not in known:
            self.journal.add_fever_event(
                child_id,
                alert.rule,
                self.card.reason.text(),
                reading_id=reading_id,
                occurred_at=alert.reading.taken_at,
            )
            self.recorded.emit()
        return alert

    def dismiss(self) -> None:
        """Close the card and remember it, so this alert does not come back on reopening."""
        if self.alert is not None:
            dismissed = list(self.journal.get_setting(DISMISSED_SETTING) or [])
            dismissed = [*dismissed[-(REMEMBERED - 1) :], str(self.alert.reading.id)]
            self.journal.set_setting(DISMISSED_SETTING, dismissed)
        self.hide()
        self.shown.emit()
