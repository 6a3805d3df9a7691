"""The follow-ups: one row a person who agreed to be written to on day 14."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "followups",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("lookup", sa.String(64), nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("rights", sa.String(1000), nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("delete_on", sa.Date, nullable=False),
        sa.Column("record", sa.String(32)),
        sa.Column("sent_on", sa.Date),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("step", sa.String(12)),
    )
    op.create_index("ix_followups_lookup", "followups", ["lookup"])
    op.create_index("ix_followups_due_on", "followups", ["due_on"])


def downgrade() -> None:
    op.drop_index("ix_followups_due_on", "followups")
    op.drop_index("ix_followups_lookup", "followups")
    op.drop_table("followups")
