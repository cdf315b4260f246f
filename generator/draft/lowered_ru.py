"""A state body's name that Russian news writes all in lower case, as a description ("коллегии
выборщиков", "палата представителей"): only a decree capitalises it. russian_case.py reads such a
name when a country's adjective opens it or a later word keeps its capital; with neither, the words
describe a body many countries have, and stay a description. But where the registry spells the
same body with its country too ("Коллегия выборщиков" and "Коллегия выборщиков США") and the text
names that country (a country the linker found), the description is that country's body, as "the
Senate" is the United States Senate in a text naming the US (homes.bare_state_bodies).

Not read so, since the words then belong to another name or another owner:
- a word after the description in capitals ("комитет по разведке Сената", "палата представителей
  Зорбленда"): the body of what follows (homes.py and russian_case.py read a country there), or a
  region's kind ("коллегии выборщиков штата"): a region's body;
- an adjective before it that names no country ("нижняя палата представителей", "центральной
  избирательной комиссии"): a longer description, or a region's body;
- a registered name of one word ("сенат"): a lone common noun is a word first (linker.py).
Cyrillic text only; an English name in lower case is no name."""

from __future__ import annotations

import re

from .adjectives import country_of_adjective
from .gazetteer import Form, Gazetteer, Target
from .linking import Match
from .morph import analyzer
from .russian_case import TERRITORIES
from .text import Token, tokenize

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
_MAX_WORDS = 6
# In the origin of the forms read here: placealiases.a_description lets them stand.
LOWERED = "in lower case as Russian writes a body's name"


def _description_like(surface: str) -> bool:
    """A registered name of two words or more written as Russian writes a description: its first
    word alone capitalised ("Коллегия выборщиков"), every word Cyrillic."""
    words = surface.split()
    return len(words) >= 2 and all(_CYRILLIC_WORD.match(w) for w in words) \
        and words[0][:1].isupper() and words[0][1:].islower() and all(w.islower() for w in words[1:])


def _country_spelled_with(form: Form, gazetteer: Gazetteer, named: set[Target]) -> Target | None:
    """A country the text names that one of the body's registered spellings adds to `form`'s
    ("Коллегия выборщиков США" beside "Коллегия выборщиков"), before or after it."""
    entity = form.target.entity
    spellings = (entity.name, *getattr(entity, "aliases", ())) if entity is not None else ()
    own = [t.key for t in tokenize(form.surface)]
    for spelling in sorted(spellings):
        keys = [t.key for t in tokenize(spelling)]
        if len(keys) <= len(own):
            continue
        rest = keys[len(own):] if keys[:len(own)] == own else keys[:-len(own)] if keys[-len(own):] == own else []
        countries = {f.target for f in gazetteer.lookup(" ".join(rest))
                     if f.target.kind == "country" and not f.origin.startswith("demonym")} if rest else set()
        for country in sorted(countries & named, key=lambda c: c.id):
            return country
    return None


def _adjective_of_no_country(word: str) -> bool:
    return any(p.tag.POS == "ADJF" for p in analyzer().parse(word)) and country_of_adjective(word) is None


def lowered_bodies(tokens: list[Token], text: str, gazetteer: Gazetteer, named: set[Target],
                   taken: set[int]) -> list[Match]:
    """Registered state bodies written all in lower case in Cyrillic text, whose country the text
    names (see the module's doc), on tokens no name found covers."""
    out = []
    for i, token in enumerate(tokens):
        if i in taken or not token.text.islower() or not _CYRILLIC_WORD.match(token.text):
            continue
        if i > 0 and text[tokens[i - 1].end:token.start] == " " and tokens[i - 1].text.islower() \
                and _CYRILLIC_WORD.match(tokens[i - 1].text) and _adjective_of_no_country(tokens[i - 1].text):
            continue  # "нижняя палата ...", "центральной избирательной комиссии"
        run, found = token.key, None
        for j in range(i + 1, min(len(tokens), i + _MAX_WORDS)):
            if j in taken or text[tokens[j - 1].end:tokens[j].start] != " " \
                    or not tokens[j].text.islower() or not _CYRILLIC_WORD.match(tokens[j].text):
                break
            run = f"{run} {tokens[j].key}"
            forms = [f for f in gazetteer.index.get(run, ()) if f.target.kind == "organization" and f.proper
                     and not f.acronym and not f.partial and _description_like(f.surface)
                     and len(f.surface.split()) == j + 1 - i]
            if forms:
                found = (j + 1, forms)
            if run not in gazetteer.prefixes:
                break
        if found is None:
            continue
        end, forms = found
        if end < len(tokens) and text[tokens[end - 1].end:tokens[end].start] == " " and tokens[end].text[:1].isupper():
            continue  # "комитет по разведке Сената": the body of what follows
        if end < len(tokens) and tokens[end].text in TERRITORIES:
            continue  # "председатель коллегии выборщиков штата": a region's body (russian_case.regional_body)
        read = []
        for form in forms:
            country = _country_spelled_with(form, gazetteer, named)
            if country is not None:
                read.append(Form(form.target, form.surface, f"{form.origin}, {LOWERED}, of {country.name} "
                                 "that the text names", False, True))
        if read:
            out.append(Match(i, end, read))
            taken.update(range(i, end))
    return out
