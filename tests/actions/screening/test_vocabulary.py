"""Every code the engine can send has words in both catalogs."""

from pathlib import Path

import pytest
import yaml

from actions.eligibility.enums import RIGHT_IDS
from actions.i18n import say
from actions.screening.vocabulary import BODIES, DOCUMENTS, RIGHT_NAMES, RIGHT_SUMMARIES

RIGHTS = Path(__file__).resolve().parents[3] / "actions" / "eligibility" / "rights"
FACTS = [yaml.safe_load(path.read_text()) for path in sorted(RIGHTS.glob("*.yaml"))]


def test_every_right_of_the_contract_has_a_name_and_a_one_sentence_summary():
    assert set(RIGHT_NAMES) == set(RIGHT_IDS) == set(RIGHT_SUMMARIES)


def test_every_office_an_engine_right_names_has_words():
    assert {facts["claim"]["body"] for facts in FACTS} <= set(BODIES)


def test_every_document_an_engine_right_asks_for_has_words():
    assert {d for facts in FACTS for d in facts.get("documents") or []} <= set(DOCUMENTS)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_code_is_translated(language):
    for table in (RIGHT_NAMES, RIGHT_SUMMARIES, BODIES, DOCUMENTS):
        for message in table.values():
            assert say(language, message) != message
