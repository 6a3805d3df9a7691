"""Blank spaCy pipelines for French and Dutch with the lookup lemmatizer (no Rasa here).

Nothing is downloaded: `spacy.blank(lang)` brings the tokenizer rules of the language, and the
lemmatizer in "lookup" mode reads its table from spacy-lookups-data, an installed package. Each
pipeline is built once per process, the first time a message in that language needs it (not at
import), and shared afterwards.
"""

from __future__ import annotations

import threading
from typing import Dict, Optional

import spacy
from spacy.language import Language

SUPPORTED_LANGUAGES = ("fr", "nl")
DEFAULT_LANGUAGE = "fr"

_PIPELINES: Dict[str, Language] = {}
_LOCK = threading.Lock()


def language_of(detected: Optional[str]) -> str:
    """"fr" or "nl" from a detected language ("nl", "NL", "nl-BE", None -> "fr")."""
    if isinstance(detected, str):
        code = detected.strip().lower()[:2]
        if code in SUPPORTED_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def blank_pipeline(language: str) -> Language:
    """The blank pipeline of `language` ("fr" or "nl") with its lookup lemmatizer, built once."""
    language = language_of(language)
    pipeline = _PIPELINES.get(language)
    if pipeline is not None:
        return pipeline
    with _LOCK:
        if language not in _PIPELINES:
            nlp = spacy.blank(language)
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()  # loads the lookup table from spacy-lookups-data
            _PIPELINES[language] = nlp
        return _PIPELINES[language]
