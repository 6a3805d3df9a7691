"""The follow-up's one table, as the latest migration leaves it (migrations/versions/).

One row a person who said yes, and only what the follow-up needs: the address sealed with
Fernet (address.py), the lookup of the conversation (key.py), the channel, the language, the
rights to ask about, the day the message is due (day 14) and the day the row is deleted at the
latest (day 21), the observatory record to complete (random id, only when the person agreed to
that record too), and where the answers stand (which right, which question). No profile, no
text the person typed, no answer kept: answers go to the observatory record or nowhere.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, Text

metadata = MetaData()

followups = Table(
    "followups", metadata,
    Column("id", String(32), primary_key=True),
    Column("lookup", String(64), nullable=False, index=True),
    Column("address", Text, nullable=False),
    Column("channel", String(8), nullable=False),
    Column("language", String(2), nullable=False),
    Column("rights", String(1000), nullable=False),   # right ids, space-separated, in the order asked
    Column("due_on", Date, nullable=False, index=True),
    Column("delete_on", Date, nullable=False),
    Column("record", String(32)),                     # the observatory record's id, or empty
    Column("sent_on", Date),                          # empty until the day-14 message is sent
    Column("position", Integer, nullable=False, server_default="0"),  # the right being asked
    Column("step", String(12)),                       # status, reason, or either _again, once sent
)
