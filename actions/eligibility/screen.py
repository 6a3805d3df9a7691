"""Screen a caseload: CSV in (one anonymous profile a row), CSV out (one status column a right).

Input: a header of contract fields (any subset, any order; `language` accepted and ignored) and an
optional `id` column. An empty cell is unknown. Lists (`children_ages`, `income_sources`,
`benefits`) are `;`-separated; `none` is the empty list for `benefits` and `children_ages`
(for `income_sources`, `none` is the contract's own value). Booleans: true/false (also 1/0,
yes/no). Output: `id` (the input's id, else the 1-based data row number) and one column per right.

All rows of a chunk are evaluated in one vectorized simulation (engine.evaluate); chunks bound
memory. Nothing is written before the whole input is validated, so bad input gives exit 2, one line
on standard error naming the row and the field, and nothing on standard output.
"""
import csv
import datetime
import itertools

import numpy

from actions.eligibility import profile as P
from actions.eligibility.engine import STATUS_NAMES, evaluate, model

CHUNK_ROWS = 250_000
TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no"}
EMPTY_LIST = {"none", "[]"}


def _decode(field, text):
    """CSV cell text (stripped, not empty) -> the value the JSON profile would hold."""
    if field in P.BOOL_FIELDS:
        low = text.lower()
        if low in TRUE:
            return True
        if low in FALSE:
            return False
        raise P.ProfileError(field, "must be true or false")
    if field in P.INT_FIELDS:
        try:
            return int(text)
        except ValueError:
            lo, hi = P.INT_FIELDS[field]
            raise P.ProfileError(field, f"must be a whole number from {lo} to {hi}") from None
    if field == "monthly_income":
        try:
            return float(text)
        except ValueError:
            raise P.ProfileError(field, "must be a number of euros, 0 or more") from None
    if field in ("children_ages", "income_sources", "benefits"):
        if field != "income_sources" and text.lower() in EMPTY_LIST:
            return []
        items = [t.strip() for t in text.split(";") if t.strip()]
        if field == "children_ages":
            try:
                return [int(t) for t in items]
            except ValueError:
                raise P.ProfileError(field, "each age must be a whole number") from None
        return items
    return text


def _ages_column(uniq):
    """children_ages cells (distinct strings) -> (rows of the ages matrix, number of ages), vectorized; None if a cell is bad."""
    items, owners, places, lengths = [], [], [], numpy.zeros(len(uniq), numpy.int32)
    for j, raw in enumerate(uniq):
        text = raw.strip()
        if not text or text.lower() in EMPTY_LIST:
            continue
        parts = [t for t in text.split(";") if t.strip()]
        items.extend(parts)
        owners.extend([j] * len(parts))
        places.extend(range(len(parts)))
        lengths[j] = len(parts)
    try:
        ages = numpy.array(items, dtype=numpy.int64) if items else numpy.zeros(0, numpy.int64)
    except ValueError:
        return None
    lo, hi = P.CHILD_AGE_RANGE
    width = P.INT_FIELDS["children"][1]
    if ((ages < lo) | (ages > hi)).any() or (lengths > width).any():
        return None
    matrix = numpy.full((len(uniq), width), P.NO_CHILD, numpy.int16)
    matrix[numpy.array(owners, dtype=numpy.int64), numpy.array(places, dtype=numpy.int64)] = ages
    return matrix, lengths


def _column(batch, field, cells, first_row):
    """Decode and store one column (a sequence of cell strings) of a chunk, decoding each distinct value once."""
    uniq = list(dict.fromkeys(cells))
    lookup = {u: i for i, u in enumerate(uniq)}
    inverse = numpy.fromiter(map(lookup.__getitem__, cells), numpy.int64, len(cells))
    known_u = numpy.ones(len(uniq), bool)
    encoded = []
    fast = _ages_column(uniq) if field == "children_ages" else None
    for j, raw in enumerate(uniq):
        text = raw.strip()
        if text == "":
            known_u[j] = False
            encoded.append(None)
            continue
        if fast is not None:
            encoded.append(None)
            continue
        try:
            encoded.append(P.encode_value(field, _decode(field, text)))
        except P.ProfileError as error:
            row = first_row + int(numpy.flatnonzero(inverse == j)[0])
            raise P.ProfileError(field, error.message, row=row) from None
    if field == "language":
        return
    known = known_u[inverse]
    batch.known[field] = known
    if field == "children_ages":
        if fast is not None:
            matrix, lengths = fast
        else:
            empty = P.ages_row([])
            matrix = numpy.array([e[0] if e is not None else empty for e in encoded], numpy.int16).reshape(len(uniq), -1)
            lengths = numpy.array([e[1] if e is not None else 0 for e in encoded], numpy.int32)
        batch.values[field] = matrix[inverse]
        batch._ages_len = lengths[inverse]
    elif field in ("income_sources", "benefits"):
        width = batch.values[field].shape[1]
        mat = numpy.array([e if e is not None else [False] * width for e in encoded], bool).reshape(len(uniq), width)
        batch.values[field] = mat[inverse]
    else:
        dtype = batch.values[field].dtype
        vals = numpy.array([e if e is not None else 0 for e in encoded]).astype(dtype)
        batch.values[field] = vals[inverse]


