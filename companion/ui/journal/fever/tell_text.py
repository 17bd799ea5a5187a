"""The words of the fever card that follow the clock: "What to tell them" and the times in it.

Worded in the card's translation context ("FeverCard"), so translations made for the card
still apply. ``now`` pins the clock (tests, screenshots).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from companion.journal import fever, kinds
from companion.journal.fever import FeverAlert


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("FeverCard", text, "", n)


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
        return _tr("just now")
    if minutes == 1:
        return _tr("1 minute ago")
    if minutes < 60:
        return _tr("%n minutes ago", minutes)
    hours = minutes // 60
    if hours == 1:
        return _tr("1 hour ago")
    return _tr("%n hours ago", hours)


def duration(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 120:
        return _tr("%n minutes", minutes)
    return _tr("%n hours", minutes // 60)


def method_text(method: str) -> str:
    return kinds.method_text(method, QCoreApplication.translate)


def tell_lines(alert: FeverAlert, now: datetime | None) -> list[str]:
    """What to tell the care team: the reading, how and when it was taken, medicine given."""
    reading = alert.reading
    lines = [
        _tr("Temperature: {reading}").format(
            reading=fever.format_temperature(reading.value, reading.unit)
        ),
        _tr("Taken: {method}").format(method=method_text(reading.method)),
        _tr("When: {time} ({ago})").format(
            time=clock(reading.taken_at, now), ago=ago(reading.taken_at, now)
        ),
    ]
    if alert.rule == "sustained" and alert.since is not None:
        lines.append(
            _tr("{threshold} or more since {time}").format(
                threshold=f"{alert.threshold:.1f} °{alert.unit}", time=clock(alert.since, now)
            )
        )
    if alert.medicines:
        lines.append(
            _tr("Fever medicine given: {medicines}").format(medicines="; ".join(alert.medicines))
        )
    else:
        lines.append(_tr("Fever medicine given: none noted"))
    return lines
