"""The NLU training data: enough examples per intent in each language, no example under two
intents, and each language's files written in that language."""

from __future__ import annotations

import collections
import pathlib
import re

import pytest
import yaml

from nlu.components.language_detector import detect_language, requested_language

NLU_DIR = pathlib.Path(__file__).resolve().parents[2] / "nlu"
LANGUAGES = ("fr", "nl")
MIN_EXAMPLES = 25
# Short answers ("ok ja", "nee non") may detect as the other language; only a few may.
MAX_OTHER_LANGUAGE_SHARE = 0.10


def _examples(path: pathlib.Path):
    """(intent, example) pairs of one NLU file."""
    content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for block in content.get("nlu", []):
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                yield block["intent"], line[2:].strip()


def _files(language):
    return sorted((NLU_DIR / language).glob("*.yml"))


def _by_intent(language):
    intents = collections.defaultdict(list)
    for path in _files(language):
        for intent, text in _examples(path):
            intents[intent].append(text)
    return intents


def _normalised(text: str) -> str:
    return re.sub(r"[\s?!.,]+", " ", text.lower()).strip()


def test_both_languages_have_the_same_intents():
    assert set(_by_intent("fr")) == set(_by_intent("nl"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_intent_has_at_least_25_examples_in_each_language(language):
    too_few = {i: len(e) for i, e in _by_intent(language).items() if len(e) < MIN_EXAMPLES}
    assert not too_few, f"intents with fewer than {MIN_EXAMPLES} {language} examples: {too_few}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_file_holds_one_intent_named_like_the_file(language):
    for path in _files(language):
        intents = {intent for intent, _ in _examples(path)}
        assert intents == {path.stem}, f"{path} holds {intents}"


def test_no_example_appears_under_two_intents():
    seen = collections.defaultdict(set)
    for language in LANGUAGES:
        for intent, examples in _by_intent(language).items():
            for text in examples:
                seen[_normalised(text)].add(intent)
    clashes = {text: sorted(intents) for text, intents in seen.items() if len(intents) > 1}
    assert not clashes, f"examples under several intents: {clashes}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_file_mixes_languages(language):
    other = "nl" if language == "fr" else "fr"
    for path in _files(language):
        # A message naming a language ("en néerlandais") detects as the language it asks for, by
        # design; what it is written in cannot be judged that way, so it is left out.
        examples = [text for _, text in _examples(path) if not requested_language(text)]
        if not examples:
            continue
        misplaced = [text for text in examples if detect_language(text) == other]
        share = len(misplaced) / len(examples)
        assert share <= MAX_OTHER_LANGUAGE_SHARE, (
            f"{path.name} ({language}): {len(misplaced)}/{len(examples)} examples detect as "
            f"{other}: {misplaced}"
        )
