"""One screening as the observatory keeps it: the week, the commune, bands, each right's status.

Pure: built from the profile and the engine's assessment, with no Rasa and no database. What is
left out is left out on purpose: income, exact age, the sender id and any text the person typed
never reach the record; the day becomes the Monday of its ISO week.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from actions.eligibility.enums import RIGHT_IDS

# A right counts as claimable when the household has it or may have it: the engine's wording
# (eligible, possibly_eligible, automatic) or the person's own (already_receiving).
CLAIMABLE = ("eligible", "possibly_eligible", "automatic", "already_receiving")
RECEIVED = "already_receiving"
# Rights that need a request: only these can be known-but-not-asked, so only these are asked about.
TO_REQUEST = ("eligible", "possibly_eligible")
STATUSES = ("eligible", "possibly_eligible", "automatic", "already_receiving", "not_eligible", "unknown")

UNKNOWN = "unknown"
AGE_BANDS = ("under_25", "25_64", "65_plus", UNKNOWN)
HOUSEHOLDS = ("alone", "with_partner", "single_parent", "other", UNKNOWN)
CHILDREN_BANDS = ("0", "1_2", "3_plus", UNKNOWN)
AUDIENCES = ("self", "volunteer", "caseload")  # who answered: the person, a volunteer, or an association's file
SOURCES = ("conversation", "caseload")
# Rasa's input channel (and, for Twilio, whether it carried WhatsApp) -> the record's channel.
CHANNELS = ("web", "sms", "whatsapp", "telegram", "caseload", "other")


def week_of(day: datetime.date) -> datetime.date:
    """The Monday of the day's ISO week: the finest time a record holds."""
    return day - datetime.timedelta(days=day.weekday())


def age_band(age: Any) -> str:
    if not isinstance(age, int) or isinstance(age, bool):
        return UNKNOWN
    return "under_25" if age < 25 else "25_64" if age < 65 else "65_plus"


def children_band(children: Any) -> str:
    if not isinstance(children, int) or isinstance(children, bool):
        return UNKNOWN
    return "0" if children == 0 else "1_2" if children <= 2 else "3_plus"


def household(living_with: Any, children: Any) -> str:
    """alone, with_partner (a couple, with or without children), single_parent (children and no
    partner, whoever else lives there), or other (relatives or flatmates, no child)."""
    if living_with == "partner":
        return "with_partner"
    if living_with not in ("alone", "family", "others"):
        return UNKNOWN
    if isinstance(children, int) and not isinstance(children, bool) and children > 0:
        return "single_parent"
    if children is None:
        return UNKNOWN
    return "alone" if living_with == "alone" else "other"


def commune_of(profile: Mapping[str, Any]) -> str:
    commune = profile.get("commune")
    return commune if isinstance(commune, str) and commune else UNKNOWN


@dataclass(frozen=True)
class Record:
    week: datetime.date          # Monday of the ISO week
    commune: str                 # a contract commune, outside_brussels, or unknown
    channel: str
    audience: str                # self, or a volunteer at a shared terminal
    language: str
    age_band: str
    household: str
    children_band: str
    statuses: Mapping[str, str] = field(default_factory=dict)  # right id -> status, every right
    source: str = "conversation"
    # right id -> what came of a request: received, waiting or refused (the person told it, or a
    # follow-up asked it); rights without an outcome are absent.
    outcomes: Mapping[str, str] = field(default_factory=dict)

    def claimable(self, right: str) -> bool:
        return self.statuses.get(right) in CLAIMABLE

    def received(self, right: str) -> bool:
        """Received is what the person said (`benefits`), which the engine reports as already_receiving."""
        return self.statuses.get(right) == RECEIVED


OUTCOMES = ("received", "waiting", "refused")


def build(profile: Mapping[str, Any], rights: list[Mapping[str, Any]], *, day: datetime.date,
          channel: str, audience: str, language: str, source: str = "conversation",
          outcomes: Mapping[str, str] | None = None) -> Record:
    """The record of a screening: `profile` is the contract's profile, `rights` the engine's,
    `outcomes` what the person said came of a request (right id -> received, waiting, refused)."""
    statuses = {r["id"]: r["status"] for r in rights if r.get("id") in RIGHT_IDS and r.get("status") in STATUSES}
    return Record(
        week=week_of(day),
        commune=commune_of(profile),
        channel=channel if channel in CHANNELS else "other",
        audience=audience if audience in AUDIENCES else "self",
        language=language,
        age_band=age_band(profile.get("age")),
        household=household(profile.get("living_with"), profile.get("children")),
        children_band=children_band(profile.get("children")),
        statuses={right: statuses.get(right, UNKNOWN) for right in RIGHT_IDS},
        source=source,
        outcomes={r: o for r, o in (outcomes or {}).items() if r in RIGHT_IDS and o in OUTCOMES},
    )


def to_ask_about(statuses: Mapping[str, str], told: Iterable[str] = ()) -> list[str]:
    """The rights found claimable that need a request and are not received: the ones "did you
    know these aids?" is about. A right the person already said was refused or is awaited
    (`told`, the record's outcomes) is not asked about: the person asked for it."""
    told = set(told)
    return [right for right in RIGHT_IDS if statuses.get(right) in TO_REQUEST and right not in told]
