"""The commune a resident names: French or Dutch name, postal code, abbreviation or misspelling.

`find_places(text)` returns entities (dicts with entity, value, start, end):

- `commune` with a commune id of the contract (`schaerbeek`, `bruxelles`, ...), or
  `outside_brussels` for a place clearly outside the Region (a Belgian postal code outside
  1000-1299, a well-known town such as Liège, Gent, Namur, "buiten Brussel").
- `postal_code` with the code as a string ("1050") when the code does not settle the commune:
  1000, 1040 and 1050 are shared with Bruxelles-Ville (reference section 17), and codes of the
  Region that belong to no commune of the list. The bot then asks for the commune; it never guesses.

Rules, in the order they apply:

1. Names are matched on words of the folded text (no accents, lower case; "St-Gilles",
   "saint gilles", "sint gillis", "stgilles" are the same). Saint/Sint/St/Ste are one word.
2. A misspelling is accepted only on the long words of the official names (`FUZZY_NAMES`, 7
   letters or more): one edit, or two from 10 letters when the first three letters and the last
   one are right; same first letter; never a word of the stop list. Ordinary words ("seule",
   "alleen", "forêt", "waterval") must not turn into communes: a test runs every French and Dutch
   word of spaCy's lookup tables through the parser. Shorter names and the towns outside have
   their usual misspellings listed as aliases instead ("ixelle", "ukel").
3. "Bruxelles", "Brussel", "bxl" alone mean the City of Brussels (commune `bruxelles`) unless the
   message names something more precise (another commune, a postal code, a place outside): then
   the word is the Region of the address ("1030 Bruxelles") and is dropped. "Région bruxelloise",
   "Bruxelles-Capitale", "Brussels Gewest" name the Region and give no commune.
4. Postal codes: a four-digit number is read as a postal code only when the context says so (see
   `postal_code_spans`), or when the message is nothing but that number. "Je gagne 1200 €" is not
   Woluwe-Saint-Lambert.
5. "Woluwe" alone, "Saint-Pierre" alone, "Saint-Jean" alone are ambiguous and give nothing.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple

from nlu.components.text_normalization import Word, damerau_levenshtein, fold, words

OUTSIDE = "outside_brussels"

# Postal code -> commune id, for codes that belong to one commune only.
POSTAL_CODES: Dict[int, str] = {
    1020: "bruxelles",  # Laeken
    1030: "schaerbeek",
    1060: "saint_gilles",
    1070: "anderlecht",
    1080: "molenbeek",
    1081: "koekelberg",
    1082: "berchem_sainte_agathe",
    1083: "ganshoren",
    1090: "jette",
    1120: "bruxelles",  # Neder-Over-Heembeek
    1130: "bruxelles",  # Haren
    1140: "evere",
    1150: "woluwe_saint_pierre",
    1160: "auderghem",
    1170: "watermael_boitsfort",
    1180: "uccle",
    1190: "forest",
    1200: "woluwe_saint_lambert",
    1210: "saint_josse",
}
# Shared with Bruxelles-Ville (reference section 17): the bot asks for the commune.
SHARED_POSTAL_CODES = frozenset({1000, 1040, 1050})
REGION_CODES = range(1000, 1300)
BELGIAN_CODES = range(1000, 10000)

# Names and aliases, folded, words separated by spaces ("st" stands for saint/sint/ste...).
COMMUNE_ALIASES: Dict[str, Sequence[str]] = {
    "anderlecht": ["anderlecht", "anderlect", "anderleck", "anderlek", "anderleght", "cureghem",
                   "kuregem", "kureghem"],
    "auderghem": ["auderghem", "oudergem", "audergem", "oderghem", "odergem", "audergham"],
    "berchem_sainte_agathe": ["berchem st agathe", "st agatha berchem", "berchem st agatha",
                              "berchem", "st agathe", "st agatha", "bsa"],
    "bruxelles": ["ville de bruxelles", "bruxelles ville", "bxl ville", "bruxelles centre",
                  "bxl centre", "stad brussel", "brussel stad", "brussel centrum", "pentagone",
                  "laeken", "laken", "laeke", "neder over heembeek", "neder over hembeek",
                  "neder heembeek", "over heembeek", "heembeek", "noh", "haren"],
    "etterbeek": ["etterbeek", "eterbeek", "etterbeck"],
    "evere": ["evere", "evre", "everre"],
    "forest": ["forest", "forrest", "vorst"],
    "ganshoren": ["ganshoren", "ganshorn"],
    "ixelles": ["ixelles", "ixelle", "ixel", "ixell", "ixels", "ixeles", "elsene", "elsen"],
    "jette": ["jette"],
    "koekelberg": ["koekelberg", "koekelberch", "kokelberg", "koeckelberg"],
    "molenbeek": ["molenbeek st jean", "st jans molenbeek", "st jan molenbeek", "molenbeek",
                  "molembeek", "molenbek", "molenbeck", "molem"],
    "saint_gilles": ["st gilles", "st gillis", "st gille", "st giles", "st gil", "st gilis"],
    "saint_josse": ["st josse ten noode", "st joost ten node", "st josse", "st joost", "st jos",
                    "st jose", "st joos"],
    "schaerbeek": ["schaerbeek", "schaarbeek", "schaerbeck", "scharbeek", "schaarbeck",
                   "chaerbeek", "shaerbeek", "schaerbeck"],
    "uccle": ["uccle", "ukkel", "ucle", "ukel", "uccel", "ukle", "uccles"],
    "watermael_boitsfort": ["watermael boitsfort", "watermaal bosvoorde", "watermael",
                            "watermaal", "boitsfort", "boisfort", "bosvoorde"],
    "woluwe_saint_lambert": ["woluwe st lambert", "st lambrechts woluwe", "woluwe lambert",
                             "st lambert", "st lambrechts", "wsl", "w s l"],
    "woluwe_saint_pierre": ["woluwe st pierre", "st pieters woluwe", "woluwe pierre", "wsp",
                            "w s p"],
}
# The word for the city that is also the word for the Region: see rule 3.
GENERIC_BRUXELLES_ALIASES = ["bruxelles", "bruxelle", "bruxel", "brussel", "brussels", "bxl",
                             "brux", "bruxels", "bruxells", "brusel"]

# Places clearly outside the Region (towns of Belgium most often named; regions).
OUTSIDE_ALIASES = [
    "liege", "luik", "gent", "gand", "ghent", "antwerpen", "anvers", "antwerp", "namur",
    "charleroi", "mons", "leuven", "louvain", "louvain la neuve", "brugge", "bruges", "mechelen",
    "malines", "hasselt", "oostende", "ostende", "kortrijk", "courtrai", "tournai", "doornik",
    "verviers", "arlon", "genk", "aalst", "alost", "wavre", "waver", "nivelles", "nijvel",
    "vilvoorde", "vilvorde", "zaventem", "halle", "dilbeek", "grimbergen", "asse", "wemmel",
    "kraainem", "crainhem", "wezembeek", "tervuren", "overijse", "hoeilaart", "linkebeek",
    "drogenbos", "beersel", "machelen", "zellik", "ottignies", "waterloo", "braine l alleud",
    "la louviere", "mouscron", "moeskroen", "st niklaas", "roeselare", "seraing", "tubize",
    "st genesius rode", "rhode st genese", "st pieters leeuw", "st stevens woluwe",
    "st gillis waas", "wallonie", "wallonia", "flandre", "vlaanderen", "flanders",
    "brabant wallon", "waals brabant", "vlaams brabant", "brabant flamand",
]

# Words the fuzzy matching must never turn into a commune (checked against French and Dutch
# vocabularies: see tests/nlu/components).
FUZZY_STOP_WORDS = frozenset(
    """
    schaakboek ankerlicht koepelberg bussel bussels molenbeken bruxellois bruxelloise
    """.split()
)
# Only these words of the names accept a misspelling (rule 2): the official French and Dutch
# words of 7 letters or more. Not the towns outside, and not "watermael"/"watermaal", which one
# edit turns into Dutch compounds ("waterval", "waterman").
FUZZY_NAMES = frozenset(
    """
    anderlecht auderghem oudergem berchem etterbeek ganshoren ixelles koekelberg molenbeek
    schaerbeek schaarbeek boitsfort bosvoorde bruxelles brussel lambrechts heembeek
    """.split()
)

_SAINT = {"saint", "sainte", "st", "ste", "sint", "sts", "stt"}
_JETTE_PRONOUNS = {"je", "j", "il", "elle", "on", "tu", "qui", "ne", "me", "te", "se", "le", "la",
                   "l", "les", "en", "lui", "nous", "vous", "ils", "elles", "leur"}

_POSTAL_KEYWORDS = {"postal", "postale", "cp", "postcode", "postnummer", "zip", "code",
                    "codepostal", "postcodes"}
_RESIDENCE_WORDS = {"habite", "habites", "habitons", "habitez", "habitent", "habiter", "hab",
                    "vis", "vit", "vivons", "vivez", "reside", "residons", "domicilie",
                    "domiciliee", "domicile", "woon", "woont", "wonen", "woonachtig", "woonde",
                    "wooon", "adresse", "adres", "commune", "gemeente", "quartier", "wijk"}
_PREPOSITIONS = {"a", "au", "en", "in", "te", "op", "sur", "dans", "de", "du", "la", "le", "j",
                 "ik", "je", "nous", "we", "wij", "mijn", "ma", "mon", "is", "est", "c", "ici",
                 "hier", "nu", "maintenant", "actuellement", "momenteel"}
# Words next to which a four-digit number is a postal code although they name no commune alone.
_PLACE_HINTS = {"woluwe", "belgique", "belgie", "belgium", "bruxelles", "brussel", "bxl"}
_MONEY_WORDS = {"euro", "euros", "eur", "e", "eu", "balles", "k", "net", "netto", "brut",
                "bruto", "par", "per", "mois", "maand", "fr", "frank"}
_FILLERS = {"euh", "heu", "bah", "ben", "bon", "hm", "hmm", "alors", "ok", "oui", "ja", "c", "est",
            "cest", "moi", "ik", "het", "is", "mijn", "ma", "mon", "code", "postal", "postcode",
            "cp", "j", "habite", "woon", "in", "a", "te", "au"}

_REGION_PATTERNS = [
    re.compile(r"\bregion\s+(?:de\s+)?(?:bruxelles|bxl)(?:[\s-]+capitale)?\b"),
    re.compile(r"\bregion\s+bruxelloise\b"),
    re.compile(r"\b(?:bruxelles|bxl)[\s-]+capitale\b"),
    re.compile(r"\bbrussels?\s+(?:hoofdstedelijk\s+)?gewest\b"),
    re.compile(r"\bgewest\s+brussel\b"),
    re.compile(r"\bbrussels\s+(?:capital\s+)?region\b"),
]
_OUTSIDE_PATTERNS = [
    re.compile(r"\b(?:en\s+)?dehors\s+de\s+(?:bruxelles|bxl)\b"),
    re.compile(r"\bhors\s+(?:de\s+)?(?:bruxelles|bxl)\b"),
    re.compile(r"\b(?:pas|plus|jamais)\s+(?:a|sur|dans|en)\s+(?:region\s+)?(?:bruxelles|bxl)\b"),
    re.compile(r"\bbuiten\s+(?:het\s+)?brussel\b"),
    re.compile(r"\bniet\s+(?:meer\s+)?in\s+brussel\b"),
]


class _Alias(NamedTuple):
    words: Tuple[str, ...]
    value: str
    generic: bool


class _Match(NamedTuple):
    start: int  # character offsets
    end: int
    value: str
    generic: bool
    first_word: int  # word indexes
    last_word: int


def _canonical(word: str) -> str:
    return "st" if word in _SAINT else word


def _build_aliases() -> List[_Alias]:
    aliases: List[_Alias] = []

    def add(text: str, value: str, generic: bool = False) -> None:
        tokens = tuple(_canonical(w.text) for w in words(fold(text)))
        aliases.append(_Alias(tokens, value, generic))
        if len(tokens) > 1:  # the same name typed without spaces: "stgilles", "woluwestlambert"
            for saint in ("st", "saint", "sint", "ste"):
                glued = "".join(saint if t == "st" else t for t in tokens)
                aliases.append(_Alias((glued,), value, generic))

    for commune, names in COMMUNE_ALIASES.items():
        for name in names:
            add(name, commune)
    for name in GENERIC_BRUXELLES_ALIASES:
        add(name, "bruxelles", generic=True)
    for name in OUTSIDE_ALIASES:
        add(name, OUTSIDE)
    # Longest first, so "molenbeek st jean" wins over "molenbeek".
    unique = {a.words: a for a in aliases}
    return sorted(unique.values(), key=lambda a: -len(a.words))


_ALIASES = _build_aliases()
_ALIAS_FIRST_WORDS: Dict[str, List[_Alias]] = {}
for _alias in _ALIASES:
    _ALIAS_FIRST_WORDS.setdefault(_alias.words[0], []).append(_alias)
_FUZZY_BY_INITIAL: Dict[str, List[str]] = {}
for _name in sorted(FUZZY_NAMES):
    _FUZZY_BY_INITIAL.setdefault(_name[0], []).append(_name)


def _fuzzy_equal(typed: str, name: str) -> bool:
    """A misspelling of a long word of a name (rule 2).

    One edit for names of 7 to 9 letters; two edits from 10 letters, if the first three letters
    and the last one are right ("anderlect", "schaerbek", "ganshorn", "molenbeck").
    """
    if name not in FUZZY_NAMES or len(typed) < 6 or not typed.isalpha():
        return False
    if typed in FUZZY_STOP_WORDS or typed[0] != name[0]:
        return False
    distance = damerau_levenshtein(typed, name, 2)
    if distance <= 1:
        return True
    return distance == 2 and len(name) >= 10 and typed[:3] == name[:3] and typed[-1] == name[-1]


def _word_matches(typed: str, name: str) -> Optional[bool]:
    """True for an exact match, False for a fuzzy one, None for no match."""
    if typed == name:
        return True
    if _fuzzy_equal(typed, name):
        return False
    return None


def _candidates(first: str) -> Iterable[_Alias]:
    exact = _ALIAS_FIRST_WORDS.get(first, [])
    if exact:
        yield from exact
    for target in _FUZZY_BY_INITIAL.get(first[:1], ()):
        if target != first and abs(len(target) - len(first)) <= 2 and _fuzzy_equal(first, target):
            yield from _ALIAS_FIRST_WORDS.get(target, [])


def _name_matches(folded: str, tokens: List[Word]) -> List[_Match]:
    canon = [_canonical(t.text) for t in tokens]
    matches: List[_Match] = []
    i = 0
    while i < len(tokens):
        best: Optional[Tuple[int, bool, _Alias]] = None  # (length, exact, alias)
        for alias in _candidates(canon[i]):
            n = len(alias.words)
            if i + n > len(tokens):
                continue
            exact = True
            for k in range(n):
                found = _word_matches(canon[i + k], alias.words[k])
                if found is None:
                    exact = None
                    break
                exact = exact and found
            if exact is None:
                continue
            key = (n, exact)
            if best is None or key > (best[0], best[1]):
                best = (n, exact, alias)
        if best is None:
            i += 1
            continue
        n, _, alias = best
        if alias.words == ("jette",) and i > 0 and canon[i - 1] in _JETTE_PRONOUNS:
            i += 1  # "je jette", "on le jette": the verb jeter
            continue
        matches.append(
            _Match(tokens[i].start, tokens[i + n - 1].end, alias.value, alias.generic, i, i + n - 1)
        )
        i += n
    return matches


def _four_digit_codes(text: str, folded: str, tokens: List[Word]) -> List[int]:
    """Indexes of words that are a bare four-digit number (no thousands dot, no decimals)."""
    found = []
    for index, token in enumerate(tokens):
        if len(token.text) != 4 or not token.text.isdigit():
            continue
        before = folded[max(0, token.start - 2):token.start]
        after = folded[token.end:token.end + 2]
        if re.search(r"[\d][.,' ]?$", before) or re.match(r"^[.,' ]?\d", after):
            continue  # part of a longer number: "1.030.000", "1030,50", "2 1030"
        if "€" in folded[max(0, token.start - 3):token.end + 3] or "$" in after:
            continue
        found.append(index)
    return found


def _is_money(tokens: List[Word], index: int, folded: str) -> bool:
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in _MONEY_WORDS:
        return True
    gap = folded[tokens[index].end:tokens[index + 1].start] if following else ""
    return "/" in gap  # "1200/mois"


def _postal_context(
    tokens: List[Word], index: int, matches: List[_Match], folded: str
) -> bool:
    """Whether the four-digit number at `index` is clearly a postal code (rule 4)."""
    if _is_money(tokens, index, folded):
        return False
    previous = [t.text for t in tokens[max(0, index - 3):index]]
    if any(w in _POSTAL_KEYWORDS for w in previous[-2:]):
        return True
    for match in matches:  # a place name right before or right after: "1030 Schaerbeek"
        if match.first_word == index + 1 or match.last_word == index - 1:
            return True
    neighbours = {tokens[i].text for i in (index - 1, index + 1) if 0 <= i < len(tokens)}
    if neighbours & _PLACE_HINTS:  # "1200 Woluwe", "1000 Belgique"
        return True
    # A residence word before, with only small words between: "j'habite à 1030", "ik woon in 1080".
    for back in range(index - 1, max(-1, index - 5), -1):
        word = tokens[back].text
        if word in _RESIDENCE_WORDS:
            return True
        if word not in _PREPOSITIONS:
            break
    return False


def _only_a_number(tokens: List[Word], index: int) -> bool:
    others = [t.text for i, t in enumerate(tokens) if i != index and t.text not in _FILLERS]
    return not others


def _code_entity(code: int, start: int, end: int) -> Optional[Dict]:
    if code in SHARED_POSTAL_CODES:
        return {"entity": "postal_code", "value": str(code), "start": start, "end": end}
    if code in POSTAL_CODES:
        return {"entity": "commune", "value": POSTAL_CODES[code], "start": start, "end": end}
    if code in REGION_CODES:
        return {"entity": "postal_code", "value": str(code), "start": start, "end": end}
    if code in BELGIAN_CODES:
        return {"entity": "commune", "value": OUTSIDE, "start": start, "end": end}
    return None


def _analyse(text: str):
    folded = fold(text)
    tokens = words(folded)
    blocked: List[Tuple[int, int]] = []
    outside_phrases: List[Tuple[int, int]] = []
    for pattern in _OUTSIDE_PATTERNS:
        for m in pattern.finditer(folded):
            outside_phrases.append((m.start(), m.end()))
    for pattern in _REGION_PATTERNS:
        for m in pattern.finditer(folded):
            blocked.append((m.start(), m.end()))
    covered = blocked + outside_phrases
    matches = [
        m for m in _name_matches(folded, tokens)
        if not any(s <= m.start and m.end <= e for s, e in covered)
    ]
    codes = _four_digit_codes(text, folded, tokens)
    postal = [i for i in codes if _postal_context(tokens, i, matches, folded)]
    bare = [i for i in codes if i not in postal and _only_a_number(tokens, i)]
    return folded, tokens, matches, postal, bare, outside_phrases


def postal_code_spans(text: str) -> List[Tuple[int, int]]:
    """Spans of four-digit numbers that are clearly postal codes, which are not amounts.

    A four-digit number with no thousands separator, no decimals and no currency is a postal
    code when it follows "code postal" / "cp" / "postcode", when a place name comes right before
    or after it ("1030 Schaerbeek", "Ixelles 1050", "4000 Liège"), or when it follows a residence
    word with only small words between ("j'habite à 1030", "ik woon in 1080"). A number alone in
    the message ("1030") is NOT in this list: it may answer a question about an amount as well.
    """
    _, tokens, _, postal, _, _ = _analyse(text)
    return [(tokens[i].start, tokens[i].end) for i in postal]


def find_places(text: str) -> List[Dict]:
    """Entities `commune` and `postal_code` in a message (see the module docstring)."""
    folded, tokens, matches, postal, bare, outside_phrases = _analyse(text)
    entities: List[Dict] = []
    precise = False
    for start, end in outside_phrases:
        entities.append({"entity": "commune", "value": OUTSIDE, "start": start, "end": end})
        precise = True
    code_entities = []
    for index in postal + bare:
        token = tokens[index]
        entity = _code_entity(int(token.text), token.start, token.end)
        if entity is None:
            continue
        named_next_to_it = [
            m for m in matches
            if not m.generic and (m.first_word == index + 1 or m.last_word == index - 1)
        ]
        if entity["entity"] == "postal_code" and named_next_to_it:
            continue  # "1050 Ixelles": the name says which commune
        code_entities.append(entity)
        precise = True
    if any(not m.generic for m in matches):
        precise = True
    for m in matches:
        if m.generic and precise:
            continue  # "1030 Bruxelles": the Region of the address
        entities.append({"entity": "commune", "value": m.value, "start": m.start, "end": m.end})
    entities.extend(code_entities)
    entities.sort(key=lambda e: e["start"])
    seen: Set[Tuple[str, str]] = set()
    unique = []
    for entity in entities:
        key = (entity["entity"], entity["value"])
        if key in seen:
            continue
        seen.add(key)
        unique.append(entity)
    return unique
