"""The plan of visits: one visit per office, the most urgent first, each document once."""

from actions.eligibility.engine import assess
from actions.screening.visits import monthly_value, plan, urgency
from tests.actions.screening.test_conditions import SINGLE_MOTHER

FULL = {**SINGLE_MOTHER, "student": False, "heating_oil": False, "energy_debt": True}


def right(right_id, office, documents=(), retroactive=False, advice="ask_soon", amount=None, status="eligible"):
    return {"id": right_id, "status": status, "claim": {"body": "cpas", "office": office},
            "documents": list(documents), "retroactivity": {"retroactive": retroactive, "advice": advice},
            "amount": amount}


CPAS = {"has_office": True, "commune_id": "jette", "name": {"fr": "CPAS de Jette", "nl": "OCMW Jette"},
        "address": "Rue Léon Theodor 108, 1090 Jette", "phone": "02 422 46 11", "website": None}


def test_two_rights_claimed_at_the_same_office_make_one_visit_with_each_document_once():
    visits = plan({"rights": [
        right("integration_income", CPAS, ["identity_document", "bank_account_number"],
              amount={"value": 1000, "period": "month"}),
        right("heating_allowance", CPAS, ["identity_document", "fuel_delivery_invoice"]),
    ]}, "fr")
    assert len(visits) == 1
    assert [r["id"] for r in visits[0].rights] == ["integration_income", "heating_allowance"]
    assert visits[0].documents == ("identity_document", "bank_account_number", "fuel_delivery_invoice")


def test_a_right_not_paid_back_for_the_months_before_the_claim_comes_before_a_richer_one_that_is():
    paid_back = right("family_allowance", "famiris", retroactive=True,
                      amount={"value": 900, "period": "month"})
    lost = right("integration_income", CPAS, retroactive=False, amount={"value": 100, "period": "month"})
    visits = plan({"rights": [paid_back, lost]}, "fr")
    assert [v.office["id"] for v in visits] == ["cpas_jette", "famiris"]


def test_among_equally_urgent_rights_the_one_worth_more_a_month_comes_first():
    small = right("legal_aid", ["baj_legal_aid_fr", "bjb_legal_aid_nl"], amount=None)
    large = right("integration_income", CPAS, amount={"value": 1200, "period": "year"})
    larger = right("disability_income_allowance", "stib", amount={"value": 300, "period": "month"})
    visits = plan({"rights": [small, large, larger]}, "fr")
    assert [v.rights[0]["id"] for v in visits] == ["disability_income_allowance", "integration_income", "legal_aid"]
    assert monthly_value(large) == 100


def test_a_right_with_nothing_to_lose_by_waiting_comes_after_one_whose_retroactivity_is_unknown():
    assert urgency(right("a", CPAS, retroactive=False)) == 0
    assert urgency(right("b", CPAS, retroactive="unknown")) == 1
    assert urgency(right("c", CPAS, retroactive=False, advice="none_needed")) == 2


def test_rights_that_come_by_themselves_or_are_ruled_out_are_no_visit():
    visits = plan({"rights": [right("maximum_billing", None, status="automatic"),
                              right("integration_income", CPAS, status="not_eligible")]}, "fr")
    assert visits == []


def test_legal_aid_is_claimed_at_the_office_of_the_persons_language():
    aid = right("legal_aid", ["baj_legal_aid_fr", "bjb_legal_aid_nl"])
    assert plan({"rights": [aid]}, "fr")[0].office["id"] == "baj_legal_aid_fr"
    assert plan({"rights": [aid]}, "nl")[0].office["id"] == "bjb_legal_aid_nl"


def test_an_office_known_only_by_its_body_is_one_visit_named_after_the_body():
    bim = {**right("increased_reimbursement", None), "claim": {"body": "mutuality"}}
    join = {**right("health_insurance_affiliation", None), "claim": {"body": "mutuality"}}
    visits = plan({"rights": [bim, join]}, "nl")
    assert len(visits) == 1 and visits[0].office["id"] == "mutuality" and visits[0].body == "mutuality"


def test_a_single_mother_in_schaerbeek_goes_first_to_the_cpas_and_no_office_is_visited_twice():
    visits = plan(assess(FULL), "fr")
    assert visits[0].office["id"] == "cpas_schaerbeek"
    ids = [v.office["id"] for v in visits]
    assert len(ids) == len(set(ids))
    for visit in visits:
        assert len(visit.documents) == len(set(visit.documents))
