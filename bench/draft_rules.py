"""Precision of `draft`'s people and organizations by the rule that produced each reference.

Every drafted reference carries a comment naming its words, their line and, in brackets at its
end, how the first of them was read (bench.draft_quality's registries and scoring, read through
its `inspect` hook). That bracket is sorted into a rule by RULES below, the first pattern that
matches winning: a clause that overcame a doubt ("...; chosen over X from the rest of the text",
"...; preferred over X as the one the name means first here" where only the linker's preference did,
"...; but the text supports it") before the form it qualifies, so a reference is charged to the
rule that let it in. A registered spelling found as written is "name", "alias", "alias, one word"
or "acronym" (the surface decides); a bracket no pattern knows is "other".

Per rule: references drafted, right, wrong, precision, and "only" -- the right ones the
exact-name matcher (bench.draft_quality.exact_names, every registered spelling as written) does
not find in that text: the recall only that rule buys. A rule whose precision is low and whose
"only" is small costs more than it gives.

    python -m bench.draft_rules [same corpus arguments as bench.draft_quality] [--rough] [-v]
    python -m bench.draft_rules --pool [--test] --aida=A,T --dwie=D,M --elevant=E [--nerel=N] [--meantime=M]

--pool runs every corpus named, curated and rough, and pools them in one table: the dev corpora
(AIDA dev, its news stories and testa, DWIE dev, ELEVANT dev and RSS-500, GUM, NEREL test and dev), or
with --test the held-out ones (AIDA testb and its stories, DWIE test, ELEVANT test and Spotlight,
MEANTIME). -v lists each wrong reference
with its comment and its line of the text (dev corpora only: never read the held-out ones').
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench.draft_explain import _around
from bench.draft_quality import corpus_folds, evaluate, exact_names, registered_names

# (rule, pattern on the comment's bracket): the first that matches names the rule.
RULES: list[tuple[str, str]] = [
    ("dateline country's body", r"the country the story is filed from"),
    ("owner named in the text", r"its owner '.*' is named in the text"),
    ("stump compound", r"as a stump compound"),  # before the bare body: "less 'США' that the text names"
    ("body without its country", r"a state body's name without its country|state body's, |with the country's initials"),
    ("namesake chosen by the text", r"chosen over .* from the rest of the text"),
    ("namesake the name means first", r"preferred over .* as the one the name means first"),
    ("only namesake of no other country", r"the only one of its namesakes not another country's"),
    ("city of a club (supported)", r"a club's only in a text about clubs"),
    ("country's name, also an organization's", r"the country's name is also a registered organization's"),
    ("one word of a person's name (supported)", r"one word of a person's name, but"),
    ("party's members", r"members in a text that speaks of a party"),
    ("acronym in title case (supported)", r"an acronym written in title case"),
    ("one word of a longer name (supported)", r"one word of a longer name, but the text supports it"),
    ("place name (supported)", r"also a place name, but the text supports it"),
    ("sentence-first ordinary word (supported)", r"capitalised as a sentence's first"),
    ("acronym the text defines", r"^acronym the text defines"),
    ("team's short name on a sports page", r"on a page about|by its nickname"),
    ("club by its city", r"by its city"),
    ("inside a longer name", r", inside a longer name$"),
    ("lone surname", r"named by it alone|the only registered person of that (sur)?name"),
    ("surname after the full name", r"^surname from "),
    ("given name", r"^given name"),
    ("short form", r"short form of|the first word of the name|without its legal form|without its bracketed "
                   r"qualifier|without its club affix|^the name without its|^(name|alias), less |that its registered "
                   r"name opens with|without its (middle|first given) name"),
    ("Russian case form or other script", r"^(name|alias), (Russian case form|written in the other script) '"),
    ("spelling variant", r"spelt differently|one letter off|written otherwise|other German spelling|without its "
                         r"full stops|another preposition or number|head word last|initials spelt out|the initials "
                         r"of the name|Russian case form|other script|initial written out|head word '.*' it shares"),
]
EXACT = re.compile(r"^(name|alias) '((?:[^']|'(?=\w))*)'$")  # "People's Front" is one surface


def rule_of(how: str) -> str:
    """The rule a reference's bracket names (see RULES); a registered spelling as written is
    "name", "alias", "alias, one word" or "acronym"."""
    exact = EXACT.match(how.strip().rstrip(";").strip())
    if exact:
        origin, surface = exact.groups()
        if origin == "name":
            return "name"
        if surface.isupper() and " " not in surface:
            return "acronym"
        return "alias, one word" if " " not in surface else "alias"
    return next((rule for rule, pattern in RULES if re.search(pattern, how)), "other")


_REFERENCE = re.compile(r"^  - id: (\S+)  # (.*)$")


def drafted_hows(draft: str) -> dict[str, str]:
    """Each drafted reference's id -> the bracket closing its comment (how its first words were read);
    "" when the comment was cut short before it."""
    out: dict[str, str] = {}
    for line in draft.split("\n"):
        found = _REFERENCE.match(line)
        if found:
            comment = found.group(2)
            at = _bracket_start(comment)
            out.setdefault(found.group(1).strip('"'), comment[at + 1:-1] if at >= 0 else "")
    return out


def _bracket_start(comment: str) -> int:
    """Where the comment's closing bracketed clause opens (it may hold brackets of its own)."""
    if not comment.endswith(")"):
        return -1
    depth = 0
    for at in range(len(comment) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(comment[at], 0)
        if depth == 0:
            return at
    return -1


class Tally:
    """Per (kind, rule): drafted, right, only (right and not found by the exact matcher), and the wrong ones."""

    def __init__(self, verbose: bool = False):
        self.counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        self.run = ""  # the run being tallied (run_label), for the per-corpus lines
        self.by_run: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
        self.wrong: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.verbose = verbose
        self._names: dict[Path, dict] = {}

    def inspect(self, root: Path, doc: dict, kind: str, predicted: set[str], gold: set[str]) -> None:
        draft = (root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8")
        hows = drafted_hows(draft)
        if root not in self._names:  # one registry per fold: its patterns compiled once
            self._names = {root: registered_names(root / "content")}
        exact = exact_names({kind: self._names[root][kind]}, doc["text"])[kind]
        for ident in sorted(predicted):
            rule = rule_of(hows.get(ident, ""))
            count = self.counts[(kind, rule)]
            count[0] += 1
            count[1] += ident in gold
            count[2] += ident in gold and ident not in exact
            per_run = self.by_run[(kind, rule, self.run)]
            per_run[0] += 1
            per_run[1] += ident in gold
            if ident not in gold and self.verbose:
                self.wrong[(kind, rule)].append(self._wrong_line(doc, ident, draft))

    @staticmethod
    def _wrong_line(doc: dict, ident: str, draft: str) -> str:
        comment = next((m.group(2) for m in map(_REFERENCE.match, draft.split("\n")) if m and m.group(1) == ident), "")
        place = re.search(r"'([^']+)' line (\d+)", comment)
        context = _around(doc["text"].split("\n"), int(place.group(2)), place.group(1), 100) if place else ""
        return f"{doc['name']}: {ident}  # {comment[:200]}\n      text: {context}"

    def table(self) -> str:
        rows = [f"{'kind':<8}{'rule':<42}{'drafted':>8}{'right':>7}{'wrong':>7}{'precision':>10}{'only':>6}"]
        for kind in ("person", "organization"):
            keyed = sorted((k for k in self.counts if k[0] == kind), key=lambda k: -self.counts[k][0])
            for key in keyed:
                drafted, right, only = self.counts[key]
                rows.append(f"{kind[:6]:<8}{key[1][:41]:<42}{drafted:>8}{right:>7}{drafted - right:>7}"
                            f"{right / drafted:>10.3f}{only:>6}")
        return "\n".join(rows)

    def by_corpus(self, kind: str = "organization") -> str:
        """Per rule of `kind`, right/drafted in each run: whether a rule is weak everywhere or on one corpus."""
        rows = []
        for (rule_kind, rule), (drafted, _, _) in sorted(self.counts.items(), key=lambda item: -item[1][0]):
            if rule_kind == kind:
                rows.append(f"{rule}: " + ", ".join(f"{run} {right}/{count}" for (k, r, run), (count, right)
                                                     in self.by_run.items() if (k, r) == (kind, rule)))
        return "\n".join(rows)


def run_label(run: list[str]) -> str:
    """'aida --stories --rough' for a run's arguments: the corpus option's name and the flags."""
    corpus = next((a[2:].split("=", 1)[0] for a in run if "=" in a), "gum")
    return " ".join([corpus, *(a for a in run if "=" not in a and a != "-v")])


DEV_RUNS = [("aida", []), ("aida", ["--stories"]), ("aida", ["--fresh"]), ("dwie", []), ("elevant", []),
            ("elevant", ["--snippets"]), ("gum", []), ("nerel", []), ("nerel", ["--nerel-dev"])]
TEST_RUNS = [("aida", ["--test"]), ("aida", ["--test", "--stories"]), ("dwie", ["--test"]),
             ("elevant", ["--test"]), ("elevant", ["--test", "--snippets"]), ("meantime", [])]


def pooled_runs(argv: list[str]) -> list[list[str]]:
    """The command lines --pool stands for: each corpus whose path is given (GUM always on dev), curated and rough."""
    paths = {a.split("=", 1)[0][2:]: a for a in argv if "=" in a}
    runs = []
    for corpus, extra in (TEST_RUNS if "--test" in argv else DEV_RUNS):
        if corpus == "gum" or corpus in paths:
            base = [paths[corpus]] if corpus in paths else []
            runs.extend([base + extra, base + extra + ["--rough"]])
    return runs


def main(argv: list[str]) -> int:
    runs = pooled_runs(argv) if "--pool" in argv else [argv]
    verbose = "-v" in argv
    if verbose and any("--test" in run or any(a.startswith("--meantime") for a in run) for run in runs):
        print("-v lists wrong references: only on dev corpora, never on held-out ones", file=sys.stderr)
        return 2
    tally = Tally(verbose)
    for run in runs:
        folds, title = corpus_folds(run)
        tally.run = run_label(run)
        evaluate(folds, rough="--rough" in run, inspect=tally.inspect)
        print(f"ran: {title}")
    print(tally.table())
    if len(runs) > 1:
        print("\norganizations by rule, right/drafted per run:\n" + tally.by_corpus())
    for (kind, rule), lines in sorted(tally.wrong.items()):
        # The same text drafted in two runs (curated and rough, AIDA and its stories) is listed once, counted.
        print(f"\n== {kind} {rule}: {len(lines)} wrong, {len(set(lines))} distinct")
        print("\n".join(f"  {count}x {line}" for line, count in sorted(Counter(lines).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
