"""An organization named by one word of its longer name ("Schalke" for FC Schalke 04,
"Freiburg" for SC Freiburg): when that word is a name by itself, and when the text says
it means the organization rather than the city it is named after.

Such a word is weak by default (gazetteer.py: "one word of a longer name"), because it
is often an ordinary word ("Senate", "Army", "Society") or a place. Two readings make it
strong, in English text only (Russian keeps the default; its dictionary is morph.py's):

- a name by itself: neither an English dictionary word (nor its plural), nor a city, nor
  a country, capital or demonym the gazetteer knows (nor a demonym's plural, "Indians"),
  nor a word of another registered entity's name ("Chelsea" Clinton, "European" of the
  European Commission when the European Union is "European"), nor written in lower
  case in this text: "Schalke", "Benfica", "Daimler", "Hertha". The linker's other checks
  (a sentence's first word, a place) still apply;
- a city's name ("Freiburg", "Valencia") in a sentence that names another registered
  organization by such a short form, with no place word ("in", "to", "from") before it:
  a match report or a league table ("Werder Bremen turned a deficit against Freiburg",
  "drawn with Valencia, Lille and ..."), never "a think tank in Freiburg".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Form, Gazetteer, Target
from .lexicon import is_city, is_english_word
from .text import Token, is_cased_script, token_key

ONE_WORD = "one word of a longer name"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*\s|\n")
_PLACE_WORDS = {"in", "to", "from", "at", "near", "into", "across", "of", "outside", "around", "toward",
                "towards", "via"}

_name_words: dict[int, tuple[Gazetteer, dict[str, frozenset[Target]]]] = {}


def _owners_of_words(gazetteer: Gazetteer) -> dict[str, frozenset[Target]]:
    """Each word of a registered name or alias (not a country's) -> the entities whose names
    hold it, once per gazetteer: "European" is in many, "Schalke" in one."""
    cached = _name_words.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    owners: dict[str, set[Target]] = {}
    for key, forms in gazetteer.index.items():
        targets = {f.target for f in forms if f.target.kind != "country"}
        if targets:
            for word in key.split(" "):
                owners.setdefault(word, set()).update(targets)
    frozen = {word: frozenset(targets) for word, targets in owners.items()}
    _name_words.clear()  # one registry per run: keep only the latest
    _name_words[id(gazetteer)] = (gazetteer, frozen)
    return frozen


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Every country's demonym (countryinfo), even one several countries share ("Indian")."""
    from .places import _countryinfo  # places.py keeps only demonyms one country owns

    return frozenset(token_key(word.strip()) for demonym, _ in _countryinfo().values() if demonym
                     for word in demonym.split(",") if " " not in word.strip())


def _is_word(word: str) -> bool:
    lower = word.lower()
    return is_english_word(lower) or (lower.endswith("s") and is_english_word(lower[:-1])) \
        or (lower.endswith("es") and is_english_word(lower[:-2]))


def _names_a_country(gazetteer: Gazetteer, key: str) -> bool:
    """A country's name, capital or demonym, or a demonym's plural ("Indians")."""
    if key in gazetteer.place_keys:
        return True
    for spelling in (key, key[:-1] if key.endswith("s") else ""):
        if spelling and (spelling in _demonyms() or any(f.target.kind == "country"
                                                        for f in gazetteer.index.get(spelling, ()))):
            return True
    return False


def is_one_word_short_form(forms: Sequence[Form], span: int) -> bool:
    return span == 1 and any(f.partial == ONE_WORD and f.target.kind == "organization" for f in forms)


@dataclass(frozen=True)
class _Candidate:
    index: int  # token index
    targets: frozenset[Target]
    sentence: int


class ShortForms:
    """The one-word short forms of organizations that a text holds, read once per text."""

    def __init__(self, text: str, tokens: list[Token], gazetteer: Gazetteer,
                 matches: Sequence[tuple[int, int, Sequence[Form]]], lower_words: set[str]):
        self.text, self.tokens, self.gazetteer, self.lower_words = text, tokens, gazetteer, lower_words
        self.english = not _CYRILLIC.search(text)  # Russian keeps the default: its dictionary is morph.py's
        sentences = _sentence_numbers(text, tokens)
        self.candidates = {start: _Candidate(start, frozenset(f.target for f in forms if f.partial == ONE_WORD),
                                             sentences[start])
                           for start, end, forms in matches if is_one_word_short_form(forms, end - start)}

    def name_by_itself(self, index: int) -> bool:
        """The word is a name wherever it is written capitalised: no word, city, country or person's name."""
        token = self.tokens[index]
        word = token.text
        if not self.english or not is_cased_script(word) or not word[:1].isupper() or len(word) < 3:
            return False
        if token.key in self.lower_words or word.lower() in self.lower_words:
            return False
        here = self.candidates[index].targets
        return not (_is_word(word) or is_city(word) or _names_a_country(self.gazetteer, token.key)
                    or not _owners_of_words(self.gazetteer).get(token.key, frozenset()) <= here)

    def city_in_a_list_of_clubs(self, index: int) -> bool:
        """A city's name that, in this sentence, stands among other organizations' short forms
        and after no place word: the organization named after the city."""
        token = self.tokens[index]
        if not self.english or not is_city(token.text, 15_000) or _is_word(token.text) \
                or token.key in self.lower_words or _names_a_country(self.gazetteer, token.key):
            return False
        if index > 0 and self.tokens[index - 1].text.lower() in _PLACE_WORDS:
            return False
        here = self.candidates.get(index)
        if here is None:
            return False
        others = {t for c in self.candidates.values() if c.sentence == here.sentence and c.index != index
                  for t in c.targets} - here.targets
        return bool(others)

    def reason(self, index: int) -> str:
        """Why the short form at token `index` still needs support ('' when it does not)."""
        if index not in self.candidates:
            return ONE_WORD
        if self.name_by_itself(index):
            return ""
        if self.city_in_a_list_of_clubs(index):
            return ""
        return ONE_WORD


def _sentence_numbers(text: str, tokens: list[Token]) -> list[int]:
    """The sentence each token is in, numbered from 0."""
    out, sentence = [], 0
    for n, token in enumerate(tokens):
        if n and _SENTENCE_END.search(text[tokens[n - 1].end:token.start]):
            sentence += 1
        out.append(sentence)
    return out
