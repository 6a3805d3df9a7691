"""Rasa component: entity `answer` (yes, no, dont_know, rather_not_say); rules in nlu/lexicon/answers.py."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from nlu.lexicon import find_answer
from nlu.components.rule_entity_extractor import RuleEntityExtractor


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class AnswerExtractor(RuleEntityExtractor):
    """Yes / no / don't know / rather not say, when the message is essentially an answer."""

    def extract(self, text: Text, message: Message) -> List[Dict[Text, Any]]:
        answer = find_answer(text)
        return [answer] if answer else []
