"""The action server tells a caller that hung up from one still waiting, without reading a byte."""

from __future__ import annotations

import asyncio
import socket
from concurrent.futures import ThreadPoolExecutor

from bot.caller_gone import caller_gone, peer_closed


def test_a_socket_whose_peer_waits_is_not_gone_and_one_whose_peer_closed_is():
    ours, theirs = socket.socketpair()
    with ours:
        assert not peer_closed(ours)
        theirs.close()
        assert peer_closed(ours)


def test_bytes_still_to_read_mean_someone_is_there_and_stay_unread():
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(b"POST /webhook")
        assert not peer_closed(ours)
        assert ours.recv(100) == b"POST /webhook"


class Server(asyncio.Protocol):
    """Reads one request, then stops reading as Sanic does while the action waits its turn, so the
    end of the stream stays in the socket."""

    def __init__(self, got: asyncio.Future) -> None:
        self.got = got

    def connection_made(self, transport: asyncio.Transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.transport.pause_reading()
        self.got.set_result(self.transport)


async def server_side_of(close_after_sending: bool) -> tuple[bool, bool]:
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    server = await loop.create_server(lambda: Server(got), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /webhook HTTP/1.1\r\n\r\n")
    await writer.drain()
    transport = await got
    if close_after_sending:
        writer.close()
        await writer.wait_closed()
        await asyncio.sleep(0.05)
    gone = caller_gone(transport)
    closing = transport.is_closing()
    writer.close()
    server.close()
    await server.wait_closed()
    return gone, closing


def run_apart(coroutine):
    """asyncio.run in a thread of its own: in the same test process, the browser tests' Playwright
    keeps an event loop running in the main thread, where asyncio.run refuses to start."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result(timeout=30)


def test_a_request_whose_caller_hung_up_while_it_waited_is_seen_as_gone():
    gone, closing = run_apart(server_side_of(close_after_sending=True))
    assert gone and not closing  # seen in the socket, before asyncio read the end of the stream


def test_a_request_whose_caller_still_waits_is_not_gone():
    gone, _ = run_apart(server_side_of(close_after_sending=False))
    assert not gone
