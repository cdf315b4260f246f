"""Russian country adjectives: "польского" is Poland's, "британскому" the United Kingdom's,
"американского" the United States'. Russian names a body's owner by an adjective before it
("польского МИД", "российского Минобороны") as English does ("the Polish Foreign Ministry").

No list of adjectives: a word is read by pymorphy3 (its dictionary form, "польский") and
matched with the Russian names of the countries places.py knows (CLDR's "Польша", pycountry's
"Соединенные Штаты Америки"). An adjective is derived from a noun's stem, which may change its
last consonants (Польша -> польский, Франция -> французский): the adjective and a country
word share all that word but its last two letters (and four letters at least), or, inside a
compound name, a tail of it of five letters or more (Великобритания -> британский). A word
that fits two countries equally (or none) names no owner: precision comes first.

Two readings more, for adjectives whose stem changes more than that:
- the stem's regular alternations, matched whole: a vowel that drops before the last consonant
  (Турция -> турецкий, Литва -> литовский, Венгрия -> венгерский) and a last consonant that
  alternates (Норвегия -> норвежский: г/ж, к/ч, х/ш, ц/ч), four letters of stem at least;
- the adjective is the Russian name of a language (CLDR, through Babel) whose ISO 639 code is
  the code of the one territory CLDR gives it as its likeliest (немецкий: de, Germany; турецкий:
  tr, Turkey; not английский, whose likeliest territory is the United States, nor арабский, ar
  but Egypt): the people's adjective Russian uses for their state ("немецкое правительство")."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .morph import analyzer
from .places import country_names

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
_SHORTEST_STEM = 4
_SHORTEST_TAIL = 5


@lru_cache(maxsize=1)
def _country_nouns() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(noun, country code) pairs from the countries' Russian names: first the names of one
    word ("польша"), then, as a fallback, the last word of longer names in the genitive, the
    owner a state's official name gives ("Соединенные Штаты Америки" -> "америка"). Adjectives
    of a name ("Южная" Корея) are no country's: only nouns are kept."""
    morph = analyzer()
    single, tails = set(), set()
    for country in country_names({}):
        for spelling, origin in country.names:
            if not origin.startswith("Russian"):
                continue
            words = spelling.replace("-", " ").split()
            if len(words) == 1 and _CYRILLIC_WORD.match(words[0]):
                if any(p.tag.POS == "NOUN" for p in morph.parse(words[0])):
                    single.add((words[0].lower(), country.code))
            elif len(words) > 1 and _CYRILLIC_WORD.match(words[-1]):
                genitive = [p for p in morph.parse(words[-1]) if p.tag.POS == "NOUN" and p.tag.case == "gent"]
                if genitive:
                    tails.add((genitive[0].normal_form, country.code))
    return tuple(sorted(single)), tuple(sorted(tails))


def _fit(adjective: str, noun: str) -> int:
    """How many letters an adjective's dictionary form shares with a country noun it may be
    derived from, or 0 when it is not derived from it."""
    best = 0
    for start in range(0, max(1, len(noun) - _SHORTEST_TAIL + 1)):
        tail = noun[start:]
        shared = len(os.path.commonprefix([adjective, tail]))
        if shared >= max(_SHORTEST_STEM if start == 0 else _SHORTEST_TAIL, len(tail) - 2):
            best = max(best, shared)
    return best


_ALTERNATING = {"ж": "г", "ч": "кц", "ш": "х", "щ": "ск"}  # the adjective's last consonant -> the noun's
_SUFFIXES = ("еский", "ский", "кий")  # греческий, польский, турецкий (the "ц" stays with the stem)
_NOUN_ENDINGS = ("ия", "ья", "а", "я", "ь", "ы", "и")


def _stem_fit(adjective: str, noun: str) -> int:
    """The letters of stem an adjective's dictionary form shares with a country noun through the
    stem's regular alternations (a dropped vowel, a last consonant that alternates), or 0."""
    suffix = next((s for s in _SUFFIXES if adjective.endswith(s)), "")
    ending = next((e for e in _NOUN_ENDINGS if noun.endswith(e)), "")
    if not suffix or len(noun) - len(ending) < _SHORTEST_STEM:
        return 0
    adjective_stem, noun_stem = adjective[:-len(suffix)], noun[:len(noun) - len(ending)]
    candidates = {adjective_stem}
    if len(adjective_stem) > 2 and adjective_stem[-2] in "еоё":  # турец -> турц, литов -> литв
        candidates.add(adjective_stem[:-2] + adjective_stem[-1])
    for stem in list(candidates):
        for noun_consonant in _ALTERNATING.get(stem[-1:], ""):
            candidates.add(stem[:-1] + noun_consonant)
    return len(noun_stem) if noun_stem in candidates and adjective_stem != noun_stem else 0


@lru_cache(maxsize=1)
def _language_adjectives() -> dict[str, str]:
    """Russian language names that are a state's people's adjective -> the state's code."""
    from babel import Locale
    from babel.core import get_global

    likely = get_global("likely_subtags")
    out = {}
    for code, name in Locale("ru").languages.items():
        territory = likely.get(code, "").split("_")[-1]
        if "_" not in code and territory.lower() == code and name.endswith("ий"):
            out[name] = territory
    return out


def _best_country(adjective: str, nouns: tuple[tuple[str, str], ...]) -> str | None:
    scores: dict[str, int] = {}
    for noun, code in nouns:
        fit = _fit(adjective, noun)
        if fit:
            scores[code] = max(scores.get(code, 0), fit)
    if not scores:
        return None
    top = max(scores.values())
    best = [code for code, score in scores.items() if score == top]
    return best[0] if len(best) == 1 else None


@lru_cache(maxsize=4096)
def country_of_adjective(word: str) -> str | None:
    """The alpha-2 code of the country a Russian adjective in any case and gender names
    ("польского", "британская", "американским"), or None."""
    if not _CYRILLIC_WORD.match(word):
        return None
    readings = [p for p in analyzer().parse(word.lower()) if p.tag.POS == "ADJF"]
    if not readings:
        return None
    lemma = readings[0].normal_form
    single, tails = _country_nouns()
    found = _best_country(lemma, single)
    if found is None and not any(_fit(lemma, noun) for noun, _ in single):
        found = _best_country(lemma, tails)
    if found is None and not any(_fit(lemma, noun) for noun, _ in single + tails):
        found = _alternated_country(lemma, single) or _language_adjectives().get(lemma)
    return found


def _alternated_country(adjective: str, nouns: tuple[tuple[str, str], ...]) -> str | None:
    fits = {code for noun, code in nouns if _stem_fit(adjective, noun)}
    return next(iter(fits)) if len(fits) == 1 else None
