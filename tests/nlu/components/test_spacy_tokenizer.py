"""The blank spaCy tokenizer: French or Dutch tokens with lookup lemmas, for CountVectorsFeaturizer."""

import pytest

from nlu.components.spacy_pipelines import blank_pipeline, language_of

rasa = pytest.importorskip("rasa")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from nlu.components.spacy_tokenizer import SpacyBlankTokenizer  # noqa: E402


@pytest.fixture
def tokenizer(tmp_path):
    return SpacyBlankTokenizer.create(
        SpacyBlankTokenizer.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("tokenizer"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def lemmas(message):
    return [(t.text, t.lemma) for t in message.get("text_tokens")]


def test_a_french_message_gets_french_lemmas(tokenizer):
    message = Message(data={"text": "Je travaille et mes enfants sont malades", "detected_language": "fr"})
    tokenizer.process([message])
    assert ("travaille", "travailler") in lemmas(message)
    assert ("enfants", "enfant") in lemmas(message)


def test_a_dutch_message_gets_dutch_lemmas(tokenizer):
    message = Message(data={"text": "Ik verdien weinig en mijn inkomsten dalen", "detected_language": "nl"})
    tokenizer.process([message])
    assert ("verdien", "verdienen") in lemmas(message)
    assert ("inkomsten", "inkomst") in lemmas(message)


def test_a_message_without_a_detected_language_is_tokenized_in_french(tokenizer):
    message = Message(data={"text": "1250 €", "detected_language": None})
    tokenizer.process([message])
    assert SpacyBlankTokenizer.language_for(message) == "fr"
    assert [t.text for t in message.get("text_tokens")] == ["1250", "€"]


def test_token_offsets_point_into_the_original_text(tokenizer):
    text = "J'habite à Schaerbeek, 1.250€"
    message = Message(data={"text": text, "detected_language": "fr"})
    tokenizer.process([message])
    for token in message.get("text_tokens"):
        assert text[token.start:token.end] == token.text


def test_training_examples_are_tokenized_in_their_own_language(tokenizer):
    example = Message(data={"text": "ik verdien weinig", "intent": "inform"})
    tokenizer.process_training_data(TrainingData([example]))
    assert ("verdien", "verdienen") in lemmas(example)


def test_each_blank_pipeline_is_built_once_per_process():
    assert blank_pipeline("fr") is blank_pipeline("fr")
    assert blank_pipeline("nl") is blank_pipeline("nl-BE")
    assert blank_pipeline("fr") is not blank_pipeline("nl")


@pytest.mark.parametrize("detected,expected", [("fr", "fr"), ("nl", "nl"), ("NL", "nl"), (None, "fr"), ("en", "fr")])
def test_the_language_is_fr_or_nl_and_fr_by_default(detected, expected):
    assert language_of(detected) == expected
