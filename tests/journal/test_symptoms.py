"""The symptom list and rating words: complete, plain, our own wording."""

from __future__ import annotations

import pytest

from companion.journal import symptoms
from tests.support.readability import fk_grade

REQUIRED = {
    "nausea",
    "vomiting",
    "pain",
    "tiredness",
    "mouth_sores",
    "diarrhea",
    "constipation",
    "poor_appetite",
    "rash",
    "hair_loss",
    "numbness_tingling",
    "bruising_bleeding",
    "cough",
    "short_of_breath",
    "headache",
    "worried",
    "sad",
    "trouble_sleeping",
    "confusion_speaking",
    "other",
}


def test_every_listed_symptom_is_offered_once() -> None:
    keys = [kind.key for kind in symptoms.SYMPTOMS]
    assert len(keys) == len(set(keys))
    assert set(keys) == REQUIRED
    assert keys[-1] == "other"


def test_pain_and_other_ask_for_more() -> None:
    assert symptoms.symptom_kind("pain").asks_where  # type: ignore[union-attr]
    assert symptoms.symptom_kind("other").asks_where  # type: ignore[union-attr]
    assert not symptoms.symptom_kind("cough").asks_where  # type: ignore[union-attr]
    for kind in symptoms.SYMPTOMS:
        assert kind.asks_where == bool(kind.detail_prompt)


def test_severity_words_run_none_to_very_severe() -> None:
    assert symptoms.SEVERITY_WORDS == ("None", "Mild", "Moderate", "Severe", "Very severe")
    assert [symptoms.severity_word(v) for v in range(5)] == list(symptoms.SEVERITY_WORDS)


@pytest.mark.parametrize("words", [symptoms.FREQUENCY_WORDS, symptoms.INTERFERENCE_WORDS])
def test_optional_scales_have_five_steps_and_an_unrated_state(words: tuple[str, ...]) -> None:
    assert len(words) == symptoms.SCALE_MAX + 1
    assert len(set(words)) == len(words)
    assert symptoms.scale_word(words, None) == ""


def test_optional_scales_use_our_own_wording() -> None:
    """Not the licensed questionnaire's answer sets (frequency and interference)."""
    licensed_frequency = ("Never", "Rarely", "Occasionally", "Frequently", "Almost constantly")
    licensed_interference = ("Not at all", "A little bit", "Somewhat", "Quite a bit", "Very much")
    assert licensed_frequency != symptoms.FREQUENCY_WORDS
    assert licensed_interference != symptoms.INTERFERENCE_WORDS
    shared = set(symptoms.FREQUENCY_WORDS[1:]) & set(licensed_frequency)
    shared |= set(symptoms.INTERFERENCE_WORDS[1:]) & set(licensed_interference)
    assert not shared


@pytest.mark.parametrize("value", [-1, 5, 10])
def test_out_of_range_ratings_are_refused(value: int) -> None:
    with pytest.raises(ValueError):
        symptoms.severity_word(value)


def test_labels_and_descriptions() -> None:
    assert symptoms.symptom_label("mouth_sores") == "Mouth sores"
    assert symptoms.symptom_label("hiccups") == "hiccups"  # unknown keys shown as stored
    assert symptoms.describe("pain", "tummy") == "Pain (tummy)"
    assert symptoms.describe("other", "hiccups") == "hiccups"
    assert symptoms.describe("cough", "  ") == "Cough"


def test_reporters_match_the_journal() -> None:
    from companion.journal.records import REPORTERS

    assert tuple(key for key, _ in symptoms.REPORTERS) == REPORTERS
    assert set(symptoms.REPORTER_SHORT) == set(REPORTERS)


def test_questions_are_plain_language() -> None:
    text = " ".join(
        (symptoms.SEVERITY_QUESTION, symptoms.FREQUENCY_QUESTION, symptoms.INTERFERENCE_QUESTION)
    )
    assert fk_grade(text) <= 6


def test_marker_returns_text_unchanged() -> None:
    assert symptoms.QT_TRANSLATE_NOOP("Symptoms", "Cough") == "Cough"


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        ("throwing up", ("vomiting",)),
        ("Feeling SICK", ("nausea",)),
        ("trouble speaking", ("confusion_speaking",)),
        ("pins and need", ("numbness_tingling",)),  # the last word as a prefix
        ("vómiting", ("vomiting",)),  # accents and case do not matter
        ("tired", ("tiredness",)),
        ("sick throwing", ()),  # every word must belong to the same symptom
        ("", ()),
        ("?!", ()),
    ],
)
def test_symptoms_are_found_by_the_words_the_list_shows(typed: str, keys: tuple[str, ...]) -> None:
    assert symptoms.matching_symptoms(typed) == keys


@pytest.mark.parametrize("typed", ["say where", "where", "describe it"])
def test_instructions_under_a_symptom_are_not_search_words(typed: str) -> None:
    """ "Pain: say where" tells the family what to add; searching "where" must not find pain."""
    assert symptoms.matching_symptoms(typed) == ()
    pain = symptoms.symptom_kind("pain")
    assert pain is not None and not pain.hint_is_wording and pain.search_words == "Pain"


def test_every_other_hint_is_another_name_for_its_symptom() -> None:
    instructions = {kind.key for kind in symptoms.SYMPTOMS if not kind.hint_is_wording}
    assert instructions == {"pain", "rash", "other"}
    for kind in symptoms.SYMPTOMS:
        if kind.hint and kind.hint_is_wording:
            assert kind.key in symptoms.matching_symptoms(kind.hint), kind.key
