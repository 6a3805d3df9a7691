"""What a reform would do to a caseload: `make -s what-if REFORM=reform.yaml < caseload.csv`.

    python -m actions.eligibility.what_if REFORM [--date YYYY-MM-DD] [--by commune]

The caseload is a `screen` CSV. Every row is evaluated under today's law ("before") and under the
reform ("after"), on the same day: `--date`, by default the day the reform's last change starts (or
today, if that is later), so that a reform planned for next year is measured when it applies. Output:
one CSV row per right (per right and commune with `--by commune`; any enum field works):

    right, eligible_before, eligible_after, newly_eligible, no_longer_eligible,
    automatic_before, automatic_after, unknown_before, unknown_after,
    monthly_total_before, monthly_total_after, amount_kind

- eligible = status eligible, possibly_eligible, automatic or already_receiving (the household has
  the right or may have it) in every variant its missing answers allow; not eligible in none;
  `unknown` when the missing answers decide (counted apart, in neither). `automatic` (in every
  variant) is counted apart too: a reform that grants a right without a request changes it, not
  the number of eligible households.
- monthly totals: the sum of the right's amount (a yearly one divided by `income.months_per_year`)
  over the eligible households whose amount is known; `amount_kind` says what it is (`up_to`: a
  maximum; `cost_ceiling`: a ceiling of costs, not a payment). Empty for a right without amount.

How the work is shared between the two laws: the CSV is parsed once; one plan of variants serves
both (its representative values are the union of both laws', so neither loses a threshold); and
the reform's simulation starts from the baseline's results for every variable the reform cannot
change (traced: a variable is changed when it reads a parameter whose value differs on the day, a
switched status, or a variable that is changed, or when it reads other variables under the reform).
Rights whose status and amount are unchanged are copied, not computed.

Known limit: which ceilings are stale (engine: a "no" just above a stale ceiling becomes a "maybe")
is decided by the dates of the law's own figures under both laws (engine.Model reads them from the
process-wide system), so a figure the reform sets is not taken as fresher than the one it replaces.

Bad input (reform, date, caseload): exit status 2, one line on standard error, nothing on standard output.
"""
import copy
import csv
import datetime
import os
import sys

import numpy
from openfisca_core.parameters import Parameter
from openfisca_core.simulations import SimulationBuilder

from actions.eligibility import profile as P
from actions.eligibility import screen as S
from actions.eligibility.engine import CAP_SCREEN, Model, Plan, _ceiling_may_have_risen, earliest_date, model, simulate
from actions.eligibility.reform_file import ReformError, ReformFile
from actions.eligibility.statuses import RightStatus

ELIGIBLE = numpy.array([RightStatus[s].index for s in ("eligible", "possibly_eligible", "automatic", "already_receiving")])
AUTOMATIC = RightStatus.automatic.index
NOT_ELIGIBLE, ELIGIBLE_STATE, AUTOMATIC_ALWAYS, UNDECIDED = range(4)  # a household's state for one right
COUNTS = ("eligible_before", "eligible_after", "newly_eligible", "no_longer_eligible",
          "automatic_before", "automatic_after", "unknown_before", "unknown_after")
COLUMNS = ("right", *COUNTS, "monthly_total_before", "monthly_total_after", "amount_kind")
USAGE = "usage: python -m actions.eligibility.what_if REFORM [--date YYYY-MM-DD] [--by FIELD]"


class _ReformModel(Model):
    """The engine's Model, on the reform's system: Model reads the process-wide system in its
    constructor, so the attribute it sets is made to answer with the reform's."""

    def __init__(self, date, system):
        self._system = system
        super().__init__(date)

    tbs = property(lambda self: self._system, lambda self, _ignored: None)


def _union(a, b):
    return tuple(dict.fromkeys(tuple(a) + tuple(b)))


def _joint(before, after, bands):
    """A model whose variants serve both laws: each right varies the fields it reads under either
    law, over the representative values of both (a threshold one law moves stays explored).
    `bands`: the children's age bands its inputs count by (one law's)."""
    joint = copy.copy(after)
    joint.child_age_bands = bands
    joint.status_deps = [a | b for a, b in zip(before.status_deps, after.status_deps)]
    joint.right_domains = [{f: _union(b[f], a[f]) for f in b} for b, a in zip(before.right_domains, after.right_domains)]
    joint.base_domains = {f: _union(before.base_domains[f], after.base_domains[f]) for f in before.base_domains}
    joint._blocks = {}
    return joint


