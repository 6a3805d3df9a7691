"""Whole screenings in the browser by keyboard alone, in French and in Dutch, ending in the plan
of visits (one card a visit, its rights inside); then the result page is audited, printed (one
page a visit) and narrowed to a phone's width."""

from __future__ import annotations

import pytest

from actions.screening.vocabulary import RIGHT_NAMES, words
from tests.bot.web.accessibility import assert_no_violations, assert_no_sideways_scroll
from tests.bot.web.conftest import SCREENSHOTS
from tests.bot.web.widget_driver import Reply, screen_by_keyboard, tab_to

SINGLE_MOTHER_FR = {
    "commune": Reply("j'habite à Schaerbeek"), "age": Reply("34"),
    "living_with": Reply("seule avec mes enfants", "Alone"), "children": Reply("2"),
    "children_ages": Reply("4 et 9"), "monthly_income": Reply("900"),
    "income_sources": Reply("le chômage", "Unemployment"), "benefits": Reply("non rien", "None"),
    "residence_status": Reply("belge", "Belgian"), "health_insurance": Reply("oui", "Yes"),
    "housing": Reply("je loue un appart", "I rent from a private landlord"),
    "social_housing_candidate": Reply("non", "No"), "owns_property": Reply("non", "No"),
    "disability": Reply("non", "No"), "student": Reply("non", "No"),
    "heating_oil": Reply("non", "No"), "energy_debt": Reply("oui", "Yes"),
}

RETIRED_COUPLE_NL = {
    "commune": Reply("Anderlecht"), "age": Reply("71"),
    "living_with": Reply("met mijn vrouw", "With my partner"), "children": Reply("0"),
    "children_ages": Reply("geen"), "monthly_income": Reply("1400"),
    "income_sources": Reply("pensioen", "Pension"), "benefits": Reply("nee", "None"),
    "residence_status": Reply("Belg", "Belgian"), "health_insurance": Reply("ja", "Yes"),
    "housing": Reply("we huren", "I rent from a private landlord"),
    "social_housing_candidate": Reply("nee", "No"), "owns_property": Reply("nee", "No"),
    "disability": Reply("nee", "No"), "student": Reply("nee", "No"),
    "heating_oil": Reply("ja", "Yes"), "energy_debt": Reply("nee", "No"),
}


def visit_rights(page) -> list[str]:
    """The rights named inside the visit cards."""
    return page.locator("#log .card.visit ul.rights li").all_inner_texts()


def message_languages(page) -> set[str]:
    return set(page.eval_on_selector_all("#log .message", "items => items.map(i => i.lang)"))


@pytest.fixture(scope="module")
def french_result(browser, widget):
    """One French screening by keyboard, shared by the tests that look at its result."""
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.goto(widget + "?lang=fr")
    asked = screen_by_keyboard(page, "fr", SINGLE_MOTHER_FR)
    yield page, asked
    context.close()


def test_a_single_mother_finishes_a_screening_in_french_by_keyboard_alone_and_gets_a_card_per_visit(french_result):
    page, asked = french_result
    assert asked, "the bot asked nothing"
    # The plan first: one numbered office a line; then one card a visit, with its rights inside.
    offices = page.locator("#log .message.plan ol.plan > li").count()
    assert offices >= 2
    assert page.locator("#log .card.visit").count() == offices
    assert words(RIGHT_NAMES, "increased_reimbursement", "fr") in visit_rights(page)
    # The documents to bring are a bulleted list in the card, each document once.
    for card in page.locator("#log .card.visit").all():
        documents = card.locator("ul.documents li").all_inner_texts()
        assert len(documents) == len(set(documents))
    assert page.locator("#log .card.visit ul.documents li").count() > 0
    assert message_languages(page) == {"fr"}
    # The focus lands on the start of the result, so reading begins with the plan.
    assert page.evaluate("() => document.activeElement.closest('.message.plan') !== null")


def test_a_retired_man_switches_the_page_to_dutch_and_finishes_a_screening_by_keyboard_alone(page, widget):
    page.goto(widget + "?lang=fr")
    tab_to(page, "#other-language")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.documentElement.lang === 'nl'")
    screen_by_keyboard(page, "nl", RETIRED_COUPLE_NL)
    assert words(RIGHT_NAMES, "elderly_income_guarantee", "nl") in visit_rights(page)
    assert message_languages(page) == {"nl"}


def test_the_result_has_no_accessibility_violations(french_result):
    assert_no_violations(french_result[0])


def test_the_printed_summary_shows_the_plan_then_one_page_a_visit_and_hides_the_conversation(french_result):
    page, _ = french_result
    page.emulate_media(media="print")
    try:
        assert page.locator("#summary-header").is_visible()
        assert page.locator("#log .message.plan").is_visible()
        assert page.locator("#log .card.visit").first.is_visible()
        breaks = page.eval_on_selector_all(
            "#log .message.visit", "items => items.map(i => getComputedStyle(i).breakBefore)")
        assert breaks and set(breaks) == {"page"}
        for hidden in ("#composer", ".bar", "#log .message.me", "#log .options", "#log button.print"):
            assert not page.locator(hidden).first.is_visible(), hidden
        assert_no_violations(page)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "summary-print-fr.png"), full_page=True)
    finally:
        page.emulate_media(media="screen")


@pytest.mark.parametrize("width", [360, 320])
def test_the_result_fits_a_phone_without_sideways_scrolling(french_result, width):
    page, _ = french_result
    page.set_viewport_size({"width": width, "height": 740})
    try:
        assert_no_sideways_scroll(page)
        page.screenshot(path=str(SCREENSHOTS / f"result-{width}px.png"), full_page=True)
    finally:
        page.set_viewport_size({"width": 1024, "height": 800})
