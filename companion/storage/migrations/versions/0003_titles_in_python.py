"""Timeline titles leave SQL: the ``entry`` index keeps only what ordering and search need.

Titles and details are now written in Python from the records (companion.journal.kinds), so
they can be translated and reworded without a migration. ``entry`` loses ``title`` and
``detail``; the triggers are rebuilt to keep kind, id, child, time and the searchable body.
This file keeps its own copy of the projections: a migration never changes with the code.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# kind -> (table, child, at, body); "{r}" is the row (NEW in triggers).
_PROJECTIONS: dict[str, tuple[str, str, str, str]] = {
    "appointment": (
        "appointment",
        "{r}.child_id",
        "{r}.starts_at",
        "concat_ws(' ', {r}.purpose, {r}.with_whom, {r}.place, {r}.after_notes,"
        " (SELECT group_concat(json_extract(q.value, '$.text'), ' ')"
        " FROM json_each({r}.questions) AS q))",
    ),
    "symptom": (
        "symptom",
        "{r}.child_id",
        "{r}.recorded_at",
        "concat_ws(' ', {r}.symptom, {r}.detail, {r}.notes)",
    ),
    "temperature": (
        "temperature",
        "{r}.child_id",
        "{r}.taken_at",
        "concat_ws(' ', printf('%.1f', {r}.value), {r}.fever_medicine, {r}.notes)",
    ),
    "medicine": (
        "medicine",
        "{r}.child_id",
        "{r}.created_at",
        "concat_ws(' ', {r}.name, {r}.dose, {r}.schedule)",
    ),
    "dose": (
        "dose",
        "{r}.child_id",
        "{r}.given_at",
        "concat_ws(' ', (SELECT m.name FROM medicine AS m WHERE m.id = {r}.medicine_id),"
        " {r}.amount, {r}.notes)",
    ),
    "note": ("note", "{r}.child_id", "{r}.written_at", "{r}.text"),
    "question": (
        "question",
        "{r}.child_id",
        "{r}.asked_at",
        "concat_ws(' ', {r}.text, {r}.answer)",
    ),
    "fever": (
        "fever_event",
        "{r}.child_id",
        "{r}.occurred_at",
        "concat_ws(' ', {r}.rule, {r}.summary)",
    ),
    "contact": (
        "contact",
        "NULL",
        "{r}.created_at",
        "concat_ws(' ', {r}.name, {r}.role, {r}.phone, {r}.notes)",
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


def _dose_rename_trigger() -> str:
    """A renamed medicine re-indexes its doses for search."""
    project = _select("dose", "d")
    return (
        "CREATE TRIGGER medicine_entry_rename AFTER UPDATE OF name ON medicine BEGIN"
        " DELETE FROM entry WHERE entry_id IN (SELECT id FROM dose WHERE medicine_id = NEW.id);"
        f" INSERT INTO entry {_COLUMNS} {project} FROM dose AS d"
        " WHERE d.medicine_id = NEW.id AND d.deleted_at IS NULL; END"
    )


def _drop_triggers() -> None:
    op.execute("DROP TRIGGER IF EXISTS medicine_entry_rename")
    for table, *_rest in _PROJECTIONS.values():
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_entry_{action}")


def upgrade() -> None:
    _drop_triggers()
    # No trigger or index reads these columns any more; rows keep their seq, so the
    # external-content FTS index stays valid as it is.
    op.execute("ALTER TABLE entry DROP COLUMN title")
    op.execute("ALTER TABLE entry DROP COLUMN detail")
    for kind in _PROJECTIONS:
        for statement in _entry_triggers(kind):
            op.execute(statement)
    op.execute(_dose_rename_trigger())


def downgrade() -> None:
    """Back to 0002's columns (for tests that walk the revisions; the app never goes back).

    Titles stay empty: 0002's own downgrade then drops the index, and upgrading rebuilds it.
    """
    _drop_triggers()
    op.execute("ALTER TABLE entry ADD COLUMN title VARCHAR NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE entry ADD COLUMN detail VARCHAR NOT NULL DEFAULT ''")
    for kind in _PROJECTIONS:
        for statement in _entry_triggers(kind):
            op.execute(statement)
    op.execute(_dose_rename_trigger())
