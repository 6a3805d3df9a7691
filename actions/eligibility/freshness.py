"""How fresh are the figures: every parameter, the value in force on a day, where it comes from,
and whether it is older than the cycle on which such a figure is revised.

`python -m actions.eligibility.freshness [--date YYYY-MM-DD] [--csv]` (= `make -s freshness
[DATE=...] [CSV=1]`) prints an aligned table (or CSV): STALE, the date the value in force holds
from, checked_on (`last_value_still_valid_on`), cycle, value, path, source (the reference of
that value). Exit 0; a bad date: exit 2 and one line on standard error.

Each parameter file says how its figure is revised, `metadata.indexation`:
- `pivot_index`: an amount indexed when the pivot index is exceeded (about once a year lately);
- `yearly`: a ceiling revised every year (1 January, 1 September...);
- `none`: an age, a fixed legal value, or engine policy (margins, conversion factors).
A value is STALE when it started more than its cycle's months before the day: a newer figure
most probably exists and was not found. The engine uses this for a "no" that rests on a stale
ceiling (engine.py, `_ceiling_may_have_risen`).
"""
import argparse
import calendar
import csv
import datetime
import sys

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

# Months after which a figure of each cycle is overdue. A yearly ceiling gets one month of grace:
# the new ceilings are published in the weeks around the date they hold from.
CYCLE_MONTHS = {"pivot_index": 12, "yearly": 13, "none": None}
COLUMNS = ("parameter", "value", "from", "checked_on", "cycle", "stale", "source", "href", "derived")
# The short columns first, so that STALE stands at the left margin and the long paths do not push
# the dates out of sight.
TABLE_COLUMNS = ("stale", "from", "checked_on", "cycle", "value", "parameter", "source")
SOURCE_WIDTH = 60  # the table shows the start of the title; --csv gives it whole, with its address


def add_months(day, months):
    """The same day `months` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def leaves(root=None):
    """(path, node) of every leaf parameter and every scale (scales not descended into), by path."""
    if root is None:
        from actions.eligibility.system import tax_benefit_system
        root = tax_benefit_system().parameters
    if isinstance(root, (Parameter, ParameterScale)):
        return [(root.name, root)]
    out = []

    def walk(node):
        for child in node.children.values():
            if isinstance(child, (Parameter, ParameterScale)):
                out.append((child.name, child))
            elif isinstance(child, ParameterNode):
                walk(child)
    walk(root)
    return sorted(out, key=lambda pair: pair[0])


def _bracket_leaves(scale):
    return [p for bracket in scale.brackets for p in bracket.children.values() if isinstance(p, Parameter)]


def in_force(node, day):
    """The ParameterAtInstant in force on `day` (for a scale, the one of its brackets that started
    last), or None before the first value."""
    iso = day.isoformat()
    params = _bracket_leaves(node) if isinstance(node, ParameterScale) else [node]
    current = [max((v for v in p.values_list if v.instant_str <= iso), key=lambda v: v.instant_str, default=None)
               for p in params]
    current = [v for v in current if v is not None]
    return max(current, key=lambda v: v.instant_str, default=None)


def cycle_of(node):
    return (node.metadata or {}).get("indexation")


def is_stale(node, day):
    """True when the value in force on `day` started more than its cycle's months before it."""
    months = CYCLE_MONTHS.get(cycle_of(node))
    value = in_force(node, day)
    if months is None or value is None or value.value is None:
        return False
    return add_months(datetime.date.fromisoformat(value.instant_str), months) < day


def stale_leaves(node, day):
    """The paths of the leaves under `node` (a parameter, a scale or a node) stale on `day`."""
    return [path for path, leaf in leaves(node) if is_stale(leaf, day)]


def is_derived(value):
    """Whether a value in force was computed from a sourced rule rather than read in a source
    (`derived: true` in the parameter's metadata, in the value's, or in the value's reference)."""
    if value is None:
        return False
    meta = value.metadata or {}
    ref = (meta.get("reference") or {}).get(value.instant_str)
    return bool(meta.get("derived") or (isinstance(ref, dict) and ref.get("derived")))


def _reference(meta, start, day):
    """The reference of the value that started on `start`, else the latest one consulted by `day`."""
    refs = {str(k): v for k, v in (meta.get("reference") or {}).items() if isinstance(v, dict)}
    if start in refs:
        return refs[start]
    dates = sorted(refs)
    earlier = [d for d in dates if d <= day.isoformat()]
    return refs[(earlier or dates)[-1]] if dates else {}


def _value_text(node, value):
    if isinstance(node, ParameterScale):
        return f"{len(node.brackets)} brackets"
    if value is None:
        return "-"
    v, meta = value.value, node.metadata or {}
    if v is None:
        return "(none)"
    if isinstance(v, bool):
        return str(v).lower()
    unit = meta.get("unit", "")
    if unit == "currency-EUR":
        text = f"{v:.2f} EUR" + (f"/{meta['period']}" if meta.get("period") else "")
    elif unit in ("/1", ""):
        text = f"{v:g}"
    else:
        text = f"{v:g} {unit}"
    return ("~" if is_derived(value) else "") + text


def rows(day, root=None):
    """One dict a parameter (keys: COLUMNS), in the order of their paths."""
    out = []
    for path, node in leaves(root):
        meta = node.metadata or {}
        value = in_force(node, day)
        start = value.instant_str if value is not None else ""
        ref = _reference(meta, start, day)
        out.append({
            "parameter": path,
            "value": _value_text(node, value),
            "from": start,
            "checked_on": str(meta.get("last_value_still_valid_on") or ""),
            "cycle": cycle_of(node) or "?",
            "stale": "STALE" if is_stale(node, day) else "",
            "source": str(ref.get("title") or ""),
            "href": str(ref.get("href") or ""),
            "derived": "true" if is_derived(value) else "false",
        })
    return out


def _short(text, width):
    return text if len(text) <= width else text[:width - 1] + "…"


def write_table(table, day, out):
    shown = [{c: _short(r[c], SOURCE_WIDTH) if c == "source" else r[c] for c in TABLE_COLUMNS} for r in table]
    widths = {c: max([len(c)] + [len(r[c]) for r in shown]) for c in TABLE_COLUMNS}
    for row in [dict(zip(TABLE_COLUMNS, TABLE_COLUMNS)), *shown]:
        out.write("  ".join(row[c].ljust(widths[c]) for c in TABLE_COLUMNS).rstrip() + "\n")
    stale = sum(1 for r in table if r["stale"])
    out.write(f"{len(table)} parameters on {day.isoformat()}, {stale} stale; ~ marks a derived value.\n")


def main(argv=None, out=None, err=None):
    out, err = out or sys.stdout, err or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m actions.eligibility.freshness", description=__doc__.split("\n\n")[0])
    parser.add_argument("--date", default="", help="the day of the assessment, YYYY-MM-DD (default: today)")
    parser.add_argument("--csv", action="store_true", help="CSV with the whole source title and its address")
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        return 2
    try:
        day = datetime.date.fromisoformat(args.date) if args.date else datetime.date.today()
    except ValueError:
        err.write(f"date: must be a day written YYYY-MM-DD, not {args.date!r}\n")
        return 2
    table = rows(day)
    if args.csv:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    else:
        write_table(table, day, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
