"""A Rasa tokenizer that splits and lemmatizes each message with spaCy's blank fr or nl pipeline.

The language of a message is `message.get("detected_language")`, which the LanguageDetector
(earlier in the pipeline) sets; "fr" when it is None. When the attribute is absent altogether (the
training examples, when the detector does not run on training data), the detector's pure function
is asked directly, so that Dutch examples are lemmatized in Dutch at training time as they are at
prediction time. Token lemmas feed CountVectorsFeaturizer (`use_lemma`, on by default).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.components.spacy_pipelines import blank_pipeline, language_of

DETECTED_LANGUAGE = "detected_language"
_MISSING = object()


def _detect(text: str) -> Optional[str]:
    try:
        from nlu.components.language_detector import detect_language
    except ImportError:  # pragma: no cover - the detector is another component's module
        return None
    return detect_language(text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class SpacyBlankTokenizer(Tokenizer):
    """Tokens and lookup lemmas from `spacy.blank("fr")` or `spacy.blank("nl")`."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SpacyBlankTokenizer":
        return cls({**cls.get_default_config(), **config})

    @staticmethod
    def language_for(message: Message) -> str:
        """The language to tokenize `message` in: "fr" or "nl"."""
        detected = message.data.get(DETECTED_LANGUAGE, _MISSING)
        if detected is _MISSING:
            detected = _detect(message.get(TEXT) or "")
        return language_of(detected)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute)
        if not text:
            return []
        doc = blank_pipeline(self.language_for(message))(text)
        tokens = [
            Token(t.text, t.idx, lemma=(t.lemma_ or t.text).lower())
            for t in doc
            if t.text.strip()
        ]
        if not tokens:
            tokens = [Token(text, 0)]
        return self._apply_token_pattern(tokens)
