"""The journal's records, as the layers above storage see them.

They are defined in :mod:`companion.storage.records` because storage reads and writes them and
no arrow may point up; everything above storage (the journal core, the screens) imports them
from here.
"""

from companion.storage.records import (
    APPOINTMENT as APPOINTMENT,
)
from companion.storage.records import (
    BLOOD_COUNT as BLOOD_COUNT,
)
from companion.storage.records import (
    CALL_ALERT as CALL_ALERT,
)
from companion.storage.records import (
    CAREGIVER as CAREGIVER,
)
from companion.storage.records import (
    CHILD as CHILD,
)
from companion.storage.records import (
    CONTACT as CONTACT,
)
from companion.storage.records import (
    COUNT_UNITS as COUNT_UNITS,
)
from companion.storage.records import (
    CYCLE as CYCLE,
)
from companion.storage.records import (
    DOSE as DOSE,
)
from companion.storage.records import (
    ENTRY_KINDS as ENTRY_KINDS,
)
from companion.storage.records import (
    FEVER as FEVER,
)
from companion.storage.records import (
    HGB_UNITS as HGB_UNITS,
)
from companion.storage.records import (
    MEDICINE as MEDICINE,
)
from companion.storage.records import (
    METHODS as METHODS,
)
from companion.storage.records import (
    NOT_ENTRIES as NOT_ENTRIES,
)
from companion.storage.records import (
    NOTE as NOTE,
)
from companion.storage.records import (
    PLACE_KINDS as PLACE_KINDS,
)
from companion.storage.records import (
    PLAUSIBLE as PLAUSIBLE,
)
from companion.storage.records import (
    QUESTION as QUESTION,
)
from companion.storage.records import (
    RECORD_TYPES as RECORD_TYPES,
)
from companion.storage.records import (
    REPORTERS as REPORTERS,
)
from companion.storage.records import (
    SCALE_MAX as SCALE_MAX,
)
from companion.storage.records import (
    SYMPTOM as SYMPTOM,
)
from companion.storage.records import (
    TEMPERATURE as TEMPERATURE,
)
from companion.storage.records import (
    TIMELINE_KINDS as TIMELINE_KINDS,
)
from companion.storage.records import (
    TREATMENT_DAY as TREATMENT_DAY,
)
from companion.storage.records import (
    UNITS as UNITS,
)
from companion.storage.records import (
    Appointment as Appointment,
)
from companion.storage.records import (
    BloodCount as BloodCount,
)
from companion.storage.records import (
    CallAlert as CallAlert,
)
from companion.storage.records import (
    Caregiver as Caregiver,
)
from companion.storage.records import (
    ChecklistItem as ChecklistItem,
)
from companion.storage.records import (
    Child as Child,
)
from companion.storage.records import (
    Contact as Contact,
)
from companion.storage.records import (
    DoseGiven as DoseGiven,
)
from companion.storage.records import (
    FeverEvent as FeverEvent,
)
from companion.storage.records import (
    Kind as Kind,
)
from companion.storage.records import (
    Medicine as Medicine,
)
from companion.storage.records import (
    NamedValue as NamedValue,
)
from companion.storage.records import (
    Note as Note,
)
from companion.storage.records import (
    Question as Question,
)
from companion.storage.records import (
    Record as Record,
)
from companion.storage.records import (
    SymptomEntry as SymptomEntry,
)
from companion.storage.records import (
    TemperatureReading as TemperatureReading,
)
from companion.storage.records import (
    TimelineEntry as TimelineEntry,
)
from companion.storage.records import (
    TimelineFilter as TimelineFilter,
)
from companion.storage.records import (
    TreatmentCycle as TreatmentCycle,
)
from companion.storage.records import (
    TreatmentDay as TreatmentDay,
)
from companion.storage.records import (
    kind_of as kind_of,
)
from companion.storage.records import (
    kind_of_type as kind_of_type,
)
from companion.storage.records import (
    new_id as new_id,
)
from companion.storage.records import (
    utcnow as utcnow,
)
