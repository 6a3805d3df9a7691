"""make bench-turn's per-part figures: each part of a screening's engine work is timed and printed."""

from __future__ import annotations

import re

from bot.benchmarks.profile_turn import main


def test_the_per_part_figures_name_each_part_with_its_p50_and_p95(capsys):
    assert main(["--parts-only"]) == 0
    printed = capsys.readouterr().out
    assert "load average" in printed
    for part in ("assess, fresh simulation", "assess, from memory", "income ranges", "result messages"):
        line = next(line for line in printed.splitlines() if part in line)
        assert re.search(r"p50 +[\d.]+ ms +p95 +[\d.]+ ms", line), line
