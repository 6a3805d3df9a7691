"""Whole screenings through the running bot, in each language: the person answers whatever the
bot asks, in their own words, until the result arrives with the contract's payload."""

from tests.bot.screening_driver import languages, screen

SINGLE_MOTHER_FR = {
    "commune": "j'habite à Schaerbeek", "age": "j'ai 34 ans", "living_with": "seule avec mes enfants",
    "children": "2", "children_ages": "4 et 9", "monthly_income": "dans les 900 euros",
    "income_sources": "le chômage", "benefits": "non rien", "residence_status": "belge",
    "health_insurance": "oui", "housing": "je loue un appart", "social_housing_candidate": "non",
    "owns_property": "non", "disability": "non", "student": "non", "heating_oil": "non",
    "energy_debt": "oui",
}

RETIRED_COUPLE_NL = {
    "commune": "Anderlecht", "age": "ik ben 71", "living_with": "met mijn vrouw",
    "children": "geen", "children_ages": "geen", "monthly_income": "1400",
    "income_sources": "pensioen", "benefits": "nee", "residence_status": "Belg",
    "health_insurance": "ja", "housing": "we huren", "social_housing_candidate": "nee",
    "owns_property": "nee", "disability": "nee", "student": "nee", "heating_oil": "ja",
    "energy_debt": "nee",
}


def test_a_single_mother_in_schaerbeek_finishes_a_screening_in_french(person):
    screening = screen(person, "Bonjour", SINGLE_MOTHER_FR)
    found = screening.statuses
    assert len(found) == 20
    assert found["family_allowance_social_supplement"] in ("eligible", "possibly_eligible", "automatic")
    assert found["increased_reimbursement"] in ("eligible", "possibly_eligible", "automatic")
    assert screening.profile["commune"] == "schaerbeek"
    assert languages(screening) == {"fr"}
    assert len(screening.asked) <= 17


def test_a_retired_couple_in_anderlecht_finishes_a_screening_in_dutch(person):
    screening = screen(person, "Hallo", RETIRED_COUPLE_NL)
    found = screening.statuses
    assert found["elderly_income_guarantee"] in ("eligible", "possibly_eligible", "automatic")
    assert found["public_transport_reduction"] in ("eligible", "possibly_eligible", "automatic")
    assert screening.profile["age"] == 71
    assert "Inkomensgarantie voor ouderen (IGO)" in screening.result_text


def test_i_dont_know_moves_the_screening_on_without_asking_again(person):
    person.says("Bonjour")
    first = person.says("je sais pas")[-1]["custom"]["ask"]
    second = person.says("je sais pas")[-1]["custom"]["ask"]
    assert first != second
