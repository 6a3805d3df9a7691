"""The language of each message: French or Dutch, or None when a message gives no clue.

Residents write short, misspelt, mixed messages ("ok ja", "slt", "1250"), so a statistical
detector trained on prose is of little use. Marker words and spelling cues of each language are
counted instead; a message with no marker (a number, a commune) gets None and the conversation
keeps the language it has. An explicit request ("Nederlands", "en français") is a separate,
stronger signal: the entity `language`, which the slot of that name follows.

The marker words and the names of the languages are in nlu/lexicon/markers_<language>.yaml.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Dict, FrozenSet, List, Optional, Text, Tuple

from nlu.lexicon import data
from nlu.lexicon.normalization import fold, key, normalize

# A language name in a short message is a request ("in het Nederlands aub", "je préfère le
# français"); in a long one it is more likely a remark ("je ne parle pas bien néerlandais mais...").
MAX_REQUEST_WORDS = 6
WORD = re.compile(r"[a-zàâäçéèêëîïôöûüùÿ']+", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def markers(language: str) -> Dict[str, FrozenSet[str]]:
    """The words that mark a message as written in `language` (markers_<language>.yaml): each
    folded word with the ways the file writes it ("etre": "être")."""
    found: Dict[str, set] = {}
    for word in data.word_list("markers", "words", language):
        found.setdefault(normalize(word), set()).add(" ".join(word.lower().split()))
    return {folded: frozenset(written) for folded, written in found.items()}


def _is_marker(typed: str, language: str) -> bool:
    """A word typed without accents is the marker whatever its accents ("etre" is "être"); a word
    typed with accents only as the marker writes it: "wé" (French SMS) is not the Dutch "we"."""
    folded = normalize(typed)
    written = markers(language).get(folded)
    return bool(written) and (typed == folded or typed in written)


@functools.lru_cache(maxsize=None)
def _names() -> Dict[str, FrozenSet[str]]:
    return {language: data.word_set("markers", "names", language) for language in data.LANGUAGES}


def _names_the_language(text: str) -> Tuple[bool, bool]:
    said = set(key(text).split())
    names = _names()
    return bool(said & names["fr"]), bool(said & names["nl"])


def requested_language(text: str) -> Optional[str]:
    """The language a short message explicitly asks for ("Nederlands", "en français"), if any."""
    if len(text.split()) > MAX_REQUEST_WORDS:
        return None
    french, dutch = _names_the_language(text)
    if french == dutch:
        return None
    return "fr" if french else "nl"


def detect_language(text: str) -> Optional[str]:
    """The language a message is written in, or None when nothing in it tells."""
    asked = requested_language(text)
    if asked:
        return asked
    lowered = text.lower()
    found = WORD.findall(lowered)
    elisions = data.word_set("markers", "elisions", "fr")
    french = sum(1 for w in found if _is_marker(w, "fr") or w.split("'")[0] in elisions and "'" in w)
    dutch = sum(1 for w in found if _is_marker(w, "nl"))
    # Spelling cues weigh less than words: accents mark French, "ij"/"oe"/double vowels Dutch.
    french += 0.5 * len(re.findall(r"[éèêàçù]", lowered))
    dutch += 0.5 * len(re.findall(r"ij|oe[^u]|aa|uu|ee(?!s\b)|sch", fold(lowered)))
    if french == dutch:
        return None
    return "fr" if french > dutch else "nl"


try:  # The Rasa wrapper; the functions above stay importable without Rasa.
    from rasa.engine.graph import ExecutionContext, GraphComponent
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe
    from rasa.engine.storage.resource import Resource
    from rasa.engine.storage.storage import ModelStorage
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData
except ImportError:  # pragma: no cover - the action server environment has no Rasa
    pass
else:

    @DefaultV1Recipe.register(
        [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
    )
    class LanguageDetector(GraphComponent):
        """Sets `detected_language` on each message and adds the entities `detected_language`
        and, for an explicit request, `language`."""

        @classmethod
        def create(
            cls,
            config: Dict[Text, Any],
            model_storage: ModelStorage,
            resource: Resource,
            execution_context: ExecutionContext,
        ) -> "LanguageDetector":
            return cls()

        def process_training_data(self, training_data: TrainingData) -> TrainingData:
            for example in training_data.training_examples:
                text = example.get("text")
                if text:
                    example.set("detected_language", detect_language(text))
            return training_data

        def process(self, messages: List[Message]) -> List[Message]:
            for message in messages:
                text = message.get("text") or ""
                language = detect_language(text)
                message.set("detected_language", language)
                entities = [
                    e
                    for e in message.get("entities", [])
                    if e.get("extractor") != self.__class__.__name__
                ]
                if language:
                    entities.append(self._entity("detected_language", language, text))
                asked = requested_language(text)
                if asked:
                    entities.append(self._entity("language", asked, text))
                message.set("entities", entities, add_to_output=True)
            return messages

        def _entity(self, name: str, value: str, text: str) -> Dict[Text, Any]:
            return {
                "entity": name,
                "value": value,
                "start": 0,
                "end": len(text),
                "confidence": 1.0,
                "extractor": self.__class__.__name__,
            }
