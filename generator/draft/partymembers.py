"""Registered Russian organizations named as "<adjective> <noun>" ("Демократическая партия"; those
two words alone as a name or alias: "Коммунистическая партия Китая" does not make "Коммунистическая
партия" its name, which any country's party bears), found where Russian news writes them
otherwise, read with pymorphy3 (no endings listed here):

- a party's members' noun ("демократы", "республиканец", "консерваторов" of "Консервативная
  партия"): Russian derives the member's noun and the party's adjective from one stem
  (демократ / демократ-ический, республикан-ец / республикан-ский, консерват-ор /
  консерват-ивный), so an animate noun whose lemma is the adjective's lemma's beginning, less at
  most a two-letter suffix of its own, is a member. As the English members' plural
  (derived.py), only in a text that speaks of a party (the lemma "партия" in it, or the members
  of two parties: "демократы и республиканцы"), only where the
  party's home is named, not beside a capitalised word that makes it a longer name ("Шведские
  демократы") nor hyphened to another word ("социал-демократы"); a party named by a country's
  adjective ("Американская партия") is left out, since its stem's noun names a people
  ("американцы"), not its members.

Two such names sharing their noun in the plural ("Республиканской и Демократической партий") are
coordinated_ru.py's, for every registered "<adjective> <noun>".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .adjectives import country_of_adjective
from .gazetteer import Form, Gazetteer
from .longer import sentence_initial
from .morph import analyzer
from .text import Token, script_of

_PARTY = "партия"
_SUFFIX_LETTERS = 2  # "республиканец" / "республиканский", "консерватор" / "консервативный"
_SHORTEST_STEM = 5  # letters the member's noun and the adjective share at least
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")

_TABLES: dict[int, dict[str, dict[str, list[Form]]]] = {}  # id(gazetteer) -> noun lemma -> adjective lemma -> forms
_FOR: list[Gazetteer] = []


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(part of speech, lemma, grammemes) of each pymorphy3 reading of a Cyrillic word."""
    if not _CYRILLIC_WORD.match(word):
        return ()
    return tuple((p.tag.POS or "", p.normal_form, frozenset(p.tag.grammemes)) for p in analyzer().parse(word.lower()))


def _adjective_noun_names(gazetteer: Gazetteer) -> dict[str, dict[str, list[Form]]]:
    """Registered organizations named "<adjective> <noun>" in Russian, those two words alone (as
    name or alias): the noun's lemma -> the adjective's lemma -> the forms, one per organization."""
    if not _FOR or _FOR[0] is not gazetteer:
        _TABLES.clear()
        _FOR[:] = [gazetteer]
    if id(gazetteer) not in _TABLES:
        table: dict[str, dict[str, list[Form]]] = {}
        for key in sorted(gazetteer.index):
            for form in gazetteer.index[key]:
                if form.target.kind != "organization" or form.partial or form.acronym \
                        or script_of(form.surface) != "cyrillic" or "Russian" in form.origin:
                    continue
                words = form.surface.split()
                if len(words) != 2 or not words[0][:1].isupper() or not _CYRILLIC_WORD.match(words[0]):
                    continue  # "Коммунистическая партия Китая": the two words alone name any country's party
                adjective = next((lemma for pos, lemma, tags in _readings(words[0])
                                  if pos == "ADJF" and {"nomn", "sing"} <= tags), "")
                noun = next((lemma for pos, lemma, tags in _readings(words[1])
                             if pos == "NOUN" and {"nomn", "sing"} <= tags), "")
                if adjective and noun and not country_of_adjective(words[0]):
                    entry = table.setdefault(noun, {}).setdefault(adjective, [])
                    if not any(f.target == form.target for f in entry):
                        entry.append(form)
        _TABLES[id(gazetteer)] = table
    return _TABLES[id(gazetteer)]


def _members_stem(noun: str, adjective: str) -> bool:
    """A member's noun and its party's adjective from one stem: the noun, less at most a
    two-letter suffix, begins the adjective, which goes on past it."""
    shared = len(next((p for p in (noun[:n] for n in range(len(noun), 0, -1)) if adjective.startswith(p)), ""))
    return shared >= _SHORTEST_STEM and len(noun) - shared <= _SUFFIX_LETTERS and len(adjective) > shared


