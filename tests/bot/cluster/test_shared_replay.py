"""Twilio message ids kept in a real Redis (bot/channels/replay.py in a cluster): a replay sent to
the other Rasa server is refused; while Redis is down each server's own memory still refuses
what came to it, and new messages are still answered."""

from __future__ import annotations

from bot.channels.replay import DAY, SeenIds
from bot.cluster.shared_redis import SharedRedis


def two_servers(redis_server) -> list[SeenIds]:
    return [SeenIds(shared=lambda shared=SharedRedis(redis_server.client(), "iris:"): shared) for _ in range(2)]


def test_a_message_id_received_by_one_server_is_a_repeat_on_the_other(running_redis):
    first, second = two_servers(running_redis)
    assert first.first_time("SM-replayed")
    assert not second.first_time("SM-replayed") and not first.first_time("SM-replayed")
    assert second.first_time("SM-another")


def test_a_message_id_is_kept_in_redis_for_a_day(running_redis):
    first, _ = two_servers(running_redis)
    first.first_time("SM-kept")
    assert DAY - 60 < running_redis.client().ttl("iris:twilio-message:SM-kept") <= DAY


def test_while_redis_is_down_each_server_still_refuses_what_it_received_and_takes_new_messages(running_redis):
    first, second = two_servers(running_redis)
    running_redis.kill()
    assert first.first_time("SM-in-an-outage") and second.first_time("SM-new-in-an-outage")
    assert not first.first_time("SM-in-an-outage")


def test_a_server_remembers_what_it_received_when_redis_comes_back_empty(running_redis):
    first, second = two_servers(running_redis)
    assert first.first_time("SM-before-a-restart")
    running_redis.kill()
    running_redis.start()  # Redis keeps nothing on disk
    assert not first.first_time("SM-before-a-restart")
    assert not second.first_time("SM-before-a-restart")  # the repeat to `first` wrote it again
