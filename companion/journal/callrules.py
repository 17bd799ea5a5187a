"""The care team's "call us if" rules beyond fever, and the check that says a new entry
matches one (Qt-free).

Like the fever rules, the family copies these from what the team gave them; the app invents
none. Three shapes: a symptom at a severity of N or more; a symptom recorded N times or more
within H hours; a blood count below a number. A symptom is one from the list (its key) or the
family's own words ("no urine"), matched without regard to case or accents. A match is
recorded as a :class:`~companion.journal.records.CallAlert` and shown on the same card as a
fever, naming the rule in the family's words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from companion.journal import symptoms
from companion.journal.counts.units import from_stored, number_text, unit_of
from companion.journal.records import (
    BloodCount,
    CallAlert,
    Kind,
    Record,
    SymptomEntry,
    new_id,
    utcnow,
)
from companion.textnorm import fold
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

if TYPE_CHECKING:
    from companion.storage.repository import Repository

SETTINGS_KEY = "call_rules"
TR_CONTEXT = "CallRules"
_T = TR_CONTEXT
RuleType = Literal["severity", "times", "count"]
RULE_TYPES: tuple[RuleType, ...] = ("severity", "times", "count")
COUNTS = ("anc", "platelets", "hemoglobin", "wbc")
COUNT_WORDS = {
    "anc": QT_TRANSLATE_NOOP("CallRules", "ANC"),
    "platelets": QT_TRANSLATE_NOOP("CallRules", "Platelets"),
    "hemoglobin": QT_TRANSLATE_NOOP("CallRules", "Hemoglobin"),
    "wbc": QT_TRANSLATE_NOOP("CallRules", "WBC"),
}
#: How far back a "times within hours" rule may look (a week).
MAX_HOURS = 24 * 7


@dataclass(frozen=True)
class CallRule:
    """One rule. ``symptom`` is a list key or the family's words; ``severity`` 0-4 for
    "severity"; ``times`` and ``hours`` for "times"; ``count``, ``below`` and ``unit`` (the
    sheet's unit, "10^9/L", "/uL", "g/dL", "g/L") for "count". ``words`` is the rule as the
    team said it, shown on the card; empty means the app words it from the numbers."""

    type: RuleType
    symptom: str = ""
    severity: int = 0
    times: int = 0
    hours: float = 0.0
    count: str = ""
    below: float = 0.0
    unit: str = ""
    words: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if self.type not in RULE_TYPES:
            raise ValueError("type must be one of: " + ", ".join(RULE_TYPES))
        if self.type in ("severity", "times") and not self.symptom.strip():
            raise ValueError("symptom must not be empty")
        if self.type == "severity" and not 0 <= self.severity <= symptoms.SCALE_MAX:
            raise ValueError(f"severity must be from 0 to {symptoms.SCALE_MAX}")
        if self.type == "times" and not (1 <= self.times <= 100 and 0 < self.hours <= MAX_HOURS):
            raise ValueError(f"times must be from 1 to 100 and hours from 1 to {MAX_HOURS}")
        if self.type == "count":
            if self.count not in COUNTS:
                raise ValueError("count must be one of: " + ", ".join(COUNTS))
            if not math.isfinite(self.below) or self.below <= 0:
                raise ValueError("below must be a number above zero")
            wanted = ("g/dL", "g/L") if self.count == "hemoglobin" else ("10^9/L", "/uL")
            if self.unit not in wanted:
                raise ValueError("unit must be one of: " + ", ".join(wanted))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> CallRule:
        known = {name: raw[name] for name in cls.__dataclass_fields__ if name in raw}
        return cls(**known)


@dataclass(frozen=True)
class Match:
    """A rule that a new entry matched, and what the family is shown about it."""

    rule: CallRule
    summary: str


def load_rules(stored: Any) -> list[CallRule]:
    """The rules as stored in the setting; anything unreadable is left out, never guessed."""
    rules = []
    for raw in stored if isinstance(stored, list) else []:
        try:
            rules.append(CallRule.from_json(raw))
        except (TypeError, ValueError):
            continue
    return rules


def dump_rules(rules: Iterable[CallRule]) -> list[dict[str, Any]]:
    return [rule.to_json() for rule in rules]


def _same_symptom(rule: CallRule, entry: SymptomEntry) -> bool:
    wanted = fold(rule.symptom.strip())
    return wanted in (
        fold(entry.symptom),
        fold(symptoms.symptom_label(entry.symptom)),
        fold(entry.detail.strip()),
    )


def rule_text(rule: CallRule, tr: Translate = untranslated) -> str:
    """The rule in words: the team's own when the family gave them."""
    if rule.words.strip():
        return rule.words.strip()
    name = symptoms.symptom_label(rule.symptom, tr)
    if rule.type == "severity":
        text = tr(_T, QT_TRANSLATE_NOOP("CallRules", "%1 at severity %2 or more"))
        return text.replace("%1", name).replace("%2", str(rule.severity))
    if rule.type == "times":
        text = tr(_T, QT_TRANSLATE_NOOP("CallRules", "%1: %2 times or more within %3 hours"))
        return (
            text.replace("%1", name).replace("%2", str(rule.times)).replace("%3", f"{rule.hours:g}")
        )
    text = tr(_T, QT_TRANSLATE_NOOP("CallRules", "%1 below %2"))
    what = tr(_T, COUNT_WORDS[rule.count])
    return text.replace("%1", what).replace("%2", f"{number_text(rule.below)} {rule.unit}")


def matches(
    rules: Sequence[CallRule],
    record: Record,
    symptoms_since: Callable[[datetime], Sequence[SymptomEntry]],
    tr: Translate = untranslated,
) -> list[Match]:
    """The rules ``record`` (just saved) matches. ``symptoms_since(start)`` gives the child's
    symptom entries recorded from ``start`` up to the record, the record included."""
    found = []
    for rule in rules:
        summary = _summary(rule, record, symptoms_since, tr)
        if summary is not None:
            found.append(Match(rule, summary))
    return found


def _summary(
    rule: CallRule,
    record: Record,
    symptoms_since: Callable[[datetime], Sequence[SymptomEntry]],
    tr: Translate,
) -> str | None:
    if isinstance(record, SymptomEntry) and _same_symptom(rule, record):
        label = symptoms.describe(record.symptom, record.detail, tr)
        if rule.type == "severity" and record.severity >= rule.severity:
            text = tr(_T, QT_TRANSLATE_NOOP("CallRules", "%1, severity %2 of 4"))
            return text.replace("%1", label).replace("%2", str(record.severity))
        if rule.type == "times":
            start = record.recorded_at - timedelta(hours=rule.hours)
            seen = [
                e
                for e in symptoms_since(start)
                if _same_symptom(rule, e) and start <= e.recorded_at <= record.recorded_at
            ]
            if record.id not in {e.id for e in seen}:
                seen.append(record)
            if len(seen) >= rule.times:
                text = tr(_T, QT_TRANSLATE_NOOP("CallRules", "%1: %2 times within %3 hours"))
                return (
                    text.replace("%1", label)
                    .replace("%2", str(len(seen)))
                    .replace("%3", f"{rule.hours:g}")
                )
    if isinstance(record, BloodCount) and rule.type == "count":
        value = getattr(record, rule.count)
        if value is None:
            return None
        count_unit = rule.unit if rule.count != "hemoglobin" else record.count_unit
        hgb_unit = rule.unit if rule.count == "hemoglobin" else record.hgb_unit
        shown = from_stored(rule.count, value, count_unit, hgb_unit)
        if shown < rule.below:
            unit = unit_of(rule.count, count_unit, hgb_unit)
            what = tr(_T, COUNT_WORDS[rule.count])
            return f"{what} {number_text(shown)} {unit}"
    return None


class CallAlerts:
    """The rules and the alerts they raised: one part of the :class:`~companion.journal.Journal`
    facade; ``repo`` raises Locked once the journal is closed."""

    def __init__(self, repo: Callable[[], Repository], translate: Callable[[], Translate]) -> None:
        self._repo = repo
        self._translate = translate

    def call_rules(self) -> list[CallRule]:
        """The team's rules the family entered, in their order."""
        return load_rules(self._repo().get_setting(SETTINGS_KEY))

    def set_call_rules(self, rules: Iterable[CallRule]) -> None:
        self._repo().set_setting(SETTINGS_KEY, dump_rules(rules))

    def check_call_rules(self, record: Record) -> list[Match]:
        """The rules a just-saved symptom or blood count matches (none for other entries)."""
        if not isinstance(record, SymptomEntry | BloodCount):
            return []
        rules = self.call_rules()
        if not rules:
            return []

        def since(start: datetime) -> list[SymptomEntry]:
            assert isinstance(record, SymptomEntry)
            items = self._repo().list(
                Kind.SYMPTOM,
                child_id=record.child_id,
                since=start,
                until=record.recorded_at + timedelta(microseconds=1),
            )
            return [item for item in items if isinstance(item, SymptomEntry)]

        return matches(rules, record, since, self._translate())

    def add_call_alert(
        self,
        child_id: str,
        rule: str,
        summary: str = "",
        *,
        entry_kind: str = "",
        entry_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> CallAlert:
        """Record that a "call us if" rule matched and what the family was shown."""
        return self._repo().insert(
            CallAlert(
                child_id=child_id,
                rule=rule,
                summary=summary,
                entry_kind=entry_kind,
                entry_id=entry_id,
                occurred_at=occurred_at or utcnow(),
            )
        )

    def list_call_alerts(self, child_id: str, limit: int | None = None) -> list[CallAlert]:
        """Alerts newest first."""
        items = self._repo().list(Kind.CALL_ALERT, child_id=child_id, limit=limit)
        return [item for item in items if isinstance(item, CallAlert)]
