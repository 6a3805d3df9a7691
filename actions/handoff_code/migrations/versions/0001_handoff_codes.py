"""The handoff codes and the log of their openings."""

import sqlalchemy as sa
from alembic import op

revision = "handoff_0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "handoff_codes",
        sa.Column("lookup", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("views", sa.Integer, nullable=False, server_default="0"),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("dossier", sa.LargeBinary),
    )
    op.create_index("ix_handoff_codes_expires_at", "handoff_codes", ["expires_at"])
    op.create_table(
        "handoff_openings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.BigInteger, nullable=False),
        sa.Column("outcome", sa.String(8), nullable=False),
    )
    op.create_index("ix_handoff_openings_at", "handoff_openings", ["at"])


def downgrade() -> None:
    op.drop_index("ix_handoff_openings_at", "handoff_openings")
    op.drop_table("handoff_openings")
    op.drop_index("ix_handoff_codes_expires_at", "handoff_codes")
    op.drop_table("handoff_codes")
