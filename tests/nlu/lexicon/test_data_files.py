"""The lexicon's files: values of the contract, postal codes, and one clear line when a file is
wrong."""

import pytest

from nlu.lexicon import data, postal_code

# CONTRACT.md, section 1 and 2.
CONTRACT = {
    "aids": {
        "integration_income", "equivalent_social_aid", "increased_reimbursement", "elderly_income_guarantee",
        "family_allowance", "family_allowance_social_supplement", "social_energy_tariff", "protected_customer",
        "rent_allowance", "social_housing", "disability_income_allowance", "integration_allowance",
        "elderly_care_allowance", "urgent_medical_aid", "maximum_billing", "legal_aid", "heating_allowance",
        "public_transport_reduction", "study_grant", "health_insurance_affiliation",
    },
    "housing": {"private_rent", "social_rent", "owner", "hosted", "homeless", "care_home"},
    "household": {"alone", "partner", "family", "others"},
    "papers": {"belgian", "eu", "residence_permit", "asylum_seeker", "no_papers"},
    "income_sources": {"work", "self_employed", "unemployment", "sickness_invalidity", "pension",
                       "disability_allowance", "cpas", "student_job", "maintenance", "other", "none"},
    "facts": {"social_housing_candidate", "owns_property", "disability", "student", "heating_oil",
              "energy_debt", "health_insurance"},
}


@pytest.mark.parametrize("kind", sorted(CONTRACT))
@pytest.mark.parametrize("language", data.LANGUAGES)
def test_every_value_of_the_lexicon_is_a_value_of_the_contract(kind, language):
    found = {e.value[0] if kind == "facts" else e.value for e in data.entries(kind, language)}
    assert found <= CONTRACT[kind]


def test_every_right_has_a_name_in_both_languages():
    for language in data.LANGUAGES:
        assert {e.value for e in data.entries("aids", language)} == CONTRACT["aids"]


def test_postal_code_1000_is_the_city_of_brussels_alone():
    # brussels-communes.csv lists 1000 under Bruxelles only; reference section 17: "1000/1020/1120/
    # 1130 are all Ville de Bruxelles".
    code = postal_code("1000")
    assert (code.communes, code.shared) == (("bruxelles",), False)


def test_1040_and_1050_are_shared_with_the_city_of_brussels_the_owner_first():
    assert postal_code("1040").communes == ("etterbeek", "bruxelles")
    assert postal_code("1050").communes == ("ixelles", "bruxelles")
    assert postal_code(" 1050 ").shared


def test_a_code_of_no_commune_is_none():
    assert postal_code("1300") is None


def test_a_postal_codes_file_whose_shared_column_disagrees_is_refused(tmp_path):
    path = tmp_path / "postal_codes.csv"
    path.write_text("code,communes,shared,source\n1040,etterbeek;bruxelles,no,x\n", encoding="utf-8")
    with pytest.raises(data.LexiconDataError, match="shared says no but 2 commune"):
        data.read_postal_codes(path)


@pytest.fixture
def lexicon_folder(tmp_path, monkeypatch):
    """An empty lexicon folder to write files in; the real one is read again afterwards."""
    monkeypatch.setattr(data, "FOLDER", tmp_path)
    data.yaml_file.cache_clear()
    yield tmp_path
    data.yaml_file.cache_clear()


def test_a_key_given_twice_in_a_yaml_file_is_refused(lexicon_folder):
    (lexicon_folder / "aids_fr.yaml").write_text("legal_aid: [avocat]\nlegal_aid: [pro deo]\n", encoding="utf-8")
    with pytest.raises(data.LexiconDataError, match="'legal_aid' is given twice"):
        data.yaml_file("aids_fr.yaml")


def test_an_unquoted_yes_no_on_or_off_is_refused_with_its_place(lexicon_folder):
    (lexicon_folder / "markers_fr.yaml").write_text("words: [je, on, nous]\n", encoding="utf-8")
    with pytest.raises(data.LexiconDataError, match="markers_fr.yaml: words: True must be quoted"):
        data.word_list("markers", "words", "fr")
