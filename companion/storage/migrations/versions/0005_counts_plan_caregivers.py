"""Caregivers, blood counts, the treatment plan and the care team's "call us if" alerts.

Adds ``caregiver`` (who gives doses; synced like every other table: random ids, stamps, soft
delete), ``blood_count``, ``treatment_cycle`` and its planned ``treatment_day`` rows, and
``call_alert``. Doses gain ``given_by`` (a caregiver id; empty for doses recorded before);
medicines gain the team's minimum interval between doses and the optional supply numbers.
The four new entry tables get their ``entry`` triggers, like those of 0003 (this file keeps
its own copy of the projections: a migration never changes with the code).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# kind -> (table, child, at, body); "{r}" is the row (NEW in triggers).
_PROJECTIONS: dict[str, tuple[str, str, str, str]] = {
    "blood_count": (
        "blood_count",
        "{r}.child_id",
        "{r}.drawn_at",
        "concat_ws(' ', 'blood count', {r}.notes,"
        " (SELECT group_concat(json_extract(o.value, '$.name'), ' ')"
        " FROM json_each({r}.others) AS o))",
    ),
    "treatment_cycle": (
        "treatment_cycle",
        "{r}.child_id",
        "{r}.starts_at",
        "concat_ws(' ', {r}.name, {r}.notes)",
    ),
    "treatment_day": (
        "treatment_day",
        "{r}.child_id",
        "{r}.starts_at",
        "concat_ws(' ', (SELECT c.name FROM treatment_cycle AS c WHERE c.id = {r}.cycle_id),"
        " {r}.drugs, {r}.notes)",
    ),
    "call_alert": (
        "call_alert",
        "{r}.child_id",
        "{r}.occurred_at",
        "concat_ws(' ', {r}.rule, {r}.summary)",
    ),
}
_COLUMNS = "(kind, entry_id, child_id, at, body)"


def _select(kind: str, row: str) -> str:
    _table, child, at, body = _PROJECTIONS[kind]
    parts = [f"'{kind}'", "{r}.id", child, at, body]
    return "SELECT " + ", ".join(part.replace("{r}", row) for part in parts)


def _entry_triggers(kind: str) -> list[str]:
    table = _PROJECTIONS[kind][0]
    project = _select(kind, "NEW")
    return [
        f"CREATE TRIGGER {table}_entry_insert AFTER INSERT ON {table}"
        f" WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO entry {_COLUMNS} {project}; END",
        f"CREATE TRIGGER {table}_entry_update AFTER UPDATE ON {table} BEGIN"
        f" DELETE FROM entry WHERE entry_id = OLD.id;"
        f" INSERT INTO entry {_COLUMNS} {project} WHERE NEW.deleted_at IS NULL; END",
        f"CREATE TRIGGER {table}_entry_delete AFTER DELETE ON {table} BEGIN"
        f" DELETE FROM entry WHERE entry_id = OLD.id; END",
    ]


def _cycle_rename_trigger() -> str:
    """A renamed cycle re-indexes its days for search."""
    project = _select("treatment_day", "d")
    return (
        "CREATE TRIGGER treatment_cycle_entry_rename AFTER UPDATE OF name ON treatment_cycle"
        " BEGIN DELETE FROM entry WHERE entry_id IN"
        " (SELECT id FROM treatment_day WHERE cycle_id = NEW.id);"
        f" INSERT INTO entry {_COLUMNS} {project} FROM treatment_day AS d"
        " WHERE d.cycle_id = NEW.id AND d.deleted_at IS NULL; END"
    )


def _stamped() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.String(), nullable=False)


def _number(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Float(), nullable=True)


def _child() -> sa.Column[Any]:
    return sa.Column(
        "child_id", sa.String(), sa.ForeignKey("child.id", ondelete="CASCADE"), nullable=False
    )


def _when(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(), nullable=False)


def upgrade() -> None:
    op.create_table("caregiver", *_stamped(), _text("name"))
    op.create_table(
        "blood_count",
        *_stamped(),
        _child(),
        _when("drawn_at"),
        *(_number(name) for name in ("wbc", "anc")),
        sa.Column("anc_computed", sa.Boolean(), nullable=False),
        *(_number(name) for name in ("segs", "bands", "hemoglobin", "platelets", "alc")),
        sa.Column("others", sa.JSON(), nullable=False),
        _text("count_unit"),
        _text("hgb_unit"),
        _text("notes"),
    )
    op.create_index("ix_blood_count_child_drawn", "blood_count", ["child_id", "drawn_at"])
    op.create_table(
        "treatment_cycle",
        *_stamped(),
        _child(),
        _text("name"),
        sa.Column("number", sa.Integer(), nullable=True),
        _when("starts_at"),
        _text("tz"),
        sa.Column("length_days", sa.Integer(), nullable=True),
        _text("notes"),
    )
    op.create_index(
        "ix_treatment_cycle_child_starts", "treatment_cycle", ["child_id", "starts_at"]
    )
    op.create_table(
        "treatment_day",
        *_stamped(),
        _child(),
        sa.Column(
            "cycle_id",
            sa.String(),
            sa.ForeignKey("treatment_cycle.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("day", sa.Integer(), nullable=False),
        _when("starts_at"),
        _text("tz"),
        _text("drugs"),
        sa.Column("needs_counts", sa.Boolean(), nullable=False),
        _text("notes"),
    )
    op.create_index("ix_treatment_day_child_starts", "treatment_day", ["child_id", "starts_at"])
    op.create_index("ix_treatment_day_cycle", "treatment_day", ["cycle_id"])
    op.create_table(
        "call_alert",
        *_stamped(),
        _child(),
        _text("rule"),
        _text("summary"),
        _text("entry_kind"),
        sa.Column("entry_id", sa.String(), nullable=True),
        _when("occurred_at"),
    )
    op.create_index("ix_call_alert_child_occurred", "call_alert", ["child_id", "occurred_at"])
    # ADD COLUMN, not a batch rebuild: a rebuild would drop the tables' timeline triggers.
    op.add_column("dose", sa.Column("given_by", sa.String(), nullable=True))
    for name in ("min_interval_hours", "dose_amount", "on_hand", "doses_per_day"):
        op.add_column("medicine", _number(name))
    op.add_column(
        "medicine", sa.Column("dose_unit", sa.String(), nullable=False, server_default="")
    )
    op.add_column("medicine", sa.Column("on_hand_at", sa.DateTime(), nullable=True))
    for kind in _PROJECTIONS:
        for statement in _entry_triggers(kind):
            op.execute(statement)
    op.execute(_cycle_rename_trigger())


def downgrade() -> None:
    """Back to 0004 (for tests that walk the revisions; the app never goes back)."""
    op.execute("DROP TRIGGER IF EXISTS treatment_cycle_entry_rename")
    for kind, (table, *_rest) in _PROJECTIONS.items():
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_entry_{action}")
        op.execute(f"DELETE FROM entry WHERE kind = '{kind}'")
    for name in (
        "min_interval_hours",
        "dose_amount",
        "dose_unit",
        "on_hand",
        "on_hand_at",
        "doses_per_day",
    ):
        op.execute(f"ALTER TABLE medicine DROP COLUMN {name}")
    op.execute("ALTER TABLE dose DROP COLUMN given_by")
    for table in ("call_alert", "treatment_day", "treatment_cycle", "blood_count", "caregiver"):
        op.drop_table(table)
