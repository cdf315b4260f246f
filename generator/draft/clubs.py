"""A sports club named after its city ("VfB Stuttgart", "Hannover 96", "Hamburger SV",
"FC Barcelona"), which news calls by the city alone ("Stuttgart", "Hanover", "Hamburg",
"Barcelona").

A club-like name is one or two capitalised words beside the usual affixes of a club's
name: a number ("04", "96", "1899", the ordinal "1.") or an abbreviation of two to five
letters with two capitals or more ("FC", "SV", "VfB", "F.C.", "C.F.", "SpVgg") that is no
registered name itself (so "BBC Birmingham" is not a club); a company's name with its
legal form ("Zorbwerke AG") is none (the gazetteer leaves those out). With no affix, a word
no dictionary holds before a city's name ("Borussia Dortmund") is club-like too. Of its words, each
that is a city of 15,000 people in GeoNames (a dictionary word only for a city of
100,000: "Barcelona"), directly or as a German adjective in -er ("Hamburger" of Hamburg,
"Karlsruher" of Karlsruhe), gives the city as the club's short form, in its own spelling
and those GeoNames gives it with a letter doubled or not ("Hannover", "Hanover"); a large
city's name written with a letter English lacks gives its English name too ("Cologne" of
1. FC Köln: _other_names).
They are weak (`CLUB_WORD`): shortforms.py takes one only in a text about
clubs, a match report or a league table, never "a think tank in Freiburg" nor "Hamburg,
Freiburg and Leipzig" in a text that names no club; elsewhere the linker takes one only
with two points of evidence (context.py: the club named in full before it, ties), not for
a word such as "university" beside it ("Berlin's University of the Arts").

The same holds for a one-word name or alias the registry gives such a club that is a
city and a word of another of its names ("Berlin" of Hertha BSC, alias "Hertha Berlin";
"Frankfurt" of "FFC Frankfurt"): a registry made from every mention lists those, and
alone they are the city as often as the club. Only club-like names are read so: a
company named after a city ("Toyota", a city too) keeps its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..names import normalize
from .lexicon import city_spellings, is_city, is_english_word, large_city_named_otherwise

CLUB_WORD = "a city's name, a club's only in a text about clubs"

_NUMBER = re.compile(r"^(?:\d{1,4}|\d\.)$")  # 04, 96, 1899; the ordinal of "1. FC Köln"
_ABBREVIATION = re.compile(r"^(?:(?:[^\W\d_]\.){2,5}|[^\W\d_]{2,5})$")  # FC, VfB, SpVgg, F.C., C.F.
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)*$")


def _is_affix(word: str, registered: Callable[[str], bool]) -> bool:
    if _NUMBER.match(word):
        return True
    letters = word.replace(".", "")
    return bool(_ABBREVIATION.match(word)) and sum(ch.isupper() for ch in letters) >= 2 and not registered(word)


def club_words(name: str, registered: Callable[[str], bool]) -> list[str]:
    """The words of a club-like name beside its affixes ("Bayer 04 Leverkusen" -> Bayer,
    Leverkusen), or [] when the name is not club-like. `registered(word)`: the word is a
    registered name or alias of its own."""
    words = name.split()
    affixes = [w for w in words if _is_affix(w, registered)]
    rest = [w for w in words if w not in affixes]
    if affixes:
        rest = _without_particles(rest)
    if not 1 <= len(rest) <= 2 or not all(_NAME_WORD.match(w) and w[:1].isupper() for w in rest):
        return []
    return rest if affixes or _club_pair(rest, registered) else []


# Lower-case particles of Romance languages that join a club's words to its place ("FC Girondins
# de Bordeaux", "Sporting Clube de Portugal", "Vasco da Gama"): "of" in the name's own language.
_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "di", "del", "des", "du"})


def _without_particles(words: list[str]) -> list[str]:
    """The words without a lower-case particle standing between two capitalised ones ("Girondins de
    Bordeaux" -> Girondins, Bordeaux): the place after it is the club's place, as in "FC Bordeaux".
    Only in a name with a club's affix: without one, "Université de Zorbton" is no club."""
    return [w for n, w in enumerate(words) if not (w in _PARTICLES and 0 < n < len(words) - 1
                                                     and words[n - 1][:1].isupper() and words[n + 1][:1].isupper())]


def _club_pair(words: list[str], registered: Callable[[str], bool]) -> bool:
    """Two words, one that is no dictionary word, no city and no registered name, then a city's
    ("Borussia Dortmund", "Werder Bremen", "Arminia Bielefeld"): the shape of a club's name with no
    affix. Not "Deutsche Bank" (no city), "Berlin Philharmonic", "Boston Globe" (dictionary words),
    "Augsburger Allgemeine" (a city's adjective: a newspaper's shape), "Paris Saint-Germain" (the
    city first: read alone it is the city, which a district or a brand may follow), nor where the
    city's name is a registered name itself ("Toyota", the carmaker's)."""
    if len(words) != 2:
        return False
    other, city = words
    return bool(_city_spellings(city)) and not _is_plain_word(other) and not city_spellings(other) \
        and not registered(city) and not registered(other)


def _is_plain_word(word: str) -> bool:
    lower = word.lower()
    return is_english_word(lower) or lower.endswith("s") and is_english_word(lower[:-1])


def _cities_of(word: str) -> set[str]:
    """The spellings of the city `word` is, or of the city a German adjective in -er names, or
    of the large city a name in another language names (_city_of: "Nuremberg" for Nürnberg):
    its own, and those GeoNames gives it with a letter doubled or not ("Hanover" for
    Hannover), which a one-word name must be spelt as to match (case_rules.spelt_otherwise).
    Not its other alternate names: "Milà" of Milan is also the Hungarian group "Milla"
    (_other_names takes a few of those, more strictly)."""
    city, spellings = _city_of(word)
    return {spelling for spelling in spellings if " " not in spelling and _undoubled(spelling) == _undoubled(city)}


def _city_of(word: str) -> tuple[str, set[str]]:
    """The city `word` names and its spellings: its own, a German adjective's in -er, or, for
    a large city's name in another language, written with a letter English lacks, that no city
    bears as its own ("Nürnberg" of 1. FC Nürnberg), the name GeoNames files it under
    ("Nuremberg")."""
    spellings = _city_spellings(word)
    if not spellings and word.endswith("er"):
        for city in (word[:-2], word[:-1]):  # Hamburger -> Hamburg, Karlsruher -> Karlsruhe
            spellings = _city_spellings(city) if len(city) >= 4 else set()
            if spellings:
                return city, spellings
    if not spellings and not word.isascii() and (city := large_city_named_otherwise(word)):
        return city, _city_spellings(city)
    return word, spellings


def _other_names(word: str) -> set[str]:
    """A large city's names in other languages, for the city a club's word names where that word
    has a letter English does not write: English news writes such a club by its city's English
    name ("Cologne" of 1. FC Köln, "Nuremberg" of 1. FC Nürnberg), which GeoNames keeps among the
    city's alternate names, untagged by language; a name in plain letters it keeps as written
    ("Torino", "Internazionale Milano" is Inter, not "Milan"). Only a city of 100,000 people or
    more, and only names of five letters or more that are no dictionary word and no city's own
    name, so that none is a place or a word besides; they are read as weak as the city's own
    name (`CLUB_WORD`: a club only in a text about clubs)."""
    if word.isascii():
        return set()
    city, spellings = _city_of(word)
    if not spellings or not is_city(city):
        return set()
    return {spelling for spelling in spellings if " " not in spelling and len(spelling) >= 5
            and _undoubled(spelling) != _undoubled(city) and not is_english_word(spelling)
            and not city_spellings(spelling)}


def _city_spellings(word: str) -> set[str]:
    """A city's spellings, if `word` names one; a dictionary word only for a city of 100,000
    people or more ("Barcelona", not the "Bank" of "Deutsche Bank 24")."""
    spellings = city_spellings(word)
    return spellings if spellings and (not is_english_word(word) or is_city(word)) else set()


def _undoubled(word: str) -> str:
    return re.sub(r"(\w)\1+", r"\1", normalize(word))


def club_short_forms(name: str, registered: Callable[[str], bool]) -> dict[str, str]:
    """A club-like name's city short forms -> why ("Hannover 96" -> Hannover, Hanover)."""
    out: dict[str, str] = {}
    for word in club_words(name, registered):
        for spelling in sorted(_cities_of(word)):
            out.setdefault(spelling, f"'{name}' by its city")
        for spelling in sorted(_other_names(word)):
            if not registered(spelling):  # another entity's name, or a country's: that one is meant
                out.setdefault(spelling, f"'{name}' by its city's name in another language")
    return out


def spells_a_large_city(word: str, names: list[str]) -> bool:
    """`word` is a spelling of the city of 100,000 people or more that a club-like name of `names`
    holds: "Hanover" of Hannover 96, "Cologne" of 1. FC Köln, which GeoNames files under the city's
    own spelling only (its "Hanover" is a town in Pennsylvania)."""
    return any(word in spellings and any(is_city(s) for s in spellings) or word in _other_names(club_word)
               for name in names for club_word in club_words(name, lambda _: False)
               for spellings in [_cities_of(club_word)])


def is_club(names: list[str], registered: Callable[[str], bool]) -> bool:
    return any(club_words(name, registered) for name in names)


def city_words_of_a_club(names: list[str], registered: Callable[[str], bool]) -> set[str]:
    """A club's registered one-word names that are a city and a word of another of its names:
    "Berlin" of Hertha BSC (alias "Hertha Berlin"), "Frankfurt" of "FFC Frankfurt"."""
    if not is_club(names, registered):
        return set()
    longer_words = {w for name in names if len(name.split()) > 1 for w in name.split()}
    return {name for name in names if " " not in name and name in longer_words and _city_spellings(name)}


# A sentence's or a line's end before a word: the word after it opens a sentence ("Hosts Zorbton").
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"”]\s*)$")


