"""The dossier in words for the social worker, in the worker's language: each answer of the
profile with a short label, and each right's status. Speaks of "the person", as the volunteer
wording does. Every word comes from the catalogs."""

from __future__ import annotations

from typing import Any, Callable

from actions.eligibility.profile import BOOL_FIELDS, FIELDS
from actions.i18n import say, say_for
from actions.screening.messages import money
from actions.screening.questions import QUESTIONS, options
from actions.screening.vocabulary import RIGHT_NAMES, words
from nlu.lexicon.data import communes

LABELS: dict[str, Callable[[str], str]] = {
    "commune": lambda l: say_for(l, "dossier", "Commune"),
    "age": lambda l: say_for(l, "dossier", "Age"),
    "living_with": lambda l: say_for(l, "dossier", "Lives with"),
    "children": lambda l: say_for(l, "dossier", "Children in the household"),
    "children_ages": lambda l: say_for(l, "dossier", "Ages of the children"),
    "monthly_income": lambda l: say_for(l, "dossier", "Household income a month, after tax"),
    "income_sources": lambda l: say_for(l, "dossier", "Where the income comes from"),
    "benefits": lambda l: say_for(l, "dossier", "Aid already received"),
    "residence_status": lambda l: say_for(l, "dossier", "Papers"),
    "health_insurance": lambda l: say_for(l, "dossier", "Member of a health insurance fund"),
    "housing": lambda l: say_for(l, "dossier", "Home"),
    "social_housing_candidate": lambda l: say_for(l, "dossier", "On the social housing waiting list"),
    "owns_property": lambda l: say_for(l, "dossier", "Owns a house, a flat or land"),
    "disability": lambda l: say_for(l, "dossier", "Disability or serious health problem"),
    "student": lambda l: say_for(l, "dossier", "At school or studying"),
    "heating_oil": lambda l: say_for(l, "dossier", "Heats with heating oil"),
    "energy_debt": lambda l: say_for(l, "dossier", "Trouble paying energy bills"),
}
# Income sources the question offers no button for.
MORE_SOURCES: dict[str, Callable[[str], str]] = {
    "self_employed": lambda l: say_for(l, "dossier", "Self-employed work"),
    "disability_allowance": lambda l: say_for(l, "dossier", "Disability allowance"),
    "student_job": lambda l: say_for(l, "dossier", "Student job"),
    "maintenance": lambda l: say_for(l, "dossier", "Maintenance payments"),
    "other": lambda l: say_for(l, "dossier", "Other income"),
}
STATUSES: dict[str, Callable[[str], str]] = {
    "eligible": lambda l: say_for(l, "dossier", "may be entitled"),
    "possibly_eligible": lambda l: say_for(l, "dossier", "might be entitled, the service checks"),
    "automatic": lambda l: say_for(l, "dossier", "should get it without a request"),
    "already_receiving": lambda l: say_for(l, "dossier", "already receives it"),
    "not_eligible": lambda l: say_for(l, "dossier", "not entitled"),
    "unknown": lambda l: say_for(l, "dossier", "not settled"),
}
CLAIMS: dict[str, Callable[[str], str]] = {
    "refused": lambda l: say_for(l, "dossier", "The person said it was refused."),
    "waiting": lambda l: say_for(l, "dossier", "The person said there is no answer yet."),
}


def _choice(field: str, value: Any, language: str) -> str:
    labels = dict(options(QUESTIONS[field], language, volunteer=True))
    if field == "income_sources" and value in MORE_SOURCES:
        return MORE_SOURCES[value](language)
    return labels.get(str(value), str(value))


def value_words(field: str, value: Any, language: str) -> str:
    """One answer in words; None (I don't know, I'd rather not say) is "not known"."""
    if value is None:
        return say_for(language, "dossier", "Not known")
    if field in BOOL_FIELDS:
        return say(language, "Yes") if value else say(language, "No")
    if field == "commune":
        named = {c.id: (c.name_fr if language == "fr" else c.name_nl) for c in communes()}
        return named.get(value) or _choice(field, value, language)
    if field == "age":
        return say_for(language, "dossier", "{age} years", age=value)
    if field == "monthly_income":
        return money(value, language)
    if field == "children_ages":
        return ", ".join(str(age) for age in value) or "–"
    if field == "benefits":
        return ", ".join(words(RIGHT_NAMES, right, language) for right in value) or say(language, "None")
    if field == "income_sources":
        return ", ".join(_choice(field, source, language) for source in value) or say(language, "None")
    return _choice(field, value, language)


def answers(profile: dict[str, Any], language: str) -> list[tuple[str, str]]:
    """(label, answer) for each field answered, in the contract's order."""
    return [(LABELS[field](language), value_words(field, profile[field], language))
            for field in FIELDS if field in profile]


def status_words(status: str, language: str) -> str:
    return STATUSES.get(status, STATUSES["unknown"])(language)


def claim_words(outcome: str, language: str) -> str | None:
    claim = CLAIMS.get(outcome)
    return claim(language) if claim else None
