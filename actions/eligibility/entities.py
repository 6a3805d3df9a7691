"""OpenFisca entities: a Person, and the Household that Iris models once per profile.

Every profile input and every right is a Household variable; the Person entity exists because
OpenFisca needs one, and each simulated household has exactly one person (the respondent).
"""
from openfisca_core.entities import build_entity

Person = build_entity(
    key="person",
    plural="persons",
    label="Person",
    doc="The respondent. Iris does not model other persons individually.",
    is_person=True,
)

Household = build_entity(
    key="household",
    plural="households",
    label="Household",
    doc="The household of one profile: every input and every right is defined on it.",
    roles=[{"key": "member", "plural": "members", "label": "Member"}],
)

entities = [Person, Household]
