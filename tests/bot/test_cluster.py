"""`make run-cluster` on real components: PostgreSQL as the tracker store, Redis as the lock store,
two Rasa servers and two action servers behind HAProxy (bot/cluster/). One conversation goes to
both Rasa servers, in turn and at the same moment, and stays whole and in order; the message limit
and the Twilio message ids hold across both servers; Redis stopped and started again costs an
apology, not the answers; killing a Rasa server does not stop the conversation."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest

from bot.channels.limits import MESSAGES_PER_MINUTE
from bot.cluster.files import DATABASE, DATABASE_PASSWORD, DATABASE_USER, LOCK_PREFIX, REDIS_PASSWORD
from bot.cluster.layout import Cluster
from bot.model import ROOT
from bot.services import free_port, port_is_free
from tests.bot.conftest import CHANNEL_SETTINGS, Person
from tests.bot.test_apology import household, is_apology
from tests.bot.screening_driver import answer_until_result
from tests.bot.test_screening import SINGLE_MOTHER_FR
from tests.bot.test_sms_channel import PATH, PUBLIC_URL, post_form, twilio_form, twilio_signature
from tests.bot.test_supervision import processes_on, wait_for


@pytest.fixture(scope="module")
def cluster(stand_in_api):
    # Not pytest's tmp_path: its parents are closed to PostgreSQL's own user.
    folder = Path(tempfile.mkdtemp(prefix="iris-cluster-"))
    running = Cluster.on_free_ports(folder)
    try:
        with pytest.MonkeyPatch.context() as environment:  # the SMS channel too, sending to a stand-in
            for name, value in {**CHANNEL_SETTINGS, "TWILIO_API_BASE": stand_in_api.url}.items():
                environment.setenv(name, value)
            running.start()
        yield running
    finally:
        running.stop()
        shutil.rmtree(folder, ignore_errors=True)


class AlternatingPerson(Person):
    """One sender whose messages go to each Rasa server in turn, straight, without the balancer;
    keeps each message with the texts that answered it."""

    def __init__(self, cluster: Cluster):
        super().__init__("")
        self.servers = [f"http://127.0.0.1:{port}/webhooks/rest/webhook" for port in cluster.ports.rasa_servers]
        self.log: list[tuple[str, list[str]]] = []

    def says(self, text: str) -> list[dict]:
        self.url = self.servers[len(self.log) % len(self.servers)]
        messages = super().says(text)
        self.log.append((text, [m.get("text", "") for m in messages]))
        return messages


def stored_events(cluster: Cluster, sender: str) -> list[dict]:
    """The conversation's events as the tracker store keeps them in PostgreSQL, in order."""
    with psycopg.connect(host="127.0.0.1", port=cluster.ports.postgres, user=DATABASE_USER,
                         password=cluster.passwords[DATABASE_PASSWORD], dbname=DATABASE) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
        return [json.loads(data) for (data,) in rows]


def turns(events: list[dict]) -> list[tuple[str, list[str]]]:
    """(what the person wrote, the bot's texts that answered it), turn by turn."""
    found: list[tuple[str, list[str]]] = []
    for event in events:
        if event["event"] == "user":
            found.append((event.get("text") or "", []))
        elif event["event"] == "bot" and found:
            found[-1][1].append(event.get("text") or "")
    return found


