"""The what-if command (`make -s what-if REFORM=... < caseload.csv`): what a reform does to a caseload.

Rules and parameter values change while the engine grows, so these tests fix the day (DATE) and
compute their expectations BY HAND from the parameter values read at test time (the formula used
is written beside each one); the profiles sit far from every ceiling except the one the reform
moves, clear of the ceiling margin and of the tolerance for stale ceilings.
"""
import csv
import datetime
import glob
import io
import os
import subprocess
import sys

import pytest

from actions.eligibility.bench import synthetic_csv
from actions.eligibility.reform_file import ReformError, ReformFile
from actions.eligibility.screen import screen
from actions.eligibility.system import tax_benefit_system
from actions.eligibility.what_if import COLUMNS, COUNTS, main, what_if

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DATE = datetime.date(2026, 12, 1)
START = "2026-01-01"  # the test reforms' start: before DATE, so they apply on DATE
HEADER = ("id,commune,age,living_with,children,children_ages,monthly_income,income_sources,benefits,"
          "residence_status,health_insurance,housing,social_housing_candidate,owns_property,disability,"
          "student,heating_oil,energy_debt")
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, "docs", "reforms", "*.yaml")))


def law():
    return tax_benefit_system().parameters(DATE.isoformat())


def row(id, commune="schaerbeek", age=40, living_with="alone", children=0, ages="none", income=0.0,
        sources="work", benefits="none", disability="false"):
    """A fully answered profile: Belgian, insured, private tenant, no property, not a student."""
    return (f"{id},{commune},{age},{living_with},{children},{ages},{income:.2f},{sources},{benefits},"
            f"belgian,true,private_rent,false,false,{disability},false,false,false")


def run(reform_text, rows, by=None, share=True):
    """{right: {column: value}} (or {(group, right): ...} with `by`) of a what-if on DATE."""
    out = io.StringIO()
    what_if(io.StringIO(HEADER + "\n" + "\n".join(rows) + "\n"), out, ReformFile(reform_text), date=DATE, by=by, share=share)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    return {((r[by], r["right"]) if by else r["right"]): r for r in table}


def monthly_for_taxable(annual_taxable):
    """The net monthly income the engine turns into this annual taxable income (income.py)."""
    income = law().income
    return annual_taxable / (float(income.months_per_year) * float(income.net_to_taxable_factor))


def margins():
    """(ceiling margin, stale-ceiling tolerance): a 'no' is sure only above ceiling x (1 + both)."""
    income = law().income
    return float(income.ceiling_margin), float(getattr(income, "stale_ceiling_tolerance", 0.0))


def counts(result, right):
    return {c: int(result[right][c]) for c in COUNTS}


def test_raising_the_bim_ceiling_makes_the_household_just_above_it_newly_eligible_and_no_one_else():
    # BIM ceiling of a one-person household = income_ceiling.base; reform: x 1.5.
    base = float(law().federal.increased_reimbursement.income_ceiling.base)
    margin, tolerance = margins()
    assert 1.3 > (1 + margin) * (1 + tolerance) and 1.3 < 1.5 * (1 - margin), "the hand example needs other ratios"
    reform = f"parameters:\n  - {{path: federal.increased_reimbursement.income_ceiling, factor: 1.5, from: {START}}}\n"
    rows = [row("below", income=monthly_for_taxable(0.5 * base)),    # eligible before and after
            row("between", income=monthly_for_taxable(1.3 * base)),  # above 1 x ceiling, below 1.5 x
            row("far", income=monthly_for_taxable(3.0 * base))]      # above both
    result = run(reform, rows)
    assert counts(result, "increased_reimbursement") == {
        "eligible_before": 1, "eligible_after": 2, "newly_eligible": 1, "no_longer_eligible": 0,
        "automatic_before": 0, "automatic_after": 0, "unknown_before": 0, "unknown_after": 0}


