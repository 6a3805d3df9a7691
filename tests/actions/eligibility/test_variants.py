"""The variant layer: unknown answers are evaluated as variants, never read as "no"."""
import io
import csv

from actions.eligibility.engine import assess
from actions.eligibility.enums import RIGHT_IDS
from actions.eligibility.screen import screen

KNOWN = {
    "commune": "evere", "age": 40, "living_with": "alone", "children": 0, "monthly_income": 0,
    "income_sources": ["none"], "benefits": [], "residence_status": "belgian", "health_insurance": True,
    "housing": "private_rent", "social_housing_candidate": False, "owns_property": False,
    "disability": False, "student": False, "heating_oil": False, "energy_debt": False,
}


def without(*fields, **changes):
    profile = {k: v for k, v in KNOWN.items() if k not in fields}
    profile.update(changes)
    return profile


def statuses(profile):
    return {r["id"]: r["status"] for r in assess(profile)["rights"]}


def test_a_right_that_needs_two_unknown_fields_at_once_stays_unknown():
    # The ARR needs a disability AND an age from 21 to 64: neither alone reveals it.
    got = statuses(without("age", "disability", "monthly_income", "residence_status"))
    assert got["disability_income_allowance"] == "unknown"
    assert got["integration_allowance"] == "unknown"


def test_a_known_age_decides_the_pension_rights_whatever_else_is_unknown():
    got = statuses({"age": 30, "commune": "bruxelles", "benefits": []})
    assert got["elderly_income_guarantee"] == "not_eligible"
    assert got["elderly_care_allowance"] == "not_eligible"


def test_an_unknown_benefits_list_may_mean_already_receiving():
    assert statuses(without("benefits"))["integration_income"] == "unknown"


def test_the_field_that_settles_most_rights_is_asked_first():
    # disability can still change the ARR and the integration allowance; heating oil only the heating allowance.
    out = assess(without("disability", "heating_oil"))
    assert out["next_questions"][0] == "disability"
    assert "heating_oil" in out["next_questions"]


def test_a_household_receiving_every_right_has_nothing_more_to_answer():
    out = assess({"benefits": list(RIGHT_IDS)})
    assert {r["status"] for r in out["rights"]} == {"already_receiving"}
    assert out["next_questions"] == []


def test_screen_keeps_a_right_unknown_when_two_unknown_fields_are_needed_at_once():
    header = list(KNOWN)
    row = []
    for f in header:
        v = KNOWN[f]
        if f in ("age", "disability", "monthly_income", "residence_status"):
            row.append("")
        elif isinstance(v, list):
            row.append(";".join(v) if v else "none")
        elif isinstance(v, bool):
            row.append("true" if v else "false")
        else:
            row.append(str(v))
    out = io.StringIO()
    screen(io.StringIO(",".join(header) + "\n" + ",".join(row) + "\n"), out)
    got = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert got["disability_income_allowance"] == "unknown"
