"""The flag a message carries when the person asked to delete their data ({"deleted": true}).

The channels (bot/channels/turn.py) delete the conversation once the turn is saved. They run in
the Rasa environment, which has no eligibility engine, so the flag lives apart from the actions.
"""

DELETED = "deleted"
