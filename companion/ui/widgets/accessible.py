"""Names for the parts of compound widgets that screen readers meet on their own."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def name_combo_editor(combo: QComboBox) -> None:
    """An editable combo box's text field is a separate control to a screen reader: give it
    the combo's name, or Orca and NVDA announce a nameless "edit"."""
    editor = combo.lineEdit()
    if editor is not None:
        editor.setAccessibleName(combo.accessibleName())
