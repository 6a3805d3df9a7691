"""`make run`: starts the action server, the Rasa server and the web page, then waits for Ctrl-C."""

from __future__ import annotations

import signal
import sys
import threading

from bot.services import Iris, Ports, StartError


def main() -> int:
    try:
        ports = Ports.from_environment()
        iris = Iris(ports)
        iris.start(report=lambda line: print(line, flush=True))
    except StartError as error:
        print(str(error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
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
  Logs: .cache/logs/   Press Ctrl-C to stop.""",
        flush=True,
    )
    stop = threading.Event()
    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    try:
        while not stop.is_set():
            for service in iris.services:
                if service.process is not None and service.process.poll() is not None:
                    print(f"The {service.name} stopped: see {service.log}", file=sys.stderr)
                    stop.set()
            stop.wait(1)
    except KeyboardInterrupt:
        pass
    print("\nStopping Iris...", flush=True)
    iris.stop()
    print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
