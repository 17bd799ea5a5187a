"""The care team's "call us if" rules: severity, times within hours, counts below a number.
No rule exists until the family enters one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.journal import Journal
from companion.journal.callrules import CallRule, load_rules, rule_text
from companion.journal.records import Child, Kind

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_no_rules_until_the_family_enters_them(journal: Journal, child: Child) -> None:
    assert journal.call_rules() == []
    entry = journal.add_symptom(child.id, "vomiting", 4)
    assert journal.check_call_rules(entry) == []


def test_a_symptom_at_or_above_the_severity(journal: Journal, child: Child) -> None:
    journal.set_call_rules([CallRule("severity", symptom="pain", severity=3)])
    assert journal.check_call_rules(journal.add_symptom(child.id, "pain", 2)) == []
    (match,) = journal.check_call_rules(journal.add_symptom(child.id, "pain", 3, detail="legs"))
    assert rule_text(match.rule) == "Pain at severity 3 or more"
    assert match.summary == "Pain (legs), severity 3 of 4"


def test_the_familys_own_words_match_without_case_or_accents(
    journal: Journal, child: Child
) -> None:
    rule = CallRule("severity", symptom="No urine", severity=0, words="No pee for 8 hours: call")
    journal.set_call_rules([rule])
    entry = journal.add_symptom(child.id, "other", 1, detail="no úrine")
    (match,) = journal.check_call_rules(entry)
    assert rule_text(match.rule) == "No pee for 8 hours: call"


def test_n_times_within_h_hours(journal: Journal, child: Child) -> None:
    journal.set_call_rules([CallRule("times", symptom="vomiting", times=4, hours=24)])
    for hours in (0, 5, 30):
        entry = journal.add_symptom(
            child.id, "vomiting", 1, recorded_at=T0 + timedelta(hours=hours)
        )
        assert journal.check_call_rules(entry) == []
    journal.add_symptom(child.id, "nausea", 1, recorded_at=T0 + timedelta(hours=31))
    journal.add_symptom(child.id, "vomiting", 1, recorded_at=T0 + timedelta(hours=32))
    entry = journal.add_symptom(child.id, "vomiting", 1, recorded_at=T0 + timedelta(hours=33))
    assert journal.check_call_rules(entry) == []  # 5 h, 30 h, 32 h, 33 h: only 3 within 24 h
    entry = journal.add_symptom(child.id, "vomiting", 1, recorded_at=T0 + timedelta(hours=34))
    (match,) = journal.check_call_rules(entry)
    assert match.summary == "Vomiting: 4 times within 24 hours"


def test_a_count_below_the_teams_number_in_its_unit(journal: Journal, child: Child) -> None:
    journal.set_call_rules(
        [
            CallRule("count", count="platelets", below=20, unit="10^9/L"),
            CallRule("count", count="anc", below=500, unit="/uL", words="ANC under 500"),
        ]
    )
    fine = journal.add_blood_count(child.id, T0, platelets=20, anc=0.5)
    assert journal.check_call_rules(fine) == []
    low = journal.add_blood_count(child.id, T0, platelets=18, anc=0.49)
    found = journal.check_call_rules(low)
    assert [m.summary for m in found] == ["Platelets 18 10^9/L", "ANC 490 /uL"]
    alert = journal.add_call_alert(
        child.id,
        rule_text(found[1].rule),
        found[1].summary,
        entry_kind="blood_count",
        entry_id=low.id,
    )
    assert journal.list_call_alerts(child.id) == [alert]
    assert journal.timeline(kinds=[Kind.CALL_ALERT])[0].title == "ANC under 500"


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "severity", "symptom": "", "severity": 2},
        {"type": "times", "symptom": "vomiting", "times": 0, "hours": 24},
        {"type": "count", "count": "platelets", "below": 20, "unit": "g/dL"},
        {"type": "guess"},
        "not a rule",
    ],
)
def test_unreadable_rules_are_left_out_never_guessed(bad: object) -> None:
    good = CallRule("severity", symptom="rash", severity=1).to_json()
    assert [r.symptom for r in load_rules([bad, good])] == ["rash"]
