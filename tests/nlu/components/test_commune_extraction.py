"""The commune parser: names in both languages, postal codes, abbreviations, misspellings."""

import gzip
import json
import os

import pytest
from pathlib import Path

from iris_nlu_phrases import COMMUNE_PHRASES, HELDOUT_COMMUNE_PHRASES, THIRD_COMMUNE_PHRASES, FOURTH_COMMUNE_PHRASES
from nlu.lexicon import communes as lexicon_communes
from nlu.lexicon import find_places, postal_code_spans, postal_codes

CONTRACT_COMMUNES = {
    "anderlecht", "auderghem", "berchem_sainte_agathe", "bruxelles", "etterbeek", "evere",
    "forest", "ganshoren", "ixelles", "jette", "koekelberg", "molenbeek", "saint_gilles",
    "saint_josse", "schaerbeek", "uccle", "watermael_boitsfort", "woluwe_saint_lambert",
    "woluwe_saint_pierre", "outside_brussels",
}


def first(text):
    """What the phrase sets write: the commune id, "postal:<code>", or None."""
    entities = find_places(text)
    if not entities:
        return None
    entity = entities[0]
    return entity["value"] if entity["entity"] == "commune" else "postal:" + entity["value"]


def communes(text):
    return [e["value"] for e in find_places(text) if e["entity"] == "commune"]


def test_every_commune_id_of_the_lexicon_is_a_commune_of_the_contract():
    ids = {commune.id for commune in lexicon_communes()}
    assert ids == CONTRACT_COMMUNES - {"outside_brussels"}
    assert {c for code in postal_codes().values() for c in code.communes} <= ids


def test_the_postal_codes_agree_with_the_reference_table():
    # The project's copy of the shared reference (actions/directory/communes.csv).
    path = Path(__file__).resolve().parents[3] / "actions" / "directory" / "communes.csv"
    import csv

    with open(path, encoding="utf-8") as handle:
        owners = {row["postal_code"]: row["commune_id"] for row in csv.DictReader(handle)}
    assert {code: postal_codes()[code].communes[0] for code in owners} == owners


@pytest.mark.parametrize("text", ["schaerbeek", "schaarbeek", "Schaerbeck", "1030", "ik woon in Schaarbeek"])
def test_schaerbeek_is_recognised_in_french_dutch_misspelt_or_by_its_postal_code(text):
    assert communes(text) == ["schaerbeek"]


def test_st_gilles_and_sint_gillis_are_saint_gilles():
    assert communes("St-Gilles") == ["saint_gilles"]
    assert communes("sint gillis") == ["saint_gilles"]


def test_ixelle_and_elsene_are_ixelles():
    assert communes("ixelle") == ["ixelles"]
    assert communes("elsene") == ["ixelles"]


def test_wsl_and_woluwe_st_lambert_are_woluwe_saint_lambert():
    assert communes("WSL") == ["woluwe_saint_lambert"]
    assert communes("woluwe st lambert") == ["woluwe_saint_lambert"]


@pytest.mark.parametrize("text", [
    "bxl", "bruxelles ville", "laeken", "Neder-Over-Heembeek", "1000", "1020", "1120", "1130", "Haren",
])
def test_the_city_of_brussels_and_its_districts_are_bruxelles(text):
    assert communes(text) == ["bruxelles"]


@pytest.mark.parametrize("code", ["1040", "1050"])
def test_a_postal_code_shared_with_bruxelles_ville_gives_the_code_and_no_commune(code):
    assert find_places(code) == [{"entity": "postal_code", "value": code, "start": 0, "end": 4}]


def test_a_shared_postal_code_with_the_commune_name_gives_the_named_commune():
    assert [(e["entity"], e["value"]) for e in find_places("1050 Ixelles")] == [("commune", "ixelles")]


def test_bruxelles_after_a_postal_code_is_the_region_of_the_address():
    assert communes("1030 Bruxelles") == ["schaerbeek"]
    assert first("rue de la Loi 16, 1000 Bruxelles") == "bruxelles"


@pytest.mark.parametrize("text", [
    "Liège", "Gent", "Antwerpen", "Namur", "Charleroi", "4000", "9000 Gent", "ik woon buiten Brussel",
    "je n'habite pas à Bruxelles",
])
def test_a_place_clearly_outside_brussels_is_outside_brussels(text):
    assert communes(text) == ["outside_brussels"]


@pytest.mark.parametrize("text", [
    "je suis seule", "ik ben alleen", "ik woon alleen", "je jette tout", "à la forêt",
    "j'ai 2 enfants", "seul", "ensemble", "j'ai des dettes", "we wonen samen", "région bruxelloise",
])
def test_ordinary_words_produce_no_commune(text):
    assert find_places(text) == []


def test_woluwe_alone_is_ambiguous_and_gives_nothing():
    assert find_places("woluwe") == []


def test_an_amount_of_four_digits_is_not_a_postal_code():
    assert find_places("je gagne 1200 euros") == []
    assert find_places("ik verdien 1200 euro per maand") == []
    assert find_places("je gagne 1200") == []


def test_postal_code_spans_are_the_codes_that_context_makes_clear():
    assert postal_code_spans("j'habite à 1030") == [(11, 15)]
    assert postal_code_spans("1030") == []
    assert postal_code_spans("1200 euros") == []


def test_the_entity_span_covers_the_name_as_typed():
    text = "J’habite à Molenbeek-Saint-Jean depuis 2019"
    (entity,) = find_places(text)
    assert text[entity["start"]:entity["end"]] == "Molenbeek-Saint-Jean"


def test_no_word_of_the_french_and_dutch_lexicons_is_misread_as_a_commune():
    """Every word of spaCy's French and Dutch lemma tables goes through the parser.

    Only real homographs of place names may match (Laken is also Dutch for "sheets").
    """
    import spacy_lookups_data

    folder = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    vocabulary = set()
    for name in ("fr_lemma_lookup.json.gz", "nl_lemma_lookup.json.gz"):
        with gzip.open(os.path.join(folder, name)) as handle:
            table = json.load(handle)
        vocabulary |= set(table) | {v for v in table.values() if isinstance(v, str)}
    homographs = {"gand", "gent", "haren", "jette", "laken", "luik", "malines", "molenbeek",
                  "nivelles", "tournai"}
    misread = {w for w in vocabulary if w.isalpha() and w.lower() not in homographs and find_places(w)}
    assert misread == set()


@pytest.mark.parametrize("language,text,expected", COMMUNE_PHRASES + HELDOUT_COMMUNE_PHRASES + THIRD_COMMUNE_PHRASES + FOURTH_COMMUNE_PHRASES)
def test_every_phrase_of_the_commune_sets_gives_its_commune(language, text, expected):
    assert first(text) == expected


def test_commune_accuracy_on_the_phrase_sets_is_at_least_95_percent_in_each_language():
    phrases = COMMUNE_PHRASES + HELDOUT_COMMUNE_PHRASES + THIRD_COMMUNE_PHRASES + FOURTH_COMMUNE_PHRASES
    for language in ("fr", "nl"):
        subset = [p for p in phrases if p[0] == language]
        assert len(subset) >= 25
        right = sum(first(text) == expected for _, text, expected in subset)
        assert right / len(subset) >= 0.95
