"""Fever events, the timeline index and full-text search.

Adds ``fever_event``; the derived ``entry`` table (one row per live entry: kind, child, time,
title, detail, searchable body) kept in sync by triggers on every entry table; and the FTS5
table ``entry_fts`` over ``entry.body`` (external content, secure-delete on). Existing entries
are indexed during the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# kind -> (table, child, at, title, detail, body); "{r}" is the row (NEW in triggers).
_PROJECTIONS: dict[str, tuple[str, str, str, str, str, str]] = {
    "appointment": (
        "appointment",
        "{r}.child_id",
        "{r}.starts_at",
        "coalesce(nullif({r}.purpose, ''), nullif({r}.with_whom, ''), {r}.place)",
        "concat_ws(' · ', nullif({r}.with_whom, ''), nullif({r}.place, ''))",
        "concat_ws(' ', {r}.purpose, {r}.with_whom, {r}.place, {r}.after_notes,"
        " (SELECT group_concat(json_extract(q.value, '$.text'), ' ')"
        " FROM json_each({r}.questions) AS q))",
    ),
    "symptom": (
        "symptom",
        "{r}.child_id",
        "{r}.recorded_at",
        "{r}.symptom",
        "concat_ws(' · ', nullif({r}.detail, ''), nullif({r}.notes, ''))",
        "concat_ws(' ', {r}.symptom, {r}.detail, {r}.notes)",
    ),
    "temperature": (
        "temperature",
        "{r}.child_id",
        "{r}.taken_at",
        "printf('%.1f °%s', {r}.value, {r}.unit)",
        "concat_ws(' · ', {r}.method, nullif({r}.fever_medicine, ''), nullif({r}.notes, ''))",
        "concat_ws(' ', printf('%.1f', {r}.value), {r}.fever_medicine, {r}.notes)",
    ),
    "medicine": (
        "medicine",
        "{r}.child_id",
        "{r}.created_at",
        "{r}.name",
        "concat_ws(' · ', nullif({r}.dose, ''), nullif({r}.schedule, ''))",
        "concat_ws(' ', {r}.name, {r}.dose, {r}.schedule)",
    ),
    "dose": (
        "dose",
        "{r}.child_id",
        "{r}.given_at",
        "coalesce((SELECT m.name FROM medicine AS m WHERE m.id = {r}.medicine_id), '')",
        "concat_ws(' · ', nullif({r}.amount, ''), nullif({r}.notes, ''))",
        "concat_ws(' ', (SELECT m.name FROM medicine AS m WHERE m.id = {r}.medicine_id),"
        " {r}.amount, {r}.notes)",
    ),
    "note": (
        "note",
        "{r}.child_id",
        "{r}.written_at",
        "CASE WHEN instr({r}.text, char(10)) > 0"
        " THEN substr({r}.text, 1, instr({r}.text, char(10)) - 1) ELSE {r}.text END",
        "{r}.text",
        "{r}.text",
    ),
    "question": (
        "question",
        "{r}.child_id",
        "{r}.asked_at",
        "{r}.text",
        "{r}.answer",
        "concat_ws(' ', {r}.text, {r}.answer)",
    ),
    "fever": (
        "fever_event",
        "{r}.child_id",
        "{r}.occurred_at",
        "{r}.rule",
        "{r}.summary",
        "concat_ws(' ', {r}.rule, {r}.summary)",
    ),
    "contact": (
        "contact",
        "NULL",
        "{r}.created_at",
        "{r}.name",
        "concat_ws(' · ', nullif({r}.role, ''), nullif({r}.phone, ''))",
        "concat_ws(' ', {r}.name, {r}.role, {r}.phone, {r}.notes)",
    ),
}

_COLUMNS = "(kind, entry_id, child_id, at, title, detail, body)"

def _select(kind: str, row: str) -> str:
    _table, child, at, title, detail, body = _PROJECTIONS[kind]
    parts = [f"'{kind}'", "{r}.id", child, at, title, detail, body]
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

def _dose_rename_trigger() -> str:
    """A renamed medicine renames its doses in the timeline and search."""
    project = _select("dose", "d")
    return (
        "CREATE TRIGGER medicine_entry_rename AFTER UPDATE OF name ON medicine BEGIN"
        " DELETE FROM entry WHERE entry_id IN (SELECT id FROM dose WHERE medicine_id = NEW.id);"
        f" INSERT INTO entry {_COLUMNS} {project} FROM dose AS d"
        " WHERE d.medicine_id = NEW.id AND d.deleted_at IS NULL; END"
    )

_FTS = [
    "CREATE VIRTUAL TABLE entry_fts USING fts5(body, content='entry', content_rowid='seq',"
    " tokenize='unicode61 remove_diacritics 2')",
    # Deleted text leaves the index for real, not just behind a tombstone.
    "INSERT INTO entry_fts(entry_fts, rank) VALUES ('secure-delete', 1)",
    "CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN"
    " INSERT INTO entry_fts(rowid, body) VALUES (NEW.seq, NEW.body); END",
    "CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN"
    " INSERT INTO entry_fts(entry_fts, rowid, body) VALUES ('delete', OLD.seq, OLD.body); END",
    "CREATE TRIGGER entry_fts_update AFTER UPDATE ON entry BEGIN"
    " INSERT INTO entry_fts(entry_fts, rowid, body) VALUES ('delete', OLD.seq, OLD.body);"
    " INSERT INTO entry_fts(rowid, body) VALUES (NEW.seq, NEW.body); END",
]

def upgrade() -> None:
    op.create_table(
        "fever_event",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "child_id", sa.String(), sa.ForeignKey("child.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "reading_id",
            sa.String(),
            sa.ForeignKey("temperature.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_fever_event_child_occurred", "fever_event", ["child_id", "occurred_at"])
    op.create_table(
        "entry",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entry_id", sa.String(), nullable=False, unique=True),
        sa.Column("child_id", sa.String(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
    )
    # Time order with the kind alongside, so kind filters are checked inside the index.
    op.create_index("ix_entry_at_kind", "entry", ["at", "kind"])
    op.create_index("ix_entry_child_at_kind", "entry", ["child_id", "at", "kind"])
    op.create_index("ix_entry_kind_at", "entry", ["kind", "at"])
    for statement in _FTS:
        op.execute(statement)
    for kind, (table, *_rest) in _PROJECTIONS.items():
        for statement in _entry_triggers(kind):
            op.execute(statement)
        op.execute(
            f"INSERT INTO entry {_COLUMNS} {_select(kind, 'r')} FROM {table} AS r"
            " WHERE r.deleted_at IS NULL"
        )
    op.execute(_dose_rename_trigger())

def downgrade() -> None:
    op.execute("DROP TRIGGER medicine_entry_rename")
    for table, *_rest in _PROJECTIONS.values():
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {table}_entry_{action}")
    op.execute("DROP TABLE entry_fts")
    op.drop_table("entry")
    op.drop_table("fever_event")
