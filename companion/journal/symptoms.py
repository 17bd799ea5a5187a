"""The plain-language symptom list and the 0-4 rating words the journal offers.

Qt-free, so the journal, the demo data and the visit summary agree on one list. The wording is
the project's own. Every visible string is marked with ``QT_TRANSLATE_NOOP`` under
``"Symptoms"`` (:data:`TR_CONTEXT`, written out literally: lupdate reads only a literal context)
so the UI can translate it with ``translate("Symptoms", text)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.textnorm import words as folded_words
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

TR_CONTEXT = "Symptoms"


@dataclass(frozen=True)
class SymptomKind:
    """One choice in the symptom list. ``asks_where`` shows a "Where?" field (pain, rash).

    ``hint`` is shown under the label: other words for it ("throwing up"), or, when
    ``hint_is_wording`` is False, an instruction ("say where") that search must not match.
    """

    key: str
    label: str
    hint: str = ""
    asks_where: bool = False
    detail_prompt: str = ""
    hint_is_wording: bool = True

    @property
    def search_words(self) -> str:
        """The words a family might search for this symptom by: its label and other names."""
        return f"{self.label} {self.hint}" if self.hint_is_wording else self.label


def _kind(key: str, label: str, hint: str = "", where: str = "") -> SymptomKind:
    return SymptomKind(key, label, hint, bool(where), where)


def _asks(key: str, label: str, instruction: str, where: str) -> SymptomKind:
    """A symptom whose hint tells the family what to add ("say where"), not another name."""
    return SymptomKind(key, label, instruction, bool(where), where, hint_is_wording=False)


SYMPTOMS: tuple[SymptomKind, ...] = (
    _kind(
        "nausea",
        QT_TRANSLATE_NOOP("Symptoms", "Nausea"),
        QT_TRANSLATE_NOOP("Symptoms", "feeling sick"),
    ),
    _kind(
        "vomiting",
        QT_TRANSLATE_NOOP("Symptoms", "Vomiting"),
        QT_TRANSLATE_NOOP("Symptoms", "throwing up"),
    ),
    _asks(
        "pain",
        QT_TRANSLATE_NOOP("Symptoms", "Pain"),
        QT_TRANSLATE_NOOP("Symptoms", "say where"),
        QT_TRANSLATE_NOOP("Symptoms", "Where does it hurt?"),
    ),
    _kind(
        "tiredness",
        QT_TRANSLATE_NOOP("Symptoms", "Tiredness"),
        QT_TRANSLATE_NOOP("Symptoms", "low energy"),
    ),
    _kind(
        "mouth_sores",
        QT_TRANSLATE_NOOP("Symptoms", "Mouth sores"),
        QT_TRANSLATE_NOOP("Symptoms", "sore mouth"),
    ),
    _kind(
        "diarrhea",
        QT_TRANSLATE_NOOP("Symptoms", "Diarrhea"),
        QT_TRANSLATE_NOOP("Symptoms", "loose, watery poo"),
    ),
    _kind(
        "constipation",
        QT_TRANSLATE_NOOP("Symptoms", "Constipation"),
        QT_TRANSLATE_NOOP("Symptoms", "hard or no poo"),
    ),
    _kind(
        "poor_appetite",
        QT_TRANSLATE_NOOP("Symptoms", "Poor appetite"),
        QT_TRANSLATE_NOOP("Symptoms", "not eating"),
    ),
    _asks(
        "rash",
        QT_TRANSLATE_NOOP("Symptoms", "Rash"),
        QT_TRANSLATE_NOOP("Symptoms", "say where"),
        QT_TRANSLATE_NOOP("Symptoms", "Where is the rash?"),
    ),
    _kind("hair_loss", QT_TRANSLATE_NOOP("Symptoms", "Hair loss")),
    _kind(
        "numbness_tingling",
        QT_TRANSLATE_NOOP("Symptoms", "Numbness or tingling"),
        QT_TRANSLATE_NOOP("Symptoms", "pins and needles"),
        QT_TRANSLATE_NOOP("Symptoms", "Where? (hands, feet...)"),
    ),
    _kind(
        "bruising_bleeding",
        QT_TRANSLATE_NOOP("Symptoms", "Bruising or bleeding"),
        QT_TRANSLATE_NOOP("Symptoms", "nose, gums, skin"),
        QT_TRANSLATE_NOOP("Symptoms", "Where? (nose, gums, skin...)"),
    ),
    _kind("cough", QT_TRANSLATE_NOOP("Symptoms", "Cough")),
    _kind(
        "short_of_breath",
        QT_TRANSLATE_NOOP("Symptoms", "Short of breath"),
        QT_TRANSLATE_NOOP("Symptoms", "hard to breathe"),
    ),
    _kind("headache", QT_TRANSLATE_NOOP("Symptoms", "Headache")),
    _kind(
        "worried",
        QT_TRANSLATE_NOOP("Symptoms", "Worried"),
        QT_TRANSLATE_NOOP("Symptoms", "scared, nervous"),
    ),
    _kind(
        "sad", QT_TRANSLATE_NOOP("Symptoms", "Sad"), QT_TRANSLATE_NOOP("Symptoms", "low, tearful")
    ),
    _kind("trouble_sleeping", QT_TRANSLATE_NOOP("Symptoms", "Trouble sleeping")),
    _kind(
        "confusion_speaking",
        QT_TRANSLATE_NOOP("Symptoms", "Confusion or trouble speaking"),
    ),
    _asks(
        "other",
        QT_TRANSLATE_NOOP("Symptoms", "Other"),
        QT_TRANSLATE_NOOP("Symptoms", "describe it"),
        QT_TRANSLATE_NOOP("Symptoms", "What is it?"),
    ),
)

_BY_KEY = {kind.key: kind for kind in SYMPTOMS}

SCALE_MAX = 4

SEVERITY_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Symptoms", "None"),
    QT_TRANSLATE_NOOP("Symptoms", "Mild"),
    QT_TRANSLATE_NOOP("Symptoms", "Moderate"),
    QT_TRANSLATE_NOOP("Symptoms", "Severe"),
    QT_TRANSLATE_NOOP("Symptoms", "Very severe"),
)
SEVERITY_QUESTION = QT_TRANSLATE_NOOP("Symptoms", "How bad was it at its worst?")

FREQUENCY_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Symptoms", "Not at all"),
    QT_TRANSLATE_NOOP("Symptoms", "Once or twice"),
    QT_TRANSLATE_NOOP("Symptoms", "Some of the time"),
    QT_TRANSLATE_NOOP("Symptoms", "Much of the time"),
    QT_TRANSLATE_NOOP("Symptoms", "Nearly all the time"),
)
FREQUENCY_QUESTION = QT_TRANSLATE_NOOP("Symptoms", "How often did it happen?")

INTERFERENCE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Symptoms", "Not at all"),
    QT_TRANSLATE_NOOP("Symptoms", "A little"),
    QT_TRANSLATE_NOOP("Symptoms", "Some"),
    QT_TRANSLATE_NOOP("Symptoms", "A lot"),
    QT_TRANSLATE_NOOP("Symptoms", "Could not do usual things"),
)
INTERFERENCE_QUESTION = QT_TRANSLATE_NOOP(
    "Symptoms", "How much did it get in the way of play, school or sleep?"
)

REPORTERS: tuple[tuple[str, str], ...] = (
    ("child", QT_TRANSLATE_NOOP("Symptoms", "My child told me")),
    ("caregiver", QT_TRANSLATE_NOOP("Symptoms", "I noticed it (caregiver)")),
)
REPORTER_SHORT: dict[str, str] = {
    "child": QT_TRANSLATE_NOOP("Symptoms", "child"),
    "caregiver": QT_TRANSLATE_NOOP("Symptoms", "caregiver"),
}


def symptom_kind(key: str) -> SymptomKind | None:
    """The list entry for ``key``, or None for a key this version does not know."""
    return _BY_KEY.get(key)


def symptom_label(key: str, tr: Translate = untranslated) -> str:
    """The plain-language label for a stored symptom key; an unknown key is shown as typed."""
    kind = _BY_KEY.get(key)
    return tr(TR_CONTEXT, kind.label) if kind is not None else key


def matching_symptoms(text: str) -> tuple[str, ...]:
    """Keys of the symptoms whose label or other names contain every word of ``text``, the
    last as a prefix, ignoring case and accents: "throwing up" gives ("vomiting",).

    The journal stores a symptom by its key, so searching the journal for the words a family
    saw in the list ("throwing up", "trouble speaking") finds those entries through this.
    """
    typed = folded_words(text)
    if not typed:
        return ()
    found = []
    for kind in SYMPTOMS:
        words = folded_words(kind.search_words)
        if all(word in words for word in typed[:-1]) and any(
            word.startswith(typed[-1]) for word in words
        ):
            found.append(kind.key)
    return tuple(found)


def scale_word(words: tuple[str, ...], value: int | None) -> str:
    """The word for a 0-4 rating, or an empty string when it was not rated."""
    if value is None:
        return ""
    if not 0 <= value <= SCALE_MAX:
        raise ValueError("ratings run from 0 to 4")
    return words[value]


def severity_word(value: int) -> str:
    return scale_word(SEVERITY_WORDS, value)


def frequency_word(value: int | None) -> str:
    return scale_word(FREQUENCY_WORDS, value)


def interference_word(value: int | None) -> str:
    return scale_word(INTERFERENCE_WORDS, value)


def describe(key: str, detail: str = "", tr: Translate = untranslated) -> str:
    """A one-line name for an entry: "Pain (tummy)", "hiccups" (for Other), "Cough"."""
    label = symptom_label(key, tr)
    detail = detail.strip()
    if not detail:
        return label
    if key == "other":
        return detail
    return f"{label} ({detail})"
