"""The small-cell rule, checked against the screenings themselves: for every query, each number
printed is the size of a known set of screenings; no such set has fewer than 10 members, and no
two printed numbers of one query, one set inside the other, differ by fewer than 10.

The records are random but seeded, many groups sitting near the threshold, so that a rule that
forgot one case would print one."""

from __future__ import annotations

import datetime
import itertools
import random

import pytest

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.record import build, to_ask_about
from actions.observatory.stats import Query, rows
from actions.observatory.tables import REASONS

COMMUNES = ("anderlecht", "evere", "uccle")
RIGHTS = RIGHT_IDS[:6]  # the others stay not_eligible: fewer columns, same logic
QUERIES = [("commune", "right"), ("right",), ("commune",), (), ("month", "source"), ("commune", "right", "month")]


def generated(seed: int = 13):
    """(records, answers): each record with an id; each reasons answer with its screening's id."""
    rng = random.Random(seed)
    records, answers = [], []
    for index in range(420):
        day = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(50))
        statuses = {r: rng.choices(["eligible", "possibly_eligible", "already_receiving", "not_eligible"],
                                   weights=[3, 1, 3, 4])[0] for r in RIGHTS}
        record = build({"commune": rng.choice(COMMUNES), "age": 40}, [{"id": r, "status": s} for r, s in statuses.items()],
                       day=day, channel="web", audience="self", language="fr",
                       source="conversation" if rng.random() < 0.8 else "caseload")
        records.append((index, record))
        if to_ask_about(record.statuses) and rng.random() < 0.7:
            answers.append((index, record, rng.choice(REASONS)))
    return records, answers


def _group(record, query_by, key):
    values = {"commune": record.commune, "source": record.source, "month": record.week.strftime("%Y-%m")}
    return all(values[name] == key[name] for name in query_by if name != "right")


def published_sets(printed, records, answers, by):
    """(what, printed value, set of screening ids) for every number printed."""
    header, *body = printed
    found = []
    for line in body:
        key = dict(zip(header, line))
        members = [(i, r) for i, r in records if _group(r, by, key)]
        right = key.get("right")
        if right:
            claimable = {i for i, r in members if r.claimable(right)}
            received = {i for i, r in members if r.received(right)}
            said = [(i, reason) for i, r, reason in answers if _group(r, by, key) and right in to_ask_about(r.statuses)]
        else:
            claimable = {i for i, r in members if any(r.claimable(x) for x in RIGHT_IDS)}
            received = {i for i, r in members if any(r.claimable(x) for x in RIGHT_IDS)
                        and all(r.received(x) for x in RIGHT_IDS if r.claimable(x))}
            said = [(i, reason) for i, r, reason in answers if _group(r, by, key)]
        sets = {"screenings": {i for i, _ in members}, "claimable": claimable, "received": received}
        for column, ids in sets.items():
            found.append((f"{line}:{column}", key[column], ids))
        if key["non_take_up_rate"]:
            # The rate times the claimable count gives the claimable not received: a number too.
            found.append((f"{line}:not received", key["non_take_up_rate"], claimable - received))
        answered = {i for i, _ in said}
        for reason in REASONS:
            ids = {i for i, given in said if given == reason}
            found.append((f"{line}:{reason}", key[f"{reason}_share"], ids))
            found.append((f"{line}:not {reason}", key[f"{reason}_share"], answered - ids))
    return found


def violations(found) -> list[str]:
    shown = [(what, value, ids) for what, value, ids in found if value not in ("", "<10")]
    problems = [f"{what}: {value} from {len(ids)} screenings" for what, value, ids in shown if len(ids) < 10]
    problems += [f"{what}: printed <10 for {len(ids)}" for what, value, ids in found if value == "<10" and len(ids) >= 10]
    for (what_a, _, a), (what_b, _, b) in itertools.combinations(shown, 2):
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        if small < large and len(large - small) < 10:
            problems.append(f"{what_a} and {what_b} differ by {len(large - small)} screenings")
    return problems


@pytest.fixture
def filled(store):
    records, answers = generated()
    store.save_many(record for _, record in records)
    for _, record, reason in answers:
        store.save_reason(week=record.week, source=record.source, commune=record.commune,
                          statuses=record.statuses, reason=reason)
    return store, records, answers


@pytest.mark.parametrize("by", QUERIES, ids=lambda by: ",".join(by) or "all")
def test_no_number_and_no_difference_of_one_query_comes_from_fewer_than_10_screenings(filled, by):
    store, records, answers = filled
    printed = list(rows(store, Query(by=by)))
    found = published_sets(printed, records, answers, by)
    assert violations(found) == []
    counts = [(what, value, ids) for what, value, ids in found if value.isdigit()]
    assert counts, "the data must publish some numbers, or the test checks nothing"
    assert all(int(value) == len(ids) for _, value, ids in counts)  # each number is what it says


def test_the_finest_query_meets_every_case_of_the_rule(filled):
    """Small counts, hidden differences, rates and shares all occur, so the test above sees them."""
    store, records, answers = filled
    by = ("commune", "right", "month")
    values = [value for _, value, _ in published_sets(list(rows(store, Query(by=by))), records, answers, by)]
    assert "<10" in values and "" in values and any("." in value for value in values)


def test_the_check_finds_a_small_difference_between_two_totals(filled):
    """The check itself can fail: raw counts, printed without the rule, break it."""
    store, records, answers = filled
    printed = list(rows(store, Query(by=("commune", "right"))))
    found = published_sets(printed, records, answers, ("commune", "right"))
    raw = [(what, str(len(ids)), ids) for what, _, ids in found]
    assert any("differ by" in problem for problem in violations(raw))
    assert any("from" in problem for problem in violations(raw))


def test_a_count_below_10_is_printed_small_and_its_rate_left_empty(store):
    few = build({"commune": "forest"}, [{"id": "integration_income", "status": "eligible"}],
                day=datetime.date(2026, 3, 2), channel="web", audience="self", language="nl")
    store.save_many([few] * 9)
    header, *body = list(rows(store, Query(by=("commune", "right"))))
    line = dict(zip(header, next(l for l in body if l[1] == "integration_income")))
    assert (line["screenings"], line["claimable"], line["received"], line["non_take_up_rate"]) == ("<10", "<10", "<10", "")
