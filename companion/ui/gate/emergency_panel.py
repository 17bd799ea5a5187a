"""The emergency information on the locked screen, like a phone's medical ID.

Shown only when the family turned it on (Privacy and backups); read from the one small file
kept outside the encrypted journal (:mod:`companion.journal.locked.emergency`). A damaged file is
said in words, never guessed at and never a crash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from companion.journal import fever
from companion.journal.locked.emergency import (
    EmergencyFileDamaged,
    EmergencyInfo,
    read_emergency_info,
)
from companion.ui.gate.gate_widgets import BODY_SCALE, body_label
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.paths import AppPaths

_STYLE = (
    "QFrame#emergencyPanel { border: 2px solid palette(mid); border-radius: 10px; "
    "background: palette(base); } QFrame#emergencyPanel QLabel { color: palette(text); }"
)


class EmergencyPanel(QFrame):
    """Each chosen child, the fever rule and the number to call (one click copies it).

    Hidden when the family has not turned it on. ``copied(number)`` after a copy.
    """

    copied = Signal(str)

    def __init__(self, paths: AppPaths, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.region = region
        self.setObjectName("emergencyPanel")
        self.setStyleSheet(_STYLE)
        self.info: EmergencyInfo | None = None
        self.damaged = False
        self.phone_button: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 10, 16, 12)
        self._layout.setSpacing(4)
        self.reload()

    def reload(self) -> None:
        """Read the file again (after the family changed it, or at each lock)."""
        try:
            self.info = read_emergency_info(self.paths)
            self.damaged = False
        except EmergencyFileDamaged:
            self.info, self.damaged = None, True
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.phone_button = None
        if self.damaged:
            self._line(
                self.tr(
                    "The emergency information for this screen could not be read: its file was "
                    "changed or damaged. Unlock the journal and turn it on again in Privacy "
                    "and backups."
                ),
                bold=True,
            )
        elif self.info is not None:
            self._fill(self.info)
        self.setVisible(self.damaged or self.info is not None)

    def _fill(self, info: EmergencyInfo) -> None:
        heading = self._line(self.tr("Emergency information"), scale=1.3, bold=True)
        heading.setAccessibleName(self.tr("Emergency information, shown without the password"))
        for child in info.children:
            parts = [child.name]
            if child.central_line:
                parts.append(self.tr("Central line: %1").replace("%1", child.central_line))
            if child.allergies:
                parts.append(self.tr("Allergies: %1").replace("%1", child.allergies))
            self._line(" · ".join(parts), bold=len(parts) == 1)
        lines = self.rule_lines(info.rules)
        if info.rules_are_default:
            lines.append(self.tr("(The common fever rule: ask your care team for their own.)"))
        self._line(self.tr("Fever: %1").replace("%1", " ".join(lines)))
        contact = info.contact
        if contact is None or not contact.phone:
            self._line(self.tr("No number is marked for fevers yet."))
            return
        from companion.ui.widgets.phone_button import PhoneButton

        who = contact.name if not contact.role else f"{contact.name} ({contact.role})"
        self._line(self.tr("For a fever, call %1:").replace("%1", who), bold=True)
        try:
            button = PhoneButton(contact.phone, "", self.region, self, owner=who)
        except ValueError:  # a number that cannot be read is shown as written
            self._line(contact.phone, scale=1.3, bold=True)
            return
        button.copied.connect(self.copied)
        self._layout.addWidget(button)
        self.phone_button = button

    def rule_lines(self, rules: fever.FeverRules) -> list[str]:
        """The fever rule in words, one sentence per part of it."""
        lines = [
            self.tr("Call at %1 or higher.").replace(
                "%1", fever.format_temperature(rules.high, rules.unit)
            )
        ]
        if rules.sustained is not None:
            lines.append(
                self.tr("Also call at %1 or higher for %2 minutes.")
                .replace("%1", fever.format_temperature(rules.sustained, rules.unit))
                .replace("%2", str(rules.sustained_minutes))
            )
        if rules.low is not None:
            lines.append(
                self.tr("Also call at %1 or lower.").replace(
                    "%1", fever.format_temperature(rules.low, rules.unit)
                )
            )
        return lines

    def _line(self, text: str, *, scale: float = BODY_SCALE, bold: bool = False) -> QLabel:
        label = body_label(text, self)
        label.setFont(scaled_font(self, scale, bold=bold))
        self._layout.addWidget(label)
        return label

    def children_shown(self) -> tuple[tuple[str, str], ...]:
        """(id, first name) of each child shown, for choosing whose reading it is."""
        if self.info is None:
            return ()
        return tuple((child.id, child.name) for child in self.info.children)
