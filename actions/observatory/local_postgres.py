"""A throwaway PostgreSQL server for the tests and the benchmark: Debian's binaries, a cluster in
a temporary folder, a free port on 127.0.0.1, stopped and deleted after.

PostgreSQL refuses to run as root; as root the server runs as the `postgres` user that Debian's
package creates. `make postgres` installs the package when it is missing.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries: `make postgres` installs them."""


def bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise PostgresMissing("no PostgreSQL server in /usr/lib/postgresql: run 'make postgres'")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def running_postgres(port: int | None = None) -> Iterator[str]:
    """Starts a server and yields its SQLAlchemy URL; stops it and deletes its folder after."""
    binaries = bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="iris-postgres-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data = folder / "data"
    port = port or free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    try:
        subprocess.run(_as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", "iris",
                                        "--auth=trust", "--encoding=UTF8", "--no-sync"]), **quiet)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                        "-l", str(folder / "server.log"), "-w", "start"]), **quiet)
        try:
            yield f"postgresql+psycopg://iris@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
