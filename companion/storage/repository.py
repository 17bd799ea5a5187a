"""Reading and writing journal records: one transaction per call, records in, records out.

Queries use SQLAlchemy Core on the SQLModel tables; rows are turned into the frozen records of
:mod:`companion.storage.records` before they leave, so no ORM object or session escapes the storage
layer. Deleting is soft (``deleted_at``) and cascades to what depends on the deleted row with
the same stamp, so Undo restores exactly what one delete removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlalchemy.exc import IntegrityError

from companion.storage import engine as db
from companion.storage import records as rec
from companion.storage.kinds import STORED, dependents, table_of, time_column
from companion.storage.models import SETTINGS
from companion.storage.records import ChecklistItem, Record, kind_of, utcnow

R = TypeVar("R", bound=Record)
#: Ids per IN (...) list, well under SQLite's limit on bound parameters.
_MAX_IDS = 500


class _Any:
    """Sentinel: do not filter on this column (None means "IS NULL")."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Final = _Any()

_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def to_values(record: Record) -> dict[str, Any]:
    """The column values for a record (checklists become plain JSON)."""
    values = {name: getattr(record, name) for name in _field_names(type(record))}
    if isinstance(record, rec.Appointment):
        values["questions"] = [{"text": q.text, "done": q.done} for q in record.questions]
    elif isinstance(record, rec.BloodCount):
        values["others"] = [
            {"name": o.name, "value": o.value, "unit": o.unit} for o in record.others
        ]
    return values


def from_row(kind: str, row: RowMapping) -> Record:
    """Build the frozen record for one table row."""
    cls = rec.RECORD_TYPES[rec.Kind(kind)]
    values = {name: row[name] for name in _field_names(cls)}
    if kind == rec.APPOINTMENT:
        values["questions"] = tuple(
            ChecklistItem(str(item.get("text", "")), bool(item.get("done", False)))
            for item in values["questions"] or ()
        )
    elif kind == rec.TEMPERATURE:
        values["value"] = float(values["value"])
    elif kind == rec.BLOOD_COUNT:
        values["others"] = tuple(
            rec.NamedValue(str(o["name"]), float(o["value"]), str(o.get("unit", "")))
            for o in values["others"] or ()
        )
    return cls(**values)


