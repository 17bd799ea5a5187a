"""Removing a computer: a new exchange key (a new epoch), wrapped to each remaining computer.

The remover writes ``epoch-<n>.ckey`` in its own sub-folder: the new key wrapped to every
remaining computer's X25519 key, and (sealed with the new key) which computers were removed
and after which of their files. Files written later with the new key cannot be read by the
removed computer, and its own later files are refused everywhere. What it already had, it
keeps: that cannot be taken back.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from companion.journal.sync import identity, sealing
from companion.journal.sync.report import Refusal, SyncReport
from companion.journal.sync.sealing import Refused
from companion.storage.records import utcnow

if TYPE_CHECKING:
    from companion.journal.sync.folder import Folder
    from companion.journal.sync.identity import Identity

#: One write transaction on the journal, yielding its raw connection.
Transaction = Callable[[], AbstractContextManager[Any]]


def _context(journal_id: str, number: int, author: str, recipient: str) -> bytes:
    return f"{sealing.journal_tag(journal_id)}:{number}:{author}:{recipient}".encode()


def remove(
    transaction: Transaction, data_key: bytes, journal_id: str, folder: Folder, device_id: str
) -> None:
    """Remove ``device_id``: mark it here and write the new epoch for everyone else."""
    with transaction() as raw:
        me = identity.load(raw)
        if me is None or device_id == me.device_id:
            raise ValueError("this computer cannot remove itself")
        known = identity.devices(raw)
        target = known.get(device_id)
        if target is None:
            raise LookupError("no such computer")
        done = identity.applied(raw)
        keys = identity.epoch_keys(raw, data_key, journal_id)
        removed = {d.device_id: (d.last_seq or 0) for d in known.values() if not d.active}
        removed[device_id] = done.get(device_id, 0)
        number = max(n for n, _a in keys) + 1
        key = secrets.token_bytes(32)
        epoch = (number, me.device_id)
        wraps = {
            d.device_id: sealing.wrap_key(
                key, d.box_pub, _context(journal_id, number, me.device_id, d.device_id)
            )
            for d in known.values()
            if d.active and d.device_id != device_id
        }
        data = sealing.seal(
            {"removed": removed},
            journal_id=journal_id,
            device=me.device_id,
            kind="epoch",
            seq=number,
            epoch=epoch,
            epoch_key=key,
            sign_key=me.sign_key,
            extra={"wraps": wraps},
        )
        target.removed_at = utcnow().isoformat()
        target.last_seq = removed[device_id]
        identity.save_device(raw, target)
        identity.save_epoch(raw, epoch, key)
    folder.write(me.device_id, f"epoch-{number}.ckey", data)


def read_all(
    transaction: Transaction,
    data_key: bytes,
    journal_id: str,
    folder: Folder,
    me: Identity,
    report: SyncReport,
) -> None:
    """Learn every new epoch in the folder (keys wrapped to this computer, removals)."""
    with transaction() as raw:
        known = identity.devices(raw)
        keys = identity.epoch_keys(raw, data_key, journal_id)
    for author in folder.devices():
        device = known.get(author)
        for number, path in sorted(folder.epochs(author).items()):
            if (number, author) in keys:
                continue
            data = folder.read(path)
            if data is None or device is None:
                continue
            try:
                header = sealing.read_header(data)
                if header.journal != sealing.journal_tag(journal_id):
                    raise Refused("the file belongs to another journal")
                if header.kind != "epoch" or header.epoch != (number, author):
                    raise Refused("the file was renamed or moved")
                sealing.verify(data, device.sign_pub)
                wrapped = dict(header.extra.get("wraps") or {}).get(me.device_id)
                if wrapped is None:
                    if device.active:
                        report.removed_here = True
                    continue
                key = sealing.unwrap_key(
                    str(wrapped),
                    me.box_key,
                    _context(journal_id, number, author, me.device_id),
                )
                body = sealing.open_body(data, journal_id=journal_id, kind="epoch", epoch_key=key)
                removed = {str(k): int(v) for k, v in dict(body["removed"]).items()}
            except Refused as why:
                report.refused.append(Refusal(author, path.name, str(why)))
                continue
            except (KeyError, ValueError, TypeError):
                report.refused.append(Refusal(author, path.name, "the file is damaged"))
                continue
            if not device.active:
                continue
            with transaction() as raw:
                identity.save_epoch(raw, (number, author), key)
                current = identity.devices(raw)
                for gone, last in removed.items():
                    target = current.get(gone)
                    if target is None or gone == me.device_id:
                        continue
                    if target.active:
                        target.removed_at = utcnow().isoformat()
                        target.last_seq = last
                    else:
                        target.last_seq = min(target.last_seq or 0, last)
                    identity.save_device(raw, target)
            keys[(number, author)] = key
