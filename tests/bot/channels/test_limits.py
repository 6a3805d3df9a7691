"""At most 30 messages a minute per sender, and 2,000 characters a message (Rasa environment)."""

from bot.channels.limits import RateLimit, refusal


def test_the_thirty_first_message_within_a_minute_is_refused_and_the_next_minute_is_free():
    now = [0.0]
    limit = RateLimit(clock=lambda: now[0])
    assert all(limit.allow("someone") for _ in range(30))
    assert not limit.allow("someone") and limit.allow("someone else")
    now[0] = 60.5
    assert limit.allow("someone")


def test_the_idlest_senders_are_forgotten_first_beyond_the_bound():
    limit = RateLimit(per_minute=1, keys=2)
    assert limit.allow("a") and limit.allow("b") and limit.allow("c")
    assert limit.allow("a") and not limit.allow("c")


def test_a_message_over_two_thousand_characters_is_too_long_whatever_the_count():
    assert refusal("x" * 2000, allowed=True) is None
    assert refusal("x" * 2001, allowed=True) == "too_long"
    assert refusal("oui", allowed=False) == "too_many"
