"""Warm before ready: once `make run` says Iris is up, the first people are answered as fast as
later ones. Both servers build what they need before their health checks answer."""

from __future__ import annotations

import datetime
import time
from concurrent.futures import ThreadPoolExecutor

from bot.channels.warm_up import SCREENINGS
from bot.services import Iris
from tests.bot.conftest import Person

FIRST_MESSAGES = ["Bonjour", "Hallo", "Je vis seule avec deux enfants", "Ik ben 70 en woon alleen",
                  "bonjour je cherche de l'aide"] * 2


def test_ten_people_starting_the_moment_iris_is_ready_are_answered_within_three_seconds(tmp_path):
    iris = Iris.on_free_ports(tmp_path)
    iris.start()
    try:
        url = f"http://127.0.0.1:{iris.ports.rasa}"

        def first_turn(text: str) -> float:
            started = time.monotonic()
            Person(url).says(text)
            return time.monotonic() - started

        with ThreadPoolExecutor(len(FIRST_MESSAGES)) as pool:
            waits = list(pool.map(first_turn, FIRST_MESSAGES))
        # Cold, the first of them waited 8 s (TensorFlow's graphs, the engine's model).
        assert max(waits) < 3, [round(w, 2) for w in waits]
        actions_log = (iris.logs / "actions.log").read_text()
        assert f"model of {datetime.date.today()}" in actions_log.split("Action server on")[0]
        # The warm-up screenings went from a first message to the result, the whole path.
        assert f"{len(SCREENINGS)} of {len(SCREENINGS)} warm-up screenings reached their result" in (iris.logs / "rasa.log").read_text()
    finally:
        iris.stop()
