"""Precision and recall of the countries `draft` references, on the corpora that link country
mentions to Wikipedia: DWIE (its "gpe" entities) and AIDA CoNLL-YAGO (every linked mention); and
SlavicNER's Russian news, whose GPE ids are English names ("GPE-Great-Britain", read as a title).

A gold country is a marked entity whose Wikipedia title is a country's name as `draft` knows it
(common, ISO or official name, or an alias: "United_States", "Britain"); a demonym counts where
the annotators linked it to the country ("German" -> Germany). The registries are the curated ones
of bench.draft_quality; the countries come with the package (ISO 3166), so no fold can lack one.
Neither corpus links every demonym or abbreviation it could ("UK", "British" are often left
unlinked in AIDA): a drafted country the annotators left out counts as wrong, so precision here is
a floor.

    python -m bench.draft_countries --dwie=DWIE,MILR [--test] [-v]
    python -m bench.draft_countries --aida=AIDA,CONLL [--fresh | --test] [--stories] [-v]
    python -m bench.draft_countries --slavicner=SLAVICNER [--fresh | --test] [-v]
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from generator.draft.places import country_names
from generator.draft.run import draft_files
from generator.pipeline import read_model

from . import aida, dwie
from .draft_quality import _ordinary_words, build_registry

_NAME_ORIGINS = ("common name", "ISO name", "official name", "alias", "abbreviation")

# Wikipedia's titles for countries whose page is not under a name ISO 3166 or the package gives:
# AIDA and DWIE link "Ireland" to Republic_of_Ireland, "Taiwan" to Republic_of_China, "Palestinian
# territory" to State_of_Palestine (after 2013) or Palestinian_territories, "Macedonia" to its title of
# before 2019. "The Bahamas", "Georgia (country)": the article or the disambiguation is stripped.
WIKIPEDIA_TITLES = {"republic of ireland": "IE", "republic of china": "TW", "state of palestine": "PS",
                    "palestinian territories": "PS", "republic of macedonia": "MK"}


def country_codes() -> dict[str, str]:
    """A Wikipedia title, as written with spaces and in lower case -> the country's alpha-2 code."""
    out: dict[str, str] = {}
    for country in country_names({}):
        for spelling, origin in country.names:
            if origin in _NAME_ORIGINS:
                out.setdefault(spelling.lower(), country.code)
    for title, code in WIKIPEDIA_TITLES.items():
        out.setdefault(title, code)
    return out


def _title_key(title: str, codes: dict[str, str]) -> str:
    key = title.replace("_", " ").lower()
    for plain in (key, key.removeprefix("the "), key.removesuffix(" (country)")):
        if plain in codes:
            return plain
    return key


def gold_countries(doc: dict, codes: dict[str, str]) -> set[str]:
    return {codes[_title_key(title, codes)] for title in doc["marked"] if _title_key(title, codes) in codes}


def evaluate(folds: list[tuple[list[dict], list[dict]]], verbose: bool = False) -> tuple[int, int, int]:
    """(right, drafted, marked) over every fold's drafted half."""
    codes = country_codes()
    right = drafted = marked = 0
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for train, test in folds:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            build_registry(train, root / "content", _ordinary_words(train + test))
            texts = root / "texts"
            texts.mkdir()
            for doc in test:
                (texts / f"{doc['name']}.txt").write_text(doc["text"], encoding="utf-8")
            draft_files(read_model(root / "content"), [texts], root / "out", today=date(2026, 1, 1))
            for doc in test:
                # Every scalar a string, as the generator reads records: "NO" is Norway, not false.
                record = yaml.load((root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8"),
                                   Loader=yaml.BaseLoader)
                found = {r["id"] for r in record.get("countries") or []}
                gold = gold_countries(doc, codes)
                right, drafted, marked = right + len(found & gold), drafted + len(found), marked + len(gold)
                wrong.update(found - gold)
                missed.update(gold - found)
                if verbose and found != gold:
                    print(f"{doc['name']} country: wrong {sorted(found - gold)} missed {sorted(gold - found)}")
                    drafted_text = (root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8")
                    for code in sorted(found - gold):
                        why = re.search(rf"^  - id: {code}  # (.*)$", drafted_text, re.M)
                        print(f"  wrong {code}: {why.group(1) if why else '?'}")
                        for surface in dict.fromkeys(re.findall(r"'([^']+)' line", why.group(1) if why else "")):
                            at = doc["text"].find(surface)
                            print("      ..." + doc["text"][max(0, at - 60):at + len(surface) + 40].replace("\n", " "))
                    for code in sorted(gold - found):
                        titles = sorted(t for t in doc["marked"] if codes.get(_title_key(t, codes)) == code)
                        print(f"  missed {code}: {', '.join(titles)}")
    if verbose:
        print("most often wrong:", ", ".join(f"{c} {n}" for c, n in wrong.most_common(12)))
        print("most often missed:", ", ".join(f"{c} {n}" for c, n in missed.most_common(12)))
    return right, drafted, marked


def main(argv: list[str]) -> int:
    option = {a.split("=", 1)[0]: a.split("=", 1)[1] for a in argv if "=" in a}
    split = "test" if "--test" in argv else "fresh" if "--fresh" in argv else "dev"
    if "--dwie" in option:
        annotated, tokenized = option["--dwie"].split(",")
        folds, title = dwie.folds(Path(annotated), Path(tokenized), split), f"DWIE ({split})"
    elif "--aida" in option:
        repo, types = option["--aida"].split(",")
        stories = "--stories" in argv
        folds = aida.folds(Path(repo), Path(types), stories_only=stories, split=split)
        title = f"AIDA CoNLL-YAGO ({split}{', news stories only' if stories else ''})"
    elif "--slavicner" in option:
        from .slavicner import country_folds

        folds = country_folds(Path(option["--slavicner"]), split)
        title = "SlavicNER Russian news (" + {"test": "held-out topics", "fresh": "US election 2020, studied since the fifteenth round",
                                              "dev": "dev topics"}[split] + ")"
    else:
        print(__doc__.strip().splitlines()[-2].strip(), file=sys.stderr)
        return 2
    right, drafted, marked = evaluate(folds, verbose="-v" in argv)
    precision = right / drafted if drafted else 0.0
    recall = right / marked if marked else 0.0
    print(f"{title}; curated registry; countries as drafted against the annotators' links")
    print(f"{'kind':<14} precision  recall  found  drafted  marked")
    print(f"{'country':<14} {precision:9.3f} {recall:7.3f} {right:6d} {drafted:8d} {marked:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
