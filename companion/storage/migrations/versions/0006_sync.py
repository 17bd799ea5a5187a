"""Keeping two computers' journals in step through a shared folder: the tables of this
computer's side of the exchange (never exchanged themselves).

``sync_identity`` holds this computer's device id, its signing and wrapping keys, its next
change-file number and its hybrid logical clock; ``sync_device`` the computers it knows;
``sync_epoch`` the exchange keys; ``sync_applied`` how far each computer's files are applied;
``sync_pending`` the rows changed here and not yet written out (filled by triggers the journal
installs for every exchanged table); ``sync_clock`` each exchanged row's winning clock, who
added and who last changed it (deleted rows keep only ids and times here); ``sync_outbox`` a
change file between its commit and its copy in the folder; ``sync_history`` the losing side
of two computers' edits of one entry; ``sync_refusal`` what the last exchange refused;
``sync_mute`` is non-empty only while incoming changes are applied.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TABLES = (
    """CREATE TABLE sync_identity (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        device_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        sign_key BLOB NOT NULL,
        box_key BLOB NOT NULL,
        next_seq INTEGER NOT NULL DEFAULT 1,
        hlc TEXT NOT NULL DEFAULT '',
        folder TEXT,
        last_look TEXT,
        last_exchange TEXT,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE sync_device (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        sign_pub BLOB NOT NULL,
        box_pub BLOB NOT NULL,
        caregiver_id TEXT,
        added_at TEXT NOT NULL,
        removed_at TEXT,
        last_seq INTEGER,
        last_heard TEXT,
        acked TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE sync_epoch (
        number INTEGER NOT NULL,
        author TEXT NOT NULL,
        key BLOB NOT NULL,
        PRIMARY KEY (number, author)
    )""",
    "CREATE TABLE sync_applied (device_id TEXT PRIMARY KEY, seq INTEGER NOT NULL)",
    """CREATE TABLE sync_pending (
        tbl TEXT NOT NULL, row_key TEXT NOT NULL, at INTEGER NOT NULL,
        PRIMARY KEY (tbl, row_key)
    )""",
    """CREATE TABLE sync_clock (
        tbl TEXT NOT NULL, row_key TEXT NOT NULL, hlc TEXT NOT NULL,
        tomb INTEGER NOT NULL DEFAULT 0, created_by TEXT, changed_by TEXT,
        seq INTEGER, received_at TEXT,
        PRIMARY KEY (tbl, row_key)
    )""",
    "CREATE INDEX ix_sync_clock_received ON sync_clock (received_at)",
    "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)",
    """CREATE TABLE sync_history (
        tbl TEXT NOT NULL, row_key TEXT NOT NULL, hlc TEXT NOT NULL, device TEXT,
        payload TEXT NOT NULL, saved_at TEXT NOT NULL,
        PRIMARY KEY (tbl, row_key, hlc)
    )""",
    """CREATE TABLE sync_refusal (
        device_id TEXT NOT NULL, file TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (device_id, file)
    )""",
    "CREATE TABLE sync_mute (one INTEGER PRIMARY KEY)",
)
_NAMES = (
    "sync_mute",
    "sync_refusal",
    "sync_history",
    "sync_outbox",
    "sync_clock",
    "sync_pending",
    "sync_applied",
    "sync_epoch",
    "sync_device",
    "sync_identity",
)


def upgrade() -> None:
    for statement in _TABLES:
        op.execute(statement)


def downgrade() -> None:
    conn = op.get_bind()
    for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
    ).all():
        op.execute(f'DROP TRIGGER "{name}"')
    for name in _NAMES:
        op.execute(f"DROP TABLE {name}")
