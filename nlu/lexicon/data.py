"""Reading the lexicon's data files, once, with one clear line when a file is wrong.

Each kind of word has one file per language, `<kind>_<language>.yaml` (`aids_fr.yaml`), or one
bilingual CSV file (`communes.csv`, `postal_codes.csv`, `places_outside.csv`). Nothing is read at
import time; each file is read on first use and kept.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Tuple

import yaml

from nlu.lexicon.normalization import key

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("fr", "nl")


class LexiconDataError(ValueError):
    """A data file of the lexicon is missing or malformed; the message is one line."""


class _StrictLoader(yaml.SafeLoader):
    """YAML that refuses a key given twice (PyYAML would keep the last one silently)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Dict[Any, Any]:
    seen = set()
    for key_node, _ in node.value:
        name = loader.construct_object(key_node, deep=deep)
        if name in seen:
            raise LexiconDataError(f"line {key_node.start_mark.line + 1}: {name!r} is given twice")
        seen.add(name)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@functools.lru_cache(maxsize=None)
def yaml_file(name: str) -> Dict[str, Any]:
    """The mapping of a YAML file of the lexicon (`"aids_fr.yaml"`), read once."""
    path = FOLDER / name
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_StrictLoader)
    except FileNotFoundError:
        raise LexiconDataError(f"{path}: file not found") from None
    except LexiconDataError as error:
        raise LexiconDataError(f"{name} {error}") from None
    except yaml.YAMLError as error:
        raise LexiconDataError(f"{name}: not valid YAML ({' '.join(str(error).split())})") from None
    if not isinstance(data, dict):
        raise LexiconDataError(f"{name}: expected a mapping at the top")
    for name_of_key in data:
        if not isinstance(name_of_key, str):
            # YAML reads yes/no/on/off as booleans: such a key must be quoted.
            raise LexiconDataError(f"{name}: key {name_of_key!r} must be a quoted string")
    return data


def kind_file(kind: str, language: str) -> Dict[str, Any]:
    """The file of a kind in a language; an empty mapping when that language has none."""
    if (FOLDER / f"{kind}_{language}.yaml").exists():
        return yaml_file(f"{kind}_{language}.yaml")
    return {}


def checked_words(name: str, where: str, value: Any) -> Tuple[str, ...]:
    """`value` as a tuple of strings; one clear line naming the file and the place if it is not
    a list of words."""
    if not isinstance(value, list):
        raise LexiconDataError(f"{name}: {where} must be a list of words")
    for item in value:
        if not isinstance(item, str):
            # YAML reads on, off, yes, no as true or false, and digits as numbers.
            raise LexiconDataError(f"{name}: {where}: {item!r} must be quoted")
    return tuple(value)


def word_list(kind: str, section: str, language: Optional[str] = None) -> Tuple[str, ...]:
    """The words of a list section (as written), in one language or in both."""
    found: List[str] = []
    for lang in _languages(language):
        data = kind_file(kind, lang)
        if section in data:
            found.extend(checked_words(f"{kind}_{lang}.yaml", section, data[section]))
    return tuple(found)


def word_set(kind: str, section: str, language: Optional[str] = None) -> FrozenSet[str]:
    """The folded words of a list section (`key` of each), in one language or in both."""
    return frozenset(key(w) for w in word_list(kind, section, language))


def number_map(kind: str, section: str, language: Optional[str] = None) -> Dict[str, float]:
    """A section that maps words to numbers (`words`, `about_nouns`), folded."""
    found: Dict[str, float] = {}
    for lang in _languages(language):
        data = kind_file(kind, lang).get(section, {})
        if not isinstance(data, dict):
            raise LexiconDataError(f"{kind}_{lang}.yaml: {section} must map words to numbers")
        for word, number in data.items():
            if not isinstance(number, (int, float)) or isinstance(number, bool):
                raise LexiconDataError(f"{kind}_{lang}.yaml: {section}: {word!r} has no number")
            found[key(word)] = number
    return found


