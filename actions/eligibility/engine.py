"""The engine: evaluates rights for batches of profiles, with the variants unknown fields allow.

How unknowns are handled (the variant layer)
-------------------------------------------
A field that is absent or null is unknown. For every right R, the engine knows (by tracing its
OpenFisca formulas once per date) which contract fields its status depends on. For a row whose
unknown fields are U, R is evaluated on every combination of representative values of the fields
U ∩ deps(R) (a "block"); rights with the same block share it, and all blocks of all rows go into
ONE vectorized OpenFisca simulation. A right whose status is the same in every variant of its
block is decided; otherwise it is `unknown`.

Representative values (`domains`):
- enums: every value; `commune` grouped into one Brussels commune and `outside_brussels`
  (no rule distinguishes the 19 communes);
- bools: both;
- `age`: a-1, a, a+1 for every age parameter a (parameters whose unit is `year`);
- `monthly_income`: 0 and a geometric grid whose ratio is below the width of the ceiling margin
  band, so every ceiling has a value clearly below it, one near it and one clearly above;
- `children`: 0, 1, 2, 3, 4, 6, 10, 15; `children_ages`: all in one age band (each band in turn), or
  spread over the bands (the bands are parameters, read at the model's date: profile.child_age_bands);
- `income_sources`: "none" or one source at a time; `benefits`: none or one right at a time,
  limited to the sources and rights the block's rights look at (grouping, not every subset).
Rights that vary the same fields share one block (the union of their values).
When the product of a block exceeds the cap (CAP_ASSESS for one profile, CAP_SCREEN per row of a
caseload), the block is a fixed-seed sample made of layers in which every value of every field
appears, paired at random (see `_combos`): a status that one value changes is always found, a
status that needs several fields at once is found with high probability, so "decided" is then
very likely rather than certain.

`next_questions`: for each unknown field f and each unknown right R whose block contains f, count,
for each value of f, whether R becomes decided among the variants with that value; a field's
score is the sum over rights of the share of its values that decide R. Fields that can still
change some status are listed, the highest score first.
"""
import copy
import functools
import itertools

import numpy
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.parameters import Parameter
from openfisca_core.simulations import SimulationBuilder

from actions.eligibility import profile as P
from actions.eligibility import remembered
from actions.eligibility.enums import INCOME_SOURCES, RIGHT_IDS, Commune, Housing, LivingWith, ResidenceStatus
from actions.eligibility.freshness import in_force, is_derived, leaves, stale_leaves
from actions.eligibility.rights import right_facts, status_variable
from actions.eligibility.statuses import RightStatus
from actions.eligibility.system import tax_benefit_system

STATUS_NAMES = tuple(s.name for s in RightStatus) + ("unknown",)
UNKNOWN = len(RightStatus)
CAP_ASSESS = 384  # variants per block for one profile
CAP_SCREEN = 24   # variants per block and row when screening a caseload
CHILDREN_VALUES = (0, 1, 2, 3, 4, 6, 10, 15)
INCOME_GRID = (150.0, 10000.0)  # monthly euros: the span of the representative income grid
CEILING_MAY_HAVE_RISEN = "ceiling_may_have_risen"  # reason code of a "no" turned by a stale ceiling
ENUM_INPUTS = {"commune": Commune, "living_with": LivingWith, "residence_status": ResidenceStatus, "housing": Housing}


# --------------------------------------------------------------------------------------------
# The model: rights, their variables and dependencies, and the representative values (per date)
# --------------------------------------------------------------------------------------------

