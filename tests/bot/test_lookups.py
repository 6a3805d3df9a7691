"""The NLU's lookup tables are written from the lexicon: a commune or a number word is defined
once, in nlu/lexicon/, never again in the training data."""

import yaml

from bot import lookups
from nlu.lexicon import data

NLU = lookups.ROOT / "nlu"


def _tables(text):
    return {block["lookup"]: [line.strip()[2:].strip('"') for line in block["examples"].splitlines() if line.strip()]
            for block in yaml.safe_load(text)["nlu"]}


def test_every_commune_name_of_the_lexicon_is_in_the_commune_table():
    table = set(_tables(lookups.render())["commune"])
    for commune in data.communes():
        assert commune.name_fr.lower() in table and commune.name_nl.lower() in table
        assert {name.lower() for name in commune.other_names} <= table


def test_the_short_forms_of_saint_are_in_the_commune_table():
    table = set(_tables(lookups.render())["commune"])
    assert {"st-gilles", "saint gilles", "sint gillis", "st-josse"} <= table


def test_every_number_word_of_the_lexicon_is_in_the_number_table():
    table = set(_tables(lookups.render())["number_word"])
    assert {"deux", "septante", "nonante", "twee", "twintig"} <= table


def test_the_training_data_holds_no_lookup_table_of_its_own():
    for path in NLU.glob("*/*.yml"):
        blocks = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", [])
        assert not [b for b in blocks if "lookup" in b], path


def test_writing_twice_leaves_the_file_as_it_was(tmp_path):
    target = tmp_path / "lookups.yml"
    lookups.write(target)
    first = target.stat().st_mtime_ns
    lookups.write(target)
    assert target.stat().st_mtime_ns == first
    assert _tables(target.read_text(encoding="utf-8"))
