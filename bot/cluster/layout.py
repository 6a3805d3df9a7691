"""The cluster: which services run, on which ports, in which order, with which settings.

An Iris (bot/services.py) whose services are PostgreSQL, Redis, two action servers, HAProxy, two
Rasa servers and the web page, started in that order: Rasa's warm-up goes through the balancer to
the action servers, and Rasa needs its tracker and lock stores at start. The passwords come from
the environment (IRIS_TRACKER_DB_PASSWORD, IRIS_REDIS_PASSWORD) or, like the pseudonym key, are
random ones kept in the cluster's folder (.cache/cluster, or IRIS_CLUSTER_DIR), readable by
their owner only.
"""

from __future__ import annotations

import os
import shutil
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from actions.followup.key import usable_key
from bot.cluster.files import (DATABASE_PASSWORD, DATABASE_USER, REDIS_PASSWORD, STORES, ClusterPorts,
                               endpoints, haproxy_config, redis_config)
from bot.cluster.stores import PostgresService, RedisService, initialise_postgres
from bot.model import ROOT, model_path
from bot.services import (ACTIONS_PYTHON, MAX_REQUEST_BYTES, RASA, Iris, Ports, Service, StartError,
                          followup_service, free_port, kept_secret)

FOLDER = ROOT / ".cache" / "cluster"
SERVERS = 2  # Rasa servers, and action servers


def cluster_ports(rasa: int, actions: int, web: int) -> ClusterPorts:
    """The front ports as given; every port behind them free on 127.0.0.1."""
    return ClusterPorts(
        rasa=rasa, actions=actions, web=web,
        rasa_servers=tuple(free_port() for _ in range(SERVERS)),
        action_servers=tuple(free_port() for _ in range(SERVERS)),
        postgres=free_port(), redis=free_port(), balancer_health=free_port(),
    )


