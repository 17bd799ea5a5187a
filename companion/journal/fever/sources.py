"""Where the fever card's facts come from, and the emergency number for the family's region.

Qt-free. Every rule, warning and number the card shows names its publisher and page here.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Source:
    """Where a medical fact comes from: a named organisation and the public page."""

    name: str
    url: str


DEFAULT_RULES_SOURCE = Source(
    name="Centers for Disease Control and Prevention (CDC), Preventing Infections in Cancer "
    "Patients: Watch Out for Fever",
    url="https://www.cdc.gov/cancer/preventinfections/fever.htm",
)
#: A children's cancer page that states the same common rule: call at 100.4 °F (38 °C) or more.
DEFAULT_RULES_CHILD_SOURCE = Source(
    name="Cincinnati Children's Hospital, What Are General Instructions for Caring for a Child "
    "with Cancer?",
    url="https://cincinnatichildrens.org/health/c/cancer-instructions",
)
DEFAULT_RULES_SOURCES = (DEFAULT_RULES_SOURCE, DEFAULT_RULES_CHILD_SOURCE)
SUSTAINED_RULE_SOURCE = Source(
    name="St. Jude Children's Research Hospital, Together: Fever and Signs of Infection",
    url="https://together.stjude.org/en-us/diagnosis-treatment/side-effects/"
    "fever-and-signs-of-infection.html",
)
LOW_RULE_SOURCE = Source(
    name="Children's Cancer and Leukaemia Group (CCLG), Febrile neutropenia",
    url="https://www.cclg.org.uk/information-professionals/outreach-information-resource/"
    "section-7-side-effects-and-supportive-care/febrile-neutropenia",
)
NO_RECTAL_SOURCE = Source(
    name="Children's Oncology Group, Fever",
    url="https://childrensoncologygroup.org/fever",
)
NO_RECTAL_TEXT = QT_TRANSLATE_NOOP(
    "Fever",
    "Do not take your child's temperature in the bottom (rectally) unless your care team says "
    "so. When blood counts are low, it can cause bleeding or infection. Use the mouth, under "
    "the arm, the ear or the forehead.",
)

NO_FEVER_MEDICINE_TEXT = QT_TRANSLATE_NOOP(
    "Fever",
    "Do not give acetaminophen (paracetamol) or ibuprofen before you call, unless your team "
    "told you to.",
)
#: Blank Children's: "Never give your child Tylenol (acetaminophen) for a fever unless
#: instructed by your child's doctor". Cincinnati Children's: no medication unless the
#: oncology care team approved it (which covers ibuprofen).
NO_FEVER_MEDICINE_SOURCES = (
    Source(
        name="Blank Children's Hospital, My Journey Book: Fever, Infection and Visiting the "
        "Emergency Department",
        url="https://myjourneybook.org/treatment-facilities/blank-childrens-hospital/"
        "fever-infection/",
    ),
    DEFAULT_RULES_CHILD_SOURCE,
)


@dataclass(frozen=True)
class EmergencyNumber:
    """The number to dial for an ambulance in a region, with the page that says so."""

    number: str
    source: Source


_US_EMERGENCY = EmergencyNumber(
    "911",
    Source(
        name='Children\'s Oncology Group, Fever ("contact 911 or your emergency services")',
        url="https://childrensoncologygroup.org/fever",
    ),
)
_UK_EMERGENCY = EmergencyNumber(
    "999",
    Source(
        name="South Western Ambulance Service NHS Foundation Trust, When to call 999",
        url="https://www.swast.nhs.uk/when-to-call-999",
    ),
)
_EU_EMERGENCY = EmergencyNumber(
    "112",
    Source(
        name="European Commission, 112, the single European emergency number: Frequently Asked "
        "Questions",
        url="http://europa.eu/rapid/press-release_MEMO-05-363_en.htm",
    ),
)
#: Members of the European Union, where 112 reaches the emergency services from any phone.
EU_REGIONS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


def emergency_number(region: str) -> EmergencyNumber | None:
    """The emergency number where the family lives, or None where we have no named source."""
    code = region.upper()
    if code == "US":
        return _US_EMERGENCY
    if code == "GB":
        return _UK_EMERGENCY
    if code in EU_REGIONS:
        return _EU_EMERGENCY
    return None
