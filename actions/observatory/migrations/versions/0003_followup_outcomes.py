"""What the follow-up of day 14 adds to a record (issue 15): the outcome may now be "not_asked"
(9 letters: the column grows), why a right was not asked, whether the record was followed up,
and the counts of the answers in the tallies, which `make stats` reads.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OUTCOME_COUNTS = ("followed_up", "followed_received", "followed_waiting", "followed_refused", "followed_not_asked")


def _rights() -> list[str]:
    """The rights the table holds now, read from its outcome columns (as 0002 reads them)."""
    columns = sa.inspect(op.get_bind()).get_columns("screenings")
    return [c["name"].removeprefix("outcome_") for c in columns if c["name"].startswith("outcome_")]


def upgrade() -> None:
    rights = _rights()
    with op.batch_alter_table("screenings") as batch:
        for right in rights:
            batch.alter_column(f"outcome_{right}", type_=sa.String(9), existing_type=sa.String(8))
            batch.add_column(sa.Column(f"why_not_asked_{right}", sa.String(15)))
        batch.add_column(sa.Column("followed_up", sa.Boolean))
    with op.batch_alter_table("tallies") as batch:
        for name in OUTCOME_COUNTS:
            batch.add_column(sa.Column(name, sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    rights = _rights()
    with op.batch_alter_table("tallies") as batch:
        for name in OUTCOME_COUNTS:
            batch.drop_column(name)
    with op.batch_alter_table("screenings") as batch:
        batch.drop_column("followed_up")
        for right in rights:
            batch.drop_column(f"why_not_asked_{right}")
            batch.alter_column(f"outcome_{right}", type_=sa.String(8), existing_type=sa.String(9))
