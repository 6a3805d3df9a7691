from actions.eligibility.engine import assess
from actions.i18n import say
from actions.screening import messages
from tests.actions.conversation import Conversation
from tests.actions.screening.test_conditions import SINGLE_MOTHER

FULL = {**SINGLE_MOTHER, "student": False, "heating_oil": False, "energy_debt": False}


def text_of(result: list[dict]) -> str:
    return "\n".join(m["text"] for m in result)


def test_the_brief_result_for_sms_is_shorter_and_keeps_the_plan_and_every_office_contact():
    assessment = assess(FULL)
    full, brief = messages.result(assessment, "fr"), messages.result(assessment, "fr", brief=True)
    assert len(text_of(brief)) < 0.8 * len(text_of(full))
    assert brief[0]["text"] == full[0]["text"]  # the plan names every right on every channel
    assert "Boulevard Auguste Reyers 70" in text_of(brief) and "02 435 50 90" in text_of(brief)


def test_the_brief_result_gives_an_office_address_once_and_what_to_bring_once_a_visit():
    brief = messages.result(assess(FULL), "nl", brief=True)
    for message in brief:
        assert message["text"].count("Adres:") <= 1
        assert message["text"].count(say("nl", "Bring:")) <= 1


def test_a_screening_over_twilio_ends_with_the_brief_result():
    def result_text(channel):
        chat = Conversation("fr", input_channel=channel)
        chat.screening(FULL)
        return "\n".join(chat.texts[-6:])
    assert len(result_text("twilio")) < len(result_text("rest"))
