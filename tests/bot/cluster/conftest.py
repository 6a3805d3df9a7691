"""A real redis-server for the cluster's tests, on a free port, that a test can stop and start
again on the same port (Debian's package, installed by make cluster-packages)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import redis
from rasa.utils.endpoints import EndpointConfig

from bot.cluster.lock_store import AtomicRedisLockStore

PASSWORD = "test-password"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    def __init__(self) -> None:
        self.port, self.folder = free_port(), Path(tempfile.mkdtemp(prefix="iris-redis-"))
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder), "--requirepass", PASSWORD],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not open port {self.port}")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, password=PASSWORD)

    def lock_store(self) -> AtomicRedisLockStore:
        """One Rasa server's lock store, as Rasa makes it from the endpoints."""
        return AtomicRedisLockStore(EndpointConfig.from_dict({
            "type": "bot.cluster.lock_store.AtomicRedisLockStore", "url": "127.0.0.1", "port": self.port,
            "password": PASSWORD, "db": 0, "key_prefix": "iris"}))


@pytest.fixture(scope="module")
def redis_server():
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.kill()
        shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def running_redis(redis_server):
    """The module's Redis, running at the start of the test and again after it, whatever the test
    stopped."""
    if redis_server.process.poll() is not None:
        redis_server.start()
    yield redis_server
    if redis_server.process.poll() is not None:
        redis_server.start()