def test_raising_the_integration_income_makes_a_single_person_eligible_and_adds_the_amounts_by_hand():
    # integration_income_amount = category amount - monthly income (single person: amount.single).
    old = float(law().federal.integration_income.amount.single)
    new = round(2 * old, 2)
    margin, tolerance = margins()
    assert 1.5 > (1 + margin) * (1 + tolerance) and 1.5 * old < new * (1 - margin)
    reform = f"parameters:\n  - {{path: federal.integration_income.amount.single, value: {new}, from: {START}}}\n"
    rows = [row("none", age=30, income=0.0, sources="none"),
            row("some", age=30, income=1.5 * old)]
    result = run(reform, rows)["integration_income"]
    assert (int(result["eligible_before"]), int(result["eligible_after"]), int(result["newly_eligible"])) == (1, 2, 1)
    assert float(result["monthly_total_before"]) == pytest.approx(old, abs=0.01)
    assert float(result["monthly_total_after"]) == pytest.approx(new + (new - 1.5 * old), abs=0.01)


def test_the_arr_upper_age_at_the_pension_age_opens_the_arr_to_a_disabled_person_of_the_old_upper_age():
    # ARR amount of a person living alone = amount.single a year; the monthly total divides by months_per_year.
    # The baseline may already say "possibly" between the old limit and the pension age (a 2025 law
    # moves the limit from a date not found), so before is 0 or 1 household; after it is 1.
    today = law()
    upper, pension = int(today.federal.disability_income_allowance.maximum_age), int(today.federal.elderly_income_guarantee.minimum_age)
    assert upper < pension, "the reform only moves something while the ARR stops before the pension age"
    reform = (f"parameters:\n  - {{path: federal.disability_income_allowance.maximum_age,"
              f" same_as: federal.elderly_income_guarantee.minimum_age, from: {START}}}\n")
    rows = [row("at-old-limit", age=upper, disability="true", sources="none"),
            row("at-pension-age", age=pension, disability="true", sources="none")]
    table = run(reform, rows)
    result, amounts = counts(table, "disability_income_allowance"), table["disability_income_allowance"]
    assert result["eligible_after"] == 1 and result["no_longer_eligible"] == 0
    assert result["eligible_before"] + result["newly_eligible"] == 1
    monthly = float(today.federal.disability_income_allowance.amount.single) / float(today.income.months_per_year)
    assert float(amounts["monthly_total_before"]) == pytest.approx(monthly * result["eligible_before"], abs=0.01)
    assert float(amounts["monthly_total_after"]) == pytest.approx(monthly, abs=0.01)


def test_a_switch_makes_the_family_supplement_automatic_for_the_bim_household_only():
    lower = float(law().brussels.family_allowance_social_supplement.income_ceiling.lower)
    reform = (f"automatic:\n  - {{right: family_allowance_social_supplement, for_households_receiving: increased_reimbursement,"
              f" from: {START}}}\n")
    family = dict(living_with="partner", children=2, ages="4;9", income=monthly_for_taxable(0.3 * lower))
    rows = [row("bim", benefits="increased_reimbursement", **family), row("no-bim", **family)]
    result = run(reform, rows)
    assert counts(result, "family_allowance_social_supplement") == {
        "eligible_before": 2, "eligible_after": 2, "newly_eligible": 0, "no_longer_eligible": 0,
        "automatic_before": 0, "automatic_after": 1, "unknown_before": 0, "unknown_after": 0}
    supplement = result["family_allowance_social_supplement"]
    assert supplement["monthly_total_before"] == supplement["monthly_total_after"]


def test_a_reform_that_changes_nothing_for_the_caseload_gives_all_differences_zero():
    # A factor of 1, and a right made automatic for a group nobody in the caseload is in.
    reform = (f"parameters:\n  - {{path: federal.integration_income.amount, factor: 1, from: {START}}}\n"
              f"automatic:\n  - {{right: family_allowance_social_supplement, for_households_receiving: elderly_care_allowance,"
              f" from: {START}}}\n")
    rows = [row("poor", income=0.0, sources="none"),
            row("family", living_with="partner", children=2, ages="4;9", income=9000.0),
            row("retired", age=75, living_with="partner", income=9000.0, sources="pension")]
    result = run(reform, rows)
    assert len(result) == 20
    for right, r in result.items():
        assert r["eligible_before"] == r["eligible_after"], right
        assert r["automatic_before"] == r["automatic_after"], right
        assert r["unknown_before"] == r["unknown_after"], right
        assert (r["newly_eligible"], r["no_longer_eligible"]) == ("0", "0"), right
        assert r["monthly_total_before"] == r["monthly_total_after"], right


