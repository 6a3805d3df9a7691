"""The follow-up's key at start: without it the follow-up is off and `make run` says so in one
line; a key that is no Fernet key stops the start, and the service, with one line naming it;
with a key, the follow-up service is one of the services `make run` starts and supervises, and
its health check answers."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.services import ACTIONS_PYTHON, Iris, StartError, answers, followup_notice, free_port

ROOT = Path(__file__).resolve().parents[3]


def test_without_a_key_the_launcher_says_once_that_the_follow_up_is_off(monkeypatch, tmp_path):
    monkeypatch.delenv("IRIS_FOLLOWUP_KEY", raising=False)
    assert followup_notice() == "IRIS_FOLLOWUP_KEY is not set: the follow-up of day 14 is not offered."
    assert "follow-up service" not in [s.name for s in Iris.on_free_ports(tmp_path).services]


def test_with_a_key_the_follow_up_service_is_started_and_supervised_with_the_others(monkeypatch, tmp_path):
    monkeypatch.setenv("IRIS_FOLLOWUP_KEY", Fernet.generate_key().decode())
    iris = Iris.on_free_ports(tmp_path)
    assert followup_notice() is None
    assert [s.name for s in iris.services][-1] == "follow-up service"
    assert iris.environment()["IRIS_FOLLOWUP_DB"] == f"sqlite:///{tmp_path / 'followup.db'}"


def test_a_bad_key_stops_the_start_with_one_line_naming_it(monkeypatch, tmp_path):
    monkeypatch.setenv("IRIS_FOLLOWUP_KEY", "not-a-key")
    iris = Iris.on_free_ports(tmp_path)
    with pytest.raises(StartError) as stopped:
        iris.start()
    assert str(stopped.value).startswith("IRIS_FOLLOWUP_KEY: not a Fernet key") and "\n" not in str(stopped.value)
    assert all(s.process is None for s in iris.services)


def _service(tmp_path: Path, key: str, port: int) -> subprocess.Popen:
    return subprocess.Popen([str(ACTIONS_PYTHON), "-m", "bot.followup.service", "--port", str(port)], cwd=ROOT,
                            env={"PYTHONPATH": str(ROOT), "IRIS_FOLLOWUP_KEY": key,
                                 "IRIS_FOLLOWUP_DB": f"sqlite:///{tmp_path / 'followup.db'}"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_service_with_a_bad_key_exits_non_zero_with_one_line(tmp_path):
    process = _service(tmp_path, "c2hvcnQ=", free_port())
    _, error = process.communicate(timeout=60)
    assert process.returncode == 2
    assert error.strip().splitlines() == [error.strip()] and error.startswith("IRIS_FOLLOWUP_KEY: not a Fernet key")


def test_the_service_answers_its_health_check_and_stops_on_a_stop_signal(tmp_path):
    port = free_port()
    process = _service(tmp_path, Fernet.generate_key().decode(), port)
    try:
        deadline = time.monotonic() + 60
        while not answers(f"http://127.0.0.1:{port}/health"):
            assert process.poll() is None and time.monotonic() < deadline, process.stderr.read() if process.poll() else ""
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert (tmp_path / "followup.db").exists()
