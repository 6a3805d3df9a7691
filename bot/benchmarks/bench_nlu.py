"""NLU benchmark: 5-fold cross-validation of the pipeline in bot/config.yml, per language.

    python -m bot.benchmarks.bench_nlu [--lang fr nl] [--folds 5] [--seed 1] [--config bot/config.yml]

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

Value extraction: the phrase sets of tests/nlu/components/iris_nlu_phrases.py (what residents
type, with the value they mean) go through the custom components as the pipeline runs them
(LanguageDetector, then NumberExtractor, CommuneExtractor, AnswerExtractor, built by `create` on
Rasa Messages); a phrase is right when the entities of its kind give exactly the expected value
(numbers: every value in order, "~900" when approximate; commune: the first place; answer: the
value or none). Printed per language and per kind (ages, amounts, children and household counts,
other numbers, communes, yes/no answers); `--values-only` prints only these, without training.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
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
TARGET_VALUE_SHARE = 0.95
PHRASES = ROOT / "tests" / "nlu" / "components" / "iris_nlu_phrases.py"
SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def _worker(language: str, folds: int, seed: int, out: pathlib.Path, config: pathlib.Path) -> None:
    """Runs the cross-validation of one language in this process and writes its reports."""
    import asyncio
    import logging

    import numpy as np
    from rasa.nlu.test import cross_validate, drop_intents_below_freq
    from rasa.shared.nlu.training_data.loading import load_data

    logging.basicConfig(level=logging.INFO)
    from bot.lookups import write as write_lookups

    # The lookup tables come from the lexicon (bot/lookups.py), as in training.
    data = load_data(str(NLU_DIR / language)).merge(load_data(str(write_lookups())))
    data = drop_intents_below_freq(data, cutoff=folds)
    np.random.seed(seed)  # StratifiedKFold(shuffle=True) draws from NumPy's global generator
    out.mkdir(parents=True, exist_ok=True)
    asyncio.run(
        cross_validate(
            data,
            folds,
            str(config),
            str(out),
            successes=True,
            errors=True,
            disable_plotting=True,
            report_as_dict=True,
        )
    )


def fallback_threshold(path: pathlib.Path = CONFIG) -> float:
    """The FallbackClassifier threshold of the config (Rasa's default 0.3 when unset)."""
    import yaml

    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return float(component.get("threshold", 0.3))
    return 0.0


def summarise(out: pathlib.Path, config: pathlib.Path = CONFIG) -> Dict:
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
    threshold = fallback_threshold(config)
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


# --- value extraction -------------------------------------------------------------------------

_COUNT_WORDS = frozenset(
    """enfant enfants enfan gosse gosses gamin gamins fils fille filles petits-enfants personne
    personnes sommes kind kinderen zoon zonen dochter dochters""".split()
)
_COUNT_PHRASES = re.compile(r"\b(?:on est|nous sommes|we zijn|wij zijn|met (?:twee|drie|vier|vijf|\d))\b")
_AMOUNT_WORDS = frozenset(
    """€ eur euro euros balles gagne gagner salaire revenu revenus loyer pension chomage chômage
    touche cpas rond net bruto netto verdien verdient loon inkomen huur pensioen werkloosheid
    uitkering leefloon ocmw krijg kinderbijslag cent""".split()
)
_AGE_WORDS = frozenset("ans an jaar âge age soixantaine ben".split())
_WORD = re.compile(r"[a-zà-ÿ€-]+|€")


def number_kind(text: str, expected: List) -> str:
    """Which question a number phrase answers, from its words: ages, amounts, counts (children,
    people at home) or other (a bare number, or a phrase that holds no number)."""
    lowered = text.lower()
    tokens = set(_WORD.findall(lowered))
    if tokens & _AMOUNT_WORDS or re.search(r"\dk\b", lowered):  # "2k": thousands
        return "amounts"
    if tokens & _COUNT_WORDS or _COUNT_PHRASES.search(lowered):
        return "counts"
    if tokens & _AGE_WORDS:
        return "ages"
    numbers = [float(str(v).lstrip("~")) for v in expected]
    if numbers and all(v >= 100 for v in numbers):
        return "amounts"
    if numbers and all(15 <= v < 100 for v in numbers):
        return "ages"
    return "other"


def _load_phrases() -> Dict[str, List]:
    """The phrase sets of iris_nlu_phrases.py: kind -> [(language, text, expected)]."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("iris_nlu_phrases", PHRASES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sets: Dict[str, List] = {"numbers": [], "communes": [], "answers": []}
    for name in sorted(vars(module)):
        value = getattr(module, name)
        if not (name.isupper() and isinstance(value, list)):
            continue
        for kind in sets:
            if name.endswith(f"{kind[:-1].upper()}_PHRASES"):
                sets[kind] += value
    return sets


def _components():
    """The language detector and the three value extractors, built as Rasa builds them."""
    import tempfile

    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from nlu.components.answer_extractor import AnswerExtractor
    from nlu.components.commune_extractor import CommuneExtractor
    from nlu.components.language_detector import LanguageDetector
    from nlu.components.number_extractor import NumberExtractor

    with tempfile.TemporaryDirectory(prefix="bench-values-") as directory:  # nothing is written
        storage = LocalModelStorage(pathlib.Path(directory))
        context = ExecutionContext(GraphSchema({}), "bench")
        return [
            c.create(getattr(c, "get_default_config", dict)(), storage, Resource(c.__name__), context)
            for c in (LanguageDetector, NumberExtractor, CommuneExtractor, AnswerExtractor)
        ]


def _extracted(components, text: str) -> Dict[str, object]:
    """What the components give for one message: numbers, first place, answer."""
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": text})
    for component in components:
        component.process([message])
    entities = message.get("entities", [])
    numbers = [
        f"~{e['value']}" if e.get("approximate") else e["value"]
        for e in entities if e["entity"] == "number"
    ]
    places = [
        e["value"] if e["entity"] == "commune" else "postal:" + e["value"]
        for e in sorted(entities, key=lambda e: e["start"])
        if e["entity"] in ("commune", "postal_code")
    ]
    answers = [e["value"] for e in entities if e["entity"] == "answer"]
    return {
        "numbers": numbers,
        "communes": places[0] if places else None,
        "answers": answers[0] if answers else None,
    }


def value_extraction(languages) -> Dict[str, Dict]:
    """Per language: right / total per kind, overall share and the wrong phrases (this process
    imports Rasa; `run_value_extraction` runs it in a child process)."""
    components = _components()
    results: Dict[str, Dict] = {}
    for language in languages:
        kinds: Dict[str, List[int]] = {}
        wrong = []
        for group, phrases in _load_phrases().items():
            for phrase_language, text, expected in phrases:
                if phrase_language != language:
                    continue
                kind = number_kind(text, expected) if group == "numbers" else group
                got = _extracted(components, text)[group]
                right, total = kinds.setdefault(kind, [0, 0])
                ok = got == expected
                kinds[kind] = [right + ok, total + 1]
                if not ok:
                    wrong.append({"kind": kind, "text": text, "expected": expected, "got": got})
        right = sum(r for r, _ in kinds.values())
        total = sum(t for _, t in kinds.values())
        results[language] = {
            "right": right, "total": total, "share": right / total if total else 0.0,
            "kinds": kinds, "wrong": wrong,
        }
        out = OUT_DIR / language
        out.mkdir(parents=True, exist_ok=True)
        (out / "values.json").write_text(
            json.dumps(results[language], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return results


def run_value_extraction(languages) -> Dict[str, Dict]:
    """`value_extraction` in a child process (Rasa stays out of this one); its values.json files."""
    for language in languages:
        (OUT_DIR / language / "values.json").unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="2")
    command = [sys.executable, "-m", "bot.benchmarks.bench_nlu", "--values-worker", *languages]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"value extraction failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return {
        language: json.loads((OUT_DIR / language / "values.json").read_text(encoding="utf-8"))
        for language in languages
    }


KIND_ORDER = ("ages", "amounts", "counts", "other", "communes", "answers")
KIND_NAMES = {"ages": "ages", "amounts": "amounts", "counts": "children/household counts",
              "other": "other numbers", "communes": "communes", "answers": "yes/no answers"}


def print_values(language: str, v: Dict) -> None:
    verdict = "ok" if v["share"] >= TARGET_VALUE_SHARE else f"below the {TARGET_VALUE_SHARE} target"
    kinds = "; ".join(
        f"{KIND_NAMES[k]} {v['kinds'][k][0]}/{v['kinds'][k][1]}" for k in KIND_ORDER if k in v["kinds"]
    )
    print(f"  value extraction {v['share']:.3f} ({v['right']}/{v['total']} phrases right, {verdict}): {kinds}")
    for w in v["wrong"][:5]:
        print(f"    wrong ({w['kind']}): {w['text']!r} expected {w['expected']!r}, got {w['got']!r}")
    if len(v["wrong"]) > 5:
        print(f"    ... {len(v['wrong']) - 5} more in {OUT_DIR / language / 'values.json'}")


def start_language(language: str, folds: int, seed: int, config: pathlib.Path = CONFIG) -> subprocess.Popen:
    """Starts the cross-validation of one language in a child process, its output to run.log."""
    out = OUT_DIR / language
    out.mkdir(parents=True, exist_ok=True)
    for stale in ("intent_report.json", "intent_errors.json", "intent_successes.json", "summary.json"):
        (out / stale).unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="2")
    command = [sys.executable, "-m", "bot.benchmarks.bench_nlu", "--worker", language,
               "--folds", str(folds), "--seed", str(seed), "--config", str(config)]
    with open(out / "run.log", "w", encoding="utf-8") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def finish_language(language: str, child: subprocess.Popen, folds: int, seed: int,
                    started: float, timeout: Optional[float], config: pathlib.Path = CONFIG) -> Dict:
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
    summary = summarise(out, config)
    summary.update(language=language, folds=folds, seed=seed, seconds=round(time.monotonic() - started),
                   config=str(config))
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
    parser.add_argument("--config", type=pathlib.Path, default=CONFIG,
                        help="the pipeline to evaluate (default bot/config.yml)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per language")
    parser.add_argument("--parallel", action="store_true",
                        help="run the languages at the same time (each trains on fewer cores)")
    parser.add_argument("--summary-only", action="store_true",
                        help="print the figures of the last run without running again")
    parser.add_argument("--values-only", action="store_true",
                        help="print only the value-extraction figures (no training)")
    parser.add_argument("--worker", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--values-worker", nargs="+", choices=LANGUAGES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker, args.folds, args.seed, OUT_DIR / args.worker, args.config.resolve())
        return 0
    if args.values_worker:
        value_extraction(args.values_worker)
        return 0
    if args.values_only:
        for language, v in run_value_extraction(args.lang).items():
            print(f"[{language}]")
            print_values(language, v)
        return 0
    if args.summary_only:
        values = run_value_extraction(args.lang)
        for language in args.lang:
            stored = json.loads((OUT_DIR / language / "summary.json").read_text(encoding="utf-8"))
            stored.update(summarise(OUT_DIR / language, pathlib.Path(stored.get("config", CONFIG))))
            print_summary(stored)
            print_values(language, values[language])
        return 0
    config = args.config.resolve()
    values = run_value_extraction(args.lang)  # a few seconds, no training
    children: Dict[str, subprocess.Popen] = {}
    try:
        if args.parallel:
            started = time.monotonic()
            children = {language: start_language(language, args.folds, args.seed, config)
                        for language in args.lang}
            for language, child in children.items():
                print_summary(finish_language(language, child, args.folds, args.seed, started, args.timeout,
                                              config))
                print_values(language, values[language])
                sys.stdout.flush()
            return 0
        for language in args.lang:
            started = time.monotonic()
            children = {language: start_language(language, args.folds, args.seed, config)}
            print_summary(finish_language(language, children[language], args.folds, args.seed, started,
                                          args.timeout, config))
            print_values(language, values[language])
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
