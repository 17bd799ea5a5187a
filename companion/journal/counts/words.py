"""A blood count in words: the timeline's title and detail, and the one-line summaries the
fever card and the visit summary use ("ANC 0.4 x10^9/L on 3 March")."""

from __future__ import annotations

from typing import Any

from companion.journal.counts.units import from_stored, number_text, unit_of
from companion.journal.records import BloodCount
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

TR_CONTEXT = "Journal"
_T = TR_CONTEXT
_SEP = " · "
#: The values in the order a sheet lists them, with their short names.
SHORT_NAMES: dict[str, str] = {
    "wbc": QT_TRANSLATE_NOOP("Journal", "WBC"),
    "anc": QT_TRANSLATE_NOOP("Journal", "ANC"),
    "hemoglobin": QT_TRANSLATE_NOOP("Journal", "Hemoglobin"),
    "platelets": QT_TRANSLATE_NOOP("Journal", "Platelets"),
    "alc": QT_TRANSLATE_NOOP("Journal", "ALC"),
}


def value_text(count: BloodCount, name: str) -> str:
    """One value in the sheet's unit ("0.45 10^9/L", "450 /uL", "8.2 g/dL")."""
    value = getattr(count, name)
    if value is None:
        return ""
    shown = from_stored(name, value, count.count_unit, count.hgb_unit)
    unit = unit_of(name, count.count_unit, count.hgb_unit)
    return f"{number_text(shown)} {unit}".strip()


def named_value(count: BloodCount, name: str, tr: Translate = untranslated) -> str:
    """ "ANC 450 /uL" (empty when the count has no such value)."""
    text = value_text(count, name)
    return tr(_T, SHORT_NAMES[name]) + " " + text if text else ""


def count_title(count: BloodCount, names: Any, tr: Translate) -> str:
    parts = [named_value(count, name, tr) for name in ("anc", "platelets", "hemoglobin")]
    return _SEP.join(part for part in parts if part) or tr(
        _T, QT_TRANSLATE_NOOP("Journal", "Blood count")
    )


def count_detail(count: BloodCount, names: Any, tr: Translate) -> str:
    parts = [named_value(count, name, tr) for name in ("wbc", "alc")]
    if count.anc_computed:
        parts.append(
            tr(
                _T,
                QT_TRANSLATE_NOOP("Journal", "ANC worked out from the WBC, segs and bands"),
            )
        )
    parts.extend(f"{o.name} {number_text(o.value)} {o.unit}".strip() for o in count.others)
    parts.append(count.notes)
    return _SEP.join(part for part in parts if part)
