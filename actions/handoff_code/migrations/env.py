"""Alembic's entry: the store hands over an open connection (actions/handoff_code/store.py), so
no URL is written to a config file. The version table has a name of its own, so that the
handoff tables may share a database with the observatory's."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True, version_table="alembic_version_handoff")
with context.begin_transaction():
    context.run_migrations()
