"""One center, as the family reads it: phone lines with hours and the source's age, programs,
what its page says, and where all of it comes from.

Also the small text helpers the rest of Centers & contacts shares with it: wrapped labels,
country and place names, program names, dates in the family's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.directory.centers import PROGRAM_DETAILS, PROGRAMS, Center, Source
from companion.ui.widgets.phone_button import PhoneButton
from companion.ui.widgets.typography import scaled_font

#: Reading width of the detail pane: long lines are hard to follow when tired.
DETAIL_MAX_WIDTH = 760

# Program names and what they stand for come from data; listed here so they can be translated.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("Program", "MIBG therapy"),
    QT_TRANSLATE_NOOP("Program", "CAR T-cell therapy"),
    QT_TRANSLATE_NOOP("Program", "COG Phase I"),
    QT_TRANSLATE_NOOP("Program", "NANT"),
    QT_TRANSLATE_NOOP("Program", "TACL"),
    QT_TRANSLATE_NOOP("Program", "Bone marrow transplant"),
    QT_TRANSLATE_NOOP("Program", "Sequencing / precision medicine"),
    QT_TRANSLATE_NOOP("Program", "Second opinions"),
    QT_TRANSLATE_NOOP("Program", "Survivorship"),
    QT_TRANSLATE_NOOP("Program", "Children's Oncology Group Phase I studies"),
    QT_TRANSLATE_NOOP("Program", "New Approaches to Neuroblastoma Therapy consortium"),
    QT_TRANSLATE_NOOP("Program", "Therapeutic Advances in Childhood Leukemia consortium"),
)


def _program_order(program: str) -> int:
    return PROGRAMS.index(program) if program in PROGRAMS else len(PROGRAMS)


def program_text(program: str) -> str:
    return QCoreApplication.translate("Program", program)


def wrapped(text: str, parent: QWidget, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    """A word-wrapped, selectable label (a parent may want to copy an address from it)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        label.setFont(scaled_font(label, scale, bold=bold))
    return label


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def place_text(center: Center) -> str:
    parts = [center.location.city, center.location.region, country_name(center.location.country)]
    return ", ".join(part for part in parts if part)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def page_date_text(source: Source) -> str:
    """The review date as precise as the page gave it, in the family's language."""
    assert source.reviewed is not None
    formats = {"year": "yyyy", "month": "MMMM yyyy", "day": "d MMMM yyyy"}
    return QLocale().toString(_qdate(source.reviewed), formats[source.reviewed_precision])


def day_text(day: date) -> str:
    return QLocale().toString(_qdate(day), "d MMMM yyyy")


# Age strings keep the translation context of the section they are shown in.
def ago_text(years: int) -> str:
    if years == 0:
        return QCoreApplication.translate("DirectoryView", "less than a year ago")
    if years == 1:
        return QCoreApplication.translate("DirectoryView", "1 year ago")
    return QCoreApplication.translate("DirectoryView", "{count} years ago").format(count=years)


def old_source_warning(source: Source, today: date) -> str:
    """ "Source reviewed November 2009, 17 years ago: please confirm this number …", or ""."""
    age = source.age_years(today)
    if age is None or not source.is_old_on(today):
        return ""
    return QCoreApplication.translate(
        "DirectoryView",
        "Source reviewed {when}, {ago}: please confirm this number before relying on it.",
    ).format(when=page_date_text(source), ago=ago_text(age))


class CenterDetail(QWidget):
    """One center: name, place, phone lines (with hours and the source's age), programs,
    what its page says, and where all of it comes from."""

    def __init__(self, center: Center, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.setMaximumWidth(DETAIL_MAX_WIDTH)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 8, 20, 20)
        self._layout.setSpacing(10)
        self._add(wrapped(center.name, self, scale=1.6, bold=True))
        if center.part_of:
            self._add(wrapped(self.tr("Part of {name}").format(name=center.part_of), self))
        self._add(wrapped(place_text(center), self))

        self._heading(self.tr("Phone lines"))
        self.phone_buttons: list[PhoneButton] = []
        for phone in center.phones:
            hours = self.tr("Hours: {hours}").format(hours=phone.hours) if phone.hours else ""
            button = PhoneButton(
                phone.e164,
                phone.label,
                phone.country,
                self,
                owner=center.name,
                hours=hours,
                warning=old_source_warning(phone.source, today),
            )
            self.phone_buttons.append(button)
            self._add(button)
        if not center.phones:
            self._add(wrapped(center.no_phone_note or "", self, bold=True))
        elif center.source.reviewed is None:
            self._add(
                wrapped(
                    self.tr(
                        "The source page gives no date. Numbers can change: if a call does not "
                        "connect, check the center's own website."
                    ),
                    self,
                )
            )

        if center.programs:
            self._heading(self.tr("Programs"))
            for program in sorted(center.programs, key=_program_order):
                text = program_text(program)
                if program in PROGRAM_DETAILS:
                    text += f" ({program_text(PROGRAM_DETAILS[program])})"
                self._add(wrapped(f"• {text}", self))
        if center.notes:
            self._heading(self.tr("What its page says"))
            for note in center.notes:
                self._add(wrapped(f"• {note}", self))
        self._heading(self.tr("Source"))
        self.source_label = wrapped(self.source_text(center.source, today), self)
        self._add(self.source_label)
        for other in center.other_sources:
            self._add(wrapped(self.source_text(other, today), self))
        self._layout.addStretch(1)

    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def _heading(self, text: str) -> None:
        self._layout.addSpacing(8)
        heading = wrapped(text, self, scale=1.25, bold=True)
        heading.setAccessibleName(text)
        self._add(heading)

    def source_text(self, source: Source, today: date) -> str:
        lines = []
        if source.supports:
            lines.append(self.tr("For {what}:").format(what=source.supports))
        lines.append(f"“{source.title}”, {source.publisher}.")
        age = source.age_years(today)
        if source.reviewed is None:
            lines.append(self.tr("The page gives no review date."))
        elif age is not None:
            dated = (
                self.tr("Dated {when} ({ago}).")
                if source.supports
                else self.tr("Reviewed {when} ({ago}).")
            )
            lines.append(dated.format(when=page_date_text(source), ago=ago_text(age)))
        if source.taken is not None:
            dated = (
                self.tr("page dated {when}").format(when=page_date_text(source))
                if source.page_date is not None
                else self.tr("date not shown")
            )
            lines.append(
                self.tr("Taken from the page as published ({dated}) on {day}.").format(
                    dated=dated, day=day_text(source.taken)
                )
            )
        if source.url:
            lines.append(self.tr("Page address: {url}").format(url=source.url))
        if not source.supports:
            lines.append(self.tr("Reference file: {name}").format(name=source.name))
        return "\n".join(lines)
