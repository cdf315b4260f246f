"""Which rule took each drafted reference, and was it right: a tally of the draft's comments.

Each text of a corpus is drafted as `bench.draft_quality` drafts it (same folds, same registries,
`--rough` for the registry of every marked form); every person and organization reference whose
comment (the first mention's "how") carries the phrase asked for is counted right or wrong
against the annotators' references, by the kind of page (a sports page as sportspages.py reads
one, or a news story) and by what the comment says after the phrase. The default phrase is the
lone English surname's ("named by it alone", english_surnames.py), whose comment goes on with the
sentence's word for a person ("after a person's title", "before 'said'", "beside a person found
in a list", "in a scorecard") and the registry's listing ("as the registry lists them"): how the
ninth round measured that rule before narrowing it.

    .venv/bin/python -m bench.draft_rule_tally --elevant=/path/to/elevant [--rough] [-v]
        [--phrase="named by it alone"]   (corpus arguments as bench.draft_quality's)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from bench import draft_quality
from generator.draft.sportsreading import sports_reading

PHRASE = "named by it alone"
_REFERENCE = re.compile(r"^\s*- id: (\S+)\s+# (.*)$")
_KINDS = {"people": "person", "organizations": "organization"}
_SECTION = re.compile(r"^(people|organizations):\s*$")


def tally(record: str, text: str, gold: dict[str, set[str]], phrase: str = PHRASE,
          shown: list[str] | None = None, only: str = "") -> Counter:
    """(kind, page, what the comment says after the phrase or "no cue", "right"/"wrong") -> how
    many references of one draft `record` (its YAML text) of `text` carry `phrase`; `gold`, the
    annotators' references by kind; `only`, one kind to count (all when empty). Each counted
    reference is also appended to `shown`."""
    counts: Counter = Counter()
    page = "sports page" if sports_reading(text).results_page else "news story"
    kind = ""
    for line in record.split("\n"):
        section = _SECTION.match(line)
        if section:
            kind = _KINDS[section.group(1)]
            continue
        if not line.startswith((" ", "-")):
            kind = ""
        match = _REFERENCE.match(line)
        if not kind or only and kind != only or not match or phrase not in match.group(2):
            continue
        after = match.group(2).split(phrase, 1)[1].rstrip(")\u2026 ").strip(" ,")
        verdict = "right" if match.group(1) in gold.get(kind, set()) else "wrong"
        counts[(kind, page, after or "no cue", verdict)] += 1
        if shown is not None:
            shown.append(f"{verdict} {page}: {match.group(1)} # {match.group(2)}")
    return counts


def main(argv: list[str]) -> int:
    phrase = next((a.split("=", 1)[1] for a in argv if a.startswith("--phrase=")), PHRASE)
    counts: Counter = Counter()
    shown: list[str] = []

    def inspect(root: Path, doc: dict, kind: str, predicted: set[str], gold: set[str]) -> None:
        record = (root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8")
        counts.update(tally(record, doc["text"], {kind: gold}, phrase, shown, only=kind))

    folds, _ = draft_quality.corpus_folds(argv)
    draft_quality.evaluate(folds, rough="--rough" in argv, inspect=inspect)
    if "-v" in argv:
        print("\n".join(shown))
    print(f"references whose comment says {phrase!r}, by page and by what the comment says after it")
    for (kind, page, after, verdict), number in sorted(counts.items()):
        print(f"{kind:<13}{page:<12}{after:<60}{verdict:<6}{number:>5}")
    totals = Counter()
    for (_, _, _, verdict), number in counts.items():
        totals[verdict] += number
    print(f"all: {totals['right']} right, {totals['wrong']} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