def after_another_names_word(text: str, tokens: list, start: int, end: int, names: list[str],
                             headline: Callable[[str, int], bool]) -> str:
    """A club's city written right after a capitalised word that is
    of none of its registered names ends another name: a person's ("Paulinho Santos") or another
    club's ("Dinamo Bucharest", "Inter Milan"), not this club. Not after an article; not after a
    capitalised dictionary word opening a sentence ("Hosts Zorbton beat...") or on a title-case line
    (`headline(text, offset)`), where the capital says nothing."""
    if end - start != 1 or start == 0:
        return ""
    before, word = tokens[start - 1], tokens[start]
    if text[before.end:word.start] != " " or not before.text[:1].isupper() \
            or not before.text.replace("-", "").isalpha() or before.text in ("The", "THE", "A", "An"):
        return ""
    own = {normalize(w).lower() for name in names for spelling in (name, name.replace(".", ""))
           for w in re.findall(r"[^\W\d_]+", spelling)}  # "A.C. Milan" holds "AC" too
    if normalize(before.text).lower() in own:
        return ""
    # A dictionary word ("Hosts", "Leaders", "Racing") may be a sentence's first word or a title-case
    # line's capital, no name's: only a word no dictionary lists ("Paulinho", "Dinamo") ends a name there.
    lower = before.text.lower()
    dictionary = is_english_word(lower) or lower.endswith("s") and is_english_word(lower[:-1]) \
        or lower.endswith("es") and is_english_word(lower[:-2])
    if dictionary and (headline(text, before.start) or _OPENS_SENTENCE.search(text, max(0, before.start - 3), before.start)):
        return ""
    return f"the end of another name, '{text[before.start:word.end]}'"
