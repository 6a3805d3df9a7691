"""The cold-start benchmark's warm round meets people new to the server (bot/benchmarks/bench_chat.py),
so that its figure is not a replay of the cold round's answers from the engine's memory."""

from __future__ import annotations

from bot.benchmarks.bench_chat import unseen
from bot.benchmarks.households import HOUSEHOLDS


def test_each_warm_household_is_a_year_older_and_earns_thirteen_euros_more():
    single_mother = next(replies for name, _, replies in HOUSEHOLDS if name == "single mother in Schaerbeek")
    warm = unseen(single_mother)
    assert (warm["age"], warm["monthly_income"]) == ("35", "913")
    assert {k: v for k, v in warm.items() if k not in ("age", "monthly_income")} == \
        {k: v for k, v in single_mother.items() if k not in ("age", "monthly_income")}


def test_numbers_in_words_are_read_before_they_change():
    evere = next(replies for name, _, replies in HOUSEHOLDS if "Evere" in name)
    assert (unseen(evere)["age"], unseen(evere)["monthly_income"]) == ("73", "1063")


def test_a_household_without_income_keeps_its_answer():
    no_income = next(replies for _, _, replies in HOUSEHOLDS if replies["monthly_income"] in ("rien", "niks"))
    assert unseen(no_income)["monthly_income"] == no_income["monthly_income"]


def test_every_warm_household_differs_from_its_cold_one():
    assert all(unseen(replies) != replies for _, _, replies in HOUSEHOLDS)
