"""Three computers, random adds, edits, deletes and undos, files delivered in random order,
twice, or late: after a full exchange the three journals are identical."""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from companion.journal import Journal
from companion.journal.records import Child, Contact, Medicine, Note
from tests.journal.sync.support import contents, copy_tree
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal

COMPUTERS = 3
# One family's journal, made once and copied for each example (making one costs a KDF).
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    if "root" not in _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="sync-template-"))
        first, _code = create_journal(root / "first")
        first.add_child("Sam")
        first.add_contact("Clinic", phone="555 0100", call_for_fever=True)
        first.backup(root / "join.backup")
        first.close()
        Journal.restore(root / "join.backup", root / "joined", PASSPHRASE).close()
        _TEMPLATE["root"] = root
    return _TEMPLATE["root"]


class Family(RuleBasedStateMachine):
    """Each computer has its own copy of the shared folder; ``deliver`` copies some of the
    files written anywhere into one computer's copy (out of order, again, or not yet)."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="sync-family-"))
        self.outbox = self.root / "everything"
        self.outbox.mkdir()
        self.journals: list[Journal] = []
        self.folders: list[Path] = []
        self.deleted: list[tuple[int, str, str]] = []
        self.devices: list[str] = []

    @initialize()
    def join(self) -> None:
        template = _template()
        for n in range(COMPUTERS):
            where = self.root / f"c{n}"
            shutil.copytree(template / "joined", where)
            journal = unlock_journal(where)
            journal.name_this_computer(f"Computer {n}")
            folder = self.root / f"folder-{n}"
            folder.mkdir()
            self.journals.append(journal)
            self.folders.append(folder)

    def teardown(self) -> None:
        for journal in self.journals:
            journal.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def _children(self, n: int) -> list[Child]:
        return self.journals[n].list_children()

    # ----- what caregivers do ------------------------------------------------------------

    @rule(n=st.integers(0, COMPUTERS - 1), value=st.floats(35.0, 41.0).map(lambda v: round(v, 1)))
    def add_temperature(self, n: int, value: float) -> None:
        children = self._children(n)
        if children:
            self.journals[n].add_temperature(children[0].id, value, "C")

    @rule(n=st.integers(0, COMPUTERS - 1), text=st.sampled_from(["slept", "ate", "pale"]))
    def add_note(self, n: int, text: str) -> None:
        children = self._children(n)
        self.journals[n].add_note(text, child_id=children[0].id if children else None)

    @rule(n=st.integers(0, COMPUTERS - 1), name=st.sampled_from(["Ondansetron", "Paracetamol"]))
    def add_medicine_and_dose(self, n: int, name: str) -> None:
        children = self._children(n)
        if children:
            medicine = self.journals[n].add_medicine(children[0].id, name, dose="4 mg")
            self.journals[n].add_dose(children[0].id, medicine.id)

    @rule(n=st.integers(0, COMPUTERS - 1), name=st.sampled_from(["Alex", "Robin"]))
    def add_child(self, n: int, name: str) -> None:
        self.journals[n].add_child(name)

    @rule(n=st.integers(0, COMPUTERS - 1), name=st.sampled_from(["Nurse line", "Oncall"]))
    def add_fever_contact(self, n: int, name: str) -> None:
        self.journals[n].add_contact(name, phone="555 0199", call_for_fever=True)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), text=st.text(max_size=8))
    def edit(self, n: int, pick: int, text: str) -> None:
        journal = self.journals[n]
        notes = journal.list_notes()
        readings = [r for c in self._children(n) for r in journal.latest_readings(c.id, 5)]
        if notes and pick % 2:
            note = notes[pick % len(notes)]
            journal.update(dataclasses.replace(note, text=note.text + text))
        elif readings:
            reading = readings[pick % len(readings)]
            journal.update(dataclasses.replace(reading, notes=text))

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), unit=st.sampled_from("CF"))
    def change_setting(self, n: int, pick: int, unit: str) -> None:
        self.journals[n].set_setting("temperature_unit", f"{unit}{pick % 3}")

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), what=st.integers(0, 3))
    def delete(self, n: int, pick: int, what: int) -> None:
        journal = self.journals[n]
        kinds: list[tuple[str, list[Child] | list[Note] | list[Medicine] | list[Contact]]] = [
            ("note", journal.list_notes()),
            ("child", journal.list_children()),
            (
                "medicine",
                [m for c in journal.list_children() for m in journal.list_medicines(c.id)],
            ),
            ("contact", journal.list_contacts()),
        ]
        kind, items = kinds[what]
        if items:
            target = items[pick % len(items)]
            journal.delete(kind, target.id)
            self.deleted.append((n, kind, target.id))

    @precondition(lambda self: bool(self.deleted))
    @rule()
    def undo(self) -> None:
        n, kind, entry_id = self.deleted.pop()
        with contextlib.suppress(LookupError):  # an incoming change removed it meanwhile
            self.journals[n].undo_delete(kind, entry_id)

    # ----- the folder ----------------------------------------------------------------------

    @rule(n=st.integers(0, COMPUTERS - 1))
    def sync(self, n: int) -> None:
        report = self.journals[n].sync(self.folders[n])
        assert report.refused == []
        copy_tree(self.folders[n], self.outbox)

    @rule(n=st.integers(0, COMPUTERS - 1), data=st.data())
    def deliver(self, n: int, data: st.DataObject) -> None:
        files = sorted(p for p in self.outbox.rglob("*") if p.is_file())
        if not files:
            return
        chosen = data.draw(st.lists(st.sampled_from(files), max_size=len(files)))
        for path in chosen:  # in the drawn order, some twice, some not at all
            dest = self.folders[n] / path.relative_to(self.outbox)
            if dest.parent.name == self.journals_device(n):
                continue  # a computer's own sub-folder is written by it alone
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)

    def journals_device(self, n: int) -> str:
        while len(self.devices) <= n:
            status = self.journals[len(self.devices)].sync_status()
            self.devices.append(next(c.device_id for c in status.computers if c.this_computer))
        return self.devices[n]

    @invariant()
    def one_fever_contact_each(self) -> None:
        for journal in self.journals:
            assert sum(1 for c in journal.list_contacts() if c.call_for_fever) <= 1

    def full_exchange(self) -> None:
        for _round in range(6):
            for n in range(COMPUTERS):
                self.sync(n)
            for n in range(COMPUTERS):
                self._deliver_all(n)
        for n in range(COMPUTERS):
            self.sync(n)

    def _deliver_all(self, n: int) -> None:
        own = self.journals_device(n)
        for path in self.outbox.rglob("*"):
            if path.is_file() and path.parent.name != own:
                dest = self.folders[n] / path.relative_to(self.outbox)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)


def _check_agreement(machine: Family) -> None:
    machine.full_exchange()
    first = contents(machine.journals[0])
    for other in machine.journals[1:]:
        assert contents(other) == first


class FamilyThatAgrees(Family):
    def teardown(self) -> None:
        try:
            if self.journals:
                _check_agreement(self)
        finally:
            super().teardown()


@pytest.mark.slow
def test_three_computers_agree_after_a_full_exchange() -> None:
    run = settings(
        max_examples=12,
        stateful_step_count=25,
        deadline=None,
        # Each step opens real encrypted journals: shrinking would take many minutes; the
        # failing steps are printed as drawn.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )(FamilyThatAgrees).TestCase
    run().runTest()
