"""The fever card at the top of the journal, and the check that decides when it shows.

After a temperature is saved (and when the journal opens) the family's rules are evaluated on
the last day's readings. An alert the family has not closed shows the card; the first time a
reading tips a rule, a fever event is recorded in the journal.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from companion.journal import fever
from companion.ui.journal.counts.latest import CARD_PROPERTY, latest_anc_text
from companion.ui.journal.fever.fever_card import FeverCard

if TYPE_CHECKING:
    from companion.journal import Journal

DISMISSED_SETTING = "fever_card_dismissed"
#: The card may shrink to this (and scroll) on small screens; its title stays in view.
MIN_CARD_HEIGHT = 180
#: How many closed alerts are remembered (by reading id) so they do not pop up again.
REMEMBERED = 50


class FeverWatch(QScrollArea):
    """Holds the card: as tall as the card when there is room, scrolling when not, so the
    card never makes the window taller than a small laptop screen. Hidden with no alert."""

    status_message = Signal(str)
    add_contact_requested = Signal()
    recorded = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.alert: fever.FeverAlert | None = None
        self.card = FeverCard(self)
        self.setWidget(self.card)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card.dismissed.connect(self.dismiss)
        self.card.copied.connect(lambda _text: self.status_message.emit(self.tr("Copied.")))
        self.card.add_contact_requested.connect(self.add_contact_requested)
        self.hide()

    def sizeHint(self) -> QSize:
        return self.card.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, MIN_CARD_HEIGHT)

    def check(self, child_id: str) -> fever.FeverAlert | None:
        """Evaluate the rules for one child now; show the card for an alert not yet closed."""
        rules = fever.load_rules(self.journal.get_setting(fever.SETTINGS_KEY))
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
        self.card.show_alert(alert, self.journal.fever_contact())
        self.show()
        self.ensureVisible(0, 0)
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
