"""Locust users of `make bench-reliability`: people doing whole conversations over the REST channel.

Run by bot/benchmarks/load.py in the benchmark environment (.venvs/bench), never by hand:

    locust -f bot/benchmarks/locustfile.py --headless ... IrisPerson   (or StarterPerson)

Each user is one person at a time: a whole conversation under one sender id, a pause between
messages (about a second unless the load says otherwise: bot/benchmarks/load_people.py), then a
new person. Every turn is a request named "turn"; a turn whose
answer is wrong (bot/benchmarks/load_people.py) is a failure named after what was wrong; the
person sends the same message again, or starts again when the conversation is lost. A conversation that ends is one "conversation/completed" entry whose time is
the whole conversation's.
"""

from __future__ import annotations

import os
import random
import time

from locust import between, task
from locust.contrib.fasthttp import FastHttpUser

from bot.benchmarks.load_people import Screening, StarterChat, WrongAnswer, pause_from

WEBHOOK = "/webhooks/rest/webhook"


class Person(FastHttpUser):
    abstract = True
    wait_time = between(*pause_from(dict(os.environ)))  # reading the answer and typing
    network_timeout = 60.0
    conversation = Screening

    def on_start(self) -> None:
        self.rng = random.Random()
        self.begin()

    def begin(self) -> None:
        self.person = self.conversation.anyone(self.rng)
        self.started = time.perf_counter()

    @task
    def turn(self) -> None:
        with self.client.post(WEBHOOK, json={"sender": self.person.sender, "message": self.person.message},
                              name="turn", catch_response=True) as answer:
            try:
                self.person.read(answer.status_code, answer.text if answer.status_code else None)
            except WrongAnswer as wrong:
                answer.failure(str(wrong))
                if wrong.lost:
                    self.begin()
                return
            answer.success()
        if self.person.done:
            self.environment.events.request.fire(
                request_type="conversation", name="completed", response_length=0, exception=None,
                response_time=1000 * (time.perf_counter() - self.started), context={})
            self.begin()


class IrisPerson(Person):
    conversation = Screening


class StarterPerson(Person):
    conversation = StarterChat
