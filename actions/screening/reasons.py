"""Words for the engine's reason codes, so that Iris can answer "why?" for each right.

The engine reports, for each assessed right, the codes of actions/eligibility/rights/*.yaml
(`reasons:`) whose bool variable is true. One code is shared by several rights, so its sentence in
`REASONS` is true for each of them; `RIGHT_REASONS`, keyed (right id, code), holds the few
sentences that only fit one right and is consulted first. Codes meaning that the office must check
something say so. The ages and dates a sentence says are placeholders, filled from the right's own
parameters (`REASON_FIGURES`), as the same code stands for different ages in different rights.
"""

from __future__ import annotations

from actions.i18n import say
from actions.screening.vocabulary import N_, age, age_band, figures, since

REASONS = {
    # income, shared by most rights
    "income_below_ceiling": N_("Your household's income is below the limit for this right."),
    "income_near_ceiling": N_("Your household's income is close to the limit: the office checks it."),
    "income_above_ceiling": N_("Your household's income is above the limit for this right."),
    "other_rights_first": N_(
        "The CPAS first asks you to claim the income guarantee for older people."
    ),
    "household_income_may_not_all_count": N_(
        "The income of some people living with you may not count: the office checks."
    ),
    "income_ceiling_not_found": N_("Iris does not know the income limit: the office checks your income."),
    "ceiling_may_have_risen": N_("The limit for your income may have risen since. Ask the office."),
    "earned_income_partly_exempt": N_("Part of what you earn from work does not count. The office does the sum."),
    "partner_income_partly_counted": N_("Only part of your partner's income counts. The office does the sum."),
    # age
    "age_under_18": N_("You must be at least {age} for this right."),
    "minor_exception_to_check": N_("You are under {age}: the office checks if an exception applies to you."),
    "age_under_65": N_("You must be at least {age} for this allowance."),
    "age_under_pension_age": N_("You have not reached the legal pension age yet."),
    "age_over_limit": N_("You have reached the age limit for this allowance."),
    "upper_age_may_be_pension_age": N_("A new law may let you ask until the pension age. Ask the office."),
    "examined_automatically_at_pension_age": N_(
        "The pension service looks at this right by itself when you reach the pension age."
    ),
    # residence status and region
    "residence_status_not_covered": N_(
        "With your residence status, you cannot get this right. Ask the CPAS what is possible."
    ),
    "residence_conditions_to_check": N_("The office checks the conditions linked to your residence status."),
    "not_in_brussels": N_(
        "You live outside Brussels; this right is for Brussels. Ask your commune's CPAS what exists."
    ),
    "irregular_stay": N_("You have no papers, and this aid is for people without papers."),
    # health and disability
    "no_disability": N_("You did not mention a disability or a health problem that limits you."),
    "no_reduced_autonomy": N_("You did not mention a health problem that limits your daily life."),
    "medical_assessment_needed": N_("The office checks your health situation with a medical assessment."),
    "already_affiliated": N_("You are already a member of a health insurance fund."),
    "health_insurance_affiliation_needed": N_("You must first become a member of a health insurance fund."),
    # rights that open other rights
    "receives_gateway_benefit": N_("You already get an allowance that gives you this right automatically."),
    "follows_gateway_benefit": N_("You may get an allowance that would give you this right automatically."),
    "integration_income_applies": N_("You are Belgian, so you can ask for the integration income instead."),
    "receives_increased_reimbursement": N_(
        "Your household gets, or will get, the better reimbursement of health care (BIM)."
    ),
    "follows_increased_reimbursement": N_(
        "You may get the better reimbursement (BIM): ask your health insurance fund first."
    ),
    "social_maf_with_increased_reimbursement": N_(
        "With the better reimbursement (BIM), your yearly limit on health costs is lower."
    ),
    # family allowances and their social supplement
    "no_child_under_25": N_("You have no child aged {age} or under living with you."),
    "adult_children_conditions_to_check": N_(
        "Your children are {lowest_age} to {highest_age}: the office checks if they study or seek work."
    ),
    "reduced_supplement_two_or_more_children": N_(
        "With your income and two or more children, you may get a smaller supplement."
    ),
    "cadastral_income_to_check": N_("You own property: the office checks its cadastral income, its value for taxes."),
    "no_family_allowance": N_("This supplement adds to family allowances, which no child of yours can get."),
    "granted_by_fund_later_without_request": N_("Your fund gives it by itself, but later. Ask now to get it sooner."),
    "automatic_after_three_months_of_integration_income": N_(
        "You get it by itself after {months} months in a row of integration income."
    ),
    # energy
    "social_housing_collective_gas_heating": N_(
        "Only social homes with a shared gas heating get it. Ask your social housing company."
    ),
    "social_tariff_or_bim_no_income_test": N_(
        "With the social tariff or BIM, Sibelga can protect you without looking at your income."
    ),
    "bim_category_without_income_test": N_("With BIM, your household gets this help without an income check."),
    "no_covered_fuel": N_("You do not heat with heating oil, lamp oil or bulk propane."),
    "bim_income_to_check": N_("You have the better reimbursement (BIM) but a higher income: the office checks."),
    "debt_mediation_to_check": N_(
        "The office checks if someone already helps you with your debts (debt mediation)."
    ),
    "no_energy_debt": N_("You said you have no trouble paying your gas or electricity bills."),
    "increased_reimbursement_alone_not_enough": N_(
        "Since {date}, your better reimbursement (BIM) alone no longer gives this tariff."
    ),
    "increased_reimbursement_opens_tariff": N_(
        "On that date, your better reimbursement (BIM) alone was enough for this tariff."
    ),
    # housing
    "higher_ceiling_of_some_companies": N_("Some social housing companies accept your income. Ask them."),
    "not_social_housing_candidate": N_("You are not on the waiting list for social housing."),
    "not_private_tenant": N_("You do not rent your home from a private landlord."),
    "owns_property": N_("Someone in your household owns a house, a flat or land."),
    "priority_titles_to_check": N_("The office checks your priority points on the social housing waiting list."),
    "already_candidate_or_social_tenant": N_("You are already on the waiting list or you rent a social home."),
    # legal aid
    "presumed_without_resources": N_("In your situation, the office does not need to look at your income."),
    "income_below_fully_free_ceiling": N_("Your household's income is low enough for a fully free lawyer."),
    "partly_free_personal_contribution": N_("With your income, the lawyer is partly free: you pay a small part."),
    "dependant_raise_not_found": N_("The limit rises for each person you support: the office checks the amount."),
    # public transport
    "age_65_or_over": N_("You are {age} or older, so you can get a cheaper senior pass."),
    "age_12_to_24": N_("You are {lowest_age} to {highest_age}, so you can get a cheaper youth pass."),
    "child_aged_12_to_24": N_(
        "A child in your household is {lowest_age} to {highest_age} and can get a cheaper pass."
    ),
    # study grants
    "student": N_("You are in secondary school or in higher education."),
    "child_of_secondary_school_age": N_(
        "A child in your household is {lowest_age} to {highest_age}, the age of secondary school."
    ),
    "child_of_higher_education_age": N_(
        "A child in your household is {lowest_age} to {highest_age}, an age for school or studies."
    ),
    "no_pupil_or_student": N_("Nobody in your household is in secondary school or higher education."),
    "school_community_decides": N_("Your grant depends on the school: French-speaking or Dutch-speaking."),
}

