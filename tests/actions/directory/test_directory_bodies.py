"""Where to claim the rights that are not claimed at the CPAS: sourced facts only."""

import os

import pytest
import yaml

from actions.directory import bodies
from actions.directory.bodies import UnknownBodyError, body_contact, body_ids, load_bodies
from actions.directory.offices import NOT_FOUND, DirectoryDataError

RIGHTS_DIR = os.path.join(os.path.dirname(bodies.__file__), "..", "eligibility", "rights")
# The rights whose claim office is in this directory (the CPAS ones are in offices.py).
RIGHTS_WITH_BODIES = (
    "family_allowance", "family_allowance_social_supplement", "rent_allowance", "social_housing",
    "public_transport_reduction", "legal_aid", "heating_allowance", "study_grant",
)


def claim_codes(right):
    with open(os.path.join(RIGHTS_DIR, f"{right}.yaml"), encoding="utf-8") as f:
        claim = yaml.safe_load(f)["claim"]
    codes = []
    for key in ("office", "fund"):
        value = claim.get(key)
        codes.extend(value if isinstance(value, list) else [value] if value else [])
    return [c for c in codes if c != "commune_cpas"]


def test_every_claim_office_of_these_rights_is_a_body_of_the_directory():
    for right in RIGHTS_WITH_BODIES:
        for code in claim_codes(right):
            assert code in body_ids(), (right, code)


def test_famiris_has_its_address_and_email_but_no_phone_in_the_reference():
    famiris = body_contact("famiris")
    assert famiris["address"] == "Rue de Trèves 70, boîte 1, 1000 Bruxelles"
    assert famiris["email"] == "info@famiris.brussels"
    assert famiris["phone"] is None and famiris["not_found"] == ["phone"]


def test_the_rent_allowance_service_has_its_free_number():
    office = body_contact("bruxelles_logement")
    assert office["phone"] == "0800 40 400"
    assert office["phone_international"] == "+3280040400"
    assert office["phone_note"] == "Mon/Wed/Fri 9–12"


def test_both_brussels_legal_aid_offices_are_named_in_french_and_dutch():
    for body_id in ("baj_legal_aid_fr", "bjb_legal_aid_nl"):
        office = body_contact(body_id)
        assert office["name"]["fr"] and office["name"]["nl"]
    assert body_contact("bjb_legal_aid_nl")["address"] == "Regentschapsstraat 63, 1000 Brussel"


def test_no_contact_field_of_any_body_holds_the_words_not_found():
    for body_id in body_ids():
        contact = body_contact(body_id)
        for field in ("address", "phone", "email", "website"):
            assert contact[field] is None or NOT_FOUND not in contact[field]
            assert (contact[field] is None) == (field in contact["not_found"])


def test_every_body_keeps_the_source_of_its_facts():
    for body_id in body_ids():
        assert body_contact(body_id)["source"].startswith("http")


def test_an_unknown_body_is_refused_with_a_clear_message():
    with pytest.raises(UnknownBodyError, match="unknown body id 'cpas'"):
        body_contact("cpas")


@pytest.mark.parametrize("email, error", [("famiris", r"email 'famiris' is not an e-mail address"),
                                          ("", r"email is empty \(write the value or NOT FOUND\)")])
def test_a_bodies_file_with_a_bad_or_empty_email_is_refused_with_one_line(tmp_path, email, error):
    path = tmp_path / "bodies.csv"
    text = bodies.BODIES_FILE.read_text(encoding="utf-8").replace("info@famiris.brussels", email, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DirectoryDataError, match=rf"^bodies.csv line 2: {error}$"):
        load_bodies(path)


def test_a_bodies_file_with_a_body_given_twice_is_refused(tmp_path):
    path = tmp_path / "bodies.csv"
    lines = bodies.BODIES_FILE.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(DirectoryDataError, match="body_id famiris already on line 2"):
        load_bodies(path)
