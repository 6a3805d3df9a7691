"""The per-person message limit counted in a real Redis (bot/cluster/shared_rate_limit.py): a
person whose messages go to two Rasa servers in turn is limited at the same count as on one,
and while Redis is down each server counts on its own, so messages are still answered."""

from __future__ import annotations

import time

from bot.channels.limits import MESSAGES_PER_MINUTE
from bot.cluster.shared_rate_limit import WINDOW, SharedRateLimit
from bot.cluster.shared_redis import SharedRedis


def two_servers(redis_server, per_minute: int = MESSAGES_PER_MINUTE, window: float = WINDOW) -> list[SharedRateLimit]:
    """Each Rasa server with its own client of the one Redis, as in the cluster."""
    return [SharedRateLimit(per_minute, shared=lambda shared=SharedRedis(redis_server.client(), "iris:"): shared,
                            window=window)
            for _ in range(2)]


def alternating(servers: list[SharedRateLimit], sender: str, messages: int) -> list[bool]:
    return [servers[n % 2].allow(sender) for n in range(messages)]


def test_a_person_alternating_between_two_servers_is_refused_at_the_thirty_first_message(running_redis):
    servers = two_servers(running_redis)
    allowed = alternating(servers, "alternating-person", MESSAGES_PER_MINUTE + 2)
    assert allowed == [True] * MESSAGES_PER_MINUTE + [False, False]
    assert servers[0].allow("someone else")


def test_a_persons_count_lives_one_minute_in_redis(running_redis):
    servers = two_servers(running_redis)
    servers[0].allow("counted-person")
    assert 0 < running_redis.client().ttl("iris:messages:counted-person") <= WINDOW


def test_the_window_slides_so_a_burst_across_its_edge_is_still_limited(running_redis):
    # A 2 s window stands for the minute. One message, then two more 1.5 s later: at 2.1 s only
    # the first has left the window, so one more is allowed and the next refused. A counter
    # reset 2 s after the first message would have allowed three more.
    servers = two_servers(running_redis, per_minute=3, window=2)
    assert servers[0].allow("edge-person")
    time.sleep(1.5)
    assert alternating(servers, "edge-person", 3) == [True, True, False]
    time.sleep(0.6)
    assert alternating(servers, "edge-person", 2) == [True, False]


def test_without_a_cluster_each_server_counts_in_its_own_memory_as_before():
    servers = [SharedRateLimit(2, shared=lambda: None) for _ in range(2)]
    assert alternating(servers, "single-machine-person", 5) == [True, True, True, True, False]


def test_while_redis_is_down_messages_are_allowed_up_to_each_servers_own_count_then_shared_again(running_redis):
    servers = two_servers(running_redis, per_minute=3)
    running_redis.kill()
    assert alternating(servers, "person-in-an-outage", 6) == [True] * 6
    assert not servers[0].allow("person-in-an-outage")  # this server's fourth
    running_redis.start()
    assert alternating(servers, "person-after-the-outage", 4) == [True, True, True, False]
