"""A reform file: what a change of the law would be, from which day (read by `make what-if`).

```yaml
description: One sentence saying what the reform models.
parameters:
  - path: federal.increased_reimbursement.income_ceiling   # as under parameters/, folders joined by dots
    factor: 1.10          # or `value: 1520` (one parameter), or `same_as: <another parameter's path>`
    from: 2027-01-01      # YYYY-MM-DD
automatic:
  - right: family_allowance_social_supplement
    for_households_receiving: increased_reimbursement
    from: 2027-01-01
```

- `value`: the parameter takes this value from `from` on; the dated values it had after that day are
  dropped (OpenFisca's `Parameter.update`).
- `factor`: the value in force on `from`, and every later dated value, is multiplied; a path naming
  a folder multiplies every parameter under it. Ages (`unit: year`) take no factor: give a value.
- `same_as`: from `from` on, the parameter follows another one, its later dated values included
  (e.g. the ARR upper age follows the legal pension age). Changes apply in the file's order.
- `automatic`: from `from` on, the right is granted without a request to households that receive
  the other right: where its status would be `eligible` or `possibly_eligible`, it is `automatic`.
  The right's other conditions still apply (no child, no family-allowance supplement).

The result is an OpenFisca `Reform` of the Iris system (`ReformFile.system()`). A problem in the
file raises `ReformError`, whose `line()` names the entry and the parameter, value or date.
"""
import datetime
import functools
import math

import numpy
import yaml
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.parameters import Parameter, ParameterNode
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from actions.eligibility.enums import RIGHT_IDS
from actions.eligibility.rights import right_facts, status_variable
from actions.eligibility.statuses import RightStatus, is_status
from actions.eligibility.system import tax_benefit_system

CHANGE_KINDS = ("value", "factor", "same_as")
MAX_AGE = 120  # the contract's largest age (profile.INT_FIELDS)


class ReformError(ValueError):
    """A bad reform file: `where` names the entry (and its parameter), `message` what is wrong."""

    def __init__(self, where, message):
        super().__init__(message)
        self.where = where
        self.message = message

    def line(self):
        return f"reform {self.where}: {self.message}" if self.where else f"reform: {self.message}"