class Repository:
    """All queries on one open engine. Every public method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ----- writing ------------------------------------------------------------------------

    def insert(self, record: R) -> R:
        kind = kind_of(record)
        with db.write(self.engine) as conn:
            if isinstance(record, rec.Contact) and record.call_for_fever:
                _clear_fever_flag(conn, record.id)
            _execute_checked(conn, sa.insert(table_of(kind)).values(to_values(record)))
        return record

    def update(self, record: R) -> R:
        """Save an edited record (from ``dataclasses.replace``); LookupError if it is gone."""
        kind = kind_of(record)
        table = table_of(kind)
        fresh = dataclasses.replace(record, updated_at=utcnow())
        values = to_values(fresh)
        values.pop("id")
        values.pop("created_at")
        with db.write(self.engine) as conn:
            if isinstance(fresh, rec.Contact) and fresh.call_for_fever:
                _clear_fever_flag(conn, fresh.id)
            stmt = (
                sa.update(table)
                .where(table.c.id == record.id, table.c.deleted_at.is_(None))
                .values(values)
            )
            if _execute_checked(conn, stmt).rowcount != 1:
                raise LookupError(f"no such {kind}")
            row = conn.execute(sa.select(table).where(table.c.id == record.id)).mappings().one()
        result: R = from_row(kind, row)  # type: ignore[assignment]
        return result

    def delete(self, kind: str, entry_id: str) -> None:
        """Soft-delete a row and what depends on it, all with one stamp (see :meth:`undo`)."""
        stamp = utcnow()
        with db.write(self.engine) as conn:
            table = table_of(kind)
            done = conn.execute(
                sa.update(table)
                .where(table.c.id == entry_id, table.c.deleted_at.is_(None))
                .values(deleted_at=stamp)
            )
            if done.rowcount != 1:
                raise LookupError(f"no such {kind}")
            for dep_kind, column in dependents(kind):
                dep = table_of(dep_kind)
                conn.execute(
                    sa.update(dep)
                    .where(dep.c[column] == entry_id, dep.c.deleted_at.is_(None))
                    .values(deleted_at=stamp)
                )

    def undo_delete(self, kind: str, entry_id: str) -> None:
        """Bring back a soft-deleted row and everything its delete took with it."""
        with db.write(self.engine) as conn:
            table = table_of(kind)
            stamp = conn.execute(
                sa.select(table.c.deleted_at).where(table.c.id == entry_id)
            ).scalar()
            if stamp is None:
                raise LookupError(f"no deleted {kind} to restore")
            if kind == rec.CONTACT:
                _keep_one_fever_contact(conn, entry_id)
            conn.execute(
                sa.update(table)
                .where(table.c.id == entry_id, table.c.deleted_at == stamp)
                .values(deleted_at=None)
            )
            for dep_kind, column in dependents(kind):
                dep = table_of(dep_kind)
                conn.execute(
                    sa.update(dep)
                    .where(dep.c[column] == entry_id, dep.c.deleted_at == stamp)
                    .values(deleted_at=None)
                )

    def purge_deleted(self, before: datetime | None = None) -> int:
        """Erase soft-deleted rows for good (secure_delete zeroes their pages)."""
        cutoff = before if before is not None else utcnow()

        def gone(table: sa.Table) -> Any:
            return sa.and_(table.c.deleted_at.is_not(None), table.c.deleted_at <= cutoff)

        tables = [table_of(kind) for kind in reversed(STORED)]
        with db.read(self.engine) as conn:  # most times nothing: no write at all
            if not any(
                conn.execute(sa.select(table.c.deleted_at).where(gone(table)).limit(1)).first()
                for table in tables
            ):
                return 0
        removed = 0
        with db.write(self.engine) as conn:
            for table in tables:
                removed += conn.execute(sa.delete(table).where(gone(table))).rowcount
        return removed

    def load(
        self,
        records: Iterable[Record],
        settings: Mapping[str, Any],
        *,
        drop_children: Iterable[str] = (),
        remove: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Write records exactly as given (ids, stamps) in one transaction: a row with the same
        id is replaced, the rest inserted, owners before what points at them. Children in
        ``drop_children`` are removed first (they must have nothing written); the (kind, id)
        rows in ``remove`` are soft-deleted in the same transaction."""
        by_kind: dict[rec.Kind, list[dict[str, Any]]] = {}
        for record in records:
            by_kind.setdefault(kind_of(record), []).append(to_values(record))
        with db.write(self.engine) as conn:
            child = table_of(rec.CHILD)
            for child_id in drop_children:
                conn.execute(sa.delete(child).where(child.c.id == child_id))
            for kind in STORED:
                rows = by_kind.get(kind, [])
                table = table_of(kind)
                for start in range(0, len(rows), _MAX_IDS):
                    chunk = rows[start : start + _MAX_IDS]
                    ids = [row["id"] for row in chunk]
                    there = set(conn.scalars(sa.select(table.c.id).where(table.c.id.in_(ids))))
                    fresh = [row for row in chunk if row["id"] not in there]
                    if fresh:
                        _execute_checked(conn, sa.insert(table), fresh)
                    for row in chunk:
                        if row["id"] in there:
                            stmt = sa.update(table).where(table.c.id == row["id"])
                            _execute_checked(conn, stmt.values({**row, "deleted_at": None}))
            stamp = utcnow()
            for gone_kind, entry_id in remove:
                table = table_of(gone_kind)
                conn.execute(
                    sa.update(table)
                    .where(table.c.id == entry_id, table.c.deleted_at.is_(None))
                    .values(deleted_at=stamp)
                )
            for key, value in settings.items():
                _upsert_setting(conn, key, value)

    # ----- reading ------------------------------------------------------------------------

    def get(self, kind: str, entry_id: str) -> Record:
        table = table_of(kind)
        with db.read(self.engine) as conn:
            row = (
                conn.execute(
                    sa.select(table).where(table.c.id == entry_id, table.c.deleted_at.is_(None))
                )
                .mappings()
                .first()
            )
        if row is None:
            raise LookupError(f"no such {kind}")
        return from_row(kind, row)

    def get_many(self, kind: str, entry_ids: Iterable[str]) -> dict[str, Record]:
        """Live entries of one kind by id (a timeline page's records, in one query)."""
        wanted = sorted(set(entry_ids))
        if not wanted:
            return {}
        table = table_of(kind)
        found: dict[str, Record] = {}
        with db.read(self.engine) as conn:
            for start in range(0, len(wanted), _MAX_IDS):
                chunk = wanted[start : start + _MAX_IDS]
                rows = conn.execute(
                    sa.select(table).where(table.c.id.in_(chunk), table.c.deleted_at.is_(None))
                ).mappings()
                for row in rows:
                    found[row["id"]] = from_row(kind, row)
        return found

    def list(
        self,
        kind: str,
        *,
        child_id: str | _Any | None = ANY,
        since: datetime | None = None,
        until: datetime | None = None,
        newest_first: bool = True,
        limit: int | None = None,
        where: dict[str, Any] | None = None,
    ) -> list[Record]:
        """Live rows of one kind, by time. ``since`` is inclusive, ``until`` exclusive."""
        table = table_of(kind)
        when = time_column(kind)
        conds: list[Any] = [table.c.deleted_at.is_(None)]
        if not isinstance(child_id, _Any):
            column = table.c.child_id
            conds.append(column.is_(None) if child_id is None else column == child_id)
        if since is not None:
            conds.append(when >= since)
        if until is not None:
            conds.append(when < until)
        conds.extend(table.c[name] == value for name, value in (where or {}).items())
        order = (when.desc(), table.c.id.desc()) if newest_first else (when, table.c.id)
        stmt = sa.select(table).where(*conds).order_by(*order)
        if limit is not None:
            stmt = stmt.limit(limit)
        with db.read(self.engine) as conn:
            rows = conn.execute(stmt).mappings().all()
        return [from_row(kind, row) for row in rows]

    # ----- settings -----------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        table = SETTINGS
        with db.read(self.engine) as conn:
            row = conn.execute(sa.select(table.c.value).where(table.c.key == key)).first()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: Any) -> None:
        with db.write(self.engine) as conn:
            _upsert_setting(conn, key, value)


