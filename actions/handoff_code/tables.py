"""The handoff tables as the latest migration leaves them (migrations/versions/).

- `handoff_codes`: one row a code given. `lookup` is derived from the code by scrypt (code.py),
  `dossier` is the profile and the plan, encrypted with a key derived from the code the same
  way; `language` the person's; times in Unix seconds (UTC). After its second opening a row
  loses its dossier and stays until it expires, so that a third try can say "used up".
- `handoff_openings`: one row an attempt to open a code: when, and what came of it (shown,
  expired, unknown, used_up). Never the code, nor who tried.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, LargeBinary, MetaData, String, Table

OUTCOMES = ("shown", "expired", "unknown", "used_up")

metadata = MetaData()

codes = Table(
    "handoff_codes", metadata,
    Column("lookup", String(64), primary_key=True),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False, index=True),
    Column("views", Integer, nullable=False, server_default="0"),
    Column("language", String(2), nullable=False),
    Column("dossier", LargeBinary),
)

openings = Table(
    "handoff_openings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", BigInteger, nullable=False, index=True),
    Column("outcome", String(8), nullable=False),
)
