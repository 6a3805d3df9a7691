"""Finding a stored event's class from a table (runs in the Rasa environment)."""

import pytest
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

from bot.channels import event_types

event_types.install()


def rasa_search(type_name):
    """Rasa 3.6's own search, as it was before the table."""
    return next((cls for cls in all_subclasses(Event) if cls.type_name == type_name), None)


def test_every_event_name_gives_the_class_rasa_itself_would_find():
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert len(names) > 20
    for name in names:
        assert Event.resolve_by_type(name) is rasa_search(name), name


def test_stored_events_come_back_as_the_same_events():
    for original in (UserUttered("bonjour", {"name": "greet"}, timestamp=1.0),
                     SlotSet("commune", "Ixelles", timestamp=2.0),
                     ActionExecuted("action_listen", timestamp=3.0)):
        assert Event.from_parameters(original.as_dict()) == original


def test_an_event_class_made_after_the_table_is_found_too():
    assert Event.resolve_by_type("slot") is SlotSet  # the table is made before Noted exists

    class Noted(Event):
        type_name = "iris_noted_for_the_test"

        def __eq__(self, other):
            return isinstance(other, Noted)

        def as_story_string(self):
            return None

    assert Event.resolve_by_type("iris_noted_for_the_test") is Noted


def test_an_unknown_name_still_fails_as_in_rasa_or_gives_the_default():
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
