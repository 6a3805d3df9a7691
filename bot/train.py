"""Trains the Rasa model only when its inputs changed (see bot/model.py). Run by `make train`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.lookups import write as write_lookups
from bot.model import MODELS, ROOT, model_name, model_path


def main() -> int:
    target = model_path()
    if target.exists():
        print(f"Model up to date ({target.relative_to(ROOT)}): no training needed.", file=sys.stderr)
        return 0
    MODELS.mkdir(parents=True, exist_ok=True)
    print("Training the model (config, domain or data changed; about a minute)...", file=sys.stderr)
    lookups = write_lookups()
    rasa = Path(sys.executable).parent / "rasa"
    command = [
        str(rasa), "train",
        "--config", "bot/config.yml",
        "--domain", "domain",
        "--data", "nlu", "bot/data", str(lookups.relative_to(ROOT)),
        "--out", str(MODELS),
        "--fixed-model-name", model_name(),
    ]
    # Training's progress goes to standard error, so that it shows but never mixes with results.
    result = subprocess.run(command, cwd=ROOT, stdout=sys.stderr)
    if result.returncode != 0 or not target.exists():
        print("Training failed: see the messages above.", file=sys.stderr)
        return 1
    for old in MODELS.glob("iris-*.tar.gz"):
        if old != target:
            old.unlink()
    print(f"Model trained: {target.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
