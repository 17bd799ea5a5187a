"""One center, as the family reads it: phone lines with hours and the source's age, programs,
what its page says, and where all of it comes from.

Also the small text helpers the rest of Centers & contacts shares with it: wrapped labels,
country and place names, program names, dates in the family's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.directory import phones
from companion.directory.centers import Center, Phone, ProgramClaim, Source
from companion.directory.programs import PROGRAM_DETAILS, program_order
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
    # In the interface language where Qt knows it ("Estados Unidos"), else Qt's English name.
    local = QLocale(QLocale().language(), territory)
    if local.territory() == territory and local.language() == QLocale().language():
        return local.nativeTerritoryName()
    return QLocale.territoryToString(territory)


def place_text(center: Center) -> str:
    parts = [center.location.city, center.location.region, country_name(center.location.country)]
    return ", ".join(part for part in parts if part)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def page_date_text(source: Source) -> str:
    """The page's own date as precise as the page gave it, in the family's language."""
    assert source.page_date is not None
    formats = {"year": "yyyy", "month": "MMMM yyyy", "day": "d MMMM yyyy"}
    return QLocale().toString(_qdate(source.page_date), formats[source.page_date_precision])


def day_text(day: date) -> str:
    return QLocale().toString(_qdate(day), "d MMMM yyyy")


class PageAge(QObject):
    """How long ago a page was dated. Plurals are worded through a
    class's ``tr``: ``pyside6-lupdate`` reads a plural only there."""

    def text(self, years: int) -> str:
        if years == 0:
            return self.tr("less than a year ago")
        return self.tr("%n years ago", "", years)


def ago_text(years: int) -> str:
    return PageAge().text(years)


def confirm_warning(source: Source, today: date) -> str:
    """ "Page dated November 2009, 17 years ago: please confirm this number …" for a page
    that is old or shows no date; "" for a recent page."""
    if not source.needs_confirming_on(today):
        return ""
    age = source.age_years(today)
    if age is None:
        return QCoreApplication.translate(
            "DirectoryView",
            "The page shows no date: please confirm this number before relying on it.",
        )
    return (
        QCoreApplication.translate(
            "DirectoryView",
            "Page dated %1, %2: please confirm this number before relying on it.",
        )
        .replace("%1", page_date_text(source))
        .replace("%2", ago_text(age))
    )


def source_name(source: Source) -> str:
    """ "Publisher: Title", the way every screen names a source (never its file name)."""
    return f"{source.publisher}: {source.title}"


class CenterDetail(QWidget):
    """One center: name, place, phone lines (the family's first, then those for the child's
    doctor), the programs its pages describe, what its page says, and where it all comes from.
    """

    def __init__(
        self,
        center: Center,
        today: date,
        parent: QWidget | None = None,
        *,
        region: str = phones.DEFAULT_REGION,
    ) -> None:
        super().__init__(parent)
        self.center = center
        #: Where the family dials from: numbers of that country show in national form.
        self.region = region
        self.setMaximumWidth(DETAIL_MAX_WIDTH)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 8, 20, 20)
        self._layout.setSpacing(10)
        self._add(wrapped(center.name, self, scale=1.6, bold=True))
        if center.part_of:
            self._add(wrapped(self.tr("Part of %1").replace("%1", str(center.part_of)), self))
        self._add(wrapped(place_text(center), self))

        self._heading(self.tr("Phone lines"))
        self.phone_buttons: list[PhoneButton] = []
        family = [phone for phone in center.phones if not phone.for_doctors]
        doctors = [phone for phone in center.phones if phone.for_doctors]
        for phone in family:
            self._add_phone(phone, today)
        if doctors:
            self._subheading(self.tr("For your child's doctor"))
            self._add(
                wrapped(
                    self.tr("These lines are meant for your child's doctor. You can pass them on."),
                    self,
                )
            )
            for phone in doctors:
                self._add_phone(phone, today)
        if not center.phones:
            self._add(wrapped(center.no_phone_note or "", self, bold=True))

        if center.claims:
            self._heading(self.tr("Programs its pages describe"))
            self._add_claims(center)
        if center.notes:
            self._heading(self.tr("What its page says"))
            for note in center.notes:
                self._add(wrapped(f"• {note}", self))
        self._heading(self.tr("Sources"))
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

    def _subheading(self, text: str) -> None:
        self._layout.addSpacing(4)
        heading = wrapped(text, self, scale=1.1, bold=True)
        heading.setAccessibleName(text)
        self._add(heading)

    def _add_phone(self, phone: Phone, today: date) -> None:
        hours = self.tr("Hours: %1").replace("%1", phone.hours) if phone.hours else ""
        button = PhoneButton(
            phone.e164,
            phone.label,
            self.region,
            self,
            owner=self.center.name,
            hours=hours,
            warning=confirm_warning(phone.source, today),
        )
        self.phone_buttons.append(button)
        self._add(button)

    def _add_claims(self, center: Center) -> None:
        """Each program under the source that says the center offers it, with its note."""
        by_source: dict[Source, list[ProgramClaim]] = {}
        for claim in sorted(center.claims, key=lambda claim: program_order(claim.program)):
            by_source.setdefault(claim.source, []).append(claim)
        for source, claims in by_source.items():
            self._add(wrapped(self.tr("From %1:").replace("%1", source_name(source)), self))
            for claim in claims:
                text = QCoreApplication.translate("Program", claim.program)
                if claim.program in PROGRAM_DETAILS:
                    detail = PROGRAM_DETAILS[claim.program]
                    text += " (" + QCoreApplication.translate("Program", detail) + ")"
                label = wrapped(f"• {text}", self)
                label.setContentsMargins(16, 0, 0, 0)
                self._add(label)
                if claim.note:
                    note = wrapped(self.tr("Note: %1").replace("%1", claim.note), self)
                    note.setContentsMargins(30, 0, 0, 0)
                    self._add(note)

    def source_text(self, source: Source, today: date) -> str:
        """ "Publisher: Title", the page's own date (or that it shows none), the day the facts
        were taken from it, and its address."""
        lines = []
        if source.supports:
            lines.append(self.tr("For %1:").replace("%1", str(source.supports)))
        lines.append(source_name(source))
        age = source.age_years(today)
        if age is None:
            lines.append(self.tr("Date not shown on the page."))
        else:
            lines.append(
                self.tr("Page dated %1 (%2).")
                .replace("%1", page_date_text(source))
                .replace("%2", ago_text(age))
            )
        if source.taken is not None:
            lines.append(
                self.tr("Taken from the page as published on %1.").replace(
                    "%1", day_text(source.taken)
                )
            )
        if source.url:
            lines.append(self.tr("Page address: %1").replace("%1", source.url))
        return "\n".join(lines)
