"""`make run` refuses a port already in use, names it and the variable to change, starts nothing."""

import os
import socket
import subprocess
import sys

from bot.model import ROOT
from bot.services import free_port


def run_launcher(**ports: int) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **{k: str(v) for k, v in ports.items()})
    return subprocess.run([sys.executable, "-m", "bot.launcher"], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60)


def test_a_port_in_use_is_named_with_the_variable_that_changes_it_and_nothing_starts():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        actions = free_port()
        result = run_launcher(RASA_PORT=taken, ACTIONS_PORT=actions, WEB_PORT=free_port())
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"Port {taken}" in lines[0] and "RASA_PORT" in lines[0]
    assert result.stdout == ""
    # Nothing was left half-started: the action server's port is still free.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", actions))


def test_a_port_that_is_not_a_number_is_named():
    result = run_launcher(WEB_PORT="eighty")
    assert result.returncode == 1
    assert "WEB_PORT" in result.stderr and result.stdout == ""


def test_a_retention_that_is_not_a_number_of_minutes_is_named_and_nothing_starts():
    result = run_launcher(IRIS_RETENTION_MINUTES="nan", RASA_PORT=free_port(), ACTIONS_PORT=free_port(),
                          WEB_PORT=free_port())
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "IRIS_RETENTION_MINUTES='nan' is not a number of minutes between 0 and 43200 (e.g. 60)."]
