"""The rights registry: one YAML file per right in rights/<right>.yaml (see CONVENTIONS.md)."""
import functools
import os

import yaml

from actions.eligibility.enums import RIGHT_IDS

RIGHTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rights")


@functools.lru_cache(maxsize=None)
def right_facts():
    """{right id: facts dict} for every rights/*.yaml, in the contract's order of rights."""
    facts = {}
    for name in sorted(os.listdir(RIGHTS_DIR)):
        if name.endswith(".yaml"):
            with open(os.path.join(RIGHTS_DIR, name), encoding="utf-8") as f:
                data = yaml.safe_load(f)
            facts[data["id"]] = data
    order = {r: i for i, r in enumerate(RIGHT_IDS)}
    return dict(sorted(facts.items(), key=lambda kv: order.get(kv[0], len(order))))


def status_variable(right_id, facts):
    return facts.get("status_variable", f"{right_id}_status")