@dataclass
class Cluster(Iris):
    folder: Path = FOLDER
    passwords: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_environment(cls) -> "Cluster":
        front = Ports.from_environment()  # RASA_PORT, ACTIONS_PORT, WEB_PORT as for make run
        folder = Path(os.environ.get("IRIS_CLUSTER_DIR") or FOLDER).resolve()
        return cls.in_folder(folder, cluster_ports(front.rasa, front.actions, front.web))

    @classmethod
    def on_free_ports(cls, workdir: Path, **settings: str) -> "Cluster":
        return cls.in_folder(workdir, cluster_ports(free_port(), free_port(), free_port()), **settings)

    @classmethod
    def in_folder(cls, folder: Path, ports: ClusterPorts, **settings: str) -> "Cluster":
        # tracker_db: where the tracker store lives; its parent keeps the keys and credentials.
        return cls(ports=ports, folder=folder, tracker_db=folder / "postgres", logs=folder / "logs", **settings)

    def secret(self, variable: str, file_name: str) -> str:
        return os.environ.get(variable) or kept_secret(self.folder / file_name)

    def __post_init__(self) -> None:
        self.passwords = {DATABASE_PASSWORD: self.secret(DATABASE_PASSWORD, "postgres.password"),
                          REDIS_PASSWORD: self.secret(REDIS_PASSWORD, "redis.password")}
        ports, logs = self.ports, self.logs
        self.services = [
            PostgresService.in_folder(self.tracker_db, ports.postgres, logs / "postgres.log",
                                      self.passwords[DATABASE_PASSWORD],
                                      {self.database_url(variable): module for variable, (_, module) in STORES.items()
                                       if not os.environ.get(variable)}),
            RedisService.with_config(self.folder / "redis.conf", ports.redis, logs / "redis.log"),
            *(Service(f"action server {n}", port,
                      [str(ACTIONS_PYTHON), "-m", "bot.action_server", "--actions", self.actions_package,
                       "--port", str(port), "--host", "127.0.0.1"],
                      f"http://127.0.0.1:{port}/health", logs / f"actions-{n}.log")
              for n, port in enumerate(ports.action_servers, 1)),
            Service("balancer (HAProxy)", ports.rasa,
                    ["haproxy", "-db", "-f", str(self.folder / "haproxy.cfg")],
                    f"http://127.0.0.1:{ports.balancer_health}/health", logs / "haproxy.log"),
            *(Service(f"Rasa server {n}", port,
                      [str(RASA), "run", "--model", str(model_path()), "--port", str(port),
                       "--interface", "127.0.0.1", "--endpoints", str(self.folder / "endpoints.yml"),
                       "--credentials", str(self.credentials)],
                      f"http://127.0.0.1:{port}/webhooks/rest/", logs / f"rasa-{n}.log",
                      settings={"SANIC_REQUEST_MAX_SIZE": str(MAX_REQUEST_BYTES)})
              for n, port in enumerate(ports.rasa_servers, 1)),
            Service("web page", ports.web,
                    [str(ACTIONS_PYTHON), "-m", "bot.web_server", "--port", str(ports.web),
                     "--rasa", f"http://127.0.0.1:{ports.rasa}"],
                    f"http://127.0.0.1:{ports.web}/", logs / "web.log"),
        ]
        if usable_key() is not None:  # the follow-up of day 14, once for the cluster, as in make run
            self.services.append(followup_service(self.logs))

    def database_url(self, variable: str) -> str:
        """The action servers' database named by `variable` (IRIS_STATS_DB...), unless set outside."""
        password = urllib.parse.quote(self.passwords[DATABASE_PASSWORD], safe="")
        return os.environ.get(variable) or (
            f"postgresql+psycopg://{DATABASE_USER}:{password}@127.0.0.1:{self.ports.postgres}/{STORES[variable][0]}")

    def environment(self) -> dict[str, str]:
        environment = {**self.passwords, **super().environment()}  # a password set outside wins
        # The action servers' records in PostgreSQL too, not in SQLite files beside Iris's.
        return {**environment, **{variable: self.database_url(variable) for variable in STORES}}

    def write_files(self) -> None:
        """The generated configuration (the endpoints, HAProxy's, Redis's) and PostgreSQL's data."""
        for program in ("redis-server", "haproxy", "setpriv"):
            if shutil.which(program) is None:
                raise StartError(f"{program} is missing: run 'make cluster-packages' (or make run-cluster).")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o711)  # PostgreSQL's user must reach its data folder inside it
        (self.folder / "endpoints.yml").write_text(endpoints(self.ports))
        (self.folder / "haproxy.cfg").write_text(haproxy_config(self.ports))
        config = self.folder / "redis.conf"
        descriptor = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(redis_config(self.ports, self.passwords[REDIS_PASSWORD], str(self.folder)))
        initialise_postgres(self.tracker_db, self.passwords[DATABASE_PASSWORD])

    def tiers(self) -> list[list[Service]]:
        """Started together, each tier once the one before answers: the stores, then the action
        servers and the balancer (Rasa's warm-up goes through it), then Rasa, then the web page."""
        by_kind: dict[str, list[Service]] = {}
        for service in self.services:
            kind = {"PostgreSQL server": "stores", "Redis server": "stores", "web page": "web"}.get(service.name)
            kind = kind or ("rasa" if service.name.startswith("Rasa") else "actions")
            by_kind.setdefault(kind, []).append(service)
        return [by_kind[kind] for kind in ("stores", "actions", "rasa", "web")]

    def start(self, report=lambda line: None, timeout: float = 180) -> None:
        self.write_files()
        services, self.services = self.services, []
        try:
            super().start(report, timeout)  # Iris's checks and files, with nothing to start yet
        finally:
            self.services = services
        environment = self.environment()
        try:
            for tier in self.tiers():
                report(f"Starting the {', '.join(service.name for service in tier)}...")
                for service in tier:
                    service.start(environment)
                for service in tier:
                    service.wait_until_ready(timeout)
                    report(f"  the {service.name} answers on port {service.port}.")
        except BaseException:
            self.stop()
            raise
