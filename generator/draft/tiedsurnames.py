"""A capitalised word the dictionary reads as a surname and as an adjective, with no preference
between them ("Зеленский", "Навального": pymorphy3 scores its surname reading as high as the
adjective's). Inside a sentence Russian writes an adjective with a capital only as the first word
of a name, and then a noun it agrees with follows ("Горький переулок", "Зеленского района"); a
capitalised word with no such noun after it is read as the surname. surnames.py asks this only
of a word one registered person bears as a surname, with its other guards (no one else of that
surname in the text, not a place, not a word of a longer name).

A tie only: where the dictionary prefers the adjective ("Белый", "Бедный") or a common noun
("Никсон", read as a word), the word stays unread (an oblique lone surname the dictionary does
not read as one was tried three times and not kept, bench/DRAFT_QUALITY.md)."""

from __future__ import annotations

import re

from .morph import analyzer
from .text import Token

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
_SAME = 1e-9  # pymorphy3's scores are fractions of one count; equal ones are equal to this


def surname_tied_with_adjective(text: str, tokens: list[Token], i: int) -> bool:
    """The word's likeliest readings are a surname and an adjective only, equally likely, and
    no lower-case noun right after it agrees with the adjective (case, number and gender)."""
    word = tokens[i].text
    if not _CYRILLIC_WORD.match(word) or not word[:1].isupper():
        return False
    parses = analyzer().parse(word)
    top = [p for p in parses if p.score >= parses[0].score - _SAME]
    surname = [p for p in top if "Surn" in p.tag]
    adjectives = [p for p in top if p.tag.POS == "ADJF"]
    if not surname or not adjectives or len(surname) + len(adjectives) != len(top):
        return False
    return not _agreeing_noun_after(text, tokens, i, adjectives)


def _agreeing_noun_after(text: str, tokens: list[Token], i: int, adjectives: list) -> bool:
    if i + 1 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start] != " ":
        return False
    after = tokens[i + 1].text
    if not _CYRILLIC_WORD.match(after) or not after.islower() or len(after) == 1:  # "в" is no noun
        return False
    return any(noun.tag.POS == "NOUN" and "Abbr" not in noun.tag and _agrees(adjective.tag, noun.tag)
               for noun in analyzer().parse(after) for adjective in adjectives)


def _agrees(adjective, noun) -> bool:
    if adjective.case != noun.case or adjective.number != noun.number:
        return False
    return noun.number == "plur" or adjective.gender == noun.gender
