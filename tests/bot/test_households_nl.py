"""Whole screenings in Dutch through the running bot, one household a test (how they are
written: tests/bot/test_households_fr.py)."""

from actions.i18n import say

from tests.bot.screening_driver import assert_right, languages, office_in, screen

CLAIM_NOW = say("nl", "Rights you can claim now:")
ASK_ABOUT = say("nl", "Rights to ask about:")


def test_an_asylum_seeker_without_health_insurance_in_schaerbeek_is_told_to_join_a_health_fund(person):
    screening = screen(person, "goeiedag", {
        "commune": "Schaarbeek", "age": "29 jaar", "living_with": "alleen", "children": "geen",
        "children_ages": "geen", "monthly_income": "niks", "income_sources": "geen inkomen",
        "benefits": "nee", "residence_status": "ik ben asielzoeker", "health_insurance": "nee",
        "housing": "ik woon bij een vriend", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "nee", "student": "nee", "heating_oil": "nee", "energy_debt": "nee",
    })
    assert screening.statuses["health_insurance_affiliation"] == "possibly_eligible"
    assert screening.statuses["legal_aid"] == "eligible"
    # Asylum seekers get their care through the reception network, not urgent medical aid.
    assert screening.statuses["urgent_medical_aid"] == "not_eligible"
    assert screening.statuses["integration_income"] == "not_eligible"
    assert screening.profile["health_insurance"] is False
    assert screening.heading_of("Lid worden van een ziekenfonds") == ASK_ABOUT
    assert screening.heading_of("Juridische bijstand: gratis of goedkope advocaat") == CLAIM_NOW
    assert languages(screening) == {"nl"}


def test_a_couple_with_three_children_and_low_wages_in_anderlecht_is_told_of_the_social_supplement(person):
    screening = screen(person, "Hallo", {
        "commune": "anderlecht", "age": "36", "living_with": "met mijn vrouw en de kinderen",
        "children": "drie", "children_ages": "3, 7 en 12",
        "monthly_income": "tweeduizend vierhonderd euro samen", "income_sources": "we werken allebei",
        "benefits": "kinderbijslag", "residence_status": "verblijfskaart", "health_insurance": "ja",
        "housing": "we huren", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "nee", "student": "nee", "heating_oil": "nee", "energy_debt": "nee",
    })
    assert screening.statuses["family_allowance_social_supplement"] == "eligible"
    assert screening.statuses["family_allowance"] == "already_receiving"
    assert screening.statuses["increased_reimbursement"] == "eligible"
    # BIM alone no longer gives the social tariff (since 1 July 2023).
    assert screening.statuses["social_energy_tariff"] == "not_eligible"
    assert screening.profile["children"] == 3
    assert screening.profile["monthly_income"] == 2400
    assert screening.heading_of("Sociale toeslag bij de kinderbijslag") == CLAIM_NOW
    assert languages(screening) == {"nl"}


def test_a_disabled_adult_in_evere_is_told_to_ask_for_the_disability_allowances(person):
    screening = screen(person, "dag", {
        "commune": "1140", "age": "vierenveertig", "living_with": "alleen", "children": "geen",
        "children_ages": "geen", "monthly_income": "zevenhonderd",
        "income_sources": "een uitkering van het ziekenfonds, ik ben ziek", "benefits": "nee",
        "residence_status": "Belg", "health_insurance": "ja", "housing": "ik huur een studio",
        "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "ja, ik heb een handicap", "student": "nee", "heating_oil": "nee",
        "energy_debt": "nee",
    })
    assert screening.statuses["disability_income_allowance"] == "possibly_eligible"
    assert screening.statuses["integration_allowance"] == "possibly_eligible"
    assert screening.statuses["integration_income"] == "eligible"
    assert screening.profile["commune"] == "evere"
    assert screening.profile["age"] == 44
    assert screening.heading_of("Inkomensvervangende tegemoetkoming voor personen met een handicap") == ASK_ABOUT
    assert office_in(screening.where("Leefloon van het OCMW"), "OCMW", "Evere")
    assert languages(screening) == {"nl"}


def test_a_homeless_man_in_brussels_city_is_sent_to_the_ocmw_of_the_city(person):
    # He does not know whether he is still with a health fund: that stays unknown, never "no".
    screening = screen(person, "hallo", {
        "commune": "Brussel stad", "age": "52", "living_with": "alleen", "children": "geen",
        "children_ages": "geen", "monthly_income": "niets", "income_sources": "niks", "benefits": "nee",
        "residence_status": "Belgisch", "health_insurance": "weet niet", "housing": "ik slaap op straat",
        "social_housing_candidate": "nee", "owns_property": "nee", "disability": "nee",
        "student": "nee", "heating_oil": "nee", "energy_debt": "nee",
    })
    assert screening.statuses["integration_income"] == "eligible"
    assert screening.statuses["health_insurance_affiliation"] == "unknown"
    assert screening.profile["health_insurance"] is None
    assert screening.profile["housing"] == "homeless"
    assert screening.heading_of("Leefloon van het OCMW") == CLAIM_NOW
    assert office_in(screening.where("Leefloon van het OCMW"), "OCMW", "Stad Brussel")
    assert languages(screening) == {"nl"}


def test_a_mother_living_outside_brussels_gets_no_brussels_right_and_no_brussels_office(person):
    screening = screen(person, "Hallo", {
        "commune": "ik woon in Vilvoorde", "age": "40", "living_with": "alleen met mijn dochter",
        "children": "1", "children_ages": "6", "monthly_income": "1300",
        "income_sources": "werkloosheid", "benefits": "nee", "residence_status": "Belgische",
        "health_insurance": "ja", "housing": "ik huur", "social_housing_candidate": "nee",
        "owns_property": "nee", "disability": "nee", "student": "nee", "heating_oil": "nee",
        "energy_debt": "ja",
    })
    assert screening.profile["commune"] == "outside_brussels"
    # Brussels rights follow the place where one lives.
    for right in ("family_allowance", "family_allowance_social_supplement", "protected_customer",
                  "rent_allowance"):
        assert screening.statuses[right] == "not_eligible", right
    assert screening.statuses["integration_income"] == "eligible"
    income = screening.block("Leefloon van het OCMW")
    assert say("nl", "The CPAS, the social service of your commune") in income
    assert "OCMW van" not in screening.result_text
    assert "Beschermde afnemer" not in screening.result_text
    assert languages(screening) == {"nl"}


def test_a_family_with_energy_debts_in_forest_is_told_to_ask_for_protected_customer_status(person):
    screening = screen(person, "goedemiddag", {
        "commune": "Vorst", "age": "33", "living_with": "met mijn partner", "children": "1",
        "children_ages": "2", "monthly_income": "ongeveer 2100", "income_sources": "werk",
        "benefits": "kinderbijslag", "residence_status": "belg", "health_insurance": "ja",
        "housing": "huurder", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "nee", "student": "nee", "heating_oil": "nee",
        "energy_debt": "ja, we hebben een achterstand bij Engie",
    })
    assert_right(screening, "protected_customer", "possibly_eligible", unless_told_if=("energy_debt", True))
    assert screening.statuses["family_allowance_social_supplement"] == "eligible"
    assert screening.statuses["social_energy_tariff"] == "not_eligible"
    assert screening.heading_of("Beschermde afnemer voor energie") in (
        ASK_ABOUT, say("nl", "If it is hard to pay your gas or electricity bills:"))
    assert office_in(screening.where("Beschermde afnemer voor energie"), "OCMW", "Vorst")
    assert languages(screening) == {"nl"}
