"""What a message says about income, without what names no income: looking for work, joining a
health fund, a place named after a saint, and questions. Both the first message's reading
(situation.py) and the reply to the income-source question (answers.py) read through it."""

from __future__ import annotations

import re

from nlu.lexicon import normalize

_CLAUSE = re.compile(r"[^.?!,;\n]+[.?!,;]?")
# Looking for work is not work; a question ("est-ce que le CPAS peut m'aider ?") is not a source
# of income; "Saint-Job" is a place.
_NOT_A_SOURCE = re.compile(r"(cherche\w* (?:du |un |de |d')?(?:travail|boulot|job|emploi)|zoek\w* (?:naar )?(?:werk|een job|job)|"
                           r"trouve\w* (?:du |un )?(?:travail|boulot|job)|(?:werk|een job) vind\w*|"
                           r"(?:je suis|suis|m'affilier|m'inscrire) (?:a|chez|dans) (?:la |une |ma )?(?:mutuelle|mutualite)\w*|"
                           r"(?:aansluiten|aangesloten|ik ben) bij (?:een |het |de )?(?:ziekenfonds|mutualiteit)|"
                           r"op zoek naar (?:werk|een job)|\b(?:saint|sint|st|ste|sainte)-\w+|"
                           # Waiting for the CPAS's answer is no money from it yet.
                           r"(?:reponse|antwoord) (?:du|de|van het|van) (?:cpas|ocmw))")


def about_income(text: str) -> str:
    """The message without its questions and the phrases that name no income."""
    kept = [m.group() for m in _CLAUSE.finditer(text) if not m.group().rstrip().endswith("?")]
    return without_non_sources(" ".join(kept))


def without_non_sources(text: str) -> str:
    """The text, normalised, without the phrases that name no income. A reply to the income
    question keeps its question marks: "chômage ?" is a hesitant answer, not a question."""
    return _NOT_A_SOURCE.sub(" ", normalize(text))
