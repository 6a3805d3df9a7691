"""The sentences a person reads once the pieces are put together (a right's name, amount, office,
documents and reasons, with every placeholder filled) stay short, for every right, in both
languages: the catalog test counts the words of each entry, this one counts what is sent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from actions.directory.offices import office_for
from actions.i18n import say
from actions.plain_language import explain_first_use
from actions.screening import messages
from actions.screening.conditions import CONDITIONS
from actions.screening.explanations import VERDICTS, explanation
from actions.screening.vocabulary import RIGHT_NAMES, TOPICS

ROOT = Path(__file__).resolve().parents[2]
RIGHTS = ROOT / "actions" / "eligibility" / "rights"
LANGUAGES = ("fr", "nl")
MAX_WORDS_PER_SENTENCE = 15
# An office of the directory with every field, and one without address or phone (the result
# then says to ask the commune).
FULL_OFFICE = office_for("schaerbeek")
BARE_OFFICE = {**FULL_OFFICE, "address": None, "phone": None, "website": None}


def facts() -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(RIGHTS.glob("*.yaml"))]


def amounts() -> list[dict]:
    """One amount a wording: each period and kind, read in a source or derived."""
    return [{"value": 12345.67, "period": period, "kind": kind, "valid_from": "2026-03-01",
             "check_with_office": True, "derived": derived}
            for derived, table in ((False, messages.AMOUNTS), (True, messages.DERIVED_AMOUNTS))
            for period, kind in table]


def assessed_rights(status: str) -> list[dict]:
    """Every right as the engine could report it: each way to claim it (default and routes),
    each office form, every reason it declares, the longest amount wording."""
    longest = max(amounts(), key=lambda a: len(say("fr", (messages.DERIVED_AMOUNTS if a["derived"] else messages.AMOUNTS)[(a["period"], a["kind"])])))
    rights = []
    for right in facts():
        routes = [right.get("claim") or {}] + [route.get("claim") or right.get("claim") or {} for route in right.get("routes") or ()]
        documents = [right.get("documents") or []] + [route.get("documents") or [] for route in right.get("routes") or ()]
        for claim, docs in zip(routes, documents):
            offices = [FULL_OFFICE, BARE_OFFICE] if claim.get("office") == "commune_cpas" else [claim.get("office")]
            for office in offices:
                rights.append({
                    "id": right["id"], "status": status, "amount": longest,
                    "claim": {**claim, "office": office}, "documents": docs,
                    "retroactivity": right.get("retroactivity"),
                    "reasons": list(right.get("reasons") or ()),
                    "depends_on": list(TOPICS), "could_be": ["eligible", "not_eligible"],
                })
    return rights


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def words(sentence: str) -> list[str]:
    """The words of a sentence, an amount ("12 345,67 €", spaced by Babel) counting as one and
    a list's bullet ("– ", "• ") as none."""
    sentence = re.sub(r"^(– |• )", "", sentence.strip())
    return re.sub(r"(?<=\d)[\u202f\xa0](?=[\d€])", "", sentence).split()


def long_sentences(texts: list[str]) -> list[str]:
    return sorted({s for text in texts for s in sentences(text) if len(words(s)) > MAX_WORDS_PER_SENTENCE})


def result_texts(language: str, brief: bool) -> list[str]:
    texts = []
    for status in ("eligible", "possibly_eligible", "automatic"):
        rights = assessed_rights(status)
        for right in rights:
            assessment = {"rights": [right]}
            texts.extend(m["text"] for m in messages.result(assessment, language, brief=brief))
            conditional = [(condition, [right]) for condition in CONDITIONS.values()]
            texts.extend(m["text"] for m in messages.result({"rights": []}, language, conditional, brief=brief))
        for amount in amounts():
            texts.extend(messages.right_lines({**rights[0], "amount": amount}, language))
    texts.append(messages.open_questions_text(assessed_rights("unknown"), language))
    return texts


def explanation_texts(language: str) -> list[str]:
    return ["\n".join(explanation(right, language)) for status in VERDICTS for right in assessed_rights(status)]


@pytest.mark.parametrize("brief", [False, True], ids=["full", "sms"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_of_every_right_in_the_result_has_at_most_fifteen_words(language, brief):
    assert long_sentences(result_texts(language, brief)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_that_says_why_for_every_right_has_at_most_fifteen_words(language):
    assert long_sentences(explanation_texts(language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_stays_short_when_its_abbreviations_are_explained_the_first_time(language):
    explained = []
    for text in result_texts(language, brief=False) + explanation_texts(language):
        explained.append("\n".join(explain_first_use(line, language, set()) for line in text.split("\n")))
    assert long_sentences(explained) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_to_bring_are_a_bulleted_list_one_a_line(language):
    right = next(r for r in assessed_rights("eligible") if len(r["documents"]) >= 3)
    lines = "\n".join(messages.right_lines(right, language)).split("\n")
    start = lines.index(say(language, "Bring:"))
    items = lines[start + 1:start + 1 + len(right["documents"])]
    assert all(item.startswith(messages.ITEM) for item in items), lines
    assert len(items) == len(right["documents"])


# After "Où :" / "Waar:" and the other labels of a result line, a common noun goes on in lower
# case ("Où : le CPAS"); only a name keeps its capital ("Où : Iriscare").
ARTICLE_AFTER_COLON = re.compile(r":\s+(Le|La|Les|L'|Un|Une|Votre|Vos|Het|De|Een|Uw)\b")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_line_of_the_result_goes_on_in_lower_case_after_its_colon(language):
    capital = [line for text in result_texts(language, brief=False) for line in text.split("\n")
               if ARTICLE_AFTER_COLON.search(line)]
    assert capital == []


def test_a_verdict_reads_right_for_a_feminine_or_plural_right():
    # "{right} : vous pouvez le demander. Il est ..." is wrong for "Allocations familiales".
    for status in ("eligible", "automatic", "already_receiving"):
        text = say("fr", VERDICTS[status], right=say("fr", RIGHT_NAMES["family_allowance"]))
        assert not re.search(r"\b(le demander|le recevez)\b", text), text
        assert "Il est" not in text or "ce droit" in text, text
