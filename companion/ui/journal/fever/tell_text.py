"""The words of the fever card that follow the clock: "What to tell them" and the times in it.

Worded in the card's translation context ("FeverCard"), so translations made for the card
still apply. ``now`` pins the clock (tests, screenshots).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from companion.journal import fever, kinds
from companion.journal.fever import FeverAlert


class TellWords(QObject):
    """The card's clock words. Plurals are worded through a class's ``tr``: ``pyside6-lupdate``
    reads a plural only there."""

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n minutes ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n hours ago", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minutes", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n hours", "", n)


translate = QCoreApplication.translate


def current(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def clock(moment: datetime, now: datetime | None) -> str:
    """The local time of ``moment``, with its date when it was not today."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    today = QDateTime.fromSecsSinceEpoch(int(current(now).timestamp())).toLocalTime()
    locale = QLocale()
    shown = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == today.date():
        return shown
    day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
    return f"{day} {shown}"


def ago(moment: datetime, now: datetime | None) -> str:
    minutes = int((current(now) - moment).total_seconds() // 60)
    if minutes < 1:
        return translate("FeverCard", "just now")
    if minutes == 1:  # without a translator installed, Qt words %n plurals as the source
        return translate("FeverCard", "1 minute ago")
    if minutes < 60:
        return TellWords().minutes_ago(minutes)
    if minutes // 60 == 1:
        return translate("FeverCard", "1 hour ago")
    return TellWords().hours_ago(minutes // 60)


def duration(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes == 1:
        return translate("FeverCard", "1 minute")
    if minutes < 120:
        return TellWords().minutes(minutes)
    return TellWords().hours(minutes // 60)


def method_text(method: str) -> str:
    return kinds.method_text(method, QCoreApplication.translate)


def tell_lines(alert: FeverAlert, now: datetime | None) -> list[str]:
    """What to tell the care team: the reading, how and when it was taken, medicine given."""
    reading = alert.reading
    lines = [
        translate("FeverCard", "Temperature: %1").replace(
            "%1", fever.format_temperature(reading.value, reading.unit)
        ),
        translate("FeverCard", "Taken: %1").replace("%1", method_text(reading.method)),
        translate("FeverCard", "When: %1 (%2)")
        .replace("%1", clock(reading.taken_at, now))
        .replace("%2", ago(reading.taken_at, now)),
    ]
    if alert.rule == "sustained" and alert.since is not None:
        lines.append(
            translate("FeverCard", "%1 or more since %2")
            .replace("%1", f"{alert.threshold:.1f} °{alert.unit}")
            .replace("%2", clock(alert.since, now))
        )
    if alert.medicines:
        lines.append(
            translate("FeverCard", "Fever medicine given: %1").replace(
                "%1", "; ".join(alert.medicines)
            )
        )
    else:
        lines.append(translate("FeverCard", "Fever medicine given: none noted"))
    return lines
