"""Handoff codes and their store on a SQLite file and on a real PostgreSQL: the code's alphabet
and form, 7 days of life, two openings, wrong codes, the purge, a log of openings without
content, and a database that holds neither the code nor the dossier in clear."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import inspect, select

from actions.handoff_code.code import ALPHABET, LENGTH, keys, new_code, normalised, shown
from actions.handoff_code.tables import codes, openings

DOSSIER = {"version": 1, "date": "2026-12-01", "profile": {"commune": "schaerbeek", "age": 34},
           "rights": [{"id": "integration_income", "status": "eligible"}], "claims": {}, "conditions": [],
           "visits": []}


def rows(store, table):
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(select(table)).mappings()]


def test_a_code_has_six_characters_without_lookalikes_shown_in_two_groups():
    assert not set("0O1IL5S2Z8B") & set(ALPHABET) and len(set(ALPHABET)) == len(ALPHABET) == 25
    drawn = [new_code() for _ in range(2000)]
    assert all(len(code) == LENGTH and set(code) <= set(ALPHABET) for code in drawn)
    assert len(set(drawn)) > 1990  # drawn at random, not from a sequence
    assert re.fullmatch(r"[A-Z0-9]{3}-[A-Z0-9]{3}", shown(drawn[0]))


def test_a_code_is_read_whatever_its_case_spaces_and_dashes():
    assert normalised("k7m-4qx") == normalised(" K7M 4QX ") == normalised("K7M4QX") == "K7M4QX"
    for wrong in ("K7M-4Q", "K7M-4QXX", "K0M-4QX", "KSM-4QX", "", "K7M-4Q\u00c9"):
        assert normalised(wrong) is None, wrong


def test_a_code_opens_twice_then_says_used_up(store):
    given = store.give(DOSSIER, "nl")
    first = store.open(shown(given.code).lower())
    assert (first.outcome, first.dossier, first.language, first.views_left) == ("shown", DOSSIER, "nl", 1)
    second = store.open(given.code)
    assert (second.outcome, second.dossier, second.views_left) == ("shown", DOSSIER, 0)
    [row] = rows(store, codes)
    assert row["dossier"] is None and row["views"] == 2  # the dossier is gone at once
    assert store.open(given.code).outcome == "used_up"


def test_a_code_works_for_7_days_and_is_deleted_when_tried_after(store, clock):
    kept, late = store.give(DOSSIER, "fr"), store.give(DOSSIER, "fr")
    clock.days(7)
    clock.now -= 1
    assert store.open(kept.code).outcome == "shown"
    clock.now += 1
    assert store.open(late.code).outcome == "expired"
    assert rows(store, codes) == []  # both gone: the one tried, and the other by the purge


def test_a_wrong_code_opens_nothing(store):
    given = store.give(DOSSIER, "fr")
    wrong = next(c for c in (new_code() for _ in range(10)) if c != given.code)
    assert store.open(wrong).outcome == "unknown"
    assert store.open("not a code at all").outcome == "unknown"
    assert store.open(given.code).views_left == 1  # wrong tries do not use the right code


def test_the_purge_deletes_expired_codes_and_keeps_the_others(store, clock):
    old = store.give(DOSSIER, "fr")
    clock.days(3)
    recent = store.give(DOSSIER, "fr")
    clock.days(4.5)
    assert store.purge() == 1
    assert [row["lookup"] for row in rows(store, codes)] == [recent.lookup]
    assert store.open(old.code).outcome == "unknown"


def test_every_opening_is_logged_with_its_outcome_only(store, clock):
    given = store.give(DOSSIER, "fr")
    store.open(given.code)
    store.open("AAAAAA")
    store.open(given.code)
    store.open(given.code)
    logged = rows(store, openings)
    assert [row["outcome"] for row in logged] == ["shown", "unknown", "shown", "used_up"]
    assert {column["name"] for column in inspect(store.engine).get_columns("handoff_openings")} == {"id", "at", "outcome"}
    assert all(row["at"] == int(clock.now) for row in logged)


def test_the_database_holds_neither_the_code_nor_the_dossier_in_clear(store):
    given = store.give(DOSSIER, "fr")
    [row] = rows(store, codes)
    assert set(row) == {"lookup", "created_at", "expires_at", "views", "language", "dossier"}
    raw = repr(row).encode() + bytes(row["dossier"])
    for secret in (given.code, shown(given.code), "schaerbeek", "integration_income"):
        assert secret.encode() not in raw
    assert row["lookup"] == keys(given.code)[0] != given.code


def test_a_code_deleted_with_the_person_s_data_opens_nothing(store):
    given = store.give(DOSSIER, "fr")
    store.forget(given.lookup)
    assert store.open(given.code).outcome == "unknown"


def test_the_migrations_go_down_and_up_again(store):
    store.migrate("base", down=True)
    assert not {"handoff_codes", "handoff_openings"} & set(inspect(store.engine).get_table_names())
    store.migrate()
    assert {"handoff_codes", "handoff_openings"} <= set(inspect(store.engine).get_table_names())


@pytest.mark.parametrize("typed", ["K7M-4QX", "k7m4qx"])
def test_a_code_is_never_written_to_the_log(store, caplog, typed):
    caplog.set_level("DEBUG")
    store.open(typed)
    assert "K7M" not in caplog.text.upper()
