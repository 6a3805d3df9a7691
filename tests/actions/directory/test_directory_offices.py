"""The CPAS / OCMW directory: every commune of the contract, sourced facts only."""

import csv
import re

import pytest

from actions.directory import offices
from actions.directory.offices import (
    BRUSSELS_COMMUNE_IDS,
    COMMUNE_IDS,
    NOT_FOUND,
    UnknownCommuneError,
    communes_for_postal_code,
    office_for,
)

# Street names of the reference's UNVERIFIED candidates (section 17): never in the directory.
UNVERIFIED_CANDIDATES = (
    "Van Lint", "Paepedelle", "Beckers", "Curé", "Charles-Quint", "Paquot 63", "Delcoigne",
    "Vandenpeereboom", "Bernier", "Verbist", "Souverain", "Shetlands",
    "02 679 94 10", "02 627 22 57", "02 247 65 65", "02 349 63 00", "02 436 63 63", "02 641 54 59",
    "02 412 16 52", "02 412 47 70", "02 600 54 11", "0800 35 254", "02 663 08 68", "02 773 59 00",
    "02 370 75 11",
)


def test_every_brussels_commune_of_the_contract_has_an_office_with_names_in_french_and_dutch():
    for commune_id in BRUSSELS_COMMUNE_IDS:
        office = office_for(commune_id)
        assert office["has_office"] is True
        assert office["name"]["fr"].startswith("CPAS")
        assert office["name"]["nl"].startswith("OCMW")
        assert office["commune"]["fr"] and office["commune"]["nl"]


def test_the_cpas_of_anderlecht_has_the_address_phone_and_website_of_the_reference():
    office = office_for("anderlecht")
    assert office["address"] == "Avenue Raymond Vander Bruggen 62-64, 1070 Anderlecht"
    assert office["phone"] == "02 529 41 20"
    assert office["phone_international"] == "+3225294120"
    assert office["website"] == "https://cpas-ocmw.anderlecht.be"
    assert office["not_found"] == []


def test_a_field_marked_not_found_is_empty_and_named_so_the_bot_says_to_check_with_the_office():
    office = office_for("forest")
    assert office["address"] is None and office["phone"] is None and office["website"] is None
    assert office["not_found"] == ["address", "phone", "website"]
    uccle = office_for("uccle")
    assert uccle["address"] == "Chaussée d'Alsemberg 860, 1180 Uccle"
    assert uccle["phone"] is None and uccle["not_found"] == ["phone"]


def test_no_field_of_any_office_holds_the_words_not_found():
    for commune_id in COMMUNE_IDS:
        office = office_for(commune_id)
        for field in ("address", "phone", "website"):
            assert office[field] is None or NOT_FOUND not in office[field]


def test_the_unverified_candidates_of_the_reference_are_never_given():
    for commune_id in BRUSSELS_COMMUNE_IDS:
        office = office_for(commune_id)
        for field in ("address", "phone", "website", "address_note", "phone_note"):
            for candidate in UNVERIFIED_CANDIDATES:
                assert candidate not in (office[field] or ""), (commune_id, field, candidate)


def test_a_person_outside_brussels_is_told_there_is_no_office_in_the_directory():
    office = office_for("outside_brussels")
    assert office["has_office"] is False
    assert office["no_office_reason"] == "outside_brussels"
    assert office["name"] is None and office["address"] is None


def test_an_unknown_commune_id_is_refused_with_a_clear_message():
    with pytest.raises(UnknownCommuneError, match="unknown commune id 'brussels'"):
        office_for("brussels")


def test_the_four_postal_codes_of_the_city_of_brussels_lead_to_its_single_cpas():
    for code in ("1000", "1020", "1120", "1130"):
        assert communes_for_postal_code(code) == ["bruxelles"]
    assert office_for("bruxelles")["postal_codes"] == ["1000", "1020", "1120", "1130"]
    assert office_for("bruxelles")["address"] == "Rue Haute 296, 1000 Bruxelles"


def test_postal_codes_1040_and_1050_give_every_candidate_commune_so_the_bot_can_ask():
    assert communes_for_postal_code("1040") == ["etterbeek", "bruxelles"]
    assert communes_for_postal_code(1050) == ["ixelles", "bruxelles"]


def test_a_postal_code_of_one_commune_gives_that_commune():
    assert communes_for_postal_code(" 1070 ") == ["anderlecht"]
    assert communes_for_postal_code(1210) == ["saint_josse"]


def test_a_belgian_postal_code_outside_the_brussels_range_means_outside_brussels():
    assert communes_for_postal_code("1300") == ["outside_brussels"]
    assert communes_for_postal_code("9000") == ["outside_brussels"]


def test_a_brussels_institution_code_gives_no_commune_so_the_bot_asks_for_it():
    assert communes_for_postal_code("1011") == []


def test_text_that_is_not_a_postal_code_is_refused():
    for bad in ("abc", "10400", "0123", ""):
        with pytest.raises(ValueError):
            communes_for_postal_code(bad)


def test_every_postal_code_of_the_data_file_is_found_again():
    with open(offices.COMMUNES_FILE, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert row["commune_id"] in communes_for_postal_code(row["postal_code"])


def test_every_phone_given_is_a_belgian_number_and_every_website_is_https():
    for commune_id in BRUSSELS_COMMUNE_IDS:
        office = office_for(commune_id)
        if office["phone"] is not None:
            assert re.fullmatch(r"0\d( ?\d){7,8}", office["phone"]), office["phone"]
            assert office["phone_international"].startswith("+32")
        if office["website"] is not None:
            assert office["website"].startswith("https://")


def test_every_office_keeps_the_source_of_its_facts():
    for commune_id in BRUSSELS_COMMUNE_IDS:
        assert office_for(commune_id)["source"]
