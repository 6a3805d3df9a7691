import pytest

from nlu.components.language_detector import detect_language, requested_language

FRENCH = [
    "Bonjour", "bjr", "slt", "salut ça va", "je sais pas", "jsp", "j'ai 45 ans", "oui",
    "non merci", "je vis seule avec mes 2 enfants", "je suis au chômage", "c'est combien",
    "j'habite à Schaerbeek", "je touche le CPAS", "on est deux", "pas de revenus",
    "je préfère ne pas dire", "rien", "ma femme travaille", "aucun enfant",
]
DUTCH = [
    "Hallo", "hoi", "goeiedag", "ik weet het niet", "weet niet", "ik ben 45 jaar", "ja",
    "nee dank je", "ik woon alleen met mijn 2 kinderen", "ik ben werkloos", "hoeveel is dat",
    "ik woon in Schaarbeek", "ik krijg leefloon van het OCMW", "we zijn met twee", "geen inkomen",
    "zeg ik liever niet", "niks", "mijn vrouw werkt", "geen kinderen", "kweetni",
]
NO_CLUE = ["1250", "45", "1030", "ok", "CPAS", "?", ""]


@pytest.mark.parametrize("text", FRENCH)
def test_a_french_message_is_detected_as_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", DUTCH)
def test_a_dutch_message_is_detected_as_dutch(text):
    assert detect_language(text) == "nl"


@pytest.mark.parametrize("text", NO_CLUE)
def test_a_message_without_a_language_clue_gives_none(text):
    assert detect_language(text) is None


@pytest.mark.parametrize(
    "text, language",
    [("Nederlands", "nl"), ("in het Nederlands aub", "nl"), ("en néerlandais", "nl"),
     ("en français", "fr"), ("Frans", "fr"), ("francais svp", "fr"), ("liever in het Frans", "fr")],
)
def test_a_short_request_for_a_language_names_that_language(text, language):
    assert requested_language(text) == language
    assert detect_language(text) == language


def test_a_language_named_in_a_long_remark_is_not_a_request():
    assert requested_language("je ne parle pas très bien le néerlandais mais je comprends") is None


def test_the_rasa_component_adds_the_detected_language_once():
    from rasa.shared.nlu.training_data.message import Message

    from nlu.components.language_detector import LanguageDetector

    detector = LanguageDetector()
    message = Message(data={"text": "in het Nederlands"})
    detector.process([message])
    detector.process([message])
    entities = {(e["entity"], e["value"]) for e in message.get("entities")}
    assert entities == {("detected_language", "nl"), ("language", "nl")}
    assert len(message.get("entities")) == 2
    assert message.get("detected_language") == "nl"
