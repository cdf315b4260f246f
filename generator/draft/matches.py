"""Every place in an article's tokens where a registered name is written, before anything is
decided: as registered under the case rules (case_rules.py), as a Russian acronym's case form
("МИДа"), as dotted initials ("U.N."), as a head word shared by a list (coordinated.py), as
heard in the other script (crossscript.py) or as another spelling (variants.py); then the
longest of them that do not overlap, and those nested inside. Kept apart from linker.py,
which decides what each match names, so that the recipe there reads as its steps."""

from __future__ import annotations

from .case_rules import capitals_in_title_case, case_ok, lowercase_form_on_a_name, spelt_otherwise
from .coordinated import shared_heads
from .coordinated_ru import shared_heads_ru
from .elided_ru import elided_heads_ru
from .crossscript import heard_in_other_script
from .dotted import dotted_runs
from .gazetteer import Gazetteer
from .linking import Match
from .longer import sentence_initial
from .sportspages import the_page_sports_capitals
from .morph import acronym_stem
from .text import Token, capitalized, is_cased_script, script_of, sound_key, token_key
from .variants import spelling_variants


def raw_matches(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[Match]:
    """Every registered name the tokens spell, overlapping ones included: names sharing a
    head word first, then names as written, then those heard in the other script, then
    other spellings (where no name as written was found)."""
    out = []
    index, prefixes, limit = gazetteer.index, gazetteer.prefixes, gazetteer.max_tokens * 2
    for i in range(len(tokens)):
        apart = joined = ""
        stem = acronym_stem(tokens[i].text)
        if stem:  # "МИДа": the forms of the acronym МИД
            forms = [f for f in index.get(token_key(stem), ()) if case_ok(f, tokens[i:i + 1], text)]
            if forms:
                out.append(Match(i, i + 1, forms))
        for j in range(i, min(len(tokens), i + limit)):
            if j > i and _paragraph_between(text[tokens[j - 1].end:tokens[j].start]):
                break  # "... сказал Андрей.\n\nАндрей Варичев ...": a name ends with its sentence or paragraph
            key = tokens[j].key
            apart = key if j == i else f"{apart} {key}"
            joined = key if j == i else f"{joined}{'' if tokens[j - 1].hyphen_after else ' '}{key}"
            # Joined at the hyphen first ("Норд-Стрим" as one word), then apart, always in this order:
            # of two matches on one span, longest_first takes the first as the name, the other as nested.
            for candidate in (apart,) if joined == apart else (joined, apart):
                forms = [f for f in index.get(candidate, ()) if case_ok(f, tokens[i:j + 1], text)
                         and not lowercase_form_on_a_name(f, tokens[i:j + 1], text, sentence_initial(tokens, i, text))
                         and not spelt_otherwise(f, tokens[i:j + 1], text)]
                capitals = [f for f in index.get(candidate, ()) if capitals_in_title_case(f, tokens[i:j + 1], text)]
                # Where a spelling as written fits, a table's in capitals stands beside it only for the
                # page's sport's namesake (sportspages.py: "Red Star" on a basketball page).
                forms = forms + the_page_sports_capitals(capitals, forms, text) if forms else capitals
                if forms:
                    out.append(Match(i, j + 1, forms))
            if apart not in prefixes and joined not in prefixes and not tokens[j].hyphen_after:
                break
    for start, end, letters, key in dotted_runs(tokens, text):  # "U.N." is the registered UN
        forms = [f for f in index.get(key, ()) if f.acronym and f.surface == letters]
        if forms:
            out.append(Match(start, end, forms))
    taken = {n for m in out for n in range(m.start, m.end)}
    # Words found only as one word of a longer name ("Lebed" of Alexander Lebed) do not stop a full
    # name spelt otherwise around them ("Aleksander Lebed"), which is stronger than the word alone.
    weak = taken - {n for m in out if not all(f.partial for f in m.forms) for n in range(m.start, m.end)}
    # First, so that among names of one length these win: "State" in "the State and Homeland
    # Security Departments" is the State Department, whatever else "State" may be.
    shared = [Match(start, end, forms, note) for start, end, forms, note
              in shared_heads(tokens, text, gazetteer) + shared_heads_ru(tokens, text, gazetteer)
              + elided_heads_ru(tokens, text, gazetteer)]
    variants = [Match(*found) for found in spelling_variants(tokens, text, gazetteer, taken, weak)]
    # A variant on the very words of a weak match reads them better ("Guardian newspaper" is the
    # paper, whose "Guardian" alone is one word of its name): of two names of one length, the first wins.
    better = [v for v in variants if all(n in weak for n in range(v.start, v.end))]
    return shared + better + out + _other_script_matches(tokens, text, gazetteer, {(m.start, m.end) for m in out}) \
        + [v for v in variants if v not in better]


def _paragraph_between(gap: str) -> bool:
    """The text between two words ends a paragraph (a blank line) or a sentence at a line's end:
    no name runs on across it. A single line break alone does not (a hard-wrapped line)."""
    return "\n" in gap and (gap.count("\n") > 1 or any(mark in gap for mark in ".!?\u2026"))


_OTHER_SCRIPT = {"latin": "cyrillic", "cyrillic": "latin"}


def _other_script_matches(tokens: list[Token], text: str, gazetteer: Gazetteer,
                          taken: set[tuple[int, int]]) -> list[Match]:
    """Registered names written in the other script, Latin or Cyrillic ("Forbes" for a
    registered "Форбс"), by their sound: a capitalised run the names found as spelled
    do not already cover."""
    out = []
    for i in range(len(tokens)):
        if not capitalized(tokens[i].text) or not is_cased_script(tokens[i].text):
            continue
        for j in range(i, min(len(tokens), i + 4)):
            span = text[tokens[i].start:tokens[j].end]
            # The run ends at a word in lower case, a number or a line's end: "До этого 15" is no name.
            if not (capitalized(tokens[j].text) and is_cased_script(tokens[j].text)) or "\n" in span:
                break
            if (i, j + 1) in taken:
                continue
            other = _OTHER_SCRIPT.get(script_of(span))
            forms = gazetteer.sounds.get(f"{other} {sound_key(span)}", []) if other else []
            if forms and heard_in_other_script(tokens, text, i, j + 1):
                out.append(Match(i, j + 1, forms))
    return out


def longest_first(matches: list[Match]) -> tuple[list[Match], list[Match]]:
    """The longest names that do not overlap, and the registered names nested inside them
    ("КПК" in "Политбюро ЦК КПК": the party is named too)."""
    taken: set[int] = set()
    chosen, left = [], []
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        span = set(range(match.start, match.end))
        if not span & taken:
            taken |= span
            chosen.append(match)
        else:
            left.append(match)
    nested = [m for m in left if any(c.start <= m.start and m.end <= c.end for c in chosen)]
    return sorted(chosen, key=lambda m: m.start), nested
