"""Why a right has its status, in the person's words: the verdict, then the engine's reasons.
Shared by "why not X?" and "why?" (actions/action_why_not.py, actions/action_why.py)."""

from __future__ import annotations

from actions.i18n import say
from actions.screening.messages import ITEM, topic_lines, where_lines
from actions.screening.reasons import reason_lines
from actions.screening.vocabulary import N_, RIGHT_NAMES, words

# The verdict follows the right's name, on a line of its own: a long name and a verdict in one
# sentence would pass 15 words.
VERDICTS = {
    "not_eligible": N_("With your answers, this right does not seem possible."),
    "eligible": N_("You can ask for this right. It is in your result."),
    "possibly_eligible": N_("It may be possible. Ask the office."),
    "automatic": N_("It should come by itself. If it does not, ask for it."),
    "already_receiving": N_("You said you already get it."),
    "unknown": N_("I cannot say yet."),
}


# Reason codes that state a condition the person meets. A "no" names first the conditions that
# fail; these may follow, said as met, so that "your income is under the limit" is never read as
# a reason for the no.
CONDITIONS_MET = frozenset({
    "income_below_ceiling", "income_below_fully_free_ceiling", "presumed_without_resources",
    "receives_gateway_benefit", "follows_gateway_benefit", "receives_increased_reimbursement",
    "follows_increased_reimbursement", "social_maf_with_increased_reimbursement",
    "social_tariff_or_bim_no_income_test", "bim_category_without_income_test",
    "examined_automatically_at_pension_age", "irregular_stay", "student",
    "child_of_secondary_school_age", "child_of_higher_education_age", "child_aged_12_to_24",
    "age_65_or_over", "age_12_to_24",
})


# A "no" whose reason sends the person to another office ends with that office: without papers,
# urgent medical aid is asked at the CPAS, not at a health insurance fund.
OFFICE_OF_THE_REASON = {("health_insurance_affiliation", "residence_status_not_covered"): "cpas"}


def elsewhere(right: dict) -> dict:
    """`right`, with the office its reason points to when that is another one."""
    body = next((OFFICE_OF_THE_REASON[(right["id"], c)] for c in right.get("reasons") or ()
                 if (right["id"], c) in OFFICE_OF_THE_REASON), None)
    return {**right, "claim": {"body": body}} if body else right


def explanation(right: dict, language: str) -> list[str]:
    """The lines that say why `right` (an assessed right of the engine) has its status."""
    verdict = VERDICTS[right["status"]]  # a variable, so that extraction does not take "status" for a message
    lines = [words(RIGHT_NAMES, right["id"], language), say(language, verdict)]
    if right["status"] == "not_eligible":
        codes = right.get("reasons") or []
        failing = [c for c in codes if c not in CONDITIONS_MET]
        met = [c for c in codes if c in CONDITIONS_MET]
        lines.extend(reason_lines({**right, "reasons": failing}, language))
        met_lines = reason_lines({**right, "reasons": met}, language)
        if met_lines:
            lines.append(say(language, "These conditions are met:"))
            lines.extend(ITEM + line for line in met_lines)
    else:
        lines.extend(reason_lines(right, language))
    if right["status"] == "unknown":
        lines.extend(topic_lines(right.get("depends_on") or (), language))
    if right["status"] == "not_eligible":
        # Every "no" ends with what the person can still do, and where.
        lines.append(say(language, "You can still ask. The office will look at your situation again."))
        lines.extend(where_lines(elsewhere(right), language, brief=True))
    if right["status"] == "possibly_eligible":
        lines.extend(where_lines(right, language, brief=True))  # "Ask the office" says which one
    return lines