def party_names(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int], home_named) -> list[tuple]:
    """(start, end, forms, why) of registered Russian "<adjective> партия" organizations written as
    their members' noun; `home_named(target)` says
    whether the text names the organization's country (or it has none)."""
    table = _adjective_noun_names(gazetteer)
    if not table or not any(_CYRILLIC_WORD.match(t.text) for t in tokens[:200]):
        return []
    return _members(tokens, text, gazetteer, taken, table.get(_PARTY, {}), home_named)


def _members(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int],
             parties: dict[str, list[Form]], home_named) -> list[tuple]:
    if not parties:
        return []
    out, stems, said_of_a_name = [], set(), False
    for i, token in enumerate(tokens):
        hyphened = i > 0 and tokens[i - 1].hyphen_after
        if i in taken or not token.text[:1].islower() and not sentence_initial(tokens, i, text) \
                or token.hyphen_after or hyphened and not _apposed_after_hyphen(tokens, text, i, parties) \
                or not hyphened and _capitalised_before(tokens, text, i) or token.key in gazetteer.place_keys:
            continue
        nouns = {lemma for pos, lemma, tags in _readings(token.text) if pos == "NOUN" and "anim" in tags}
        forms = [f for noun in sorted(nouns)
                 for adjective, entry in parties.items() if _members_stem(noun, adjective)
                 for f in entry if home_named(f.target)]
        if forms:
            stems.update(adjective for noun in nouns for adjective in parties if _members_stem(noun, adjective))
            said_of_a_name = said_of_a_name or not hyphened and _before_a_name(tokens, text, i, gazetteer)
            out.append((i, i + 1, [replace(f, origin=f"the members' noun of the {f.origin}") for f in forms],
                        "a party's members in a text that speaks of a party"))
    # "демократы" are people of a view unless the text speaks of a party: by its word, by naming the
    # members of two parties ("демократы и республиканцы"), as news of an election does, or by
    # introducing a person by the party ("за демократа Джо Байдена").
    if any(lemma == _PARTY for t in tokens for _, lemma, _ in _readings(t.text)) \
            or len(stems) > 1 or said_of_a_name:
        return out
    return []


def _capitalised_before(tokens: list[Token], text: str, i: int) -> bool:
    """A capitalised word right before, inside the sentence: the noun ends a longer name
    ("Шведские демократы")."""
    return i > 0 and not sentence_initial(tokens, i, text) and text[tokens[i - 1].end:tokens[i].start] == " " \
        and tokens[i - 1].text[:1].isupper()


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})
_NOT_COMMON = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Fixd", "Abbr"})


def _case_number(word: str) -> set[tuple[str, str]]:
    """(case, number) of each reading of a word as a common animate noun."""
    return {(c, n) for pos, _, tags in _readings(word) if pos == "NOUN" and "anim" in tags and not tags & _NOT_COMMON
            for c in tags & _CASES for n in tags & {"sing", "plur"}}


def _apposed_after_hyphen(tokens: list[Token], text: str, i: int, parties: dict[str, list[Form]]) -> bool:
    """A common noun hyphened before the member's noun, in its case and number, is the person's
    office, the member's noun its apposition ("сенаторов-демократов", "президента-республиканца");
    "социал-демократы" has no such noun before, and a member's noun before is one member of two
    views ("демократами-центристами")."""
    before = tokens[i - 1]
    if i > 1 and tokens[i - 2].hyphen_after \
            or not before.text[:1].islower() and not sentence_initial(tokens, i - 1, text):
        return False
    if any(_members_stem(lemma, adjective) for pos, lemma, _ in _readings(before.text) if pos == "NOUN"
           for adjective in parties):
        return False
    return bool(_case_number(before.text) & _case_number(tokens[i].text))


def _before_a_name(tokens: list[Token], text: str, i: int, gazetteer: Gazetteer) -> bool:
    """The member's noun right before a capitalised Cyrillic word, not a place, inside the
    sentence: the person it introduces ("за демократа Джо Байдена")."""
    if i + 1 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start] != " ":
        return False
    after = tokens[i + 1]
    return after.text[:1].isupper() and bool(_CYRILLIC_WORD.match(after.text)) \
        and after.key not in gazetteer.place_keys and not sentence_initial(tokens, i + 1, text)
