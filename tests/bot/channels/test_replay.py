"""Twilio message ids are remembered for a day, and no more of them than the bound, by one Rasa
server on its own (Rasa env; in a cluster: tests/bot/cluster/test_shared_replay.py)."""

from bot.channels.replay import DAY, SeenIds


def test_an_id_is_new_once_within_a_day_and_new_again_after():
    now = [0.0]
    seen = SeenIds(clock=lambda: now[0], shared=lambda: None)
    assert seen.first_time("SM1") and not seen.first_time("SM1")
    now[0] = DAY - 1
    assert not seen.first_time("SM1")
    now[0] = 2 * DAY
    assert seen.first_time("SM1")


def test_the_oldest_ids_go_first_when_the_bound_is_reached():
    seen = SeenIds(at_most=3, shared=lambda: None)
    for sid in ("SM1", "SM2", "SM3", "SM4"):
        assert seen.first_time(sid)
    assert seen.first_time("SM1") and not seen.first_time("SM4")
