"""Stage one of `make bench-understanding`, in the Rasa environment: the trained model's parse
(intent and entities) of every text of the held-out set, as JSON on standard output.

    python -m bot.benchmarks.understanding_parse OUT.json < texts.json

The input is a JSON list of texts; the output maps each text to {"intent", "entities"}, exactly
what the REST channel hands the action server in `latest_message`. The result goes to a file:
Rasa writes to standard output while it loads.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys


def main() -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    logging.disable(logging.WARNING)
    from rasa.core.agent import Agent

    from bot.model import model_path

    texts = json.load(sys.stdin)
    agent = Agent.load(str(model_path()))

    async def parse_all():
        out = {}
        for text in texts:
            parsed = await agent.parse_message(text)
            out[text] = {"intent": parsed.get("intent") or {}, "entities": parsed.get("entities") or []}
        return out

    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(asyncio.run(parse_all()), out, ensure_ascii=False, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
