"""A record holds the week, the commune, bands and each right's status, and nothing else."""

from __future__ import annotations

import datetime

from sqlalchemy import inspect

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.record import age_band, build, children_band, household, week_of

PROFILE = {"commune": "jette", "age": 67, "living_with": "partner", "children": 0, "monthly_income": 1234.5,
           "income_sources": ["pension"], "benefits": ["increased_reimbursement"], "residence_status": "belgian"}
RIGHTS = [{"id": "increased_reimbursement", "status": "already_receiving"},
          {"id": "elderly_income_guarantee", "status": "eligible"}]


def test_a_record_holds_the_monday_of_the_week_and_bands_never_the_day_age_or_income():
    record = build(PROFILE, RIGHTS, day=datetime.date(2026, 12, 3), channel="sms", audience="self", language="fr")
    assert record.week == datetime.date(2026, 11, 30)
    assert (record.age_band, record.household, record.children_band) == ("65_plus", "with_partner", "0")
    assert record.received("increased_reimbursement") and not record.received("elderly_income_guarantee")
    assert record.claimable("elderly_income_guarantee")
    assert set(record.statuses) == set(RIGHT_IDS) and record.statuses["study_grant"] == "unknown"
    assert "1234" not in repr(record) and "67" not in repr(record)


def test_the_bands_follow_the_issue():
    assert [age_band(a) for a in (None, 17, 24, 25, 64, 65)] == ["unknown", "under_25", "under_25", "25_64", "25_64", "65_plus"]
    assert [children_band(c) for c in (None, 0, 1, 2, 3, 9)] == ["unknown", "0", "1_2", "1_2", "3_plus", "3_plus"]
    assert household("alone", 0) == "alone" and household("alone", 2) == "single_parent"
    assert household("family", 1) == "single_parent" and household("others", 0) == "other"
    assert household("partner", 3) == "with_partner" and household(None, 1) == "unknown" and household("alone", None) == "unknown"
    assert week_of(datetime.date(2027, 1, 3)) == datetime.date(2026, 12, 28)


def test_the_table_has_exactly_the_fields_of_the_issue_and_the_outcome_columns(store):
    columns = {c["name"] for c in inspect(store.engine).get_columns("screenings")}
    expected = {"id", "week", "source", "commune", "channel", "audience", "language", "age_band", "household",
                "children_band", *RIGHT_IDS, *(f"outcome_{r}" for r in RIGHT_IDS),
                *(f"why_not_asked_{r}" for r in RIGHT_IDS), "followed_up"}
    assert columns == expected
