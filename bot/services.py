"""Starting and stopping Iris's three processes: action server, Rasa server, web page.

Used by `make run` (bot/launcher.py) and by the conversation tests, so that both run the bot the
same way. Standard library only: it runs in the action server's environment.
"""

from __future__ import annotations

import ctypes
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from actions.followup.key import followup_key, usable_key
from actions.followup.settings import DB_VARIABLE as FOLLOWUP_DB
from bot.channels.retention import retention_minutes
from bot.channels.senders import KEY_VARIABLE
from bot.channels.settings import configured_channels
from bot.model import ROOT, model_path
from bot.stop_signals import stop_signals_held

VENVS = ROOT / ".venvs"
MAX_REQUEST_BYTES = 64 * 1024
RASA = VENVS / "rasa" / "bin" / "rasa"
ACTIONS_PYTHON = VENVS / "actions" / "bin" / "python"
LOGS = ROOT / ".cache" / "logs"
CREDENTIALS = ROOT / "bot" / "credentials.yml"


@dataclass(frozen=True)
class Ports:
    rasa: int = 5005
    actions: int = 5055
    web: int = 8080

    @classmethod
    def from_environment(cls) -> "Ports":
        return cls(
            rasa=_port("RASA_PORT", cls.rasa),
            actions=_port("ACTIONS_PORT", cls.actions),
            web=_port("WEB_PORT", cls.web),
        )

    def named(self) -> list[tuple[str, str, int]]:
        return [
            ("action server", "ACTIONS_PORT", self.actions),
            ("Rasa server", "RASA_PORT", self.rasa),
            ("web page", "WEB_PORT", self.web),
        ]


class StartError(RuntimeError):
    """One line saying what could not start and what to do."""


def _port(variable: str, default: int) -> int:
    raw = os.environ.get(variable, "")
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise StartError(f"{variable}={raw!r} is not a port number (1-65535).")
    return int(raw)


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def check_ports(ports: Ports) -> None:
    """Refuses to start anything when a port is taken, so nothing is left half-started."""
    seen: dict[int, str] = {}
    for name, variable, port in ports.named():
        if port in seen:
            raise StartError(
                f"The {name} and the {seen[port]} both use port {port}: set {variable} to another port."
            )
        seen[port] = name
        if not port_is_free(port):
            raise StartError(
                f"Port {port} ({name}) is already in use: stop what uses it, "
                f"or choose another port, e.g. {variable}={port + 1} make run"
            )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status == 200
    except (urllib.error.URLError, OSError):
        return False


_LIBC = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int, child_mask: Callable[[], None]):
    """Runs in the child before it starts: Linux kills it when the launcher dies, however it
    dies (SIGKILL included), so no service outlives `make run` and keeps its port. The child
    also drops the launcher's hold on stop signals (bot/stop_signals.py)."""

    def preexec() -> None:
        child_mask()
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the launcher died before prctl took effect
            os._exit(1)

    return preexec


