"""A registered one-word name that contracts the same entity's longer registered name:
"Евросоюз" of "Европейский Союз", "Минздрав" of "Министерство здравоохранения", "Госдума" of
"Государственная дума" (Russian forms such words from the beginnings of a name's words).

The linker doubts a one-word organization's name the Russian dictionary knows as a place
("в Ленинграде" is the city, not the band). pymorphy3 tags some contractions so ("Евросоюз"
is Geox in its dictionary), and then every "Евросоюза" in a text was left out. A word that
contracts the entity's own longer name is that name shortened, not a place's that happens to
be registered: a place's name does not spell its organization's longer name."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Target

_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST_PIECE = 2  # letters taken from a word: "Ев" + "ро" is no contraction of one word
_LINKING = frozenset({"и", "по", "of", "and", "the", "for"})  # words a contraction skips


def _contracts(word: str, words: tuple[str, ...], stumps: bool = False) -> bool:
    """`word` is the beginnings of `words`, in order, each used: ("евросоюз", ("европейский",
    "союз")); a linking word may be skipped. With `stumps`, each beginning is shorter than its word."""
    if not words:
        return not word
    head, rest = words[0], words[1:]
    if head in _LINKING and _contracts(word, rest, stumps):
        return True
    for n in range(min(len(head) - stumps, len(word)), _SHORTEST_PIECE - 1, -1):
        if head[:n] == word[:n] and _contracts(word[n:], rest, stumps):
            return True
    return False


def stumps_of(word: str, words: tuple[str, ...]) -> bool:
    """`word` (lower case) is stumps of `words` (lower case), in order, each used and cut short:
    "мосгор" of ("московская", "городская"), not "ива" of ("ива",) (stumps.py)."""
    return _contracts(word, words, stumps=True)


@lru_cache(maxsize=4096)
def _contracts_a_name(word: str, names: tuple[str, ...]) -> bool:
    key = word.lower()
    for name in names:
        words = tuple(w.lower() for w in _WORD.findall(name))
        if len(words) >= 2 and _contracts(key, words):
            return True
    return False


def contracts_own_name(surface: str, target: Target) -> bool:
    """The registered one-word spelling `surface` contracts one of `target`'s longer
    registered names."""
    entity = target.entity
    if entity is None or " " in surface.strip():
        return False
    names = (entity.name, *getattr(entity, "aliases", ()))
    return _contracts_a_name(surface, tuple(n for n in names if n != surface))
