"""A right named in a first message that is already a "yes" does not point to a result that does not exist yet."""
from actions.i18n import say
from actions.replies import right_named


class Dispatcher:
    def __init__(self):
        self.texts = []

    def utter_message(self, text=None, **kwargs):
        self.texts.append(text)


def test_a_yes_before_any_result_does_not_speak_of_the_result():
    assessment = {"rights": [{"id": "integration_income", "status": "eligible", "reasons": [],
                              "claim": {"body": "cpas"}}]}
    for language in ("fr", "nl"):
        dispatcher = Dispatcher()
        right_named.reply(dispatcher, assessment, "integration_income", language)
        lines = dispatcher.texts[0].split("\n")
        assert lines[1] == say(language, "You can ask for this right.")
        assert say(language, "You can ask for this right. It is in your result.") not in lines
