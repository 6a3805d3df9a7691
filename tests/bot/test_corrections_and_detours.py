"""What people do in the middle of a screening besides answering: correct an answer, keep
something to themselves, switch language, ask something else, start again, delete, through the
running bot. The first question after the greeting and the ones after are the bot's choice, so
each test answers from a table until the moment it needs (tests/bot/screening_driver.py)."""

import sqlite3

from actions.i18n import say

from tests.bot.screening_driver import (
    answer_until, answer_until_asked, answer_until_result, is_yes_no, languages,
)

# A single woman on a small income, in French; her age decides the GRAPA.
SINGLE_WOMAN_FR = {
    "commune": "Koekelberg", "age": "j'ai 67 ans", "living_with": "seule", "children": "aucun",
    "children_ages": "aucun", "monthly_income": "dans les 1000 euros", "income_sources": "le chômage",
    "benefits": "non rien", "residence_status": "belge", "health_insurance": "oui",
    "housing": "je loue", "social_housing_candidate": "non", "owns_property": "non",
    "disability": "non", "student": "non", "heating_oil": "non", "energy_debt": "non",
}

# A man in Ganshoren, in Dutch, who first says he lives alone.
MAN_IN_GANSHOREN_NL = {
    "commune": "Ganshoren", "age": "50 jaar", "living_with": "ik woon alleen", "children": "geen",
    "children_ages": "geen", "monthly_income": "1600", "income_sources": "werk", "benefits": "nee",
    "residence_status": "Belg", "health_insurance": "ja", "housing": "ik huur",
    "social_housing_candidate": "nee", "owns_property": "nee", "disability": "nee", "student": "nee",
    "heating_oil": "nee", "energy_debt": "nee",
}

# The same kind of household in Dutch, for the second half of a screening begun in French.
SINGLE_WOMAN_NL = {
    "commune": "Koekelberg", "age": "67", "living_with": "ik woon alleen", "children": "geen",
    "children_ages": "geen", "monthly_income": "ongeveer 1000 euro", "income_sources": "werkloosheid",
    "benefits": "nee", "residence_status": "Belgische", "health_insurance": "ja", "housing": "ik huur",
    "social_housing_candidate": "nee", "owns_property": "nee", "disability": "nee", "student": "nee",
    "heating_oil": "nee", "energy_debt": "nee",
}


def asking(messages: list[dict]) -> str | None:
    return messages[-1].get("custom", {}).get("ask")


def test_non_j_ai_45_ans_corrects_the_age_while_another_question_is_pending_and_the_grapa_goes(person):
    messages = answer_until_asked(person, person.says("Bonjour"), SINGLE_WOMAN_FR, "age")
    messages = person.says(SINGLE_WOMAN_FR["age"])
    pending = asking(messages)
    assert pending and pending != "age", messages
    messages = person.says("non, j'ai 45 ans")
    assert messages[0]["text"] == say("fr", "Thank you, I have noted that."), messages
    # The "non" corrects the age: it is not the answer to the question that was pending.
    assert asking(messages) == pending, messages
    screening = answer_until_result(person, messages, SINGLE_WOMAN_FR)
    assert screening.profile["age"] == 45
    assert "age" not in screening.asked
    assert screening.statuses["elderly_income_guarantee"] == "not_eligible"


def test_non_j_ai_45_ans_while_a_yes_no_question_is_pending_corrects_the_age_and_answers_nothing_else(person):
    messages, asked = answer_until(person, person.says("Bonjour"), SINGLE_WOMAN_FR,
                                   lambda custom, asked: "age" in asked and is_yes_no(custom))
    pending = asking(messages)
    messages = person.says("non, j'ai 45 ans")
    assert asking(messages) == pending, f"the 'non' was taken as the answer to {pending!r}: {messages}"
    assert messages[0]["text"] == say("fr", "Thank you, I have noted that."), messages
    screening = answer_until_result(person, messages, SINGLE_WOMAN_FR)
    assert screening.profile["age"] == 45


def test_nee_we_zijn_met_twee_corrects_living_alone_and_is_not_taken_as_the_next_answer(person):
    messages = answer_until_asked(person, person.says("Hallo"), MAN_IN_GANSHOREN_NL, "living_with")
    messages = person.says(MAN_IN_GANSHOREN_NL["living_with"])
    pending = asking(messages)
    assert pending and pending != "living_with", messages
    messages = person.says("nee, we zijn met twee")
    screening = answer_until_result(person, messages, {
        **MAN_IN_GANSHOREN_NL, "living_with": ["met mijn vriendin"],
    }, [f"  (pending: {pending})", "  person: 'nee, we zijn met twee'"])
    assert screening.profile["living_with"] != "alone", screening.conversation()
    # Whatever was pending is not answered by the "nee" of the correction: it is asked later, or,
    # if the new household makes it a yes/no that changes one right only, told as an "if" line.
    told_as_condition = any(c["condition"].startswith(pending + "=") for c in screening.result["conditions"])
    assert pending in screening.asked or told_as_condition, screening.conversation()
    assert pending in screening.asked or pending not in screening.profile, screening.conversation()


def test_alleen_answers_who_one_lives_with_and_is_not_taken_for_a_goodbye(person):
    answer_until_asked(person, person.says("Hallo"), MAN_IN_GANSHOREN_NL, "living_with")
    messages = person.says("alleen")
    assert asking(messages) not in (None, "living_with"), messages


