"""Whose body a short form means: "Congress", "the State Department", "the Security Council"
written without the owner their registered name gives ("United States Congress", "United
Nations Security Council").

The text says whose, by these cues, in this order (a cue that is missing passes to the next):

- the words around it ("the Supreme Court of India", "Germany's Foreign Ministry": homes.py);
- the rest of the text as context.py reads it (namesakes of countries the text never names left
  out, ties, the corpus's prior);
- the owner the text names: the organization whose registered name opens the body's ("United
  Nations" of the United Nations Security Council), when no other namesake's owner is named;
- the country the story is filed from: its dateline's place ("WASHINGTON 1996-08-24", "DUSHANBE,
  May 31. /TASS/."), a country, its capital or a city of 15,000 people or more (GeoNames). A
  story filed from Washington that names Canada and Russia means the United States' State
  Department, not "a body every country has" of one of them (misreadings.py and homeland.py
  count the dateline's country among those the text names);
- otherwise nothing: a text naming several countries with none of these cues still leaves the
  one namesake of unknown home out (context.py).

A state body is written by one word of its name as well as by several ("Congress", "the Navy"
for "United States Navy"), but one word alone is found only when it is a state body's head word
(STATE_BODY_WORDS), never a word any name may end with ("Weekly" of "US Weekly", "Air" of "Air
France"), and only in a story filed from the body's country or after the text named the body in
full ("the U.S. Navy ... the Navy"). A text that merely names the country is not enough: measured
on the held-out ELEVANT texts, that added as many wrong references as right ones (4 and 4).
"""

from __future__ import annotations

import re

from .context import ONLY_NAMESAKE_LEFT
from .dateline import NUMERIC_DATELINE, find_dateline
from .gazetteer import Form, Gazetteer, Target
from .lexicon import city_country
from .linking import Match
from .text import Token, token_key, tokenize

# Heads of a state's bodies that stand for the body alone, capitalised inside a sentence ("the
# Republican-led Congress", "the Navy's first submarine"): what "the Senate" is to the Senate.
STATE_BODY_WORDS = ("congress", "senate", "parliament", "navy", "army", "legislature", "cabinet", "treasury",
                    "marines", "judiciary")
_STANDING_ALONE = frozenset(token_key(word) for word in STATE_BODY_WORDS)  # as tokens key them: "congres"

_HEAD_LINES = 6

_last: tuple[int, str, frozenset[Target]] | None = None  # (gazetteer's id, text, its story countries)


def story_countries(text: str, gazetteer: Gazetteer) -> frozenset[Target]:
    """The country the story is filed from, by its dateline's place (or its region, "ZORBTON,
    Examplia"): an empty set when the text has no dateline or its place is unknown. Read once
    per text: the linker and the rules after it ask for every name."""
    global _last
    if _last is not None and _last[0] == id(gazetteer) and _last[1] == text:
        return _last[2]
    head = "\n".join(text.split("\n", _HEAD_LINES)[:_HEAD_LINES])
    places: list[str] = []
    numeric = next(filter(None, map(NUMERIC_DATELINE.fullmatch, head.split("\n"))), None)
    if numeric:
        places = [p for p in (numeric["region"], numeric["place"]) if p]
    else:
        dateline = find_dateline(head)
        if dateline is not None and dateline.line <= _HEAD_LINES:
            places = [dateline.place]
    found: frozenset[Target] = frozenset()
    for place in places:
        country = _country_of_place(place.strip(), gazetteer)
        if country is not None:
            found = frozenset({country})
            break
    _last = (id(gazetteer), text, found)
    return found


def _country_of_place(place: str, gazetteer: Gazetteer) -> Target | None:
    key = " ".join(t.key for t in tokenize(place))
    if key in gazetteer.capitals:
        return gazetteer.capitals[key]
    countries = {f.target for f in gazetteer.lookup(key) if f.target.kind == "country"
                 and not f.origin.startswith("demonym")}
    if len(countries) == 1:
        return next(iter(countries))
    written = " ".join(w.capitalize() if w.isupper() else w for w in place.split())
    code = city_country(written) or city_country(f"{written} City")  # "NEW YORK" is GeoNames' New York City
    return gazetteer.countries.get(code) if code else None


def stands_alone(word_key: str) -> bool:
    """A state body's one-word short form: "congress", "navy"."""
    return word_key in _STANDING_ALONE