def _upsert_setting(conn: Connection, key: str, value: Any) -> None:
    from sqlalchemy.dialects.sqlite import insert

    table = SETTINGS
    now = utcnow()
    stmt = insert(table).values(id=rec.new_id(), key=key, value=value, created_at=now)
    stmt = stmt.values(updated_at=now).on_conflict_do_update(
        index_elements=[table.c.key], set_={"value": value, "updated_at": now}
    )
    conn.execute(stmt)


def _clear_fever_flag(conn: Connection, keep_id: str) -> None:
    """At most one fever contact: choosing one un-chooses the previous."""
    table = table_of(rec.CONTACT)
    conn.execute(
        sa.update(table)
        .where(table.c.call_for_fever.is_(True), table.c.id != keep_id)
        .values(call_for_fever=False, updated_at=utcnow())
    )


def _keep_one_fever_contact(conn: Connection, entry_id: str) -> None:
    """A restored contact stops being the fever contact if another has been chosen since."""
    table = table_of(rec.CONTACT)
    other = conn.execute(
        sa.select(table.c.id).where(
            table.c.call_for_fever.is_(True),
            table.c.deleted_at.is_(None),
            table.c.id != entry_id,
        )
    ).first()
    if other is not None:
        conn.execute(
            sa.update(table)
            .where(table.c.id == entry_id)
            .values(call_for_fever=False, updated_at=utcnow())
        )


def _execute_checked(conn: Connection, stmt: Any, rows: Any = None) -> Any:
    try:
        return conn.execute(stmt) if rows is None else conn.execute(stmt, rows)
    except IntegrityError:
        raise ValueError("the entry refers to a child or medicine that does not exist") from None
