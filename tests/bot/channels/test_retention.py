"""The retention setting is a number of minutes or the start stops naming it, and the purge deletes
any number of old conversations (Rasa environment)."""

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain

from bot.channels.forget import forget_inactive_conversations
from bot.channels.retention import purge_interval, retention_minutes


@pytest.mark.parametrize("raw, minutes", [("", 60.0), ("30", 30.0), ("0.5", 0.5), (" 1440 ", 1440.0)])
def test_the_retention_is_read_in_minutes(raw, minutes):
    assert retention_minutes({"IRIS_RETENTION_MINUTES": raw}) == minutes


@pytest.mark.parametrize("raw", ["nan", "inf", "-5", "0", "1h", "soixante", "1e9"])
def test_a_retention_that_would_keep_conversations_forever_or_not_at_all_is_refused_with_its_name(raw):
    with pytest.raises(ValueError, match="IRIS_RETENTION_MINUTES"):
        retention_minutes({"IRIS_RETENTION_MINUTES": raw})


def test_the_purge_runs_every_five_minutes_or_sooner_for_a_short_retention():
    assert purge_interval(3600) == 300 and purge_interval(60) == 15 and purge_interval(2) == 1


def test_three_hundred_thousand_old_conversations_are_deleted_past_sqlites_limit_of_bound_values(tmp_path):
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "tracker.db"))
    with store.session_scope() as session:
        session.bulk_insert_mappings(store.SQLEvent, [
            {"sender_id": f"old-{i}", "type_name": "user", "timestamp": 1000.0, "data": "{}"}
            for i in range(300_000)] + [{"sender_id": "recent", "type_name": "user", "timestamp": 9000.0, "data": "{}"}])
        session.commit()
    assert forget_inactive_conversations(store, older_than_seconds=3600, now=9500.0) == 300_000
    with store.session_scope() as session:
        assert [row[0] for row in session.query(store.SQLEvent.sender_id).distinct()] == ["recent"]
