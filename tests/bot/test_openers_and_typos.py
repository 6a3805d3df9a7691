"""People write as they speak: a first message that tells a situation starts the screening and
its facts are never asked again; typos, SMS spelling and hedged amounts are understood. Through
the running bot, in each language (the cases were written for these tests, apart from the frozen
held-out set of tests/understanding/heldout/)."""

import pytest

from tests.bot.screening_driver import answer_until_asked, answer_until_result

# Replies for whatever the bot asks after the first message (a household of the tests' own).
REST_FR = {
    "commune": "Evere", "age": "44 ans", "living_with": "seule", "children": "aucun", "children_ages": "aucun",
    "monthly_income": "1100", "income_sources": "mon salaire", "benefits": "non rien",
    "residence_status": "belge", "health_insurance": "oui", "housing": "je loue",
    "social_housing_candidate": "non", "owns_property": "non", "disability": "non", "student": "non",
    "heating_oil": "non", "energy_debt": "non",
}
REST_NL = {
    "commune": "Evere", "age": "44 jaar", "living_with": "alleen", "children": "geen", "children_ages": "geen",
    "monthly_income": "1100", "income_sources": "werk", "benefits": "nee",
    "residence_status": "Belg", "health_insurance": "ja", "housing": "ik huur",
    "social_housing_candidate": "nee", "owns_property": "nee", "disability": "nee", "student": "nee",
    "heating_oil": "nee", "energy_debt": "nee",
}

OPENERS = [
    ("fr", "Bonjour, je suis seule avec deux enfants", {"living_with": "alone", "children": 2}),
    ("fr", "bonsoir j'habite à Schaerbeek et je suis au chômage", {"commune": "schaerbeek", "income_sources": ["unemployment"]}),
    ("fr", "je suis étudiant à Ixelles", {"student": True, "commune": "ixelles"}),
    ("fr", "salut, j'ai 70 ans et je vis seul", {"age": 70, "living_with": "alone"}),
    ("fr", "est-ce que j'ai droit à la GRAPA ?", {}),
    ("fr", "j'ai une facture de gaz impayée, je vis à Anderlecht", {"energy_debt": True, "commune": "anderlecht"}),
    ("fr", "je vis avec mon mari et nos 3 enfants à Forest", {"living_with": "partner", "children": 3, "commune": "forest"}),
    ("fr", "on est sur la liste d'attente du logement social", {"social_housing_candidate": True}),
    ("fr", "je suis sans papiers", {"residence_status": "no_papers"}),
    ("fr", "svp j'ai besoin d'aide pour payer mon loyer", {}),
    ("nl", "Ik woon in Jette en ik heb geen inkomen", {"commune": "jette", "monthly_income": 0, "income_sources": ["none"]}),
    ("nl", "hallo, ik ben een alleenstaande moeder met 2 kinderen", {"living_with": "alone", "children": 2}),
    ("nl", "ik ben student en woon op kot in Etterbeek", {"student": True, "living_with": "others", "commune": "etterbeek"}),
    ("nl", "ik ben 68 jaar en woon alleen", {"age": 68, "living_with": "alone"}),
    ("nl", "heb ik recht op een leefloon?", {}),
    ("nl", "ik kan mijn gasfactuur niet betalen", {"energy_debt": True}),
    ("nl", "ik woon met mijn vrouw en 3 kinderen in Anderlecht", {"living_with": "partner", "children": 3, "commune": "anderlecht"}),
    ("nl", "we staan op de wachtlijst voor een sociale woning", {"social_housing_candidate": True}),
    ("nl", "ik heb geen papieren", {"residence_status": "no_papers"}),
    ("nl", "ik krijg een werkloosheidsuitkering", {"income_sources": ["unemployment"]}),
    ("fr", "c'est pour ma grand-mère, elle a 83 ans et vit seule à Berchem", {"age": 83, "living_with": "alone", "commune": "berchem_sainte_agathe"}),
    ("nl", "ik vraag dit voor mijn vader van 79, hij woont alleen in Evere", {"age": 79, "living_with": "alone", "commune": "evere"}),
]


