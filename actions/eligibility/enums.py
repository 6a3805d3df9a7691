"""Enumerations of the contract's profile fields (CONTRACT.md section 1), shared by variables.

Member names are exactly the contract's values; do not rename them.
"""
from openfisca_core.indexed_enums import Enum


class Commune(Enum):
    anderlecht = "anderlecht"
    auderghem = "auderghem"
    berchem_sainte_agathe = "berchem_sainte_agathe"
    bruxelles = "bruxelles"
    etterbeek = "etterbeek"
    evere = "evere"
    forest = "forest"
    ganshoren = "ganshoren"
    ixelles = "ixelles"
    jette = "jette"
    koekelberg = "koekelberg"
    molenbeek = "molenbeek"
    saint_gilles = "saint_gilles"
    saint_josse = "saint_josse"
    schaerbeek = "schaerbeek"
    uccle = "uccle"
    watermael_boitsfort = "watermael_boitsfort"
    woluwe_saint_lambert = "woluwe_saint_lambert"
    woluwe_saint_pierre = "woluwe_saint_pierre"
    outside_brussels = "outside_brussels"


class LivingWith(Enum):
    alone = "alone"
    partner = "partner"
    family = "family"
    others = "others"


class ResidenceStatus(Enum):
    belgian = "belgian"
    eu = "eu"
    residence_permit = "residence_permit"
    asylum_seeker = "asylum_seeker"
    no_papers = "no_papers"


class Housing(Enum):
    private_rent = "private_rent"
    social_rent = "social_rent"
    owner = "owner"
    hosted = "hosted"
    homeless = "homeless"
    care_home = "care_home"


INCOME_SOURCES = (
    "work", "self_employed", "unemployment", "sickness_invalidity", "pension",
    "disability_allowance", "cpas", "student_job", "maintenance", "other", "none",
)

RIGHT_IDS = (
    "integration_income", "equivalent_social_aid", "increased_reimbursement",
    "elderly_income_guarantee", "family_allowance", "family_allowance_social_supplement",
    "social_energy_tariff", "protected_customer", "rent_allowance", "social_housing",
    "disability_income_allowance", "integration_allowance", "elderly_care_allowance",
    "urgent_medical_aid", "maximum_billing", "legal_aid", "heating_allowance",
    "public_transport_reduction", "study_grant", "health_insurance_affiliation",
)