def lists_by_name(kind: str, section: str, language: Optional[str] = None) -> Dict[str, Tuple[str, ...]]:
    """A section that maps names to lists of words (`per`: period -> phrases), as written."""
    found: Dict[str, Tuple[str, ...]] = {}
    for lang in _languages(language):
        name = f"{kind}_{lang}.yaml"
        mapping = kind_file(kind, lang).get(section, {})
        if not isinstance(mapping, dict):
            raise LexiconDataError(f"{name}: {section} must map names to lists of words")
        for inner, items in mapping.items():
            found[inner] = found.get(inner, ()) + checked_words(name, f"{section}: {inner}", items)
    return found


def _languages(language: Optional[str]) -> Tuple[str, ...]:
    return LANGUAGES if language is None else (language,)


# --- meanings: what a word names ---------------------------------------------------------------

# In a phrase, "…" stands for a few words of any kind: "facture … impayée".
GAP = "…"


class Entry(NamedTuple):
    """A word or phrase of the lexicon and what it means."""

    words: Tuple[str, ...]  # folded words, GAP where other words may come: ("facture", "…", "impayee")
    value: Any  # a contract value, or (field, True/False) for facts
    kind: str
    language: str
    written: str  # as the file writes it


# Kinds whose file maps each value of a contract field to its words and phrases.
# `reasons` reads why a right is not received (actions/observatory/reasons.py).
# `outcomes` and `not_asked` read the replies to the follow-up of day 14 (actions/followup/answers.py).
KEYWORD_KINDS = ("aids", "housing", "household", "papers", "income_sources", "reasons", "outcomes", "not_asked")
# Sections of the answers files that are meanings (the others are patterns and context).
ANSWER_MEANINGS = ("none",)


def _entries_of(kind: str, language: str) -> List[Entry]:
    name = f"{kind}_{language}.yaml"
    data = kind_file(kind, language)
    pairs: List[Tuple[Any, str]] = []
    if kind in KEYWORD_KINDS:
        for value, phrases in data.items():
            pairs.extend((value, p) for p in checked_words(name, value, phrases))
    elif kind == "facts":
        for field, sides in data.items():
            if not isinstance(sides, dict) or not set(sides) <= {"yes", "no"}:
                raise LexiconDataError(f"{name}: {field} must have \"yes\" and/or \"no\" phrases")
            for side, phrases in sides.items():
                pairs.extend(((field, side == "yes"), p) for p in checked_words(name, field, phrases))
    elif kind == "answers":
        for value in ANSWER_MEANINGS:
            pairs.extend((value, p) for p in checked_words(name, value, data.get(value, [])))
    else:
        raise KeyError(f"no meanings in the kind {kind!r}")
    entries = []
    for value, phrase in pairs:
        parts = [key(part).split() for part in phrase.split(GAP)]
        folded = tuple(word for part in parts for word in part + [GAP])[:-1]
        if not all(parts):
            raise LexiconDataError(f"{name}: {value}: {phrase!r} has a part without letter or digit")
        entries.append(Entry(folded, value, kind, language, phrase))
    return entries


@functools.lru_cache(maxsize=None)
def entries(kind: str, language: Optional[str] = None) -> Tuple[Entry, ...]:
    """The words and phrases of a kind with what they mean, in one language or in both."""
    return tuple(e for lang in _languages(language) for e in _entries_of(kind, lang))


MEANING_KINDS = KEYWORD_KINDS + ("facts", "answers")


# --- communes and postal codes ------------------------------------------------------------------

class Commune(NamedTuple):
    id: str
    name_fr: str
    name_nl: str
    other_names: Tuple[str, ...]
    typo_tolerant_words: Tuple[str, ...]  # folded
    region_names: Tuple[str, ...]  # names of the City that also name the Region ("Bruxelles")


class PostalCode(NamedTuple):
    code: str
    communes: Tuple[str, ...]  # the commune that owns the code first
    shared: bool
    source: str


