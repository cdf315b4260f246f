"""A state body's name that the words around it give to a country's part, in English.

A federal country's states and provinces have bodies of the same names as the nation's: a
senate, a supreme court, a police, an interior ministry. News names the part's body by the
words right around the name, and those words say it is not the national one:

- a lower-case word of a level below the nation right before it: "the state Senate", "the
  provincial Assembly", "a county Court" (a state's or a province's senate, any of them);
- a country's part in the possessive right before it: "California's Senate", "Bavaria's
  Interior Ministry" (homes.owner_named_before reads a country there: "Germany's Foreign
  Ministry");
- "of" and a country's part right after it: "the Supreme Court of Ohio";
- a country's part's capitalised name right before it, in one run: "the Ohio House of
  Representatives", "OHIO SENATE PASSES BUDGET". The longer-name rule (longer.py) leaves such a
  run out in a sentence, but stands aside on a line it reads as a headline, and a short sentence
  with many capitals ("The Ohio House of Representatives voted on Monday.") reads as one. Not a
  part named by its place in the country ("Central", "North West": "the Central Council"), and
  not before a word of an election ("the Texas Senate race", "his Ohio Senate seat": the
  nation's seat the state elects).

A registered national body ("United States Senate", registered with "Senate" as alias, or
found bare in a story from its country) is then not meant: draft abstains. A registered name
that names the part itself ("Supreme Court of Ohio" with "Supreme Court" as its alias) is that
part's body and stays. Only names whose words are a state body's (STATE_BODY_HEADS): "Bavaria's
CSU" and "Turin's La Stampa" are a party and a paper based there, not a level of government.
The parts are pycountry's first-level subdivisions (otherwise.country_parts), less the names
that are also countries' or capitals' ("Georgia", "Washington": homes.py reads those)."""

from __future__ import annotations

import re

from .gazetteer import Form, Gazetteer
from .otherwise import country_parts
from .text import Token, name_key, script_of, token_key, tokenize

# The head words of a state's bodies that a country's parts have too. bodies.STATE_BODY_WORDS
# are read alone as the nation's; these are read in a registered name of any length.
STATE_BODY_HEADS = frozenset(token_key(w) for w in (
    "senate", "assembly", "legislature", "parliament", "court", "police", "ministry", "house", "cabinet",
    "government", "congress", "council", "department", "judiciary"))
# Lower-case words that put a body below the nation ("the state Senate"; "federal" does not).
_LEVEL_WORDS = frozenset({"state", "provincial", "regional", "county", "municipal", "city", "cantonal",
                          "prefectural", "territorial", "district"})
_POSSESSIVE = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s?\s+$")
# Parts named by their place in the country ("Central", "North West", "Nord"): the same words
# open many a body's own name ("the Central Council", "the Northern Assembly").
_POSITION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "central", "centre", "center", "centrale", "nord", "sud", "est", "ouest",
                             "upper", "lower", "coast", "capital"})
# Words after a body's name that make "<Part> Senate" the nation's seat the part elects.
_ELECTION_WORDS = frozenset({"race", "races", "seat", "seats", "candidate", "candidates", "contest", "primary",
                             "runoff", "election", "elections", "nominee", "nomination", "hopeful", "campaign"})
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})")


def a_parts_body(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                 gazetteer: Gazetteer) -> str:
    """Why tokens [start, end), matched as registered state bodies, name a country's part's body
    here ("the state Senate", "California's Senate", "the Supreme Court of Ohio"), or ''."""
    first, last = tokens[start], tokens[end - 1]
    if script_of(first.text) != "latin" or not first.text[:1].isupper() \
            or not any(t.key in STATE_BODY_HEADS for t in tokens[start:end]):
        return ""
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.text in _LEVEL_WORDS and text[before.end:first.start] == " ":
        if any(_names_a_part(f.target.name) or _names_a_part(f.surface) for f in forms):
            return ""  # a registered body of a country's part, named by its level ("the state Senate")
        return f"'{before.text} {text[first.start:last.end]}': a body of a country's part, not the nation's"
    place = _part_in_possessive(text[max(0, first.start - 60):first.start], gazetteer) \
        or _part_right_before(text, tokens, start, end, gazetteer)
    if not place:
        after = _OF_AFTER.match(text, last.end)
        place = _leading_part(after.group(1), gazetteer) if after else ""
    if not place or any(place in _keys(f.target.name) or place in _keys(f.surface) for f in forms):
        return ""  # "Supreme Court of Ohio" registered with its alias "Supreme Court": that part's own
    return f"the body of '{place.strip().title()}', a country's part, not the nation's"


def _keys(name: str) -> str:
    return " " + " ".join(t.key for t in tokenize(name)) + " "


def _part_in_possessive(before: str, gazetteer: Gazetteer) -> str:
    owner = _POSSESSIVE.search(before)
    if not owner:
        return ""
    words = owner.group(1).split()
    for n in range(len(words)):  # the words that end the run: "Governor of California's" -> "California"
        key = _part_key(" ".join(words[n:]), gazetteer)
        if key:
            return key
    return ""


def _part_right_before(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> str:
    """The key of a country's part whose capitalised name (one to three words, a space apart) runs
    right into tokens [start, end): "Ohio" of "the Ohio House of Representatives", or ''."""
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.text.lower() in _ELECTION_WORDS and text[tokens[end - 1].end:after.start] == " ":
        return ""  # "the Texas Senate race": the nation's seat
    for n in (3, 2, 1):  # the longest: "New South Wales", not "Wales"
        words = tokens[start - n:start] if start >= n else []
        if not words or not all(w.text[:1].isupper() for w in words) \
                or any(text[a.end:b.start] != " " for a, b in zip(words, [*words[1:], tokens[start]])):
            continue
        if all(w.text.lower() in _POSITION_WORDS for w in words):
            continue  # "the Central Committee", "Northern Command": a position, not the part's name
        key = _part_key(" ".join(w.text for w in words), gazetteer)
        if key:
            return key
    return ""


def _leading_part(words: str, gazetteer: Gazetteer) -> str:
    split = words.split()
    for n in range(len(split), 0, -1):  # "Ohio", "New Mexico", not "New" of "New South Wales"
        key = _part_key(" ".join(split[:n]), gazetteer)
        if key:
            return key
    return ""


def _part_key(written: str, gazetteer: Gazetteer) -> str:
    """The match key, with spaces around it, of a country's first-level part's name that names no
    country or capital too, or ''."""
    key = name_key(written)
    if key not in country_parts():
        return ""
    if key in gazetteer.place_keys or any(f.target.kind == "country" for f in gazetteer.lookup(key)):
        return ""
    return f" {key} "


def _names_a_part(name: str) -> bool:
    """A registered name holding a country's first-level part's name ("Texas State Senate")."""
    words = [t.text for t in tokenize(name)]
    return any(name_key(" ".join(words[i:j])) in country_parts()
               for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)
               if words[i][:1].isupper())
