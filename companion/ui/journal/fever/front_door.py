"""In front of the journal: a temperature checked without the password, and its card.

On the locked screen (:class:`LockedExtras`, under the password) anyone at the computer can
check a reading: it is sealed at once for the next unlock (:mod:`companion.journal.locked`),
and the emergency information shows when the family turned it on. On a first start
(:class:`FirstReading`, above setup) a parent can check a reading before the journal exists;
it waits in memory, with the fever number typed on the card, and setup saves both.

The card is the journal's own :class:`FeverCard`, checked with the journal's own rules
(:mod:`companion.journal.fever`): the family's rules when the locked screen shows them,
otherwise the common rule (38.0 °C / 100.4 °F), and the card says which.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.journal import fever
from companion.journal.records import Contact, TemperatureReading
from companion.ui.gate.emergency_panel import EmergencyPanel
from companion.ui.gate.gate_widgets import BODY_SCALE, body_label, gate_button
from companion.ui.gate.quick_reading import QuickReading, unit_for
from companion.ui.journal.fever.fever_card import FeverCard
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.error_sentences import Doing, sentence
from companion.ui.widgets.region import family_region
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job, run_job

if TYPE_CHECKING:
    from companion.paths import AppPaths


def region_of(paths: AppPaths) -> str:
    """The family's region (phone formats, °C or °F), from the app's settings file."""
    return family_region(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))


class ReadingResult(QWidget):
    """What a reading means: the call-now card, or a calm line when no rule is met.

    With ``can_add_number`` (a first start) the card's "add your fever contact" opens a number
    field right here, and the card shows the number at once (``number_added(e164)``).
    ``closed`` when the family is done with it.
    """

    closed = Signal()
    number_added = Signal(str)

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.card = FeverCard(self)
        self.card.dismissed.connect(self.closed)
        self.card.add_contact_requested.connect(self.ask_number)
        self.below = body_label("", self)
        self.below.setObjectName("belowRule")
        self.below.setFont(scaled_font(self, 1.3))
        self.rule_note = body_label("", self)
        self.note = body_label("", self)
        self.note.setObjectName("readingNote")
        self.number_row = QWidget(self)
        self.number = QLineEdit(self.number_row)
        self.number.setAccessibleName(self.tr("Your care team's number for fevers"))
        self.number.setMinimumHeight(TARGET_HEIGHT)
        self.number.returnPressed.connect(self.add_number)
        number_label = QLabel(self.tr("Your care team's number for &fevers:"), self.number_row)
        number_label.setBuddy(self.number)
        number_label.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.number_button = gate_button(self.tr("Put it on the card"), parent=self.number_row)
        self.number_button.clicked.connect(self.add_number)
        self.number_message = body_label("", self.number_row)
        number_layout = QVBoxLayout(self.number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.number_button)
        number_layout.addWidget(number_label)
        number_layout.addLayout(row)
        number_layout.addWidget(self.number_message)
        self.number_row.hide()
        self.back_button = QPushButton(self.tr("Done"), self)
        self.back_button.setMinimumHeight(TARGET_HEIGHT)
        self.back_button.clicked.connect(self.closed)
        self.action_row = QHBoxLayout()
        self.action_row.addWidget(self.back_button)
        self.action_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (self.card, self.below, self.number_row, self.rule_note, self.note):
            layout.addWidget(widget)
        layout.addLayout(self.action_row)
        self._shown: tuple[fever.FeverAlert, bool] | None = None
        self.contact: Contact | None = None
        self.can_add_number = False

    def show_reading(
        self,
        reading: TemperatureReading,
        rules: fever.FeverRules | None,
        contact: Contact | None,
        *,
        note: str = "",
        can_add_number: bool = False,
    ) -> fever.FeverAlert | None:
        """Check ``reading`` against ``rules`` (None: the common rule, said so) and show it."""
        default = rules is None
        used = rules if rules is not None else fever.FeverRules.default(reading.unit)  # type: ignore[arg-type]
        alert = fever.evaluate([reading], used, datetime.now(UTC))
        self.contact = contact
        self.can_add_number = can_add_number
        self.set_note(note)
        common = fever.format_temperature(used.high, used.unit)
        self.rule_note.setText(
            self.tr(
                "Checked against the common rule: %1 or higher. Ask your care team for their "
                "own rule."
            ).replace("%1", common)
            if default
            else ""
        )
        self.rule_note.setVisible(default)
        self.number_row.hide()
        if alert is None:
            self._shown = None
            self.card.hide()
            self.below.setText(
                self.tr(
                    "%1 is below the fever rule of %2. If your child seems unwell, call your "
                    "care team anyway."
                )
                .replace("%1", fever.format_temperature(reading.value, reading.unit))
                .replace("%2", common)
            )
            self.below.show()
            self.back_button.setFocus()
            return None
        self.below.hide()
        self._shown = (alert, default)
        self._show_card()
        return alert

    def set_note(self, text: str) -> None:
        """A line under the card: where the reading went (or why it could not be kept)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _show_card(self) -> None:
        if self._shown is None:
            return
        alert, default = self._shown
        self.card.show_alert(alert, self.contact, country=self.region, default_rules=default)
        self.card.add_contact_button.setVisible(self.contact is None and self.can_add_number)
        self.card.show()
        self.card.setFocus()

    def ask_number(self) -> None:
        self.number_row.show()
        self.number.setFocus()

    def add_number(self) -> None:
        from companion.directory.phones import PhoneError, parse_phone

        try:
            e164 = parse_phone(self.number.text(), self.region)
        except PhoneError:
            self.number_message.setText(
                self.tr(
                    "This does not look like a phone number. Check the digits, including the "
                    "area code."
                )
            )
            self.number.setFocus()
            return
        self.number_message.clear()
        self.contact = Contact(name=self.tr("your care team"), phone=e164, call_for_fever=True)
        self.number_row.hide()
        self._show_card()
        self.number_added.emit(e164)


