"""The journal's newer parts as the :class:`~companion.journal.facade.Journal` facade offers
them: caregivers, blood counts, the treatment plan, the team's "call us if" rules, and sharing
between computers. Each is a typed forward to the part the facade holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from companion.journal.callrules import CallAlerts
from companion.journal.caregivers import Caregivers
from companion.journal.counts.blood_counts import BloodCounts
from companion.journal.keys import Keys
from companion.journal.locked import SealedReadings
from companion.journal.locked.emergency import Emergency
from companion.journal.plan.treatment_plan import TreatmentPlan
from companion.journal.sync.sharing import Sharing
from companion.journal.transfer import Transfer

P = ParamSpec("P")
T = TypeVar("T")


def forward(
    part: str, method: Callable[Concatenate[Any, P], T]
) -> Callable[Concatenate[Any, P], T]:
    """A facade method that calls ``method`` on the part held in attribute ``part``."""

    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return method(getattr(self, part), *args, **kwargs)

    call.__name__ = method.__name__
    call.__qualname__ = f"Journal.{method.__name__}"
    call.__doc__ = method.__doc__
    return call


class CareParts:
    """Caregivers, counts, the plan and the call-us-if rules."""

    caregivers = forward("_caregivers", Caregivers.caregivers)
    add_caregiver = forward("_caregivers", Caregivers.add_caregiver)
    rename_caregiver = forward("_caregivers", Caregivers.rename_caregiver)
    remove_caregiver = forward("_caregivers", Caregivers.remove_caregiver)
    add_blood_count = forward("_counts", BloodCounts.add_blood_count)
    counts_between = forward("_counts", BloodCounts.counts_between)
    list_blood_counts = forward("_counts", BloodCounts.list_blood_counts)
    latest_anc = forward("_counts", BloodCounts.latest_anc)
    add_cycle = forward("_plan", TreatmentPlan.add_cycle)
    update_cycle = forward("_plan", TreatmentPlan.update_cycle)
    list_cycles = forward("_plan", TreatmentPlan.list_cycles)
    cycle_days = forward("_plan", TreatmentPlan.cycle_days)
    treatment_days_between = forward("_plan", TreatmentPlan.treatment_days_between)
    upcoming_treatment_days = forward("_plan", TreatmentPlan.upcoming_treatment_days)
    shift_cycle = forward("_plan", TreatmentPlan.shift_cycle)
    plan_position = forward("_plan", TreatmentPlan.plan_position)
    call_rules = forward("_alerts", CallAlerts.call_rules)
    set_call_rules = forward("_alerts", CallAlerts.set_call_rules)
    check_call_rules = forward("_alerts", CallAlerts.check_call_rules)
    add_call_alert = forward("_alerts", CallAlerts.add_call_alert)
    list_call_alerts = forward("_alerts", CallAlerts.list_call_alerts)


class SharingParts:
    """Keeping the journal in step with other computers through a folder (docs/sync.md)."""

    sync = forward("_sharing", Sharing.sync)
    sync_folder = forward("_sharing", Sharing.sync_folder)
    sync_status = forward("_sharing", Sharing.sync_status)
    stop_sharing = forward("_sharing", Sharing.stop_sharing)
    name_this_computer = forward("_sharing", Sharing.name_this_computer)
    remove_computer = forward("_sharing", Sharing.remove_computer)
    who = forward("_sharing", Sharing.who)
    since_last_looked = forward("_sharing", Sharing.since_last_looked)
    mark_looked = forward("_sharing", Sharing.mark_looked)


class KeepingParts:
    """Moving records in and out, the locked screen's parts, and the journal's keys."""

    all_records = forward("_transfer", Transfer.all_records)
    spare_children = forward("_transfer", Transfer.spare_children)
    load_records = forward("_transfer", Transfer.load_records)
    emergency_choices = forward("_emergency", Emergency.choices)
    set_emergency_choices = forward("_emergency", Emergency.set_choices)
    emergency_info = forward("_emergency", Emergency.info)
    merge_sealed = forward("_sealed", SealedReadings.merge)
    change_passphrase = forward("_keys", Keys.change_passphrase)
    new_recovery_code = forward("_keys", Keys.new_recovery_code)
    enable_device_unlock = forward("_keys", Keys.enable_device_unlock)
    disable_device_unlock = forward("_keys", Keys.disable_device_unlock)
