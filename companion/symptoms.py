"""The plain-language symptom list and the 0-4 rating words the journal offers.

Qt-free, so the journal, the demo data and the visit summary agree on one list. The wording is
the project's own. Every visible string is marked with ``QT_TRANSLATE_NOOP`` under
``TR_CONTEXT`` so the UI can translate it with ``QCoreApplication.translate(TR_CONTEXT, text)``
and ``pyside6-lupdate`` can still find it.
"""

from __future__ import annotations

from dataclasses import dataclass

TR_CONTEXT = "Symptoms"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it here (there is no Qt in the core)."""
    del context
    return text


@dataclass(frozen=True)
class SymptomKind:
    """One choice in the symptom list. ``asks_where`` shows a "Where?" field (pain, rash)."""

    key: str
    label: str
    hint: str = ""
    asks_where: bool = False
    detail_prompt: str = ""


_T = TR_CONTEXT


def _kind(key: str, label: str, hint: str = "", where: str = "") -> SymptomKind:
    return SymptomKind(key, label, hint, bool(where), where)


SYMPTOMS: tuple[SymptomKind, ...] = (
    _kind("nausea", QT_TRANSLATE_NOOP(_T, "Nausea"), QT_TRANSLATE_NOOP(_T, "feeling sick")),
    _kind("vomiting", QT_TRANSLATE_NOOP(_T, "Vomiting"), QT_TRANSLATE_NOOP(_T, "throwing up")),
    _kind(
        "pain",
        QT_TRANSLATE_NOOP(_T, "Pain"),
        QT_TRANSLATE_NOOP(_T, "say where"),
        QT_TRANSLATE_NOOP(_T, "Where does it hurt?"),
    ),
    _kind("tiredness", QT_TRANSLATE_NOOP(_T, "Tiredness"), QT_TRANSLATE_NOOP(_T, "low energy")),
    _kind("mouth_sores", QT_TRANSLATE_NOOP(_T, "Mouth sores"), QT_TRANSLATE_NOOP(_T, "sore mouth")),
    _kind(
        "diarrhea", QT_TRANSLATE_NOOP(_T, "Diarrhea"), QT_TRANSLATE_NOOP(_T, "loose, watery poo")
    ),
    _kind(
        "constipation",
        QT_TRANSLATE_NOOP(_T, "Constipation"),
        QT_TRANSLATE_NOOP(_T, "hard or no poo"),
    ),
    _kind(
        "poor_appetite", QT_TRANSLATE_NOOP(_T, "Poor appetite"), QT_TRANSLATE_NOOP(_T, "not eating")
    ),
    _kind(
        "rash",
        QT_TRANSLATE_NOOP(_T, "Rash"),
        QT_TRANSLATE_NOOP(_T, "say where"),
        QT_TRANSLATE_NOOP(_T, "Where is the rash?"),
    ),
    _kind("hair_loss", QT_TRANSLATE_NOOP(_T, "Hair loss")),
    _kind(
        "numbness_tingling",
        QT_TRANSLATE_NOOP(_T, "Numbness or tingling"),
        QT_TRANSLATE_NOOP(_T, "pins and needles"),
        QT_TRANSLATE_NOOP(_T, "Where? (hands, feet...)"),
    ),
    _kind(
        "bruising_bleeding",
        QT_TRANSLATE_NOOP(_T, "Bruising or bleeding"),
        QT_TRANSLATE_NOOP(_T, "nose, gums, skin"),
        QT_TRANSLATE_NOOP(_T, "Where? (nose, gums, skin...)"),
    ),
    _kind("cough", QT_TRANSLATE_NOOP(_T, "Cough")),
    _kind(
        "short_of_breath",
        QT_TRANSLATE_NOOP(_T, "Short of breath"),
        QT_TRANSLATE_NOOP(_T, "hard to breathe"),
    ),
    _kind("headache", QT_TRANSLATE_NOOP(_T, "Headache")),
    _kind("worried", QT_TRANSLATE_NOOP(_T, "Worried"), QT_TRANSLATE_NOOP(_T, "scared, nervous")),
    _kind("sad", QT_TRANSLATE_NOOP(_T, "Sad"), QT_TRANSLATE_NOOP(_T, "low, tearful")),
    _kind("trouble_sleeping", QT_TRANSLATE_NOOP(_T, "Trouble sleeping")),
    _kind(
        "confusion_speaking",
        QT_TRANSLATE_NOOP(_T, "Confusion or trouble speaking"),
    ),
    _kind(
        "other",
        QT_TRANSLATE_NOOP(_T, "Other"),
        QT_TRANSLATE_NOOP(_T, "describe it"),
        QT_TRANSLATE_NOOP(_T, "What is it?"),
    ),
)

_BY_KEY = {kind.key: kind for kind in SYMPTOMS}

SCALE_MAX = 4

SEVERITY_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(_T, "None"),
    QT_TRANSLATE_NOOP(_T, "Mild"),
    QT_TRANSLATE_NOOP(_T, "Moderate"),
    QT_TRANSLATE_NOOP(_T, "Severe"),
    QT_TRANSLATE_NOOP(_T, "Very severe"),
)
SEVERITY_QUESTION = QT_TRANSLATE_NOOP(_T, "How bad was it at its worst?")

FREQUENCY_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(_T, "Not at all"),
    QT_TRANSLATE_NOOP(_T, "Once or twice"),
    QT_TRANSLATE_NOOP(_T, "Some of the time"),
    QT_TRANSLATE_NOOP(_T, "Much of the time"),
    QT_TRANSLATE_NOOP(_T, "Nearly all the time"),
)
FREQUENCY_QUESTION = QT_TRANSLATE_NOOP(_T, "How often did it happen?")

INTERFERENCE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(_T, "Not at all"),
    QT_TRANSLATE_NOOP(_T, "A little"),
    QT_TRANSLATE_NOOP(_T, "Some"),
    QT_TRANSLATE_NOOP(_T, "A lot"),
    QT_TRANSLATE_NOOP(_T, "Could not do usual things"),
)
INTERFERENCE_QUESTION = QT_TRANSLATE_NOOP(
    _T, "How much did it get in the way of play, school or sleep?"
)

REPORTERS: tuple[tuple[str, str], ...] = (
    ("child", QT_TRANSLATE_NOOP(_T, "My child told me")),
    ("caregiver", QT_TRANSLATE_NOOP(_T, "I noticed it (caregiver)")),
)
REPORTER_SHORT: dict[str, str] = {
    "child": QT_TRANSLATE_NOOP(_T, "child"),
    "caregiver": QT_TRANSLATE_NOOP(_T, "caregiver"),
}


def symptom_kind(key: str) -> SymptomKind | None:
    """The list entry for ``key``, or None for a key this version does not know."""
    return _BY_KEY.get(key)


def symptom_label(key: str) -> str:
    """The plain-language label for a stored symptom key; an unknown key is shown as typed."""
    kind = _BY_KEY.get(key)
    return kind.label if kind is not None else key


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


def describe(key: str, detail: str = "") -> str:
    """A one-line name for an entry: "Pain (tummy)", "hiccups" (for Other), "Cough"."""
    label = symptom_label(key)
    detail = detail.strip()
    if not detail:
        return label
    if key == "other":
        return detail
    return f"{label} ({detail})"
