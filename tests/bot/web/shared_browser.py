"""One Chromium a test process, shared by every `browser` fixture.

Playwright's sync API runs an event loop in this thread, and a second instance refuses to start.
pytest holds one session fixture per module that imports `browser` (tests/bot/staff/ does), and
may load tests/bot/web/conftest.py twice under two names; this module, imported by its full name,
exists once, so all of them share one browser, closed when the last of them is done.
"""

from __future__ import annotations

from playwright.sync_api import Browser, sync_playwright

_SHARED: dict = {"users": 0}


def acquire(executable: str, args: list[str]) -> Browser:
    if not _SHARED["users"]:
        _SHARED["playwright"] = sync_playwright().start()
        # launch() gives every run a fresh, temporary user-data-dir of its own.
        _SHARED["browser"] = _SHARED["playwright"].chromium.launch(executable_path=executable, headless=True,
                                                                   args=args)
    _SHARED["users"] += 1
    return _SHARED["browser"]


def release() -> None:
    _SHARED["users"] -= 1
    if not _SHARED["users"]:
        _SHARED["browser"].close()
        _SHARED["playwright"].stop()