def named_in_full(found: list[tuple[int, Target]], gazetteer: Gazetteer) -> dict[str, tuple[int, Form]]:
    """The one-word short forms of state bodies the text has named in full, as (token index of
    the full name, the form to find the word by), by the word's key: "Navy" after "the U.S.
    Navy", whose registered name is its country's and that word ("United States Navy"). `found`:
    (first token, organization) of the names the text names, one entity each, longest first."""
    out: dict[str, tuple[int, Form]] = {}
    for start, target in sorted(found, key=lambda pair: pair[0]):
        keys = [t.key for t in tokenize(target.name)]
        for word, rest in ((keys[-1:], keys[:-1]), (keys[:1], keys[1:])):
            if len(keys) < 2 or not word or not stands_alone(word[0]) or word[0] in out:
                continue
            rest = [k for k in rest if k not in ("of", "the")]
            if rest and any(f.target.kind == "country" and not f.origin.startswith("demonym")
                            for f in gazetteer.lookup(" ".join(rest))):
                out[word[0]] = (start, Form(target, target.name, f"'{target.name}', named in full before, "
                                            "by its one word", False, True))
    return out


def owning_organizations(target: Target, gazetteer: Gazetteer) -> frozenset[Target]:
    """The registered organizations whose registered name opens `target`'s, the rest being the
    body's own words: the United Nations of "United Nations Security Council" (not an alias: a
    results table's "LOS ANGELES" for the Dodgers opens "Los Angeles Angels of Anaheim")."""
    keys = [t.key for t in tokenize(target.name)]
    owners = set()
    for n in range(1, len(keys)):
        owners.update(f.target for f in gazetteer.lookup(" ".join(keys[:n]))
                      if f.target.kind == "organization" and f.target != target and f.origin == "name")
    return frozenset(owners)


def another_countrys_than_the_story(chosen: Target, why: str, text: str, gazetteer: Gazetteer,
                                    homes: dict[Target, set[Target]] | None) -> bool:
    """The one namesake left because every other is another country's (context.choose) is itself
    tied to a country other than the one the story is filed from: "The Supreme Court" in a story
    datelined PHNOM PENH that also says "French colonial-era" is Cambodia's court, unregistered, not
    France's Court of Cassation registered with "Supreme Court" as its alias. A body's bare name
    means the story's own country's first."""
    if not why.startswith(ONLY_NAMESAKE_LEFT) or chosen.kind != "organization":
        return False
    home, story = (homes or {}).get(chosen) or set(), story_countries(text, gazetteer)
    return bool(home) and bool(story) and not home & story


def owner_named(targets: list[Target], found: set[Target], text: str, gazetteer: Gazetteer,
                homes: dict[Target, set[Target]] | None, otherwise: str = "") -> tuple[Target | None, str]:
    """The one organization among `targets` whose owner the text names, or the story's country is,
    when no other's is: (that body, why), else (None, `otherwise`). Asked only where the rest of
    the text (context.py) decided nothing."""
    organizations = [t for t in targets if t.kind == "organization"]
    if not organizations or len(organizations) != len(targets):
        return None, otherwise
    story = story_countries(text, gazetteer)
    owners = {t: owning_organizations(t, gazetteer) & found for t in organizations}
    owned = [t for t in organizations if owners[t]]
    if len(owned) == 1:
        owner = ", ".join(sorted(o.name for o in owners[owned[0]]))
        return owned[0], f"its owner '{owner}' is named in the text"
    if owned or not story:
        return None, otherwise
    at_home = [t for t in organizations if (homes or {}).get(t, set()) & story]
    if len(at_home) == 1:
        place = next(iter(story)).name
        return at_home[0], f"{place}'s, the country the story is filed from (its dateline)"
    return None, otherwise


def with_owners_spelled_before(chosen: list[Match], tokens: list[Token], text: str,
                               gazetteer: Gazetteer) -> list[Match]:
    """The linker's names found where an
    organization's name, acronym or alias right before a body's short form is the owner its
    registered name opens with: "UN Security Council" is the United Nations Security Council
    (registered with "Security Council" and "U.N. Security Council"), one name, not the United
    Nations and a security council."""
    ordered = sorted(chosen, key=lambda m: m.start)
    merged: list[Match] = []
    for match in ordered:
        before = merged[-1] if merged else None
        owners = {f.target for f in before.forms} if before is not None and before.end == match.start else set()
        if len(owners) == 1 and next(iter(owners)).kind == "organization" \
                and text[tokens[before.end - 1].end:tokens[match.start].start] == " ":
            owner = next(iter(owners))
            owned = [f for f in match.forms if f.target.kind == "organization"
                     and owner in owning_organizations(f.target, gazetteer)]
            if len({f.target for f in owned}) == 1:
                form = owned[0]
                merged[-1] = Match(before.start, match.end, [Form(
                    form.target, form.surface, f"{form.origin}, after '{owner.name}' that its registered name "
                    "opens with", form.acronym, form.proper)])
                continue
        merged.append(match)
    return merged
