"""Words for the engine's codes: right names, what each right is, offices and documents.

The engine speaks in codes (CONTRACT.md: right ids; actions/eligibility/rights/*.yaml: bodies,
documents); this table gives each code its English message id, translated in the catalogs.
`N_` only marks a text for extraction; `say` translates it when a person reads it.

A number a sentence says is never written in it: the sentence has a placeholder (`{age}`,
`{phone}`), and `FIGURES` says where its value comes from, the engine's parameters in force on
the day (ages, dates of the law) or the office directory (phone numbers). So the words follow
the law and the offices without a translator's help.
"""

from __future__ import annotations

import datetime
from string import Formatter
from typing import Callable

from babel.dates import format_date

from actions.directory.bodies import body_contact
from actions.i18n import say


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    return message


RIGHT_NAMES = {
    "integration_income": N_("Integration income from the CPAS"),
    "equivalent_social_aid": N_("Equivalent social aid from the CPAS"),
    "increased_reimbursement": N_("Better reimbursement of health care (BIM)"),
    "elderly_income_guarantee": N_("Income guarantee for older people (GRAPA)"),
    "family_allowance": N_("Family allowances"),
    "family_allowance_social_supplement": N_("Social supplement of family allowances"),
    "social_energy_tariff": N_("Social tariff for gas and electricity"),
    "protected_customer": N_("Protected customer for energy"),
    "rent_allowance": N_("Rent allowance"),
    "social_housing": N_("Registration for social housing"),
    "disability_income_allowance": N_("Income replacement allowance for disability"),
    "integration_allowance": N_("Integration allowance for disability"),
    "elderly_care_allowance": N_("Allowance for help to older people (APA)"),
    "urgent_medical_aid": N_("Urgent medical aid"),
    "maximum_billing": N_("Maximum billing of health costs"),
    "legal_aid": N_("Free legal aid (pro deo lawyer)"),
    "heating_allowance": N_("Heating allowance for heating oil"),
    "public_transport_reduction": N_("Cheaper STIB public transport pass"),
    "study_grant": N_("Study grant"),
    "health_insurance_affiliation": N_("Membership of a health insurance fund"),
}

RIGHT_SUMMARIES = {
    "integration_income": N_("A monthly income for people without enough money."),
    "equivalent_social_aid": N_("Help from the CPAS when the integration income is not possible."),
    "increased_reimbursement": N_("You pay less for the doctor, medicines and hospital."),
    "elderly_income_guarantee": N_("A monthly income for people over the pension age with little money."),
    "family_allowance": N_("Monthly money for each child who lives in Brussels."),
    "family_allowance_social_supplement": N_("Extra family allowance money for households with a low income."),
    "social_energy_tariff": N_("A lower price for gas and electricity."),
    "protected_customer": N_("Protection against cuts when energy bills are hard to pay."),
    "rent_allowance": N_("Monthly help with the rent while you wait for social housing."),
    "social_housing": N_("A place on the waiting list for a home with a low rent."),
    "disability_income_allowance": N_("An income for people who cannot work much because of a disability."),
    "integration_allowance": N_("Money for extra costs of a disability in daily life."),
    "elderly_care_allowance": N_("Money for people aged {age} or more who need help in daily life."),
    "urgent_medical_aid": N_("Health care paid by the CPAS for people without papers."),
    "maximum_billing": N_("A yearly limit on what your household pays for health care."),
    "legal_aid": N_("A free or cheap lawyer for people with a low income."),
    "heating_allowance": N_("Help to pay heating oil, lamp oil or propane."),
    "public_transport_reduction": N_("A cheaper pass for buses, trams and the metro."),
    "study_grant": N_("Money for school or studies for families with a low income."),
    "health_insurance_affiliation": N_("A health insurance fund pays back part of your health costs."),
}

# The names the first message of the plan of visits uses, short enough that it fits on a phone's
# screen and in three SMS segments; a right missing here goes by its full name (RIGHT_NAMES).
RIGHT_SHORT_NAMES = {
    "integration_income": N_("Integration income"),
    "equivalent_social_aid": N_("Equivalent social aid"),
    "increased_reimbursement": N_("Increased reimbursement (BIM)"),
    "elderly_income_guarantee": N_("Income guarantee (GRAPA)"),
    "family_allowance_social_supplement": N_("Social supplement"),
    "social_energy_tariff": N_("Social energy tariff"),
    "protected_customer": N_("Protected customer"),
    "social_housing": N_("Social housing waiting list"),
    "disability_income_allowance": N_("Income replacement allowance"),
    "integration_allowance": N_("Integration allowance"),
    "elderly_care_allowance": N_("Help for older people (APA)"),
    "maximum_billing": N_("Maximum billing"),
    "legal_aid": N_("Free lawyer (pro deo)"),
    "heating_allowance": N_("Heating allowance"),
    "public_transport_reduction": N_("Cheaper pass"),
    "health_insurance_affiliation": N_("Joining a health insurance fund"),
}

BODIES = {
    "cpas": N_("The CPAS, the social service of your commune"),
    "mutuality": N_("Your health insurance fund (mutualité)"),
    "sfp": N_("The Federal Pension Service, phone {phone}"),
    "dgph": N_("The federal service for people with a disability"),
    "iriscare": N_("Iriscare, the Brussels service for social protection"),
    "energy_supplier": N_("Your gas and electricity supplier"),
    "family_allowance_fund": N_("Your family allowance fund, for example Famiris"),
    "bruxelles_logement": N_("Bruxelles Logement, free phone {phone}"),
    "social_housing_company": N_("A social housing company in Brussels"),
    "sibelga": N_("Sibelga, the company of the gas and electricity network in Brussels"),
    "legal_aid_office": N_("The legal aid office of the Brussels bar"),
    "stib": N_("A STIB sales point (Bootik)"),
    "community_of_the_school": N_("The study grant service, French-speaking or Dutch-speaking as the school"),
}

