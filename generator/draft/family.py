"""A registered person named by the given name alone beside a relative named in full:
"Сергей Скрипаль и его дочь Юлия", "Bill and Hillary Clinton". News names a family by
one full name and its other members by their given names; the given name is read as
the registered person whose full name it begins when that person's surname is the
surname of someone the text names in full (Скрипаль, Навальный for Навальная), and
exactly one registered person fits.

Not when the given name is a word of a longer name ("Юлия Петрова", "Bill Gates"), an
ordinary word of the text, or a place; and never for a name of one word."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Target, same_stem
from .morph import inflections
from .ordinary import is_ordinary_word
from .text import Token, capitalized, script_of, tokenize

_JOINERS = (" ", "\xa0", "\u202f", "-", "\u2010", "\u2011")  # a no-break space joins names as well
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична|ovich|evich|ovna|evna)$", re.IGNORECASE)


def surname_keys(person: Target) -> set[str]:
    """The keys of a person's surname in every case form: the last word of each registered
    spelling of two words or more, unless it is a patronymic ("Андрей Владимирович")."""
    keys = set()
    for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
        words = spelling.split()
        if len(words) < 2 or _PATRONYMIC.search(words[-1]):
            continue
        for form in {spelling, *inflections(spelling)}:
            tokens = tokenize(form)
            if len(tokens) >= 2:
                keys.add(tokens[-1].key)
    return keys


def given_names(gazetteer: Gazetteer) -> dict[str, list[tuple[Target, str]]]:
    """Given name key (every case form) -> (person, surname key) for each registered person
    whose name is a given name and a surname, built once per gazetteer."""
    if gazetteer.given_owners is None:
        table: dict[str, list[tuple[Target, str]]] = {}
        for person in gazetteer.surnames:
            entity = person.entity
            for spelling in (person.name, *(getattr(entity, "aliases", None) or ())):
                words = tokenize(spelling)
                if len(words) < 2 or "." in spelling or _PATRONYMIC.search(words[-1].text):
                    continue  # "А. С. Пушкин" has no given name to find alone; "Андрей Владимирович" no surname
                for form in {spelling, *inflections(spelling)}:
                    tokens = tokenize(form)
                    if len(tokens) == len(words):
                        entry = (person, words[-1].key)
                        if entry not in table.setdefault(tokens[0].key, []):
                            table[tokens[0].key].append(entry)
        gazetteer.given_owners = table
    return gazetteer.given_owners


_PARTICLES = {"ibn", "bin", "ben", "ибн", "бин", "бен", "de", "da", "van", "von", "al", "аль", "ал", "эль", "del"}


def _free_standing(text: str, tokens: list[Token], i: int) -> bool:
    """No capitalised word joined to it on either side, nor a name's particle after it
    ("Мухаммед ибн Зуфар"): it is not a word of a longer name."""
    if i + 1 < len(tokens) and tokens[i + 1].text in _PARTICLES and text[tokens[i].end:tokens[i + 1].start] in _JOINERS:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
            if text[a.end:b.start] in _JOINERS and capitalized(tokens[j].text):
                return False
    return True


def relatives(text: str, tokens: list[Token], gazetteer: Gazetteer, covered: set[int], found: list[Target],
              lower_words: set[str], sentence_initial) -> list[tuple[int, Target, str]]:
    """(token index, person, the relative's name) for each given name alone that names one
    registered member of a family the text names in full."""
    family = {person: surname_keys(person) for person in found}
    family = {person: keys for person, keys in family.items() if keys}
    if not family:
        return []
    table = given_names(gazetteer)
    out = []
    for i, token in enumerate(tokens):
        owners = table.get(token.key)
        if not owners or i in covered or not capitalized(token.text) or not _free_standing(text, tokens, i):
            continue
        if token.key in lower_words or token.text.lower() in lower_words or token.key in gazetteer.place_keys:
            continue
        if sentence_initial(tokens, i, text) and is_ordinary_word(token.text, script_of(token.text)):
            continue
        # Another member of the family: the person named in full is found already.
        fitting = {person: relative for person, surname in owners if person not in family
                   for relative, keys in family.items() if any(same_stem(surname, key) for key in keys)}
        if len(fitting) == 1:
            person, relative = next(iter(fitting.items()))
            out.append((i, person, relative.name))
    return out
