"""The REST channel lets a few turns at a time into Rasa and answers the others after them
(runs in the Rasa environment; the handler is called as Sanic would, without a server)."""

import asyncio
import json
from types import SimpleNamespace

from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain

from bot.channels import admission
from bot.channels.rest import WholeMessageRestInput
from tests.bot.channels.counting_rasa import CountingRasa


def webhook(on_new_message):
    routes = WholeMessageRestInput().blueprint(on_new_message)._future_routes
    return next(route.handler for route in routes if route.uri == "/webhook")


def test_no_more_turns_than_the_limit_reach_rasa_at_once_and_every_person_gets_an_answer():
    people = admission.TURNS_AT_ONCE + 4
    rasa = CountingRasa()

    async def crowd():
        receive = webhook(rasa)
        app = SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(
            tracker_store=InMemoryTrackerStore(Domain.empty()))))
        requests = [SimpleNamespace(json={"sender": f"gate-{n}", "message": "bonjour"}, app=app)
                    for n in range(people)]
        return await asyncio.gather(*(receive(request) for request in requests))

    answers = asyncio.run(crowd())
    assert rasa.most == admission.TURNS_AT_ONCE
    assert [json.loads(a.body)[0]["text"] for a in answers] == ["ok"] * people