def _rows_to_columns(header, rows, first_row):
    """CSV rows (lists of cells) -> one sequence of cells per column, checking the number of cells."""
    if set(map(len, rows)) - {len(header)}:
        for i, row in enumerate(rows):
            if len(row) != len(header):
                raise P.ProfileError("csv", f"expected {len(header)} cells, found {len(row)}", row=first_row + i)
    return list(zip(*rows)) if rows else [() for _ in header]


def _lines_to_columns(header, lines, first_row):
    """Unquoted CSV lines -> one list of cells per column (fast path: split and slice, no per-row work)."""
    width = len(header)
    flat = ",".join(lines).split(",")
    if len(flat) != width * len(lines):
        return _rows_to_columns(header, [line.split(",") for line in lines], first_row)
    return [flat[j::width] for j in range(width)]


def batch_from_columns(header, columns, first_row):
    """A Batch (and the row ids) from one sequence of cell strings per CSV column."""
    n = len(columns[0]) if columns else 0
    batch = P.Batch(n)
    ids = None
    for field, cells in zip(header, columns):
        if field == "id":
            ids = numpy.array([c.strip() for c in cells], dtype=object)
            continue
        _column(batch, field, cells, first_row)
    if "children_ages" in header and "children" in header:
        both = batch.known["children"] & batch.known["children_ages"]
        bad = both & (batch.values["children"] != batch._ages_len)
        if bad.any():
            raise P.ProfileError("children_ages", "must give one age per child", row=first_row + int(numpy.flatnonzero(bad)[0]))
    batch.finish()
    if ids is None:
        ids = range(first_row, first_row + n)  # row numbers, written as text at the end
    return batch, ids


def batch_from_rows(header, rows, first_row):
    """A Batch from CSV rows (lists of strings) whose columns are named by header."""
    return batch_from_columns(header, _rows_to_columns(header, rows, first_row), first_row)


def read_header(reader):
    try:
        header = next(reader)
    except StopIteration:
        raise P.ProfileError("csv", "empty input: a header row of profile fields is needed") from None
    header = [h.strip().lstrip("\ufeff") for h in header]  # a spreadsheet may start the file with a BOM
    seen = set()
    for h in header:
        if h != "id" and h not in P.ALL_FIELDS:
            raise P.ProfileError(h or "(empty column name)", "unknown field in the CSV header")
        if h in seen:
            raise P.ProfileError(h, "column given twice in the CSV header")
        seen.add(h)
    return header


def _chunks(stdin, header_width, chunk_rows):
    """Yield (columns, number of rows) per chunk of data rows; unquoted chunks take the fast path."""
    first_row = 1
    quoted_stream = False
    while True:
        lines = list(itertools.islice(stdin, chunk_rows))
        if not lines:
            return
        text_has_quote = any('"' in line for line in lines)
        if text_has_quote or quoted_stream:
            quoted_stream = True
            rows = [r for r in csv.reader(lines) if r]
            yield first_row, rows, None
            first_row += len(rows)
        else:
            lines = [line.rstrip("\r\n") for line in lines]
            lines = [line for line in lines if line.strip()]
            if lines:
                yield first_row, None, lines
                first_row += len(lines)


def screen(stdin, stdout, date=None, chunk_rows=CHUNK_ROWS, on_chunk=None):
    """Read a caseload CSV from stdin and write the statuses CSV to stdout.

    Chunks of `chunk_rows` lines are parsed and evaluated one at a time (bounded memory); only
    the statuses (one byte per right and row) and the row ids are kept until the end, so that
    nothing is written when a later row is bad. `on_chunk(batch, statuses, rights, date)`, when
    given, sees each chunk evaluated (the observatory's anonymous records, `make screen STATS=1`).
    """
    date = date or datetime.date.today()
    line = stdin.readline()
    try:
        header = read_header(csv.reader([line] if line.strip() else []))
        m = model(date)
        results = []
        for first_row, rows, lines in _chunks(stdin, len(header), chunk_rows):
            if rows is not None:
                columns = _rows_to_columns(header, rows, first_row)
            else:
                columns = _lines_to_columns(header, lines, first_row)
            batch, ids = batch_from_columns(header, columns, first_row)
            statuses = evaluate(batch, date)[3]
            results.append((ids, statuses))
            if on_chunk is not None:
                on_chunk(batch, statuses, m.rights, date)
    except csv.Error as error:
        raise P.ProfileError("csv", f"malformed CSV ({error})") from None
    names = numpy.array(STATUS_NAMES, dtype=object)
    writer = csv.writer(stdout, lineterminator="\n")
    writer.writerow(["id", *m.rights])
    for ids, statuses in results:
        cols = [names[statuses[:, r]].tolist() for r in range(statuses.shape[1])]
        id_list = list(map(str, ids)) if isinstance(ids, range) else ids.tolist()
        if any(("," in i or '"' in i or "\n" in i) for i in id_list):
            writer.writerows(zip(id_list, *cols))
        else:
            stdout.write("\n".join(map(",".join, zip(id_list, *cols))))
            stdout.write("\n")
