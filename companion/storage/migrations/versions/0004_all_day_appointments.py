"""All-day appointments: ``appointment.all_day`` (false for every appointment made before).

An all-day appointment starts at midnight of its day in its zone and goes to a calendar as a
date, not a time.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "appointment",
        sa.Column("all_day", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # Not a batch rebuild: that would drop the table's timeline triggers (SQLite >= 3.35).
    op.execute("ALTER TABLE appointment DROP COLUMN all_day")
