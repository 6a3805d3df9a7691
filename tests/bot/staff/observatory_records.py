"""Seeded records for the dashboard's tests: communes of very different sizes (one under 10
screenings), three months, caseload records beside conversations, one right claimable for almost
everyone who has any and rare ones, reasons answered, and the follow-up's answers for one right
(written as the follow-up writes them, actions/followup/outcomes.py). So every rule of the page's
small cells has something to do."""

from __future__ import annotations

import datetime
import random

import pytest

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory import store as store_module
from actions.followup.outcomes import add_outcome
from actions.observatory.record import build, to_ask_about
from actions.observatory.store import Store
from actions.observatory.tables import FOLLOWED, REASONS
from tests.actions.store_fixtures import default_store_at

COMMUNES = {"anderlecht": 30, "schaerbeek": 25, "uccle": 20, "jette": 12, "evere": 8, "forest": 4,
            "koekelberg": 0.6, "outside_brussels": 5}
# Per right: the weights of eligible, already_receiving, not_eligible.
RIGHTS = {"increased_reimbursement": (6, 3, 1), "integration_income": (2, 1, 7),
          "family_allowance": (1, 4, 5), "social_energy_tariff": (3, 1, 6), "rent_allowance": (1, 0.2, 8)}


def generated(count: int = 700, seed: int = 15):
    """(records, answers, followed): each record with an id; each reasons answer, and each answer
    of the follow-up (right, outcome), with its record's id."""
    rng = random.Random(seed)
    records, answers, followed = [], [], []
    names, weights = list(COMMUNES), list(COMMUNES.values())
    for index in range(count):
        day = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(80))
        statuses = {right: rng.choices(["eligible", "already_receiving", "not_eligible"], weights=w)[0]
                    for right, w in RIGHTS.items()}
        source = "caseload" if rng.random() < 0.3 else "conversation"
        record = build({"commune": rng.choices(names, weights=weights)[0]},
                       [{"id": r, "status": statuses.get(r, "not_eligible")} for r in RIGHT_IDS],
                       day=day, channel="web", audience="self", language="fr", source=source)
        records.append((index, record))
        if source == "conversation" and to_ask_about(record.statuses) and rng.random() < 0.8:
            answers.append((index, record, rng.choice(REASONS)))
        if source == "conversation" and statuses["integration_income"] == "eligible" and rng.random() < 0.9:
            followed.append((index, "integration_income", rng.choice(FOLLOWED)))
    return records, answers, followed


def fill(store: Store, records, answers, followed) -> Store:
    """The records as the action server keeps them: one by one (their ids are the follow-up's to
    use) for those followed up, the others in one go as a caseload is."""
    outcomes = {index: (right, outcome) for index, right, outcome in followed}
    store.save_many(record for index, record in records if index not in outcomes)
    for index, record in records:
        if index in outcomes:
            assert add_outcome(store, store.save(record), *outcomes[index])
    for _, record, reason in answers:
        store.save_reason(week=record.week, source=record.source, commune=record.commune,
                          statuses=record.statuses, reason=reason)
    return store


@pytest.fixture
def statistics(tmp_path, monkeypatch) -> Store:
    """A SQLite store of these records, the one IRIS_STATS_DB names for the web server."""
    url = f"sqlite:///{tmp_path / 'observatory.db'}"
    with default_store_at(store_module, "IRIS_STATS_DB", url, monkeypatch) as opened:
        yield fill(opened, *generated())
