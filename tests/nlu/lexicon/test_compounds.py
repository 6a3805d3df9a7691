"""Dutch compounds are read by their parts: "werkloosheidsuitkering" is unemployment."""

import pytest

from nlu.lexicon import find


def values(kind, text):
    return [(found.value, found.how) for found in find(kind, text)]


@pytest.mark.parametrize("text,expected", [
    ("werkloosheidsuitkering", "unemployment"),
    ("ik heb een werkloosheidsuitkering", "unemployment"),
    ("invaliditeitsuitkering", "sickness_invalidity"),
    ("ziekteuitkering", "sickness_invalidity"),
    ("gehandicaptenuitkering", "disability_allowance"),
    ("ocmw-steun", "cpas"),
    ("leefloonuitkering", "cpas"),
    ("ouderdomspensioen", "pension"),
    ("rustpensioen", "pension"),
])
def test_a_compound_is_the_income_source_its_parts_name(text, expected):
    assert [value for value, _ in values("income_sources", text)] == [expected]


def test_ziekte_uitkering_with_a_dash_is_sickness():
    assert values("income_sources", "ziekte-uitkering") == [("sickness_invalidity", "exact")]


def test_a_compound_read_by_its_parts_says_so():
    assert values("income_sources", "werkloosheidsuitkering") == [("unemployment", "compound")]


def test_a_compound_that_is_itself_an_entry_is_read_whole():
    assert values("aids", "huurtoelage") == [("rent_allowance", "exact")]
    assert values("aids", "integratietegemoetkoming") == [("integration_allowance", "exact")]


def test_a_misspelt_part_is_not_corrected():
    assert values("housing", "staatsfonds") == []  # "staats-" is not "straat"


def test_a_head_alone_that_names_nothing_gives_nothing():
    assert values("income_sources", "zorgtoeslag") == []
