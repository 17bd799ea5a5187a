"""Initial journal: children, appointments, symptoms, temperatures, medicines, doses, notes,
questions, care-team contacts and settings.

Revision ID: 0001
Revises:
Create Date: 2025-01-15
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _stamped() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.String(), nullable=False)


def _child(*, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(
        "child_id",
        sa.String(),
        sa.ForeignKey("child.id", ondelete="CASCADE"),
        nullable=nullable,
    )


def upgrade() -> None:
    op.create_table(
        "child",
        *_stamped(),
        _text("name"),
        sa.Column("birth_date", sa.Date(), nullable=True),
        _text("diagnosis"),
    )
    op.create_table(
        "appointment",
        *_stamped(),
        _child(),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        _text("tz"),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        _text("place"),
        _text("place_kind"),
        _text("with_whom"),
        _text("purpose"),
        sa.Column("questions", sa.JSON(), nullable=False),
        _text("after_notes"),
        sa.Column("reminder_minutes", sa.Integer(), nullable=True),
    )
    op.create_index("ix_appointment_starts_at", "appointment", ["starts_at"])
    op.create_index("ix_appointment_child_starts", "appointment", ["child_id", "starts_at"])
    op.create_table(
        "symptom",
        *_stamped(),
        _child(),
        _text("symptom"),
        _text("detail"),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.Integer(), nullable=True),
        sa.Column("interference", sa.Integer(), nullable=True),
        _text("reporter"),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _text("notes"),
    )
    op.create_index("ix_symptom_child_recorded", "symptom", ["child_id", "recorded_at"])
    op.create_table(
        "temperature",
        *_stamped(),
        _child(),
        sa.Column("value", sa.Float(), nullable=False),
        _text("unit"),
        _text("method"),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        _text("fever_medicine"),
        _text("notes"),
    )
    op.create_index("ix_temperature_child_taken", "temperature", ["child_id", "taken_at"])
    op.create_table(
        "medicine",
        *_stamped(),
        _child(),
        _text("name"),
        _text("dose"),
        _text("schedule"),
        sa.Column("as_needed", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_medicine_child", "medicine", ["child_id"])
    op.create_table(
        "dose",
        *_stamped(),
        _child(),
        sa.Column(
            "medicine_id",
            sa.String(),
            sa.ForeignKey("medicine.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        _text("amount"),
        _text("notes"),
    )
    op.create_index("ix_dose_child_given", "dose", ["child_id", "given_at"])
    op.create_index("ix_dose_medicine", "dose", ["medicine_id"])
    op.create_table(
        "note",
        *_stamped(),
        _child(nullable=True),
        _text("text"),
        sa.Column("written_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_note_child", "note", ["child_id"])
    op.create_table(
        "question",
        *_stamped(),
        _child(nullable=True),
        _text("text"),
        sa.Column("answered", sa.Boolean(), nullable=False),
        _text("answer"),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_question_child", "question", ["child_id"])
    op.create_table(
        "contact",
        *_stamped(),
        _text("name"),
        _text("role"),
        _text("phone"),
        _text("notes"),
        sa.Column("call_for_fever", sa.Boolean(), nullable=False),
    )
    op.create_index(
        "ux_contact_call_for_fever",
        "contact",
        ["call_for_fever"],
        unique=True,
        sqlite_where=sa.text("call_for_fever = 1 AND deleted_at IS NULL"),
    )
    op.create_table(
        "setting",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("key", sa.String(), nullable=False, unique=True),
        sa.Column("value", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "setting",
        "contact",
        "question",
        "note",
        "dose",
        "medicine",
        "temperature",
        "symptom",
        "appointment",
        "child",
    ):
        op.drop_table(table)
