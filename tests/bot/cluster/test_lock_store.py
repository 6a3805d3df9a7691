"""The cluster's lock store (bot/cluster/lock_store.py) on a real Redis started for these tests:
Rasa servers that get one conversation's messages at the same moment each get a ticket of their
own and process them one at a time. Runs in the Rasa environment (make test-rasa)."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
from rasa.utils.endpoints import EndpointConfig

from bot.cluster.lock_store import AtomicRedisLockStore


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_port():
    folder = Path(tempfile.mkdtemp(prefix="iris-redis-"))
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(folder), "--requirepass", "test-password"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def store(port: int) -> AtomicRedisLockStore:
    """One Rasa server's lock store, as Rasa makes it from the endpoints."""
    return AtomicRedisLockStore(EndpointConfig.from_dict({
        "type": "bot.cluster.lock_store.AtomicRedisLockStore", "url": "127.0.0.1", "port": port,
        "password": "test-password", "db": 0, "key_prefix": "iris"}))


def test_servers_issuing_tickets_at_once_for_one_conversation_each_get_a_different_one(redis_port):
    servers = [store(redis_port) for _ in range(4)]
    tickets: list[int] = []
    start = threading.Barrier(len(servers))

    def issue(server: AtomicRedisLockStore) -> None:
        start.wait()
        for _ in range(50):
            tickets.append(server.issue_ticket("one-conversation"))

    threads = [threading.Thread(target=issue, args=(server,)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(tickets) == list(range(200))


def test_two_servers_process_one_conversations_messages_one_at_a_time_and_leave_no_lock(redis_port):
    inside, most, lock = [0], [0], threading.Lock()

    def messages(server: AtomicRedisLockStore, count: int) -> None:
        async def one() -> None:
            async with server.lock("busy-conversation", wait_time_in_seconds=0.01):
                with lock:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                await asyncio.sleep(0.005)  # the message being processed
                with lock:
                    inside[0] -= 1

        async def all_of_them() -> None:
            await asyncio.gather(*(one() for _ in range(count)))

        asyncio.run(all_of_them())

    servers = [store(redis_port), store(redis_port)]
    threads = [threading.Thread(target=messages, args=(server, 15)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert most[0] == 1
    assert servers[0].get_lock("busy-conversation") is None