class LockedExtras(QWidget):
    """Under the locked journal's password: the emergency information and a reading.

    ``card_shown(True)`` while the card needs the room (the unlock screen hides its form),
    ``card_shown(False)`` when the family is done with it. ``sealed`` once a reading is kept.
    """

    card_shown = Signal(bool)
    sealed = Signal()

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        region = region_of(paths)
        self.panel = EmergencyPanel(paths, region, self)
        self.quick = QuickReading(
            unit_for(region),
            self,
            children=self.panel.children_shown(),
            intro=self.tr(
                "Is the child hot? Anyone here can check a temperature without the password. "
                "It is kept locked and added to the journal the next time it is opened."
            ),
        )
        self.quick.checked.connect(self.check)
        self.result = ReadingResult(region, self)
        self.result.closed.connect(self.close_card)
        self.result.hide()
        self.job: Job | None = None
        # The locked screen scrolls as a whole (the password above, this below).
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(14)
        for widget in (self.panel, self.quick, self.result):
            column.addWidget(widget)

    def check(self, reading: TemperatureReading, child_id: object) -> None:
        """Show what the reading means at once, and seal it in the background."""
        from companion.journal.locked import seal_reading

        info = self.panel.info
        rules = info.rules if info is not None and not info.rules_are_default else None
        contact = info.contact if info is not None else None
        self.result.show_reading(
            reading, rules, contact, note=self.tr("Keeping this reading locked for the journal…")
        )
        for widget in (self.quick, self.panel):
            widget.hide()
        self.result.show()
        self.card_shown.emit(True)
        chosen = child_id if isinstance(child_id, str) and child_id else None
        job = run_job(lambda: seal_reading(self.paths, reading, chosen))
        job.succeeded.connect(self._sealed)
        job.failed.connect(self._seal_failed)
        self.job = job

    def _sealed(self, _result: object) -> None:
        self.job = None
        self.result.set_note(
            self.tr(
                "This reading is kept locked: it goes into the journal the next time the "
                "journal is opened. Nobody can read it without the password."
            )
        )
        self.sealed.emit()

    def _seal_failed(self, exc: BaseException) -> None:
        self.job = None
        text = sentence(exc, Doing.SEAL)
        if text is None:
            raise exc
        self.result.set_note(text)

    def close_card(self) -> None:
        self.result.hide()
        self.quick.clear()
        self.quick.show()
        self.panel.reload()
        self.card_shown.emit(False)


class FirstReading(QWidget):
    """Above setup on a first start: check a temperature before the journal exists.

    The reading and the fever number typed on the card stay in memory (``pending()``) until
    setup saves them; nothing is written before there is a key to lock it with.
    """

    card_shown = Signal(bool)

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        region = region_of(paths)
        self.reading: TemperatureReading | None = None
        self.phone: str | None = None
        self.quick = QuickReading(
            unit_for(region),
            self,
            intro=self.tr("Is your child hot? Check a temperature now; set up the journal after."),
        )
        self.quick.checked.connect(self.check)
        self.result = ReadingResult(region, self)
        self.result.back_button.setText(self.tr("Set up the journal to keep it"))
        self.result.back_button.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.result.closed.connect(self.close_card)
        self.result.number_added.connect(self._number_added)
        self.result.hide()
        self.waiting = body_label("", self)
        self.waiting.setObjectName("readingWaiting")
        self.waiting.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quick)
        layout.addWidget(self.waiting)
        layout.addWidget(self.result)
        self.setFocusProxy(self.quick)

    def pending(self) -> tuple[TemperatureReading | None, str | None]:
        return self.reading, self.phone

    def check(self, reading: TemperatureReading, _child: object) -> None:
        self.reading = reading
        self.result.show_reading(
            reading,
            None,
            self.result.contact,
            note=self.tr(
                "This reading is only on the screen for now. It is saved in the journal when "
                "you set it up (it takes a minute)."
            ),
            can_add_number=True,
        )
        self.quick.hide()
        self.waiting.hide()
        self.result.show()
        self.card_shown.emit(True)

    def _number_added(self, e164: str) -> None:
        self.phone = e164

    def close_card(self) -> None:
        self.result.hide()
        if self.reading is not None:
            shown = fever.format_temperature(self.reading.value, self.reading.unit)
            self.waiting.setText(
                self.tr("Your reading of %1 is saved in the journal once it is set up.").replace(
                    "%1", shown
                )
            )
            self.waiting.show()
        self.card_shown.emit(False)
