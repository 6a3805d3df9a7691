import re

import pytest

from actions.action_reply import ActionReply
from actions.plain_language import ABBREVIATIONS, explain_first_use
from tests.actions.conversation import Conversation

HOUSEHOLDS = {
    "a retired widow with a small pension": {
        "commune": "jette", "age": 78, "living_with": "alone", "children": 0, "children_ages": [],
        "monthly_income": 1100, "income_sources": ["pension"], "benefits": [],
        "residence_status": "belgian", "health_insurance": True, "housing": "private_rent",
        "social_housing_candidate": False, "owns_property": False, "disability": True,
        "student": False, "heating_oil": True, "energy_debt": False},
    "a young mother on unemployment benefit": {
        "commune": "molenbeek", "age": 23, "living_with": "alone", "children": 1, "children_ages": [2],
        "monthly_income": 1050, "income_sources": ["unemployment"], "benefits": [],
        "residence_status": "residence_permit", "health_insurance": True, "housing": "private_rent",
        "social_housing_candidate": False, "owns_property": False, "disability": False,
        "student": False, "heating_oil": False, "energy_debt": True},
}


def first_uses(texts: list[str], abbreviation: str) -> str | None:
    pattern = re.compile(rf"(?<![\w-]){abbreviation}(?![\w-])")
    return next((t for t in texts if pattern.search(t)), None)


def test_an_abbreviation_gets_its_meaning_on_first_use_only():
    explained: set[str] = set()
    first = explain_first_use("Allez au CPAS de Jette.", "fr", explained)
    second = explain_first_use("Le CPAS peut aider.", "fr", explained)
    assert first == "Allez au CPAS (le service social de votre commune) de Jette."
    assert second == "Le CPAS peut aider."


def test_a_message_that_gives_the_meaning_itself_is_left_as_it_is():
    explained: set[str] = set()
    text = "Garantie de revenus aux personnes âgées (GRAPA)"
    assert explain_first_use(text, "fr", explained) == text
    assert explained == {"GRAPA"}


def test_the_meaning_of_a_plural_abbreviation_comes_after_its_s():
    text = explain_first_use("Voor sommige OVM's is uw inkomen niet te hoog.", "nl", set())
    assert text.startswith("Voor sommige OVM's (")
    assert ")'s" not in text


def test_a_word_that_only_contains_an_abbreviation_is_not_touched():
    assert explain_first_use("Les APAISANTS et CPAS-info", "fr", set()) == "Les APAISANTS et CPAS-info"


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("household", sorted(HOUSEHOLDS))
def test_every_abbreviation_of_a_whole_conversation_is_explained_where_it_first_appears(language, household):
    chat = Conversation(language)
    chat.screening(HOUSEHOLDS[household], miss_each_question=True)
    chat.run(ActionReply(), text="pourquoi pas la GRAPA" if language == "fr" else "waarom geen IGO",
             intent="why_not")
    chat.run(ActionReply(), intent="help")
    chat.run(ActionReply(), intent="human_handoff")
    used = 0
    for abbreviation, meaning in ABBREVIATIONS[language].items():
        first = first_uses(chat.texts, abbreviation)
        if first is None:
            continue
        used += 1
        assert (f"({abbreviation})" in first or re.search(rf"\([^()]*{abbreviation}\)", first)
                or f"{abbreviation} (" in first), f"{abbreviation} unexplained in: {first}"
    assert used >= 2
