"""Whole screenings in French through the running bot, one household a test.

Each household is a table of replies, typed the way residents type them; the driver answers
whatever the bot asks from it (tests/bot/screening_driver.py). The statuses asserted are those the
engine gives the whole profile (`make -s assess`), and the result must name the right in French
with the office where to claim it.
"""

from actions.i18n import say

from tests.bot.screening_driver import assert_right, languages, office_in, screen

CLAIM_NOW = say("fr", "Rights you can claim now:")
ASK_ABOUT = say("fr", "Rights to ask about:")


def test_a_young_man_without_work_living_with_his_parents_in_molenbeek_is_told_to_ask_the_cpas(person):
    # His parents' income may not count for him: the CPAS decides, so it is "ask about".
    screening = screen(person, "bonjour", {
        "commune": "1080", "age": "vingt-trois ans", "living_with": "chez mes parents",
        "children": "non pas d'enfant", "children_ages": "aucun",
        "monthly_income": "dans les 1900 € avec mes parents", "income_sources": "le salaire de mon père",
        "benefits": "non rien", "residence_status": "belge", "health_insurance": "oui je suis a la mutuelle",
        "housing": "chez mes parents", "social_housing_candidate": "non", "owns_property": "non",
        "disability": "non", "student": "non j'ai arrêté l'école", "heating_oil": "non",
        "energy_debt": "non ça va",
    })
    assert screening.statuses["integration_income"] == "possibly_eligible"
    assert screening.statuses["increased_reimbursement"] == "eligible"
    assert screening.statuses["public_transport_reduction"] == "eligible"
    assert screening.profile["commune"] == "molenbeek"
    assert screening.profile["age"] == 23
    assert screening.heading_of("Revenu d'intégration du CPAS") == ASK_ABOUT
    assert office_in(screening.where("Revenu d'intégration du CPAS"), "CPAS", "Molenbeek-Saint-Jean")
    assert languages(screening) == {"fr"}


def test_a_man_without_papers_in_saint_gilles_is_sent_to_the_cpas_for_urgent_medical_aid(person):
    # He would rather not say his income: urgent medical aid does not depend on it.
    screening = screen(person, "Bonjour madame", {
        "commune": "st gilles", "age": "38 ans", "living_with": "avec des amis",
        "children": "pas d'enfants", "children_ages": "aucun",
        "monthly_income": "je préfère pas dire", "income_sources": "un peu de travail au noir",
        "benefits": "non", "residence_status": "sans papiers", "health_insurance": "non",
        "housing": "hébergé chez un ami", "social_housing_candidate": "non", "owns_property": "non",
        "disability": "non", "student": "non", "heating_oil": "non", "energy_debt": "non",
    })
    assert screening.statuses["urgent_medical_aid"] == "eligible"
    assert screening.statuses["integration_income"] == "not_eligible"
    assert screening.statuses["increased_reimbursement"] == "not_eligible"
    assert screening.profile["monthly_income"] is None
    assert screening.heading_of("Aide médicale urgente") == CLAIM_NOW
    assert office_in(screening.where("Aide médicale urgente"), "CPAS", "Saint-Gilles")
    assert "Revenu d'intégration du CPAS" not in screening.result_text
    assert languages(screening) == {"fr"}


def test_a_retired_widow_in_jette_is_told_to_ask_for_the_grapa(person):
    screening = screen(person, "bonjour", {
        "commune": "Jette", "age": "septante-huit ans", "living_with": "je suis veuve, je vis seule",
        "children": "aucun à ma charge", "children_ages": "aucun",
        "monthly_income": "ma pension, dans les 1100 euros", "income_sources": "pension de survie",
        "benefits": "non rien", "residence_status": "belge", "health_insurance": "oui",
        "housing": "je loue un petit appartement", "social_housing_candidate": "non",
        "owns_property": "non", "disability": "non", "student": "non", "heating_oil": "non",
        "energy_debt": "non",
    })
    assert screening.statuses["elderly_income_guarantee"] == "eligible"
    assert screening.statuses["increased_reimbursement"] == "eligible"
    assert screening.statuses["public_transport_reduction"] == "eligible"
    assert screening.statuses["family_allowance"] == "not_eligible"
    grapa = screening.block("Garantie de revenus aux personnes âgées (GRAPA)")
    assert screening.heading_of("Garantie de revenus aux personnes âgées (GRAPA)") == CLAIM_NOW
    assert "1765" in grapa  # the pensions service's phone line
    assert languages(screening) == {"fr"}


