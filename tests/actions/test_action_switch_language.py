from actions.action_reply import ActionReply

from tests.actions.conftest import language_entity, make_tracker


def switch(dispatcher, tracker):
    events = ActionReply().run(dispatcher, tracker, domain={})
    return dispatcher.messages[0], events


def test_asking_for_dutch_continues_in_dutch(dispatcher):
    tracker = make_tracker("Nederlands", slots={"language": "fr"},
                           entities=[language_entity("language", "nl")], intent="switch_language")
    message, events = switch(dispatcher, tracker)
    assert message["text"] == "Oké, we gaan verder in het Nederlands."
    assert events[0]["value"] == "nl"


def test_asking_for_french_continues_in_french(dispatcher):
    tracker = make_tracker("en français", slots={"language": "nl"},
                           entities=[language_entity("language", "fr")], intent="switch_language")
    message, events = switch(dispatcher, tracker)
    assert message["text"] == "D'accord, on continue en français."
    assert events[0]["value"] == "fr"


def test_asking_for_the_other_language_without_naming_it_toggles(dispatcher):
    tracker = make_tracker("other language", slots={"language": "nl"}, intent="switch_language")
    message, events = switch(dispatcher, tracker)
    assert message["custom"]["language"] == "fr"
    assert events[0]["value"] == "fr"
