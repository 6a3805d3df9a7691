"""The catalogs hold every message of the code, translated in both languages, in plain words."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "nl")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MAX_WORDS_PER_SENTENCE = 15


def read(path: Path):
    with open(path, "rb") as file:
        return read_po(file)


def keys(catalog) -> set[tuple[str | None, str]]:
    return {(message.context, message.id) for message in catalog if message.id}


def babel_keywords() -> list[str]:
    line = next(l for l in (ROOT / "Makefile").read_text().splitlines() if l.startswith("BABEL_KEYWORDS"))
    return shlex.split(line.split(":=", 1)[1])


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str | None, str]]:
    output = tmp_path_factory.mktemp("pot") / "messages.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), *babel_keywords(),
         "-o", str(output), str(ROOT)]
    )
    return keys(read(output))


@pytest.fixture(scope="module")
def catalogs():
    return {language: read(ROOT / "locales" / language / "LC_MESSAGES" / "messages.po")
            for language in LANGUAGES}


def test_the_template_holds_exactly_the_messages_of_the_code(extracted):
    template = keys(read(ROOT / "locales" / "messages.pot"))
    assert extracted - template == set(), "run 'make extract': messages in the code are missing"
    assert template - extracted == set(), "run 'make extract': the template has stale messages"


def test_no_message_is_a_code_name_picked_up_by_extraction(extracted):
    # say(language, TABLE[key]) makes Babel extract the string key as if it were a message.
    names = sorted(message for _, message in extracted if re.fullmatch(r"[a-z_]+", message) and " " not in message)
    assert names == [], f"code names extracted as messages: {names}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalog_holds_every_message_of_the_code(language, catalogs, extracted):
    assert extracted - keys(catalogs[language]) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_message_is_translated_and_not_fuzzy(language, catalogs):
    missing = [m.id for m in catalogs[language] if m.id and (not m.string or m.fuzzy)]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_the_placeholders_of_its_message(language, catalogs):
    different = [
        m.id for m in catalogs[language]
        if m.id and sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string))
    ]
    assert different == []


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_sentence_has_at_most_fifteen_words(language, catalogs):
    long = [
        sentence for m in catalogs[language] if m.id
        for sentence in sentences(m.string) if len(sentence.split()) > MAX_WORDS_PER_SENTENCE
    ]
    assert long == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_message_asks_at_most_one_question(language, catalogs):
    several = [m.string for m in catalogs[language] if m.id and m.string.count("?") > 1]
    assert several == []

