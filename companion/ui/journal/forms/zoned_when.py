"""When an appointment is: a date and wall-clock time in a named zone, or a whole day.

Where the clocks go back, a time can happen twice: the widget asks which one. Where they jump
forward, a time does not happen at all: the widget says so and the form will not save it.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from companion.journal.wallclock import local_midnight, moments
from companion.ui.widgets.accessible import name_combo_editor
from companion.ui.widgets.entry_forms import TARGET_HEIGHT

TIME_FORMAT = "ddd d MMM yyyy  hh:mm"
DAY_FORMAT = "ddd d MMM yyyy"


def system_zone() -> str:
    """This computer's IANA zone name (Qt knows it on every platform)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace") or "UTC"


def offset_text(seconds: int) -> str:
    sign = "+" if seconds >= 0 else "−"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def zone_offset_text(zone: str, moment: QDateTime) -> str:
    """The zone as a place and its offset ("New York, United States · UTC−05:00"), never the
    raw database name; "UTC" alone for the Etc zones, which are no place."""
    tz = QTimeZone(QByteArray(zone.encode()))
    if not tz.isValid():
        return ""
    offset = offset_text(tz.offsetFromUtc(moment))
    if zone in ("UTC", "GMT") or zone.startswith("Etc/") or "/" not in zone:
        return offset
    place = zone.rsplit("/", 1)[-1].replace("_", " ")
    country = QLocale.territoryToString(tz.territory())
    named = (
        f"{place}, {country}"
        if country and tz.territory() != QLocale.Country.AnyTerritory
        else place
    )
    return f"{named} · {offset}"


