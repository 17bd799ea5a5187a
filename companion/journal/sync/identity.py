"""This computer's side of the exchange, kept in the encrypted journal and never exchanged:
its device id and keys, the computers it knows, the epoch keys, and how far it has applied.

A journal restored from a backup (a second computer joining, or this one after damage) must
not write as the computer the backup came from: the device id is also written, in plain, to
``sync-device`` in the data folder, and when the two differ this computer takes a new identity
(new id, new keys, numbering from 1) and keeps everything else it learned.
"""

from __future__ import annotations

import json
import platform
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.journal.sync import sealing
from companion.storage.atomic import write_bytes_atomic
from companion.storage.records import utcnow

MARKER = "sync-device"
#: A join file is a backup with this name, removed by the computer that joins from it.
JOIN_SUFFIX = ".companion-join"


@dataclass
class Device:
    device_id: str
    name: str
    sign_pub: bytes
    box_pub: bytes
    caregiver_id: str | None = None
    removed_at: str | None = None
    last_seq: int | None = None
    last_heard: str | None = None
    acked: dict[str, int] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.removed_at is None


@dataclass
class Identity:
    device_id: str
    name: str
    sign_key: bytes
    box_key: bytes
    next_seq: int
    hlc: str
    folder: str | None
    last_look: str | None
    last_exchange: str | None

    @property
    def sign_pub(self) -> bytes:
        return sealing.public_signing_key(self.sign_key)

    @property
    def box_pub(self) -> bytes:
        return sealing.public_box_key(self.box_key)


def _marker(data_dir: Path) -> str | None:
    try:
        return (data_dir / MARKER).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


RESTORED = "restored"


def forget_marker(data_dir: Path) -> None:
    """After a restore: the next exchange starts a new identity (the numbering went back),
    and leaves the rows the backup had not written yet to the computer it came from."""
    write_bytes_atomic(data_dir / MARKER, RESTORED.encode("ascii"))


def load(raw: Any) -> Identity | None:
    row = raw.execute(
        "SELECT device_id, name, sign_key, box_key, next_seq, hlc, folder, last_look,"
        " last_exchange FROM sync_identity WHERE one = 1"
    ).fetchone()
    if row is None:
        return None
    return Identity(
        str(row[0]),
        str(row[1]),
        bytes(row[2]),
        bytes(row[3]),
        int(row[4]),
        str(row[5]),
        row[6],
        row[7],
        row[8],
    )


def settled(raw: Any, data_dir: Path) -> Identity | None:
    """This computer's identity when it needs nothing written (made, and not restored)."""
    current = load(raw)
    return current if current is not None and _marker(data_dir) == current.device_id else None


def ensure(raw: Any, data_dir: Path, name: str | None = None) -> Identity:
    """This computer's identity, made (or renewed after a restore) when needed."""
    found = settled(raw, data_dir)
    if found is not None:
        return found
    current = load(raw)
    marker = _marker(data_dir)
    sign_key, _sign_pub = sealing.new_signing_key()
    box_key, _box_pub = sealing.new_box_key()
    device_id = uuid.uuid4().hex
    chosen = name or (current.name if current is not None else "") or platform.node() or "Computer"
    now = utcnow().isoformat()
    raw.execute("DELETE FROM sync_identity")
    if current is not None or marker == RESTORED:
        # Rows the backup had not written yet: the computer it came from writes them.
        raw.execute("DELETE FROM sync_pending")
        raw.execute("DELETE FROM sync_outbox")
    raw.execute(
        "INSERT INTO sync_identity (one, device_id, name, sign_key, box_key, next_seq, hlc,"
        " folder, last_look, created_at) VALUES (1, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
        (
            device_id,
            chosen,
            sign_key,
            box_key,
            current.hlc if current is not None else "",
            current.folder if current is not None else None,
            current.last_look if current is not None else now,
            now,
        ),
    )
    identity = load(raw)
    assert identity is not None
    save_device(raw, Device(device_id, chosen, identity.sign_pub, identity.box_pub))
    write_bytes_atomic(data_dir / MARKER, device_id.encode("ascii"))
    return identity


def save_identity(raw: Any, identity: Identity) -> None:
    raw.execute(
        "UPDATE sync_identity SET name = ?, next_seq = ?, hlc = ?, folder = ?, last_look = ?,"
        " last_exchange = ? WHERE one = 1",
        (
            identity.name,
            identity.next_seq,
            identity.hlc,
            identity.folder,
            identity.last_look,
            identity.last_exchange,
        ),
    )


def devices(raw: Any) -> dict[str, Device]:
    rows = raw.execute(
        "SELECT device_id, name, sign_pub, box_pub, caregiver_id, removed_at, last_seq,"
        " last_heard, acked FROM sync_device"
    ).fetchall()
    return {
        str(r[0]): Device(
            str(r[0]),
            str(r[1]),
            bytes(r[2]),
            bytes(r[3]),
            r[4],
            r[5],
            r[6],
            r[7],
            {str(k): int(v) for k, v in json.loads(r[8] or "{}").items()},
        )
        for r in rows
    }


def save_device(raw: Any, device: Device) -> None:
    raw.execute(
        "INSERT INTO sync_device (device_id, name, sign_pub, box_pub, caregiver_id, added_at,"
        " removed_at, last_seq, last_heard, acked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET name = excluded.name,"
        " caregiver_id = excluded.caregiver_id, removed_at = excluded.removed_at,"
        " last_seq = excluded.last_seq, last_heard = excluded.last_heard,"
        " acked = excluded.acked",
        (
            device.device_id,
            device.name,
            device.sign_pub,
            device.box_pub,
            device.caregiver_id,
            utcnow().isoformat(),
            device.removed_at,
            device.last_seq,
            device.last_heard,
            json.dumps(device.acked, sort_keys=True),
        ),
    )


def applied(raw: Any) -> dict[str, int]:
    return {str(d): int(s) for d, s in raw.execute("SELECT device_id, seq FROM sync_applied")}


def set_applied(raw: Any, device: str, seq: int) -> None:
    raw.execute(
        "INSERT INTO sync_applied (device_id, seq) VALUES (?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET seq = max(seq, excluded.seq)",
        (device, seq),
    )


def epoch_keys(raw: Any, data_key: bytes, journal_id: str) -> dict[tuple[int, str], bytes]:
    """Every exchange key this computer holds; epoch 0 comes from the data key."""
    keys = {(0, ""): sealing.first_epoch_key(data_key, journal_id)}
    for number, author, key in raw.execute("SELECT number, author, key FROM sync_epoch"):
        keys[(int(number), str(author))] = bytes(key)
    return keys


def save_epoch(raw: Any, epoch: tuple[int, str], key: bytes) -> None:
    raw.execute(
        "INSERT OR IGNORE INTO sync_epoch (number, author, key) VALUES (?, ?, ?)",
        (epoch[0], epoch[1], key),
    )
