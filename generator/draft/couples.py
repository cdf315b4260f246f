"""A couple or a family named by its given names and one surname in the plural: "Сергей и
Юлия Скрипали", "Петру и Анне Зорбиновым". Russian news names the members once each and the
surname once, after the last given name, in the plural; neither member's full name is then
written, so the matcher finds no one.

The last given name and the plural word are read as the registered person whose given name it
is (in any case form, family.given_names) and whose surname the plural word is a form of, by the
morphology dictionary: one of its plural readings has the surname as its dictionary form. No
ending is written here; the dictionary decides what a plural of a surname is. Only when another
capitalised word and "и" or a comma stand before the given name (a second member named: a lone
given name before a plural is no couple), and exactly one registered person fits. The first
member is then found by family.py, as a given name beside a relative named in full."""

from __future__ import annotations

from typing import Any

from .family import given_names
from .morph import analyzer
from .text import Token, script_of

_JOINED_BY = (" и ", ", ")


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def _plural_of(word: str) -> set[str]:
    """The dictionary forms of a word's plural readings ("Скрипали" -> {"скрипаль"})."""
    return {_plain(p.normal_form) for p in analyzer().parse(word) if "plur" in p.tag}


def _surnames(person) -> set[str]:
    """The last word of each registered spelling of two words or more, and the dictionary form
    of its readings as a surname (a woman's "Петрова" -> "петров", the family's plural's)."""
    out = set()
    for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
        words = spelling.split()
        if len(words) >= 2:
            out.add(_plain(words[-1]))
            out.update(_plain(p.normal_form) for p in analyzer().parse(words[-1]) if "Surn" in p.tag)
    return out


def couples(text: str, tokens: list[Token], gazetteer: Any, covered: set[int]) -> list[tuple[int, Any]]:
    """(index of the given name, person) for each given name and plural surname as above; the
    mention is the two tokens."""
    table = None  # built on the first candidate: most texts have none
    out = []
    for i in range(2, len(tokens) - 1):
        given, plural, before = tokens[i], tokens[i + 1], tokens[i - 2]
        if i in covered or i + 1 in covered or script_of(plural.text) != "cyrillic":
            continue
        if not (given.text[:1].isupper() and plural.text[:1].isupper() and plural.text[1:].islower()
                and before.text[:1].isupper() and text[given.end:plural.start] == " "
                and text[before.end:given.start] in _JOINED_BY):
            continue
        table = given_names(gazetteer) if table is None else table
        owners = table.get(given.key)
        if not owners:
            continue
        readings = _plural_of(plural.text)
        fitting = {person for person, _ in owners if readings & _surnames(person)}
        if len(fitting) == 1:
            out.append((i, next(iter(fitting))))
    return out


def link_couples(linker: Any) -> None:
    """The linker's step (`linker` is linker._Linker): add each member named as above."""
    for i, person in couples(linker.text, linker.tokens, linker.gazetteer, linker.linking.covered):
        linker.add(person, i, i + 2, "given name and the surname in the plural, a couple named once")
