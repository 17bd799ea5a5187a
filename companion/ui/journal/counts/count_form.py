"""A blood count, typed from the team's sheet in the sheet's own units.

The ANC can be typed, or worked out from the WBC and the segs and bands percentages; the form
shows the sum as it works it out. A value no blood count can hold (often the other unit chosen)
is refused with a sentence that names the value and the unit.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from companion.journal.counts.blood_counts import VALUE_FIELDS, build_count
from companion.journal.counts.units import computed_anc, from_stored, number_text
from companion.journal.records import BLOOD_COUNT, BloodCount
from companion.ui.journal.forms.form_fields import WhenField, multiline
from companion.ui.widgets.entry_forms import EntryForm

_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+$")
_OTHER = re.compile(r"^\s*(?P<name>[^=:]+?)\s*[=:]\s*(?P<value>[-+0-9.,]+)\s*(?P<unit>.*)$")


def parse_number(text: str) -> float | None:
    """A number as a lab sheet prints it: "1,440" (thousands) or "0,45" (decimal comma).
    None for an empty field; ValueError when it is not a number."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    value = float(text.replace(",", "."))
    return value


def parse_others(text: str) -> dict[str, tuple[float, str]]:
    """One value per line, "CRP = 12 mg/L"; ValueError naming the line that cannot be read."""
    found: dict[str, tuple[float, str]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _OTHER.match(line)
        number = parse_number(match["value"]) if match else None
        if match is None or number is None:
            raise ValueError(f"line {n}")
        found[match["name"].strip()] = (number, match["unit"].strip())
    return found


class BloodCountForm(EntryForm):
    """WBC, ANC (typed or worked out), hemoglobin, platelets, ALC and any other named values."""

    kind = BLOOD_COUNT

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit blood count") if editing else self.tr("Add a blood count")

    def build(self) -> None:
        self.add_child_row()
        self.when = WhenField(self.tr("When the blood was taken"), self)
        self.add_row(self.tr("&Blood taken:"), self.when)
        self.count_unit = QComboBox(self)
        self.count_unit.addItem(self.tr("x10^9/L (also written x10^3/uL or K/uL)"), "10^9/L")
        self.count_unit.addItem(self.tr("per uL (cells/mm3)"), "/uL")
        self.add_row(self.tr("Counts on the sheet are in:"), self.count_unit)
        self.hgb_unit = QComboBox(self)
        self.hgb_unit.addItem("g/dL", "g/dL")
        self.hgb_unit.addItem("g/L", "g/L")
        self.add_row(self.tr("Hemoglobin on the sheet is in:"), self.hgb_unit)
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "wbc": self.tr("&WBC (white blood cells):"),
            "segs": self.tr("&Segs (segmented neutrophils), %:"),
            "bands": self.tr("Ba&nds, %:"),
            "anc": self.tr("&ANC (absolute neutrophil count):"),
            "hemoglobin": self.tr("&Hemoglobin:"),
            "platelets": self.tr("&Platelets:"),
            "alc": self.tr("A&LC (absolute lymphocyte count):"),
        }
        for name, label in labels.items():
            field = QLineEdit(self)
            field.setPlaceholderText(self.tr("Leave empty if not on the sheet"))
            field.textChanged.connect(self.show_sum)
            self.fields[name] = field
            self.add_row(label, field)
            if name == "anc":
                self.sum = QLabel(self)
                self.sum.setWordWrap(True)
                self.add_row(self.tr("ANC worked out:"), self.sum)
        self.count_unit.currentIndexChanged.connect(self.show_sum)
        self.others = multiline(self.tr("Other values"))
        self.others.setPlaceholderText(self.tr("One per line, for example: CRP = 12 mg/L"))
        self.add_row(self.tr("&Other values:"), self.others)
        self.notes = multiline(self.tr("Notes"))
        self.add_row(self.tr("N&otes:"), self.notes)
        self.show_sum()

    def first_field(self) -> QWidget:
        return self.fields["wbc"]

    def _number(self, name: str) -> float | None:
        try:
            return parse_number(self.fields[name].text())
        except ValueError:
            return None

    def show_sum(self) -> None:
        """WBC x (segs + bands)% = ANC, in the sheet's unit, while the ANC field is empty."""
        if self.fields["anc"].text().strip():
            self.sum.setText(self.tr("Typed from the sheet."))
            return
        wbc, segs, bands = self._number("wbc"), self._number("segs"), self._number("bands")
        anc = computed_anc(wbc, segs, bands)
        if wbc is None or anc is None:
            self.sum.setText(self.tr("Type the WBC and the segs and bands to work it out."))
            return
        unit = str(self.count_unit.currentData())
        text = self.tr("%1 x (%2 + %3)% = %4 %5")
        self.sum.setText(
            text.replace("%1", number_text(wbc))
            .replace("%2", number_text(segs or 0))
            .replace("%3", number_text(bands or 0))
            .replace("%4", number_text(anc))
            .replace("%5", unit)
        )

    def load(self, record: Any) -> None:
        assert isinstance(record, BloodCount)
        self.when.set_value(record.drawn_at)
        self.count_unit.setCurrentIndex(max(0, self.count_unit.findData(record.count_unit)))
        self.hgb_unit.setCurrentIndex(max(0, self.hgb_unit.findData(record.hgb_unit)))
        for name, field in self.fields.items():
            value = getattr(record, name)
            if value is None or (name == "anc" and record.anc_computed):
                field.clear()
            else:
                shown = from_stored(name, value, record.count_unit, record.hgb_unit)
                field.setText(number_text(shown).replace(",", ""))
        self.others.setPlainText(
            "\n".join(f"{o.name} = {o.value:g} {o.unit}".rstrip() for o in record.others)
        )
        self.notes.setPlainText(record.notes)

    def _typed(self) -> tuple[dict[str, float | None], dict[str, tuple[float, str]]]:
        values: dict[str, float | None] = {}
        for name in VALUE_FIELDS:
            try:
                values[name] = parse_number(self.fields[name].text())
            except ValueError:
                raise ValueError(f"{name} must be a number") from None
        try:
            others = parse_others(self.others.toPlainText())
        except ValueError as exc:
            raise ValueError(f"others: {exc}") from None
        return values, others

    def _record(self) -> BloodCount:
        values, others = self._typed()
        return build_count(
            self.chosen_child(),
            self.when.value(),
            count_unit=str(self.count_unit.currentData()),
            hgb_unit=str(self.hgb_unit.currentData()),
            others=others,
            notes=self.notes.toPlainText().strip(),
            **values,
        )

    def validate(self) -> tuple[str, QWidget] | None:
        try:
            self._record()
        except ValueError as exc:
            return self.problem(str(exc))
        return None

    def problem(self, message: str) -> tuple[str, QWidget]:
        """A plain sentence for a record's check, and the field to fix."""
        name = message.split(" ", 1)[0]
        if message.startswith("a blood count needs"):
            return self.tr("Type at least one value from the sheet."), self.fields["wbc"]
        if message.startswith("segs and bands"):
            return self.tr("Segs and bands together cannot be over 100%."), self.fields["segs"]
        if message.startswith("others"):
            text = self.tr("An other value cannot be read. Write it as: name = number unit.")
            return text, self.others
        field = self.fields.get(name, self.fields["wbc"])
        label = self.form.labelForField(field)
        what = label.text().replace("&", "").rstrip(":") if isinstance(label, QLabel) else name
        if "more than the WBC" in message:
            text = self.tr("%1 cannot be more than the WBC. Check the numbers.")
            return text.replace("%1", what), field
        if "must be a number" in message:
            return self.tr("%1 must be a number.").replace("%1", what), field
        unit = self.hgb_unit if name == "hemoglobin" else self.count_unit
        text = self.tr("%1 cannot be right in %2. Check the number, and the unit the sheet uses.")
        return text.replace("%1", what).replace("%2", str(unit.currentData())), field

    def write(self) -> object:
        record = self._record()
        if self.existing is None:
            values, others = self._typed()
            return self.journal.add_blood_count(
                record.child_id,
                record.drawn_at,
                count_unit=record.count_unit,
                hgb_unit=record.hgb_unit,
                others=others,
                notes=record.notes,
                **values,
            ).id
        fresh = replace(record, id=self.existing.id, created_at=self.existing.created_at)
        return self.journal.update(fresh).id
