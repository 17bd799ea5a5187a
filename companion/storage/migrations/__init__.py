"""Alembic migrations for the journal database, shipped inside the package.

They run programmatically on the open, keyed connection (see :mod:`companion.storage.migrate`);
there is no ``alembic.ini`` on disk. SQLite alters tables in batch mode ("move and copy"),
which drops a table's triggers: a migration that batch-alters an entry table must recreate the
``*_entry_*`` triggers from revision 0002 afterwards.
"""
