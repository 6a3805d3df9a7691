"""The store on a SQLite file and on a real PostgreSQL: records with their counts, the retention,
and the migrations both ways."""

from __future__ import annotations

import datetime

import pytest
from sqlalchemy import inspect, select

from actions.observatory.record import build
from actions.observatory.store import StoreSettingError, retention_days
from actions.observatory.tables import reasons, screenings, tallies

TODAY = datetime.date(2026, 12, 2)


def record(day=TODAY, commune="ixelles", statuses=None):
    rights = [{"id": r, "status": s} for r, s in (statuses or {"integration_income": "eligible",
                                                                "increased_reimbursement": "already_receiving"}).items()]
    return build({"commune": commune, "age": 30}, rights, day=day, channel="web", audience="self", language="fr")


def tally(store, right, commune="ixelles"):
    with store.engine.connect() as connection:
        row = connection.execute(select(tallies).where(tallies.c.right == right, tallies.c.commune == commune)).mappings().one()
    return {k: row[k] for k in ("screenings", "claimable", "received", "not_known", "not_asked", "not_received")}


def test_each_record_adds_its_counts_in_the_same_transaction(store):
    store.save(record(), today=TODAY)
    store.save_many([record(), record(commune="evere")])
    assert store.count() == 3
    assert tally(store, "integration_income") == {"screenings": 2, "claimable": 2, "received": 0,
                                                   "not_known": 0, "not_asked": 0, "not_received": 0}
    assert tally(store, "increased_reimbursement")["received"] == 2
    assert tally(store, "any") == {"screenings": 2, "claimable": 2, "received": 0,
                                   "not_known": 0, "not_asked": 0, "not_received": 0}


def test_a_reason_is_counted_for_the_rights_asked_about_and_not_linked_to_a_record(store):
    saved = record()
    store.save(saved, today=TODAY)
    store.save_reason(week=saved.week, source="conversation", commune="ixelles", statuses=saved.statuses, reason="not_known")
    assert tally(store, "integration_income")["not_known"] == 1
    assert tally(store, "increased_reimbursement")["not_known"] == 0  # received: not asked about
    assert {c["name"] for c in inspect(store.engine).get_columns("reasons")} == {"id", "week", "source", "commune", "right", "reason"}
    with pytest.raises(ValueError):
        store.save_reason(week=saved.week, source="conversation", commune="ixelles", statuses=saved.statuses, reason="lazy")


def test_records_older_than_the_retention_are_deleted_with_their_counts(store, monkeypatch):
    monkeypatch.setenv("IRIS_STATS_RETENTION_DAYS", "30")
    old, recent = TODAY - datetime.timedelta(days=45), TODAY - datetime.timedelta(days=20)
    store.save_many([record(day=old), record(day=recent)])
    store.save_reason(week=record(day=old).week, source="conversation", commune="ixelles",
                      statuses=record().statuses, reason="not_asked")
    store.save(record(), today=TODAY)  # saving purges once a day
    assert store.count() == 2
    with store.engine.connect() as connection:
        weeks = {row.week for row in connection.execute(select(tallies.c.week).distinct())}
    assert min(weeks) == record(day=recent).week
    assert store.count(table=reasons) == 0


def test_the_retention_defaults_to_three_years_and_refuses_a_bad_value(monkeypatch):
    monkeypatch.delenv("IRIS_STATS_RETENTION_DAYS", raising=False)
    assert retention_days() == 1095
    monkeypatch.setenv("IRIS_STATS_RETENTION_DAYS", "soon")
    with pytest.raises(StoreSettingError, match="IRIS_STATS_RETENTION_DAYS"):
        retention_days()


def test_the_migrations_go_down_and_up_again_and_the_outcome_columns_come_with_0002(store):
    store.save(record(), today=TODAY)
    store.migrate("0001", down=True)
    columns = {c["name"] for c in inspect(store.engine).get_columns("screenings")}
    assert not any(name.startswith("outcome_") for name in columns)
    store.migrate("head")
    columns = {c["name"] for c in inspect(store.engine).get_columns("screenings")}
    assert "outcome_integration_income" in columns
    with store.engine.connect() as connection:
        assert connection.execute(select(screenings.c.outcome_integration_income)).scalar_one() is None
    assert store.count() == 1


def test_the_counts_rebuilt_from_the_records_are_the_counts_kept_one_by_one(store):
    for commune, statuses in (("ixelles", None), ("evere", {"integration_income": "eligible", "family_allowance": "eligible"}),
                              ("evere", {"maximum_billing": "already_receiving"})):
        saved = record(commune=commune, statuses=statuses)
        store.save(saved, today=TODAY)
        store.save_reason(week=saved.week, source="conversation", commune=commune, statuses=saved.statuses, reason="not_asked")
    with store.engine.connect() as connection:
        kept = sorted(tuple(row) for row in connection.execute(select(tallies)))
    assert store.rebuild_tallies() == len(kept)
    with store.engine.connect() as connection:
        assert sorted(tuple(row) for row in connection.execute(select(tallies))) == kept
