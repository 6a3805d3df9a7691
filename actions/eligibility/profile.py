"""The contract's profile (CONTRACT.md section 1): field schema, validation and column encoding.

A batch of profiles is held column-wise (`Batch`): for every contract field an array of values
and an array `known` (False where the field is absent or null, i.e. unknown; never "no").
List fields are expanded: `children_ages` into a matrix of ages (counted by age band at the
assessment's date, see `child_age_bands`), `income_sources` and `benefits` into bool matrices. `assess` builds a batch of one row from JSON, `screen` builds batches from CSV.
"""
import datetime
import math

import numpy

from actions.eligibility.enums import (
    INCOME_SOURCES, RIGHT_IDS, Commune, Housing, LivingWith, ResidenceStatus,
)


class ProfileError(ValueError):
    """Bad input: `field` names the profile field, `row` the CSV data row (1-based) if any."""

    def __init__(self, field, message, row=None):
        super().__init__(message)
        self.field = field
        self.row = row
        self.message = message

    def line(self):
        where = f"row {self.row}: " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


ENUM_FIELDS = {
    "commune": Commune,
    "living_with": LivingWith,
    "residence_status": ResidenceStatus,
    "housing": Housing,
}
BOOL_FIELDS = (
    "health_insurance", "social_housing_candidate", "owns_property", "disability", "student",
    "heating_oil", "energy_debt",
)
INT_FIELDS = {"age": (0, 120), "children": (0, 15)}
MAX_INCOME = 1_000_000.0
CHILD_AGE_RANGE = (0, 120)

# Field order of the contract: ties in next_questions follow it.
FIELDS = (
    "commune", "age", "living_with", "children", "children_ages", "monthly_income",
    "income_sources", "benefits", "residence_status", "health_insurance", "housing",
    "social_housing_candidate", "owns_property", "disability", "student", "heating_oil",
    "energy_debt",
)
IGNORED_FIELDS = ("language",)  # part of the profile, no influence on rights
ALL_FIELDS = FIELDS + IGNORED_FIELDS

# The input variables that count `children_ages`, youngest band first. Their edges are numbers of the
# law (parameters brussels.family_allowance.child_age_bands), so a batch keeps the ages themselves and
# the engine counts them with the bands of the assessment's date.
CHILD_AGE_BANDS = ("num_children_under_12", "num_children_12_to_17", "num_children_18_to_24")
NO_CHILD = -1  # fills the ages matrix beyond the ages given


def child_age_bands(law):
    """((variable, lowest age, highest age), ...) of the bands under `law` (the parameters at a date)."""
    edges = law.brussels.family_allowance.child_age_bands
    bands, low = [], 0
    for name, high in zip(CHILD_AGE_BANDS, (edges.youngest_max_age, edges.middle_max_age, edges.oldest_max_age)):
        bands.append((name, low, int(high)))
        low = int(high) + 1
    return tuple(bands)


def count_by_band(ages, bands):
    """An (n, number of children) matrix of ages -> (n, number of bands) counts; older children count nowhere."""
    counts = numpy.zeros((ages.shape[0], len(bands)), numpy.int32)
    for j, (_, low, high) in enumerate(bands):
        counts[:, j] = ((ages >= low) & (ages <= high)).sum(axis=1)
    return counts


def num_children_aged(household, period, parameters, low, high):
    """The number of the household's children aged `low` to `high`, for a rule whose age limits are its own parameters.

    Children are known only by band, so the limits must be band edges: when the law moves one
    without the other, this raises rather than count a band that is half inside.
    """
    bands = child_age_bands(parameters(period))
    if low not in {lo for _, lo, _ in bands} or high not in {hi for _, _, hi in bands}:
        raise ValueError(
            f"children are counted in the age bands {[(lo, hi) for _, lo, hi in bands]} "
            f"(brussels.family_allowance.child_age_bands at {period}); the ages {low} to {high} are not band edges"
        )
    return sum(household(name, period) for name, lo, hi in bands if low <= lo and hi <= high)


# OpenFisca input variable -> contract field (for dependency tracing and next_questions).


def input_field(variable):
    """The contract field an OpenFisca input variable comes from (None if not an input)."""
    if variable.startswith("has_income_"):
        return "income_sources"
    if variable.startswith("receives_"):
        return "benefits"
    if variable.startswith("num_children_"):
        return "children_ages"
    if variable in FIELDS:
        return variable
    return None