# The offices of the plan of visits said short, by office id or claim body; the others go by
# their directory name or, failing that, by the words of BODIES.
BODY_SHORT_NAMES = {
    "sfp": N_("The Pension Service ({phone})"),
    "dgph": N_("The federal disability service"),
    "iriscare": N_("Iriscare"),
    "legal_aid_office": N_("The legal aid office"),
    "energy_supplier": N_("Your energy supplier"),
    "slrb_bghm": N_("A social housing company"),   # registration: any of them (office id)
    "social_housing_company": N_("Your landlord (social housing company)"),   # a tenant's own
    "stib": N_("Bus, tram and metro (STIB)"),
    "community_of_the_school": N_("The study grant service"),
}

DOCUMENTS = {
    "identity_document": N_("your identity card"),
    "residence_permit": N_("your residence card"),
    "proof_of_income_household": N_("proof of income of everyone in the household"),
    "bank_account_number": N_("your bank account number"),
    "lease_or_proof_of_address": N_("your rental contract or proof of address"),
    "tax_assessment": N_("your last tax assessment"),
    "sworn_statement_household": N_("a signed statement about the household's income"),
    "medical_certificate": N_("a certificate from a doctor"),
    "energy_bills": N_("your gas and electricity bills"),
    "payment_reminders": N_("the payment reminders you received"),
    "bim_attestation": N_("the BIM certificate of your health insurance fund"),
    "child_birth_certificate_or_composition_of_household": N_("a birth certificate or household composition"),
    "household_composition_certificate": N_("a household composition from the commune"),
    "fuel_delivery_invoice": N_("the invoice of the fuel delivery"),
    "heating_allowance_form": N_("the heating allowance form"),
    "legal_aid_application_form": N_("the legal aid form"),
    "rent_allowance_form": N_("the rent allowance form"),
    "school_registration_certificate": N_("a school registration certificate"),
    "social_housing_certificate": N_("your social housing registration certificate"),
    "social_housing_lease": N_("your social housing rental contract"),
    "social_housing_registration_form": N_("the social housing registration form"),
}

# What a right depends on, when the answer is missing ("It depends on: your income.").
TOPICS = {
    "commune": N_("where you live"),
    "age": N_("your age"),
    "living_with": N_("who you live with"),
    "children": N_("your children"),
    "children_ages": N_("the age of your children"),
    "monthly_income": N_("your income"),
    "income_sources": N_("where your income comes from"),
    "benefits": N_("the aid you already get"),
    "residence_status": N_("your papers"),
    "health_insurance": N_("your health insurance fund"),
    "housing": N_("your home"),
    "social_housing_candidate": N_("the social housing waiting list"),
    "owns_property": N_("property you own"),
    "disability": N_("your health"),
    "student": N_("your studies"),
    "heating_oil": N_("how you heat your home"),
    "energy_debt": N_("your energy bills"),
}


# A figure: its text for a day and a language.
Figure = Callable[[datetime.date, str], str]
LOCALES = {"fr": "fr_BE", "nl": "nl_BE"}


def _parameters():
    """The engine's parameters; imported here, as the engine lives in the action server only."""
    from actions.eligibility.system import tax_benefit_system

    return tax_benefit_system().parameters


def _parameter(path: str):
    node = _parameters()
    for part in path.split("."):
        node = getattr(node, part)
    return node


def _whole(value) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def age(path: str) -> Figure:
    """An age (or another whole number, such as a count of months) of the law: the parameter `path` in force on the day."""
    return lambda day, language: _whole(_parameter(path)(day.isoformat()))


def age_band(variable: str, end: str) -> Figure:
    """The lowest (`end="low"`) or highest age of a band of children (profile.CHILD_AGE_BANDS) on the day."""
    def figure(day: datetime.date, language: str) -> str:
        from actions.eligibility.profile import child_age_bands

        bands = {name: (low, high) for name, low, high in child_age_bands(_parameters()(day.isoformat()))}
        return _whole(bands[variable][0 if end == "low" else 1])
    return figure


def since(path: str) -> Figure:
    """The month the value of the parameter `path` in force on the day started, as a person says it."""
    def figure(day: datetime.date, language: str) -> str:
        start = max(v.instant_str for v in _parameter(path).values_list if v.instant_str <= day.isoformat())
        return format_date(datetime.date.fromisoformat(start), format="MMMM y", locale=LOCALES[language])
    return figure


def phone(body_id: str) -> Figure:
    """The phone number of a body of the office directory (actions/directory/bodies.csv)."""
    return lambda day, language: body_contact(body_id)["phone"]


# The figures of the codes' words, by code (right ids and body codes do not overlap).
FIGURES: dict[str, dict[str, Figure]] = {
    "elderly_care_allowance": {"age": age("brussels.elderly_care_allowance.minimum_age")},
    "sfp": {"phone": phone("sfp")},
    "bruxelles_logement": {"phone": phone("bruxelles_logement")},
}


def figures(message: str, known: dict[str, Figure], language: str, day: datetime.date | None = None) -> dict[str, str]:
    """The values of the placeholders of `message`, from `known` (a KeyError names a figure nobody gave)."""
    names = {name for _, name, _, _ in Formatter().parse(message) if name}
    day = day or datetime.date.today()
    return {name: known[name](day, language) for name in names}


def words(table: dict[str, str], code: str, language: str) -> str:
    """The words for a code; a code without words is a defect the tests catch, shown as is."""
    message = table.get(code)
    if not message:
        return code
    return say(language, message, **figures(message, FIGURES.get(code, {}), language))