@pytest.mark.parametrize("language, opener, facts", OPENERS, ids=[o[1] for o in OPENERS])
def test_a_first_message_that_tells_a_situation_starts_the_screening_and_its_facts_are_not_asked_again(
        person, language, opener, facts):
    messages = person.says(opener)
    assert messages[-1].get("custom", {}).get("ask"), f"no question after {opener!r}: {messages}"
    assert all(m.get("custom", {}).get("language") == language for m in messages if m.get("custom"))
    rest = dict(REST_FR if language == "fr" else REST_NL)
    ages = {2: ("4 et 9 ans", "4 en 9 jaar"), 3: ("2, 5 et 9 ans", "2, 5 en 9 jaar")}.get(facts.get("children"))
    if ages:
        rest["children_ages"] = ages[0] if language == "fr" else ages[1]
    screening = answer_until_result(person, messages, rest)
    for field, value in facts.items():
        assert field not in screening.asked, f"{field} asked again after {opener!r}"
        got = screening.profile.get(field)
        assert (sorted(got) == sorted(value)) if isinstance(value, list) else got == value, (field, got)


# (language, the field the bot asks, the reply, the value kept)
TYPOS_AND_HEDGES = [
    ("fr", "monthly_income", "environ 1200", 1200),
    ("fr", "monthly_income", "entre 1000 et 1200 je dirais", 1100),
    ("fr", "monthly_income", "300 par semaine", 1300),
    ("fr", "monthly_income", "je sais pas trop, vers les 1500", 1500),
    ("fr", "living_with", "seulle", "alone"),
    ("fr", "children", "deux enfents", 2),
    ("fr", "monthly_income", "un peu plus de 900", 900),
    ("fr", "commune", "schaerbek", "schaerbeek"),
    ("fr", "residence_status", "je sui belge", "belgian"),
    ("fr", "age", "quarante-quatre", 44),
    ("nl", "monthly_income", "ongeveer 1300", 1300),
    ("nl", "monthly_income", "rond de 1000 euro", 1000),
    ("nl", "monthly_income", "18000 per jaar", 1500),
    ("nl", "monthly_income", "tussen 1000 en 1400", 1200),
    ("nl", "living_with", "aleen", "alone"),
    ("nl", "children", "geeen kinderen", 0),
    ("nl", "residence_status", "belgish", "belgian"),
    ("nl", "living_with", "allen", "alone"),
    ("nl", "commune", "schaarbeek", "schaerbeek"),
    ("nl", "age", "vierenveertig", 44),
    ("fr", "monthly_income", "1800 brut donc net environ 1450", 1450),
    ("nl", "monthly_income", "1800 bruto dus netto ongeveer 1450", 1450),
]


@pytest.mark.parametrize("language, field, reply, value", TYPOS_AND_HEDGES, ids=[f"{t[0]}-{t[2]}" for t in TYPOS_AND_HEDGES])
def test_a_reply_with_a_typo_or_a_hedge_is_understood_the_first_time(person, language, field, reply, value):
    rest = dict(REST_FR if language == "fr" else REST_NL)
    if field == "children" and value:
        rest["children_ages"] = "4 et 9 ans" if language == "fr" else "4 en 9 jaar"
    messages = answer_until_asked(person, person.says("bonjour" if language == "fr" else "hallo"), rest, field)
    rest[field] = reply
    screening = answer_until_result(person, messages, rest)
    got = screening.profile.get(field)
    assert screening.asked.count(field) == 1, f"{field} asked again after {reply!r}"
    if isinstance(value, list):
        assert sorted(got) == sorted(value), got
    elif isinstance(value, float) or field == "monthly_income":
        assert abs(got - value) <= 1, got
    else:
        assert got == value, got
