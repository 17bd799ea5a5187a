"""Alembic environment: always online, always on the connection the journal already opened."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from companion.storage import models  # noqa: F401  (registers the tables)
from companion.storage.migrate import include_name


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("journal migrations run only through companion.storage.migrate")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("journal migrations cannot run offline")
run_migrations_online()