def _trace(m, variables):
    """{variable: (the variables it reads, the parameters it reads)} for everything `variables` compute."""
    sim = SimulationBuilder().build_default_simulation(m.tbs, 1)
    sim.trace = True
    for variable in variables:
        sim.calculate(variable, m.period)
    graph = {}
    for node in sim.tracer.browse_trace():
        reads, params = graph.setdefault(node.name, (set(), set()))
        reads.update(child.name for child in node.children)
        params.update(p.name for p in node.parameters)
    return graph


def _changed_parameters(before, after, instant):
    """Names of the parameters whose value on the day differs under the reform."""
    old = {p.name: p for p in before.get_descendants() if isinstance(p, Parameter)}
    return {p.name for p in after.get_descendants()
            if isinstance(p, Parameter) and (p.name not in old or p(instant) != old[p.name](instant))}


def _changed_variables(graph_before, graph_after, changed_params, switched):
    """Variables whose values the reform may change (formulas hold no Python branch on data, so a
    one-row trace sees every read; a branch on a parameter shows as different reads, caught too)."""
    def reads_changed(params):
        return any(p == c or c.startswith(p + ".") for p in params for c in changed_params)

    direct = set(switched)
    for name in set(graph_before) | set(graph_after):
        b, a = graph_before.get(name, (set(), set())), graph_after.get(name, (set(), set()))
        if b[0] != a[0] or reads_changed(b[1] | a[1]):
            direct.add(name)
    changed, done = set(), {}

    def visit(name):
        if name not in done:
            done[name] = False  # OpenFisca forbids cycles; this only guards the walk
            reads = graph_before.get(name, (set(), set()))[0] | graph_after.get(name, (set(), set()))[0]
            done[name] = name in direct or any(visit(child) for child in reads)
            if done[name]:
                changed.add(name)
        return done[name]

    for name in list(graph_before) + list(graph_after):
        visit(name)
    return changed


