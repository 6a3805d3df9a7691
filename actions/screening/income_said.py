"""What a message says about income, without what names no income: looking for work, joining a
health fund, a place named after a saint, and questions. Both the first message's reading
(situation.py) and the reply to the income-source question (answers.py) read through it."""

from __future__ import annotations

import functools
import re

from actions.screening.lexicon_phrases import one_of
from nlu.lexicon import normalize

_CLAUSE = re.compile(r"[^.?!,;\n]+[.?!,;]?")
# Looking for work is not work; a question ("est-ce que le CPAS peut m'aider ?") is not a source
# of income; "Saint-Job" is a place.
_NOT_A_SOURCE = re.compile(r"(cherche\w* (?:du |un |de |d')?(?:travail|boulot|job|emploi)|zoek\w* (?:naar )?(?:werk|een job|job)|"
                           r"trouve\w* (?:du |un )?(?:travail|boulot|job)|(?:werk|een job) vind\w*|"
                           r"(?:je suis|suis|m'affilier|m'inscrire) (?:a|chez|dans) (?:la |une |ma )?(?:mutuelle|mutualite)\w*|"
                           r"(?:aansluiten|aangesloten|ik ben|is|zijn|ze is|hij is) bij (?:een |het |de )?(?:ziekenfonds|mutualiteit|cm)|"
                           r"(?:on est|nous sommes|sommes|est|on est tous les deux|sont) (?:a|chez) (?:la )?(?:mutuelle|mutualite)\w*|"
                           # Work done before is no income now: "j'ai travaillé 6 ans dans le bâtiment".
                           r"j'ai travaille\w*|je travaillais|avant je travaill\w*|ik werkte|vroeger werkte\w*|"
                           r"heb (?:\w+ ){0,5}gewerkt|"
                           # A pension to come is no income yet: "ik ga binnenkort met pensioen".
                           r"(?:ga|gaat|ga binnenkort|gaat binnenkort|kga) (?:met|op) pensioen|op pensioen volgend jaar|"
                           r"(?:bientot|je pars|partir|pars) (?:a|en) (?:la )?(?:retraite|pension)|"
                           r"op zoek naar (?:werk|een job)|\b(?:saint|sint|st|ste|sainte)-\w+|"
                           # Living on one's own is no self-employment: "hij woont nog zelfstandig".
                           r"(?:woont|woon|wonen|leeft|leef|leven) (?:nog |nog altijd |nog steeds )?zelfstandig|zelfstandig (?:wonen|woont|leven)|"
                           # Waiting for the CPAS's answer is no money from it yet.
                           r"(?:reponse|antwoord) (?:du|de|van het|van) (?:cpas|ocmw))")


def about_income(text: str) -> str:
    """The message without its questions and the phrases that name no income. Of a question it
    keeps what the person says they have: "kan ik iets krijgen met alleen een klein pensioen?"."""
    kept = []
    for clause in (m.group() for m in _CLAUSE.finditer(text)):
        if _professional().search(normalize(clause)):
            continue  # "je suis AS au CPAS, j'écris pour une dame…": the writer's job
        if not clause.rstrip().endswith("?"):
            kept.append(clause)
            continue
        having = _having().search(normalize(clause))
        if having:
            kept.append(having.group(1))
    return without_non_sources(" ".join(kept))


@functools.lru_cache(maxsize=1)
def _professional() -> re.Pattern:
    return re.compile(rf"(?<!\S){one_of('proxies', 'professionals', folding=normalize)}(?!\S)")


@functools.lru_cache(maxsize=1)
def _having() -> re.Pattern:
    return re.compile(rf"(?<!\S){one_of('receiving', 'having_in_a_question', folding=normalize)}\s+([^?]+)")


def without_non_sources(text: str) -> str:
    """The text, normalised, without the phrases that name no income. A reply to the income
    question keeps its question marks: "chômage ?" is a hesitant answer, not a question."""
    return _NOT_A_SOURCE.sub(" ", normalize(text))
