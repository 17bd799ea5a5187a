"""Change files that were changed, cut short, from another journal, from an unknown or a
removed computer are refused in words and nothing from them is applied; the folder never
holds what the family typed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from companion.journal import Journal
from tests.journal.sync.support import contents
from tests.support.journals import create_journal

CANARY = "canary-7f3a-Zebrafish-unique"


def _change_files(shared: Path) -> list[Path]:
    return sorted(shared.rglob("*.cchg"))


def _device_of(journal: Journal) -> str:
    return next(c.device_id for c in journal.sync_status().computers if c.this_computer)


def test_an_entry_made_on_one_computer_appears_on_the_other(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    child = a.list_children() or [a.add_child("Sam")]
    a.sync(shared)
    b.sync(shared)
    note = b.add_note("Slept well", child_id=child[0].id)
    assert b.sync(shared).written >= 1
    report = a.sync(shared)
    assert report.applied >= 1 and report.refused == []
    assert a.get("note", note.id).text == "Slept well"
    assert a.who("note", note.id).added_by == "Computer 1"
    assert note.id not in [n.entry_id for n in a.since_last_looked()]  # notes are not news
    assert contents(a) == contents(b)


def test_the_folder_never_holds_what_the_family_typed(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    a.name_this_computer(f"Laptop {CANARY}")
    child = a.add_child(f"Child {CANARY}")
    a.add_note(f"Note {CANARY}", child_id=child.id)
    a.add_temperature(child.id, 38.9, "C", notes=CANARY)
    a.set_setting("fever_rules", {"note": CANARY})
    a.sync(shared)
    b.sync(shared)
    assert b.list_children()[-1].name == f"Child {CANARY}"
    for path in shared.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in (CANARY.encode(), CANARY.encode("utf-16-le"), b"Zebrafish"):
                assert needle not in data, path.name


def _one_change(a: Journal, b: Journal, shared: Path) -> tuple[Path, str]:
    a.sync(shared)
    b.sync(shared)
    note = a.add_note("From the first computer")
    a.sync(shared)
    mine = shared.glob(f"*/{_device_of(a)}/*.cchg")
    return max(mine), note.id


def _refused_and_nothing_applied(b: Journal, shared: Path, note_id: str, words: str) -> None:
    report = b.sync(shared)
    assert report.applied == 0
    assert [words in r.reason for r in report.refused] == [True]
    assert b.sync_status().refused[0].reason == report.refused[0].reason
    try:
        b.get("note", note_id)
    except LookupError:
        return
    raise AssertionError("a refused file was applied")


def test_a_changed_byte_is_refused_and_nothing_applied(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    path, note_id = _one_change(a, b, shared)
    good = path.read_bytes()
    for spot in (40, len(good) // 2, len(good) - 70, len(good) - 1):
        bad = bytearray(good)
        bad[spot] ^= 0x01
        path.write_bytes(bytes(bad))
        report = b.sync(shared)
        assert report.applied == 0 and len(report.refused) == 1
    path.write_bytes(good[:-5])
    _refused_and_nothing_applied(b, shared, note_id, "")
    path.write_bytes(good)  # the folder engine brings the right copy: it applies
    assert b.sync(shared).refused == []
    assert b.get("note", note_id).text == "From the first computer"


def test_a_file_from_another_journal_is_refused(
    family: Callable[[int], list[Journal]], shared: Path, tmp_path: Path
) -> None:
    a, b = family(2)
    path, note_id = _one_change(a, b, shared)
    stranger, _code = create_journal(tmp_path / "stranger")
    stranger.add_note("Another family")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    stranger.sync(elsewhere)
    theirs = next(elsewhere.rglob("000000000001.cchg"))
    shutil.copyfile(theirs, path)
    _refused_and_nothing_applied(b, shared, note_id, "another journal")
    stranger.close()


def test_a_file_renamed_to_another_number_is_refused(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    path, _note_id = _one_change(a, b, shared)
    first = path.with_name("000000000001.cchg")
    if path != first:
        first.unlink(missing_ok=True)
        path.rename(first)
    a.add_note("second")
    b.sync(shared)
    moved = path.with_name("000000000009.cchg")
    shutil.copyfile(first, moved)
    for name in range(2, 9):
        shutil.copyfile(first, path.with_name(f"{name:012d}.cchg"))
    report = b.sync(shared)
    assert any("renamed" in r.reason for r in report.refused)


def test_a_computer_nobody_added_is_refused(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    path, note_id = _one_change(a, b, shared)
    stranger_dir = path.parent.with_name("f" * 32)
    stranger_dir.mkdir()
    shutil.copyfile(path, stranger_dir / "000000000001.cchg")
    report = b.sync(shared)
    assert report.refused == [] and "f" * 32 in report.waiting  # not introduced: it waits
    shutil.copyfile(path.with_name("device.cdev"), stranger_dir / "device.cdev")
    report = b.sync(shared)
    assert {r.reason for r in report.refused} == {
        "the file was renamed or moved",
        "it comes from a computer this journal does not know",
    }
    assert b.get("note", note_id)  # the real file still applied


def test_a_removed_computer_is_refused_and_cannot_read_what_follows(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b, c = family(3)
    for journal in (a, b, c, a, b, c):
        journal.sync(shared)
    c_id = _device_of(c)
    a.remove_computer(c_id)
    assert any(x.removed for x in a.sync_status().computers if x.device_id == c_id)
    late = c.add_note("Written after removal")
    # C writes before the new key's file reaches it (the folder engine is slow there).
    epoch_file = next(shared.rglob("epoch-*.ckey"))
    aside = epoch_file.with_name("aside")
    epoch_file.rename(aside)
    assert c.sync(shared).written >= 1
    aside.rename(epoch_file)
    secret = a.add_note("Only for the family that stays")
    a.sync(shared)
    report = b.sync(shared)
    assert any("removed" in r.reason for r in report.refused)
    assert b.get("note", secret.id)
    for journal in (a, b):
        try:
            journal.get("note", late.id)
        except LookupError:
            continue
        raise AssertionError("a removed computer's later change was applied")
    mine = c.sync(shared)
    assert mine.removed_here
    try:
        c.get("note", secret.id)
    except LookupError:
        pass
    else:
        raise AssertionError("a removed computer read a change made after its removal")
    a.sync(shared)
    b.sync(shared)
    assert contents(a) == contents(b)


def test_applying_the_same_files_twice_changes_nothing(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    a.sync(shared)
    b.sync(shared)
    for n in range(5):
        a.add_note(f"note {n}")
    a.sync(shared)
    first = b.sync(shared)
    assert first.applied == 5
    again = b.sync(shared)
    assert again.applied == 0 and again.refused == []
    assert contents(a) == contents(b)


def test_change_files_everyone_applied_leave_the_folder(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    a.sync(shared)
    b.sync(shared)
    a.add_note("one")
    a.sync(shared)
    assert _change_files(shared)
    b.sync(shared)
    a.sync(shared)
    assert _change_files(shared) == []


def _history(journal: Journal, entry_id: str) -> list[str]:
    from companion.storage import engine as db

    with db.read(journal._repo().engine) as conn:
        rows = conn.exec_driver_sql(
            "SELECT payload FROM sync_history WHERE row_key = ?", (entry_id,)
        ).all()
    return [str(row[0]) for row in rows]


def test_two_edits_of_one_entry_keep_the_loser_until_the_entry_is_deleted(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    import dataclasses

    a, b = family(2)
    note = a.add_note("Fever at night")
    a.sync(shared)
    b.sync(shared)
    b.update(dataclasses.replace(b.get("note", note.id), text="Fever at night, 38.5"))
    a.update(dataclasses.replace(a.get("note", note.id), text="Fever at night, slept after"))
    b.sync(shared)
    a.sync(shared)
    b.sync(shared)
    assert a.get("note", note.id).text == b.get("note", note.id).text
    kept = _history(a, note.id) + _history(b, note.id)
    assert any("38.5" in k for k in kept) or any("slept after" in k for k in kept)
    a.delete("note", note.id)
    a.sync(shared)
    b.sync(shared)
    assert _history(a, note.id) == [] and _history(b, note.id) == []
    from companion.storage import engine as db

    with db.read(b._repo().engine) as conn:
        clock = conn.exec_driver_sql(
            "SELECT tomb, created_by, changed_by FROM sync_clock WHERE row_key = ?", (note.id,)
        ).one()
    assert tuple(clock) == (1, None, None)  # a tombstone keeps only the id and the time


def test_one_fever_contact_after_two_computers_chose_one_each(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    a.sync(shared)
    b.sync(shared)
    a.add_contact("Ward 5", phone="555 0101", call_for_fever=True)
    later = b.add_contact("Day unit", phone="555 0102", call_for_fever=True)
    for journal in (a, b, a, b):
        journal.sync(shared)
    for journal in (a, b):
        flagged = [c.id for c in journal.list_contacts() if c.call_for_fever]
        assert flagged == [later.id]
    assert contents(a) == contents(b)


def test_a_join_file_is_used_once_and_the_joined_computer_is_a_new_one(
    tmp_path: Path, shared: Path
) -> None:
    first, code = create_journal(tmp_path / "first")
    note = first.add_note("Before joining")
    first.sync(shared)
    join_file = tmp_path / "for-dad.companion-join"
    first.write_join_file(join_file)
    second = Journal.restore(join_file, tmp_path / "second", recovery_code=code)
    assert not join_file.exists()
    assert second.get("note", note.id).text == "Before joining"
    second.new_recovery_code()  # its own key slots: changing them here leaves the first alone
    second.sync(shared)
    first.sync(shared)
    ids = {c.device_id for c in first.sync_status().computers}
    assert len(ids) == 2 and _device_of(second) != _device_of(first)
    later = second.add_note("After joining")
    second.sync(shared)
    first.sync(shared)
    assert first.get("note", later.id).text == "After joining"
    first.close()
    second.close()
    Journal.unlock(tmp_path / "first", recovery_code=code).close()  # the first's code still works
