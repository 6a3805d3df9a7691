"""The question for each profile field: its words, its options, its examples, and why it is asked.

One question a message. A sensitive question (money, residence status, health) is preceded by one
sentence saying why it is asked and that "I'd rather not say" is a fine answer. Options become
buttons where the channel has them; free text is always accepted as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from actions.i18n import say, say_for

# The answers every question accepts besides its own options.
DONT_KNOW = "dont_know"
RATHER_NOT_SAY = "rather_not_say"


@dataclass(frozen=True)
class Question:
    field: str
    text: Callable[[str], str]
    examples: Callable[[str], str]
    options: tuple[tuple[str, Callable[[str], str]], ...] = ()
    why: Callable[..., str] | None = None
    yes_no: bool = False
    numeric: bool = False
    # The text and examples for a volunteer who asks on someone's behalf (terminal mode).
    volunteer: tuple[Callable[[str], str], Callable[[str], str]] | None = None
    # The labels of options that speak in the first person ("Someone hosts me"), as a volunteer
    # reads them under a question about the person ("Someone hosts the person"), by value.
    volunteer_options: tuple[tuple[str, Callable[[str], str]], ...] = ()

    def words(self, language: str, volunteer: bool = False) -> tuple[str, str]:
        """The question and its examples, phrased for the person or for a volunteer."""
        if volunteer and self.volunteer is not None:
            return self.volunteer[0](language), self.volunteer[1](language)
        return self.text(language), self.examples(language)


def _yes_no(language: str) -> tuple[tuple[str, str], ...]:
    return (("yes", say(language, "Yes")), ("no", say(language, "No")))


def _money_why(language: str, volunteer: bool = False) -> str:
    if volunteer:
        return say_for(language, "volunteer", "Many aids depend on income. The person may answer: I'd rather not say.")
    return say(language, "Many aids depend on income. You may answer: I'd rather not say.")


def _status_why(language: str, volunteer: bool = False) -> str:
    if volunteer:
        return say_for(language, "volunteer", "Some aids depend on papers. The person may answer: I'd rather not say.")
    return say(language, "Some aids depend on your papers. You may answer: I'd rather not say.")


def _health_why(language: str, volunteer: bool = False) -> str:
    if volunteer:
        return say_for(language, "volunteer", "Some aids depend on health. The person may answer: I'd rather not say.")
    return say(language, "Some aids depend on health. You may answer: I'd rather not say.")


QUESTIONS: dict[str, Question] = {
    q.field: q
    for q in (
        Question(
            "commune",
            lambda l: say(l, "In which commune of Brussels do you live?"),
            lambda l: say(l, "For example: Schaerbeek, Anderlecht or 1030."),
            options=(("outside_brussels", lambda l: say(l, "I do not live in Brussels")),),
            volunteer_options=(("outside_brussels", lambda l: say_for(l, "volunteer", "Does not live in Brussels")),),
            volunteer=(lambda l: say_for(l, "volunteer", "In which commune of Brussels does the person live?"),
                       lambda l: say_for(l, "volunteer", "For example: Schaerbeek, Anderlecht or 1030.")),
        ),
        Question(
            "age",
            lambda l: say(l, "How old are you?"),
            lambda l: say(l, "Write your age in years. For example: 45."),
            numeric=True,
            volunteer=(lambda l: say_for(l, "volunteer", "How old is the person?"),
                       lambda l: say_for(l, "volunteer", "Write the age in years. For example: 45.")),
        ),
        Question(
            "living_with",
            lambda l: say(l, "Who do you live with?"),
            lambda l: say(l, "For example: alone, with my husband, with my parents."),
            options=(
                ("alone", lambda l: say(l, "Alone")),
                ("partner", lambda l: say(l, "With my partner")),
                ("family", lambda l: say(l, "With parents or family")),
                ("others", lambda l: say(l, "With friends or flatmates")),
            ),
            volunteer=(lambda l: say_for(l, "volunteer", "Who does the person live with?"),
                       lambda l: say_for(l, "volunteer", "For example: alone, with a partner, with parents.")),
            volunteer_options=(
                ("partner", lambda l: say_for(l, "volunteer", "With a partner")),
                ("family", lambda l: say_for(l, "volunteer", "With parents or family")),
            ),
        ),
        Question(
            "children",
            lambda l: say(l, "How many children live with you and depend on you?"),
            lambda l: say(l, "Write a number. For example: 0, 1 or 2."),
            options=(("0", lambda l: "0"), ("1", lambda l: "1"), ("2", lambda l: "2"), ("3", lambda l: "3"),
                     ("4", lambda l: say(l, "4 or more"))),
            numeric=True,
            volunteer=(lambda l: say_for(l, "volunteer", "How many children live with the person and depend on them?"),
                       lambda l: say_for(l, "volunteer", "Write a number. For example: 0, 1 or 2.")),
        ),
        Question(
            "children_ages",
            lambda l: say(l, "How old are the children?"),
            lambda l: say(l, "Write their ages. For example: 4 and 9."),
            volunteer=(lambda l: say_for(l, "volunteer", "How old are the children?"),
                       lambda l: say_for(l, "volunteer", "Write their ages. For example: 4 and 9.")),
        ),
        Question(
            "monthly_income",
            lambda l: say(l, "How much money does your household get each month, after tax?"),
            lambda l: say(l, "Count all income together. For example: 1200, or nothing."),
            why=_money_why,
            numeric=True,
            volunteer=(lambda l: say_for(l, "volunteer", "How much money does the household get each month, after tax?"),
                       lambda l: say_for(l, "volunteer", "Count all income together. For example: 1200, or nothing.")),
        ),
        Question(
            "income_sources",
            lambda l: say(l, "Where does this money come from?"),
            lambda l: say(l, "For example: work, unemployment, pension, CPAS."),
            options=(
                ("work", lambda l: say(l, "Work")),
                ("unemployment", lambda l: say(l, "Unemployment")),
                ("sickness_invalidity", lambda l: say(l, "Sickness or invalidity")),
                ("pension", lambda l: say(l, "Pension")),
                ("cpas", lambda l: say(l, "CPAS")),
                ("none", lambda l: say(l, "No income")),
            ),
            why=_money_why,
            volunteer=(lambda l: say_for(l, "volunteer", "Where does this money come from?"),
                       lambda l: say_for(l, "volunteer", "For example: work, unemployment, pension, CPAS.")),
        ),
        Question(
            "benefits",
            lambda l: say(l, "Do you already receive an aid?"),
            lambda l: say(l, "For example: income from the CPAS, GRAPA, BIM. Or: none."),
            options=(("none", lambda l: say(l, "None")),),
            volunteer=(lambda l: say_for(l, "volunteer", "Does the person already receive an aid?"),
                       lambda l: say_for(l, "volunteer", "For example: income from the CPAS, GRAPA, BIM. Or: none.")),
        ),
        Question(
            "residence_status",
            lambda l: say(l, "What are your papers in Belgium?"),
            lambda l: say(l, "For example: Belgian, European, residence card, no papers."),
            options=(
                ("belgian", lambda l: say(l, "Belgian")),
                ("eu", lambda l: say(l, "European citizen")),
                ("residence_permit", lambda l: say(l, "Residence card")),
                ("asylum_seeker", lambda l: say(l, "Asylum seeker")),
                ("no_papers", lambda l: say(l, "No papers")),
            ),
            why=_status_why,
            volunteer=(lambda l: say_for(l, "volunteer", "What are the person's papers in Belgium?"),
                       lambda l: say_for(l, "volunteer", "For example: Belgian, European, residence card, no papers.")),
        ),
        Question(
            "health_insurance",
            lambda l: say(l, "Are you a member of a health insurance fund (mutualité)?"),
            lambda l: say(l, "Answer yes or no. For example: yes, I am with a mutualité."),
            yes_no=True,
            why=_health_why,
            volunteer=(lambda l: say_for(l, "volunteer", "Is the person a member of a health insurance fund (mutualité)?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no.")),
        ),
        Question(
            "housing",
            lambda l: say(l, "What kind of home do you live in?"),
            lambda l: say(l, "For example: I rent, social housing, I own my home."),
            options=(
                ("private_rent", lambda l: say(l, "I rent from a private landlord")),
                ("social_rent", lambda l: say(l, "I rent social housing")),
                ("owner", lambda l: say(l, "I own my home")),
                ("hosted", lambda l: say(l, "Someone hosts me")),
                ("homeless", lambda l: say(l, "I have no home")),
                ("care_home", lambda l: say(l, "Care home")),
            ),
            volunteer=(lambda l: say_for(l, "volunteer", "What kind of home does the person live in?"),
                       lambda l: say_for(l, "volunteer", "For example: rents, social housing, owns the home.")),
            volunteer_options=(
                ("private_rent", lambda l: say_for(l, "volunteer", "Rents from a private landlord")),
                ("social_rent", lambda l: say_for(l, "volunteer", "Rents social housing")),
                ("owner", lambda l: say_for(l, "volunteer", "Owns the home")),
                ("hosted", lambda l: say_for(l, "volunteer", "Someone hosts the person")),
                ("homeless", lambda l: say_for(l, "volunteer", "Has no home")),
            ),
        ),
        Question(
            "social_housing_candidate",
            lambda l: say(l, "Are you on the waiting list for social housing?"),
            lambda l: say(l, "Answer yes or no."),
            yes_no=True,
            volunteer=(lambda l: say_for(l, "volunteer", "Is the person on the waiting list for social housing?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no.")),
        ),
        Question(
            "owns_property",
            lambda l: say(l, "Does your household own a house, a flat or land?"),
            lambda l: say(l, "Answer yes or no. Count property in Belgium and abroad."),
            yes_no=True,
            volunteer=(lambda l: say_for(l, "volunteer", "Does the household own a house, a flat or land?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no. Count property in Belgium and abroad.")),
        ),
        Question(
            "disability",
            lambda l: say(l, "Do you have a disability or a serious health problem?"),
            lambda l: say(l, "Answer yes or no. Count a problem that limits work or daily life."),
            yes_no=True,
            why=_health_why,
            volunteer=(lambda l: say_for(l, "volunteer", "Does the person have a disability or a serious health problem?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no. Count a problem that limits work or daily life.")),
        ),
        Question(
            "student",
            lambda l: say(l, "Are you at school or studying?"),
            lambda l: say(l, "Answer yes or no."),
            yes_no=True,
            volunteer=(lambda l: say_for(l, "volunteer", "Is the person at school or studying?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no.")),
        ),
        Question(
            "heating_oil",
            lambda l: say(l, "Do you heat your home with heating oil?"),
            lambda l: say(l, "Answer yes or no. Lamp oil and propane in bulk count too."),
            yes_no=True,
            volunteer=(lambda l: say_for(l, "volunteer", "Does the person heat the home with heating oil?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no. Lamp oil and propane in bulk count too.")),
        ),
        Question(
            "energy_debt",
            lambda l: say(l, "Is it hard to pay your gas or electricity bills?"),
            lambda l: say(l, "Answer yes or no."),
            yes_no=True,
            volunteer=(lambda l: say_for(l, "volunteer", "Is it hard for the person to pay gas or electricity bills?"),
                       lambda l: say_for(l, "volunteer", "Answer yes or no.")),
        ),
    )
}


def options(question: Question, language: str, volunteer: bool = False) -> list[tuple[str, str]]:
    """The question's choices as (value, label), with "I don't know" and "I'd rather not say";
    for a `volunteer`, the labels speak of the person, as the question does."""
    labels = dict(question.options)
    if volunteer:
        labels.update(question.volunteer_options)
    choices = list(_yes_no(language)) if question.yes_no else [
        (value, label(language)) for value, label in labels.items()
    ]
    if volunteer:
        choices.append((DONT_KNOW, say_for(language, "volunteer", "The person does not know")))
        if question.why is not None:
            choices.append((RATHER_NOT_SAY, say_for(language, "volunteer", "The person would rather not say")))
        return choices
    choices.append((DONT_KNOW, say(language, "I don't know")))
    if question.why is not None:
        choices.append((RATHER_NOT_SAY, say(language, "I'd rather not say")))
    return choices
