"""`make run` keeps its services running and never leaves one behind: a service that exits is
started again after a growing wait, one that keeps exiting stops everything with a clear message,
and killing the launcher (SIGKILL, or a stop signal during start-up) leaves no service and no port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.model import ROOT
from bot.services import Service, answers, free_port, port_is_free
from bot.supervisor import GiveUp, RestartPolicy, supervise


def test_the_waits_before_a_restart_double_and_the_sixth_stop_in_five_minutes_gives_up():
    policy = RestartPolicy()
    waits = []
    for now in range(5):
        waits.append(policy.wait_before_restart("action server", now))
        policy.record("action server", now)
    assert waits == [1, 2, 4, 8, 16]
    assert policy.wait_before_restart("action server", 5) is None
    assert policy.wait_before_restart("action server", 300.5) == 16  # the first restart has aged out


def test_a_service_that_keeps_exiting_is_restarted_then_everything_stops_with_its_name(tmp_path):
    starts = tmp_path / "starts"
    script = f"open({str(starts)!r}, 'a').write('x'); raise SystemExit(3)"
    service = Service("flaky service", free_port(), [sys.executable, "-c", script],
                      "http://127.0.0.1:1/", tmp_path / "flaky.log")
    service.start(None)
    lines: list[str] = []
    with pytest.raises(GiveUp) as error:
        supervise([service], dict(os.environ), threading.Event(), lines.append,
                  RestartPolicy(first_wait=0.02), tick=0.01)
    assert starts.read_text() == "x" * 6  # the first start and five restarts
    assert "The flaky service stopped 6 times within 5 minutes (last exit 3): Iris stops." in str(error.value)
    assert str(tmp_path / "flaky.log") in str(error.value)
    assert [line.split(":")[1].strip() for line in lines if "stopped" in line] == [
        f"starting it again in {w:g} s. See {tmp_path / 'flaky.log'}" for w in (0.02, 0.04, 0.08, 0.16, 0.32)]


# --- the real launcher -------------------------------------------------------------------------

def processes_on(port: int) -> list[int]:
    """Pids of processes whose command line names `port` (each service gets its port that way)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if str(port).encode() in arguments or f"http://127.0.0.1:{port}".encode() in arguments:
            found.append(int(entry.name))
    return found


def launch(tmp_path: Path) -> tuple[subprocess.Popen, dict[str, int], Path]:
    ports = {"ACTIONS_PORT": free_port(), "RASA_PORT": free_port(), "WEB_PORT": free_port()}
    output = tmp_path / "launcher.out"
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **{k: str(v) for k, v in ports.items()})
    with open(output, "wb") as out:
        launcher = subprocess.Popen([sys.executable, "-m", "bot.launcher"], cwd=ROOT, env=environment,
                                    stdout=out, stderr=subprocess.STDOUT)
    return launcher, ports, output


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"waited {timeout:.0f} s for {what}")


def assert_nothing_left(ports: dict[str, int]) -> None:
    def gone() -> bool:
        return all(not processes_on(p) and port_is_free(p) for p in ports.values())
    wait_for(gone, 20, "every service to stop and free its port")


def test_a_stop_signal_during_start_up_stops_what_had_started(tmp_path):
    launcher, ports, output = launch(tmp_path)
    try:
        wait_for(lambda: answers(f"http://127.0.0.1:{ports['ACTIONS_PORT']}/health"), 120,
                 "the action server to answer")
        assert launcher.poll() is None
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=30) == 130
        assert "Stopped before Iris was up." in output.read_text()
        assert_nothing_left(ports)
    finally:
        launcher.kill()


def test_a_stopped_service_comes_back_and_a_killed_launcher_leaves_nothing(tmp_path):
    launcher, ports, output = launch(tmp_path)
    try:
        wait_for(lambda: "Iris is running." in output.read_text(), 240, "Iris to start")
        action_server = f"http://127.0.0.1:{ports['ACTIONS_PORT']}/health"
        for pid in processes_on(ports["ACTIONS_PORT"]):
            os.kill(pid, signal.SIGKILL)
        wait_for(lambda: "The action server stopped (exit -9): starting it again in 1 s." in output.read_text(),
                 10, "the launcher to say the action server stopped")
        wait_for(lambda: "the action server answers again" in output.read_text(), 120,
                 "the action server to come back")
        assert answers(action_server) and launcher.poll() is None

        launcher.send_signal(signal.SIGKILL)
        launcher.wait(timeout=10)
        assert_nothing_left(ports)
    finally:
        launcher.kill()
