"""Numbers and amounts in what residents type, in digits or in words, French or Dutch.

`find_numbers_in(text, language)` returns entities `number` (dicts with entity, value, start,
end; `value` an int when whole, else a float), with two optional keys:

- `"approximate": True` for "dans les 900", "environ 900", "+- 900", "ongeveer 900", "ca. 900",
  "900 ofzo", "une centaine", "een twintigtal" (French "ça" is not "ca.");
- `"unit": "euro"` next to €, EUR, euro(s), balles; `"unit": "year"` before ans / jaar.

Digits. "1.250" and "1 250" and "1,250" are 1250 (a dot, a space or a comma followed by exactly
three digits separates thousands, the Belgian way); "1250,50", "1.250,50" and "12.5" carry
decimals (one or two digits after the separator); "2k" / "1,5k" are thousands; "1250,-" is 1250.
Numbers starting with 0 ("0475...") are phone numbers, not amounts; dates ("12/03/1980") and phone
numbers give nothing, and so do house numbers next to a street word ("au 25 rue Haute", "rue
Haute 296", "Ninoofsesteenweg 12 bus 3").

Words. text2num (Rust, 3.x) reads French with the Belgian forms (septante, huitante, nonante,
quatre-vingt-dix, soixante-douze) and Dutch with compounds (twaalfhonderd, tweeëntwintig); the
message is read in its language first, then in the other one, so mixed messages work. Spoken
French drops "cents" after mille: "mille deux" is read as 1200, not 1002. Residents omit the
diaeresis: "tweeentwintig" is repaired before parsing. "un", "une", "een" are articles far more
often than numbers: they count as 1 only before a countable word ("un enfant", "een kind", "une
fille") or alone; "één" with accents is always 1. "À deux", "tous les deux" are not counts.

Zero. "0", "zéro" are 0. "rien", "aucun(e)", "geen", "niks", "niets", "nul", "nada" are 0 only when
the message is about an amount or a count: the word alone ("rien", "non rien", "geen"), before a
countable word ("aucun enfant", "geen kinderen", "nul euro"), or after a verb of having or earning
with nothing but small words after it ("je gagne rien", "ik verdien niks per maand", "j'ai rien";
not "ik heb geen werk"). "Pas de / sans / zonder" before a countable word ("pas d'enfants", "sans
revenus", "zonder inkomen") is 0 as well. "Je sais rien", "de rien", "geen idee", "c'est nul"
give nothing. A zero said twice ("niks, nada") is one entity.

Postal codes. A four-digit number that is clearly a postal code is not a number: it follows "code
postal" / "cp" / "postcode", a place name comes right before or after it ("1030 Schaerbeek",
"4000 Liège"), or it follows a residence word ("j'habite à 1030", "ik woon in 1080"); see
`commune_parsing.postal_code_spans`. A four-digit number alone ("1030") stays a number: it may
answer a question about income, and the commune extractor reads it as a postal code too; the
form that asked the question picks the entity it needs.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from text_to_num import find_numbers as _t2n_find_numbers

from nlu.components.commune_parsing import postal_code_spans
from nlu.components.text_normalization import fold, words

LANGUAGES = ("fr", "nl")

# Words that are counted one by one: "un enfant", "een kind" are 1, "aucun enfant" is 0.
COUNT_WORDS = frozenset(
    """
    enfant enfants enfan enfans gosse gosses gamin gamins gamine gamines fils fille filles bebe
    bebes kid kids ado ados personne personnes pers an ans annee annees mois euro euros
    frere freres soeur soeurs colocataire colocataires garcon garcons fiston jumeau jumeaux
    jumelle jumelles petit-enfant petits-enfants
    jongen jongens meisje meisjes tweeling
    kind kinderen kinders zoon zonen zoons dochter dochters baby babys persoon personen
    jaar jaren maand maanden broer broers zus zussen zuster zusters huisgenoot huisgenoten
    """.split()
)
# Words of an amount: "pas de revenus", "geen inkomen" are 0 ("un salaire" is not 1).
AMOUNT_WORDS = frozenset(
    """
    eur balle balles revenu revenus salaire salaires argent sou sous rond centime centimes
    allocation allocations indemnite indemnites ressource ressources rentree rentrees pension
    pensions rente rentes chomage loyer
    inkomen inkomens inkomsten loon lonen salaris geld cent cents uitkering uitkeringen
    pensioen leefloon werkloosheidsuitkering frank
    """.split()
)
COUNTABLE_WORDS = COUNT_WORDS | AMOUNT_WORDS
_ADJECTIVES_BETWEEN = frozenset(
    "seul seule petit petite petits petites grand grande enkel enkele klein kleine enig enige "
    "jeune jeunes jong jonge".split()
)
_ZERO_WORDS = frozenset("rien aucun aucune geen niks niets nul nada nothing none".split())
_HAVE_OR_EARN = frozenset(
    """
    ai a avons avez ont gagne gagnes gagnons gagnez gagnent touche touches touchons touchez
    recois recoit recevons percois percoit perçois ramene rentre
    heb hebt heeft hebben verdien verdient verdienen krijg krijgt krijgen ontvang ontvangt
    ontvangen trek trekt
    """.split()
)
_ZERO_FILLERS = frozenset(
    "euh heu bah ben bon alors non nee neen nn ah oh hm hmm je j moi ik wij we nous on "
    "ne n pas du tout helemaal absoluut echt vraiment pour l instant moment nu momenteel "
    "maintenant actuellement euro euros eur de op en dit ce cette mois maand par per net netto "
    "rien niks niets nada".split()
)
# Words that make a zero word something else: "je sais rien", "geen idee", "de rien".
_ZERO_BLOCKERS = frozenset(
    """
    sais sait savoir idee idea compris comprends comprend commentaire commentaires probleme
    problemes souci soucis merci voir regarde faire dire weet weten idee commentaar probleem
    zorgen dank bedankt flauw gedacht benul zin
    """.split()
)

_ONE_WORDS = frozenset({"un", "une", "een"})
_NOT_A_HUNDRED_BEFORE = frozenset({"geen", "pas", "sans", "zonder", "een", "un", "rooie", "rode"})

_APPROX_BEFORE = re.compile(
    r"(?:\bdans\s+les|\benviron|\benv\.?|\ba\s+peu\s+pres(?:\s+de)?|\bplus\s+ou\s+moins"
    r"|\+\s*/?\s*-|\+-|±|~|\bpresque|\bpres\s+de|\bquasi(?:ment)?|\bautour\s+d[e']"
    r"|\bvers\s+les|\bgenre|\bapprox\.?|\bapproximativement|\bgrosso\s+modo"
    r"|\bpas\s+loin\s+d[e']|\bun\s+peu\s+(?:plus|moins)\s+d[e']|\bdans\s+le[s]?\s+environs\s+de"
    r"|\bongeveer|\bong\.|\bca\.|\bc\.a\.|\brond\s+de|\brondom|\brond|\bzo\s*'?\s*n|\bzowat|\bcirca|\bbijna"
    r"|\bpakweg|\bruwweg|\bplusminus|\bmin\s+of\s+meer|\bom\s+en\s+bij|\biets\s+(?:meer|minder)\s+dan"
    r"|\been\s+(?:kleine|goeie|goede|dikke)|\been\s+stuk\s+of)"
    r"\s*(?:de\s+|d'\s*|les\s+|van\s+|€\s*)?$"
)
_APPROX_AFTER = re.compile(
    r"^\s*(?:€|euros?\b|eur\b|balles\b|par\s+mois\b|per\s+maand\b|/\s*mois\b|/\s*maand\b)?\s*,?\s*"
    r"(?:environ|a\s+peu\s+pres|plus\s+ou\s+moins|\+\s*/?\s*-|±|ongeveer|of\s*zo\b|ou\s+(?:un\s+truc\s+)?comme\s+ca"
    r"|ou\s+quelque\s+chose|et\s+quelques|et\s+des\s+poussieres|et\s+des\s+broutilles|en\s+wat"
    r"|en\s+een\s+beetje|grosso\s+modo|min\s+of\s+meer|approx|max\s+ou\s+min)"
)
_APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "septantaine": 70,
    "huitantaine": 80, "nonantaine": 90, "centaine": 100, "millier": 1000,
    "tiental": 10, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50,
    "zestigtal": 60, "zeventigtal": 70, "tachtigtal": 80, "negentigtal": 90, "honderdtal": 100,
    "duizendtal": 1000,
}
_APPROX_NOUN = re.compile(
    r"\b(?:(?:une|un|een)\s+)?(" + "|".join(_APPROX_NOUNS) + r")s?\b"
)

_DIGITS = re.compile(
    r"(?<![\d])"
    r"(?P<int>\d{1,3}(?P<sep>[.,' ])\d{3}(?:(?P=sep)\d{3})*(?!\d)|\d+)"
    r"(?:(?P<decsep>[.,])(?P<dec>\d{1,2})(?!\d))?"
    r"(?P<k>\s?k\b)?"
)
_CURRENCY_AFTER = re.compile(r"^\s?(?:€|eur(?:o?s?)?\b|e\b|balles\b|,-|\.-)")
_CURRENCY_BEFORE = re.compile(r"(?:€|\beur|\beuros?)\s?$")
_YEARS_AFTER = re.compile(r"^(?:\s?(?:ans?\b|jaar\b|jaren\b|jarig)|a\b)")  # "45a", not "2 a charge"
_ORDINAL_AFTER = re.compile(r"^(?:er|ere|eme|ieme|de|ste|e)\b")
_DATE = re.compile(r"(?<!\d)\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}(?!\d)|(?<![\d.,])\d{1,2}/\d{1,2}(?![\d/])")
_PHONE = re.compile(
    r"(?:\+|00)\s?32[\s./]?\d{1,3}(?:[\s./]?\d{2,3}){2,4}"
    r"|(?<!\d)0\d{1,3}(?:[\s./]?\d{2,3}){2,4}(?!\d)"
)
_DIAERESIS = re.compile(
    r"(twee|drie)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
)
_WORD_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*|\d+|[^\sa-z\d]")


class _Tok:
    """A token as text2num's `find_numbers` wants it."""

    __slots__ = ("_text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self.start = start
        self.end = end

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: "_Tok") -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _as_number(value: float):
    return int(value) if float(value).is_integer() else round(float(value), 2)