def _csv_rows(path: Path, columns: Tuple[str, ...]) -> List[Tuple[int, Dict[str, str]]]:
    name = path.name
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise LexiconDataError(f"{name}: missing column(s) {', '.join(missing)}")
            rows = []
            for row in reader:
                if None in row or any(v is None for v in row.values()):
                    raise LexiconDataError(f"{name} line {reader.line_num}: wrong number of cells")
                rows.append((reader.line_num, {k: v.strip() for k, v in row.items()}))
    except FileNotFoundError:
        raise LexiconDataError(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise LexiconDataError(f"{name}: not UTF-8 text") from None
    if not rows:
        raise LexiconDataError(f"{name}: no data rows")
    return rows


def _cell_list(cell: str) -> Tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


@functools.lru_cache(maxsize=1)
def communes() -> Tuple[Commune, ...]:
    """The 19 communes of the Region, with their names and usual misspellings."""
    columns = ("id", "name_fr", "name_nl", "other_names", "typo_tolerant_words", "region_names")
    found = []
    for line, row in _csv_rows(FOLDER / "communes.csv", columns):
        if not row["id"] or not row["name_fr"] or not row["name_nl"]:
            raise LexiconDataError(f"communes.csv line {line}: id, name_fr and name_nl are required")
        found.append(Commune(
            row["id"], row["name_fr"], row["name_nl"], _cell_list(row["other_names"]),
            tuple(key(w) for w in _cell_list(row["typo_tolerant_words"])),
            _cell_list(row["region_names"]),
        ))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def places_outside() -> Tuple[str, ...]:
    """Names of places clearly outside the Region (towns often named, other regions)."""
    names: List[str] = []
    for _, row in _csv_rows(FOLDER / "places_outside.csv", ("name_fr", "name_nl", "other_names")):
        names.extend(n for n in (row["name_fr"], row["name_nl"]) if n)
        names.extend(_cell_list(row["other_names"]))
    return tuple(names)


def read_postal_codes(path: Path) -> Dict[str, PostalCode]:
    """Read and check a postal codes file (the lexicon's, or a copy in a test)."""
    name = path.name
    ids = {c.id for c in communes()}
    found: Dict[str, PostalCode] = {}
    rows = _csv_rows(path, ("code", "communes", "shared", "source"))
    for line, row in rows:
        code, names = row["code"], _cell_list(row["communes"])
        where = f"{name} line {line}"
        if len(code) != 4 or not code.isdigit() or code.startswith("0"):
            raise LexiconDataError(f"{where}: code {code!r} is not a 4-digit postal code")
        if code in found:
            raise LexiconDataError(f"{where}: code {code} is given twice")
        unknown = [c for c in names if c not in ids]
        if not names or unknown:
            raise LexiconDataError(f"{where}: commune id {(unknown or [''])[0]!r} is not a commune of communes.csv")
        if row["shared"] not in ("yes", "no"):
            raise LexiconDataError(f"{where}: shared must be yes or no")
        if (row["shared"] == "yes") != (len(names) > 1):
            raise LexiconDataError(f"{where}: shared says {row['shared']} but {len(names)} commune(s) are listed")
        if not row["source"]:
            raise LexiconDataError(f"{where}: source is empty")
        found[code] = PostalCode(code, names, len(names) > 1, row["source"])
    return found


POSTAL_CODES_FILE = FOLDER / "postal_codes.csv"


@functools.lru_cache(maxsize=1)
def postal_codes() -> Dict[str, PostalCode]:
    """Every postal code of a commune of the Region, by code ("1050")."""
    return read_postal_codes(POSTAL_CODES_FILE)


# --- every word the lexicon knows ---------------------------------------------------------------

def _all_strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for name, inner in value.items():
            yield str(name)
            yield from _all_strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _all_strings(inner)


@functools.lru_cache(maxsize=1)
def known_words() -> FrozenSet[str]:
    """Every word written anywhere in the lexicon (patterns apart), folded.

    A typed word that is one of them is that word, never a misspelling of another.
    """
    found = set()
    for path in sorted(FOLDER.glob("*_*.yaml")):
        data = yaml_file(path.name)
        for section, value in data.items():
            if section in ("patterns", "fillers") and path.name.startswith("answers_"):
                continue  # regular expressions, not words
            for text in _all_strings(value):
                found.update(key(text).split())
    for commune in communes():
        for name in (commune.name_fr, commune.name_nl) + commune.other_names + commune.region_names:
            found.update(key(name).split())
    for name in places_outside():
        found.update(key(name).split())
    return frozenset(w for w in found if not w.isdigit())
