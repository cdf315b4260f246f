"""Registered names nested inside a longer name the linker already chose ("ABC" in "ABC News",
"Democratic Party" in "Liberal Democratic Party", "Russian" in "Russian News Agency TASS"): which
of them count as mentions of their own. Kept apart from linker.py, which decides the longest
names, because this is one later step over what it found: a nested name counts only when it
is certain on its own, never by the context that decides doubtful names."""

from __future__ import annotations

from typing import Any

from .apposition import owned_or_own_name
from .linking import Mention
from .longer import described, joined_in_a_compound
from .matches import Match
from .text import line_of, script_of


def _opens(text: str, outer_start: int, start: int) -> bool:
    """A nested name opens the outer one, after the outer name's own "The" if it has one:
    "Wall Street" in "The Wall Street Journal" is the paper's first words, like "ABC" in "ABC News"."""
    return text[outer_start:start] in ("", "The ")


def link_nested_names(linker: Any, matches: list[Match]) -> None:
    """A registered name inside a longer one counts when it is certain on its own: one
    entity, not a weak spelling, two words or more or an acronym, not a country by its
    demonym ("Russian" in "Russian News Agency TASS" is part of the name, not a mention
    of Russia)."""
    outer = {(m.start, m.end): m.target for m in linker.linking.mentions}
    for match in matches:
        targets = {f.target for f in match.forms}
        if len(targets) != 1:
            continue
        form = match.forms[0]
        target = form.target
        if form.origin.startswith("demonym") or linker.needs_evidence(match, form) or target.kind == "source":
            continue
        if match.end - match.start == 1 and (not form.acronym or form.origin == "Russian abbreviation"):
            # One ordinary word of a longer name: "United" in "United States"; and a state's Russian
            # initials, read as the one word of its name they stand for ("МИД РФ" as "МИД России").
            continue
        if linker.read_otherwise(match) or linker.longer_name(match):
            continue  # "Democratic Party" in "Liberal Democratic Party": the end of another name
        first, last = linker.tokens[match.start], linker.tokens[match.end - 1]
        if not owned_or_own_name([target], linker.text, first.start, last.end, linker.gazetteer)[0]:
            continue  # "Министерство здравоохранения России": the owner after it is not the registered body's
        around = {(start, end): t for (start, end), t in outer.items() if start <= first.start and last.end <= end}
        if target in around.values() or any(joined_in_a_compound(linker.tokens, match.start, match.end, *span)
                                            for span in around):
            continue  # its own longer name's word, or hyphened or numbered into another's (longer.py)
        opened = [t for (start, _), t in around.items() if _opens(linker.text, start, first.start)]
        if any(t.kind == "organization" for t in opened) \
                and (script_of(first.text) == "latin" or described(linker.tokens, match.start, match.end)):
            # The first words of another organization's English name: "ABC" in "ABC News", a brand of its
            # own. In Russian text only a name written as a description (longer.py): NEREL marks an
            # owner's coined name inside such names ("Газпром нефть"), measured.
            continue
        linker.linking.mentions.append(Mention(target, first.start, last.end, linker.text[first.start:last.end],
                                               line_of(linker.text, first.start),
                                               f"{form.origin} '{form.surface}', inside a longer name"))