def _overlaps(start: int, end: int, spans: Iterable[Tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _entity(value, start: int, end: int, **extra) -> Dict:
    entity = {"entity": "number", "value": _as_number(value), "start": start, "end": end}
    entity.update({k: v for k, v in extra.items() if v})
    return entity


_STREET_WORDS = frozenset(
    """
    rue r av ave avenue chaussee chee chaus boulevard bd bld place pl square sq allee drève dreve
    quai impasse clos parvis galerie straat str laan steenweg stwg plein lei dreef kaai steeg
    pad hof markt boite bte bus numero nr
    """.split()
)


def _street_numbers(folded: str) -> List[Tuple[int, int]]:
    """House and box numbers: a number right before or shortly after a street word.

    "j'habite au 25 rue Haute", "rue Haute 296", "Ninoofsesteenweg 12 bus 3".
    """
    spans = []
    tokens = words(folded)
    for index, token in enumerate(tokens):
        if not token.text.isdigit() or len(token.text) > 4:
            continue
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        before = [t.text for t in tokens[max(0, index - 4):index]]
        glued = [t.text for t in tokens[max(0, index - 3):index] if t.text.endswith(
            ("straat", "laan", "steenweg", "plein", "dreef", "kaai", "lei"))]
        if following in _STREET_WORDS or any(w in _STREET_WORDS for w in before) or glued:
            if not _CURRENCY_AFTER.match(folded[token.end:]):
                spans.append((token.start, token.end))
    return spans


def _digit_numbers(folded: str, masked: List[Tuple[int, int]]) -> List[Dict]:
    found = []
    for m in _DIGITS.finditer(folded):
        start, end = m.start(), m.end("dec") if m.group("dec") else m.end("int")
        if _overlaps(start, end, masked):
            continue
        integer, separator = m.group("int"), m.group("sep")
        if integer.startswith("0") and len(integer) > 1 and not separator:
            continue  # a phone number or an identifier, not an amount
        after = folded[end:]
        if _ORDINAL_AFTER.match(after) and not (after[:1] == "e" and len(integer) >= 3):
            continue  # "2e enfant", "1er"; but "900e" is 900 euros
        value = float(integer.replace(separator, "") if separator else integer)
        if m.group("dec"):
            value += float("0." + m.group("dec"))
        if m.group("k"):
            value *= 1000
            end = m.end("k")
            after = folded[end:]
        unit = None
        if _CURRENCY_AFTER.match(after) or _CURRENCY_BEFORE.search(folded[max(0, start - 6):start]):
            unit = "euro"
        elif _YEARS_AFTER.match(after):
            unit = "year"
        found.append(_entity(value, start, end, unit=unit))
    return found


def _word_tokens(folded: str) -> List[_Tok]:
    tokens = []
    for m in _WORD_TOKEN.finditer(folded):
        text = m.group()
        if text.isdigit():
            text = "§"  # digits are read separately; they break a sequence of words
        else:
            text = _DIAERESIS.sub(r"\1ën\2", text)
            if text == "zero":
                text = "zéro"
        tokens.append(_Tok(text, m.start(), m.end()))
    return tokens


_UNITS_FR = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
             "neuf": 9}


def _spoken_thousands(tokens: Sequence[_Tok], value: float) -> float:
    """Spoken French drops "cents" after mille: "mille deux" is 1200, "deux mille cinq" 2500.

    Nobody earns or pays exactly 1002 euros; "je gagne mille deux" means 1200.
    """
    texts = [t.text() for t in tokens]
    if len(texts) >= 2 and texts[-2] == "mille" and texts[-1] in _UNITS_FR:
        return value - _UNITS_FR[texts[-1]] + 100 * _UNITS_FR[texts[-1]]
    return value


def _followed_by_countable(folded: str, end: int, nouns=COUNTABLE_WORDS) -> bool:
    following = [w.text for w in words(folded[end:])[:3]]
    for word in following:
        if word in nouns:
            return True
        if word not in _ADJECTIVES_BETWEEN and word not in {"d", "de"}:
            return False
    return False


def _alone(folded: str, start: int, end: int, fillers: Sequence[str] = ()) -> bool:
    others = [w.text for w in words(folded[:start] + " " + folded[end:])]
    return all(w in fillers for w in others)


def _word_numbers(text: str, folded: str, language: str, masked) -> List[Dict]:
    tokens = _word_tokens(folded)
    order = [language] + [l for l in LANGUAGES if l != language]
    candidates = []
    for rank, lang in enumerate(order):
        for occurrence in _t2n_find_numbers(tokens, lang, 0):
            if occurrence.is_ordinal:
                continue
            first, last = tokens[occurrence.start], tokens[occurrence.end - 1]
            value = occurrence.value
            if lang == "fr":
                value = _spoken_thousands(tokens[occurrence.start:occurrence.end], value)
            candidates.append((first.start, last.end, value, rank))
    # Longest span first, then the message's language.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[3], c[0]))
    chosen: List[Tuple[int, int, float]] = []
    for start, end, value, _ in candidates:
        if _overlaps(start, end, [(s, e) for s, e, _ in chosen]):
            continue
        chosen.append((start, end, value))
    found = []
    for start, end, value in sorted(chosen):
        if _overlaps(start, end, masked):
            continue
        word = folded[start:end]
        if word in _ONE_WORDS:
            accented = text[start:end].lower() in {"één", "eén", "éen"}
            if not (accented or _followed_by_countable(folded, end, COUNT_WORDS)
                    or _alone(folded, start, end, _ZERO_FILLERS)):
                continue
        if word == "nul" and not _zero_in_context(folded, start, end):
            continue
        previous = [w.text for w in words(folded[:start])[-3:]]
        if word in {"deux", "twee"} and previous and (
            previous[-1] in {"a", "les", "nous", "z"} or previous[-2:] == ["met", "z"]
        ):
            continue  # "à deux", "tous les deux", "nous deux": together, not a count
        if word in {"cent", "cents"} and previous and previous[-1] in _NOT_A_HUNDRED_BEFORE:
            continue  # "geen cent", "pas un cent": the coin, read as zero below
        after = folded[end:]
        unit = None
        if _CURRENCY_AFTER.match(after) or _CURRENCY_BEFORE.search(folded[max(0, start - 6):start]):
            unit = "euro"
        elif _YEARS_AFTER.match(after):
            unit = "year"
        found.append(_entity(value, start, end, unit=unit))
    return found


def _zero_in_context(folded: str, start: int, end: int) -> bool:
    """Whether a word such as "rien", "geen", "nul" means the amount or count 0 here."""
    all_words = [w.text for w in words(folded)]
    if any(w in _ZERO_BLOCKERS for w in all_words):
        return False
    before = [w.text for w in words(folded[:start])]
    if before and before[-1] in {"de", "d"} and folded[start:end] == "rien":
        return False  # "de rien"
    if _followed_by_countable(folded, end):
        return True
    if _alone(folded, start, end, _ZERO_FILLERS | {"rien", "niks", "niets", "aucun", "geen"}):
        return True
    # After a verb of having or earning, when nothing but small words follow: "je gagne rien",
    # "ik verdien niks per maand"; but "ik heb geen werk" is not an amount.
    following = [w.text for w in words(folded[end:])[:3]]
    if any(w not in _ZERO_FILLERS for w in following):
        return False
    recent = before[-3:]
    return any(w in _HAVE_OR_EARN for w in recent)


_NEGATED_NOUN = re.compile(
    r"\b(?:pas|plus|sans|zonder|jamais)\s+(?:d'\s*|de\s+|d\s+|des\s+|un\s+|une\s+|le\s+moindre\s+)?"
    r"(?:seul\s+|seule\s+|enkel\s+|enkele\s+)?([a-z]+)"
)
_NO_MONEY = re.compile(
    r"\bpas\s+(?:un|une)\s+(?:rond|sou|euro|centime|balle|franc)\b|\bgeen\s+(?:rooie\s+)?(?:cent|frank|euro)\b"
)


def _zero_numbers(folded: str, taken: List[Tuple[int, int]]) -> List[Dict]:
    found = []
    for word in words(folded):
        if word.text in _ZERO_WORDS and word.text != "nul":
            if _overlaps(word.start, word.end, taken):
                continue
            if _zero_in_context(folded, word.start, word.end):
                found.append(_entity(0, word.start, word.end))
    for m in _NO_MONEY.finditer(folded):
        if not _overlaps(m.start(), m.end(), taken + [(e["start"], e["end"]) for e in found]):
            found.append(_entity(0, m.start(), m.end(), unit="euro"))
    for m in _NEGATED_NOUN.finditer(folded):
        if m.group(1) in COUNTABLE_WORDS and not _overlaps(
            m.start(), m.end(), taken + [(e["start"], e["end"]) for e in found]
        ):
            found.append(_entity(0, m.start(), m.end(1)))
    # "niks, nada", "rien de rien": one zero said twice is one zero.
    merged: List[Dict] = []
    for entity in sorted(found, key=lambda e: e["start"]):
        if merged and re.fullmatch(r"[\s,.;:!-]*(?:de\s+)?", folded[merged[-1]["end"]:entity["start"]]):
            merged[-1]["end"] = entity["end"]
            continue
        merged.append(entity)
    return merged


def _approximate_nouns(folded: str) -> List[Dict]:
    return [
        _entity(_APPROX_NOUNS[m.group(1)], m.start(), m.end(), approximate=True)
        for m in _APPROX_NOUN.finditer(folded)
    ]


def _mark_approximate(folded: str, entity: Dict) -> None:
    before = folded[max(0, entity["start"] - 30):entity["start"]]
    after = folded[entity["end"]:entity["end"] + 40]
    if _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(after):
        entity["approximate"] = True


def find_numbers_in(text: str, language: Optional[str] = None) -> List[Dict]:
    """Entities `number` in `text` (see the module docstring for the rules)."""
    if not text:
        return []
    language = language if language in LANGUAGES else "fr"
    folded = fold(text)
    masked = [(m.start(), m.end()) for m in _DATE.finditer(folded)]
    masked += [(m.start(), m.end()) for m in _PHONE.finditer(folded)]
    masked += postal_code_spans(text)
    masked += _street_numbers(folded)
    entities = _approximate_nouns(folded)
    taken = [(e["start"], e["end"]) for e in entities]
    for entity in _digit_numbers(folded, masked) + _word_numbers(text, folded, language, masked):
        if not _overlaps(entity["start"], entity["end"], taken):
            entities.append(entity)
            taken.append((entity["start"], entity["end"]))
    entities += _zero_numbers(folded, taken)
    for entity in entities:
        _mark_approximate(folded, entity)
    entities.sort(key=lambda e: e["start"])
    return entities
