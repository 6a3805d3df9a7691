"""`make run`: starts the action server, the Rasa server and the web page, keeps them running
(bot/supervisor.py) and stops them all on Ctrl-C or a stop signal, even one sent during start-up."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Callable

from bot.model import ROOT
from bot.services import Iris, Ports, StartError
from bot.supervisor import GiveUp, supervise

STOP_SIGNALS = ("SIGTERM", "SIGHUP")


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _ignore_stop_signals() -> None:
    """While the services are being stopped, a second signal must not cut that short."""
    for name in (*STOP_SIGNALS, "SIGINT"):
        signal.signal(getattr(signal, name), signal.SIG_IGN)


def main(build: Callable[[], Iris] = lambda: Iris(Ports.from_environment())) -> int:
    """`build` makes the Iris to run: make run's, or make run-cluster's (bot/cluster/launcher.py)."""
    # A stop signal is Ctrl-C from the first line on: Iris.start stops what it already started.
    for name in STOP_SIGNALS:
        signal.signal(getattr(signal, name), _interrupt)
    try:
        iris = build()
        ports = iris.ports
        iris.start(report=lambda line: print(line, flush=True))
    except StartError as error:
        print(str(error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _ignore_stop_signals()
        print("\nStopped before Iris was up.", file=sys.stderr)
        return 130

    print(
        f"""
Iris is running.
  Chat in a browser:  http://localhost:{ports.web}
  Or with curl:
    curl -s localhost:{ports.rasa}/webhooks/rest/webhook -H 'Content-Type: application/json' \\
         -d '{{"sender": "try-1", "message": "Bonjour"}}'
    curl -s localhost:{ports.rasa}/webhooks/rest/webhook -H 'Content-Type: application/json' \\
         -d '{{"sender": "try-2", "message": "Hallo"}}'
  Logs: {iris.logs.relative_to(ROOT)}/   Press Ctrl-C to stop.""",
        flush=True,
    )
    status = 0
    try:
        supervise(iris.services, iris.environment(), threading.Event(),
                  report=lambda line: print(line, file=sys.stderr, flush=True))
    except GiveUp as error:
        print(str(error), file=sys.stderr, flush=True)
        status = 1
    except KeyboardInterrupt:
        pass
    _ignore_stop_signals()
    print("\nStopping Iris...", flush=True)
    iris.stop()
    print("Stopped.", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
