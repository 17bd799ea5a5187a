"""The family's region: where they live and dial from, never the interface language.

One setting for the whole app (phone formats, the emergency number, paper size, date and
number formats with the chosen language). It defaults to the computer's locale territory and
falls back to the United States when the computer names no territory we can dial from.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from companion.directory import phones

#: Minimum height in pixels of anything a shaky hand must hit.
TARGET_HEIGHT = 44

#: Settings key. It is the key the care-team screen has used since version 1, so a family's
#: earlier choice of "Country of the number" carries over as their region.
REGION_SETTING = "care_team/phone_region"


def _looks_like_region(code: str) -> bool:
    """Two letters: a country code. Checked without loading the phone-number library (80 ms);
    a code it does not know still formats numbers in international form."""
    return len(code) == 2 and code.isascii() and code.isalpha()


def system_region() -> str:
    """The computer's locale territory as an ISO 3166 code (``"GB"``), or the default."""
    locale = QLocale.system()
    code = QLocale.territoryToCode(locale.territory()).upper()
    return code if _looks_like_region(code) else phones.DEFAULT_REGION


def family_region(settings: QSettings) -> str:
    """The region the family chose, or the computer's own when they have not chosen."""
    value = settings.value(REGION_SETTING)
    if isinstance(value, str) and _looks_like_region(value.upper()):
        return value.upper()
    return system_region()


def set_family_region(settings: QSettings, code: str) -> None:
    code = code.upper()
    if code not in phones.supported_regions():
        raise ValueError("unknown region")
    before = settings.value(REGION_SETTING)
    settings.setValue(REGION_SETTING, code)
    if before != code:
        region_signals().changed.emit(code)


class RegionSignals(QObject):
    """``changed(code)`` when the family picks another region, so shown numbers follow."""

    changed = Signal(str)


_SIGNALS: list[RegionSignals] = []


def region_signals() -> RegionSignals:
    """The one notifier for the whole app (made on first use)."""
    if not _SIGNALS:
        _SIGNALS.append(RegionSignals())
    return _SIGNALS[0]


class RegionChoice(QWidget):
    """ "You live in: [country]": the visible place to change the family's region."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.label = QLabel(
            self.tr("&Where you live (numbers are shown to dial from there):"), self
        )
        self.label.setWordWrap(True)
        self.combo = RegionCombo(self)
        self.combo.setAccessibleName(self.tr("Where you live"))
        self.combo.setMinimumHeight(TARGET_HEIGHT)
        self.label.setBuddy(self.combo)
        self._show(family_region(settings))
        self.combo.activated.connect(self._chosen)
        region_signals().changed.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.combo)

    def _show(self, code: str) -> None:
        if self.combo.findData(code) < 0:
            self.combo.addItem(region_name(code), code)
        self.combo.setCurrentIndex(self.combo.findData(code))

    def _chosen(self) -> None:
        set_family_region(self.settings, str(self.combo.currentData()))


class RegionCombo(QComboBox):
    """Lists every country only when opened (or typed into): the list needs the phone-number
    library, which a screen should not load just to show the family's own country."""

    def _fill(self) -> None:
        if self.count() > 1:
            return
        current = self.currentData()
        names = {code: region_name(code) for code in phones.supported_regions()}
        self.blockSignals(True)
        self.clear()
        for code in sorted(names, key=names.__getitem__):
            self.addItem(names[code], code)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._fill()
        super().keyPressEvent(event)


def region_name(code: str) -> str:
    """The country's name in the interface language ("United Kingdom"), or the code."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)
