"""Command line: `python -m actions.eligibility.cli assess` (JSON in, JSON out) and `... screen` (CSV in, CSV out).

Bad input: exit status 2, one line on standard error naming the field (and the CSV row), nothing
on standard output.
"""
import json
import sys

from actions.eligibility.profile import ProfileError

USAGE = "usage: python -m actions.eligibility.cli assess|screen"


def _fail(line):
    sys.stderr.write(line.replace("\n", " ") + "\n")
    return 2


def run_assess(stdin, stdout):
    from actions.eligibility.engine import assess
    text = stdin.read()
    try:
        profile = json.loads(text)
    except ValueError as error:
        return _fail(f"profile: malformed JSON ({error.msg} at line {getattr(error, 'lineno', '?')})")
    try:
        result = assess(profile)
    except ProfileError as error:
        return _fail(error.line())
    stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def run_screen(stdin, stdout):
    from actions.eligibility.screen import screen
    try:
        screen(stdin, stdout)
    except ProfileError as error:
        return _fail(error.line())
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0] not in ("assess", "screen"):
        return _fail(USAGE)
    if argv[0] == "assess":
        return run_assess(sys.stdin, sys.stdout)
    return run_screen(sys.stdin, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
