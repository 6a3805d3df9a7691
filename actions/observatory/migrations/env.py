"""Alembic's entry: the store hands over an open connection (actions/observatory/store.py), so
no URL, and no password in it, is ever written to a config file."""

from alembic import context

connection = context.config.attributes["connection"]
# SQLite alters a table by copying it: batch mode does that where a migration needs it.
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