def test_a_student_of_20_in_ixelles_with_a_student_job_is_told_about_the_study_grant(person):
    screening = screen(person, "salut", {
        "commune": "ixelle", "age": "20", "living_with": "en coloc", "children": "0",
        "children_ages": "aucun", "monthly_income": "450 avec mon job", "income_sources": "je suis jobiste",
        "benefits": "non", "residence_status": "belge", "health_insurance": "oui",
        "housing": "je loue une chambre", "social_housing_candidate": "non", "owns_property": "non",
        "disability": "non", "student": "oui je suis à l'unif", "heating_oil": "non", "energy_debt": "non",
    })
    assert_right(screening, "study_grant", "possibly_eligible", unless_told_if=("student", True))
    assert screening.statuses["public_transport_reduction"] == "eligible"
    assert screening.statuses["integration_income"] == "eligible"
    assert screening.profile["commune"] == "ixelles"
    assert screening.heading_of("Allocation d'études") in (ASK_ABOUT, say("fr", "If you are at school or studying:"))
    assert screening.heading_of("Abonnement STIB") == CLAIM_NOW
    assert office_in(screening.where("Revenu d'intégration du CPAS"), "CPAS", "Ixelles")
    assert languages(screening) == {"fr"}


def test_an_owner_couple_with_a_high_income_in_uccle_is_offered_nothing_it_cannot_get(person):
    screening = screen(person, "Bonjour", {
        "commune": "Uccle", "age": "55", "living_with": "avec mon épouse", "children": "non",
        "children_ages": "aucun", "monthly_income": "environ 7500 euros", "income_sources": "le travail",
        "benefits": "aucune", "residence_status": "belge", "health_insurance": "oui",
        "housing": "propriétaire", "social_housing_candidate": "non", "owns_property": "oui",
        "disability": "non", "student": "non", "heating_oil": "non", "energy_debt": "non",
    })
    offered = {right: status for right, status in screening.statuses.items()
               if status in ("eligible", "possibly_eligible")}
    assert offered == {}
    for right in ("integration_income", "increased_reimbursement", "social_energy_tariff",
                  "legal_aid", "rent_allowance", "elderly_income_guarantee", "heating_allowance"):
        assert screening.statuses[right] == "not_eligible", right
    assert screening.section(CLAIM_NOW) == ""
    assert screening.section(ASK_ABOUT) == ""
    assert languages(screening) == {"fr"}


def test_a_tenant_of_social_housing_heating_with_oil_in_saint_josse_is_told_of_the_heating_allowance(person):
    screening = screen(person, "bonjour", {
        "commune": "Saint Josse", "age": "61 ans", "living_with": "seul", "children": "non",
        "children_ages": "aucun", "monthly_income": "1450 de la mutuelle",
        "income_sources": "la mutuelle, je suis en maladie", "benefits": "non",
        "residence_status": "je suis portugais, européen", "health_insurance": "oui",
        "housing": "un logement social du foyer", "social_housing_candidate": "non",
        "owns_property": "non", "disability": "non", "student": "non", "heating_oil": "oui au mazout",
        "energy_debt": "non",
    })
    assert_right(screening, "heating_allowance", "eligible", unless_told_if=("heating_oil", True))
    # The social tariff of social tenants is only for buildings with a collective gas heating.
    assert screening.statuses["social_energy_tariff"] == "possibly_eligible"
    assert screening.statuses["social_housing"] == "already_receiving"
    # 1,450 euros is within 10 % of the single integration income of March 2026 (about 1,340.48).
    assert screening.statuses["integration_income"] == "possibly_eligible"
    assert screening.heading_of("Allocation chauffage pour le mazout") in (
        CLAIM_NOW, say("fr", "If you heat your home with heating oil, lamp oil or propane:"))
    assert office_in(screening.where("Allocation chauffage pour le mazout"), "CPAS", "Saint-Josse-ten-Noode")
    assert screening.heading_of("Tarif social pour le gaz et l'électricité") == ASK_ABOUT
    assert languages(screening) == {"fr"}


def test_a_single_father_of_two_in_woluwe_saint_lambert_is_told_of_the_social_supplement(person):
    screening = screen(person, "Bonjour", {
        "commune": "1200", "age": "41", "living_with": "seul avec mes deux enfants", "children": "2",
        "children_ages": "8 et 14 ans", "monthly_income": "dans les 1200", "income_sources": "mon salaire",
        "benefits": "non rien", "residence_status": "belge", "health_insurance": "oui",
        "housing": "locataire", "social_housing_candidate": "oui inscrit depuis 3 ans",
        "owns_property": "non", "disability": "non", "student": "non", "heating_oil": "non",
        "energy_debt": "non",
    })
    assert screening.statuses["family_allowance_social_supplement"] == "eligible"
    assert screening.statuses["rent_allowance"] == "possibly_eligible"
    assert screening.statuses["integration_income"] == "eligible"
    assert screening.profile["commune"] == "woluwe_saint_lambert"
    assert screening.profile["monthly_income"] == 1200
    assert screening.heading_of("Supplément social des allocations familiales") == CLAIM_NOW
    assert screening.heading_of("Allocation loyer") == ASK_ABOUT
    assert office_in(screening.where("Revenu d'intégration du CPAS"), "CPAS", "Woluwe-Saint-Lambert")
    assert languages(screening) == {"fr"}
