"""One term per thing: the catalogs use the glossary's term for each concept (locales/glossary.yaml),
explain the hard words they keep, avoid known calques, and speak to a volunteer of "the person"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "nl")
GLOSSARY = yaml.safe_load((ROOT / "locales" / "glossary.yaml").read_text(encoding="utf-8"))
MAX_WORDS = 15


def read(language: str) -> Catalog:
    with open(ROOT / "locales" / language / "LC_MESSAGES" / "messages.po", "rb") as file:
        return read_po(file)


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return {language: read(language) for language in LANGUAGES}


def entries(catalog) -> list[tuple[str | None, str, str]]:
    return [(m.context, m.id, m.string) for m in catalog if m.id]


def search(pattern: str, text: str):
    return re.search(pattern, text, re.IGNORECASE)


def off_glossary(entries: list[tuple[str | None, str, str]], language: str) -> list[str]:
    """What the catalog says outside the glossary: '<concept>: <word> in <entry>' for each entry
    that uses an avoided word for a listed concept (names excepted), or a hard word without its
    explanation."""
    found = []
    for concept in GLOSSARY["concepts"]:
        words = concept[language]
        for _, _, text in entries:
            left = text
            for name in words.get("names", ()):
                left = re.sub(name, " ", left, flags=re.IGNORECASE)
            for avoided in words.get("avoid", ()):
                match = search(avoided, left)
                if match:
                    found.append(f"{concept['concept']}: {match.group(0)!r} in {text!r}")
            if "explained_by" in words and search(words["term"], text) and not search(words["explained_by"], text):
                found.append(f"{concept['concept']}: {words['term']!r} without {words['explained_by']!r} in {text!r}")
    return found


def calques(entries: list[tuple[str | None, str, str]], language: str) -> list[str]:
    """Calques are matched with their case ("Vous êtes Belge" is the slip, "belge" is right)."""
    return [f"{c['avoid']!r} in {text!r} (say {c['say']!r})"
            for c in GLOSSARY["calques"][language] for _, _, text in entries if re.search(c["avoid"], text)]


def test_each_concept_has_a_term_and_a_short_plain_explanation_in_both_languages():
    for concept in GLOSSARY["concepts"]:
        for language in LANGUAGES:
            words = concept[language]
            assert words["term"] and words["explanation"], concept["concept"]
            assert len(words["explanation"].split()) <= MAX_WORDS, words["explanation"]
            for pattern in (words["term"], *words.get("avoid", ()), *words.get("names", ())):
                re.compile(pattern)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_term_of_the_glossary_is_used_by_its_catalog(language, catalogs):
    texts = [text for _, _, text in entries(catalogs[language])]
    unused = [c[language]["term"] for c in GLOSSARY["concepts"]
              if not any(search(c[language]["term"], text) for text in texts)]
    assert unused == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalog_entry_uses_a_term_outside_the_glossary_for_a_listed_concept(language, catalogs):
    assert off_glossary(entries(catalogs[language]), language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalog_entry_uses_a_known_calque(language, catalogs):
    assert calques(entries(catalogs[language]), language) == []


def test_the_glossary_check_names_an_entry_that_uses_another_term_for_a_listed_concept():
    wrong = [(None, "Your health insurance fund", "votre mutuelle"),
             (None, "Ask the office.", "Demandez au bureau."),
             (None, "the legal aid office", "le bureau d'aide juridique"),
             (None, "your last tax assessment", "votre avertissement-extrait de rôle")]
    found = off_glossary(wrong, "fr")
    assert len(found) == 3
    assert "'mutuelle'" in found[0] or any("'mutuelle'" in f for f in found)
    assert any("'bureau'" in f and "Demandez" in f for f in found)
    assert not any("aide juridique" in f for f in found)
    assert any("le calcul de vos impôts" in f for f in found)
    assert off_glossary([(None, "Bills", "uw rekeningen voor gas"), (None, "Aid", "Krijgt u al steun?")], "nl") != []


# The volunteer reads the questions on the person's behalf: nothing said in the person's own
# voice ("mon", "mijn") outside a quoted answer (after ":"), and no gender the source does not
# give. Iris may say "I" ("Je demande ..."); a button is the person's voice, so it may not.
MY = {"fr": r"\b(mon|ma|mes)\b|\bm'", "nl": r"\b(mijn|mij|me)\b"}
FIRST_PERSON = {"fr": r"\b(je|j'|moi)\b|\bj'|" + MY["fr"], "nl": r"\b(ik)\b|" + MY["nl"]}
GENDERED = {"fr": r"\b(son mari|sa femme|son épouse|son époux)\b", "nl": r"\b(haar|ze|zij|hij|hem|man|vrouw)\b"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_is_said_to_a_volunteer_speaks_of_the_person_without_assuming_a_gender(language, catalogs):
    wrong = []
    for context, _, text in entries(catalogs[language]):
        if context != "volunteer":
            continue
        before_quote = text.split(":")[0]
        if search(MY[language], before_quote) or search(GENDERED[language], text):
            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_first_person_option_has_a_volunteer_variant(language):
    from actions.screening.questions import QUESTIONS, options

    first_person = []
    for question in QUESTIONS.values():
        for _, label in options(question, language, volunteer=True):
            if search(FIRST_PERSON[language], label):
                first_person.append(label)
    assert first_person == []
