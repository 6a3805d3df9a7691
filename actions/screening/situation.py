"""The facts a message states about the person, whatever was asked: a first message that tells a
situation ("je suis seule avec deux enfants à Jette"), or a reply that says more than asked.

Only what a message plainly says is kept. Words and phrases come from the lexicon
(nlu/lexicon/: household, housing, papers, income sources, yes/no facts), misspellings and Dutch
compounds included, and a value the message denies or says is lost ("j'ai perdu mon chômage",
"ik ben geen student") is not taken. The NLU gives numbers (with their unit), communes and postal
codes. Here are only the facts said by words near each other rather than by one phrase (children and
their ages: children.py): a bill not paid, a place on the waiting list, an amount said earned.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable

from actions.screening import children, written_for
from actions.screening.income_said import about_income
from actions.screening.answers import Ambiguous, per_month, is_cost, lives_in_before, living_verbs, matching_values, plain, read_postal_code, volunteered
from actions.screening.lexicon_phrases import one_of, phrase_end
from actions.screening.seeking_social import seeks_social_housing
from nlu.lexicon import amount, find, key
from nlu.lexicon.data import word_list, word_set

_AGE_SAID = re.compile(r"(?:^|[,.] ?|\b(?:ik ben|ben|j'ai|je suis age de|agee? de)\s+)(\d{2})(?: ans| jaar)?(?=\s*(?:,|\.|$| en | et | ans| jaar))")
_WISH = re.compile(r"\b(je voudrais|je veux|j'aimerais|je souhaite|je demande|ik wil|ik zou graag|ik vraag|ik wou)\b")
_OWN_AGE = re.compile(r"\b(?:et moi|moi|en ik|ik)\s+(\d{2})(?:\s*(?:ans|jaar))?(?=\s*(?:,|\.|$|\bet\b|\ben\b|\bon\b|\bwe\b))")
# The ages a first message may give its writer: a teenager asking for help to the oldest.
YOUNGEST, OLDEST = 14, 110
# "Ik (31) woon samen met…", "moi (45), mon mari…": an age in brackets after oneself.
_OWN_AGE_IN_BRACKETS = re.compile(r"\b(?:et moi|moi|en ik|ik|je|mij)\s*\((\d{2})(?:\s*(?:ans|jaar|j))?\)")
# Just before a status of papers, words that say it of oneself: "ik ben Belg", "je suis belge".
_SAID_OF_ONESELF = re.compile(r"\b(?:ik ben|je suis|moi je suis|jsuis|ben ik)\s*$")
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
# A sentence, where a dot between digits is a thousands mark ("1.200 euro"), not an end.
_SENTENCE_OF_AMOUNTS = re.compile(r"(?:[^.?!\n]|(?<=\d)\.(?=\d))+[.?!]?")

_ENERGY = (r"(engie|electrabel|luminus|sibelga|octa\+?|totalenergies|total energies|total|eneco|mega|bolt|energie|gaz|gas|electricite|"
           r"elektriciteit|stroom|\w*factuur|\w*facturen|regul\w*)")
_LATE = (r"(retards?|en retard|achterstand\w*|achterstal\w*|impayes?|impayees?|pas paye\w*|niet betaald|rappels?|dettes?|schulden?|"
         r"herinnering\w*|aanmaning\w*|ingebrekestelling\w*|mise en demeure|huissier|deurwaarder|limiteur|budgetmeter|compteur a budget|"
         r"(?:du )?mal a (?:la |les )?payer|coupee?s?|lopen achter|loopt achter|"
         r"afsluit\w*|coupure|couper|coupe|plan d'apurement|afbetalingsplan|(?:arrive|arrivons|arrivent) pas a (?:la )?payer|"
         r"peux pas (?:la |les )?payer|(?:arrive|arrivent|peut|peux) plus a (?:la |les )?payer|lukt (?:het )?niet|"
         r"kan (?:ik |hij |ze |zij )?(?:het |ze |die |zijn |haar |mijn )?(?:\w+ )?niet (?:meer )?betalen)")

# Facts said by words close to each other rather than by one phrase of the lexicon: "inscrit
# depuis 2 ans sur la liste du logement social", "ik kan mijn gasfactuur niet betalen".
_NEAR: dict[str, tuple[tuple[Any, str], ...]] = {
    "social_housing_candidate": (
        (True, r"\b(liste d'attente|liste|inscrit\w*|candidat\w*|wachtlijst|ingeschreven)\b.{0,30}\b(logement social|logements sociaux|sociale woning|sociale huisvesting)\b"),
        # "on attend toujours le logement social", "we wachten nog altijd op een sociale woning".
        (True, r"\b(attend\w*|wacht\w*)\b.{0,25}\b(logement social|logements sociaux|sociale woning|sociale huisvesting)\b"),
    ),
    "student": (
        # "jsuis en 4e secondaire", "ik zit in het 6de jaar", "naast mijn studies".
        (True, r"\b(je suis|jsuis|j'suis|il est|elle est|ik zit|ik ben|hij zit|ze zit|zij zit)\s+(en|in het|in)\s+(\d{1,2}\s?(e|eme|ere|de|ste)|derniere|premiere|laatste|eerste)"
               r"(\s+(annee|secondaire|jaar|middelbaar|humaniora|bachelor|bac|master))?\b"),
        (True, r"(?<!fini )(?<!finis )(?<!termine )(?<!arrete )\bmes etudes\b|\bnaast mijn (studies|studie|school)\b"),
    ),
    "energy_debt": (
        (True, r"(factures?|\w*facturen|\w*factuur|\w*rekeningen|\w*rekening)\b.{0,80}\b(payer|paye|impayee?s?|betalen|betaald|achterstal|retard)\b"),
        (True, r"\b(payer|betalen)\b.{0,25}\b(factures?|facturen|rekeningen)\b.{0,25}\b(gaz|electricite|energie|gas|elektriciteit|stroom)\b"),
        # A late payment, a reminder, a cut-off or a limiter, beside a supplier or an energy.
        (True, rf"\b{_LATE}\b.{{0,40}}\b{_ENERGY}\b"),
        (True, rf"\b{_ENERGY}\b.{{0,40}}\b{_LATE}\b"),
        (True, rf"\b(paye|paie|payer|betaal|betalen)\b.{{0,12}}\b(plus|pas|niet|geen)\b.{{0,20}}\b{_ENERGY}\b"),
        # "hij kan zijn gas niet meer betalen": the energy between the verb and its negation.
        (True, rf"\bkan\b.{{0,20}}\b{_ENERGY}\b.{{0,12}}\bniet (?:meer )?betalen\b"),
    ),
}
_HOW_TO_REGISTER = re.compile(r"(comment (?:on |je |faire pour )?(?:s'|m'|se |me )?inscri\w*|hoe (?:schrijf|kan) (?:ik|je|men) "
                              r"(?:me |mij |je |zich |ons )?(?:in\b|inschrijven)|"
                              r"(?:je peux|puis-je|puis je|peut-on|peut on|on peut|pouvons-nous) (?:m'|s'|me |se |nous )?inscri\w*)")
_WANTS_TO_REGISTER = re.compile(r"\b(je voudrais|je veux|j'aimerais|je souhaite|ik wil|ik zou graag|hoe kan ik|we willen|wij willen)\s+(?:m'|me |mij |zich |ons |nous )?"
                                r"(inscrire|inschrijven)\b.{0,30}\b(logement social|logements sociaux|sociale woning|sociale huisvesting)")
_EARN = re.compile(r"\b(gagne|gagnons|touche|touchons|recois|gagner|verdien\w*|krijg|ontvang\w*)\b")


def _first(patterns, text: str):
    for value, pattern in patterns:
        if re.search(pattern, text):
            return value
    return None


_INCOME_CONTEXT = re.compile(r"\b(par mois|per maand|/mois|/maand|euros?|eur|pension\w*|\w*pensioen\w*|salaire|\w*loon|chomage|leefloon|revenus?|"
                             r"inkomen|net|netto|brut|bruto|en tout|samen|a deux|a 2|met z'n tweeen|\w*uitkering|allocations?|"
                             r"werkloosheid|mutuelle|igo|grapa)\b|€")


def _amount_said(text: str, source_named: bool = False) -> float | None:
    """An income a first message gives beside words of money ("1150 par mois", "1450 de
    pension"), read by the lexicon (hedges, ranges, weeks and years made monthly). Where the
    message names a source of income anywhere ("gepensioneerd… ik 1400 en zij 850"), an amount
    that cannot be a year needs no money word beside it. Years, postal codes and costs said
    before it are passed over ("in 2015 ben ik gekomen… netto zo'n 1900")."""
    whole = _income_in(text, 0, len(text), source_named, first_only=True)
    if whole is not None:
        return whole
    for sentence in _SENTENCE_OF_AMOUNTS.finditer(text):
        found = _income_in(text, sentence.start(), sentence.end(), source_named)
        if found is not None:
            return found
    return None


def _income_in(text: str, offset: int, stop: int, source_named: bool, first_only: bool = False) -> float | None:
    """_amount_said within text[offset:stop]: the whole message's first amount, then each
    sentence's, since the lexicon may read numbers across sentences as one sum ("in 2015… sinds
    2018… netto zo'n 1900")."""
    for _ in range(1 if first_only else MOST_NUMBERS_READ):
        said = amount(text[offset:stop])
        if said is None:
            return None
        start, end = offset + said.start, offset + said.end
        offset = max(end, offset + 1)
        if said.value < 100 or is_cost(text, start) or _after_a_place_word(text, start):
            continue  # "à 1090": a postal code
        if _A_YEAR.match(text[start:end]) and _SINCE.search(plain(text[max(0, start - 15):start])):
            continue  # "au chômage depuis 2019", "in 1970 geboren": a year
        around = plain(text[max(0, start - 50):end + 20])
        if _INCOME_CONTEXT.search(around) or (source_named and not _A_YEAR.match(text[start:end])):
            return round(said.value, 2)
    return None


# A first message's numbers read in search of its income; a story has rarely more.
MOST_NUMBERS_READ = 8


_SINCE = re.compile(r"\b(depuis|des|en|jusqu'en|sinds|sedert|vanaf|in|tot|since)\s*$")
_A_YEAR = re.compile(r"\s*(19[5-9]\d|20[0-3]\d)\s*$")


def _income(entities: Iterable[dict], text: str) -> float | None:
    """An amount said to be earned ("je gagne 1200") when the NLU gave no unit."""
    for entity in entities or ():
        if entity.get("entity") != "number" or entity.get("unit"):
            continue
        value = entity.get("value")
        if not isinstance(value, (int, float)) or value < 100:
            continue
        before = plain(text[max(0, entity.get("start", 0) - 25): entity.get("start", 0)])
        if _EARN.search(before) and not is_cost(text, entity.get("start", 0)):
            return float(value)
    return None


def _incomes(entities: Iterable[dict], text: str) -> list[float]:
    """Every amount a message says is earned or received, each beside words of money or work."""
    found = []
    for entity in _sums_of_money(entities, text):
        value = entity["value"]
        start, end = entity.get("start", 0), entity.get("end", 0)
        if _after_a_place_word(text, start):
            continue
        around = plain(text[max(0, start - 30):end + 20])
        if _INCOME_CONTEXT.search(around) or _EARN.search(around) or _WORKS.search(around):
            found.append(per_month(text, entity))  # "400 euro per week" is 1733.33 a month
    return found


def _sums_of_money(entities: Iterable[dict], text: str) -> list[dict]:
    """The number entities that may be a sum of money: in euros or without a unit, 100 or more,
    and no cost ("780 € de loyer")."""
    return [e for e in entities or () if e.get("entity") == "number" and e.get("unit") in (None, "euro")
            and isinstance(e.get("value"), (int, float)) and e["value"] >= 100 and not is_cost(text, e.get("start", 0))]


def _household_total(entities: Iterable[dict], text: str) -> float | None:
    """An amount said as the household's total ("samen hebben we zo'n 2800", "au total 2100")."""
    for entity in _sums_of_money(entities, text):
        value = entity["value"]
        before = plain(text[max(0, entity.get("start", 0) - 25):entity.get("start", 0)])
        if _total_words().search(before):
            said = amount(text[entity.get("start", 0):entity.get("end", 0) + 25])  # "samen 19200 per jaar"
            return float(said.value) if said is not None else float(value)
    return None


@functools.lru_cache(maxsize=1)
def _total_words() -> re.Pattern:
    return re.compile(rf"(?<!\w){one_of('numbers', 'household_total', folding=plain)}(?!\w)")


_WORKS = re.compile(r"\b(travaille|bosse|werk|werkt|mi-temps|deeltijds|voltijds|temps plein)\b")


def _received(text: str, asked: str | None = None) -> list[str]:
    """Rights said to be received ("je touche la GRAPA", "ik zit op het leefloon"): those named
    after a phrase of receiving (nlu/lexicon/receiving_*.yaml), in the same sentence, unless the
    sentence is a question ("hoe krijg ik het sociaal tarief ?" asks for a right). While the income
    sources are asked, a right named is money received, with or without the verb ("salaire +
    allocs familiales"). A name that stands for an office ("le CPAS", "het ziekenfonds") says
    where money comes from, not which right."""
    received: list[str] = []
    for sentence in _SENTENCE.finditer(plain(text)):
        if sentence.group().rstrip().endswith("?"):
            continue
        said = key(sentence.group())
        verb = phrase_end("receiving", "verbs", said)
        if verb is None and asked != "income_sources":
            continue
        after = said[verb or 0:]
        wish = _WISH.search(after)
        if wish:
            after = after[:wish.start()]  # "je reçois le RIS, je voudrais le supplément": wished, not received
        received += [found.value for found in find("aids", after)
                     if not found.negated and key(found.text) not in word_set("receiving", "offices")]
    return list(dict.fromkeys(received))


def _postal_code_said(entities: Iterable[dict], text: str) -> Any:
    """The commune of a Brussels postal code said as a place ("je vis à 1190", "in 1081"), which
    the NLU left as a number since a number alone may be an amount."""
    for entity in entities:
        value = entity.get("value")
        if entity.get("entity") != "number" or entity.get("unit") or not isinstance(value, int) or not 1000 <= value <= 1299:
            continue
        if _after_a_place_word(text, entity.get("start", 0)):
            reading = read_postal_code([{"entity": "postal_code", "value": str(value)}])
            if reading is not None and not isinstance(reading, Ambiguous):
                return reading.value
    return None


# "on a 1350", "il a 1090": the verb avoir, not the place word "à".
_PLACE_BEFORE = re.compile(r"(?:^|\s)((?<!\bon )(?<!\bil )(?<!\belle )(?<!\by )(?<!\bqui )(?<!\bca )a|in|te|op|sur|cp|code postal|postcode|"
                           r"bxl|bruxelles|brussel)\s*$")


def _after_a_place_word(text: str, start: int) -> bool:
    """"à 1090", "in 1080", "cp 1030": the number starting at `start` follows a word of place."""
    return _PLACE_BEFORE.search(plain(text[max(0, start - 12):start])) is not None


def _nothing_left(entities: Iterable[dict], text: str) -> bool:
    """"j'ai plus rien", "nu heb ik niks meer": a zero said about money (income words nearby),
    not about children."""
    zeros = [e for e in entities if e.get("entity") == "number" and e.get("value") == 0]
    if not zeros:
        return False
    return bool(find("income_sources", text)) or _INCOME_CONTEXT.search(plain(text)) is not None


def facts(text: str, entities: Iterable[dict], number_asked: bool = False, asked: str | None = None) -> dict[str, Any]:
    """Every fact the message plainly states, as contract field -> value. `asked` is the pending
    question: a bare number answers it ("3" to the children question)."""
    entities = list(entities or ())
    folded = plain(text)
    kids = children.read(text, asked if asked in ("children", "children_ages") else None)
    out: dict[str, Any] = dict(volunteered(entities, text, number_asked=number_asked, not_age=kids.spans))
    out.update(kids.as_fields())
    for field in ("living_with", "housing", "residence_status"):
        if field not in out:
            values = matching_values(field, text)
            said_of_oneself = _statuses_said_of_oneself(text, values) if field == "residence_status" and len(values) > 1 else []
            if said_of_oneself:
                values = said_of_oneself[:1]  # "ik ben Belg maar mijn vrouw is Congolese met een kaart F"
            elif field == "residence_status" and len(values) > 1 and "belgian" in values:
                # "mon mari est belge et moi j'ai une carte F": the other status is the person's.
                values.remove("belgian")
            if field == "residence_status" and len(values) > 1:
                # "je suis sans papiers… ma femme a un titre de séjour": people speak of themselves
                # first; the status named first is the person's.
                said = [f.value for f in find("papers", text) if not f.negated and f.value in values]
                values = said[:1] or values
            if field == "living_with" and len(values) > 1:
                # "je vis en coloc… mes parents me font un virement": the household is the one
                # named after a verb of living.
                home = [f.value for f in find("household", text) if not f.negated and f.value in values
                        and lives_in_before(plain(text[max(0, f.start - 40):f.start]))]
                values = home[:1] or values
            if values:
                out[field] = values[0]
    if out.get("living_with") in ("others", "family") and _hosted_with_own_partner(text):
        # "un compatriote nous héberge, ma femme et moi", "ma copine et moi, on vit chez ses
        # parents": a couple living in someone else's home.
        out["living_with"] = "partner"
    if "living_with" not in out and kids.count and children.lives_with_own(text):
        # "je vis avec mon fils de 15 ans": a parent alone with the children.
        out["living_with"] = "alone"
    who = written_for.relative(text)
    if who is not None and out.get("children") == 1 and (who.grown_child or (who.client and out.get("children_ages") == [who.age])):
        # The son or daughter written for, or "een jongen van 18" a helper writes for, is the
        # person, not their child.
        out.pop("children")
        out.pop("children_ages", None)
    household = written_for.living_with(text, who)
    if household == "none_said":
        out.pop("living_with", None)  # "mon père a 87 ans": the relative written for is no housemate
    elif household:
        out["living_with"] = household
    for found in find("facts", text):
        field, value = found.value
        out[field] = (not value) if found.negated else value
    for field, patterns in _NEAR.items():
        value = _first(patterns, folded)
        if value is not None:
            out[field] = value
    seeking = seeks_social_housing(text)
    if _WANTS_TO_REGISTER.search(folded) or (_HOW_TO_REGISTER.search(folded) and "social_housing_candidate" not in out):
        out["social_housing_candidate"] = False  # wants to register, or asks how: not on the list yet
    if out.get("housing") == "social_rent" and (seeking or out.get("social_housing_candidate")):
        # On the waiting list for social housing, not a tenant of it: another housing word
        # ("je loue") may still say where the person lives.
        others = [v for v in matching_values("housing", text) if v != "social_rent"]
        if others:
            out["housing"] = others[0]
        else:
            del out["housing"]
    income_words = about_income(text)
    sources = matching_values("income_sources", income_words)
    if "student_job" in sources and "work" in sources and _work_is_the_student_job(income_words):
        sources.remove("work")  # "ik werk 15u per week in een café met een studentencontract"
    if not number_asked:
        earned = out.get("monthly_income")
        if earned is None:
            earned = _income(entities, text)
        if earned is None:
            earned = _amount_said(text, bool(set(sources) - {"none"}))
        incomes = _incomes(entities, text)
        total = _household_total(entities, text)
        if total is not None:
            earned = total  # "ik krijg 1200… samen hebben we zo'n 2800"
        elif len(incomes) > 1 and (len(set(sources) - {"none"}) > 1 or out.get("living_with") == "partner"):
            # "je travaille à mi-temps (1100) et mon mari touche la mutuelle 1250", "lui gagne 2100
            # et moi 1500", "je gagne 1650 net… une pension alimentaire de 300 €": the household's,
            # whichever amount was said in euros.
            earned = round(sum(incomes), 2)
        if earned is not None:
            out["monthly_income"] = earned
    if who is not None and who.age is not None:
        out["age"] = who.age
    own = _OWN_AGE_IN_BRACKETS.search(folded) or _OWN_AGE.search(folded)
    if own and (who is None or who.age is None) and YOUNGEST <= int(own.group(1)) <= OLDEST:
        # "il a 63 ans et moi 60": the person's age is the one said with "moi", whatever came first
        out["age"] = int(own.group(1))
    explicit = _explicit_age().search(folded)
    if explicit and (who is None or who.age is None) and not own and YOUNGEST <= int(explicit.group("age")) <= OLDEST:
        # "j'ai travaillé 6 ans… aujourd'hui j'ai 47 ans", "ik ben bijna 65": said as one's age,
        # it wins over any other number of years.
        out["age"] = int(explicit.group("age")) - (1 if explicit.group("soon") or explicit.group("turning") else 0)
    if "age" not in out:
        said = _AGE_SAID.search(folded)
        if said and YOUNGEST <= int(said.group(1)) <= OLDEST and int(said.group(1)) not in (out.get("children_ages") or ()):
            out["age"] = int(said.group(1))
    received = _received(text, asked)
    if received:
        out["benefits"] = received
    if "commune" not in out:
        commune = _postal_code_said(entities, text)
        if commune:
            out["commune"] = commune
    if not number_asked and "monthly_income" not in out and not sources and kids.count != 0 and _nothing_left(entities, text):
        sources = ["none"]
    if sources == ["none"]:
        out.setdefault("monthly_income", 0.0)
    elif "none" in sources:
        sources.remove("none")
    if sources:
        out["income_sources"] = sources
    if out.get("housing") == "owner":
        out.setdefault("owns_property", True)  # living in one's own home is owning a home
    return out


def _hosted_with_own_partner(text: str) -> bool:
    """One's own partner is named ("ma femme", "mijn vrouw") and the home is someone else's: the
    message says so ("héberge", "inwonen") or the other people are the partner's ("ses parents")."""
    found = [f for f in find("household", text) if not f.negated]

    def owned(f, whose: str) -> bool:
        before = key(text[:f.start]).split()
        return bool(before) and before[-1] in word_set("proxies", whose)
    own_partner = any(f.value == "partner" and owned(f, "mine") for f in found)
    hosted = any(not f.negated and f.value == "hosted" for f in find("housing", text))
    theirs = any(f.value != "partner" and owned(f, "theirs") for f in found)
    return own_partner and (hosted or theirs)


def _statuses_said_of_oneself(text: str, values: list[str]) -> list[str]:
    """The statuses of papers said with "ik ben" / "je suis", just before or in the phrase itself."""
    return [f.value for f in find("papers", text) if not f.negated and f.value in values
            and (_SAID_OF_ONESELF.search(plain(text[max(0, f.start - 12):f.start]))
                 or _SAID_OF_ONESELF.search(plain(f.text).rsplit(" ", 1)[0] if " " in f.text else ""))]


def _work_is_the_student_job(text: str) -> bool:
    """Every word of work stands in a sentence that names a student job."""
    for sentence in _SENTENCE.findall(text):
        named = {f.value for f in find("income_sources", sentence) if not f.negated}
        if "work" in named and "student_job" not in named:
            return False
    return True


@functools.lru_cache(maxsize=1)
def _explicit_age() -> re.Pattern:
    """"J'ai 47 ans", "ik ben bijna 65", "ik ben 44 jaar", "ik ben in juni 60 geworden"; not "j'ai
    20 ans de carrière"."""
    soon = one_of("numbers", "soon", folding=plain)
    # "ik word in maart 60", "j'aurai 65 ans en mai": about to turn it, said of oneself.
    turning = "|".join(re.escape(p) for p in sorted({plain(w) for w in word_list("numbers", "soon")}, key=len, reverse=True)
                       if re.match(r"(?:ik|je|j'|j)\b|jaurai$", p) or p.endswith(" ik"))
    return re.compile(rf"\b(?:(?:j'ai|j ai|jai|ik ben|je suis age de|je suis agee de)\s+(?:(?P<soon>{soon})\s+)?|(?P<turning>{turning})\s+)"
                      rf"(?:in \w+ |en \w+ )?(?P<age>\d{{2}})(?:\s*(?:ans|jaar|geworden)\b|(?=\s*(?:[,.;!?]|$|en\b|et\b)))"
                      rf"(?!\s+(?:de|d'|van|dat|que|geleden)\b)")


@functools.lru_cache(maxsize=1)
def _where_one_lives() -> re.Pattern:
    return re.compile(rf"\b(ou|waar|waarin)\b(?:\W+[\w']+){{0,3}}?\W+({living_verbs()})\b")


def home_lived_in(text: str) -> bool:
    """"La maison où on habite", "het huis waar we in wonen": the property named is the home."""
    return _where_one_lives().search(plain(text)) is not None


def shared_postal_code(entities: Iterable[dict]) -> Ambiguous | None:
    """A postal code that several communes share, given alone: the bot asks which commune."""
    reading = read_postal_code(entities)
    return reading if isinstance(reading, Ambiguous) else None
