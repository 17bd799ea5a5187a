"""The same card as a fever, for the care team's other "call us if" rules, and the watch that
checks each new symptom and blood count against them.

The card is the fever card's widget (colours, number to call, copy, close, screen-reader
announcement); only its words differ: the rule the team gave, in the family's words, and what
the journal recorded that matched it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from companion.journal.callrules import Match, rule_text
from companion.journal.records import BloodCount, Contact, Record, SymptomEntry, kind_of
from companion.ui.journal.counts.latest import latest_anc_text
from companion.ui.journal.fever.fever_card import FeverCard

if TYPE_CHECKING:
    from companion.journal import Journal


class CallCard(FeverCard):
    """The fever card, worded for a "call us if" rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feverCard")
        self._shown: tuple[str, ...] | None = None
        self._spoken: tuple[str, ...] | None = None
        self.setAccessibleName(self.tr("Alert: your care team's rule says to call"))

    def show_matches(
        self,
        matches: list[Match],
        contact: Contact | None,
        tell: list[str],
        *,
        country: str = "US",
    ) -> None:
        rules = "; ".join(rule_text(m.rule) for m in matches)
        self.reason.setText(self.tr("Your care team said to call if: %1").replace("%1", rules))
        self.source.hide()
        self._country = country
        self._set_contact(contact)
        self.tell_text.setText("\n".join(tell))
        self.setAccessibleDescription(f"{self.reason.text()} {self.contact_label.text()}")
        self._shown = tuple(m.rule.id + m.summary for m in matches)
        QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        if self._shown is None or self._spoken == self._shown or not self.isVisible():
            return
        self._spoken = self._shown
        event = QAccessibleAnnouncementEvent(self, self.announcement())
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)


class CallWatch(QScrollArea):
    """Holds the card under the fever card; hidden until an entry matches a rule."""

    status_message = Signal(str)
    add_contact_requested = Signal()
    recorded = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.matches: list[Match] = []
        self.card = CallCard(self)
        self.setWidget(self.card)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card.dismissed.connect(self.hide)
        self.card.copied.connect(lambda _text: self.status_message.emit(self.tr("Copied.")))
        self.card.add_contact_requested.connect(self.add_contact_requested)
        self.hide()

    def sizeHint(self) -> QSize:
        return self.card.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 180)

    def check(self, record: Record) -> list[Match]:
        """Check a just-saved entry; show the card and record an alert for each rule matched."""
        found = self.journal.check_call_rules(record)
        if not found:
            return []
        assert isinstance(record, SymptomEntry | BloodCount)
        when = record.recorded_at if isinstance(record, SymptomEntry) else record.drawn_at
        tell = [m.summary for m in found]
        tell.append(self.tr("When: %1").replace("%1", _clock(when)))
        anc = latest_anc_text(self.journal, record.child_id)
        if anc and not isinstance(record, BloodCount):
            tell.append(anc)
        self.matches = found
        self.card.show_matches(found, self.journal.fever_contact(), tell)
        self.show()
        self.ensureVisible(0, 0)
        self.card.setFocus()
        for match in found:
            self.journal.add_call_alert(
                record.child_id,
                rule_text(match.rule),
                match.summary,
                entry_kind=kind_of(record),
                entry_id=record.id,
                occurred_at=when,
            )
        self.recorded.emit()
        return found


def _clock(moment: datetime) -> str:
    from companion.ui.widgets.entry_forms import local_text

    return local_text(moment.astimezone(UTC))
