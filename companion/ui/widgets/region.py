"""The family's region: where they live and dial from, never the interface language.

One setting for the whole app (phone formats, the emergency number, paper size, date and
number formats with the chosen language). It defaults to the computer's locale territory and
falls back to the United States when the computer names no territory we can dial from.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from companion.directory import phones

#: Settings key. It is the key the care-team screen has used since version 1, so a family's
#: earlier choice of "Country of the number" carries over as their region.
REGION_SETTING = "care_team/phone_region"


def system_region() -> str:
    """The computer's locale territory as an ISO 3166 code (``"GB"``), or the default."""
    locale = QLocale.system()
    code = QLocale.territoryToCode(locale.territory()).upper()
    if code and code in phones.supported_regions():
        return code
    return phones.DEFAULT_REGION


def family_region(settings: QSettings) -> str:
    """The region the family chose, or the computer's own when they have not chosen."""
    value = settings.value(REGION_SETTING)
    if isinstance(value, str) and value.upper() in phones.supported_regions():
        return value.upper()
    return system_region()


def set_family_region(settings: QSettings, code: str) -> None:
    code = code.upper()
    if code not in phones.supported_regions():
        raise ValueError("unknown region")
    settings.setValue(REGION_SETTING, code)
