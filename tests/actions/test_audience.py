from rasa_sdk.executor import CollectingDispatcher

from actions.action_reply import ActionReply
from tests.actions.conftest import make_tracker

PROFILE = {"language": "fr", "commune": "schaerbeek", "benefits": [], "residence_status": "belgian",
           "monthly_income": 900}


def asked(metadata):
    # A first message: the welcome, then the first question, phrased for whoever reads it.
    tracker = make_tracker(slots={"language": "fr"})
    tracker.latest_message["metadata"] = metadata
    dispatcher = CollectingDispatcher()
    ActionReply().run(dispatcher, tracker, {})
    return dispatcher.messages[-1]


def test_a_volunteer_at_the_terminal_is_asked_about_the_person_in_the_third_person():
    message = asked({"mode": "terminal"})
    assert "la personne" in message["text"].lower()
    assert "vous" not in message["text"].lower().split()


def test_a_person_on_the_web_is_asked_directly():
    message = asked(None)
    assert "la personne" not in message["text"].lower()
    assert message["custom"]["ask"] == asked({"mode": "terminal"})["custom"]["ask"]


def test_an_unknown_mode_is_read_as_the_person_asking():
    assert "la personne" not in asked({"mode": "kiosk<script>"})["text"].lower()


def reading_on(channel, metadata):
    from actions.audience import wants_brief

    tracker = make_tracker(slots=dict(PROFILE))
    tracker.events = [{"event": "user", "text": "oui", "input_channel": channel, "metadata": metadata}]
    tracker.latest_message["metadata"] = metadata
    return wants_brief(tracker)


def test_sms_gets_the_brief_result_and_whatsapp_and_the_web_the_full_one():
    assert reading_on("twilio", {"messaging": "sms"})
    assert reading_on("twilio", None), "an SMS without the channel's metadata is still an SMS"
    assert not reading_on("twilio", {"messaging": "whatsapp"})
    assert not reading_on("rest", None)
