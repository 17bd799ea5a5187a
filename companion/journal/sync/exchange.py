"""One exchange with the shared folder: write this computer's new changes, read the others'.

Steps, each safe to interrupt (kill -9) at any point:

1. A change file is first committed to the journal (``sync_outbox``) together with the clocks
   it gives its rows, then copied into the folder (temp file, fsync, rename), then dropped
   from the outbox. A crash in between copies the same bytes again next time: a number is
   never reused for different content.
2. Other computers' files are applied in their numbering order, each only once everything its
   writer had applied is applied here too (so a row never arrives before its owner), in one
   transaction together with "applied up to n": a crash applies nothing, or all of it, once.
3. A file that fails any check (journal, name, signature, encryption, a removed or unknown
   computer) is refused with a plain reason and nothing from it is applied; later files from
   that computer wait behind it.
4. This computer tells the others how far it got (``ack.cack``); its change files every known
   computer has applied are removed from the folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from companion.journal.sync import epochs, identity, sealing
from companion.journal.sync.folder import ACK_FILE, DEVICE_FILE, Folder
from companion.journal.sync.hlc import Clock
from companion.journal.sync.identity import Device, Identity
from companion.journal.sync.merge import Applied, Change, Merger, order
from companion.journal.sync.outgoing import Outgoing
from companion.journal.sync.report import Refusal, SyncReport
from companion.journal.sync.sealing import Refused
from companion.storage.records import utcnow

#: Changes applied per transaction (one commit, one fsync, for many small files).
_BATCH_ROWS = 20_000


class Exchange:
    """The exchange for one open journal; ``transaction`` yields a raw connection inside one
    write transaction (committed when the block ends), ``reading`` one inside a read."""

    def __init__(
        self,
        transaction: Callable[[], Any],
        data_key: bytes,
        journal_id: str,
        data_dir: Path,
        reading: Callable[[], Any] | None = None,
    ) -> None:
        self._transaction = transaction
        self._reading = reading or transaction
        self._data_key = data_key
        self._journal_id = journal_id
        self._data_dir = data_dir
        self.out = Outgoing(self._tx, data_key, journal_id, data_dir)

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        with self._transaction() as raw:
            yield raw

    # ----- the public steps --------------------------------------------------------------

    def identity(self, name: str | None = None) -> Identity:
        """This computer's identity; written only when it is made or renewed."""
        with self._reading() as raw:
            found = identity.settled(raw, self._data_dir)
        if found is not None:
            return found
        with self._tx() as raw:
            return identity.ensure(raw, self._data_dir, name)

    def run(self, root: Path) -> SyncReport:
        report = SyncReport()
        folder = Folder(root, self._journal_id)
        with self._tx() as raw:
            me = identity.ensure(raw, self._data_dir)
            me.folder = str(root)
            identity.save_identity(raw, me)
        self.out._flush_outbox(folder, me.device_id)
        folder.remove_leftovers(me.device_id)
        self._read_epochs(folder, me, report)
        if report.removed_here:
            self._finish(me.device_id, report, folder)
            return report
        self.out._write_device(folder, me)
        self._read_devices(folder, me, report)
        report.written = self.out.write_changes(folder)
        self._apply_all(folder, me.device_id, report)
        # Fixes made while applying (a tombstone for a row whose owner is gone) go out now.
        report.written += self.out.write_changes(folder)
        self.out._write_ack(folder, me.device_id)
        self._read_acks(folder, me.device_id)
        self._collect_garbage(folder, me.device_id)
        self._finish(me.device_id, report, folder)
        return report

    # ----- reading -----------------------------------------------------------------------

    def _open(
        self,
        data: bytes,
        *,
        kind: str,
        device: str,
        seq: int,
        sign_pub: bytes | None,
        keys: dict[tuple[int, str], bytes],
    ) -> tuple[sealing.Header, Any]:
        header = sealing.read_header(data)
        if header.journal != sealing.journal_tag(self._journal_id):
            raise Refused("the file belongs to another journal")
        if header.kind != kind or header.device != device or header.seq != seq:
            raise Refused("the file was renamed or moved")
        key = keys.get(header.epoch)
        if key is None:
            raise _Wait("the key it was written with has not arrived yet")
        if sign_pub is not None:
            sealing.verify(data, sign_pub)
        body = sealing.open_body(data, journal_id=self._journal_id, kind=kind, epoch_key=key)
        return header, body

    def _read_devices(self, folder: Folder, me: Identity, report: SyncReport) -> None:
        with self._tx() as raw:
            known = identity.devices(raw)
            keys = identity.epoch_keys(raw, self._data_key, self._journal_id)
        newest = max(keys)
        for device_id in folder.devices():
            if device_id == me.device_id:
                continue
            data = folder.read(folder.own(device_id) / DEVICE_FILE)
            if data is None:
                continue
            old = known.get(device_id)
            try:
                header, body = self._open(
                    data,
                    kind="device",
                    device=device_id,
                    seq=0,
                    sign_pub=old.sign_pub if old else None,
                    keys=keys,
                )
                sign_pub = bytes.fromhex(str(body["sign_pub"]))
                sealing.verify(data, sign_pub)
                if old is None and header.epoch < newest:
                    raise Refused("the computer joined with a key that was replaced")
                if old is not None and old.sign_pub != sign_pub:
                    raise Refused("the file was not written by that computer")
                if str(body["device"]) != device_id:
                    raise Refused("the file was renamed or moved")
            except _Wait:
                continue
            except Refused as why:
                report.refused.append(Refusal(device_id, DEVICE_FILE, str(why)))
                continue
            except (KeyError, ValueError, TypeError):
                report.refused.append(Refusal(device_id, DEVICE_FILE, "the file is damaged"))
                continue
            if old is not None and not old.active:
                continue
            device = old or Device(device_id, "", sign_pub, bytes.fromhex(str(body["box_pub"])))
            device.name = str(body.get("name") or "")[:80]
            with self._tx() as raw:
                identity.save_device(raw, device)

    def _read_acks(self, folder: Folder, me: str) -> None:
        with self._tx() as raw:
            known = identity.devices(raw)
            keys = identity.epoch_keys(raw, self._data_key, self._journal_id)
        for device in known.values():
            if device.device_id == me or not device.active:
                continue
            data = folder.read(folder.own(device.device_id) / ACK_FILE)
            if data is None:
                continue
            try:
                _header, body = self._open(
                    data,
                    kind="ack",
                    device=device.device_id,
                    seq=0,
                    sign_pub=device.sign_pub,
                    keys=keys,
                )
                device.acked = {str(k): int(v) for k, v in body["applied"].items()}
            except (Refused, _Wait, KeyError, ValueError, TypeError, AttributeError):
                continue
            with self._tx() as raw:
                identity.save_device(raw, device)

    def _read_epochs(self, folder: Folder, me: Identity, report: SyncReport) -> None:
        epochs.read_all(self._tx, self._data_key, self._journal_id, folder, me, report)

    # ----- applying ----------------------------------------------------------------------

    def _apply_all(self, folder: Folder, me: str, report: SyncReport) -> None:
        refused: dict[str, Refusal] = {}
        while True:
            with self._tx() as raw:
                known = identity.devices(raw)
                done = identity.applied(raw)
                keys = identity.epoch_keys(raw, self._data_key, self._journal_id)
            batch: list[tuple[Device, int, dict[str, int], list[Change]]] = []
            rows = 0
            progress = True
            sim = dict(done)
            while progress and rows < _BATCH_ROWS:
                progress = False
                for device_id in folder.devices():
                    if device_id == me or device_id in refused:
                        continue
                    item = self._next_ready(folder, known, device_id, sim, keys, refused)
                    if item is None:
                        continue
                    batch.append(item)
                    sim[device_id] = item[1]
                    rows += len(item[3])
                    progress = True
            if not batch:
                break
            self._apply_batch(me, batch, report)
        report.refused.extend(refused.values())
        with self._tx() as raw:
            done = identity.applied(raw)
            known = identity.devices(raw)
        for device_id in folder.devices():
            device = known.get(device_id)
            if device_id == me or device_id in refused:
                continue
            if device is None:
                if folder.changes(device_id):
                    report.waiting.append(device_id)
                continue
            later = [n for n in folder.changes(device_id) if n > done.get(device_id, 0)]
            if later and (device.active or min(later) <= (device.last_seq or 0)):
                report.waiting.append(device_id)

    def _next_ready(
        self,
        folder: Folder,
        known: dict[str, Device],
        device_id: str,
        done: dict[str, int],
        keys: dict[tuple[int, str], bytes],
        refused: dict[str, Refusal],
    ) -> tuple[Device, int, dict[str, int], list[Change]] | None:
        seq = done.get(device_id, 0) + 1
        path = folder.changes(device_id).get(seq)
        if path is None:
            return None
        device = known.get(device_id)
        name = path.name
        if device is None:
            if not (folder.own(device_id) / DEVICE_FILE).exists():
                return None  # its introduction has not arrived yet
            refused[device_id] = Refusal(
                device_id, name, "it comes from a computer this journal does not know"
            )
            return None
        if not device.active and seq > (device.last_seq or 0):
            refused[device_id] = Refusal(
                device_id, name, "it comes from a computer that was removed"
            )
            return None
        data = folder.read(path)
        if data is None:
            return None
        try:
            _header, body = self._open(
                data,
                kind="change",
                device=device_id,
                seq=seq,
                sign_pub=device.sign_pub,
                keys=keys,
            )
            deps = {str(k): int(v) for k, v in dict(body["deps"]).items()}
            changes = [Change.from_json(item) for item in body["changes"]]
        except _Wait:
            return None
        except Refused as why:
            refused[device_id] = Refusal(device_id, name, str(why))
            return None
        except (KeyError, ValueError, TypeError, AttributeError):
            refused[device_id] = Refusal(device_id, name, "the file is damaged")
            return None
        for other, needed in deps.items():
            if other == device_id:
                continue
            have = done.get(other, 0)
            limit = known[other].last_seq if other in known and not known[other].active else None
            if limit is not None:
                needed = min(needed, limit)
            if have < needed:
                return None
        return device, seq, deps, changes

    def _apply_batch(
        self,
        me: str,
        batch: list[tuple[Device, int, dict[str, int], list[Change]]],
        report: SyncReport,
    ) -> None:
        now = utcnow().isoformat()
        with self._tx() as raw:
            mine = identity.load(raw)
            assert mine is not None
            clock = Clock(me, mine.hlc)
            raw.execute("INSERT OR IGNORE INTO sync_mute (one) VALUES (1)")
            merger = Merger(raw, me)
            applied = Applied()
            for device, seq, deps, changes in batch:
                ordered = order(changes)
                merger.prefetch(ordered)
                for change in ordered:
                    merger.apply(change, seq, deps, applied)
                if ordered:
                    clock.see(max(change.clock for change in ordered))
                merger.flush()
                identity.set_applied(raw, device.device_id, seq)
                raw.execute(
                    "UPDATE sync_device SET last_heard = ? WHERE device_id = ?",
                    (now, device.device_id),
                )
            raw.execute("DELETE FROM sync_mute")
            mine.hlc = clock.last
            identity.save_identity(raw, mine)
        report.applied += applied.rows
        report.files_applied += len(batch)

    # ----- tidying -----------------------------------------------------------------------

    def _collect_garbage(self, folder: Folder, me: str) -> None:
        with self._tx() as raw:
            others = [d for d in identity.devices(raw).values() if d.active and d.device_id != me]
        if not others:
            return
        everyone = min(d.acked.get(me, 0) for d in others)
        with self._tx() as raw:
            raw.execute("DELETE FROM sync_outbox WHERE seq <= ?", (everyone,))
        for seq, path in folder.changes(me).items():
            if seq <= everyone:
                folder.remove(path)

    def _finish(self, me: str, report: SyncReport, folder: Folder) -> None:
        now = utcnow().isoformat()
        with self._tx() as raw:
            self.out._forget_flushed(raw, folder, me)
            raw.execute("DELETE FROM sync_refusal")
            raw.executemany(
                "INSERT OR REPLACE INTO sync_refusal (device_id, file, reason, at)"
                " VALUES (?, ?, ?, ?)",
                [(r.device, r.file, r.reason, now) for r in report.refused],
            )
            raw.execute("UPDATE sync_identity SET last_exchange = ?", (now,))

    # ----- removing a computer -----------------------------------------------------------

    def remove_device(self, root: Path, device_id: str) -> None:
        folder = Folder(root, self._journal_id)
        epochs.remove(self._tx, self._data_key, self._journal_id, folder, device_id)

    @property
    def journal_id(self) -> str:
        return self._journal_id


class _Wait(Exception):
    """Not refused: something this file needs has not arrived yet."""