class Comparison:
    """The two laws on one day, and what of the baseline's work the reform can reuse."""

    def __init__(self, reform, date):
        self.reform = reform
        self.date = date
        self.before = model(date)
        self.after = _ReformModel(date, reform.system())
        self.joint = _joint(self.before, self.after, self.before.child_age_bands)
        self.rights = self.before.rights
        self.amounts = [(self.before.facts[r].get("amount") or {}) for r in self.rights]
        wanted = list(self.before.status_vars) + [a["variable"] for a in self.amounts if a]
        graph_before, graph_after = _trace(self.before, wanted), _trace(self.after, wanted)
        instant = self.before.period.start
        changed_params = _changed_parameters(self.before.parameters, self.after.parameters, instant)
        in_force = [s.status_variable for s in reform.automatic if s.start <= date]
        self.changed = _changed_variables(graph_before, graph_after, changed_params, in_force)
        self.shared = sorted(v for v in set(graph_before) | set(graph_after)
                             if v not in self.changed and self.after.tbs.variables[v].formulas)
        # A "no" on a stale ceiling is turned outside the formulas (engine._ceiling_may_have_risen),
        # from the dates and the margins of the parameters: any parameter change may move it.
        stale = set(self.before.stale_ceilings) | set(self.after.stale_ceilings) if changed_params else set()
        self.changed_rights = [r for r in range(len(self.rights))
                               if self.before.status_vars[r] in self.changed or r in stale
                               or (self.amounts[r] and self.amounts[r]["variable"] in self.changed)]
        # Children are counted by age band: a reform that moves a band gives other inputs, and
        # then nothing of the baseline's simulation can be reused.
        self.same_inputs = self.before.child_age_bands == self.after.child_age_bands
        self.joint_after = self.joint if self.same_inputs else _joint(self.before, self.after, self.after.child_age_bands)
        self.amount_fields = [self.before.deps(a["variable"]) | self.after.deps(a["variable"]) if a else frozenset()
                              for a in self.amounts]

    def outcomes(self, batch, share=True):
        """(states before, states after, monthly amounts before, after) of a batch: (rows x rights)
        arrays; amounts are NaN where unknown or without amount. `share=False` recomputes everything
        under the reform (to check that sharing changes nothing)."""
        plan = Plan(self.joint, batch, CAP_SCREEN)
        inputs = plan.inputs()
        sim = simulate(self.before, inputs, plan.size)
        all_rights = range(len(self.rights))
        state_b, amount_b = self._evaluate(self.before, plan, batch, sim, inputs, all_rights)
        share = share and self.same_inputs
        if share and not self.changed_rights:
            return state_b, state_b, amount_b, amount_b
        if not self.same_inputs:
            plan = Plan(self.joint_after, batch, CAP_SCREEN)
            inputs = plan.inputs()
        sim_after = simulate(self.after, inputs, plan.size)
        rights = self.changed_rights if share else all_rights
        if share:
            for name in self.shared:
                array = sim.get_variable_population(name).get_holder(name).get_array(self.before.period)
                if array is not None:
                    sim_after.get_variable_population(name).get_holder(name).put_in_cache(array, self.before.period)
        state_a, amount_a = self._evaluate(self.after, plan, batch, sim_after, inputs, rights)
        keep = numpy.setdiff1d(all_rights, rights)
        state_a[:, keep], amount_a[:, keep] = state_b[:, keep], amount_b[:, keep]
        return state_b, state_a, amount_b, amount_a

    def _evaluate(self, m, plan, batch, sim, inputs, rights):
        """States (NOT_ELIGIBLE, ELIGIBLE, AUTOMATIC_ALWAYS, UNDECIDED) and monthly amounts of some
        rights, each from its block of variants."""
        n = batch.n
        states = numpy.full((n, len(self.rights)), UNDECIDED, numpy.uint8)
        amounts = numpy.full((n, len(self.rights)), numpy.nan)
        wanted = set(rights)
        columns = {}
        computed = {}  # right index -> statuses of its variants, as engine.evaluate turns them
        _ceiling_may_have_risen(m, sim, inputs, computed)

        def column(variable):
            if variable not in columns:
                columns[variable] = numpy.asarray(sim.calculate(variable, m.period).view(numpy.ndarray))
            return columns[variable]

        months = float(m.parameters(m.period.start).income.months_per_year)
        for idx, fields, _, combos, offset, seg_rights in plan.segments:
            k, size = len(combos), len(idx)
            for r in wanted.intersection(seg_rights):
                statuses = computed[r] if r in computed else column(m.status_vars[r])
                statuses = statuses[offset:offset + k * size].reshape(k, size)
                states[idx, r] = _state(statuses)
                spec = self.amounts[r]
                if not spec:
                    continue
                values = column(spec["variable"])[offset:offset + k * size].reshape(k, size)
                known = numpy.ones(size, bool)
                for f in self.amount_fields[r] - set(fields):
                    known &= batch.known[f][idx]
                same = (values == values[0]).all(axis=0)
                per_month = values[0] / months if spec.get("period") == "year" else values[0]
                amounts[idx, r] = numpy.where(known & same, per_month, numpy.nan)
        return states, amounts


def _state(statuses):
    """(variants x rows) statuses -> one state a row. A household is eligible when every variant
    its missing answers allow is (eligible and possibly eligible differing is no doubt about the
    right), not eligible when none is, undecided otherwise."""
    eligible = numpy.isin(statuses, ELIGIBLE)
    return numpy.select(
        [(statuses == AUTOMATIC).all(axis=0), eligible.all(axis=0), ~eligible.any(axis=0)],
        [AUTOMATIC_ALWAYS, ELIGIBLE_STATE, NOT_ELIGIBLE],
        default=UNDECIDED,
    ).astype(numpy.uint8)


class Tally:
    """Counts and totals per group and right, added chunk by chunk."""

    def __init__(self, n_rights, groups):
        self.counts = numpy.zeros((groups, n_rights, len(COUNTS)), numpy.int64)
        self.totals = numpy.zeros((groups, n_rights, 2))
        self.rows = numpy.zeros(groups, numpy.int64)

    def add(self, group, state_b, state_a, amount_b, amount_a):
        size = self.counts.shape[0]
        self.rows += numpy.bincount(group, minlength=size)
        for r in range(state_b.shape[1]):
            b, a = state_b[:, r], state_a[:, r]
            eb, ea = (b == ELIGIBLE_STATE) | (b == AUTOMATIC_ALWAYS), (a == ELIGIBLE_STATE) | (a == AUTOMATIC_ALWAYS)
            flags = (eb, ea, ea & ~eb, eb & ~ea, b == AUTOMATIC_ALWAYS, a == AUTOMATIC_ALWAYS, b == UNDECIDED, a == UNDECIDED)
            for j, flag in enumerate(flags):
                self.counts[:, r, j] += numpy.bincount(group, weights=flag, minlength=size).astype(numpy.int64)
            for j, (eligible, amount) in enumerate(((eb, amount_b[:, r]), (ea, amount_a[:, r]))):
                take = eligible & ~numpy.isnan(amount)
                self.totals[:, r, j] += numpy.bincount(group[take], weights=amount[take], minlength=size)


