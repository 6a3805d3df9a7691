"""The staff login shared by the staff pages: a hashed password, a session cookie that scripts
cannot read and other sites cannot send, a CSRF token on every form, and 5 failed attempts a
minute per address at most. Through a real web server on a free port."""

from __future__ import annotations

import http.client
import subprocess
import sys
import threading

import pytest

from bot.model import ROOT
from bot.services import free_port
from bot.staff.routes import TIMERS, StaffAccess, every, language_of, safe_next, start_timers
from bot.staff.sessions import IDLE_SECONDS, FailedLogins, Sessions
from tests.bot.staff.client import StaffClient
from tests.bot.staff.conftest import PASSWORD, serve


def test_a_wrong_password_is_refused_and_gives_no_staff_session(client):
    reply = client.log_in("not the password at all")
    assert reply.status == 401
    assert "Mauvais mot de passe" in reply.text
    assert client.get("/staff/").status == 303  # still sent to the login page


def test_the_right_password_leads_on_with_a_new_httponly_secure_strict_cookie(client):
    before = client.get("/staff/login")
    visitor = client.cookie
    reply = client.post("/staff/login", {"csrf": before.csrf, "password": PASSWORD, "next": ""})
    assert reply.status == 303
    assert reply.headers["location"] == "/staff/?lang=fr"
    flags = [flag.strip() for flag in reply.headers["set-cookie"].split(";")]
    assert {"HttpOnly", "Secure", "SameSite=Strict", "Path=/"} <= set(flags)
    assert any(flag.startswith("Max-Age=") and int(flag.split("=")[1]) > 0 for flag in flags)
    assert client.cookie != visitor  # a new session id at login: no session fixation


def test_the_sixth_failed_attempt_in_a_minute_is_refused_with_429_even_with_the_right_password(client, staff_port):
    client.address = "203.0.113.7"
    for _ in range(5):
        assert client.log_in("wrong guess number").status == 401
    refused = client.log_in(PASSWORD)
    assert refused.status == 429
    assert refused.headers["retry-after"] == "60"
    assert "Trop d'essais" in refused.text
    # Another address is not held back by this one.
    assert StaffClient(staff_port, "203.0.113.8").log_in(PASSWORD).status == 303


def test_failed_attempts_older_than_a_minute_no_longer_count():
    now = [1000.0]
    failures = FailedLogins(clock=lambda: now[0])
    for _ in range(5):
        failures.failed("198.51.100.1")
    assert failures.blocked("198.51.100.1")
    now[0] += 60.5
    assert not failures.blocked("198.51.100.1")


def test_a_form_without_the_token_of_its_session_is_refused(client):
    client.get("/staff/login")
    assert client.post("/staff/login", {"csrf": "forged", "password": PASSWORD}).status == 403
    stranger = StaffClient(client.port)
    assert stranger.post("/staff/login", {"csrf": "", "password": PASSWORD}).status == 403
    assert stranger.get("/staff/").status == 303


def test_logging_out_ends_the_session_and_deletes_the_cookie(logged_in):
    page = logged_in.get("/staff/")
    assert page.status == 200
    old = logged_in.cookie
    reply = logged_in.post("/staff/logout", {"csrf": page.csrf})
    assert reply.status == 303
    assert "Max-Age=0" in reply.headers["set-cookie"]
    logged_in.cookie = old  # a copy of the cookie kept somewhere no longer opens anything
    assert logged_in.get("/staff/").status == 303


def test_without_a_password_every_staff_page_says_that_staff_access_is_off():
    server = serve(StaffAccess(None))
    try:
        visitor = StaffClient(server.server_address[1])
        for path in ("/staff/login", "/staff/"):
            reply = visitor.get(path + "?lang=nl")
            assert reply.status == 503
            assert "De toegang voor medewerkers is gesloten" in reply.text
            assert "<form" not in reply.body
    finally:
        server.shutdown()
        server.server_close()


def test_a_session_ends_after_eight_hours_without_a_request():
    now = [0.0]
    sessions = Sessions(clock=lambda: now[0])
    session = sessions.log_in(sessions.start())
    now[0] += IDLE_SECONDS - 1
    assert sessions.find(session.id) is session
    now[0] += IDLE_SECONDS + 1
    assert sessions.find(session.id) is None


def test_a_new_login_replaces_the_session_it_came_from():
    sessions = Sessions()
    first = sessions.log_in(sessions.start())
    second = sessions.log_in(first)
    assert sessions.find(first.id) is None and sessions.find(second.id) is second


