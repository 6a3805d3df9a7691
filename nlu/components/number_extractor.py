"""Rasa component: entity `number` (digits and words, fr and nl); rules in nlu/lexicon/number_finder.py."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from nlu.components.rule_entity_extractor import RuleEntityExtractor
from nlu.components.spacy_pipelines import language_of
from nlu.lexicon import numbers


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class NumberExtractor(RuleEntityExtractor):
    """Numbers and amounts: "1.250 €", "septante-deux", "twaalfhonderd", "dans les 900", "geen"."""

    def extract(self, text: Text, message: Message) -> List[Dict[Text, Any]]:
        return numbers(text, language_of(message.get("detected_language")))