def _wall(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class ZonedWhen(QWidget):
    """Date and wall-clock time plus the IANA zone they are in (the computer's by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(TIME_FORMAT)
        self.edit.setMinimumHeight(TARGET_HEIGHT)
        self.edit.setAccessibleName(self.tr("Date and time"))
        self.all_day = QCheckBox(self.tr("All day"), self)
        self.all_day.setMinimumHeight(TARGET_HEIGHT)
        self.all_day.setToolTip(self.tr("The appointment has no set time (a whole day)."))
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setMinimumHeight(TARGET_HEIGHT)
        self.zone.setAccessibleName(self.tr("Time zone"))
        name_combo_editor(self.zone)
        ids = [bytes(z.data()).decode("ascii", "replace") for z in QTimeZone.availableTimeZoneIds()]
        self.zone.addItems(ids)
        completer = QCompleter(ids, self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.offset = QLabel(self)
        self.offset.setAccessibleName(self.tr("Offset from UTC"))
        self.which = QComboBox(self)
        self.which.setMinimumHeight(TARGET_HEIGHT)
        self.which.setAccessibleName(self.tr("Which of the two times"))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About this time"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.all_day)
        layout.addLayout(top, 0, 0, 1, 2)
        self.zone_label = QLabel(self.tr("Time zone:"), self)
        layout.addWidget(self.zone_label, 1, 0)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone, 1)
        zone_row.addWidget(self.offset)
        layout.addLayout(zone_row, 1, 1)
        # The computer's own zone goes without saying; another one is a click away.
        self.other_zone = QPushButton(self.tr("In another time zone…"), self)
        self.other_zone.setFlat(True)
        self.other_zone.setAccessibleName(self.tr("Choose another time zone"))
        self.other_zone.clicked.connect(lambda: self._show_zone(True, focus=True))
        layout.addWidget(self.other_zone, 4, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice, 2, 0, 1, 2)
        layout.addWidget(self.which, 3, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.setFocusProxy(self.edit)
        tomorrow = QDate.currentDate().addDays(1)
        self.edit.setDateTime(QDateTime(tomorrow, QTime(9, 0)))
        self.set_zone(system_zone())
        self.zone.currentTextChanged.connect(self._refresh)
        self.edit.dateTimeChanged.connect(self._refresh)
        self.all_day.toggled.connect(self._refresh)
        self.which.currentIndexChanged.connect(lambda _index: self._show_offset())

    def set_zone(self, zone: str) -> None:
        self.zone.setCurrentText(zone)
        self._show_zone(zone != system_zone())
        self._refresh()

    def _show_zone(self, shown: bool, *, focus: bool = False) -> None:
        for widget in (self.zone_label, self.zone, self.offset):
            widget.setVisible(shown)
        self.other_zone.setVisible(not shown)
        if focus:
            self.zone.setFocus()

    def zone_name(self) -> str:
        return self.zone.currentText().strip()

    def is_valid_zone(self) -> bool:
        name = self.zone_name()
        if not name or not QTimeZone(QByteArray(name.encode())).isValid():
            return False
        try:
            moments(datetime(2000, 1, 1), name)
        except (ValueError, KeyError, OSError):  # a zone Python's tz database lacks
            return False
        return True

    def choices(self) -> list[datetime]:
        """The moments the chosen wall-clock time names (none, one, or two)."""
        if not self.is_valid_zone():
            return []
        if self.all_day.isChecked():
            return [local_midnight(_wall(self.edit), self.zone_name())]
        return moments(_wall(self.edit), self.zone_name())

    def exists(self) -> bool:
        """False when the clocks skip the chosen time that day (the form will not save it)."""
        return not self.is_valid_zone() or bool(self.choices())

    def _refresh(self) -> None:
        day = self.all_day.isChecked()
        self.edit.setDisplayFormat(DAY_FORMAT if day else TIME_FORMAT)
        self.edit.setAccessibleName(self.tr("Date") if day else self.tr("Date and time"))
        self.offset.setText(zone_offset_text(self.zone_name(), self.edit.dateTime()))
        found = self.choices()
        keep = self.which.currentIndex()
        self.which.clear()
        if len(found) == 2:
            time = self.edit.time().toString("hh:mm")
            zone = self.zone_name()
            for moment, words in zip(
                found,
                (
                    self.tr("The first %1 (before the clocks go back, %2)"),
                    self.tr("The second %1 (after the clocks go back, %2)"),
                ),
                strict=True,
            ):
                offset = moment.astimezone(ZoneInfo(zone)).utcoffset()
                seconds = int(offset.total_seconds()) if offset is not None else 0
                self.which.addItem(words.replace("%1", time).replace("%2", offset_text(seconds)))
            self.which.setCurrentIndex(max(0, keep))
            self.notice.setText(
                self.tr("The clocks go back that night, so %1 happens twice. Which one?").replace(
                    "%1", time
                )
            )
        elif not found and self.is_valid_zone():
            self.notice.setText(
                self.tr(
                    "This time does not exist on that day: the clocks jump forward. "
                    "Choose another time."
                )
            )
        else:
            self.notice.setText("")
        self.which.setVisible(len(found) == 2)
        self.notice.setVisible(bool(self.notice.text()))
        self._show_offset()

    def _show_offset(self) -> None:
        """The offset of the moment chosen (in a repeated hour, the one picked in the list)."""
        found = self.choices()
        if found and not self.all_day.isChecked():
            moment = found[min(max(0, self.which.currentIndex()), len(found) - 1)]
            offset = moment.astimezone(ZoneInfo(self.zone_name())).utcoffset()
            self.offset.setText(offset_text(int(offset.total_seconds()) if offset else 0))

    def value(self) -> datetime:
        """The chosen moment as an aware UTC datetime (the one the family chose, where the
        time happens twice). Call :meth:`exists` first: a skipped time has none."""
        found = self.choices()
        if not found:
            raise ValueError("this local time does not exist")
        return found[min(max(0, self.which.currentIndex()), len(found) - 1)]

    def set_value(self, moment: datetime, zone: str, all_day: bool = False) -> None:
        self.all_day.setChecked(all_day)
        local = moment.astimezone(ZoneInfo(zone))
        self.edit.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.set_zone(zone)
        found = self.choices()
        if moment in found:
            self.which.setCurrentIndex(found.index(moment))
