"""The "Call your care team now" card shown when a reading meets the family's fever rules.

Fixed white-on-deep-red colours rather than palette roles, so it reads the same in light and
dark themes (contrast about 7:1). Screen readers get an alert-role interface, and the card is
announced (assertively, with the reading and the number to call) each time a new alert shows:
Qt's Linux bridge passes on an announcement event, not the plain Alert event.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.journal import fever
from companion.journal.fever import sources as fever_sources
from companion.ui.journal.counts.latest import latest_anc_lines
from companion.ui.journal.fever import tell_text
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.typography import set_text_size

if TYPE_CHECKING:
    from companion.journal.fever import FeverAlert, RulesOrigin
    from companion.journal.records import Contact

#: Two columns (who to call | what to tell them) once each gets this many average characters.
COLUMN_CHARS = 22

CARD_BACKGROUND = "#9b1c1c"
CARD_TEXT = "#ffffff"
BOX_BACKGROUND = "#ffffff"
BOX_TEXT = "#1a1a1a"
FOCUS_RING = "#ffd54f"  # a ring on the red card, over 3:1 (tests/ui/shell/test_contrast.py)

_STYLE = f"""
QFrame#feverCard {{ background: {CARD_BACKGROUND}; border-radius: 12px; }}
QFrame#feverCard QLabel {{ color: {CARD_TEXT}; }}
QFrame#feverCard QFrame#tellBox {{ background: {BOX_BACKGROUND}; border-radius: 8px; }}
QFrame#feverCard QFrame#tellBox QLabel {{ color: {BOX_TEXT}; }}
QFrame#feverCard QPushButton {{
    background: {BOX_BACKGROUND}; color: {BOX_TEXT};
    border: 3px solid {BOX_BACKGROUND}; border-radius: 6px; padding: 6px 14px;
}}
QFrame#feverCard QPushButton:focus {{ border: 3px solid {FOCUS_RING}; }}
"""

_ALERT_INTERFACES: list[QAccessibleWidget] = []


def _alert_factory(classname: str, obj: Any) -> QAccessibleWidget | None:
    """Give the card the AlertMessage role; Qt caches and owns the interface per widget."""
    if not isinstance(obj, FeverCard):
        return None
    from shiboken6 import Shiboken

    _ALERT_INTERFACES[:] = [i for i in _ALERT_INTERFACES if Shiboken.isValid(i)]
    interface = QAccessibleWidget(obj, QAccessible.Role.AlertMessage)
    _ALERT_INTERFACES.append(interface)  # keep the wrapper alive as long as Qt uses it
    return interface


_FACTORY_INSTALLED = False


def _install_factory() -> None:
    global _FACTORY_INSTALLED
    if not _FACTORY_INSTALLED:
        QAccessible.installFactory(_alert_factory)
        _FACTORY_INSTALLED = True


class FeverCard(QFrame):
    """Unmissable: who to call (click-to-copy number) and what to tell them.

    Call ``show_alert(alert, contact)``. ``add_contact_requested`` asks for the number to call
    (the journal opens the contact form with "Call this number for a fever" ticked);
    ``dismissed`` when the family closes the card. The card never scrolls: it asks its layout
    for every line it needs, and the page below it gives way.
    """

    dismissed = Signal()
    copied = Signal(str)
    add_contact_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        _install_factory()
        super().__init__(parent)
        self.setObjectName("feverCard")
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._alert: FeverAlert | None = None
        self._now: datetime | None = None
        self._country = "US"
        self._origin: RulesOrigin = "team"
        self._announced: FeverAlert | None = None

        self.title = self._label("feverTitle", 1.3, bold=True)
        self.title.setText(self.tr("Call your care team now"))
        self.reason = self._label("feverReason", 1.0)
        self.contact_label = self._label("feverContactLabel", 1.0, bold=True)
        self.phone_row = QHBoxLayout()
        self.phone_row.setContentsMargins(0, 0, 0, 0)
        self.phone_button: QWidget | None = None
        self.add_contact_button = QPushButton(self.tr("Add the number"), self)
        self.add_contact_button.setAccessibleName(self.tr("Add the number to call for a fever"))
        self.add_contact_button.clicked.connect(self.add_contact_requested)
        self.phone_row.addWidget(self.add_contact_button)
        self.phone_row.addStretch(1)
        self.medicine = self._label("feverMedicine", 1.0, bold=True)
        self.medicine.setText(
            QCoreApplication.translate("Fever", fever_sources.NO_FEVER_MEDICINE_TEXT)
        )
        self.emergency = self._label("feverEmergency", 1.0)
        self.source = self._label("feverSources", 0.9)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.hide()
        self.sources_button = QPushButton(self.tr("Sources"), self)
        self.sources_button.setCheckable(True)
        self.sources_button.setAccessibleName(self.tr("Show where these words come from"))
        self.sources_button.toggled.connect(self.source.setVisible)

        self.tell_box = QFrame(self)
        self.tell_box.setObjectName("tellBox")
        self.tell_title = QLabel(self.tr("What to tell them"), self.tell_box)
        self.tell_title.setObjectName("tellTitle")
        self.tell_title.setWordWrap(True)
        set_text_size(self.tell_title, 1.0, bold=True)
        self.tell_text = QLabel(self.tell_box)
        self.tell_text.setWordWrap(True)
        set_text_size(self.tell_text, 0.9)
        self.tell_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tell_text.setAccessibleName(self.tr("What to tell them"))
        box_layout = QVBoxLayout(self.tell_box)
        box_layout.setContentsMargins(12, 6, 12, 6)
        box_layout.setSpacing(2)
        box_layout.addWidget(self.tell_title)
        box_layout.addWidget(self.tell_text)
        box_layout.addStretch(1)  # the words stay together when the box is taller

        self.copy_button = QPushButton(self.tr("Copy what to tell them"), self)
        self.copy_button.setAccessibleName(self.tr("Copy what to tell them"))
        self.copy_button.clicked.connect(self.copy_summary)
        self.dismiss_button = QPushButton(self.tr("Close"), self)
        self.dismiss_button.setAccessibleName(self.tr("Close the call your care team card"))
        self.dismiss_button.clicked.connect(self.dismiss)
        for button in (
            self.copy_button,
            self.dismiss_button,
            self.add_contact_button,
            self.sources_button,
        ):
            button.setMinimumHeight(TARGET_HEIGHT)
            set_text_size(button, 1.0, bold=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sources_button)
        buttons.addWidget(self.dismiss_button)

        call = QVBoxLayout()
        call.setSpacing(6)
        call.addWidget(self.contact_label)
        call.addLayout(self.phone_row)
        call.addWidget(self.emergency)  # under the number to call: the card is a line shorter
        call.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(12)
        self.body.addLayout(call, 1)
        self.body.addWidget(self.tell_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addLayout(self.body)
        layout.addWidget(self.medicine)
        layout.addLayout(buttons)
        layout.addWidget(self.source)

        self.setAccessibleName(self.tr("Alert: call your care team now"))
        self._refresh = QTimer(self)
        self._refresh.setInterval(60_000)
        self._refresh.timeout.connect(self._render_tell)

    def _label(self, name: str, factor: float, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_size(label, factor, bold=bold)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when both columns have room for a line of words, else stacked."""
        room = QFontMetrics(self.font()).averageCharWidth() * COLUMN_CHARS * 2 + 64
        wide = event.size().width() >= room
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        super().resizeEvent(event)

    def show_alert(
        self,
        alert: FeverAlert,
        contact: Contact | None,
        *,
        country: str = "US",
        now: datetime | None = None,
        origin: RulesOrigin | None = None,
        default_rules: bool = False,
    ) -> None:
        """Fill the card; ``now`` pins the clock (tests, screenshots), else it follows time.

        ``country`` is the family's region: the number is shown to dial from there, and the
        emergency number is that region's. ``origin`` says whose rule tipped: "team" (the
        family entered it), "common" (none entered: the built-in common rule, with its
        sources) or "damaged" (saved rules could not be read). ``default_rules=True`` is
        "common".
        """
        self._alert = alert
        self._now = now
        self._country = country
        self._origin = origin or ("common" if default_rules else "team")
        self.reason.setText(self._reason_text(alert))
        self._set_contact(contact)
        self._set_emergency()
        self._set_sources()
        self._render_tell()
        self.setAccessibleDescription(
            " ".join((self.reason.text(), self.contact_label.text(), self.medicine.text()))
        )
        if now is None:
            self._refresh.start()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        QTimer.singleShot(0, self, self._announce)  # once the window has shown the card

    def set_contact(self, contact: Contact | None) -> None:
        """A number was added from the card: show it at once."""
        if self._alert is not None:
            self._set_contact(contact)
            if self.phone_button is not None:
                self.phone_button.setFocus()

    def announcement(self) -> str:
        """What a screen reader says when the card appears: what happened and whom to call."""
        parts = [self.title.text(), self.reason.text(), self.contact_label.text()]
        number = getattr(self.phone_button, "text", None)
        if callable(number):
            parts.append(str(number()))
        parts.append(self.medicine.text())
        return " ".join(part for part in parts if part)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        """Announce each alert once, when it is on screen (a hidden card says nothing)."""
        if self._alert is None or self._announced is self._alert or not self.isVisible():
            return
        self._announced = self._alert
        event = QAccessibleAnnouncementEvent(self, self.announcement())
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def summary_text(self) -> str:
        """Plain text of "What to tell them", as copied to the clipboard."""
        return self.tell_text.text()

    def copy_summary(self) -> None:
        text = self.summary_text()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def dismiss(self) -> None:
        self._refresh.stop()
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def _set_contact(self, contact: Contact | None) -> None:
        if self.phone_button is not None:
            self.phone_button.hide()
            self.phone_row.removeWidget(self.phone_button)
            self.phone_button.deleteLater()
            self.phone_button = None
        phone = (contact.phone or "").strip() if contact is not None else ""
        if contact is not None and phone:
            from companion.ui.widgets.phone_button import PhoneButton

            label = contact.name if not contact.role else f"{contact.name} ({contact.role})"
            self.contact_label.setText(self.tr("Call %1:").replace("%1", label))
            button = PhoneButton(phone, "", self._country, self, owner=label, show_format=False)
            button.copied.connect(self.copied)
            self.phone_button = button
            self.phone_row.insertWidget(0, button)
            button.show()  # added to a card that may already be on screen
            self.add_contact_button.hide()
            first: QWidget = button.number_button
        else:
            self.contact_label.setText(
                self.tr(
                    "No number is marked “call for fever” yet. Call the number your care "
                    "team gave you for fevers, and add it here so it is ready next time."
                )
            )
            self.add_contact_button.show()
            first = self.add_contact_button
        # The number first, then "Copy what to tell them", then "Close".
        QWidget.setTabOrder(first, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.sources_button)
        self.setFocusProxy(first)

    def _set_emergency(self) -> None:
        number = fever_sources.emergency_number(self._country)
        if number is None:
            self.emergency.setText(
                self.tr(
                    "If your child seems very unwell, do not wait: call your local emergency "
                    "number."
                )
            )
        else:
            self.emergency.setText(
                self.tr("If your child seems very unwell, do not wait: call %1.").replace(
                    "%1", number.number
                )
            )

    def _set_sources(self) -> None:
        sources = list(fever_sources.NO_FEVER_MEDICINE_SOURCES)
        if self._origin != "team":
            sources[:0] = fever_sources.DEFAULT_RULES_SOURCES
        number = fever_sources.emergency_number(self._country)
        if number is not None:
            sources.append(number.source)
        unique = list(dict.fromkeys(sources))
        self.source.setText(
            self.tr("Sources: %1.").replace("%1", "; ".join(s.name for s in unique))
        )
        self.source.setToolTip("\n".join(s.url for s in unique))

    def _reason_text(self, alert: FeverAlert) -> str:
        reading = alert.reading
        shown = fever.format_temperature(reading.value, reading.unit)
        threshold = f"{alert.threshold:.1f} °{alert.unit}"
        common = f"38.0 °C / {fever.convert(38.0, 'C', 'F'):.1f} °F"
        if alert.rule == "high" and self._origin == "damaged":
            return (
                self.tr(
                    "%1 is at or above %2. Your saved fever rules could not be read, so "
                    "Companion uses a common rule (%3). Enter your team's rules again."
                )
                .replace("%1", shown)
                .replace("%2", threshold)
                .replace("%3", common)
            )
        if alert.rule == "high" and self._origin == "common":
            return (
                self.tr(
                    "%1 is at or above %2. Companion uses a common rule (%3) until you enter "
                    "your care team's own: ask them for it."
                )
                .replace("%1", shown)
                .replace("%2", threshold)
                .replace("%3", common)
            )
        if alert.rule == "high":
            return (
                self.tr("%1 is at or above %2, the fever rule your care team gave you.")
                .replace("%1", shown)
                .replace("%2", threshold)
            )
        if alert.rule == "sustained":
            since = alert.since or reading.taken_at
            return (
                self.tr("Your child's temperature has been %1 or more since %2 (%3). Latest: %4.")
                .replace("%1", threshold)
                .replace("%2", tell_text.clock(since, self._now))
                .replace("%3", tell_text.duration(reading.taken_at - since))
                .replace("%4", shown)
            )
        return (
            self.tr("%1 is at or below %2. A low temperature can also be a sign of infection.")
            .replace("%1", shown)
            .replace("%2", threshold)
        )

    def _render_tell(self) -> None:
        alert = self._alert
        if alert is None:
            self.tell_text.clear()
            return
        lines = tell_text.tell_lines(alert, self._now)
        lines.extend(latest_anc_lines(self))  # the latest ANC and its date (counts)
        self.tell_text.setText("\n".join(lines))

    def method_text(self, method: str) -> str:
        return tell_text.method_text(method)
