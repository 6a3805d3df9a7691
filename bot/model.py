"""Where the trained model lives, keyed on a hash of everything training reads.

The same inputs give the same file name, so `make run` trains only when config, domain, training
data, custom components or the Rasa pins changed, and the launcher finds the model without asking.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / ".cache" / "models"
TRAINING_INPUTS = (
    ("bot/config.yml",),
    ("domain", "*.yml"),
    ("nlu", "**/*.yml"),
    ("nlu/components", "**/*.py"),
    ("nlu/lexicon", "*.*"),  # the components' words and readers, the lookup tables (bot/lookups.py)
    ("bot/lookups.py",),
    ("bot/data", "**/*.yml"),
    ("requirements/rasa.txt",),
)


def training_files() -> list[Path]:
    files: list[Path] = []
    for entry in TRAINING_INPUTS:
        base = ROOT / entry[0]
        if len(entry) == 1:
            files.append(base)
        else:
            files.extend(sorted(p for p in base.glob(entry[1]) if "__pycache__" not in p.parts))
    return files


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for path in training_files():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_name() -> str:
    return f"iris-{inputs_hash()}"


def model_path() -> Path:
    return MODELS / f"{model_name()}.tar.gz"
