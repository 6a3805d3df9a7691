"""Whole screenings through the running bot, in each language: the person answers whatever the
bot asks, in their own words, until the result arrives with the contract's payload."""

import pytest

MAX_TURNS = 25


def screen(person, greeting: str, replies: dict[str, str]) -> tuple[dict, list[str], list[dict]]:
    messages = person.says(greeting)
    asked: list[str] = []
    for _ in range(MAX_TURNS):
        custom = messages[-1].get("custom", {})
        if "result" in custom:
            return custom["result"], asked, messages
        field = custom.get("ask")
        assert field, f"the bot neither asked nor concluded: {messages}"
        assert field not in asked[-2:] or field in ("commune",), f"{field} asked again: {messages}"
        asked.append(field)
        messages = person.says(replies[field])
    pytest.fail(f"no result after {MAX_TURNS} turns; asked {asked}")


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


def statuses(result: dict) -> dict[str, str]:
    return {right["id"]: right["status"] for right in result["rights"]}


def test_a_single_mother_in_schaerbeek_finishes_a_screening_in_french(person):
    result, asked, messages = screen(person, "Bonjour", SINGLE_MOTHER_FR)
    found = statuses(result)
    assert len(found) == 20
    assert found["family_allowance_social_supplement"] in ("eligible", "possibly_eligible", "automatic")
    assert found["increased_reimbursement"] in ("eligible", "possibly_eligible", "automatic")
    assert result["profile"]["commune"] == "schaerbeek"
    assert all(m["custom"].get("language") == "fr" for m in messages if "custom" in m)
    assert len(asked) <= 17


def test_a_retired_couple_in_anderlecht_finishes_a_screening_in_dutch(person):
    result, asked, messages = screen(person, "Hallo", RETIRED_COUPLE_NL)
    found = statuses(result)
    assert found["elderly_income_guarantee"] in ("eligible", "possibly_eligible", "automatic")
    assert found["public_transport_reduction"] in ("eligible", "possibly_eligible", "automatic")
    assert result["profile"]["age"] == 71
    texts = "\n".join(m.get("text", "") for m in messages)
    assert "Inkomensgarantie voor ouderen (IGO)" in texts


def test_i_dont_know_moves_the_screening_on_without_asking_again(person):
    person.says("Bonjour")
    first = person.says("je sais pas")[-1]["custom"]["ask"]
    second = person.says("je sais pas")[-1]["custom"]["ask"]
    assert first != second
