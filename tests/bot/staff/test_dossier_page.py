"""/dossier through a real web server: staff only, a code typed in any case opens the person's
answers and plan in the worker's language, twice; unknown, expired and used-up codes each get
their sentence, and wrong codes count towards the same limit as wrong passwords."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from actions.handoff_code.code import shown
from actions.handoff_code.store import LIFETIME_SECONDS, Store
from actions.handoff_code.tables import codes
from actions.i18n import say_for
from bot.staff.pages.dossier import PURGE_SECONDS, purge
from bot.staff.routes import TIMERS
from tests.bot.staff.client import StaffClient
from tests.bot.staff.conftest import PASSWORD


def open_code(client: StaffClient, code: str, language: str = "fr"):
    page = client.get(f"/dossier?lang={language}")
    return client.post(f"/dossier?lang={language}", {"csrf": page.csrf, "code": code})


def test_the_dossier_page_is_for_logged_in_staff_only(client, handoff_store):
    reply = client.get("/dossier")
    assert reply.status == 303 and reply.headers["location"].startswith("/staff/login?next=%2Fdossier")


@pytest.mark.parametrize("language, words", [
    ("fr", ["Schaerbeek", "34 ans", "Seul ou seule", "Plan des visites", "Droits à demander",
            "Revenu d'intégration", "La personne dit que sa demande a été refusée.", "Pas connu", "Documents à apporter"]),
    ("nl", ["Schaarbeek", "34 jaar", "Plan van de bezoeken", "Rechten om aan te vragen", "Leefloon",
            "De persoon zegt dat de aanvraag geweigerd is.", "Niet bekend", "Documenten om mee te brengen"]),
])
def test_a_code_typed_in_lower_case_without_its_dash_opens_the_answers_and_the_plan(
        logged_in, handoff_store, dossier, language, words):
    given = handoff_store.give(dossier, "fr")
    reply = open_code(logged_in, given.code.lower(), language)
    assert reply.status == 200, reply.text
    for expected in words:
        assert expected in reply.text, expected
    assert f'<html lang="{language}">' in reply.body


def test_a_code_opens_twice_then_says_it_was_used_up(logged_in, handoff_store, dossier):
    code = shown(handoff_store.give(dossier, "nl").code)
    assert "encore être ouvert une fois" in open_code(logged_in, code).text
    assert "il ne peut plus être ouvert" in open_code(logged_in, code).text
    third = open_code(logged_in, code)
    assert third.status == 404
    assert say_for("fr", "dossier", "This code was already opened twice. It no longer works.") in third.text


def test_an_expired_code_and_an_unknown_code_each_say_so(logged_in, handoff_store, dossier):
    past = Store(handoff_store.url, clock=lambda: handoff_store.clock() - LIFETIME_SECONDS - 5)
    old = past.give(dossier, "fr")
    expired = open_code(logged_in, old.code)
    assert expired.status == 404 and "Ce code a expiré." in expired.text
    assert 'aria-invalid="true"' in expired.body
    unknown = open_code(logged_in, "AAA-AAA")
    assert unknown.status == 404 and "Ce code est inconnu." in unknown.text


def test_wrong_codes_count_like_wrong_passwords_then_429(staff_port, handoff_store, dossier):
    guesser = StaffClient(staff_port, "198.51.100.20")
    assert guesser.log_in(PASSWORD).status == 303
    right = handoff_store.give(dossier, "fr").code
    for guess in ("AAA-AAA", "CCC-CCC", "DDD-DDD", "EEE-EEE"):
        assert open_code(guesser, guess).status == 404
    # The fifth failure of this address, a wrong password from another browser behind it.
    assert StaffClient(staff_port, "198.51.100.20").log_in("a wrong password").status == 401
    refused = open_code(guesser, right)
    assert refused.status == 429
    assert handoff_store.open(right).views_left == 1  # the refused try did not use the code


def test_opening_a_dossier_needs_the_form_s_token(logged_in, handoff_store, dossier):
    code = handoff_store.give(dossier, "fr").code
    assert logged_in.post("/dossier", {"csrf": "forged", "code": code}).status == 403
    assert handoff_store.open(code).views_left == 1


def test_the_staff_home_lists_the_dossier_page(logged_in):
    home = logged_in.get("/staff/?lang=nl")
    assert home.status == 200 and 'href="/dossier?lang=nl"' in home.body and "Een dossier openen" in home.text


def test_the_web_server_deletes_expired_codes_every_ten_minutes(handoff_store, dossier):
    assert (PURGE_SECONDS, purge) in TIMERS and PURGE_SECONDS == 600
    past = Store(handoff_store.url, clock=lambda: handoff_store.clock() - LIFETIME_SECONDS - 5)
    past.give(dossier, "fr")
    kept = handoff_store.give(dossier, "fr")
    purge()
    with handoff_store.engine.connect() as connection:
        assert list(connection.execute(select(codes.c.lookup)).scalars()) == [kept.lookup]
