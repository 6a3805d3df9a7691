"""Alembic's entry for the follow-up: the store hands over an open connection (store.py), so no
URL, and no password in it, is written anywhere. Its own version table, so that the follow-up
and the observatory may share one PostgreSQL database."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True, version_table="alembic_version_followup")
with context.begin_transaction():
    context.run_migrations()
