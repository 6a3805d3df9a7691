"""The language of each message: French or Dutch, or None when a message gives no clue.

Residents write short, misspelt, mixed messages ("ok ja", "slt", "1250"), so a statistical
detector trained on prose is of little use. Marker words and spelling cues of each language are
counted instead; a message with no marker (a number, a commune) gets None and the conversation
keeps the language it has. An explicit request ("Nederlands", "en français") is a separate,
stronger signal: the entity `language`, which the slot of that name follows.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Dict, List, Optional, Text

# Words that nearly always mark the language in residents' messages (function words, greetings,
# answers, SMS forms). Words shared by both languages ("ok", "allo", "cpas") are left out.
FRENCH_MARKERS = frozenset(
    """
    bonjour bjr bonsoir salut slt coucou merci mrc oui ouais ouai wi non nn je j jai j'ai suis
    tu vous il elle nous on est et ou mais avec sans pour dans chez les des une un le la du de au
    aux ce cette ces mon ma mes ton ta son sa qui que quoi quel quelle comment combien pourquoi
    ans enfant enfants seul seule mari femme travail chomage chômage loyer euros par mois rien
    aucun sais pas peut etre être avoir fait faire veux voudrais besoin aide aider svp stp
    s'il plait plaît d'accord dacc bien bon revoir parler personne mutuelle allocation
    allocations revenu pension famille maison appartement locataire propriétaire jsp chais
    effacer recommencer aujourd'hui ça ca très tres beaucoup
    """.split()
)
DUTCH_MARKERS = frozenset(
    """
    hallo hoi dag goeiedag goedendag goedemorgen goeiemorgen hey dank dankje dankuwel bedankt
    merci ja jep jawel nee neen nie niet ik ben heb je jij u we wij zij hij het een de en of
    maar met zonder voor naar bij van op in is zijn wat wie hoe hoeveel waarom welke mijn mij
    jaar jaren kind kinderen alleen man vrouw werk werkloos huur euro per maand niks geen
    weet niet misschien kan wil graag hulp helpen aub alstublieft alsjeblieft oké goed tot ziens
    spreken persoon ziekenfonds uitkering leefloon pensioen gezin huis appartement huurder
    eigenaar wissen opnieuw vandaag heel veel kweetni kweenie
    """.split()
)
# "merci" is said in Brussels Dutch too: it must not decide on its own.
FRENCH_MARKERS = FRENCH_MARKERS - {"merci"}
DUTCH_MARKERS = DUTCH_MARKERS - {"merci", "in", "appartement", "de"}

FRENCH_NAME = re.compile(r"\b(?:fran[cç]ais|frans|franstalig)\b", re.IGNORECASE)
DUTCH_NAME = re.compile(r"\b(?:n[ée]erlandais|nederlands|vlaams|flamand|nederlandstalig)\b", re.IGNORECASE)
# A language name in a short message is a request ("in het Nederlands aub", "je préfère le
# français"); in a long one it is more likely a remark ("je ne parle pas bien néerlandais mais...").
MAX_REQUEST_WORDS = 6
WORD = re.compile(r"[a-zàâäçéèêëîïôöûüùÿ']+", re.IGNORECASE)


def requested_language(text: str) -> Optional[str]:
    """The language a short message explicitly asks for ("Nederlands", "en français"), if any."""
    if len(text.split()) > MAX_REQUEST_WORDS:
        return None
    french, dutch = bool(FRENCH_NAME.search(text)), bool(DUTCH_NAME.search(text))
    if french == dutch:
        return None
    return "fr" if french else "nl"


def detect_language(text: str) -> Optional[str]:
    """The language a message is written in, or None when nothing in it tells."""
    asked = requested_language(text)
    if asked:
        return asked
    lowered = text.lower()
    words = WORD.findall(lowered)
    french = sum(1 for w in words if w in FRENCH_MARKERS or w.split("'")[0] in {"j", "l", "d", "qu", "c", "m", "s", "n"} and "'" in w)
    dutch = sum(1 for w in words if w in DUTCH_MARKERS)
    # Spelling cues weigh less than words: accents mark French, "ij"/"oe"/double vowels Dutch.
    french += 0.5 * len(re.findall(r"[éèêàçù]", lowered))
    dutch += 0.5 * len(re.findall(r"ij|oe[^u]|aa|uu|ee(?!s\b)|sch", _without_accents(lowered)))
    if french == dutch:
        return None
    return "fr" if french > dutch else "nl"


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


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