def test_by_commune_splits_the_counts_and_the_groups_add_up_to_the_whole():
    base = float(law().federal.increased_reimbursement.income_ceiling.base)
    reform = f"parameters:\n  - {{path: federal.increased_reimbursement.income_ceiling, factor: 1.5, from: {START}}}\n"
    rows = [row("a", commune="ixelles", income=monthly_for_taxable(1.3 * base)),
            row("b", commune="jette", income=monthly_for_taxable(1.3 * base)),
            row("c", commune="jette", income=monthly_for_taxable(0.5 * base)),
            row("d", commune="", income=monthly_for_taxable(1.3 * base))]
    whole, split = run(reform, rows), run(reform, rows, by="commune")
    assert sorted({group for group, _ in split}) == ["ixelles", "jette", "unknown"]
    assert int(split[("jette", "increased_reimbursement")]["newly_eligible"]) == 1
    for right, r in whole.items():
        for column in COUNTS:
            assert sum(int(split[(g, right)][column]) for g in ("ixelles", "jette", "unknown")) == int(r[column]), (right, column)


@pytest.mark.parametrize("path", EXAMPLES, ids=[os.path.basename(p) for p in EXAMPLES])
def test_each_example_reform_says_what_it_models_and_sharing_the_baseline_work_changes_no_figure(path):
    reform = ReformFile.read(path)
    assert reform.description and reform.description.rstrip().endswith("."), "one sentence saying what it models"
    caseload = synthetic_csv(1500, 0.05, seed=3)
    outputs = []
    for share in (True, False):
        out = io.StringIO()
        what_if(io.StringIO(caseload), out, reform, date=datetime.date(2027, 1, 1), share=share)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].splitlines()[0] == ",".join(COLUMNS)


def test_the_households_eligible_before_are_those_the_screen_finds_eligible():
    caseload = synthetic_csv(800, 0.0, seed=5)  # every field answered: one variant a row
    screened = io.StringIO()
    screen(io.StringIO(caseload), screened, date=DATE)
    statuses = list(csv.DictReader(io.StringIO(screened.getvalue())))
    out = io.StringIO()
    what_if(io.StringIO(caseload), out, ReformFile.read(os.path.join(ROOT, "docs", "reforms", "arr-upper-age-at-pension-age.yaml")), date=DATE)
    for r in csv.DictReader(io.StringIO(out.getvalue())):
        eligible = sum(s[r["right"]] in ("eligible", "possibly_eligible", "automatic", "already_receiving") for s in statuses)
        assert int(r["eligible_before"]) == eligible, r["right"]


def test_a_factor_follows_the_later_dated_values_and_same_as_follows_the_other_parameter():
    reform = ReformFile(
        "parameters:\n"
        "  - {path: federal.disability_income_allowance.maximum_age, same_as: federal.elderly_income_guarantee.minimum_age, from: 2027-01-01}\n"
        "  - {path: federal.increased_reimbursement.income_ceiling, factor: 1.1, from: 2020-01-01}\n")
    base, after = tax_benefit_system().parameters, reform.system().parameters
    pension = base.federal.elderly_income_guarantee.minimum_age
    arr = after.federal.disability_income_allowance.maximum_age
    for day in ("2027-01-01", "2031-06-01", *(v.instant_str for v in pension.values_list if v.instant_str > "2027-01-01")):
        assert arr(day) == pension(day), day
    assert arr("2026-12-31") == base.federal.disability_income_allowance.maximum_age("2026-12-31")
    ceiling = base.federal.increased_reimbursement.income_ceiling.base
    for v in ceiling.values_list:
        day = max(v.instant_str, "2020-01-01")
        assert after.federal.increased_reimbursement.income_ceiling.base(day) == pytest.approx(1.1 * ceiling(day)), day