def _group_of(batch, by):
    """Group index per row: the field's enum index, or the last group for an unknown value."""
    enum = P.ENUM_FIELDS[by]
    return numpy.where(batch.known[by], batch.values[by].astype(numpy.int64), len(enum))


def _batches(stdin):
    """(Batch, first row) per chunk of a screen CSV."""
    line = stdin.readline()
    header = S.read_header(csv.reader([line] if line.strip() else []))
    try:
        for first_row, rows, lines in S._chunks(stdin, len(header), S.CHUNK_ROWS):
            cells = S._rows_to_columns(header, rows, first_row) if rows is not None else S._lines_to_columns(header, lines, first_row)
            yield S.batch_from_columns(header, cells, first_row)[0]
    except csv.Error as error:
        raise P.ProfileError("csv", f"malformed CSV ({error})") from None


def default_date(reform):
    """The day the reform's last change starts, or today if that is later."""
    return max([datetime.date.today(), *(start for start, _ in reform.starts())])


def what_if(stdin, stdout, reform, date=None, by=None, stderr=None, share=True):
    """Read a caseload CSV, write the comparison CSV. Raises ReformError or ProfileError on bad input."""
    if by is not None and by not in P.ENUM_FIELDS:
        raise P.ProfileError("BY", "must be one of " + ", ".join(P.ENUM_FIELDS))
    date = date or default_date(reform)
    if date.isoformat() < earliest_date():
        raise P.ProfileError("date", f"no law is known before {earliest_date()}")
    comparison = Comparison(reform, date)
    groups = len(P.ENUM_FIELDS[by]) + 1 if by else 1
    tally = Tally(len(comparison.rights), groups)
    for batch in _batches(stdin):
        group = _group_of(batch, by) if by else numpy.zeros(batch.n, numpy.int64)
        tally.add(group, *comparison.outcomes(batch, share=share))
    names = [e.name for e in P.ENUM_FIELDS[by]] + ["unknown"] if by else [None]
    writer = csv.writer(stdout, lineterminator="\n")
    writer.writerow(([by] if by else []) + list(COLUMNS))
    for g in numpy.flatnonzero(tally.rows) if by else [0]:
        for r, right in enumerate(comparison.rights):
            spec = comparison.amounts[r]
            totals = [f"{t:.2f}" for t in tally.totals[g, r]] if spec else ["", ""]
            writer.writerow(([names[g]] if by else []) + [right, *tally.counts[g, r].tolist(), *totals, spec.get("kind", "")])
    for start, where in reform.starts():
        if start > date and stderr is not None:
            stderr.write(f"what-if: {where} starts on {start}, after {date}: it changes nothing on that day\n")


def _options(argv):
    """REFORM [--date D] [--by F] -> (reform path, date text or '', by or ''); an empty option is the default."""
    if not argv:
        raise P.ProfileError("REFORM", "missing: give a reform file (" + USAGE + ")")
    path, rest, options = argv[0], argv[1:], {"--date": "", "--by": ""}
    while rest:
        key, _, value = rest[0].partition("=")
        if key not in options:
            raise P.ProfileError(rest[0], "unknown option (" + USAGE + ")")
        if not _:
            if len(rest) < 2:
                raise P.ProfileError(key, "needs a value")
            value, rest = rest[1], rest[1:]
        options[key] = value.strip()
        rest = rest[1:]
    return path, options["--date"], options["--by"]


def main(argv=None, stdin=None, stdout=None, stderr=None):
    argv = sys.argv[1:] if argv is None else argv
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    try:
        path, date, by = _options(argv)
        if not path.strip():
            raise P.ProfileError("REFORM", "missing: give a reform file, e.g. make -s what-if REFORM=docs/reforms/bim-ceiling-plus-10.yaml")
        reform = ReformFile.read(path)
        date = P.parse_date(date, field="DATE") if date else None
        what_if(stdin, stdout, reform, date=date, by=by or None, stderr=stderr)
    except (ReformError, P.ProfileError) as error:
        stderr.write(error.line().replace("\n", " ") + "\n")
        return 2
    except BrokenPipeError:
        # The reader stopped early (`| head`): what it read is right, and Python must not fail
        # again flushing stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