def test_i_d_rather_not_say_my_income_leaves_the_income_rights_open_never_refused(person):
    messages = answer_until_asked(person, person.says("Hallo"), MAN_IN_GANSHOREN_NL, "monthly_income")
    messages = person.says("dat zeg ik liever niet")
    assert asking(messages) != "monthly_income", messages
    screening = answer_until_result(person, messages, MAN_IN_GANSHOREN_NL)
    assert screening.profile["monthly_income"] is None
    assert "monthly_income" not in screening.asked
    for right in ("integration_income", "increased_reimbursement", "legal_aid"):
        assert screening.statuses[right] != "not_eligible", right


def test_switching_to_dutch_in_the_middle_keeps_the_french_answers_and_the_result_is_in_dutch(person):
    messages = person.says("Bonjour")
    given = []
    for _ in range(3):
        field = asking(messages)
        given.append(field)
        messages = person.says(SINGLE_WOMAN_FR[field])
    pending = asking(messages)
    confirmation, *rest = person.says("Nederlands")
    assert confirmation["text"] == say("nl", "All right, we continue in this language.")
    assert rest[-1]["custom"]["ask"] == pending
    assert rest[-1]["custom"]["language"] == "nl"
    screening = answer_until_result(person, rest, SINGLE_WOMAN_NL)
    assert not set(given) & set(screening.asked), f"asked again after the switch: {screening.asked}"
    assert screening.profile["commune"] == "koekelberg"
    assert languages(screening) == {"nl"}
    assert "OCMW Koekelberg" in screening.result_text
    assert say("fr", "Rights you can claim now:") not in screening.result_text


def test_a_weather_question_in_the_middle_of_a_french_screening_gets_the_pending_question_again(person):
    messages = answer_until_asked(person, person.says("Bonjour"), SINGLE_WOMAN_FR, "age")
    messages = person.says(SINGLE_WOMAN_FR["age"])
    pending = asking(messages)
    [message] = person.says("quel temps il fera demain ?")
    assert message["text"].startswith(say("fr", "Sorry, I did not understand your answer."))
    assert message["custom"]["ask"] == pending
    screening = answer_until_result(person, [message], SINGLE_WOMAN_FR)
    assert screening.profile[pending] is not None, "the pending question was skipped, not answered"


def test_help_in_the_middle_of_a_screening_explains_the_check_and_repeats_the_pending_question(person):
    messages = answer_until_asked(person, person.says("Bonjour"), SINGLE_WOMAN_FR, "age")
    pending = asking(person.says(SINGLE_WOMAN_FR["age"]))
    explanation, question = person.says("je comprends pas, c'est quoi le CPAS ?")
    assert explanation["text"].startswith(say("fr", "I ask a few questions, one at a time."))
    assert question["custom"]["ask"] == pending


def test_waarom_gets_the_reason_for_the_pending_question_and_the_question_again(person):
    messages = answer_until_asked(person, person.says("Hallo"), MAN_IN_GANSHOREN_NL, "monthly_income")
    reason, question = person.says("waarom wilt u dat weten?")
    assert reason["text"].startswith(say("nl", "I only ask what can change your rights."))
    assert say("nl", "Many aids depend on income. You may answer: I'd rather not say.") in reason["text"]
    assert question["custom"]["ask"] == "monthly_income"
    assert asking(messages) == "monthly_income"


def test_opnieuw_in_the_middle_of_a_screening_forgets_the_answers_given_before(person):
    messages = answer_until_asked(person, person.says("Hallo"), MAN_IN_GANSHOREN_NL, "age")
    messages = person.says(MAN_IN_GANSHOREN_NL["age"])
    messages = person.says("opnieuw")
    assert messages[0]["text"] == say("nl", "All right, we start again.")
    screening = answer_until_result(person, messages, {**MAN_IN_GANSHOREN_NL, "commune": "Evere",
                                                      "age": "33"})
    assert screening.profile["commune"] == "evere"
    assert screening.profile["age"] == 33
    assert {"commune", "age"} <= set(screening.asked)
    assert languages(screening) == {"nl"}


def test_the_delete_button_of_the_result_deletes_the_whole_screening(iris, person):
    screening = answer_until_result(person, person.says("Bonjour"), SINGLE_WOMAN_FR)
    buttons = {b["payload"]: b["title"] for b in screening.result_message["buttons"]}
    assert buttons["/delete_data"] == say("fr", "Delete my data")
    [message] = person.says("/delete_data")
    assert message["custom"]["deleted"] is True
    with sqlite3.connect(iris.tracker_db) as db:
        left = db.execute("select count(*) from events where sender_id = ?", (person.sender,)).fetchone()[0]
    assert left == 0


def test_a_postal_code_shared_by_two_communes_gets_which_one_and_the_button_answers_it(person):
    answer_until_asked(person, person.says("Bonjour"), SINGLE_WOMAN_FR, "commune")
    [message] = person.says("1050")
    assert message["text"].startswith(
        say("fr", "The postal code {code} belongs to more than one commune.").format(code="1050")), message
    assert message["custom"]["ask"] == "commune"
    assert [b["title"] for b in message["buttons"]] == ["Ixelles", "Bruxelles (Ville de Bruxelles)"]
    messages = person.says(message["buttons"][0]["payload"])
    assert asking(messages) not in (None, "commune"), messages
    screening = answer_until_result(person, messages, SINGLE_WOMAN_FR)
    assert screening.profile["commune"] == "ixelles"
    assert "commune" not in screening.asked
