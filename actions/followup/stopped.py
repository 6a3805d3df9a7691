"""The follow-up's STOP reply, on its own so that the Rasa server's SMS channel can send it too:
sentences.py needs the store (Alembic), which the Rasa environment does not have."""

from __future__ import annotations

from actions.i18n import say


def stopped(language: str, *, summary_kept: bool) -> str:
    """STOP during the follow-up: what goes is what was kept to write to the person; the
    anonymous summary, when they agreed to one, stays, and says so (not "your answers")."""
    lines = [say(language, "Stopped. What I kept to write to you is deleted. You will get no more messages.")]
    if summary_kept:
        lines.append(say(language, "The anonymous summary stays. It does not say who you are."))
    return "\n".join(lines)
