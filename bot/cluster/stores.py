"""PostgreSQL and Redis as services of the cluster, from Debian's packages (`make cluster-packages`).

Both are supervised and die with the launcher like the other services (bot/services.py). Neither
speaks HTTP, so each says in its own way whether it answers. PostgreSQL refuses to run as root:
as root it runs as Debian's `postgres` user, through setpriv, which sets the parent-death signal
again after changing user (the kernel clears it on that change).
"""

from __future__ import annotations

import importlib
import os
import pwd
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from actions.observatory.local_postgres import bin_dir
from bot.cluster.files import DATABASE, DATABASE_USER
from bot.services import Service, StartError
from bot.stop_signals import stop_signals_held


def _as_postgres_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups",
            "--pdeathsig", "SIGKILL", "--", *command]


def _give_to_postgres_user(path: Path) -> None:
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(path, user.pw_uid, user.pw_gid)


def initialise_postgres(data: Path, password: str) -> None:
    """A new database cluster in `data` (once: it keeps the conversations between runs) whose
    only user, `iris`, logs in with `password`."""
    if (data / "PG_VERSION").exists():
        return
    data.mkdir(parents=True, exist_ok=True)
    _give_to_postgres_user(data)
    password_file = data.parent / ".initdb-password"
    descriptor = os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(password + "\n")
    _give_to_postgres_user(password_file)
    try:
        with stop_signals_held() as child_mask:  # a few seconds; a stop signal waits for it
            done = subprocess.run(
                _as_postgres_user([str(bin_dir() / "initdb"), "-D", str(data), "-U", DATABASE_USER,
                                   "--auth=scram-sha-256", f"--pwfile={password_file}", "--encoding=UTF8"]),
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
                preexec_fn=child_mask)
    finally:
        password_file.unlink()
    if done.returncode != 0:
        raise StartError(f"PostgreSQL could not create its data folder {data}: {done.stderr.strip()[-300:]}")


@dataclass
class PostgresService(Service):
    password: str = ""
    # The action servers' databases, {URL: module whose Store makes its tables}: made here, before
    # two action servers could both try at once.
    stores: dict[str, str] = field(default_factory=dict)

    @classmethod
    def in_folder(cls, data: Path, port: int, log: Path, password: str, stores: dict[str, str]) -> "PostgresService":
        command = _as_postgres_user([
            str(bin_dir() / "postgres"), "-D", str(data), "-p", str(port),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            # A failing statement is never written to the log: it would hold a conversation.
            "-c", "log_min_error_statement=panic",
        ])
        return cls("PostgreSQL server", port, command, f"postgresql://127.0.0.1:{port}", log,
                   password=password, stores=stores)

    def ready(self) -> bool:
        with stop_signals_held() as child_mask:  # asked every 0.3 s while the launcher may be stopped
            return subprocess.run([str(bin_dir() / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)],
                                  check=False, preexec_fn=child_mask).returncode == 0

    def wait_until_ready(self, timeout: float) -> None:
        super().wait_until_ready(timeout)
        self.create_databases()

    def create_databases(self) -> None:
        """Rasa's SQL tracker store needs its database to exist, and so do the action servers';
        made here, once, with the action servers' tables."""
        import psycopg

        names = [DATABASE, *(url.rsplit("/", 1)[1] for url in self.stores)]
        with psycopg.connect(host="127.0.0.1", port=self.port, user=DATABASE_USER, password=self.password,
                             dbname="postgres", autocommit=True) as connection:
            existing = {row[0] for row in connection.execute("SELECT datname FROM pg_database")}
            for name in names:
                if name not in existing:
                    connection.execute(f'CREATE DATABASE "{name}"')
        for url, module in self.stores.items():
            importlib.import_module(module).Store(url).engine.dispose()


class RedisService(Service):
    @classmethod
    def with_config(cls, config: Path, port: int, log: Path) -> "RedisService":
        return cls("Redis server", port, ["redis-server", str(config)], f"redis://127.0.0.1:{port}", log)

    def ready(self) -> bool:
        """Any reply to PING: without the password Redis says NOAUTH, which is an answer."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                reply = connection.recv(64)
        except OSError:
            return False
        return reply.startswith((b"+PONG", b"-NOAUTH"))
