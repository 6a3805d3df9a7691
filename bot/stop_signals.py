"""The launcher's stop signals wait while it starts a process, so that none is lost.

The launcher turns a stop signal into KeyboardInterrupt (bot/launcher.py), so that a start-up in
progress unwinds and stops what it had started. Python runs a signal's handler at the next line
of Python code; while a process forks, that line can be in logging's fork hook, where an
exception is printed and dropped ("Exception ignored in: <function _releaseLock>"). The stop was
lost there once and Iris went on starting. Held during the fork, the signal interrupts the line
after it instead, once the new process is known and can be stopped. The new process does not
inherit the hold: `child_mask` gives it back the launcher's usual mask before it runs.

Standard library only: it runs in the action server's environment.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager
from typing import Callable, Iterator

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


@contextmanager
def stop_signals_held() -> Iterator[Callable[[], None]]:
    """Holds the stop signals for the block; yields what a child's preexec_fn calls to lift the
    hold in the child. A signal that came meanwhile is handled as the block ends."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)

    def child_mask() -> None:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)

    try:
        yield child_mask
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