class Model:
    """What the engine needs for one date: rights, variables, dependencies and domains."""

    def __init__(self, date):
        self.date = date
        self.period = periods.period(date.isoformat())
        self.tbs = tax_benefit_system()
        self.parameters = self.tbs.parameters
        self.child_age_bands = P.child_age_bands(self.parameters(self.period.start))
        facts = right_facts()
        self.rights = [r for r in facts if status_variable(r, facts[r]) in self.tbs.variables]
        self.facts = {r: facts[r] for r in self.rights}
        self.status_vars = [status_variable(r, self.facts[r]) for r in self.rights]
        self._deps_cache = {}
        self._fields_cache = {}
        self._blocks = {}
        self._trace_all()
        self.status_deps = [self.deps(v) for v in self.status_vars]
        self.stale_ceilings = self._stale_ceilings()
        for r, above in self.stale_ceilings.items():
            self.status_deps[r] |= self.deps(above)  # the "maybe" of a stale ceiling reads its income test
        # One profile is also told its amounts and reasons, which may read fields its status does
        # not (the MAF ceiling reads BIM, which reads what the ARR reads): varying them too lets
        # an amount that is the same in every variant be given instead of withheld.
        self.report_deps = [
            deps.union(*(self.deps(v) for v in self._report_variables(r)))
            for r, deps in zip(self.rights, self.status_deps)
        ]
        self.input_vars = sorted(
            name for name, var in self.tbs.variables.items() if not var.formulas and P.input_field(name)
        )
        self.base_domains = self._domains()
        self.right_domains = [self._restricted(self.base_domains, self.deps_vars(v)) for v in self.status_vars]
        self.report_domains = [
            self._restricted(self.base_domains, self.deps_vars(v).union(*(self.deps_vars(x) for x in self._report_variables(r))))
            for r, v in zip(self.rights, self.status_vars)
        ]

    # dependencies ----------------------------------------------------------------------------
    def _trace_all(self):
        """Trace, in one simulation, every status, amount and reason variable of every right.

        The first computation of a variable records every variable its formula reads; the input
        variables a variable depends on are the inputs reachable from it (no Python branch on data
        in formulas, so every read happens whatever the values).
        """
        wanted = list(self.status_vars)
        for facts in self.facts.values():
            if facts.get("amount"):
                wanted.append(facts["amount"]["variable"])
            wanted.extend((facts.get("reasons") or {}).values())
        sim = SimulationBuilder().build_default_simulation(self.tbs, 1)
        sim.trace = True
        for variable in dict.fromkeys(wanted):
            sim.calculate(variable, self.period)
        graph = {}
        for node in sim.tracer.browse_trace():
            graph.setdefault(node.name, set()).update(child.name for child in node.children)
        closure = {}

        def reach(name):
            if name not in closure:
                closure[name] = set()  # guards against revisiting; OpenFisca forbids cycles
                out = {name}
                for child in graph.get(name, ()):
                    out |= reach(child)
                closure[name] = out
            return closure[name]

        for variable in dict.fromkeys(wanted):
            self._deps_cache[variable] = frozenset(n for n in reach(variable) if P.input_field(n))

    def _stale_ceilings(self):
        """{right index: its income_above_ceiling variable} for the rights whose declared
        `ceilings:` (rights/<right>.yaml) hold a value older than its cycle at this date."""
        out = {}
        for r, right in enumerate(self.rights):
            facts = self.facts[right]
            above = (facts.get("reasons") or {}).get("income_above_ceiling")
            if above and any(stale_leaves(_parameter(p), self.date) for p in facts.get("ceilings") or ()):
                out[r] = above
        return out

    def _block_deps(self, r, unknown, cap):
        """The fields (and their values) right r is varied on for rows with these unknown fields.

        One profile is also told its amounts and reasons, so its block also varies the fields
        they read, unless that would make the block too large to enumerate: a status decided
        on every combination stays certain rather than sampled.
        """
        if cap == CAP_ASSESS:
            size = 1
            for f in unknown & self.report_deps[r]:
                size *= len(self.report_domains[r][f])
            if size <= cap:
                return self.report_deps[r], self.report_domains[r]
        return self.status_deps[r], self.right_domains[r]

    def _report_variables(self, right):
        facts = self.facts[right]
        out = list((facts.get("reasons") or {}).values())
        if facts.get("amount"):
            out.append(facts["amount"]["variable"])
        return out

    def deps_vars(self, variable):
        """The OpenFisca input variables a variable's formula reads (traced once)."""
        if variable not in self._deps_cache:
            sim = SimulationBuilder().build_default_simulation(self.tbs, 1)
            sim.trace = True
            sim.calculate(variable, self.period)
            names = {node.name for node in sim.tracer.browse_trace()}
            self._deps_cache[variable] = frozenset(n for n in names if P.input_field(n))
        return self._deps_cache[variable]

    def deps(self, variable):
        """The contract fields a variable depends on (cached)."""
        if variable not in self._fields_cache:
            fields = {P.input_field(n) for n in self.deps_vars(variable)}
            if "children_ages" in fields:
                fields.add("children")  # the ages of children are drawn for a number of children
            self._fields_cache[variable] = frozenset(fields)
        return self._fields_cache[variable]

    def blocks(self, code, cap):
        """For rows whose unknown fields are the bits of `code`: [(fields, domains, combos, rights)] (cached)."""
        key = (code, cap)
        if key not in self._blocks:
            if len(self._blocks) > 4096:  # bound the cache of a long-running action server
                self._blocks.clear()
            unknown = frozenset(f for j, f in enumerate(P.FIELDS) if (code >> j) & 1)
            grouped = {}  # fields -> (domain per field, rights)
            for r in range(len(self.rights)):
                deps, domains = self._block_deps(r, unknown, cap)
                fields = tuple(f for f in P.FIELDS if f in unknown and f in deps)
                doms, rights = grouped.setdefault(fields, ([() for _ in fields], []))
                for j, f in enumerate(fields):
                    # rights varying the same fields share one block: the union of their values
                    # (a received right or an income source a right does not read is, for it,
                    # the same variant as none)
                    doms[j] = tuple(dict.fromkeys(doms[j] + tuple(domains[f])))
                rights.append(r)
            out = []
            for i, (fields, (doms, rights)) in enumerate(grouped.items()):
                combos = _combos([len(d) for d in doms], cap, seed=i)
                out.append((fields, tuple(numpy.asarray(d) for d in doms), combos, rights))
            self._blocks[key] = out
        return self._blocks[key]

    # representative values ------------------------------------------------------------------
    def _domains(self):
        at = self.parameters(self.period.start)
        ages = set()
        for param in self.parameters.get_descendants():
            if isinstance(param, Parameter) and param.metadata.get("unit") == "year":
                try:
                    a = int(param(self.period.start))
                except Exception:  # no value at this date
                    continue
                ages.update((a - 1, a, a + 1))
        ages = tuple(sorted(a for a in ages if 0 <= a <= 120)) or (40,)
        margin = float(at.income.ceiling_margin)
        ratio = ((1 + margin) / (1 - margin)) ** 0.9
        incomes = [0.0]
        v = INCOME_GRID[0]
        while v <= INCOME_GRID[1]:
            incomes.append(round(v, 2))
            v *= ratio
        domains = {
            "age": ages,
            "monthly_income": tuple(incomes),
            "children": CHILDREN_VALUES,
            "children_ages": tuple(range(len(self.child_age_bands) + 1)),  # patterns, see _ages_from_pattern
            "commune": (Commune.bruxelles.index, Commune.outside_brussels.index),
            "income_sources": tuple(range(len(INCOME_SOURCES))),  # one source at a time
            "benefits": tuple(range(-1, len(RIGHT_IDS))),  # -1: none, else one right
        }
        for f in ("living_with", "residence_status", "housing"):
            domains[f] = tuple(range(len(ENUM_INPUTS[f])))
        for f in P.BOOL_FIELDS:
            domains[f] = (False, True)
        return domains

    def _restricted(self, domains, input_vars):
        """Domains limited to the income sources and received rights a variable reads."""
        out = dict(domains)
        none = INCOME_SOURCES.index("none")
        used = [i for i, s in enumerate(INCOME_SOURCES) if f"has_income_{s}" in input_vars and i != none]
        out["income_sources"] = (none,) + tuple(used)
        out["benefits"] = (-1,) + tuple(i for i, r in enumerate(RIGHT_IDS) if f"receives_{r}" in input_vars)
        return out


