"""The engine over SQLCipher: key, pragmas, private files, one pooled connection, checkpoints."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from companion.storage import engine as db
from companion.storage import sqlcipher
from companion.storage.errors import Damaged, Locked, ReadOnly, WrongKey


def _key(n: int = 1) -> bytes:
    return bytes([n]) * 32


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = db.open_engine(tmp_path / "x.db", _key())
    with db.write(eng) as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    yield eng
    eng.dispose()


def test_pragmas_the_journal_relies_on(engine: Engine) -> None:
    with db.read(engine) as conn:
        value = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "cipher_version",
                "journal_mode",
                "synchronous",
                "secure_delete",
                "temp_store",
                "foreign_keys",
            )
        }
    assert value["cipher_version"]
    assert value["journal_mode"] == "truncate"  # rollback journal: commits live in HMAC'd pages
    assert value["synchronous"] == 2  # FULL
    assert value["secure_delete"] == 1
    assert value["temp_store"] == 2  # MEMORY
    assert value["foreign_keys"] == 1


def test_another_key_is_refused(tmp_path: Path, engine: Engine) -> None:
    db.close_engine(engine)
    with pytest.raises(WrongKey):
        db.open_engine(tmp_path / "x.db", _key(2))


def test_whole_file_is_encrypted(tmp_path: Path, engine: Engine) -> None:
    with db.write(engine) as conn:
        conn.exec_driver_sql("INSERT INTO t (v) VALUES ('plain words')")
    db.close_engine(engine)
    raw = (tmp_path / "x.db").read_bytes()
    assert b"SQLite format 3" not in raw
    assert b"plain words" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "x.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_plaintext_only_when_explicitly_asked(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        db.open_engine(tmp_path / "p.db", None)
    with pytest.raises(ValueError):
        db.open_engine(tmp_path / "p.db", _key(), _plaintext=True)
    plain = db.open_engine(tmp_path / "p.db", None, _plaintext=True)
    with db.write(plain) as conn:
        conn.exec_driver_sql("CREATE TABLE t (v TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES ('visible')")
    db.close_engine(plain)
    rows = sqlite3.connect(tmp_path / "p.db").execute("SELECT v FROM t").fetchall()
    assert rows == [("visible",)]


def test_files_are_private_even_with_an_open_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        eng = db.open_engine(tmp_path / "sub" / "y.db", _key())
        with db.write(eng) as conn:
            conn.exec_driver_sql("CREATE TABLE t (v TEXT)")
        with db.read(eng) as conn:
            conn.exec_driver_sql("SELECT * FROM t").all()
            sides = [tmp_path / "sub" / f"y.db{suffix}" for suffix in ("", "-journal")]
            assert all(side.exists() for side in sides)
            assert [_mode(side) for side in sides] == [0o600] * 2
        assert _mode(tmp_path / "sub") == 0o700
        db.close_engine(eng)
    finally:
        os.umask(old)


def test_every_commit_is_in_the_main_file(tmp_path: Path, engine: Engine) -> None:
    with db.write(engine) as conn:
        for i in range(200):
            conn.exec_driver_sql("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
    side = tmp_path / "x.db-journal"
    assert not (tmp_path / "x.db-wal").exists()
    assert not side.exists() or side.stat().st_size == 0  # nothing pending outside the file
    copy = tmp_path / "copy.db"
    copy.write_bytes((tmp_path / "x.db").read_bytes())  # the main file alone, while open
    db.close_engine(engine)
    reopened = db.open_engine(copy, _key())
    with db.read(reopened) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 200
    reopened.dispose()


def test_an_old_wal_journal_is_folded_in_and_switched(tmp_path: Path) -> None:
    key = _key()
    conn = sqlcipher.connect(tmp_path / "old.db", key)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES ('written by an older version')")
    old = {s: (tmp_path / f"old.db{s}").read_bytes() for s in ("", "-wal")}
    conn.close()
    for suffix, raw in old.items():  # as a crash of the older version left them
        (tmp_path / f"old.db{suffix}").write_bytes(raw)
    engine = db.open_engine(tmp_path / "old.db", key)
    with db.read(engine) as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "truncate"
        assert c.exec_driver_sql("SELECT v FROM t").scalar() == "written by an older version"
    assert not (tmp_path / "old.db-wal").exists()
    db.close_engine(engine)


def test_failed_action_leaves_nothing_behind(engine: Engine) -> None:
    with pytest.raises(RuntimeError), db.write(engine) as conn:
        conn.exec_driver_sql("INSERT INTO t (v) VALUES ('half done')")
        raise RuntimeError("interrupted")
    with db.read(engine) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0


def test_writes_take_the_write_lock_up_front(tmp_path: Path, engine: Engine) -> None:
    other = sqlcipher.connect(tmp_path / "x.db", _key())
    try:
        other.execute("PRAGMA busy_timeout = 0")
        locked = pytest.raises(sqlcipher._dbapi().OperationalError, match="locked")
        # Nothing written yet, but BEGIN IMMEDIATE already holds the lock.
        with db.write(engine), locked:
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_busy_database_is_reported_as_locked(tmp_path: Path, engine: Engine) -> None:
    other = sqlcipher.connect(tmp_path / "x.db", _key())
    try:
        other.execute("BEGIN IMMEDIATE")
        with db.read(engine) as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 0")
        with pytest.raises(Locked), db.write(engine) as conn:
            conn.exec_driver_sql("INSERT INTO t (v) VALUES ('x')")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_one_connection_serves_every_thread(engine: Engine) -> None:
    seen: set[int] = set()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(25):
                with db.write(engine) as conn:
                    seen.add(id(conn.connection.driver_connection))
                    conn.exec_driver_sql("INSERT INTO t (v) VALUES (?)", (f"{n}-{i}",))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(seen) == 1
    with db.read(engine) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 100


def test_integrity_problems_empty_for_a_healthy_file(engine: Engine) -> None:
    assert db.integrity_problems(engine) == []


def _filled_file(path: Path, rows: int = 300) -> None:
    eng = db.open_engine(path, _key())
    with db.write(eng) as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        for i in range(rows):
            conn.exec_driver_sql("INSERT INTO t (v) VALUES (?)", (f"row {i} " + "x" * 200,))
    db.close_engine(eng)


def test_an_opened_file_is_read_only_until_its_full_check_passes(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    _filled_file(path)
    before = path.read_bytes()
    eng = db.open_engine(path, _key())
    assert not db.is_checked(eng)
    with db.read(eng) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 300
    # A writer that skips db.write() (a new one, one day) is refused by SQLite itself.
    with pytest.raises(ReadOnly), db.guard(eng), eng.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t (v) VALUES ('past the gate')")
    assert path.read_bytes() == before
    with db.write(eng) as conn:  # the check first, then the write
        conn.exec_driver_sql("INSERT INTO t (v) VALUES ('after the check')")
    assert db.is_checked(eng)
    with db.guard(eng), eng.begin() as conn:  # now any connection may write
        conn.exec_driver_sql("INSERT INTO t (v) VALUES ('later')")
    db.close_engine(eng)


def test_a_damaged_file_refuses_the_first_write_and_is_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _filled_file(path)
    raw = bytearray(path.read_bytes())
    raw[len(raw) - 4096 // 2] ^= 0x01  # a page the write below does not read
    path.write_bytes(bytes(raw))
    checks: list[Path] = []
    real = sqlcipher.check_snapshot
    monkeypatch.setattr(sqlcipher, "check_snapshot", lambda p, k: (checks.append(p), real(p, k))[1])
    eng = db.open_engine(path, _key())
    for _ in range(2):
        with pytest.raises(Damaged), db.write(eng) as conn:
            conn.exec_driver_sql("INSERT INTO t (v) VALUES ('never written')")
    assert len(checks) == 1  # damage found stays found
    db.close_engine(eng)
    assert path.read_bytes() == bytes(raw)
    assert (
        not (tmp_path / "x.db-journal").exists() or not (tmp_path / "x.db-journal").stat().st_size
    )


def test_a_new_file_and_a_checked_copy_are_writable_at_once(tmp_path: Path) -> None:
    fresh = db.open_engine(tmp_path / "new.db", _key())
    assert db.is_checked(fresh)
    db.close_engine(fresh)
    _filled_file(tmp_path / "restored.db")
    restored = db.open_engine(tmp_path / "restored.db", _key(), checked=True)
    assert db.is_checked(restored)
    db.close_engine(restored)
