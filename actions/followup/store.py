"""Where the follow-ups live: a SQLite file by default, PostgreSQL by URL.

    IRIS_FOLLOWUP_DB   a SQLAlchemy URL (postgresql+psycopg://user@host/db); default
                       sqlite:///.cache/followup.db (make run puts it beside the tracker store)

The schema is Alembic's (migrations/), brought up to date when a store opens, as the
observatory's is (actions/observatory/store.py).
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from sqlalchemy import and_, delete, select, update

from actions.database import MigratedStore
from actions.followup.settings import url_from_environment
from actions.followup.tables import followups

DUE_AFTER_DAYS = 14
DELETED_AFTER_DAYS = 21
STATUS, REASON = "status", "reason"
TEMPLATE = "template"   # WhatsApp: the approved template went out; its first reply opens the questions


@dataclass(frozen=True)
class FollowUp:
    id: str
    address: str          # sealed (address.py)
    channel: str          # telegram, sms or whatsapp
    language: str
    rights: tuple[str, ...]
    due_on: datetime.date
    delete_on: datetime.date
    record: Optional[str]
    sent_on: Optional[datetime.date]
    position: int
    step: Optional[str]

    @property
    def right(self) -> Optional[str]:
        """The right being asked about, None once every right is answered."""
        return self.rights[self.position] if self.position < len(self.rights) else None


def _follow_up(row) -> FollowUp:
    return FollowUp(row.id, row.address, row.channel, row.language, tuple(row.rights.split()), row.due_on,
                    row.delete_on, row.record, row.sent_on, row.position, row.step)


class Store(MigratedStore):
    MIGRATIONS = Path(__file__).resolve().parent / "migrations"
    VERSION_TABLE = "alembic_version_followup"

    def add(self, *, lookup: str, address: str, channel: str, language: str, rights: list[str],
            today: datetime.date, record: Optional[str]) -> str:
        """Keeps one follow-up, due on day 14 and deleted on day 21 at the latest; one a
        conversation: a second yes replaces the first."""
        identifier = uuid.uuid4().hex
        with self.engine.begin() as connection:
            connection.execute(delete(followups).where(followups.c.lookup == lookup))
            connection.execute(followups.insert(), [{
                "id": identifier, "lookup": lookup, "address": address, "channel": channel, "language": language,
                "rights": " ".join(rights), "due_on": today + datetime.timedelta(days=DUE_AFTER_DAYS),
                "delete_on": today + datetime.timedelta(days=DELETED_AFTER_DAYS), "record": record,
                "position": 0}])
        return identifier

    def due(self, today: datetime.date) -> list[FollowUp]:
        """The follow-ups to send today: due, not sent, not past their deletion day."""
        condition = and_(followups.c.sent_on.is_(None), followups.c.due_on <= today, followups.c.delete_on > today)
        with self.engine.connect() as connection:
            return [_follow_up(row) for row in connection.execute(select(followups).where(condition))]

    def mark_sent(self, identifier: str, today: datetime.date, step: str = STATUS) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(followups).where(followups.c.id == identifier)
                               .values(sent_on=today, step=step, position=0))

    def sent_to(self, lookup: str, today: datetime.date) -> Optional[FollowUp]:
        """The follow-up whose answers this conversation may be giving: sent, not deleted."""
        condition = and_(followups.c.lookup == lookup, followups.c.sent_on.is_not(None),
                         followups.c.delete_on > today)
        with self.engine.connect() as connection:
            row = connection.execute(select(followups).where(condition)).first()
        return _follow_up(row) if row else None

    def move_to(self, identifier: str, position: int, step: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(followups).where(followups.c.id == identifier)
                               .values(position=position, step=step))

    def delete(self, identifier: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(followups).where(followups.c.id == identifier))

    def forget(self, lookup: str) -> int:
        """Deletes the follow-up of a conversation (STOP, "effacer"); returns how many rows."""
        with self.engine.begin() as connection:
            return connection.execute(delete(followups).where(followups.c.lookup == lookup)).rowcount

    def purge(self, today: datetime.date) -> int:
        """Deletes every follow-up on or past its deletion day (day 21), answered or not."""
        with self.engine.begin() as connection:
            return connection.execute(delete(followups).where(followups.c.delete_on <= today)).rowcount

    def count(self) -> int:
        with self.engine.connect() as connection:
            return len(connection.execute(select(followups.c.id)).all())


@lru_cache(maxsize=None)
def open_store(url: str) -> Store:
    return Store(url)


def default_store() -> Store:
    return open_store(url_from_environment())
