"""Alembic's entry: the store hands over an open connection and its own version table
(actions/database.py), so that no URL, and no password in it, is written to a config file."""

from actions.database import run_migrations

run_migrations()
