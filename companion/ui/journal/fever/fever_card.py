"""The "Call your care team now" card shown when a reading meets the family's fever rules.

Fixed white-on-deep-red colours rather than palette roles, so it reads the same in light and
dark themes (contrast about 7:1). Screen readers get an alert-role interface, and the card is
announced (assertively, with the reading and the number to call) each time a new alert shows:
Qt's Linux bridge passes on an announcement event, not the plain Alert event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QGuiApplication,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.journal import fever, fever_sources, kinds
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal.fever import FeverAlert
    from companion.journal.records import Contact

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
    border: 2px solid {BOX_BACKGROUND}; border-radius: 6px; padding: 8px 16px;
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

    Call ``show_alert(alert, contact)``. ``add_contact_requested`` asks the window to open the
    contacts form when no fever contact is set; ``dismissed`` when the family closes the card.
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
        self._announced: FeverAlert | None = None

        self.title = QLabel(self.tr("Call your care team now"), self)
        self.title.setObjectName("feverTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self, 2.0, bold=True))
        self.reason = QLabel(self)
        self.reason.setObjectName("feverReason")
        self.reason.setWordWrap(True)
        self.reason.setFont(scaled_font(self, 1.3))

        self.contact_label = QLabel(self)
        self.contact_label.setWordWrap(True)
        self.contact_label.setFont(scaled_font(self, 1.15, bold=True))
        self.phone_row = QHBoxLayout()
        self.phone_row.setContentsMargins(0, 0, 0, 0)
        self.phone_button: QWidget | None = None
        self.add_contact_button = QPushButton(self.tr("Add your fever contact"), self)
        self.add_contact_button.setAccessibleName(self.tr("Add your care team's fever contact"))
        self.add_contact_button.clicked.connect(self.add_contact_requested)
        self.phone_row.addWidget(self.add_contact_button)
        self.phone_row.addStretch(1)
        self.emergency = QLabel(
            self.tr(
                "If your child seems very unwell, do not wait: call your emergency number "
                "(911 in the United States)."
            ),
            self,
        )
        self.emergency.setWordWrap(True)
        self.emergency.setFont(scaled_font(self, 1.15))
        self.source = QLabel(
            self.tr("Source: {name}").format(name=fever_sources.DEFAULT_RULES_SOURCE.name), self
        )
        self.source.setWordWrap(True)
        self.source.setToolTip(fever_sources.DEFAULT_RULES_SOURCE.url)
        self.source.hide()

        self.tell_box = QFrame(self)
        self.tell_box.setObjectName("tellBox")
        tell_title = QLabel(self.tr("What to tell them"), self.tell_box)
        tell_title.setObjectName("tellTitle")
        tell_title.setFont(scaled_font(self, 1.2, bold=True))
        self.tell_text = QLabel(self.tell_box)
        self.tell_text.setWordWrap(True)
        self.tell_text.setFont(scaled_font(self, 1.2))
        self.tell_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tell_text.setAccessibleName(self.tr("What to tell them"))
        box_layout = QVBoxLayout(self.tell_box)
        box_layout.setContentsMargins(16, 12, 16, 12)
        box_layout.addWidget(tell_title)
        box_layout.addWidget(self.tell_text)

        self.copy_button = QPushButton(self.tr("Copy what to tell them"), self)
        self.copy_button.setAccessibleName(self.tr("Copy what to tell them"))
        self.copy_button.clicked.connect(self.copy_summary)
        self.dismiss_button = QPushButton(self.tr("Close this card"), self)
        self.dismiss_button.setAccessibleName(self.tr("Close the call your care team card"))
        self.dismiss_button.clicked.connect(self.dismiss)

        for button in (self.copy_button, self.dismiss_button, self.add_contact_button):
            button.setMinimumHeight(TARGET_HEIGHT)
            button.setFont(scaled_font(self, 1.05, bold=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.source)
        layout.addWidget(self.contact_label)
        layout.addLayout(self.phone_row)
        layout.addWidget(self.emergency)
        layout.addWidget(self.tell_box)
        layout.addLayout(buttons)

        self.setAccessibleName(self.tr("Alert: call your care team now"))
        self._refresh = QTimer(self)
        self._refresh.setInterval(60_000)
        self._refresh.timeout.connect(self._render_tell)

    # ---- content ----------------------------------------------------------------------

    def show_alert(
        self,
        alert: FeverAlert,
        contact: Contact | None,
        *,
        country: str = "US",
        now: datetime | None = None,
        default_rules: bool = False,
    ) -> None:
        """Fill the card; ``now`` pins the clock (tests, screenshots), else it follows time.

        ``default_rules`` says the family has not entered their care team's own rules yet, so
        the card names where the default comes from instead of "the rule your team gave you".
        """
        self._alert = alert
        self._now = now
        self._country = country
        self.reason.setText(self._reason_text(alert, default_rules))
        self.source.setVisible(default_rules)
        self._set_contact(contact)
        self._render_tell()
        self.setAccessibleDescription(f"{self.reason.text()} {self.contact_label.text()}")
        if now is None:
            self._refresh.start()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        QTimer.singleShot(0, self._announce)  # once the window has shown the card

    def announcement(self) -> str:
        """What a screen reader says when the card appears: what happened and whom to call."""
        parts = [self.title.text(), self.reason.text(), self.contact_label.text()]
        number = getattr(self.phone_button, "text", None)
        if callable(number):
            parts.append(str(number()))
        return " ".join(part for part in parts if part)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._announce)

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
            self.contact_label.setText(self.tr("Call {name}:").format(name=label))
            button = PhoneButton(phone, "", self._country, self, owner=label)
            button.copied.connect(self.copied)
            self.phone_button = button
            self.phone_row.insertWidget(0, button)
            button.show()  # added to a card that may already be on screen
            self.add_contact_button.hide()
            QWidget.setTabOrder(button.number_button, button.format_button)
            QWidget.setTabOrder(button.format_button, self.copy_button)
            QWidget.setTabOrder(self.copy_button, self.dismiss_button)
            self.setFocusProxy(button.number_button)
        else:
            self.contact_label.setText(
                self.tr(
                    "No number is marked “call for fever” yet. Call the number your care "
                    "team gave you for fevers, then add it here so it is ready next time."
                )
            )
            self.add_contact_button.show()
            QWidget.setTabOrder(self.add_contact_button, self.copy_button)
            QWidget.setTabOrder(self.copy_button, self.dismiss_button)
            self.setFocusProxy(self.add_contact_button)

    def _reason_text(self, alert: FeverAlert, default_rules: bool) -> str:
        reading = alert.reading
        shown = fever.format_temperature(reading.value, reading.unit)
        threshold = f"{alert.threshold:.1f} °{alert.unit}"
        if alert.rule == "high" and default_rules:
            return self.tr(
                "{reading} is at or above {threshold}. During cancer treatment that counts as "
                "a fever. Ask your care team for their own fever rule."
            ).format(reading=shown, threshold=threshold)
        if alert.rule == "high":
            return self.tr(
                "{reading} is at or above {threshold}, the fever rule your care team gave you."
            ).format(reading=shown, threshold=threshold)
        if alert.rule == "sustained":
            since = alert.since or reading.taken_at
            return self.tr(
                "Your child's temperature has been {threshold} or more since {time} "
                "({duration}). Latest: {reading}."
            ).format(
                threshold=threshold,
                time=self._clock(since),
                duration=self._duration(reading.taken_at - since),
                reading=shown,
            )
        return self.tr(
            "{reading} is at or below {threshold}. A low temperature can also be a sign of "
            "infection."
        ).format(reading=shown, threshold=threshold)

    def _render_tell(self) -> None:
        alert = self._alert
        if alert is None:
            self.tell_text.clear()
            return
        reading = alert.reading
        lines = [
            self.tr("Temperature: {reading}").format(
                reading=fever.format_temperature(reading.value, reading.unit)
            ),
            self.tr("Taken: {method}").format(method=self.method_text(reading.method)),
            self.tr("When: {time} ({ago})").format(
                time=self._clock(reading.taken_at), ago=self._ago(reading.taken_at)
            ),
        ]
        if alert.rule == "sustained" and alert.since is not None:
            lines.append(
                self.tr("{threshold} or more since {time}").format(
                    threshold=f"{alert.threshold:.1f} °{alert.unit}",
                    time=self._clock(alert.since),
                )
            )
        if alert.medicines:
            lines.append(
                self.tr("Fever medicine given: {medicines}").format(
                    medicines="; ".join(alert.medicines)
                )
            )
        else:
            lines.append(self.tr("Fever medicine given: none noted"))
        self.tell_text.setText("\n".join(lines))

    def method_text(self, method: str) -> str:
        return kinds.method_text(method, QCoreApplication.translate)

    # ---- time ---------------------------------------------------------------------------

    def _current(self) -> datetime:
        return self._now if self._now is not None else datetime.now(UTC)

    def _clock(self, moment: datetime) -> str:
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        today = QDateTime.fromSecsSinceEpoch(int(self._current().timestamp())).toLocalTime()
        locale = QLocale()
        clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        if local.date() == today.date():
            return clock
        day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
        return f"{day} {clock}"

    def _ago(self, moment: datetime) -> str:
        minutes = int((self._current() - moment).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes == 1:
            return self.tr("1 minute ago")
        if minutes < 60:
            return self.tr("%n minutes ago", "", minutes)
        hours = minutes // 60
        if hours == 1:
            return self.tr("1 hour ago")
        return self.tr("%n hours ago", "", hours)

    def _duration(self, span: Any) -> str:
        minutes = max(0, int(span.total_seconds() // 60))
        if minutes < 120:
            return self.tr("%n minutes", "", minutes)
        return self.tr("%n hours", "", minutes // 60)
