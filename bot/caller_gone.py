"""Requests whose caller has already hung up are not worked on.

Rasa waits 5 s for an action (bot/channels/action_timeout.py), then closes the connection and
answers the person with the apology. The action server runs one action at a time, so under load
requests wait their turn; one whose caller is gone would cost a whole turn of engine time for an
answer nobody reads, and make every later request later still. Before an action runs, the
connection is checked: closed, or its end of the stream read, means nobody is waiting.
"""

from __future__ import annotations

import os
import socket
from typing import Any


def peer_closed(sock: socket.socket) -> bool:
    """Whether the other end of a connected socket has closed it. Peeks without taking a byte:
    pending bytes (the next request) mean someone is there; end of stream or a reset mean gone."""
    try:
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError):
        return False  # nothing to read yet: the caller is still waiting
    except OSError:
        return True  # reset by the peer


def caller_gone(transport: Any) -> bool:
    """The same question for an asyncio transport (Sanic's request.transport)."""
    if transport is None or transport.is_closing():
        return True
    sock = transport.get_extra_info("socket")
    if sock is None:
        return False
    # asyncio hands out a wrapper that refuses recv(): peek through a copy of the descriptor.
    with socket.socket(fileno=os.dup(sock.fileno())) as copy:
        return peer_closed(copy)
