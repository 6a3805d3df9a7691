"""Yes, no, "I don't know" and "I'd rather not say", in French, Dutch, SMS style or mixed.

`find_answer(text)` returns at most one entity `answer` (a dict with entity, value, start, end),
`value` being `yes`, `no`, `dont_know` or `rather_not_say`.

Only a message that is essentially an answer gives one: the answer expression must open the
message, after optional fillers ("euh", "bah", "ben", "alors", "ah", "nou", "awel", "tja",
"malheureusement", "helaas", "je pense que", "ik denk") and punctuation. What follows does not
matter: "non, j'ai 45 ans" is `no` (and the number extractor reads 45: both entities are emitted, the
form sees a correction), "ja ik heb 2 kinderen" is `yes`. A yes or no in the middle of a sentence
("j'ai dit oui à mon patron") is not an answer to the bot's question and gives nothing.

Where several expressions start at the same place, the longest wins ("je ne sais pas" over nothing,
"liever niet" over "niet", "pas du tout" over "pas"); at equal length the more cautious value wins:
rather_not_say, then dont_know, then no, then yes.

Words such as "si" (French yes after a negative question, and "if") and "wé" (French SMS yes, and
Dutch "we") count only when they are the whole answer ("si", "si !", "wé.").
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from nlu.components.text_normalization import fold

YES, NO, DONT_KNOW, RATHER_NOT_SAY = "yes", "no", "dont_know", "rather_not_say"
_PRIORITY = {RATHER_NOT_SAY: 3, DONT_KNOW: 2, NO: 1, YES: 0}

# The end of the answer: a word boundary. "_ALONE": nothing but punctuation until the end.
_B = r"(?![a-z0-9])"
_ALONE = r"(?=[\s.!?,;:)]*$)"

_PATTERNS: Dict[str, List[str]] = {
    RATHER_NOT_SAY: [
        r"(?:je\s+|j\s*)?(?:prefere(?:rais)?|prefer|pref)\s+(?:ne\s+|n\s+)?pas\s+(?:le\s+|en\s+|vous\s+le\s+)?"
        r"(?:dire|repondre|parler|en\s+parler|le\s+dire|preciser|communiquer|donner)",
        r"(?:je\s+|j\s*)?(?:prefere|prefererais)\s+pas",
        r"(?:je\s+|j\s*)?(?:prefere(?:rais)?|pref)\s+(?:ne\s+)?rien\s+(?:dire|repondre|preciser)",
        r"(?:je\s+|j\s*)?(?:ne\s+|n\s+)?(?:veux|veu|voudrais|souhaite)\s+pas\s+(?:le\s+|en\s+|vous\s+le\s+)?"
        r"(?:dire|repondre|parler|en\s+parler|preciser|le\s+dire|donner)",
        r"(?:ca|sa|cela|c)\s+(?:ne\s+|n\s+)?(?:vous|te|t)\s+regarde\s+pas",
        r"(?:ca|sa|cela)\s+(?:ne\s+)?(?:vous|te)\s+concerne\s+pas",
        r"(?:ce\s+n\s+est|c\s+est|c|cest)\s+pas\s+(?:vos|tes|votre|ton)\s+(?:affaires?|oignons|probleme)",
        r"pas\s+(?:vos|tes)\s+(?:affaires|oignons)",
        r"(?:c\s+est\s+|c\s+|cest\s+)?(?:prive|perso|personnel|confidentiel|secret)",
        r"(?:pas|sans)\s+(?:de\s+)?commentaires?",
        r"pas\s+envie\s+(?:de\s+|d\s+)(?:le\s+)?(?:dire|repondre|en\s+parler)",
        r"je\s+(?:garde|le\s+garde)\s+(?:ca\s+)?pour\s+moi",
        r"(?:dat\s+|het\s+)?(?:zeg|vertel)\s+ik\s+(?:het\s+|dat\s+|u\s+|je\s+)?(?:liever|lievere)\s+niet",
        r"(?:ik\s+)?(?:zeg|vertel|antwoord|geef)\s+(?:het\s+|dat\s+|dit\s+)?(?:liever|lievere)\s+niet",
        r"(?:liever|lievere)\s+(?:niet|ni|nie)",
        r"(?:ik\s+|dat\s+|dit\s+|het\s+)?(?:wil|will)\s+(?:ik\s+)?(?:dat\s+|het\s+|dit\s+)?(?:liever\s+)?niet\s+(?:zeggen|vertellen|antwoorden|geven)",
        r"(?:dat\s+|dit\s+|het\s+)?gaat\s+(?:u|je|jou|jullie|ulder)\s+(?:niks|niets|niet)\s+aan",
        r"geen\s+commentaar",
        r"(?:dat\s+is\s+|das\s+)?(?:prive|persoonlijk|geheim)",
        r"(?:i\s+d\s+|id\s+)?rather\s+not(?:\s+say)?",
        r"prefer\s+not\s+to\s+say",
    ],
    DONT_KNOW: [
        r"(?:je\s+|j\s*|moi\s+je\s+)?(?:ne\s+|n\s*)?(?:en\s+)?(?:sais|sai|sait|se|c|say|ses)\s*(?:pa+s?|po)",
        r"(?:je\s+|j\s*)?(?:ne\s+|n\s*)?(?:en\s+)?(?:sais|sai|sait|se|c)\s+(?:rien|ri1|plus|plu|trop\s+pas)",
        r"(?:je\s+|j\s*)?(?:ne\s+|n\s*)?(?:sais|sai|sait|se|c)\s+pas\s+(?:trop|vraiment|exactement)",
        r"j?sp+" + _B,
        r"j?sai?s?pa+s?" + _B,
        r"j?(?:ch|sh)(?:ai|ais|e|ait|er)\s*(?:pa+s?|po)" + _B,
        r"(?:je\s+|j\s*)?(?:ne\s+|n\s*)?(?:me\s+)?(?:souviens|rappelle)\s+(?:pas|plus)",
        r"(?:aucune?|pas\s+d|pas\s+la\s+moindre)\s*idee",
        r"(?:je\s+(?:ne\s+)?suis\s+|j\s*(?:suis|sui)\s+|chui\s+|jsuis\s+)?pas\s+(?:sur|sure|certaine?|certain)",
        r"(?:je\s+n\s+|j\s*)en\s+ai\s+(?:aucune|pas)\s+idee",
        r"peut\s*-?\s*etre|p\s*-\s*e|ptet|ptetre|ptt" + _B,
        r"aucune\s+idee",
        r"bonne\s+question",
        r"(?:je\s+ne\s+|j\s*)?(?:peux|peu)\s+pas\s+(?:dire|savoir)",
        r"(?:ik\s+)?(?:weet|wee|weed)\s+(?:het\s+|t\s+|dat\s+)?(?:ik\s+)?(?:niet|ni|nie|nit)(?:\s+(?:zeker|precies|goed))?",
        r"(?:dat|dit|het)\s+weet\s+(?:ik|k)\s+(?:niet|ni|nie|nit)(?:\s+(?:zeker|precies|goed|meer))?",
        r"(?:ik\s+)?weet\s+(?:het\s+|t\s+|dat\s+)?(?:echt|eigenlijk|helemaal|gewoon|ook)\s+(?:niet|ni|nie)",
        r"(?:je\s+|j\s*)?(?:ne\s+|n\s*)?(?:sais|sai|sait|se|c)\s+(?:vraiment|absolument|franchement)\s+(?:pas|rien)",
        r"(?:weet|wee)\s+(?:ik|k)\s+(?:niet|ni|nie|veel)",
        r"weetikveel|weetniet|weetni|weetnie",
        r"k\s*(?:weet|wee|weet\s+het|weetet|weetnet)\s*(?:niet|ni|nie|nit)",
        r"k?wee+nie+" + _B,
        r"kweeni" + _B,
        r"geen\s+(?:flauw\s+|flauwe\s+)?(?:idee|gedacht|benul|id)",
        r"(?:ik\s+ben\s+)?(?:het\s+)?niet\s+(?:zeker|zeker\s+van)",
        r"(?:ik\s+ben\s+)?(?:er\s+)?niet\s+zeker",
        r"misschien|mss" + _B,
        r"(?:ik\s+)?(?:kan|ken)\s+(?:het\s+)?niet\s+zeggen",
        r"(?:ik\s+)?(?:herinner|weet)\s+(?:het\s+)?(?:me\s+)?niet\s+meer",
        r"(?:ik\s+)?ben\s+(?:het|t|dat)\s+vergeten|vergeten" + _ALONE,
        r"i\s*(?:don\s*t|dont)\s+know|idk|dunno|no\s+idea|not\s+sure",
    ],
    NO: [
        r"no+n+" + _B,
        r"non\s+merci",
        r"nn+" + _B,
        r"na+n+" + _B,
        r"no+p+e?" + _B,
        r"no+" + _B,
        r"ne+e+n?" + _B,
        r"neen" + _B,
        r"nee+j+e?" + _B,
        r"nein" + _B,
        r"nah?" + _B,
        r"pas\s+du\s+tout|absolument\s+pas|pas\s+vraiment|pas\s+encore|toujours\s+pas|surtout\s+pas",
        r"(?:bien\s+sur|evidemment)\s+que\s+non",
        r"(?:je\s+|j\s*)?(?:ne\s+)?(?:pense|crois)\s+pas",
        r"certainement\s+pas|jamais|nada|negatif",
        r"pas" + _B,
        r"(?:helemaal|zeker|echt)\s+(?:niet|ni|nie)",
        r"(?:niet|ni|nie)\s+(?:echt|helemaal|zo|meer)",
        r"nog\s+niet|nooit|neeneen|nope",
        r"(?:ik\s+)?denk\s+(?:het|van)\s+(?:niet|ni|nie)",
        r"(?:niet|nie)" + _B,
        r"nee\s+hoor|nee\s+dank\s+u",
    ],
    YES: [
        r"ou+i+" + _B,
        r"ouai+s*|ouai+|oue+|ouep|ouaip|wesh\s+oui",
        r"w+i+" + _B,
        r"u+i+" + _B,
        r"(?:we|wai|wais|wep|wa)" + _ALONE,
        r"si" + _ALONE,
        r"ye+s+|yep|yup|yeah|yea|ye" + _B,
        r"ja+" + _B,
        r"jep|jup|jaja|jawel|jah|jazeker|jaa+",
        r"o+k+|ok+e+y?|okay|okey|oki+|okido|okidoki|okay",
        r"d\s*acc?|dac|dak|d\s*accord|daccord|dacodac",
        r"(?:mais\s+)?(?:bien\s+sur|bien\s+sure|biensur|evidemment|absolument|tout\s+a\s+fait|exactement"
        r"|exact|effectivement|en\s+effet|certainement|carrement|affirmatif|volontiers|parfait)",
        r"c\s*(?:est|st)?\s+(?:ca|bien\s+ca|exact|juste|correct|vrai)",
        r"(?:je\s+|j\s*)?(?:pense|crois)\s+(?:que\s+)?oui",
        r"zeker|natuurlijk|tuurlijk|uiteraard|klopt|dat\s+klopt|inderdaad|correct|juist|precies"
        r"|akkoord|absoluut|graag|zeker\s+weten",
        r"(?:ik\s+)?denk\s+(?:het|van)\s+wel",
        r"dat\s+is\s+(?:wel\s+)?zo",
        r"wel" + _ALONE,
        r"yes|yess+|oui+|ja\s+hoor",
    ],
}

# Words and phrases that may come before the answer.
_FILLER = re.compile(
    r"(?:[\s.!?,;:\-…'\"()]+"
    r"|(?:euh+m?|heu+|eu+h|bah?|ben|beh|bon|hm+|mm+|eh|ah|oh|alors|allez|bof|ouf|mouais"
    r"|malheureusement|heureusement|helas|franchement|honnetement|en\s+fait|bref|et\s+bien|eh\s+bien|ben"
    r"|mais|ah\s+ca|ca|moi|euhm|uh+m?|tja|nou|awel|allee|alee|ehm|helaas|gelukkig|eerlijk\s+gezegd"
    r"|maar|dus|och|ach|hmm"
    r"|je\s+(?:pense|crois|dirais)\s+(?:que|qu)|je\s+dirais|(?:ik\s+)?denk\s+(?:het\s+)?"
    r"|madame|monsieur|mevrouw|meneer)(?![a-z]))"
)

# Every expression ends at the end of a word, so "ok" does not match in "okapi" nor "ja" in "jaar".
_COMPILED: List[Tuple[str, "re.Pattern[str]"]] = [
    (value, re.compile(f"(?:{pattern})" + _B))
    for value, patterns in _PATTERNS.items()
    for pattern in patterns
]


def _starts(folded: str) -> List[int]:
    """Positions where an answer may start: 0 and after each filler at the head of the message."""
    positions = [0]
    position = 0
    while True:
        m = _FILLER.match(folded, position)
        if not m or m.end() == position:
            break
        position = m.end()
        positions.append(position)
    return positions


def _best_at(folded: str, starts: List[int]) -> Optional[Tuple[int, int, str]]:
    """The answer expression at the first of `starts` where there is one: (start, end, value)."""
    for start in starts:
        best: Optional[Tuple[int, int, str]] = None
        for value, pattern in _COMPILED:
            m = pattern.match(folded, start)
            if not m or m.end() == start:
                continue
            key = (m.end() - start, _PRIORITY[value])
            # The longest match; then the most cautious value.
            if best is None or key > (best[1] - best[0], _PRIORITY[best[2]]):
                best = (start, m.end(), value)
        if best is not None:
            return best
    return None


def find_answer(text: str) -> Optional[Dict]:
    """The entity `answer` of a message that is essentially an answer, or None."""
    if not text:
        return None
    folded = fold(text).replace("'", " ")  # "c'est", "d'acc", "j'sais": same length
    found = _best_at(folded, _starts(folded))
    if found is None:
        return None
    start, end, value = found
    # The same answer said twice, or in both languages, is one answer: "ok ja", "non non".
    while True:
        gap = re.match(r"[\s.!?,;:\-]*", folded[end:]).end()
        following = _best_at(folded, [end + gap]) if gap else None
        if following is None or following[2] != value:
            break
        end = following[1]
    return {"entity": "answer", "value": value, "start": start, "end": end}

