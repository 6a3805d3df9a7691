from actions.action_not_understood import ActionNotUnderstood

from tests.actions.conftest import make_tracker


def test_a_message_not_understood_gets_an_answer_with_an_example_in_the_conversation_language(dispatcher):
    events = ActionNotUnderstood().run(dispatcher, make_tracker("azerty", slots={"language": "nl"}), {})
    assert events == []
    text = dispatcher.messages[0]["text"]
    assert text.startswith("Sorry, ik heb het niet begrepen.")
    assert "bijvoorbeeld" in text