def test_a_conversation_sent_to_both_rasa_servers_in_turn_and_at_once_stays_whole_and_in_order(cluster):
    person = AlternatingPerson(cluster)
    # The first two messages arrive at the same moment, one at each server. Redis's lock makes
    # one wait for the other, so both facts are kept whichever goes first; without it, each
    # server would start from an empty conversation and one fact would be lost.
    pair = ["j'habite à Schaerbeek", "j'ai 34 ans"]
    replies: dict[str, list[dict]] = {}
    together = threading.Barrier(len(pair))

    def send(server: str, text: str) -> None:
        one = Person(server.removesuffix("/webhooks/rest/webhook"))
        one.sender = person.sender
        together.wait()
        replies[text] = one.says(text)

    threads = [threading.Thread(target=send, args=args) for args in zip(person.servers, pair)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert set(replies) == set(pair)
    first, second = (text for text, _ in turns(stored_events(cluster, person.sender)))

    # Then the screening, each message to the other server than the one before.
    screening = answer_until_result(person, replies[second], SINGLE_MOTHER_FR)

    assert len(person.log) >= 8
    assert screening.profile["commune"] == "schaerbeek" and screening.profile["age"] == 34
    assert "commune" not in screening.asked and "age" not in screening.asked
    # PostgreSQL holds every message followed by the very answers its sender got, in that order.
    got = [(text, [m.get("text", "") for m in replies[text]]) for text in (first, second)] + person.log
    assert turns(stored_events(cluster, person.sender)) == got


def redis_command(connection: socket.socket, *words: str) -> None:
    encoded = [word.encode() for word in words]
    connection.sendall(f"*{len(encoded)}\r\n".encode()
                       + b"".join(b"$%d\r\n%s\r\n" % (len(word), word) for word in encoded))


def test_rasa_takes_its_conversation_lock_in_redis(cluster):
    person = Person(f"http://127.0.0.1:{cluster.ports.rasa}")
    seen = b""
    with socket.create_connection(("127.0.0.1", cluster.ports.redis), timeout=30) as monitor:
        redis_command(monitor, "AUTH", cluster.passwords[REDIS_PASSWORD])
        redis_command(monitor, "MONITOR")
        while seen.count(b"+OK") < 2:
            seen += monitor.recv(4096)
        person.says("Bonjour")
        key = f"{LOCK_PREFIX}:lock:{person.sender}".encode()
        deadline = time.monotonic() + 10
        while key not in seen and time.monotonic() < deadline:
            seen += monitor.recv(65536)
    assert key in seen


def test_the_web_page_reaches_the_rasa_servers_through_the_balancer(cluster):
    person = Person(f"http://127.0.0.1:{cluster.ports.web}")
    assert person.says("Bonjour")[-1]["custom"]["ask"]


def test_a_person_alternating_between_both_rasa_servers_is_limited_at_the_same_count_as_on_one(cluster):
    person = AlternatingPerson(cluster)
    replies = [person.says("Bonjour") for _ in range(MESSAGES_PER_MINUTE + 1)]
    refused = [n for n, messages in enumerate(replies, 1)
               if (messages[-1].get("custom") or {}).get("error") == "too_many"]
    assert refused == [MESSAGES_PER_MINUTE + 1]


def test_a_twilio_message_replayed_to_the_other_rasa_server_is_ignored(cluster, stand_in_api):
    number = f"+3247{uuid.uuid4().int % 10**7:07d}"
    form = twilio_form(number, "Bonjour")
    headers = {"X-Twilio-Signature": twilio_signature(PUBLIC_URL, form)}
    first, other = (f"http://127.0.0.1:{port}{PATH}" for port in cluster.ports.rasa_servers)
    assert post_form(first, form, headers) == 204
    answered = len(stand_in_api.to(number))
    assert answered > 0
    assert post_form(other, form, headers) == 204
    assert len(stand_in_api.to(number)) == answered


def restart(service, cluster: Cluster) -> None:
    service.start(cluster.environment(), append=True)
    service.wait_until_ready(60)


@pytest.mark.parametrize("language, greeting", [("fr", "Bonjour"), ("nl", "Hallo")])
def test_while_redis_is_down_a_person_gets_the_apology_and_the_screening_goes_on_once_it_is_back(
        cluster, language, greeting):
    person = AlternatingPerson(cluster)
    replies = household(language)
    messages = person.says(greeting)
    first = messages[-1]["custom"]["ask"]
    messages = person.says(replies[first])
    pending = messages[-1]["custom"]["ask"]

    redis = next(s for s in cluster.services if s.name == "Redis server")
    os.killpg(redis.process.pid, signal.SIGKILL)
    redis.process.wait()
    try:
        for _ in cluster.ports.rasa_servers:  # each server in turn
            down = person.says(replies[pending])
            assert is_apology(down, language), down
    finally:
        restart(redis, cluster)

    again = person.says(replies[pending])
    assert again[-1]["custom"].get("ask") != pending, "the answer given after the apology was not taken"
    screening = answer_until_result(person, again, replies)
    assert screening.profile[first] is not None and screening.profile[pending] is not None
    # The messages sent while Redis was down were not processed, nor stored half-way.
    assert len(turns(stored_events(cluster, person.sender))) == len(person.log) - len(cluster.ports.rasa_servers)


def test_killing_one_rasa_server_leaves_the_conversation_going_through_the_balancer(cluster):
    person = Person(f"http://127.0.0.1:{cluster.ports.rasa}")
    messages = person.says("Bonjour")
    messages = person.says(SINGLE_MOTHER_FR[messages[-1]["custom"]["ask"]])
    rasa_1 = next(s for s in cluster.services if s.name == "Rasa server 1")
    os.killpg(rasa_1.process.pid, signal.SIGKILL)
    rasa_1.process.wait()
    screening = answer_until_result(person, messages, SINGLE_MOTHER_FR)
    assert screening.profile["commune"] == "schaerbeek"


def test_a_killed_cluster_launcher_leaves_no_store_balancer_or_server():
    folder = Path(tempfile.mkdtemp(prefix="iris-cluster-launcher-"))
    front = {"RASA_PORT": free_port(), "ACTIONS_PORT": free_port(), "WEB_PORT": free_port()}
    environment = dict(os.environ, PYTHONPATH=str(ROOT), IRIS_CLUSTER_DIR=str(folder),
                       **{name: str(port) for name, port in front.items()})
    output = folder / "launcher.out"
    with open(output, "wb") as out:
        launcher = subprocess.Popen([sys.executable, "-m", "bot.cluster.launcher"], cwd=ROOT, env=environment,
                                    stdout=out, stderr=subprocess.STDOUT)
    try:
        # Killed once PostgreSQL and Redis answer and the action servers and HAProxy have started.
        wait_for(lambda: "Starting the action server 1" in output.read_text() or launcher.poll() is not None,
                 120, "the action servers to start")
        assert launcher.poll() is None, output.read_text()
        balancer = (folder / "haproxy.cfg").read_text()
        ports = {int(port) for port in re.findall(r"127\.0\.0\.1:(\d+)", balancer)}
        for name in ("redis.conf", "endpoints.yml"):
            ports |= {int(port) for port in re.findall(r"port:? (\d+)", (folder / name).read_text())}
        assert len(ports) == 9  # 2 fronts, 2 Rasa, 2 action servers, health, PostgreSQL, Redis
        action_servers = [int(port) for port in re.findall(r"server actions\d 127\.0\.0\.1:(\d+)", balancer)]
        wait_for(lambda: all(processes_on(port) for port in action_servers), 20, "the action servers' processes")
        redis = int(re.search(r"port (\d+)", (folder / "redis.conf").read_text()).group(1))
        assert processes_naming(str(folder)) and not port_is_free(redis)  # PostgreSQL's, and Redis
        ports |= set(front.values())
        launcher.send_signal(signal.SIGKILL)
        launcher.wait(timeout=10)

        def gone() -> bool:
            return (all(port_is_free(port) and not processes_on(port) for port in ports)
                    and not processes_naming(str(folder)))
        wait_for(gone, 30, "every process of the cluster to stop and free its port")
    finally:
        launcher.kill()
        shutil.rmtree(folder, ignore_errors=True)


def processes_naming(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found
