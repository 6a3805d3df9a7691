"""What an SMS costs, and keeping a message's text to what it needs.

An SMS is sent in GSM-7 when every character is in the GSM 03.38 alphabet (the extension table,
e.g. € [ ] ~, takes two septets), and in UCS-2 otherwise: 160 septets or 70 UTF-16 units alone,
153 or 67 per segment once split, because the rest carries the concatenation header. One curly
apostrophe turns a French message into UCS-2 and more than doubles its segments, so the text is
brought to GSM-7 where a GSM-7 character reads the same. Pure functions, no Rasa.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

# Characters that force UCS-2 but have a GSM-7 twin that reads the same.
PUNCTUATION = {
    "\u2019": "'", "\u2018": "'", "\u201a": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2022": "-", "\u2023": "-", "\u25cf": "-", "\u00b7": "-",
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": "", "\u00ad": "",
    "\t": " ",
}
# Letters without a GSM-7 form, written as their base letter: only when that makes the whole
# message GSM-7 (see `for_sms`), since a message already in UCS-2 can keep its accents for free.
LIGATURES = {"œ": "oe", "Œ": "OE"}

SINGLE = {"gsm7": 160, "ucs2": 70}
CONCATENATED = {"gsm7": 153, "ucs2": 67}


@dataclass(frozen=True)
class Cost:
    encoding: str  # "gsm7" or "ucs2"
    segments: int
    units: int  # septets in GSM-7, UTF-16 code units in UCS-2


def is_gsm7(text: str) -> bool:
    return all(c in GSM_BASIC or c in GSM_EXTENSION for c in text)


def _unit_costs(text: str) -> tuple[str, list[int]]:
    if is_gsm7(text):
        return "gsm7", [2 if c in GSM_EXTENSION else 1 for c in text]
    return "ucs2", [2 if ord(c) > 0xFFFF else 1 for c in text]


def cost(text: str) -> Cost:
    """The encoding and number of segments of one SMS body, as a phone network counts them.

    A character never straddles two segments (an escaped GSM-7 character, a UTF-16 surrogate
    pair), so segments are packed character by character rather than divided.
    """
    encoding, units = _unit_costs(text)
    total = sum(units)
    if total <= SINGLE[encoding]:
        return Cost(encoding, 1 if text else 0, total)
    size, segments, used = CONCATENATED[encoding], 1, 0
    for unit in units:
        if used + unit > size:
            segments, used = segments + 1, 0
        used += unit
    return Cost(encoding, segments, total)


def _fold_letter(c: str) -> str:
    if c in GSM_BASIC or c in GSM_EXTENSION:
        return c
    if c in LIGATURES:
        return LIGATURES[c]
    base = unicodedata.normalize("NFD", c)[0]
    return base if base in GSM_BASIC else c


def for_sms(text: str) -> str:
    """The text as it should travel by SMS: GSM-7 twins for punctuation and spaces always, and
    base letters for accents GSM-7 lacks (ê, â, ç, ë...) when that makes it GSM-7 whole."""
    # French puts a space inside guillemets; straight quotes hug the word.
    text = re.sub("\u00ab[ \u00a0\u202f]*", '"', re.sub("[ \u00a0\u202f]*\u00bb", '"', text))
    text = "".join(PUNCTUATION.get(c, c) for c in text)
    text = re.sub(r"[ ]{3,}", "  ", text)
    if is_gsm7(text):
        return text
    folded = "".join(_fold_letter(c) for c in text)
    return folded if is_gsm7(folded) else text


_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")


Size = Callable[[str], int]


def units(text: str) -> int:
    """What a text weighs in an SMS: septets in GSM-7, UTF-16 units in UCS-2."""
    return sum(_unit_costs(text)[1])


def _pieces(line: str, limit: int, size: Size) -> list[str]:
    """A line longer than `limit` cut at sentence ends, then between words, then hard."""
    if size(line) <= limit:
        return [line]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(line):
        for word in (sentence.split(" ") if size(sentence) > limit else [sentence]):
            while size(word) > limit:
                cut = max(n for n in range(1, len(word) + 1) if size(word[:n]) <= limit or n == 1)
                pieces.append(word[:cut])
                word = word[cut:]
            pieces.append(word)
    return _pack(pieces, limit, " ", size)


def _pack(units: list[str], limit: int, joiner: str, size: Size) -> list[str]:
    chunks: list[str] = []
    current = ""
    for unit in units:
        candidate = f"{current}{joiner}{unit}" if current else unit
        if size(candidate) <= limit:
            current = candidate
        else:
            if current:
                chunks.append(current)
            current = unit
    if current:
        chunks.append(current)
    return chunks


BULLETS = ("- ", "\u2022 ")


def _blocks(lines: list[str]) -> list[list[str]]:
    """Lines grouped as a reader sees them: a blank line or a bullet starts a new block."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if blocks[-1] and (not line.strip() or line.startswith(BULLETS)):
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def split(text: str, limit: int, size: Size = len) -> list[str]:
    """The text in as few messages of at most `limit` (characters, or what `size` counts) as its
    blocks allow: a message breaks between blocks (a right and its lines stay together), else
    between lines, and inside a line too long only at a sentence end or between words."""
    parts: list[str] = []
    for block in _blocks(text.strip().split("\n")):
        lines = [piece for line in block for piece in _pieces(line.rstrip(), limit, size)]
        whole = "\n".join(lines)
        parts.extend([whole] if size(whole) <= limit else lines)
    chunks = _pack(parts, limit, "\n", size)
    # A blank line kept at a break would be a wasted character at the edge of a message.
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


MAX_SMS_CHARACTERS = 320


def split_sms(text: str, characters: int = MAX_SMS_CHARACTERS) -> list[str]:
    """The text as SMS of at most `characters`, each filling whole segments: 306 septets (two
    segments) in GSM-7, 268 units (four) in UCS-2, since 307 to 320 would pay a third or fifth
    segment for a few characters."""
    encoding = "gsm7" if is_gsm7(text) else "ucs2"
    limit = characters // CONCATENATED[encoding] * CONCATENATED[encoding]
    return split(text, limit, size=units)
