"""The cluster's lock store (bot/cluster/lock_store.py) on a real Redis started for these tests:
Rasa servers that get one conversation's messages at the same moment each get a ticket of their
own and process them one at a time; Redis stopped and started again stops messages only while it
is down. Runs in the Rasa environment (make test-rasa)."""

from __future__ import annotations

import asyncio
import threading

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.cluster import shared_redis
from bot.cluster.lock_store import AtomicRedisLockStore


def test_servers_issuing_tickets_at_once_for_one_conversation_each_get_a_different_one(running_redis):
    servers = [running_redis.lock_store() for _ in range(4)]
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


def test_two_servers_process_one_conversations_messages_one_at_a_time_and_leave_no_lock(running_redis):
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

    servers = [running_redis.lock_store(), running_redis.lock_store()]
    threads = [threading.Thread(target=messages, args=(server, 15)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert most[0] == 1
    assert servers[0].get_lock("busy-conversation") is None


def test_while_redis_is_down_a_message_cannot_take_its_lock_and_can_once_it_is_back_on_its_port(running_redis):
    server = running_redis.lock_store()

    async def message() -> None:
        async with server.lock("a-conversation", wait_time_in_seconds=0.01):
            pass

    asyncio.run(message())
    running_redis.kill()
    with pytest.raises(RedisConnectionError):
        asyncio.run(message())
    running_redis.start()
    asyncio.run(message())
    assert server.get_lock("a-conversation") is None


def test_redis_going_down_while_a_message_is_processed_does_not_fail_that_message(running_redis):
    server = running_redis.lock_store()
    served = []

    async def message() -> None:
        async with server.lock("another-conversation", wait_time_in_seconds=0.01):
            running_redis.kill()  # the message is being processed when Redis goes
            served.append(True)

    asyncio.run(message())
    assert served == [True]


def test_the_lock_store_shares_its_redis_under_its_own_prefix_for_what_servers_count_together(running_redis):
    running_redis.lock_store()
    shared = shared_redis.current()
    assert shared.key("messages", "someone") == "iris:messages:someone"
    assert shared.attempt(lambda client: client.ping()) is True
