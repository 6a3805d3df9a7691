"""Which right a person names in a message ("pourquoi pas la GRAPA ?", "waarom geen leefloon?").

People name a right by its abbreviation, its French or Dutch name, or the word they hear at the
office; the names are the lexicon's (nlu/lexicon/aids_<language>.yaml), misspellings included,
and the longest name wins, so "tarif social" is not read as "social housing".
"""

from __future__ import annotations

from nlu.lexicon import find


def mentioned_right(text: str) -> str | None:
    """The right named in `text`, or None; the longest name wins when several match."""
    found = find("aids", text or "")
    if not found:
        return None
    return max(found, key=lambda f: (f.end - f.start, -f.start)).value
