"""Count units as lab sheets give them, and the ANC from the white count and the differential.

The journal keeps cells in 10^9/L (the same number as 10^3/uL or "K/uL": ANC 0.5) and
hemoglobin in g/dL. A sheet in cells per uL (ANC 500) divides by 1000; g/L divides by 10.
"""

from __future__ import annotations

from companion.journal.records import COUNT_UNITS, HGB_UNITS

#: Fields given in the sheet's cell-count unit.
CELL_FIELDS = ("wbc", "anc", "alc", "platelets")
_PER_UL = 1000.0
_G_PER_L = 10.0


def to_stored(field: str, value: float, count_unit: str, hgb_unit: str) -> float:
    """A value as typed from the sheet, in the journal's unit for that field."""
    if field in CELL_FIELDS:
        if count_unit not in COUNT_UNITS:
            raise ValueError("count_unit must be one of: " + ", ".join(COUNT_UNITS))
        return value / _PER_UL if count_unit == "/uL" else value
    if field == "hemoglobin":
        if hgb_unit not in HGB_UNITS:
            raise ValueError("hgb_unit must be one of: " + ", ".join(HGB_UNITS))
        return value / _G_PER_L if hgb_unit == "g/L" else value
    return value


def from_stored(field: str, value: float, count_unit: str, hgb_unit: str) -> float:
    """A stored value in the sheet's unit (the inverse of :func:`to_stored`)."""
    if field in CELL_FIELDS:
        return value * _PER_UL if count_unit == "/uL" else value
    if field == "hemoglobin":
        return value * _G_PER_L if hgb_unit == "g/L" else value
    return value


def unit_of(field: str, count_unit: str, hgb_unit: str) -> str:
    """The unit a field is shown in ("" for percentages)."""
    if field in CELL_FIELDS:
        return count_unit
    if field == "hemoglobin":
        return hgb_unit
    if field in ("segs", "bands"):
        return "%"
    return ""


def computed_anc(wbc: float | None, segs: float | None, bands: float | None) -> float | None:
    """WBC x (segs + bands) / 100, in the WBC's unit; None without a WBC or a percentage."""
    if wbc is None or (segs is None and bands is None):
        return None
    return wbc * ((segs or 0.0) + (bands or 0.0)) / 100.0


def number_text(value: float) -> str:
    """A count as a lab sheet prints it: no trailing zeros, at most two decimals."""
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}".rstrip("0").rstrip(".")
