"""No real French or Dutch word is read as a misspelling of a word of the lexicon that means
something else ("ferme" is not "femme", "agent" is not "argent", "allee" is not "alleen").

Every word of spaCy's French and Dutch lookup tables goes through the tolerance of the lexicon.
A word read as one of its own forms ("femmes" as "femme", same lemma) is fine; any other must be
listed in lookalikes_<language>.yaml, or be made an entry of its own if it means the same.
"""

import collections
import gzip
import json
import os

import pytest

from nlu.lexicon import data, key
from nlu.lexicon.distance import edits_allowed
from nlu.lexicon.tolerance import corrections, may_be_misspelt

spacy_lookups_data = pytest.importorskip("spacy_lookups_data")


def _lemmas():
    folder = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    lemmas = collections.defaultdict(set)
    for name in ("fr_lemma_lookup.json.gz", "nl_lemma_lookup.json.gz"):
        with gzip.open(os.path.join(folder, name)) as handle:
            table = json.load(handle)
        for form, lemma in table.items():
            for one in lemma if isinstance(lemma, list) else [lemma]:
                lemmas[key(form)].add(key(one))
                lemmas[key(one)].add(key(one))
    return lemmas


def _deletions(word, depth):
    found = {word}
    for _ in range(depth):
        found |= {w[:i] + w[i + 1:] for w in found for i in range(len(w))}
    return found


def _targets():
    """The words a misspelling can be read as: single-word entries and counted nouns."""
    words = {e.words[0] for kind in data.MEANING_KINDS for e in data.entries(kind) if len(e.words) == 1}
    words |= data.word_set("numbers", "counted") | data.word_set("numbers", "money")
    return frozenset(w for w in words if edits_allowed(w))


def test_no_real_word_is_read_as_a_misspelling_of_a_word_that_means_something_else():
    lemmas = _lemmas()
    targets = _targets()
    # Words within two deletions of each other are the only ones within two edits.
    by_deletion = collections.defaultdict(set)
    for target in targets:
        for deleted in _deletions(target, edits_allowed(target)):
            by_deletion[deleted].add(target)
    # How many edits reach a word of each first letter and length: none, one or two.
    reach = collections.defaultdict(int)
    for target in targets:
        allowed = edits_allowed(target)
        for length in range(len(target) - allowed, len(target) + allowed + 1):
            reach[target[0], length] = max(reach[target[0], length], allowed)
    misread = {}
    for word in lemmas:
        depth = reach.get((word[:1], len(word)), 0)
        if not depth or not may_be_misspelt(word):
            continue
        near = set().union(*(by_deletion.get(d, ()) for d in _deletions(word, depth)))
        for _, target in corrections(word, frozenset(near))[:1]:
            if not (lemmas[word] | {word}) & (lemmas.get(target, set()) | {target}):
                misread[word] = target
    assert misread == {}, "add to lookalikes_<language>.yaml: " + ", ".join(
        f"{w} (read as {t})" for w, t in sorted(misread.items())[:50])