def kept_secret(path: Path) -> str:
    """A random secret made once and kept in `path`, readable by its owner only."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as key:
            key.write(secrets.token_hex(32))
    return path.read_text().strip()


@dataclass
class Service:
    name: str
    port: int
    command: list[str]
    ready_url: str
    log: Path
    process: subprocess.Popen | None = None
    settings: dict[str, str] = field(default_factory=dict)  # environment of this service alone

    def start(self, environment: dict[str, str] | None, append: bool = False) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        if self.settings:
            environment = {**(os.environ if environment is None else environment), **self.settings}
        with open(self.log, "ab" if append else "wb") as log, stop_signals_held() as child_mask:
            # Its own session, so that stopping it also stops what it started.
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with(os.getpid(), child_mask),
            )

    def wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise StartError(
                    f"The {self.name} stopped at start (exit {self.process.returncode}): "
                    f"see {self.log.relative_to(ROOT)}\n{self.log_tail()}"
                )
            if self.ready():
                return
            time.sleep(0.3)
        raise StartError(
            f"The {self.name} did not answer within {timeout:.0f} s: see {self.log.relative_to(ROOT)}"
        )

    def ready(self) -> bool:
        """Whether it answers; a service that speaks no HTTP (PostgreSQL, Redis) says otherwise."""
        return answers(self.ready_url)

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass


def followup_notice() -> str | None:
    """The one line `make run` says when the follow-up is off for want of a key; ValueError
    (one line naming IRIS_FOLLOWUP_KEY) when the key is not a Fernet key."""
    if followup_key() is None:
        return "IRIS_FOLLOWUP_KEY is not set: the follow-up of day 14 is not offered."
    return None


def followup_service(logs: Path) -> Service:
    """The follow-up of day 14 (bot/followup/service.py), on a free port of its own: only its
    health check listens there, on 127.0.0.1."""
    port = free_port()
    return Service("follow-up service", port,
                   [str(ACTIONS_PYTHON), "-m", "bot.followup.service", "--port", str(port)],
                   f"http://127.0.0.1:{port}/health", logs / "followup.log")


@dataclass
class Iris:
    """The three services of one running Iris, started in order and stopped together."""

    ports: Ports
    tracker_db: Path = ROOT / ".cache" / "tracker.db"
    logs: Path = LOGS
    actions_package: str = "actions"  # the tests serve one whose action fails
    services: list[Service] = field(default_factory=list)

    @classmethod
    def on_free_ports(cls, workdir: Path, **settings: str) -> "Iris":
        """An Iris apart from `make run`'s: free ports, its tracker store and logs in `workdir`
        (the tests and the benchmarks)."""
        ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
        return cls(ports, tracker_db=workdir / "tracker.db", logs=workdir / "logs", **settings)

    @property
    def credentials(self) -> Path:
        return self.tracker_db.parent / "credentials.yml"

    def write_credentials(self) -> None:
        """bot/credentials.yml plus the channels whose settings are in the environment, by name
        only: the connectors read their secrets from the environment themselves."""
        lines = [CREDENTIALS.read_text().rstrip("\n"), *(f"{c}:" for c in configured_channels())]
        self.credentials.write_text("\n".join(lines) + "\n")

    def __post_init__(self) -> None:
        model = model_path()
        self.services = [
            Service(
                "action server",
                self.ports.actions,
                [str(ACTIONS_PYTHON), "-m", "bot.action_server", "--actions", self.actions_package,
                 "--port", str(self.ports.actions), "--host", "127.0.0.1"],
                f"http://127.0.0.1:{self.ports.actions}/health",
                self.logs / "actions.log",
            ),
            Service(
                "Rasa server",
                self.ports.rasa,
                [str(RASA), "run", "--model", str(model), "--port", str(self.ports.rasa),
                 "--interface", "127.0.0.1",
                 "--endpoints", "bot/endpoints.yml", "--credentials", str(self.credentials)],
                f"http://127.0.0.1:{self.ports.rasa}/webhooks/rest/",
                self.logs / "rasa.log",
                # Sanic refuses a larger body before reading it (its default is 100 MB, and a
                # 14 MB Twilio form stalled every channel). Not the action server's: its requests
                # carry whole conversations.
                settings={"SANIC_REQUEST_MAX_SIZE": str(MAX_REQUEST_BYTES)},
            ),
            Service(
                "web page",
                self.ports.web,
                [str(ACTIONS_PYTHON), "-m", "bot.web_server", "--port", str(self.ports.web),
                 "--rasa", f"http://127.0.0.1:{self.ports.rasa}"],
                f"http://127.0.0.1:{self.ports.web}/",
                self.logs / "web.log",
            ),
        ]
        if usable_key() is not None:
            self.services.append(followup_service(self.logs))

    def model(self) -> Path:
        """The model the Rasa servers are told to serve (the cluster names them "Rasa server 1",
        "2", and starts them after this check): the current data's model when none is set."""
        for service in self.services:
            if service.name.startswith("Rasa server") and "--model" in service.command:
                return Path(service.command[service.command.index("--model") + 1])
        return model_path()

    def environment(self) -> dict[str, str]:
        environment = dict(os.environ)
        environment.update(
            PYTHONPATH=str(ROOT),
            ACTIONS_PORT=str(self.ports.actions),
            IRIS_TRACKER_DB=str(self.tracker_db),
            PYTHONUNBUFFERED="1",
            RASA_TELEMETRY_ENABLED="false",  # Rasa reports usage to its company unless told not to
        )
        if not environment.get(KEY_VARIABLE):
            environment[KEY_VARIABLE] = self.pseudonym_key()
        if not environment.get("IRIS_STATS_DB"):
            # The observatory's records beside the tracker store: .cache/ for `make run`, the
            # test's own folder for the tests (actions/observatory/store.py).
            environment["IRIS_STATS_DB"] = f"sqlite:///{self.tracker_db.parent / 'observatory.db'}"
        if not environment.get(FOLLOWUP_DB):
            # The follow-ups beside it too (actions/followup/store.py).
            environment[FOLLOWUP_DB] = f"sqlite:///{self.tracker_db.parent / 'followup.db'}"
        if not environment.get("IRIS_HANDOFF_DB"):
            # The handoff codes too: the action server writes them, the web page reads them
            # (actions/handoff_code/store.py).
            environment["IRIS_HANDOFF_DB"] = f"sqlite:///{self.tracker_db.parent / 'handoff.db'}"
        return environment

    def pseudonym_key(self) -> str:
        """When IRIS_PSEUDONYM_KEY is not set, a random key kept beside the tracker store, so that
        phone and chat conversations keep their ids across restarts (bot/channels/senders.py)."""
        return kept_secret(self.tracker_db.parent / "pseudonym.key")

    def start(self, report=lambda line: None, timeout: float = 180) -> None:
        check_ports(self.ports)
        try:
            retention_minutes()  # Rasa reads it; a bad value is told here, in one line
            notice = followup_notice()  # a bad key is told here, in one line, and nothing starts
            if notice:
                report(notice)
        except ValueError as error:
            raise StartError(str(error)) from None
        if not self.model().exists():  # the benchmarks may serve another model than the current one
            raise StartError("No trained model for the current data: run 'make train' (or 'make run').")
        self.tracker_db.parent.mkdir(parents=True, exist_ok=True)
        self.write_credentials()
        environment = self.environment()
        try:
            for service in self.services:
                report(f"Starting the {service.name}...")
                service.start(environment)
                service.wait_until_ready(timeout)
                report(f"  the {service.name} answers on port {service.port}.")
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    def __enter__(self) -> "Iris":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

