"""Bring an open journal database to the current schema, or refuse to touch it.

Alembic runs on the already-keyed connection with the migration scripts shipped in the package
(no ``alembic.ini``). An existing journal is backed up before any migration; a journal written
by a newer Companion (an unknown revision) is refused with :class:`NewerSchema`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy.engine import Engine

from companion.storage.engine import WRITE_OPTION, ensure_checked, guard, read
from companion.storage.errors import Damaged, NewerSchema

SCRIPT_LOCATION = "companion.storage:migrations"
#: The shipped revisions, oldest first, so opening a current journal never imports Alembic.
#: A test checks this against the scripts; add each new revision here.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
_FTS_PREFIX = "entry_fts"
#: This computer's side of the exchange between computers (migration 0006): read and written
#: with plain SQL by ``companion.journal.sync``, never through the models.
_SYNC_PREFIX = "sync_"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic comparison filter: FTS5 virtual and shadow tables, and the exchange's own
    tables, are not in the models."""
    if name is None or type_ not in ("table", "index"):
        return True
    if type_ == "index":
        return not name.startswith("ix_" + _SYNC_PREFIX)
    return not name.startswith((_FTS_PREFIX, _SYNC_PREFIX))


def _config(connection: Any = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest schema revision this version of Companion knows."""
    return KNOWN_REVISIONS[-1]


def known_revisions() -> list[str]:
    """Every shipped revision, oldest first."""
    return list(KNOWN_REVISIONS)


def script_revisions() -> list[str]:
    """The revisions Alembic finds in the shipped scripts, oldest first (tests compare)."""
    return [str(script.revision) for script in reversed(list(_scripts().walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database with no schema yet."""
    with read(engine) as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
        if "alembic_version" in names:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            if len(rows) == 1:
                return str(rows[0][0])
        if names:
            raise Damaged("the journal has tables but no single schema revision")
    return None


def upgrade(engine: Engine, before_migration: Callable[[str], None] | None = None) -> bool:
    """Migrate to head; returns True when anything ran.

    ``before_migration(current_revision)`` runs first for an existing journal (the backup);
    if it raises, nothing is migrated. A brand-new, empty database is simply created.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        raise NewerSchema("the journal was written by a newer version of Companion")
    with guard(engine):
        ensure_checked(engine)  # never a schema write into a damaged file
    if current is not None and before_migration is not None:
        before_migration(current)
    migrate_to(engine, head)
    return True


def migrate_to(engine: Engine, target: str) -> None:
    """Upgrade to ``target`` without the checks (fixture building and tests)."""
    from alembic import command

    _schema_transaction(engine, lambda conn: command.upgrade(_config(conn), target))


def downgrade(engine: Engine, target: str) -> None:
    """Step back to an older revision (tests and fixture building only)."""
    from alembic import command

    _schema_transaction(engine, lambda conn: command.downgrade(_config(conn), target))


def _schema_transaction(engine: Engine, step: Callable[[Any], None]) -> None:
    """One transaction; foreign keys off so batch table rebuilds cannot cascade deletes."""
    with guard(engine):
        ensure_checked(engine)
    with guard(), engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.execution_options(**{WRITE_OPTION: True}).begin():
                step(conn)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    raise Damaged("the journal's links between entries are broken")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
