"""Phone numbers: parse what a family types, check stored E.164 numbers, format them to dial.

Qt-free. ``phonenumbers`` costs about 80 ms to import, so it is imported inside each function,
on the first number shown, never at start-up.

Numbers are stored as E.164 (``+17349369814``). They are shown in the national format of the
country they belong to, and in the international format for a call from abroad. US and Canadian
numbers use the dashed style the hospitals print on their own pages (``734-936-9814``), so a
parent can match the number on screen with the one on a letter or a website.
"""

from __future__ import annotations

import re
from typing import Any

#: Shape of an E.164 number: "+", a country code that does not start with 0, at most 15 digits.
E164_PATTERN = re.compile(r"^\+[1-9][0-9]{6,14}$")
DEFAULT_REGION = "US"
_NANP_COUNTRY_CODE = 1


class PhoneError(ValueError):
    """A number could not be used. The message never repeats what was typed (it is private)."""


def _parse(e164: str) -> Any:
    import phonenumbers

    if not E164_PATTERN.match(e164):
        raise PhoneError("A stored phone number must look like +17349369814 (E.164).")
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError("A stored phone number could not be read.") from exc


def is_valid_e164(e164: str) -> bool:
    """True when ``e164`` is a real, dialable number written in canonical E.164."""
    import phonenumbers

    try:
        number = _parse(e164)
    except PhoneError:
        return False
    canonical = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return bool(phonenumbers.is_valid_number(number)) and canonical == e164


def parse_phone(text: str, default_region: str = DEFAULT_REGION) -> str:
    """The E.164 form of a number a person typed, read as a ``default_region`` number.

    Raises PhoneError, with a message safe to show and log, when it is not a valid number.
    """
    import phonenumbers

    region = default_region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise PhoneError("Choose the country your phone numbers belong to.")
    if not text.strip():
        raise PhoneError("Type a phone number.")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(
            "This does not look like a phone number. Check the digits, including the area code."
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(
            "This is not a valid phone number for the chosen country. Check the digits, "
            "or write the number with its country code, starting with +."
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def region_of(e164: str) -> str | None:
    """The ISO country code the number belongs to ("US", "GB"), or None if unknown."""
    import phonenumbers

    region = phonenumbers.region_code_for_number(_parse(e164))
    return str(region) if region and region != phonenumbers.UNKNOWN_REGION else None


def international(e164: str) -> str:
    """The number as dialled from another country: ``+44 808 800 4040``."""
    import phonenumbers

    number = _parse(e164)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def national(e164: str, country: str | None = None) -> str:
    """The number as dialled inside its country: ``734-936-9814``, ``0808 800 4040``.

    When ``country`` is given (the family's region, where they dial from) and the number
    belongs to another country, a national form would not reach it from there (or would reach
    a different line), so the international format is returned instead. Countries sharing a
    calling code (the United States and Canada) count as different countries here.
    """
    import phonenumbers

    number = _parse(e164)
    if country is not None and region_of(e164) != country.upper():
        return international(e164)
    if number.country_code == _NANP_COUNTRY_CODE:
        # "+1 734-936-9814" without "+1 ": the dashed style US and Canadian pages print.
        text = international(e164)
        prefix = f"+{_NANP_COUNTRY_CODE} "
        return text.removeprefix(prefix)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def for_region(e164: str, region: str) -> str:
    """The number as a phone in ``region`` dials it: national at home, international abroad."""
    return national(e164, region)


def supported_regions() -> list[str]:
    """Every ISO country code phone numbers can be read for, sorted."""
    import phonenumbers

    return sorted(str(region) for region in phonenumbers.SUPPORTED_REGIONS)