class _Loader(yaml.SafeLoader):
    """YAML without implicit dates: PyYAML raises its own error on 2027-13-01, so every `from` stays
    text and is checked here, with a line that names it."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _date(where, value):
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    if value is None:
        raise ReformError(where, "from is missing (a date written YYYY-MM-DD)")
    raise ReformError(where, f"from must be a date written YYYY-MM-DD, not {value!r}")


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _keys(where, entry, allowed):
    if not isinstance(entry, dict):
        raise ReformError(where, "must be a mapping of " + ", ".join(allowed))
    for key in entry:
        if key not in allowed:
            raise ReformError(where, f"unknown key {key!r} (expected {', '.join(allowed)})")


def _node(parameters, path):
    """The parameter or folder at a dotted path, or None."""
    node = parameters
    for part in str(path).split("."):
        children = getattr(node, "children", None)
        if not isinstance(node, ParameterNode) or part not in children:
            return None
        node = children[part]
    return node


def _leaves(node):
    return [node] if isinstance(node, Parameter) else [p for p in node.get_descendants() if isinstance(p, Parameter)]


def _is_bool_parameter(leaf):
    return any(isinstance(v.value, bool) for v in leaf.values_list)


class ParameterChange:
    """One entry of `parameters:`: a path, one of value / factor / same_as, and a start day."""

    def __init__(self, where, entry, parameters):
        _keys(where, entry, ("path", "from", *CHANGE_KINDS))
        path = entry.get("path")
        if not isinstance(path, str) or not path:
            raise ReformError(where, "path is missing (the parameter's path, e.g. federal.integration_income.amount.single)")
        node = _node(parameters, path)
        if node is None or not isinstance(node, (Parameter, ParameterNode)):
            raise ReformError(where, f"unknown parameter {path!r}")
        where = f"{where} {path}"
        kinds = [k for k in CHANGE_KINDS if k in entry]
        if len(kinds) != 1:
            raise ReformError(where, "give exactly one of value, factor, same_as")
        self.path, self.kind, self.amount = path, kinds[0], entry[kinds[0]]
        self.where = where
        self.start = _date(where, entry.get("from"))
        leaves = _leaves(node)
        if self.kind != "factor" and not isinstance(node, Parameter):
            raise ReformError(where, f"{self.kind} needs one parameter, and {path!r} is a folder (a factor may apply to a folder)")
        if self.kind == "same_as":
            self._check_same_as(parameters, node)
        else:
            for leaf in leaves:
                self._check_amount(leaf)

    def _check_amount(self, leaf):
        amount, where = self.amount, self.where
        if self.kind == "factor":
            if _is_bool_parameter(leaf) or leaf.metadata.get("unit") == "year":
                raise ReformError(where, f"{leaf.name} is a yes/no or an age: give a value, not a factor")
            if not _is_number(amount) or amount <= 0:
                raise ReformError(where, f"factor must be a number above 0, not {amount!r}")
        elif _is_bool_parameter(leaf):
            if not isinstance(amount, bool):
                raise ReformError(where, f"value must be true or false, not {amount!r}")
        elif leaf.metadata.get("unit") == "year":
            if not _is_number(amount) or amount != int(amount) or not 0 <= amount <= MAX_AGE:
                raise ReformError(where, f"value must be an age, a whole number of years from 0 to {MAX_AGE}, not {amount!r}")
        elif not _is_number(amount) or amount < 0:
            raise ReformError(where, f"value must be a number, 0 or more, not {amount!r}")

    def _check_same_as(self, parameters, leaf):
        source = _node(parameters, self.amount) if isinstance(self.amount, str) else None
        if not isinstance(source, Parameter):
            raise ReformError(self.where, f"same_as names no parameter: {self.amount!r}")
        if (source.metadata.get("unit"), _is_bool_parameter(source)) != (leaf.metadata.get("unit"), _is_bool_parameter(leaf)):
            raise ReformError(self.where, f"same_as {self.amount!r} is not in the same unit as {self.path!r}")

    def apply(self, parameters):
        """Change the parameters (a copy of the baseline's) in place."""
        start = self.start.isoformat()
        node = _node(parameters, self.path)
        for leaf in _leaves(node):
            if self.kind == "value":
                steps = [(start, self.amount)]
            else:
                follow = leaf if self.kind == "factor" else _node(parameters, self.amount)
                later = sorted(v.instant_str for v in follow.values_list if v.instant_str > start)
                steps = [(instant, follow(instant)) for instant in [start, *later]]
                if self.kind == "factor":
                    steps = [(instant, None if v is None else v * self.amount) for instant, v in steps]
            # Each update drops the dated values after its start; the next step puts the later one back.
            for instant, value in steps:
                leaf.update(start=periods.instant(instant), value=value)


class AutomaticRight:
    """One entry of `automatic:`: a right granted without a request to the households receiving another."""

    def __init__(self, where, entry, system):
        _keys(where, entry, ("right", "for_households_receiving", "from"))
        right, group = entry.get("right"), entry.get("for_households_receiving")
        facts = right_facts()
        if right not in facts or status_variable(right, facts[right]) not in system.variables:
            raise ReformError(where, f"unknown right {right!r}")
        if group not in RIGHT_IDS or f"receives_{group}" not in system.variables:
            raise ReformError(where, f"for_households_receiving names no right: {group!r}")
        self.where = f"{where} {right}"
        self.right, self.group = right, group
        self.status_variable = status_variable(right, facts[right])
        self.start = _date(self.where, entry.get("from"))

    def variable(self, baseline):
        """The right's status variable, with a formula from the start day that wraps the baseline's."""
        original = baseline.variables[self.status_variable]
        receives = f"receives_{self.group}"

        def formula(household, period, parameters):
            """From the reform's day, the right is automatic for the group where it was eligible or possibly eligible."""
            law = original.get_formula(period)
            status = law(household, period) if law.__code__.co_argcount == 2 else law(household, period, parameters)
            grant = household(receives, period) * is_status(status, "eligible", "possibly_eligible")
            out = numpy.where(grant, RightStatus.automatic.index, numpy.asarray(status).view(numpy.ndarray))
            return EnumArray(out.astype(numpy.int16), RightStatus)

        name = "formula_" + self.start.strftime("%Y_%m_%d")
        doc = f"{original.__class__.__doc__} From {self.start}, automatic for households receiving {self.group}."
        return type(self.status_variable, (Variable,), {"__doc__": doc, name: formula})


class ReformFile:
    """A reform file read and checked against the Iris system."""

    def __init__(self, text, name="reform"):
        system = tax_benefit_system()
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError as error:
            raise ReformError("", f"malformed YAML ({str(error).splitlines()[0]})") from None
        if data is None:
            data = {}
        _keys("", data, ("description", "parameters", "automatic"))
        self.name = name
        self.description = data.get("description")
        for key in ("parameters", "automatic"):
            if not isinstance(data.get(key) or [], list):
                raise ReformError(key, "must be a list of entries")
        self.changes = [ParameterChange(f"parameters[{i}]", e, system.parameters)
                        for i, e in enumerate(data.get("parameters") or [], 1)]
        self.automatic = [AutomaticRight(f"automatic[{i}]", e, system) for i, e in enumerate(data.get("automatic") or [], 1)]
        if not self.changes and not self.automatic:
            raise ReformError("", "changes nothing: give parameters or automatic entries")

    @classmethod
    def read(cls, path):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as error:
            raise ReformError("", f"cannot read {path!r} ({error.strerror})") from None
        return cls(text, name=path)

    def starts(self):
        """(start day, what starts) of every entry."""
        return [(c.start, c.where) for c in self.changes] + [(a.start, a.where) for a in self.automatic]

    @functools.cached_property
    def _system(self):
        changes, automatic = self.changes, self.automatic

        def modify(parameters):
            for change in changes:
                change.apply(parameters)
            return parameters

        class WhatIf(Reform):
            """The Iris law with the reform file's changes."""

            name = self.name

            def apply(self):
                if changes:
                    self.modify_parameters(modifier_function=modify)
                for switch in automatic:
                    self.update_variable(switch.variable(self.baseline))

        return WhatIf(tax_benefit_system())

    def system(self):
        """The reformed TaxBenefitSystem (built once)."""
        return self._system
