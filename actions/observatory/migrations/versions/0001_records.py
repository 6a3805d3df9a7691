"""The records, the reasons and the tallies.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The rights as they stood when this migration was written: a migration is history and does not
# follow later changes of the code. A right added later comes with a migration of its own.
RIGHTS_0001 = ("integration_income equivalent_social_aid increased_reimbursement elderly_income_guarantee "
               "family_allowance family_allowance_social_supplement social_energy_tariff protected_customer "
               "rent_allowance social_housing disability_income_allowance integration_allowance "
               "elderly_care_allowance urgent_medical_aid maximum_billing legal_aid heating_allowance "
               "public_transport_reduction study_grant health_insurance_affiliation").split()


def _when_and_where(key: bool = False) -> list[sa.Column]:
    return [sa.Column("week", sa.Date, primary_key=key, nullable=False),
            sa.Column("source", sa.String(12), primary_key=key, nullable=False),
            sa.Column("commune", sa.String(24), primary_key=key, nullable=False)]


def upgrade() -> None:
    op.create_table(
        "screenings",
        sa.Column("id", sa.String(32), primary_key=True),
        *_when_and_where(),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("audience", sa.String(9), nullable=False),
        sa.Column("language", sa.String(7), nullable=False),
        sa.Column("age_band", sa.String(8), nullable=False),
        sa.Column("household", sa.String(13), nullable=False),
        sa.Column("children_band", sa.String(7), nullable=False),
        *(sa.Column(right, sa.String(17), nullable=False) for right in RIGHTS_0001),
    )
    op.create_index("ix_screenings_week", "screenings", ["week"])
    op.create_table(
        "reasons",
        sa.Column("id", sa.String(32), primary_key=True),
        *_when_and_where(),
        sa.Column("right", sa.String(40), nullable=False),
        sa.Column("reason", sa.String(12), nullable=False),
    )
    op.create_index("ix_reasons_week", "reasons", ["week"])
    op.create_table(
        "tallies",
        *_when_and_where(key=True),
        sa.Column("right", sa.String(40), primary_key=True),
        *(sa.Column(name, sa.Integer, nullable=False, server_default="0")
          for name in ("screenings", "claimable", "received", "not_known", "not_asked", "not_received")),
    )


def downgrade() -> None:
    op.drop_table("tallies")
    op.drop_index("ix_reasons_week", "reasons")
    op.drop_table("reasons")
    op.drop_index("ix_screenings_week", "screenings")
    op.drop_table("screenings")
