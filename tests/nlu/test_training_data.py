"""The NLU training data: enough examples per intent in each language, no example under two
intents, each language's files written in that language, the short answers under the intent the
dialogue expects, and no answer to the bot's questions among the out-of-scope examples."""

from __future__ import annotations

import collections
import pathlib
import re

import pytest
import yaml

from nlu.components.language_detector import detect_language, requested_language
from nlu.lexicon import find_answer, find_places
from nlu.lexicon import numbers as find_numbers_in

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


# Answers to the bot's questions, and the intent the forms read them under.
SHORT_ANSWERS = {
    "fr": {"oui": "affirm", "non": "deny", "je sais pas": "dont_know", "45": "inform",
           "Schaerbeek": "inform", "je préfère ne pas répondre": "rather_not_say"},
    "nl": {"ja": "affirm", "nee": "deny", "weet niet": "dont_know", "30": "inform",
           "Schaarbeek": "inform", "liever niet": "rather_not_say"},
}


def _blocks(language, key):
    """The lookup tables or regexes of one language: name -> examples."""
    found = collections.defaultdict(list)
    for path in _files(language):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in content.get("nlu", []):
            if key in block:
                found[block[key]] += [
                    line.strip()[2:] for line in block["examples"].splitlines() if line.strip().startswith("- ")
                ]
    return found


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


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_short_answers_are_examples_of_the_intent_the_forms_expect(language):
    intents = _by_intent(language)
    wrong = {
        text: intent for text, intent in SHORT_ANSWERS[language].items() if text not in intents[intent]
    }
    assert not wrong, f"{language}: not examples of the expected intent: {wrong}"


def _whole(entity, text):
    return text[entity["start"]:entity["end"]].strip(" ?!.,") == text.strip(" ?!.,")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_out_of_scope_example_is_an_answer_to_a_question(language):
    """A bare yes / no / don't know, a number or a commune is an answer, not small talk."""
    answers = []
    for text in _by_intent(language)["out_of_scope"]:
        answer = find_answer(text)
        entities = find_places(text) + find_numbers_in(text, language) + ([answer] if answer else [])
        if any(_whole(e, text) for e in entities):
            answers.append(text)
    assert not answers, f"{language} out_of_scope examples that answer a question: {answers}"


def test_both_languages_have_the_same_lookup_tables_and_regexes():
    for key in ("lookup", "regex"):
        assert set(_blocks("fr", key)) == set(_blocks("nl", key)), key
