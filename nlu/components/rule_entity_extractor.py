"""What the number, commune and answer extractors share as Rasa graph components.

Each extractor is a thin wrapper around a pure reader of nlu/lexicon (no Rasa there). `process`
replaces the entities this extractor added before (so processing a message twice does not
duplicate them) and keeps every other extractor's entities. The parsers need no training:
`process_training_data` returns the training data untouched, so annotated examples keep exactly
the entities their authors wrote.
"""

from __future__ import annotations

import abc
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, EXTRACTOR, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


class RuleEntityExtractor(GraphComponent, EntityExtractorMixin, abc.ABC):
    """Base class: entities from a pure function of the message text."""

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = config

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RuleEntityExtractor":
        return cls({**cls.get_default_config(), **config})

    @abc.abstractmethod
    def extract(self, text: Text, message: Message) -> List[Dict[Text, Any]]:
        """Entities (entity, value, start, end, ...) found in `text`."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            kept = [e for e in message.get(ENTITIES, []) if e.get(EXTRACTOR) != self.name]
            found = self.extract(text, message) if isinstance(text, str) and text else []
            for entity in found:
                entity.setdefault("confidence_entity", 1.0)
            message.set(ENTITIES, kept + self.add_extractor_name(found), add_to_output=True)
        return messages
