"""NLU benchmark: 5-fold cross-validation of the pipeline in bot/config.yml, per language.

    python -m bot.benchmarks.bench_nlu [--lang fr nl] [--folds 5] [--seed 1]

Each language is evaluated separately, on its own data (nlu/<lang>/), in a child process that
does what `rasa test nlu --nlu nlu/<lang> --config bot/config.yml --cross-validation --folds 5`
does, with one difference: the folds are drawn from a fixed seed, so two runs on the same data
give the same figures (Rasa's StratifiedKFold shuffles with NumPy's global generator). Rasa's
reports (intent_report.json, intent_errors.json, intent_successes.json) and the training log go
to .cache/bench/nlu/<lang>/; this prints, per language, the number of examples, the intent
macro-F1, the accuracy and the three worst intents.

Rasa's evaluation undoes the FallbackClassifier's `nlu_fallback` and scores the intent beneath
it, so the macro-F1 and accuracy ignore the fallback; the share of test messages whose best
intent scored below the FallbackClassifier threshold of bot/config.yml (which the bot would have
answered "not understood") is printed beside them. The macro-F1 averages the intents of the data.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import signal
import subprocess
import sys
import time
from typing import Dict, List, Optional

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONFIG = ROOT / "bot" / "config.yml"
NLU_DIR = ROOT / "nlu"
OUT_DIR = ROOT / ".cache" / "bench" / "nlu"
LANGUAGES = ("fr", "nl")
TARGET_MACRO_F1 = 0.92
SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def _worker(language: str, folds: int, seed: int, out: pathlib.Path) -> None:
    """Runs the cross-validation of one language in this process and writes its reports."""
    import asyncio
    import logging

    import numpy as np
    from rasa.nlu.test import cross_validate, drop_intents_below_freq
    from rasa.shared.nlu.training_data.loading import load_data

    logging.basicConfig(level=logging.INFO)
    data = drop_intents_below_freq(load_data(str(NLU_DIR / language)), cutoff=folds)
    np.random.seed(seed)  # StratifiedKFold(shuffle=True) draws from NumPy's global generator
    out.mkdir(parents=True, exist_ok=True)
    asyncio.run(
        cross_validate(
            data,
            folds,
            str(CONFIG),
            str(out),
            successes=True,
            errors=True,
            disable_plotting=True,
            report_as_dict=True,
        )
    )


def fallback_threshold() -> float:
    """The FallbackClassifier threshold of bot/config.yml (Rasa's default 0.3 when unset)."""
    import yaml

    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8")) or {}
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return float(component.get("threshold", 0.3))
    return 0.0


def summarise(out: pathlib.Path) -> Dict:
    """Figures of one language from Rasa's reports in `out`."""
    report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    intents = {
        name: figures
        for name, figures in report.items()
        if name not in SUMMARY_KEYS and isinstance(figures, dict) and figures.get("support", 0) > 0
    }
    examples = sum(f["support"] for f in intents.values())
    predictions = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = out / name
        if path.exists():
            predictions += json.loads(path.read_text(encoding="utf-8"))
    threshold = fallback_threshold()
    fallbacks = sum(
        1 for p in predictions if ((p.get("intent_prediction") or {}).get("confidence") or 0) < threshold
    )
    worst = sorted(intents.items(), key=lambda item: (item[1]["f1-score"], item[0]))[:3]
    return {
        "examples": examples,
        "intents": len(intents),
        "macro_f1": sum(f["f1-score"] for f in intents.values()) / len(intents),
        "rasa_macro_avg_f1": report.get("macro avg", {}).get("f1-score"),
        "accuracy": report.get("accuracy"),
        "fallback_threshold": threshold,
        "fallback_rate": fallbacks / len(predictions) if predictions else 0.0,
        "worst": [
            {
                "intent": name,
                "f1": f["f1-score"],
                "support": f["support"],
                "confused_with": f.get("confused_with", {}),
            }
            for name, f in worst
        ],
    }


def start_language(language: str, folds: int, seed: int) -> subprocess.Popen:
    """Starts the cross-validation of one language in a child process, its output to run.log."""
    out = OUT_DIR / language
    out.mkdir(parents=True, exist_ok=True)
    for stale in ("intent_report.json", "intent_errors.json", "intent_successes.json", "summary.json"):
        (out / stale).unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="2")
    command = [sys.executable, "-m", "bot.benchmarks.bench_nlu", "--worker", language,
               "--folds", str(folds), "--seed", str(seed)]
    with open(out / "run.log", "w", encoding="utf-8") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def finish_language(language: str, child: subprocess.Popen, folds: int, seed: int,
                    started: float, timeout: Optional[float]) -> Dict:
    """Waits for one language's child process and writes its summary.json."""
    out = OUT_DIR / language
    try:
        child.wait(timeout=None if timeout is None else max(1.0, started + timeout - time.monotonic()))
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        raise SystemExit(f"{language}: cross-validation stopped after {timeout:.0f} s, see {out / 'run.log'}")
    if child.returncode != 0 or not (out / "intent_report.json").exists():
        raise SystemExit(f"{language}: cross-validation failed (exit {child.returncode}), see {out / 'run.log'}")
    summary = summarise(out)
    summary.update(language=language, folds=folds, seed=seed, seconds=round(time.monotonic() - started))
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return summary


def print_summary(s: Dict) -> None:
    verdict = "ok" if s["macro_f1"] >= TARGET_MACRO_F1 else f"below the {TARGET_MACRO_F1} target"
    print(f"[{s['language']}] {s['examples']} examples, {s['intents']} intents, {s['folds']}-fold CV "
          f"({s['seconds']} s)")
    print(f"  intent macro-F1 {s['macro_f1']:.3f} ({verdict}); accuracy {s['accuracy']:.3f}; "
          f"below the fallback threshold {s['fallback_threshold']}: {s['fallback_rate']:.1%}")
    for w in s["worst"]:
        confused = ", ".join(f"{k} {v}" for k, v in list(w["confused_with"].items())[:3]) or "-"
        print(f"  worst: {w['intent']:<16} F1 {w['f1']:.3f} (n={w['support']}; confused with {confused})")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per language")
    parser.add_argument("--parallel", action="store_true",
                        help="run the languages at the same time (each trains on fewer cores)")
    parser.add_argument("--summary-only", action="store_true",
                        help="print the figures of the last run without running again")
    parser.add_argument("--worker", choices=LANGUAGES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker, args.folds, args.seed, OUT_DIR / args.worker)
        return 0
    if args.summary_only:
        for language in args.lang:
            stored = json.loads((OUT_DIR / language / "summary.json").read_text(encoding="utf-8"))
            stored.update(summarise(OUT_DIR / language))
            print_summary(stored)
        return 0
    children: Dict[str, subprocess.Popen] = {}
    try:
        if args.parallel:
            started = time.monotonic()
            children = {language: start_language(language, args.folds, args.seed) for language in args.lang}
            for language, child in children.items():
                print_summary(finish_language(language, child, args.folds, args.seed, started, args.timeout))
                sys.stdout.flush()
            return 0
        for language in args.lang:
            started = time.monotonic()
            children = {language: start_language(language, args.folds, args.seed)}
            print_summary(finish_language(language, children[language], args.folds, args.seed, started,
                                          args.timeout))
            sys.stdout.flush()
        return 0
    finally:  # interrupted (Ctrl-C, a failure): no child keeps training behind our back
        for child in children.values():
            if child.poll() is None:
                child.kill()
                child.wait()


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-up of main() on `kill`
    sys.exit(main())
