"""An organization named by one word of its longer name ("Schalke" for FC Schalke 04,
"Freiburg" for SC Freiburg): when that word is a name by itself, and when the text says
it means the organization rather than the city it is named after.

Such a word is weak by default (gazetteer.py: "one word of a longer name"), because it
is often an ordinary word ("Senate", "Army", "Society") or a place. Two readings make it
strong, in English text only (Russian keeps the default; its dictionary is morph.py's):

- a name by itself: neither an English dictionary word (nor its plural), nor a city of
  100,000 people or more (a smaller one, "Chelsea", only where no place word is before
  it: not "a flat in Chelsea"), nor a country, capital or demonym the gazetteer knows
  (nor a demonym's plural, "Indians"), nor a word of another registered entity's name
  ("European" of the European Commission when the European Union is "European", a
  surname), nor written in lower case in this text, nor followed by another capitalised
  word that would make it part of a longer, unregistered name ("Zorbwerke Rovers",
  "Lockheed Tristar"): "Schalke", "Daimler", "Hertha", "Olympiacos". The linker's other
  checks (a sentence's first word, a place) still apply;
- a city's name (of 100,000 people or more: "Freiburg", "Valencia") with no place word
  ("in", "to", "from") before it or before the list of places it stands in, in a text
  that names at least three organizations by such short forms, one of them by a name by
  itself: a match report or a league table ("Schalke ... a draw against Wolfsburg ...
  last place Freiburg"), never "a think tank in Freiburg" nor "Hamburg, Freiburg and
  Leipzig" in a text that names no club.

A club's city (clubs.py: "Stuttgart" of VfB Stuttgart, `CLUB_WORD`) is read only the second
way, whatever its size, and a dictionary word among them ("Barcelona") as the city's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .clublists import in_a_list_of_clubs
from .clubs import CLUB_WORD, spells_a_large_city
from .gazetteer import Form, Gazetteer, Target
from .lexicon import is_city, is_english_word
from .tables import match_report_cue, result_in_sentence
from .text import Token, is_cased_script, token_key

ONE_WORD = "one word of a longer name"
SHORT_FORMS = (ONE_WORD, CLUB_WORD)  # a club's city (clubs.py) is read here too, but only as a city
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*\s|\n")
_PLACE_WORDS = {"in", "to", "from", "at", "near", "into", "across", "of", "outside", "around", "toward",
                "towards", "via"}

def _owners_of_words(gazetteer: Gazetteer) -> dict[str, frozenset[Target]]:
    """Each word of a registered name or alias (not a country's) -> the entities whose names
    hold it, once per gazetteer: "European" is in many, "Schalke" in one."""
    if gazetteer.word_owners is not None:
        return gazetteer.word_owners
    owners: dict[str, set[Target]] = {}
    for key, forms in gazetteer.index.items():
        targets = {f.target for f in forms if f.target.kind != "country"}
        if targets:
            for word in key.split(" "):
                owners.setdefault(word, set()).update(targets)
    gazetteer.word_owners = {word: frozenset(targets) for word, targets in owners.items()}
    return gazetteer.word_owners


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Every country's demonym (countryinfo), even one several countries share ("Indian")."""
    from .places import _countryinfo  # places.py keeps only demonyms one country owns

    return frozenset(token_key(word.strip()) for demonym, _, _ in _countryinfo().values() if demonym
                     for word in demonym.split(",") if " " not in word.strip())


def _is_word(word: str) -> bool:
    lower = word.lower()
    return is_english_word(lower) or (lower.endswith("s") and is_english_word(lower[:-1])) \
        or (lower.endswith("es") and is_english_word(lower[:-2]))


def names_a_country(gazetteer: Gazetteer, key: str) -> bool:
    """A country's name, capital or demonym, or a demonym's plural ("Indians")."""
    if key in gazetteer.place_keys:
        return True
    for spelling in (key, key[:-1] if key.endswith("s") else ""):
        if spelling and (spelling in _demonyms() or any(f.target.kind == "country"
                                                        for f in gazetteer.index.get(spelling, ()))):
            return True
    return False


def is_one_word_short_form(forms: Sequence[Form], span: int) -> bool:
    return span == 1 and any(f.partial in SHORT_FORMS and f.target.kind == "organization" for f in forms)


class ShortForms:
    """The one-word short forms of organizations that a text holds, read once per text."""

    def __init__(self, text: str, tokens: list[Token], gazetteer: Gazetteer,
                 matches: Sequence[tuple[int, int, Sequence[Form]]], lower_words: set[str], russian: bool):
        self.text, self.tokens, self.gazetteer, self.lower_words = text, tokens, gazetteer, lower_words
        self.english = not russian  # Russian keeps the default: its dictionary is morph.py's
        # token index -> the organizations it is a short form of
        self.candidates = {start: frozenset(f.target for f in forms if f.partial in SHORT_FORMS)
                           for start, end, forms in matches
                           if self.english and is_one_word_short_form(forms, end - start)}
        self.namesakes = {start: frozenset(f.target for f in forms) for start, end, forms in matches
                          if start in self.candidates}  # every entity the word names, short form or not
        # Short forms that are only a club's city: never a name by itself, only a club among clubs.
        self.club_cities = {start for start, end, forms in matches if start in self.candidates
                            and all(f.partial == CLUB_WORD for f in forms if f.partial in SHORT_FORMS)}
        self._kinds: dict[int, str] = {}

    def kind(self, index: int) -> str:
        """'name' (a name by itself), 'city' (a city's name, not after a place word) or '' (a word,
        a place, or a word other registered names share: weak)."""
        if index not in self._kinds:
            self._kinds[index] = self._kind(index)
        return self._kinds[index]

    def _kind(self, index: int) -> str:
        # A club's city that a dictionary also lists ("Barcelona", a kind of scarf) is the city's name
        # first; written capitalised and never in lower case in the text, it is read as one.
        token = self.tokens[index]
        word = token.text
        large = is_city(word) or index in self.club_cities and self._large_club_city(index)
        if not is_cased_script(word) or not word[:1].isupper() or len(word) < 3 \
                or token.key in self.lower_words or word.lower() in self.lower_words \
                or _is_word(word) and not (index in self.club_cities and large) \
                or names_a_country(self.gazetteer, token.key) \
                or _before_a_capitalised_word(self.text, self.tokens, index):
            return ""
        town = large or is_city(word, 15_000)
        if town and _after_place_word(self.text, self.tokens, index, self.gazetteer.place_keys) \
                and not _at_a_match(self.text, self.tokens, index):
            return ""  # "a flat in Chelsea", "a think tank in Freiburg"
        if not large:
            # Another registered name holding the word ("European" of the European Commission, "Brannoxa" a
            # person's surname) makes it ambiguous; a city's name is in many ("University of Hamburg").
            shared = not _owners_of_words(self.gazetteer).get(token.key, frozenset()) <= self.candidates[index]
            return "" if shared else "name"
        return "city"

    def _large_club_city(self, index: int) -> bool:
        """The club's city of 100,000 people or more, spelt otherwise ("Hanover" of Hannover 96)."""
        word = self.tokens[index].text
        return any(spells_a_large_city(word, [t.name, *getattr(t.entity, "aliases", ())])
                   for t in self.candidates[index])

    def city_supported(self, index: int) -> bool:
        """The text names at least three organizations by such short forms (a match report, a
        league table), one of them by a name that is a name by itself ("Schalke"): a text
        that lists cities ("Hamburg, Freiburg and Leipzig") names no such one."""
        clubs = {i: c for i, c in self.candidates.items() if self.kind(i)}
        named = {t for targets in clubs.values() for t in targets}
        by_own_name = {t for i, targets in clubs.items() if self.kind(i) == "name" and i not in self.club_cities
                       for t in targets}
        if match_report_cue(self.text, self.tokens[index].start, self.tokens[index].end, self.namesakes[index]):
            return True  # "beat Groningen 4-1", "Liverpool striker Mark Kennedy" (tables.py)
        return len(named) >= 3 and bool(by_own_name - self.candidates[index])

    def listed_club(self, index: int) -> bool:
        """A club's city in a list of clubs, in a text that talks a career in sport (clublists.py)."""
        token = self.tokens[index]
        return in_a_list_of_clubs(self.text, token.start, token.end, set(self.candidates[index]), self.gazetteer)

    def reason(self, index: int) -> str:
        """Why the short form at token `index` still needs support ('' when it does not)."""
        kind = self.kind(index) if index in self.candidates else ""
        if index in self.candidates and self.listed_club(index):
            return ""  # "at Zorbton, Quelvo and Examplia" in a text telling a career in sport (clublists.py)
        if index in self.club_cities:
            return "" if kind and self.city_supported(index) else CLUB_WORD
        if kind == "name" or (kind == "city" and self.city_supported(index)):
            return ""
        return ONE_WORD


def _before_a_capitalised_word(text: str, tokens: list[Token], index: int) -> bool:
    """The word opens a longer capitalised name that is not registered ("Zorbwerke Rovers")."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    gap = text[tokens[index].end:following.start]
    return gap in (" ", "-") and following.text[:1].isupper() and is_cased_script(following.text)


def _at_a_match(text: str, tokens: list[Token], index: int) -> bool:
    """The city follows "at" or "to" in a sentence stating one match's result: the club whose
    ground it is, or the club the result was against ("losing 2-0 away at Heerenveen", "crashed
    3-0 at home to Motherwell"); not "in": "beat Ajax 2-0 in Amsterdam" names the city. A defeat
    told without its score says the same of "to": one loses to an opponent, not to a town
    ("falling in the final on penalties to Chelsea", "lost narrowly to Zorbton")."""
    if index == 0 or tokens[index - 1].text not in ("at", "to"):
        return False
    return result_in_sentence(text, tokens[index].start, tokens[index].end) \
        or tokens[index - 1].text == "to" and _after_a_defeat(text, tokens[index - 1].start)


# A verb of losing, then at most five words of its clause (no comma nor stop between), then "to":
# "lost to", "falling in the final on penalties to", "fell 2-1 at home to". Not "beaten": that is
# "by"; not "bowed to", which is as often pressure or a demand.
_DEFEAT_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost|fall|falls|falling|fell|succumb|succumbs|succumbed"
                            r"|succumbing)(?:\s+[\w-]+){0,5}\s+$")


def _after_a_defeat(text: str, to_start: int) -> bool:
    """A verb of losing opens the clause that ends in the "to" starting at `to_start`."""
    return bool(_DEFEAT_BEFORE.search(text, max(0, to_start - 80), to_start))


def _after_place_word(text: str, tokens: list[Token], index: int, place_keys: set[str]) -> bool:
    """The word, or the list of places it ends or stands in, follows a place word in its
    sentence: "in Freiburg", "to Vienna and Freiburg, London and Copenhagen"; not "lost to
    Dynamo Dresden and Freiburg", where the list holds a word that is no place."""
    n = index - 1
    while n >= 0 and not _SENTENCE_END.search(text[tokens[n].end:tokens[n + 1].start]):
        word = tokens[n].text
        if word.lower() in _PLACE_WORDS:
            return True
        if word in ("and", "or") or word[:1].isupper() and (tokens[n].key in place_keys or is_city(word, 15_000)):
            n -= 1
            continue
        return False
    return False
