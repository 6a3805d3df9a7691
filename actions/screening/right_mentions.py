"""Which right a person names in a message ("pourquoi pas la GRAPA ?", "waarom geen leefloon?").

People name a right by its abbreviation, its French or Dutch name, or the word they hear at the
office; the words below are matched on the folded message (lower case, no accents), whole words
only, longest first, so "tarif social" is not read as "social housing".
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlu.lexicon import fold

WORDS: dict[str, tuple[str, ...]] = {
    "integration_income": ("revenu d'integration", "revenu d integration", "ris", "leefloon",
                           "integration income", "minimex", "cpas", "ocmw"),
    "equivalent_social_aid": ("aide sociale equivalente", "aide equivalente", "equivalent leefloon",
                              "aide sociale"),
    "increased_reimbursement": ("bim", "intervention majoree", "verhoogde tegemoetkoming", "omnio",
                                "statut bim", "vt"),
    "elderly_income_guarantee": ("grapa", "garantie de revenus", "igo", "inkomensgarantie"),
    "family_allowance": ("allocations familiales", "allocation familiale", "kinderbijslag",
                         "groeipakket", "gezinsbijslag", "famiris"),
    "family_allowance_social_supplement": ("supplement social", "sociale toeslag"),
    "social_energy_tariff": ("tarif social", "sociaal tarief"),
    "protected_customer": ("client protege", "beschermde afnemer", "beschermde klant"),
    "rent_allowance": ("allocation loyer", "allocation de loyer", "huurtoelage"),
    "social_housing": ("logement social", "sociale woning", "sociale huisvesting"),
    "disability_income_allowance": ("allocation de remplacement", "arr", "inkomensvervangende",
                                    "ivt"),
    "integration_allowance": ("allocation d'integration", "integratietegemoetkoming"),
    "elderly_care_allowance": ("apa", "aide aux personnes agees", "thab", "hulp aan bejaarden"),
    "urgent_medical_aid": ("aide medicale urgente", "amu", "dringende medische hulp", "dmh"),
    "maximum_billing": ("maximum a facturer", "maf", "maximumfactuur"),
    "legal_aid": ("aide juridique", "pro deo", "avocat", "advocaat", "juridische"),
    "heating_allowance": ("fonds chauffage", "fonds social chauffage", "allocation chauffage",
                          "mazout", "verwarmingsfonds", "stookolie", "verwarmingstoelage"),
    "public_transport_reduction": ("stib", "mivb", "abonnement", "transport"),
    "study_grant": ("allocation d'etudes", "bourse", "studietoelage", "schooltoeslag", "studiebeurs"),
    "health_insurance_affiliation": ("mutuelle", "mutualite", "ziekenfonds", "mutualiteit"),
}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    pairs = [(word, right) for right, words in WORDS.items() for word in words]
    pairs.sort(key=lambda pair: -len(pair[0]))
    return [(re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])"), right) for word, right in pairs]


def mentioned_right(text: str) -> str | None:
    """The right named in `text`, or None; the longest name wins when several match."""
    folded = fold(text or "")
    for pattern, right in _patterns():
        if pattern.search(folded):
            return right
    return None
