"""Profiles as cache keys, so that the engine assesses each (date, profile) once.

A screening turn assesses the same profile several times (the next question, the result, the
observatory, the follow-up), and the first turns of many conversations carry the same few facts;
each assessment is a whole OpenFisca simulation. The engine's answers depend on the date and the
profile only (its model is built per date), so they can be kept and handed out again as copies.
"""

from __future__ import annotations

from typing import Any, Hashable, Mapping

# Entries kept per cache: an assessment is a few kB, so this bounds memory to a few MB.
KEPT = 2048


class Unhashable(Exception):
    """A value the key cannot hold (the engine then works as if there were no cache)."""


def frozen(value: Any) -> Hashable:
    """A hashable stand-in for a profile value; the type is kept so that True, 1 and 1.0 differ
    (the engine refuses some of them and must go on refusing)."""
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(frozen(v) for v in value))
    if isinstance(value, (str, int, float, bool)) or value is None:
        return (type(value).__name__, value)
    raise Unhashable(type(value).__name__)


def thawed(key: Hashable) -> Any:
    kind, value = key
    if kind in ("list", "tuple"):
        items = [thawed(v) for v in value]
        return items if kind == "list" else tuple(items)
    return value


def profile_key(profile: Mapping[str, Any], skip: tuple[str, ...] = ()) -> tuple:
    return tuple(sorted((field, frozen(value)) for field, value in profile.items() if field not in skip))


def profile_of(key: tuple) -> dict:
    return {field: thawed(value) for field, value in key}