@functools.lru_cache(maxsize=8)
def model(date):
    return Model(date)


@functools.lru_cache(maxsize=None)
def earliest_date():
    """First day for which every parameter has a value (the engine cannot apply older law)."""
    first = []
    for param in tax_benefit_system().parameters.get_descendants():
        if isinstance(param, Parameter) and param.values_list:
            first.append(min(v.instant_str for v in param.values_list))
    return max(first)


# --------------------------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------------------------

MIN_LAYERS = 2  # a sampled block holds at least two layers, so every pair of values is tried twice at random


def _combos(sizes, cap, seed=0):
    """Index combinations over fields of the given domain sizes: all of them, or a sample.

    The sample is made of layers: in each layer every value of every field appears at least once,
    paired at random with the other fields' values (a Latin-hypercube-like design). So a status
    that one value of one field changes is always seen, and conditions that need several fields
    at once (age AND disability AND income) are met with high probability. Fixed seed: the same
    profile always gets the same answer.
    """
    total = 1
    for s in sizes:
        total *= s
    if total <= cap:
        return numpy.array(list(itertools.product(*[range(s) for s in sizes])), dtype=numpy.int32).reshape(total, len(sizes))
    rng = numpy.random.default_rng(seed)
    width = max(sizes)
    layers = max(MIN_LAYERS, cap // width)
    blocks = [numpy.zeros((1, len(sizes)), numpy.int64)]
    for _ in range(layers):
        layer = numpy.empty((width, len(sizes)), numpy.int64)
        for j, size in enumerate(sizes):
            column = numpy.tile(numpy.arange(size), -(-width // size))[:width]
            layer[:, j] = rng.permutation(column)
        blocks.append(layer)
    return numpy.unique(numpy.vstack(blocks), axis=0).astype(numpy.int32)


def _ages_from_pattern(children, pattern):
    """Counts of children per age band for a number of children and an age pattern: pattern p < the
    number of bands puts every child in band p; the last pattern spreads them, the youngest bands
    taking what does not divide evenly."""
    bands = len(P.CHILD_AGE_BANDS)
    c = children.astype(numpy.int32)
    out = numpy.zeros((c.shape[0], bands), numpy.int32)
    for p in range(bands):
        out[:, p] = numpy.where(pattern == p, c, 0)
    mixed = pattern == bands
    left = c.copy()
    for p in reversed(range(bands)):
        share = left // (p + 1)
        out[mixed, p] = share[mixed]
        left -= share
    return out


class Plan:
    """The expanded rows of one batch: blocks of variants, and where each right reads them."""

    def __init__(self, m, batch, cap):
        self.m = m
        self.batch = batch
        self.cap = cap
        self.segments = []  # (rows idx, fields, domains, combos, offset, right indices)
        self.size = 0
        n = batch.n
        unknown_bits = numpy.zeros(n, numpy.int64)
        for j, f in enumerate(P.FIELDS):
            unknown_bits |= (~batch.known[f]).astype(numpy.int64) << j
        codes, inverse = numpy.unique(unknown_bits, return_inverse=True)
        order = numpy.argsort(inverse, kind="stable")
        bounds = numpy.searchsorted(inverse[order], numpy.arange(len(codes) + 1))
        for g, code in enumerate(codes):
            idx = order[bounds[g]:bounds[g + 1]]
            for fields, doms, combos, rights in m.blocks(int(code), cap):
                self.segments.append((idx, fields, doms, combos, self.size, rights))
                self.size += len(idx) * len(combos)

    def inputs(self):
        """The OpenFisca input arrays of every expanded row.

        Each expanded row takes a field's value from its profile row when the field is known,
        from its block's variant when the field is varied, and the field's first representative
        value otherwise (the block's rights do not read it).
        """
        m, b, size = self.m, self.batch, self.size
        base = numpy.empty(size, numpy.int64)
        drawn = {f: numpy.empty(size, numpy.float64 if f == "monthly_income" else numpy.int64) for f in P.FIELDS}
        varied = {f: numpy.zeros(size, bool) for f in P.FIELDS}
        for idx, fields, doms, combos, offset, _ in self.segments:
            k, n = len(combos), len(idx)
            stop = offset + k * n
            base[offset:stop] = numpy.tile(idx, k)
            for j, f in enumerate(fields):
                drawn[f][offset:stop] = numpy.repeat(doms[j][combos[:, j]], n)
                varied[f][offset:stop] = True
        out = {}
        source = {}
        for f in P.FIELDS:
            known = b.known[f][base]
            default = ~known & ~varied[f]
            drawn[f][default] = m.base_domains[f][0]
            source[f] = known
        for f in ("age", "children", "monthly_income", *P.BOOL_FIELDS, *ENUM_INPUTS):
            values = b.values[f][base]
            out[f] = numpy.where(source[f], values, drawn[f].astype(values.dtype))
        # children ages: the known ages counted by band, or a pattern drawn for the number of children
        counts = P.count_by_band(b.values["children_ages"], m.child_age_bands)[base]
        unknown = ~source["children_ages"]
        if unknown.any():
            counts[unknown] = _ages_from_pattern(out["children"][unknown], drawn["children_ages"][unknown])
        for j, (name, _, _) in enumerate(m.child_age_bands):
            out[name] = counts[:, j]
        # income sources: known matrix, or one source at a time
        mat = b.values["income_sources"][base]
        unknown = numpy.flatnonzero(~source["income_sources"])
        if len(unknown):
            mat[unknown] = False
            mat[unknown, drawn["income_sources"][unknown]] = True
        for j, s in enumerate(INCOME_SOURCES):
            out[f"has_income_{s}"] = mat[:, j]
        # benefits: known matrix, or none (-1), or one right at a time
        mat = b.values["benefits"][base]
        unknown = numpy.flatnonzero(~source["benefits"])
        if len(unknown):
            mat[unknown] = False
            one = drawn["benefits"][unknown]
            has = one >= 0
            mat[unknown[has], one[has]] = True
        for j, r in enumerate(RIGHT_IDS):
            out[f"receives_{r}"] = mat[:, j]
        return out


def simulate(m, inputs, size):
    """One OpenFisca simulation over every expanded row."""
    sim = SimulationBuilder().build_default_simulation(m.tbs, size)
    for name in m.input_vars:
        if name not in inputs:
            continue
        values = inputs[name]
        if name in ENUM_INPUTS:
            values = EnumArray(values.astype(numpy.int16), ENUM_INPUTS[name])
        sim.set_input(name, m.period, values)
    return sim


def _reduce(values):
    """(k, n) statuses -> n statuses, UNKNOWN where the variants disagree."""
    first = values[0]
    same = (values == first).all(axis=0)
    return numpy.where(same, first, UNKNOWN)


def _ceiling_may_have_risen(m, sim, inputs, computed):
    """A "no" for an income just above a stale ceiling becomes a "maybe", in every variant.

    For each right whose declared ceilings are stale at the date (m.stale_ceilings), a variant
    that is not_eligible with its income_above_ceiling true becomes possibly_eligible when the
    income is at most `income.stale_ceiling_tolerance` above the ceiling AND the income was the
    only obstacle. Both are asked of the right's own rules, in a second simulation of those
    variants with the income scaled by (1 + margin) / (1 + tolerance): there, "not above the
    ceiling" means exactly "at most tolerance above it" for whatever ceiling the rule computes
    (per household size, lower or upper...), so like is compared with like; and a status that is
    no longer not_eligible means that no other condition said no. Fills computed[r] (statuses)
    and computed[(CEILING_MAY_HAVE_RISEN, r)] (the variants turned).

    Why here and not in the rules: staleness is a fact about the day and the data, not about the
    law, and one step over every right's variants keeps the status formulas (and their reading
    order) as the law says; evaluate() is what assess, screen and statuses_of share, and the
    variants are turned before their reduction, so an unknown field still gives `unknown` when
    only some variants turn. The cascade does not see the turn: a right that follows a root reads
    the root's status of the law; the office that checks the root's ceiling checks the rest.
    """
    if not m.stale_ceilings:
        return
    no, maybe = RightStatus.not_eligible.index, RightStatus.possibly_eligible.index
    candidates = {}
    for r, above in m.stale_ceilings.items():
        computed[r] = numpy.asarray(sim.calculate(m.status_vars[r], m.period).view(numpy.ndarray)).copy()
        candidates[r] = (computed[r] == no) & numpy.asarray(sim.calculate(above, m.period))
    rows = numpy.flatnonzero(numpy.logical_or.reduce(list(candidates.values())))
    if not len(rows):
        return
    at = m.parameters(m.period.start).income
    shifted = {name: values[rows] for name, values in inputs.items()}
    shifted["monthly_income"] = shifted["monthly_income"] * ((1 + at.ceiling_margin) / (1 + at.stale_ceiling_tolerance))
    what_if = simulate(m, shifted, len(rows))
    for r, above in m.stale_ceilings.items():
        turned = numpy.zeros(len(computed[r]), bool)
        turned[rows] = candidates[r][rows] & ~numpy.asarray(what_if.calculate(above, m.period))
        if turned.any():  # a status costs much more than an income test: only where one may turn
            status_if = numpy.asarray(what_if.calculate(m.status_vars[r], m.period).view(numpy.ndarray))
            turned[rows] &= status_if != no
            computed[r][turned] = maybe
        computed[(CEILING_MAY_HAVE_RISEN, r)] = turned


def evaluate(batch, date, cap=CAP_SCREEN):
    """Statuses (n rows x rights, uint8 codes into STATUS_NAMES) for a batch, plus the plan and simulation."""
    m = model(date)
    plan = Plan(m, batch, cap)
    inputs = plan.inputs()
    sim = simulate(m, inputs, plan.size)
    statuses = numpy.full((batch.n, len(m.rights)), UNKNOWN, numpy.uint8)
    computed = {}
    _ceiling_may_have_risen(m, sim, inputs, computed)
    for idx, fields, doms, combos, offset, rights in plan.segments:
        k, n = len(combos), len(idx)
        for r in rights:
            if r not in computed:
                computed[r] = numpy.asarray(sim.calculate(m.status_vars[r], m.period).view(numpy.ndarray))
            values = computed[r][offset:offset + k * n].reshape(k, n)
            statuses[idx, r] = _reduce(values)
    return m, plan, sim, statuses, computed


# --------------------------------------------------------------------------------------------
# assess: one profile, with details and next questions (CONTRACT.md section 4)
# --------------------------------------------------------------------------------------------

def _parameter(path):
    node = tax_benefit_system().parameters
    for part in path.split("."):
        node = getattr(node, part)
    return node


def amount_dates(paths, date):
    """(valid_from, checked_on) of the parameter values in force at date: the latest start among them, and the earliest 'last_value_still_valid_on'."""
    starts, checked = [], []
    for path in paths:
        param = _parameter(path)
        iso = date.isoformat()
        leaves = [param] if isinstance(param, Parameter) else [p for p in param.get_descendants() if isinstance(p, Parameter)]
        in_force = [v.instant_str for leaf in leaves for v in leaf.values_list if v.instant_str <= iso]
        if in_force:
            starts.append(max(in_force))
        last = param.metadata.get("last_value_still_valid_on")
        if last:
            checked.append(str(last))
    return (max(starts) if starts else None), (min(checked) if checked else None)


def amount_derived(paths, date):
    """Whether a value in force at date among the parameters was computed from a sourced rule
    (`derived: true`) rather than read in a source: the person is then told "about"."""
    return any(is_derived(in_force(leaf, date)) for path in paths for _, leaf in leaves(_parameter(path)))


def office_for_commune(commune):
    """The CPAS/OCMW of a commune from E2's directory (actions/directory/offices.py), if it exists."""
    try:
        from actions.directory.offices import office_for
    except ImportError:
        return None
    try:
        return office_for(commune)
    except Exception:  # the directory decides what it knows; a missing office is not an engine error
        return None


def _same(values):
    return bool((values == values[0]).all())


def _score_fields(values, fields, doms, combos, scores, influence, relevant):
    """Add, for each varied field, the share of its values that decide this (unknown) right;
    return the fields whose answer can change the right's status.

    The statuses of the right's variants are grouped by the field's value: a value decides the
    right when all its variants agree. A field that decides for no value but whose values lead to
    different statuses can still change the right, and is counted with a score of 0.
    """
    values = values.astype(numpy.int64)
    changers = []
    for j, f in enumerate(fields):
        if f not in relevant:  # varied only for an amount or a reason: it cannot change the status
            continue
        seen = numpy.zeros((len(doms[j]), UNKNOWN + 1), bool)  # value of f x status met
        seen[combos[:, j], values] = True
        seen = seen[seen.any(axis=1)]
        if not len(seen):
            continue
        decided = seen.sum(axis=1) == 1
        changes = decided.any() or (seen != seen[0]).any()
        if changes:
            scores[f] = scores.get(f, 0.0) + float(decided.mean())
            influence[f] = influence.get(f, 0) + 1
            changers.append(f)
    return changers


def _route(facts, reasons):
    """Where to claim and what to bring, by the route through which the right is open.

    A right may open in several ways (the social tariff through an allowance, or through the
    social landlord); the first of its `routes` whose reason holds replaces the default claim
    and documents, so a person is never asked for a paper of a route that is not theirs.
    """
    for route in facts.get("routes") or []:
        if route["when"] in reasons:
            return dict(route.get("claim") or facts.get("claim") or {}), list(route.get("documents") or [])
    return dict(facts.get("claim") or {}), list(facts.get("documents") or [])


def assess_batch(batch, date):
    """The assessment of a one-row batch, as the JSON-ready dict of CONTRACT.md section 4."""
    first = earliest_date()
    if date.isoformat() < first:
        raise P.ProfileError("date", f"no law is known before {first}")
    m, plan, sim, statuses, computed = evaluate(batch, date, cap=CAP_ASSESS)
    known = {f for f in P.FIELDS if batch.known[f][0]}
    commune = None
    if batch.known["commune"][0]:
        commune = list(Commune)[int(batch.values["commune"][0])].name
    segment_of = {}
    for seg in plan.segments:
        for r in seg[5]:
            segment_of[r] = seg
    rights, scores, influence = [], {}, {}
    for r, right in enumerate(m.rights):
        facts = m.facts[right]
        idx, fields, doms, combos, offset, _ = segment_of[r]
        k = len(combos)
        seen = known | set(fields)
        code = int(statuses[0, r])
        status = STATUS_NAMES[code]

        def values_of(variable):
            if variable not in computed:
                computed[variable] = numpy.asarray(sim.calculate(variable, m.period).view(numpy.ndarray))
            return computed[variable][offset:offset + k]

        entry = {"id": right, "status": status, "authority": facts.get("authority")}
        amount = None
        spec = facts.get("amount")
        if spec and status in ("eligible", "possibly_eligible", "automatic"):
            if m.deps(spec["variable"]) <= seen:
                vals = values_of(spec["variable"])
                if _same(vals) and vals[0] > 0:
                    valid_from, checked_on = amount_dates(spec.get("parameters", []), date)
                    amount = {
                        "value": round(float(vals[0]), 2),
                        "period": spec.get("period", "month"),
                        "kind": spec.get("kind", "exact"),
                        "valid_from": valid_from,
                        "checked_on": checked_on,
                        "check_with_office": bool(checked_on and checked_on < date.isoformat()),
                        "derived": amount_derived(spec.get("parameters", []), date),
                    }
        entry["amount"] = amount
        reasons = []
        for reason, variable in (facts.get("reasons") or {}).items():
            if m.deps(variable) <= seen and values_of(variable).all():
                reasons.append(reason)
        claim, documents = _route(facts, reasons)
        if claim.get("office") == "commune_cpas":
            claim["office"] = office_for_commune(commune) if commune else None
        entry["claim"] = claim
        entry["documents"] = documents
        entry["retroactivity"] = facts.get("retroactivity")
        entry["legal_reference"] = facts.get("legal_reference")
        turned = computed.get((CEILING_MAY_HAVE_RISEN, r))
        if turned is not None and turned[offset:offset + k].all():
            reasons.append(CEILING_MAY_HAVE_RISEN)
        entry["reasons"] = reasons
        rights.append(entry)
        if code == UNKNOWN:
            # Which answers could settle it: the conversation may turn a single yes/no into an
            # "if ..." line of the result instead of one more question.
            variants = computed[r][offset:offset + k]
            entry["depends_on"] = _score_fields(variants, fields, doms, combos, scores, influence, m.status_deps[r])
            entry["could_be"] = [STATUS_NAMES[c] for c in sorted(set(variants.astype(int).tolist()))]
    order = {f: i for i, f in enumerate(P.FIELDS)}
    questions = sorted(scores, key=lambda f: (-round(scores[f], 9), -influence[f], order[f]))
    return {"date": date.isoformat(), "rights": rights, "next_questions": questions}


def statuses_of(profiles, date=None, cap=CAP_ASSESS):
    """The status of every right for several profiles at once, in one simulation: a list of
    {right id: status}, one per profile. For comparing variants of a profile cheaply; `assess`
    gives the details of one. A smaller `cap` samples the unknown answers more coarsely.
    The same profiles on the same date are simulated once (actions/eligibility/remembered.py)."""
    date = date or P.parse_date(None)
    try:
        # Only the fields the batch reads: others are ignored, so they do not split the key.
        key = tuple(remembered.profile_key({k: v for k, v in profile.items() if k in P.ALL_FIELDS and v is not None})
                    for profile in profiles)
    except (remembered.Unhashable, AttributeError):
        return _statuses_of(profiles, date, cap)
    return [dict(row) for row in _remembered_statuses(key, date, cap)]


@functools.lru_cache(maxsize=remembered.KEPT)
def _remembered_statuses(key, date, cap):
    return _statuses_of([remembered.profile_of(k) for k in key], date, cap)


def _statuses_of(profiles, date, cap):
    batch = P.Batch(len(profiles))
    for i, profile in enumerate(profiles):
        for key, value in profile.items():
            if key in P.ALL_FIELDS and value is not None:
                P.set_value(batch, i, key, value)
    m, _, _, statuses, _ = evaluate(batch.finish(), date, cap=cap)
    return [{right: STATUS_NAMES[int(code)] for right, code in zip(m.rights, row)} for row in statuses]


def assess(profile):
    """Assess one profile (a dict of contract fields, optional "date"). Raises ProfileError on bad input.
    The same profile on the same date is simulated once; each caller gets its own copy
    (actions/eligibility/remembered.py)."""
    if not isinstance(profile, dict):
        return assess_afresh(profile)
    date = P.parse_date(profile.get("date"))  # the day it stands for, even when not given
    try:
        key = remembered.profile_key(profile, skip=("date",))
    except remembered.Unhashable:
        return assess_afresh(profile)
    return copy.deepcopy(_remembered_assessment(key, date))


@functools.lru_cache(maxsize=remembered.KEPT)
def _remembered_assessment(key, date):
    return assess_afresh({**remembered.profile_of(key), "date": date.isoformat()})


def assess_afresh(profile):
    batch, date = P.batch_from_json(profile)
    return assess_batch(batch, date)
