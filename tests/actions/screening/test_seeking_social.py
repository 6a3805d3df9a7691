"""Asking for social housing is not living in it (actions/screening/seeking_social.py)."""

from __future__ import annotations

import pytest

from actions.screening.seeking_social import seeks_social_housing


@pytest.mark.parametrize("text", [
    "je cherche un logement social",
    "on loue à un privé mais on attend un logement social",
    "inscrite pour un logement social depuis 2019",
    "hoe schrijf ik me in voor een sociale woning?",
    "we wachten al 3 jaar op een sociale woning",
])
def test_a_person_seeking_social_housing_is_read_as_seeking(text):
    assert seeks_social_housing(text)


@pytest.mark.parametrize("text", [
    "je vis dans un logement social",
    "ik woon in een sociale woning",
    "je cherche du travail, j'habite un logement social",
    "logement social",
])
def test_a_person_living_in_social_housing_is_not_read_as_seeking(text):
    assert not seeks_social_housing(text)