BAD_REFORMS = [
    ("parameters:\n  - {path: federal.increased_reimbursement.income_celing, factor: 1.1, from: 2027-01-01}\n",
     "federal.increased_reimbursement.income_celing"),
    ("parameters:\n  - {path: federal.increased_reimbursement.income_ceiling, factor: abc, from: 2027-01-01}\n", "'abc'"),
    ("parameters:\n  - {path: federal.integration_income.amount.single, value: -5, from: 2027-01-01}\n", "-5"),
    ("parameters:\n  - {path: federal.disability_income_allowance.maximum_age, value: 66.5, from: 2027-01-01}\n", "66.5"),
    ("parameters:\n  - {path: federal.integration_income.amount.single, value: 1520, from: 2027-13-01}\n", "2027-13-01"),
    ("parameters:\n  - {path: federal.integration_income.amount.single, value: 1520, from: 01/01/2027}\n", "01/01/2027"),
    ("parameters:\n  - {path: federal.integration_income.amount.single, value: 1520}\n", "from is missing"),
    ("parameters:\n  - {path: federal.integration_income.amount.single, vaule: 1520, from: 2027-01-01}\n", "'vaule'"),
    ("automatic:\n  - {right: free_beer, for_households_receiving: increased_reimbursement, from: 2027-01-01}\n", "'free_beer'"),
    ("parameters: [\n", "malformed YAML"),
]


@pytest.mark.parametrize("text, named", BAD_REFORMS, ids=[
    "an unknown parameter", "a factor that is not a number", "a negative amount", "an age that is not whole",
    "a date that does not exist", "a date in the wrong format", "a missing date", "an unknown key",
    "an unknown right", "malformed YAML"])
def test_a_bad_reform_exits_2_with_one_line_naming_it_and_nothing_on_stdout(tmp_path, text, named):
    path = tmp_path / "reform.yaml"
    path.write_text(text)
    out, err = io.StringIO(), io.StringIO()
    code = main([str(path)], stdin=io.StringIO(HEADER + "\n" + row("x") + "\n"), stdout=out, stderr=err)
    assert code == 2
    assert out.getvalue() == ""
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and named in lines[0], lines


@pytest.mark.parametrize("options, named", [
    (["--date", "2026-02-30"], "DATE"), (["--by", "street"], "BY"), (["--colour", "red"], "--colour")])
def test_a_bad_date_or_grouping_exits_2_with_one_line_naming_it(options, named):
    out, err = io.StringIO(), io.StringIO()
    code = main([EXAMPLES[0], *options], stdin=io.StringIO(HEADER + "\n" + row("x") + "\n"), stdout=out, stderr=err)
    assert (code, out.getvalue()) == (2, "")
    assert len(err.getvalue().splitlines()) == 1 and named in err.getvalue()


def test_the_command_reads_the_caseload_on_stdin_and_a_bad_row_stops_it_with_exit_2():
    env = dict(os.environ, PYTHONPATH=ROOT)
    command = [sys.executable, "-m", "actions.eligibility.what_if", EXAMPLES[0], "--date", DATE.isoformat(), "--by", ""]
    good = subprocess.run(command, input=HEADER + "\n" + row("x") + "\n", capture_output=True, text=True, cwd=ROOT, env=env)
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines()[0] == ",".join(COLUMNS) and len(good.stdout.splitlines()) == 21
    bad = subprocess.run(command, input=HEADER + "\n" + row("x") + "\n" + row("y", age=-1) + "\n",
                         capture_output=True, text=True, cwd=ROOT, env=env)
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr.startswith("row 2: age:")


def test_a_reform_error_names_its_entry():
    with pytest.raises(ReformError) as error:
        ReformFile("parameters:\n  - {path: federal.nothing_here, value: 1, from: 2027-01-01}\n")
    assert error.value.line() == "reform parameters[1]: unknown parameter 'federal.nothing_here'"
