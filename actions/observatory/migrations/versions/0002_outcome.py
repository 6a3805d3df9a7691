"""The outcome of each right after a follow-up: received, waiting or refused (empty until then).

The follow-up ("From result to claim") fills it; until that exists the columns stay empty.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The columns of the record that are not rights: every other column holds a right's status.
NOT_RIGHTS = ("id", "week", "source", "commune", "channel", "audience", "language", "age_band",
              "household", "children_band")


def _rights() -> list[str]:
    """The rights the table holds now, read from the table itself, so that this migration stays
    right whatever rights later migrations add."""
    columns = sa.inspect(op.get_bind()).get_columns("screenings")
    return [c["name"] for c in columns if c["name"] not in NOT_RIGHTS and not c["name"].startswith("outcome_")]


def upgrade() -> None:
    with op.batch_alter_table("screenings") as batch:
        for right in _rights():
            batch.add_column(sa.Column(f"outcome_{right}", sa.String(8)))


def downgrade() -> None:
    with op.batch_alter_table("screenings") as batch:
        for right in _rights():
            batch.drop_column(f"outcome_{right}")