def test_after_the_login_only_a_page_of_this_site_is_opened():
    assert safe_next("/staff/?lang=nl") == "/staff/?lang=nl"
    for elsewhere in ("https://evil.example/", "//evil.example/staff/", "/\\evil.example", "/nothing",
                      "/staff/logout", None):
        assert safe_next(elsewhere) == "/staff/"


def test_a_page_asked_for_before_the_login_is_opened_after_it(client):
    reply = client.get("/staff/?lang=nl")
    assert reply.status == 303
    assert reply.headers["location"] == "/staff/login?next=%2Fstaff%2F&lang=nl"
    assert client.log_in(PASSWORD, "/staff/").headers["location"] == "/staff/?lang=fr"


def test_the_language_is_the_one_asked_for_then_the_browser_s_then_french(client):
    assert language_of("nl", "fr") == "nl"
    assert language_of(None, "en-GB,nl-BE;q=0.8,fr;q=0.5") == "nl"
    assert language_of("de", "de, en") == "fr"
    assert 'lang="nl"' in client.get("/staff/login", **{"Accept-Language": "nl-BE"}).body


def test_a_form_too_large_or_not_a_form_is_refused(client, staff_port):
    page = client.get("/staff/login")
    too_large = client.request("POST", "/staff/login", {"csrf": page.csrf, "password": "x" * 5000})
    assert too_large.status == 413
    not_a_form = client.request("POST", "/staff/login", headers={"Content-Type": "application/json"})
    assert not_a_form.status == 415


def test_the_staff_pages_allow_forms_to_this_site_and_no_script(client):
    policy = client.get("/staff/login").headers["content-security-policy"]
    assert "form-action 'self'" in policy
    assert "default-src 'none'" in policy and "script-src" not in policy


def test_the_password_in_clear_leaves_the_environment_and_its_hash_is_kept():
    from bot.staff.password import from_environment

    environment = {"IRIS_STAFF_PASSWORD": PASSWORD}
    password = from_environment(environment)
    assert "IRIS_STAFF_PASSWORD" not in environment
    assert password.matches(PASSWORD) and not password.matches(PASSWORD + "!")
    assert from_environment({}) is None


def test_the_hash_command_reads_the_password_on_standard_input_and_the_hash_opens_the_pages():
    made = subprocess.run([sys.executable, "-m", "bot.staff.password"], input=PASSWORD + "\n", cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    [encoded] = made.stdout.split()
    assert encoded.startswith("scrypt:16384:8:1:") and PASSWORD not in encoded
    from bot.staff.password import from_environment
    assert from_environment({"IRIS_STAFF_PASSWORD_HASH": encoded}).matches(PASSWORD)


@pytest.mark.parametrize("setting, value", [("IRIS_STAFF_PASSWORD", "too short"),
                                            ("IRIS_STAFF_PASSWORD_HASH", "scrypt:1:2:3"),
                                            ("IRIS_STAFF_PASSWORD_HASH", "md5:16384:8:1:c2FsdHNhbHQ:aGFzaA")])
def test_a_bad_password_setting_stops_the_web_server_with_one_line_naming_it(setting, value):
    import os
    environment = {k: v for k, v in os.environ.items() if not k.startswith("IRIS_STAFF")}
    environment[setting] = value
    started = subprocess.run([sys.executable, "-m", "bot.web_server", "--port", str(free_port())],
                             cwd=ROOT, env={**environment, "PYTHONPATH": str(ROOT)},
                             capture_output=True, text=True, timeout=60)
    assert started.returncode == 2
    assert started.stderr.count("\n") == 1 and started.stderr.startswith(setting + ":")


def test_a_request_line_the_server_cannot_read_gets_no_staff_page(staff_port):
    connection = http.client.HTTPConnection("127.0.0.1", staff_port, timeout=10)
    connection.request("DELETE", "/staff/login")
    assert connection.getresponse().status == 501
    connection.close()


def test_the_hash_command_refuses_a_short_password_in_one_line():
    made = subprocess.run([sys.executable, "-m", "bot.staff.password"], input="short\n", cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 2 and made.stdout == ""
    assert made.stderr == "IRIS_STAFF_PASSWORD: must be at least 12 characters long\n"


def test_work_registered_with_every_runs_again_and_again_once_the_timers_start():
    runs = threading.Semaphore(0)
    work = every(0.05)(runs.release)
    stop = start_timers()
    try:
        assert all(runs.acquire(timeout=5) for _ in range(3))
    finally:
        stop.set()
        TIMERS.remove((0.05, work))
