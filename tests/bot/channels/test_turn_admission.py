"""Every channel's turn (SMS, WhatsApp, Telegram and REST all go through take_turn) lets a few
turns at a time into Rasa and answers the others after them (runs in the Rasa environment)."""

import asyncio

from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain

from bot.channels import admission
from bot.channels.turn import take_turn
from tests.bot.channels.counting_rasa import CountingRasa


def test_sms_and_telegram_turns_are_let_into_rasa_a_few_at_a_time_and_all_answered():
    people = admission.TURNS_AT_ONCE + 5
    rasa = CountingRasa()

    async def crowd():
        store = InMemoryTrackerStore(Domain.empty())
        channels = ["twilio_messaging", "telegram"]
        return await asyncio.gather(*(take_turn(rasa, "bonjour", f"gate-{n}", channels[n % 2], None, store)
                                      for n in range(people)))

    answers = asyncio.run(crowd())
    assert rasa.most == admission.TURNS_AT_ONCE
    assert [[m["text"] for m in messages] for messages in answers] == [["ok"]] * people
