"""Rasa component: entities `commune` and `postal_code`; rules in nlu/lexicon/places.py."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from nlu.lexicon import find_places
from nlu.components.rule_entity_extractor import RuleEntityExtractor


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class CommuneExtractor(RuleEntityExtractor):
    """Communes by French or Dutch name, postal code, abbreviation or misspelling."""

    def extract(self, text: Text, message: Message) -> List[Dict[Text, Any]]:
        return find_places(text)