class Batch:
    """Column-wise profiles: values[field] and known[field] arrays of length n."""

    def __init__(self, n):
        self.n = n
        self.values = {}
        self.known = {}
        for f in FIELDS:
            self.known[f] = numpy.zeros(n, bool)
        for f in ENUM_FIELDS:
            self.values[f] = numpy.zeros(n, numpy.int16)
        for f in BOOL_FIELDS:
            self.values[f] = numpy.zeros(n, bool)
        self.values["age"] = numpy.zeros(n, numpy.int32)
        self.values["children"] = numpy.zeros(n, numpy.int32)
        self.values["monthly_income"] = numpy.zeros(n, float)
        self.values["children_ages"] = numpy.full((n, INT_FIELDS["children"][1]), NO_CHILD, numpy.int16)
        self.values["income_sources"] = numpy.zeros((n, len(INCOME_SOURCES)), bool)
        self.values["benefits"] = numpy.zeros((n, len(RIGHT_IDS)), bool)
        self._ages_len = numpy.zeros(n, numpy.int32)  # number of ages given, per row

    def finish(self):
        """Derive what one field says about another: ages give the number of children, and no child means no ages."""
        ages_known = self.known["children_ages"]
        # children_ages gives `children` when children is absent (children older than the bands count in no band)
        take = ages_known & ~self.known["children"]
        self.values["children"][take] = self._ages_len[take]
        self.known["children"] |= ages_known
        # children == 0 settles children_ages (its row already holds no age)
        zero = self.known["children"] & (self.values["children"] == 0) & ~ages_known
        self.known["children_ages"] |= zero
        return self


def ages_row(ages):
    """The ages matrix's row for a list of ages."""
    return list(ages) + [NO_CHILD] * (INT_FIELDS["children"][1] - len(ages))


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) and math.isfinite(v)


def parse_date(value, field="date"):
    """A date 'YYYY-MM-DD' (string) or None for today."""
    if value is None:
        return datetime.date.today()
    if not isinstance(value, str):
        raise ProfileError(field, "must be a date written YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ProfileError(field, "must be a date written YYYY-MM-DD") from None


def batch_from_json(obj):
    """One profile (a JSON object already decoded) -> (Batch of 1 row, date). Raises ProfileError."""
    if not isinstance(obj, dict):
        raise ProfileError("profile", "the input must be a JSON object")
    date = parse_date(obj.get("date"))
    batch = Batch(1)
    for key, v in obj.items():
        if key == "date":
            continue
        if key not in ALL_FIELDS:
            raise ProfileError(key, "unknown field")
        if v is None:
            continue
        set_value(batch, 0, key, v)
    return batch.finish(), date


def encode_value(key, v):
    """Validate one decoded value of field `key` (not None) and return its column encoding.

    children_ages returns (its row of the ages matrix, number of ages). Raises ProfileError.
    """
    if key == "language":
        if v not in ("fr", "nl"):
            raise ProfileError(key, "must be one of fr, nl")
        return v
    if key in ENUM_FIELDS:
        enum = ENUM_FIELDS[key]
        if not isinstance(v, str) or v not in enum.__members__:
            raise ProfileError(key, "must be one of " + ", ".join(enum.__members__))
        return enum[v].index
    if key in BOOL_FIELDS:
        if not isinstance(v, bool):
            raise ProfileError(key, "must be true or false")
        return v
    if key in INT_FIELDS:
        lo, hi = INT_FIELDS[key]
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if not _is_int(v) or not lo <= v <= hi:
            raise ProfileError(key, f"must be a whole number from {lo} to {hi}")
        return v
    if key == "monthly_income":
        if not _is_number(v) or not 0 <= v <= MAX_INCOME:
            raise ProfileError(key, "must be a number of euros, 0 or more")
        return float(v)
    if key == "children_ages":
        if not isinstance(v, list) or len(v) > INT_FIELDS["children"][1]:
            raise ProfileError(key, "must be a list of ages (at most 15)")
        lo, hi = CHILD_AGE_RANGE
        ages = []
        for a in v:
            if isinstance(a, float) and a.is_integer():
                a = int(a)
            if not _is_int(a) or not lo <= a <= hi:
                raise ProfileError(key, f"each age must be a whole number from {lo} to {hi}")
            ages.append(a)
        return ages_row(ages), len(ages)
    if key == "income_sources":
        if not isinstance(v, list) or any(not isinstance(s, str) or s not in INCOME_SOURCES for s in v):
            raise ProfileError(key, "must be a list of: " + ", ".join(INCOME_SOURCES))
        return [s in v for s in INCOME_SOURCES]
    if key == "benefits":
        if not isinstance(v, list) or any(not isinstance(s, str) or s not in RIGHT_IDS for s in v):
            raise ProfileError(key, "must be a list of right ids")
        return [s in v for s in RIGHT_IDS]
    raise ProfileError(key, "unknown field")


def set_value(batch, i, key, v):
    """Validate one decoded JSON value of field `key` and store it in row i."""
    encoded = encode_value(key, v)
    if key == "language":
        return
    if key == "children_ages":
        row, length = encoded
        if batch.known["children"][i] and batch.values["children"][i] != length:
            raise ProfileError(key, "must give one age per child")
        batch.values[key][i] = row
        batch._ages_len[i] = length
    else:
        batch.values[key][i] = encoded
    batch.known[key][i] = True
    if key == "children" and batch.known["children_ages"][i] and batch._ages_len[i] != v:
        raise ProfileError("children_ages", "must give one age per child")
