"""A registered person's two-word Cyrillic name written with one vowel of a foreign word
transliterated otherwise: "Гарри Трумена" for Гарри Труман, "Сара Пейлин" for Сара Пейлен;
or with the final "s" of an English surname heard voiced or not ("Крис Коллинс" for Крис
Коллинз: Russian writes с or з for the one letter). Russian news transliterates English vowels
several ways (а/э/е for the same sound), and the consonant key that joins such spellings
(variants.py) needs eight consonants, which a short name has not.

Read where one word is a word of the registered name in a case form it takes (from
morph.inflections and mannames) and the other differs from that name's other word in the same
form by one vowel for another, not in its last letter (where a case ending is), five letters or
longer (or its с/з at the end of the registered word's stem, before any case ending); both
spellings of that word are foreign to the dictionary: unknown to it and not read as a Russian
surname even by its guess ("Анна" and "Инна" are two names it knows; "Синтава" is no "Синтова",
whose suffix it reads as a Russian surname's, with a woman's form of its own). A surname the
guess reads as one a woman bears unchanged (Труман, as Коллинз or Рейган) is of the foreign
kind, with one of а, е, э for another (an English unstressed vowel; "Хансон" and "Хансен" are
two surnames): Russian surnames that take a woman's form (Синтов, Синтова) are not. And no
other registered person is as near."""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Form, Gazetteer
from .mannames import declined_as_a_man
from .morph import analyzer, inflections, unknown_to_dictionary
from .text import Token, tokenize

_WORD = re.compile(r"^[А-ЯЁ][а-яё]+$")
_VOWELS = frozenset("аеёиоуыэюя")
_SHORTEST = 5  # letters
_UNSTRESSED = frozenset("аеэ")  # an English schwa, written any of these three


def vowel_variants(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int]) -> list[tuple]:
    """(start, end, forms) for each pair of words that is a registered name with one vowel changed."""
    table = _two_word_names(gazetteer)
    out = []
    for i in range(len(tokens) - 1):
        pair = tokens[i:i + 2]
        if i in taken or i + 1 in taken or text[pair[0].end:pair[1].start] != " " \
                or not all(_WORD.match(t.text) for t in pair):
            continue
        near = []
        for place in (0, 1):
            exact, other = pair[place].text.lower(), pair[1 - place].text
            if len(other) < _SHORTEST or not unknown_to_dictionary(other):
                continue
            near += [form for word, form, registered in table.get((place, exact), ())
                     if _transliterated_otherwise(word, other.lower(), registered)]
        if len({f.target for f in near}) == 1:
            out.append((i, i + 2, [replace(near[0], origin=f"{near[0].origin}, a vowel transliterated otherwise")]))
    return out


def _foreign(word: str) -> bool:
    """Unknown to the dictionary, and as registered (in the nominative) not read as a Russian
    surname even by its guess (a case form may be: "Трумана" as Труман's)."""
    return unknown_to_dictionary(word) and not any("Surn" in p.tag for p in analyzer().parse(word))


def _guessed_foreign(word: str) -> bool:
    """Unknown to the dictionary and guessed a surname, but only one a woman bears unchanged (the
    guess reads Труман so; Синтова it reads as a woman's form of Синтов, a surname of the Russian
    kind)."""
    if not unknown_to_dictionary(word):
        return False
    women = [p for p in analyzer().parse(word) if "Surn" in p.tag and "femn" in p.tag]
    return bool(women) and all("Fixd" in p.tag for p in women)


def _transliterated_otherwise(registered: str, written: str, nominative: str) -> bool:
    """One vowel for another in a word foreign to the dictionary; or, in a surname it guesses is
    one a woman bears unchanged, one of а, е, э for another (an English unstressed vowel: "Трумена"
    for "Трумана"; not "Хансон" for "Хансен", two surnames); or с for з (either way) where the
    registered word in the nominative ends: the final "s" of an English name, voiced or not
    ("Коллинса" for "Коллинза")."""
    if _one_vowel_changed(registered, written):
        if _foreign(nominative):
            return True
        changed = {a for a, b in zip(registered, written) if a != b} | {b for a, b in zip(registered, written) if a != b}
        return changed <= _UNSTRESSED and _guessed_foreign(nominative)
    if len(registered) != len(written) or registered == written or not (_foreign(nominative) or _guessed_foreign(nominative)):
        return False
    diff = [n for n in range(len(written)) if registered[n] != written[n]]
    return len(diff) == 1 and diff[0] == len(nominative) - 1 and {registered[diff[0]], written[diff[0]]} == {"с", "з"}


def _one_vowel_changed(registered: str, written: str) -> bool:
    if len(registered) != len(written) or registered == written:
        return False
    diff = [n for n in range(len(written)) if registered[n] != written[n]]
    return len(diff) == 1 and diff[0] < len(written) - 1 and registered[diff[0]] in _VOWELS and written[diff[0]] in _VOWELS


def _two_word_names(gazetteer: Gazetteer) -> dict[tuple[int, str], list[tuple[str, Form, str]]]:
    """(place, word in lower case) -> (the other word, the name's form, that word as registered)
    for every case form of every registered two-word Cyrillic person's name, built once per gazetteer."""
    if gazetteer.vowel_names is None:
        table: dict[tuple[int, str], list[tuple[str, Form]]] = {}
        people = sorted({f.target for forms in gazetteer.index.values() for f in forms
                         if f.target.kind == "person" and f.origin in ("name", "alias")}, key=lambda t: t.id)
        for person in people:
            for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
                words = spelling.split()
                if len(words) != 2 or not all(_WORD.match(w) for w in words):
                    continue
                key = " ".join(t.key for t in tokenize(spelling))
                form = next((f for f in gazetteer.lookup(key) if f.target == person and f.surface == spelling), None)
                if form is None:
                    continue
                for written in sorted({spelling} | inflections(spelling) | declined_as_a_man(spelling)):
                    first, second = written.lower().split()
                    table.setdefault((0, first), []).append((second, form, words[1]))
                    table.setdefault((1, second), []).append((first, form, words[0]))
        gazetteer.vowel_names = table
    return gazetteer.vowel_names
