from actions.eligibility.engine import assess
from actions.screening import messages
from tests.actions.conversation import Conversation
from tests.actions.screening.test_conditions import SINGLE_MOTHER

FULL = {**SINGLE_MOTHER, "student": False, "heating_oil": False, "energy_debt": False}


def text_of(result: list[dict]) -> str:
    return "\n".join(m["text"] for m in result)


def test_the_brief_result_for_sms_is_shorter_and_keeps_every_right_amount_and_office():
    assessment = assess(FULL)
    full, brief = text_of(messages.result(assessment, "fr")), text_of(messages.result(assessment, "fr", brief=True))
    assert len(brief) < 0.8 * len(full)
    for line in full.splitlines():
        if line.startswith("• ") or line.startswith("Jusqu'à") or line.startswith("Où :"):
            assert line in brief
    assert "Boulevard Auguste Reyers 70" in brief and "02 435 50 90" in brief


def test_the_brief_result_gives_an_office_address_once_and_what_to_bring_once_a_group():
    brief = messages.result(assess(FULL), "nl", brief=True)
    for message in brief:
        assert message["text"].count("Adres:") <= 1
        assert message["text"].count("Breng mee:") <= 1


def test_a_screening_over_twilio_ends_with_the_brief_result():
    def result_text(channel):
        chat = Conversation("fr", input_channel=channel)
        chat.screening(FULL)
        return "\n".join(chat.texts[-4:])
    assert len(result_text("twilio")) < len(result_text("rest"))
