"""A word Iris understands is defined once: in one file of nlu/lexicon/, with one meaning.

- Within a kind and a language, a word (after normalisation) has one meaning: "cpas" is not both
  integration income and social housing in aids_fr.yaml.
- No Python under nlu/ or actions/ lists again, as a literal list, tuple, set or dict of quoted
  words, a word that the lexicon defines: the code reads the lexicon instead.
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

from nlu.lexicon import data, key

ROOT = Path(__file__).resolve().parents[3]
def _meanings(kind: str, language: str) -> list[tuple[str, object]]:
    """(word as folded, meaning) for every word or phrase of a kind in a language."""
    if kind in data.MEANING_KINDS:
        return [(" ".join(e.words), e.value) for e in data.entries(kind, language)]
    if kind == "numbers":
        words = [(w, ("number", v)) for w, v in data.number_map("numbers", "words", language).items()]
        about = [(w, ("about", v)) for w, v in data.number_map("numbers", "about_nouns", language).items()]
        return words + about
    if kind == "communes":
        found = []
        for commune in data.communes():
            own = commune.name_fr if language == "fr" else commune.name_nl
            for name in (own,) + commune.other_names + commune.region_names:
                found.append((key(name), commune.id))
        found.extend((key(name), "outside_brussels") for name in data.places_outside())
        return found
    raise KeyError(kind)


KINDS = data.MEANING_KINDS + ("numbers", "communes")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", data.LANGUAGES)
def test_a_word_has_one_meaning_within_a_kind_and_a_language(kind, language):
    meanings = collections.defaultdict(set)
    for word, meaning in _meanings(kind, language):
        meanings[word].add(repr(meaning))
    twice = {word: sorted(found) for word, found in meanings.items() if len(found) > 1}
    assert twice == {}


def test_a_word_given_twice_with_two_meanings_is_found(monkeypatch):
    entries = (data.Entry(("cpas",), "integration_income", "aids", "fr", "CPAS"),
               data.Entry(("cpas",), "social_housing", "aids", "fr", "cpas"))
    monkeypatch.setattr(data, "entries", lambda kind, language=None: entries)
    with pytest.raises(AssertionError):
        test_a_word_has_one_meaning_within_a_kind_and_a_language("aids", "fr")


def _lexicon_words() -> dict[str, str]:
    """Every word or phrase the lexicon gives a meaning, folded -> the file that defines it."""
    found = {}
    for kind in KINDS:
        for language in data.LANGUAGES:
            for word, _ in _meanings(kind, language):
                found.setdefault(word, f"{kind}_{language}")
    return found


def _identifiers() -> set[str]:
    """Contract values and field names: code may name them ("pension", "student", "no")."""
    names = {"yes", "no", "dont_know", "rather_not_say", "none", "fr", "nl"}
    for kind in data.MEANING_KINDS:
        for entry in data.entries(kind):
            value = entry.value
            names.update(value if isinstance(value, tuple) else (value,))
    names.update(c.id for c in data.communes())
    return {n for n in names if isinstance(n, str)}


def _literal_word_lists(tree: ast.AST):
    """(line, words) for each literal list, tuple or set of two quoted strings or more, each
    dict that maps quoted words to plain values ({"deux": 2}), and each `"...".split()` of a
    quoted string. A dict whose values are computed (`{"CPAS": N_("...")}`) names things the
    bot says, not words it reads."""
    for node in ast.walk(tree):
        strings = []
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
            strings = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
              and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
            strings = node.func.value.value.split()
        if len(strings) >= 2:
            yield node.lineno, strings


def _repeated_words(path: Path) -> list[str]:
    lexicon = _lexicon_words()
    identifiers = _identifiers()
    found = []
    for line, strings in _literal_word_lists(ast.parse(path.read_text(encoding="utf-8"))):
        for text in strings:
            if text in identifiers or not any(c.isalpha() for c in text):
                continue
            folded = key(text)
            if folded in lexicon:
                found.append(f"{path.relative_to(ROOT)}:{line} {text!r} (in {lexicon[folded]})")
    return found


def _python_files() -> list[Path]:
    return sorted(p for folder in ("nlu", "actions") for p in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in p.parts)


def test_no_python_under_nlu_or_actions_lists_a_word_of_the_lexicon_again():
    repeated = [found for path in _python_files() for found in _repeated_words(path)]
    assert repeated == []
