"""Children's ages are counted in the age bands of the parameters (brussels.family_allowance.child_age_bands),
at the assessment's date, and a rule with age limits of its own reads them only where they are band edges."""
import datetime
import glob
import inspect
import os
from types import SimpleNamespace

import numpy
import pytest
from openfisca_core import periods
from openfisca_core.parameters import Parameter
from openfisca_core.simulations import SimulationBuilder

from actions.eligibility import profile as P
from actions.eligibility.engine import assess, earliest_date, model
from actions.eligibility.screen import batch_from_rows
from actions.eligibility.system import tax_benefit_system

ENGINE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "actions", "eligibility")
DAY = datetime.date(2026, 11, 24)


def law(youngest, middle, oldest):
    edges = SimpleNamespace(youngest_max_age=youngest, middle_max_age=middle, oldest_max_age=oldest)
    return SimpleNamespace(brussels=SimpleNamespace(family_allowance=SimpleNamespace(child_age_bands=edges)))


def test_the_bands_follow_the_parameters_and_keep_the_input_variables_names():
    at = tax_benefit_system().parameters(DAY.isoformat()).brussels.family_allowance.child_age_bands
    bands = model(DAY).child_age_bands
    assert [name for name, _, _ in bands] == list(P.CHILD_AGE_BANDS)
    assert [high for _, _, high in bands] == [at.youngest_max_age, at.middle_max_age, at.oldest_max_age]
    assert bands[0][1] == 0
    assert all(bands[j + 1][1] == bands[j][2] + 1 for j in range(len(bands) - 1))


def test_other_edges_count_the_same_ages_otherwise():
    ages = numpy.array([[3, 12, 17, 24, 30, P.NO_CHILD]])
    assert P.count_by_band(ages, P.child_age_bands(law(11, 17, 24))).tolist() == [[1, 2, 1]]
    assert P.count_by_band(ages, P.child_age_bands(law(12, 16, 25))).tolist() == [[2, 0, 2]]


def test_a_rule_may_count_children_between_band_edges_only():
    household = {"num_children_under_12": numpy.array([1]), "num_children_12_to_17": numpy.array([2]),
                 "num_children_18_to_24": numpy.array([4])}

    def read(name, period):
        return household[name]

    def parameters(period):
        return law(11, 17, 24)

    assert P.num_children_aged(read, "2026", parameters, 12, 24).tolist() == [6]
    assert P.num_children_aged(read, "2026", parameters, 0, 17).tolist() == [3]
    for low, high in ((13, 24), (12, 25), (12, 20)):
        with pytest.raises(ValueError, match="not band edges"):
            P.num_children_aged(read, "2026", parameters, low, high)


def _rules_counting_children_by_age():
    names = []
    for path in glob.glob(os.path.join(ENGINE, "variables", "**", "*.py"), recursive=True):
        if "num_children_aged(" in open(path, encoding="utf-8").read():
            names.append(os.path.basename(path)[:-3])
    return sorted(names)


def _dates_an_age_changes():
    dates = {earliest_date()}
    for param in tax_benefit_system().parameters.get_descendants():
        if isinstance(param, Parameter) and param.metadata.get("unit") == "year":
            dates.update(v.instant_str for v in param.values_list)
    return sorted(d for d in dates if d >= earliest_date())


@pytest.mark.parametrize("variable", _rules_counting_children_by_age())
def test_every_rule_counting_children_by_its_own_ages_finds_band_edges_on_every_date_an_age_changes(variable):
    # A change of the law that moves a rule's age limit off the band edges would make the rule
    # raise; this finds it before a person does.
    tbs = tax_benefit_system()
    assert "num_children_aged" in inspect.getsource(type(tbs.variables[variable]))
    for date in _dates_an_age_changes():
        simulation = SimulationBuilder().build_default_simulation(tbs, 1)
        simulation.calculate(variable, periods.period(date))


def test_the_transport_rule_reads_its_own_age_limits():
    assert "is_public_transport_reduction_young_child" in _rules_counting_children_by_age()


def _transport_reasons(ages):
    profile = {"commune": "uccle", "age": 45, "living_with": "partner", "children": len(ages), "children_ages": ages,
               "monthly_income": 5000, "benefits": [], "date": DAY.isoformat()}
    right = next(r for r in assess(profile)["rights"] if r["id"] == "public_transport_reduction")
    return right["reasons"]


def test_a_child_at_each_youth_limit_counts_and_one_just_outside_does_not():
    youth = tax_benefit_system().parameters(DAY.isoformat()).brussels.public_transport_reduction
    assert "child_aged_12_to_24" in _transport_reasons([youth.youth_min_age])
    assert "child_aged_12_to_24" in _transport_reasons([youth.youth_max_age])
    assert "child_aged_12_to_24" not in _transport_reasons([youth.youth_min_age - 1])
    assert "child_aged_12_to_24" not in _transport_reasons([youth.youth_max_age + 1])


def test_a_caseload_keeps_the_ages_and_counts_them_like_one_profile():
    batch, _ = batch_from_rows(["children_ages"], [["3;12"], ["none"], [""], ["30;17;17"]], 1)
    counts = P.count_by_band(batch.values["children_ages"], model(DAY).child_age_bands)
    assert counts.tolist() == [[1, 1, 0], [0, 0, 0], [0, 0, 0], [0, 2, 0]]
    assert batch.known["children_ages"].tolist() == [True, True, False, True]
    assert batch.values["children"].tolist() == [2, 0, 0, 3]
