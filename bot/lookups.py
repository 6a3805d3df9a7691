"""The lookup tables of the NLU's RegexFeaturizer, written from the lexicon before training.

The classifier learns better when it sees that a word is a commune or a number word ("j'habite à
Jette", "deux"). Those words are defined once, in nlu/lexicon/ (communes.csv, numbers_<language>.yaml);
this writes them as Rasa training data (`lookup:` tables) into .cache/, which `make train`,
`rasa data validate` and `make bench-nlu` read beside nlu/. Nothing here is edited by hand.

    python -m bot.lookups        # writes .cache/nlu-lookups/lookups.yml, prints its path
"""

from __future__ import annotations

import sys
from pathlib import Path

from nlu.lexicon import data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".cache" / "nlu-lookups" / "lookups.yml"


def commune_names() -> list[str]:
    """Communes, the Region's names and places outside it, with the usual short forms of
    "Saint" ("st-gilles", "saint gilles")."""
    names: list[str] = list(data.places_outside())
    for commune in data.communes():
        names += [commune.name_fr, commune.name_nl, *commune.other_names, *commune.region_names]
    forms: list[str] = []
    for name in (n.lower() for n in names if n):
        forms += [name, name.replace("-", " ")]
        for saint in ("saint-", "sainte-", "sint-"):
            if name.startswith(saint):
                rest = name[len(saint):]
                forms += [f"st-{rest}", f"st {rest}".replace("-", " "), f"{saint[:-1]} {rest}".replace("-", " ")]
    return sorted(dict.fromkeys(forms))


def number_words() -> list[str]:
    words: list[str] = []
    for language in data.LANGUAGES:
        words += [str(word) for word in data.kind_file("numbers", language).get("words", {})]
    return sorted(dict.fromkeys(word.lower() for word in words))


def _table(name: str, examples: list[str]) -> str:
    # Quoted, since a name may hold a colon or an apostrophe that YAML would read otherwise.
    lines = "".join(f'      - "{example}"\n' for example in examples)
    return f"  - lookup: {name}\n    examples: |\n{lines}"


def render() -> str:
    return ('version: "3.1"\n\n'
            "# Written by bot/lookups.py from nlu/lexicon/: do not edit.\n"
            "nlu:\n" + _table("commune", commune_names()) + "\n" + _table("number_word", number_words()))


def write(path: Path = OUT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = render()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write().relative_to(ROOT))
    sys.exit(0)
