"""Nothing the family types reaches the disk unencrypted: canaries through every text field."""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.journal.records import ChecklistItem, Record, kind_of
from companion.paths import resolve_paths
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal

T0 = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)


class Canaries:
    """Unique marker words, one per field and step, searched for in every encoding."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def __call__(self, field: str) -> str:
        word = f"Canary{len(self.made):03d}{field.replace('_', '')}Xq7ñ"
        self.made.append(word)
        return word

    def patterns(self) -> list[tuple[str, bytes]]:
        found = []
        for word in self.made:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found.append((word, word.encode(encoding)))
            found.append((word, word.encode("utf-8")[:12]))  # a prefix, as an FTS term might be
        return found


def _leaks(roots: list[Path], canaries: Canaries) -> list[str]:
    leaks = []
    patterns = canaries.patterns()
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            leaks.extend(f"{path.name}: {word}" for word, raw in patterns if raw in data)
    return sorted(set(leaks))


def _write_everything(journal: Journal, c: Canaries) -> list[Record]:
    child = journal.add_child(c("name"), None, c("diagnosis"))
    med = journal.add_medicine(child.id, c("medname"), dose=c("dose"), schedule=c("schedule"))
    reading = journal.add_temperature(
        child.id, 38.5, fever_medicine=c("fevermed"), notes=c("tempnotes"), taken_at=T0
    )
    made: list[Record] = [
        child,
        med,
        reading,
        journal.add_appointment(
            child.id,
            T0,
            "Europe/Madrid",
            place=c("place"),
            with_whom=c("withwhom"),
            purpose=c("purpose"),
            questions=[c("checklist")],
            after_notes=c("afternotes"),
        ),
        journal.add_symptom(child.id, c("symptom"), 2, detail=c("detail"), notes=c("symnotes")),
        journal.add_dose(child.id, med.id, amount=c("amount"), notes=c("dosenotes")),
        journal.add_note(c("note") + " and more words", child.id),
        journal.add_question(c("question"), child.id),
        journal.add_contact(c("contact"), role=c("role"), phone=c("phone"), notes=c("cnotes")),
        journal.add_fever_event(child.id, c("rule"), c("summary"), reading_id=reading.id),
    ]
    journal.set_setting(c("settingkey"), {"text": c("settingvalue")})
    return made


_EDITS = {
    "Child": ("name", "diagnosis"),
    "Medicine": ("name", "dose", "schedule"),
    "TemperatureReading": ("fever_medicine", "notes"),
    "Appointment": ("place", "with_whom", "purpose", "after_notes"),
    "SymptomEntry": ("symptom", "detail", "notes"),
    "DoseGiven": ("amount", "notes"),
    "Note": ("text",),
    "Question": ("text", "answer"),
    "Contact": ("name", "role", "phone", "notes"),
    "FeverEvent": ("rule", "summary"),
}


def test_canaries_never_reach_the_disk_in_the_clear(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "system-temp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    roots = [tmp_path]  # the data folder, HOME/XDG folders and the temp folder all live here
    c = Canaries()

    journal, _code = create_journal(data_dir)
    made = _write_everything(journal, c)
    setting_key = next(word for word in c.made if "settingkey" in word)
    searchable = [
        w for w in c.made if "name" not in w and "diagnosis" not in w and "setting" not in w
    ]
    for word in searchable:  # the words really are in the journal (and its search index)
        assert journal.search(word), word
    assert _leaks(roots, c) == []

    for record in made:
        changes: dict[str, object] = {f: c(f"edit{f}") for f in _EDITS[type(record).__name__]}
        if type(record).__name__ == "Appointment":
            changes["questions"] = (ChecklistItem(c("editchecklist"), True),)
        journal.update(dataclasses.replace(record, **changes))  # type: ignore[arg-type]
    journal.set_setting(setting_key, c("settingedit"))
    assert _leaks(roots, c) == []

    for record in made[3:]:
        journal.delete(kind_of(record), record.id)
    journal.undo_delete("note", made[6].id)
    journal.delete("child", made[0].id)
    journal.purge_deleted()
    assert _leaks(roots, c) == []

    journal.backup(tmp_path / "backup.companion-backup")
    journal.daily_backup()
    assert _leaks(roots, c) == []

    journal.close()
    assert _leaks(roots, c) == []

    paths = resolve_paths(data_dir)
    for encrypted in (paths.journal_db, tmp_path / "backup.companion-backup"):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(encrypted).execute("SELECT * FROM sqlite_master").fetchall()

    reopened = unlock_journal(data_dir)
    assert reopened.timeline_count() == 0  # purged for good
    reopened.close()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not any(PASSPHRASE.encode() in p.read_bytes() for p in files)
