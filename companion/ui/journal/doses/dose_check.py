"""Words for a dose: time since the last one, who gave it, what supply is left, and the question
asked before a dose that comes sooner than the team's minimum interval."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject

from companion.journal.medicines import Supply
from companion.journal.records import DoseGiven, Medicine
from companion.ui.widgets.entry_forms import local_text

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


class DoseCheck(QObject):
    """The plurals of a dose's words. Plurals are worded through a class's ``tr``:
    ``pyside6-lupdate`` reads a plural only there."""

    def days(self, days: int) -> str:
        return self.tr("%n days", "", days)

    def supply_days(self, days: int) -> str:
        return self.tr("About %n days of supply left", "", days)


def span_text(span: timedelta) -> str:
    """ "3 h 20 min", "45 min", "2 days 4 h"."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return (
            DoseCheck().days(days) + " " + translate("DoseCheck", "%1 h").replace("%1", str(hours))
        )
    if hours:
        return (
            translate("DoseCheck", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return translate("DoseCheck", "%1 min").replace("%1", str(minutes))


def who(dose: DoseGiven, names: dict[str, str]) -> str:
    if dose.given_by is None:
        return ""
    return names.get(dose.given_by) or translate("DoseCheck", "someone no longer on the list")


def since_text(last: DoseGiven | None, names: dict[str, str], now: datetime) -> str:
    """ "Last given 3 h 20 min ago (14:05) by Grandma", or that none is recorded."""
    if last is None:
        return translate("DoseCheck", "No dose recorded yet")
    text = translate("DoseCheck", "Last given %1 ago (%2)").replace(
        "%1", span_text(now - last.given_at)
    )
    text = text.replace("%2", local_text(last.given_at))
    by = who(last, names)
    return text + (translate("DoseCheck", " by %1").replace("%1", by) if by else "")


def supply_text(supply: Supply | None) -> str:
    if supply is None:
        return ""
    amount = f"{supply.amount:g} {supply.unit}".strip()
    if supply.days is None:
        return translate("DoseCheck", "%1 left").replace("%1", amount)
    days = int(supply.days)
    return DoseCheck().supply_days(days) + f" ({amount})"


def too_soon_text(
    medicine: Medicine, last: DoseGiven, names: dict[str, str], wait: timedelta
) -> str:
    """The question before a dose inside the team's interval, naming who gave the last one."""
    by = who(last, names) or translate("DoseCheck", "someone (not recorded)")
    text = translate(
        "DoseCheck",
        "%1 gave %2 at %3. Your care team's minimum time between doses is %4 hours: the next "
        "dose is due in %5. Give it now anyway?",
    )
    hours = f"{medicine.min_interval_hours:g}" if medicine.min_interval_hours else ""
    return (
        text.replace("%1", by)
        .replace("%2", medicine.name)
        .replace("%3", local_text(last.given_at))
        .replace("%4", hours)
        .replace("%5", span_text(wait))
    )
