"""A "no" that rests on a stale ceiling (older than its revision cycle, freshness.py) becomes a
"maybe" when the income is less than income.stale_ceiling_tolerance above it (engine.py).

The days are computed from the parameters themselves (14 months after the ceiling's latest value
starts: stale; 2 months after: fresh), so new figures added to the parameters do not break these
tests, and nothing depends on today."""
import datetime
import io

import pytest

from actions.eligibility.engine import assess, earliest_date
from actions.eligibility.freshness import add_months, leaves
from actions.eligibility.screen import screen
from actions.eligibility.system import tax_benefit_system

BIM_CEILING = "federal.increased_reimbursement.income_ceiling"
RENT_CEILING = "brussels.rent_allowance.income_ceiling"
PERSON = {
    "commune": "schaerbeek", "age": 40, "living_with": "alone", "children": 0, "children_ages": [],
    "income_sources": ["work"], "benefits": [], "residence_status": "belgian", "health_insurance": True,
    "housing": "private_rent", "social_housing_candidate": False, "owns_property": False,
    "disability": False, "student": False, "heating_oil": False, "energy_debt": False,
}


def latest_start(path):
    node = tax_benefit_system().parameters
    for part in path.split("."):
        node = getattr(node, part)
    return max(datetime.date.fromisoformat(v.instant_str) for _, leaf in leaves(node) for v in leaf.values_list)


def stale_day(path):
    """14 months after the ceiling's latest value, and never before the engine knows every law."""
    return max(add_months(latest_start(path), 14), datetime.date.fromisoformat(earliest_date()))


def fresh_day(path):
    day = add_months(latest_start(path), 2)
    assert day.isoformat() >= earliest_date(), f"{path} has no value recent enough to test a fresh ceiling"
    return day


def monthly_income_for(annual_ceiling, share_above, day):
    """The net monthly income whose annual taxable income is `share_above` above the ceiling."""
    income = tax_benefit_system().parameters(day.isoformat()).income
    return round(annual_ceiling * (1 + share_above) / (income.months_per_year * income.net_to_taxable_factor), 2)


def bim_ceiling(day, members=1):
    ceiling = tax_benefit_system().parameters(day.isoformat()).federal.increased_reimbursement.income_ceiling
    return ceiling.base + ceiling.per_additional_member * (members - 1)


def right(profile, right_id, day):
    out = assess({**profile, "date": day.isoformat()})
    return next(r for r in out["rights"] if r["id"] == right_id)


def test_the_tolerance_is_engine_policy_and_wider_than_the_ceiling_margin():
    income = tax_benefit_system().parameters(stale_day(BIM_CEILING).isoformat()).income
    assert income.stale_ceiling_tolerance > income.ceiling_margin
    description = tax_benefit_system().parameters.income.stale_ceiling_tolerance.description
    assert "Engine policy" in description


def test_a_person_twelve_percent_above_a_stale_bim_ceiling_may_still_get_the_increased_reimbursement():
    day = stale_day(BIM_CEILING)
    person = {**PERSON, "monthly_income": monthly_income_for(bim_ceiling(day), 0.12, day)}
    bim = right(person, "increased_reimbursement", day)
    assert bim["status"] == "possibly_eligible"
    assert "ceiling_may_have_risen" in bim["reasons"]
    assert "income_above_ceiling" in bim["reasons"]


def test_a_person_twenty_percent_above_a_stale_bim_ceiling_is_still_not_entitled():
    day = stale_day(BIM_CEILING)
    person = {**PERSON, "monthly_income": monthly_income_for(bim_ceiling(day), 0.20, day)}
    bim = right(person, "increased_reimbursement", day)
    assert bim["status"] == "not_eligible"
    assert "ceiling_may_have_risen" not in bim["reasons"]


def test_with_a_fresh_bim_ceiling_twelve_percent_above_it_stays_a_no():
    day = fresh_day(BIM_CEILING)
    person = {**PERSON, "monthly_income": monthly_income_for(bim_ceiling(day), 0.12, day)}
    bim = right(person, "increased_reimbursement", day)
    assert bim["status"] == "not_eligible"
    assert bim["reasons"].count("ceiling_may_have_risen") == 0


def test_the_ceiling_compared_is_the_one_computed_for_the_household_size():
    # A couple with two children: 12 % above their raised ceiling, far more than 15 % above the base.
    day = stale_day(BIM_CEILING)
    family = {**PERSON, "living_with": "partner", "children": 2, "children_ages": [4, 9],
              "monthly_income": monthly_income_for(bim_ceiling(day, members=4), 0.12, day)}
    assert monthly_income_for(bim_ceiling(day, members=4), 0.12, day) > monthly_income_for(bim_ceiling(day), 0.15, day)
    bim = right(family, "increased_reimbursement", day)
    assert (bim["status"], "ceiling_may_have_risen" in bim["reasons"]) == ("possibly_eligible", True)


def test_a_no_that_also_rests_on_another_condition_stays_a_no():
    # Twelve percent above a stale rent-allowance ceiling, but not on the social-housing waiting list.
    day = stale_day(RENT_CEILING)
    ceiling = tax_benefit_system().parameters(day.isoformat()).brussels.rent_allowance.income_ceiling.single
    person = {**PERSON, "commune": "saint_gilles", "monthly_income": monthly_income_for(ceiling, 0.12, day)}
    assert right({**person, "social_housing_candidate": True}, "rent_allowance", day)["status"] == "possibly_eligible"
    rent = right(person, "rent_allowance", day)
    assert rent["status"] == "not_eligible"
    assert "ceiling_may_have_risen" not in rent["reasons"]


def test_an_unknown_answer_that_decides_the_other_condition_leaves_the_right_unknown():
    day = stale_day(RENT_CEILING)
    ceiling = tax_benefit_system().parameters(day.isoformat()).brussels.rent_allowance.income_ceiling.single
    person = {**PERSON, "commune": "saint_gilles", "monthly_income": monthly_income_for(ceiling, 0.12, day),
              "social_housing_candidate": None}
    out = assess({**person, "date": day.isoformat()})
    rent = next(r for r in out["rights"] if r["id"] == "rent_allowance")
    assert rent["status"] == "unknown"
    assert set(rent["could_be"]) == {"not_eligible", "possibly_eligible"}
    assert "social_housing_candidate" in rent["depends_on"]


@pytest.mark.parametrize("share_above, expected", [(0.12, "possibly_eligible"), (0.20, "not_eligible")])
def test_screening_a_caseload_turns_the_same_no_into_a_maybe(share_above, expected):
    day = stale_day(BIM_CEILING)
    income = monthly_income_for(bim_ceiling(day), share_above, day)
    fields = ["id", *PERSON, "monthly_income"]
    cells = {**{k: ("none" if v == [] else str(v).lower() if isinstance(v, bool) else ";".join(v) if isinstance(v, list) else str(v))
                for k, v in PERSON.items()}, "monthly_income": str(income)}
    text = ",".join(fields) + "\n" + ",".join(["a", *(cells[f] for f in fields[1:])]) + "\n"
    out = io.StringIO()
    screen(io.StringIO(text), out, date=day)
    header, row = out.getvalue().splitlines()
    assert dict(zip(header.split(","), row.split(",")))["increased_reimbursement"] == expected
