"""Keeps Iris's services running while `make run` waits: a service that exits is started again.

The waits grow (1, 2, 4, 8, 16 s) so that a service that cannot start does not spin the machine;
a service that stopped 5 times in 5 minutes is broken, not unlucky, and then everything stops with
one message that names it and its log. Standard library only, like bot/services.py.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from bot.services import Service


class GiveUp(RuntimeError):
    """A service keeps stopping: the message says which one and where its log is."""


@dataclass
class RestartPolicy:
    first_wait: float = 1.0
    max_restarts: int = 5
    window: float = 300.0
    restarts: dict[str, list[float]] = field(default_factory=dict)

    def recent(self, name: str, now: float) -> list[float]:
        return [t for t in self.restarts.get(name, []) if now - t < self.window]

    def wait_before_restart(self, name: str, now: float) -> float | None:
        """Seconds to wait before starting `name` again, or None when it restarted too often."""
        count = len(self.recent(name, now))
        if count >= self.max_restarts:
            return None
        return self.first_wait * 2 ** count

    def record(self, name: str, now: float) -> None:
        self.restarts[name] = [*self.recent(name, now), now]


def supervise(
    services: Sequence[Service],
    environment: dict[str, str],
    stop: threading.Event,
    report: Callable[[str], None],
    policy: RestartPolicy | None = None,
    tick: float = 0.5,
) -> None:
    """Watches until `stop` is set; raises GiveUp when a service stops too often."""
    policy = policy or RestartPolicy()
    due: dict[str, float] = {}
    coming_back: set[str] = set()
    while not stop.is_set():
        now = time.monotonic()
        for service in services:
            if service.name in due:
                if now >= due[service.name]:
                    del due[service.name]
                    policy.record(service.name, now)
                    report(f"Starting the {service.name} again...")
                    service.start(environment, append=True)  # the log keeps why it stopped
                    coming_back.add(service.name)
                continue
            if service.process is not None and service.process.poll() is not None:
                code = service.process.returncode
                wait = policy.wait_before_restart(service.name, now)
                if wait is None:
                    raise GiveUp(
                        f"The {service.name} stopped {policy.max_restarts + 1} times within "
                        f"{policy.window / 60:g} minutes (last exit {code}): Iris stops. "
                        f"See {service.log}\n{service.log_tail()}"
                    )
                report(f"The {service.name} stopped (exit {code}): starting it again in {wait:g} s. "
                       f"See {service.log}")
                due[service.name] = now + wait
            elif service.name in coming_back and service.ready():
                coming_back.discard(service.name)
                report(f"  the {service.name} answers again on port {service.port}.")
        stop.wait(tick)
