"""What to do after a refusal or without an answer: the sourced route of the CPAS (the labour
tribunal, free, within the months of appeals.yaml), and for other offices no deadline invented."""

import pytest

from actions.i18n import say
from actions.screening.appeals import _appeals, guidance, route_of
from actions.screening.claims import REFUSED, WAITING
from actions.screening.vocabulary import RIGHT_NAMES

TRIBUNAL = {"fr": "tribunal du travail", "nl": "arbeidsrechtbank"}
LEGAL_AID = {"fr": "bajbruxelles.be", "nl": "02 519 84 68"}


def test_each_route_has_its_sources_and_every_figure_the_sentences_use():
    for route in _appeals()["routes"].values():
        assert route["sources"] and all(s.startswith("http") for s in route["sources"])
        assert {"deadline_months", "decision_within_days", "decision_sent_within_days", "cost"} <= set(route)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_refusal_of_the_cpas_says_the_labour_tribunal_free_and_the_deadline_from_the_data(language):
    text = "\n".join(guidance("integration_income", REFUSED, language))
    months = route_of("integration_income")["deadline_months"]
    assert TRIBUNAL[language] in text
    assert f" {months} " in text
    assert say(language, "It is free, and you do not need a lawyer.") in text
    assert say(language, RIGHT_NAMES["integration_income"]) in text
    assert LEGAL_AID[language] in text


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_no_answer_from_the_cpas_says_when_it_must_decide_and_to_keep_a_receipt(language):
    text = "\n".join(guidance("equivalent_social_aid", WAITING, language))
    assert f" {route_of('equivalent_social_aid')['decision_within_days']} " in text
    assert say(language, "Ask the CPAS for a receipt of your request, and keep it.") in text


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("outcome", [REFUSED, WAITING])
def test_a_right_without_a_sourced_route_gets_no_deadline_but_where_free_help_is(language, outcome):
    assert route_of("increased_reimbursement") is None
    text = "\n".join(guidance("increased_reimbursement", outcome, language))
    assert TRIBUNAL[language] not in text
    assert not any(c.isdigit() for line in text.split("\n")[:-4] for c in line)  # no figure but the help's phone
    assert say(language, "Free help to contest a decision:") in text
    assert say(language, "a social worker of your CPAS") in text


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_refusal_without_a_right_named_gives_the_cpas_route_and_the_others(language):
    text = "\n".join(guidance(None, REFUSED, language))
    assert say(language, "For a decision of the CPAS:") in text and say(language, "For another office:") in text
    assert TRIBUNAL[language] in text