RIGHT_REASONS = {
    ("urgent_medical_aid", "residence_status_not_covered"): N_(
        "This aid is for people without papers. For your care, join a health insurance fund."
    ),
    ("health_insurance_affiliation", "residence_status_not_covered"): N_(
        "Without papers, you cannot join a health insurance fund, but urgent medical aid can help."
    ),
    ("health_insurance_affiliation", "residence_conditions_to_check"): N_(
        "If you seek asylum, your reception place usually arranges your health care."
    ),
    ("family_allowance", "residence_conditions_to_check"): N_(
        "Your child's own residence status decides: the office checks it."
    ),
}


# The figures of a reason's sentence for one right: the parameters its rule reads.
_YOUTH = {"lowest_age": age("brussels.public_transport_reduction.youth_min_age"),
          "highest_age": age("brussels.public_transport_reduction.youth_max_age")}
_INTEGRATION_INCOME_AGE = {"age": age("federal.integration_income.minimum_age")}
_SOCIAL_HOUSING_AGE = {"age": age("brussels.social_housing.min_age")}
REASON_FIGURES = {
    ("increased_reimbursement", "automatic_after_three_months_of_integration_income"): {
        "months": age("federal.increased_reimbursement.months_of_integration_income")},
    ("integration_income", "age_under_18"): _INTEGRATION_INCOME_AGE,
    ("integration_income", "minor_exception_to_check"): _INTEGRATION_INCOME_AGE,
    ("equivalent_social_aid", "age_under_18"): _INTEGRATION_INCOME_AGE,
    ("social_housing", "age_under_18"): _SOCIAL_HOUSING_AGE,
    ("social_housing", "minor_exception_to_check"): _SOCIAL_HOUSING_AGE,
    ("integration_allowance", "age_under_18"): {"age": age("federal.integration_allowance.minimum_age")},
    ("disability_income_allowance", "age_under_18"): {"age": age("federal.disability_income_allowance.minimum_age")},
    ("elderly_care_allowance", "age_under_65"): {"age": age("brussels.elderly_care_allowance.minimum_age")},
    ("family_allowance", "no_child_under_25"): {"age": age("brussels.family_allowance.child_age_bands.oldest_max_age")},
    ("family_allowance", "adult_children_conditions_to_check"): {
        "lowest_age": age_band("num_children_18_to_24", "low"), "highest_age": age_band("num_children_18_to_24", "high")},
    ("social_energy_tariff", "increased_reimbursement_alone_not_enough"): {
        "date": since("federal.social_energy_tariff.increased_reimbursement_opens")},
    ("public_transport_reduction", "age_65_or_over"): {"age": age("brussels.public_transport_reduction.senior_min_age")},
    ("public_transport_reduction", "age_12_to_24"): _YOUTH,
    ("public_transport_reduction", "child_aged_12_to_24"): _YOUTH,
    ("study_grant", "child_of_secondary_school_age"): {
        "lowest_age": age_band("num_children_12_to_17", "low"), "highest_age": age_band("num_children_12_to_17", "high")},
    ("study_grant", "child_of_higher_education_age"): {
        "lowest_age": age_band("num_children_18_to_24", "low"), "highest_age": age_band("num_children_18_to_24", "high")},
}


def reason_message(right_id: str, code: str) -> str | None:
    """The English message id for one reason of one right, or None if the code has no words."""
    return RIGHT_REASONS.get((right_id, code)) or REASONS.get(code)


def reason_lines(right: dict, language: str) -> list[str]:
    """The sentences for the reasons of one assessed right, in order, without repeats.

    A code without words is skipped (tests/actions/screening/test_reasons.py makes sure every code
    declared in the rights has words).
    """
    lines: list[str] = []
    for code in right.get("reasons") or []:
        message = reason_message(right.get("id", ""), code)
        if message is None:
            continue
        line = say(language, message, **figures(message, REASON_FIGURES.get((right.get("id", ""), code), {}), language))
        if line not in lines:
            lines.append(line)
    return lines
