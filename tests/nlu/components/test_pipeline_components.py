"""Each component built through `create(...)` as Rasa builds it, then run on a Message."""

import pytest

rasa = pytest.importorskip("rasa")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.recipes.default_recipe import DefaultV1Recipe  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from nlu.components.answer_extractor import AnswerExtractor  # noqa: E402
from nlu.components.commune_extractor import CommuneExtractor  # noqa: E402
from nlu.components.number_extractor import NumberExtractor  # noqa: E402
from nlu.components.spacy_tokenizer import SpacyBlankTokenizer  # noqa: E402

CONFIG_NAMES = {
    "nlu.components.spacy_tokenizer.SpacyBlankTokenizer": SpacyBlankTokenizer,
    "nlu.components.number_extractor.NumberExtractor": NumberExtractor,
    "nlu.components.commune_extractor.CommuneExtractor": CommuneExtractor,
    "nlu.components.answer_extractor.AnswerExtractor": AnswerExtractor,
}


def build(component_class, tmp_path):
    return component_class.create(
        component_class.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource(component_class.__name__),
        ExecutionContext(GraphSchema({}), "test"),
    )


@pytest.fixture
def pipeline(tmp_path):
    return [build(c, tmp_path) for c in CONFIG_NAMES.values()]


def run(pipeline, message):
    for component in pipeline:
        component.process([message])
    return message


def found(message):
    return sorted(
        (e["entity"], e["value"], e["extractor"], message.get("text")[e["start"]:e["end"]])
        for e in message.get("entities", [])
    )


@pytest.mark.parametrize("name,component_class", CONFIG_NAMES.items())
def test_rasa_finds_each_component_by_its_module_path_in_config_yml(name, component_class):
    registered = DefaultV1Recipe._from_registry(name)
    assert registered.clazz is component_class
    assert registered.is_trainable is False


def test_a_french_correction_gives_the_answer_the_number_and_the_commune(pipeline):
    message = Message(data={"text": "Non, j'ai 45 ans et j'habite à Schaerbeek", "detected_language": "fr"})
    run(pipeline, message)
    assert found(message) == [
        ("answer", "no", "AnswerExtractor", "Non"),
        ("commune", "schaerbeek", "CommuneExtractor", "Schaerbeek"),
        ("number", 45, "NumberExtractor", "45"),
    ]
    assert message.get("text_tokens")


def test_a_dutch_message_gives_an_approximate_amount_and_a_commune(pipeline):
    message = Message(data={"text": "ja, ik woon in Elsene en verdien ongeveer twaalfhonderd euro", "detected_language": "nl"})
    run(pipeline, message)
    numbers = [e for e in message.get("entities") if e["entity"] == "number"]
    assert numbers == [{
        "entity": "number", "value": 1200, "start": 42, "end": 55, "unit": "euro",
        "approximate": True, "confidence_entity": 1.0, "extractor": "NumberExtractor",
    }]
    assert ("commune", "ixelles", "CommuneExtractor", "Elsene") in found(message)
    assert ("answer", "yes", "AnswerExtractor", "ja") in found(message)


def test_a_shared_postal_code_gives_a_postal_code_entity(pipeline):
    message = run(pipeline, Message(data={"text": "1050", "detected_language": None}))
    assert ("postal_code", "1050", "CommuneExtractor", "1050") in found(message)
    assert not [e for e in message.get("entities") if e["entity"] == "commune"]


def test_processing_a_message_twice_does_not_duplicate_entities(pipeline):
    message = Message(data={"text": "geen idee, misschien 900", "detected_language": "nl"})
    run(pipeline, message)
    once = found(message)
    run(pipeline, message)
    assert found(message) == once
    assert len(once) == 2


def test_entities_of_other_extractors_are_kept(pipeline):
    other = {"entity": "language", "value": "nl", "start": 0, "end": 2, "extractor": "LanguageDetector"}
    message = Message(data={"text": "ja", "entities": [other]})
    run(pipeline, message)
    assert other in message.get("entities")
    assert ("answer", "yes", "AnswerExtractor", "ja") in found(message)


def test_process_training_data_leaves_the_annotated_entities_alone(tmp_path):
    annotated = {"entity": "commune", "value": "jette", "start": 12, "end": 17}
    example = Message(data={"text": "j'habite à Jette et j'ai 2 enfants", "intent": "inform", "entities": [annotated]})
    data = TrainingData([example])
    for component_class in (NumberExtractor, CommuneExtractor, AnswerExtractor):
        assert build(component_class, tmp_path).process_training_data(data) is data
    assert example.get("entities") == [annotated]


def test_an_empty_message_gets_no_entity(pipeline):
    message = run(pipeline, Message(data={"text": ""}))
    assert message.get("entities", []) == []
