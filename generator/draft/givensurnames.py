"""A registered person's foreign surname that the dictionary knows first as a given name
("Уоррен", "Сандерс": English surnames made of given names, as Warren, Sanders, Graham are),
read as that surname when written alone exactly as registered. A news text names a person by the
given name alone only after naming him or her in full, and surnames.py already abstains wherever
the word is a word of another full name in the text; what is left is the surname. Not where a
registered person bears the word as a given name (then it may be that one's), nor after a kinship
word ("его сын Уоррен": a relative's own given name)."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Target
from .morph import analyzer, is_kinship_word
from .text import Token

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")


def given_name_as_surname(text: str, tokens: list[Token], i: int, person: Target, gazetteer: Gazetteer) -> bool:
    """The dictionary's likeliest reading of the word is a given name, the word is the person's
    registered surname as written, and no registered person's given name is that word."""
    word = tokens[i].text
    if not _CYRILLIC_WORD.match(word) or not word[:1].isupper():
        return False
    parses = analyzer().parse(word)
    if not parses or "Name" not in parses[0].tag:
        return False
    spellings = (person.name, *(getattr(person.entity, "aliases", None) or ()))
    if word not in {s.split()[-1] for s in spellings if len(s.split()) > 1}:
        return False
    if i > 0 and text[tokens[i - 1].end:tokens[i].start] == " " and is_kinship_word(tokens[i - 1].text):
        return False
    return not any(_given_name_of(other) == word for other in gazetteer.surnames)


def _given_name_of(person: Target) -> str:
    words = person.name.split()
    return words[0] if len(words) > 1 else ""
