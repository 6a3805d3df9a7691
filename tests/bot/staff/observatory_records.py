"""Seeded records for the dashboard's tests: communes of very different sizes (one under 10
screenings), three months, caseload records beside conversations, one right claimable for almost
everyone who has any and rare ones, reasons answered, and outcomes told for one right. So every
rule of the page's small cells has something to do."""

from __future__ import annotations

import datetime
import random

import pytest

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory import store as store_module
from actions.observatory.record import Record, build, to_ask_about
from actions.observatory.store import Store
from actions.observatory.tables import REASONS

COMMUNES = {"anderlecht": 30, "schaerbeek": 25, "uccle": 20, "jette": 12, "evere": 8, "forest": 4,
            "koekelberg": 1, "outside_brussels": 5}
# Per right: the weights of eligible, already_receiving, not_eligible.
RIGHTS = {"increased_reimbursement": (6, 3, 1), "integration_income": (2, 1, 7),
          "family_allowance": (1, 4, 5), "social_energy_tariff": (3, 1, 6), "rent_allowance": (1, 0.2, 8)}


def generated(count: int = 700, seed: int = 15) -> tuple[list[tuple[int, Record]], list[tuple[int, Record, str]]]:
    """(records, answers): each record with an id; each reasons answer with its record's id."""
    rng = random.Random(seed)
    records, answers = [], []
    names, weights = list(COMMUNES), list(COMMUNES.values())
    for index in range(count):
        day = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(80))
        statuses = {right: rng.choices(["eligible", "already_receiving", "not_eligible"], weights=w)[0]
                    for right, w in RIGHTS.items()}
        source = "caseload" if rng.random() < 0.15 else "conversation"
        outcomes = {}
        if source == "conversation" and statuses["integration_income"] == "eligible" and rng.random() < 0.9:
            outcomes = {"integration_income": rng.choice(["received", "waiting", "refused"])}
        record = build({"commune": rng.choices(names, weights=weights)[0]},
                       [{"id": r, "status": statuses.get(r, "not_eligible")} for r in RIGHT_IDS],
                       day=day, channel="web", audience="self", language="fr", source=source, outcomes=outcomes)
        records.append((index, record))
        if source == "conversation" and to_ask_about(record.statuses) and rng.random() < 0.8:
            answers.append((index, record, rng.choice(REASONS)))
    return records, answers


def fill(store: Store, records, answers) -> Store:
    store.save_many(record for _, record in records)
    for _, record, reason in answers:
        store.save_reason(week=record.week, source=record.source, commune=record.commune,
                          statuses=record.statuses, reason=reason)
    return store


@pytest.fixture
def statistics(tmp_path, monkeypatch) -> Store:
    """A SQLite store of these records, the one IRIS_STATS_DB names for the web server."""
    url = f"sqlite:///{tmp_path / 'observatory.db'}"
    monkeypatch.setenv("IRIS_STATS_DB", url)
    store_module.open_store.cache_clear()
    filled = fill(Store(url), *generated())
    yield filled
    filled.engine.dispose()
    store_module.open_store.cache_clear()
