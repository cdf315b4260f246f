"""Case forms of a man's name written in Cyrillic that the dictionary cannot inflect.

pymorphy3 guesses an unknown word ending in a consonant as the genitive plural of a word in
-а: "Илон" as Илона's, "Могг" of "Рис-Могг" as of "Могга". morph.inflections then takes the
name's head as plural, and a singular surname no longer agrees, so a text's "Илоном Маском"
or "Джейкоба Рис-Могга" is not found (a hyphenated surname is not inflected there at all).

Russian declines a man's name ending in a hard consonant regularly, known or not (-а, -у,
-а, -ом, -е), and only the last part of a foreign hyphenated surname. So when a word of a
registered person's name has no singular nominative reading and ends in such a consonant,
the name is declined by those endings; its other words by the dictionary, when they read as
a man's words. Not when any word reads as a woman's (Тереза, Рут): a woman's surname in a
consonant does not decline, and nothing says whose the unknown word is then.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .morph import CASES, analyzer

_CYRILLIC = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$")
_HARD_CONSONANT = frozenset("бвгдзклмнпрстфхжшчщц")
_HUSHING = frozenset("жшчщц")  # their instrumental is -ем when unstressed (Уоршем)
_PERSON_CASES = {"gent": "а", "datv": "у", "accs": "а", "loct": "е"}


def _needs_endings(part: str) -> bool:
    """The dictionary has no singular nominative for `part`, and it ends in a hard consonant."""
    if part[-1] not in _HARD_CONSONANT:
        return False
    return not any(p.tag.number == "sing" and p.tag.case == "nomn" for p in analyzer().parse(part))


def _by_endings(part: str, case: str) -> str:
    if case == "nomn":
        return part
    if case == "ablt":
        return part + ("ем" if part[-1] in _HUSHING else "ом")
    return part + _PERSON_CASES[case]


def _masculine(word: str):
    """The word's singular nominative reading as a man's word, None if it reads as indeclinable
    (Хайко) or 'woman' if it reads as a woman's name or word."""
    readings = [p for p in analyzer().parse(word) if p.tag.number == "sing" and p.tag.case == "nomn"
                and p.tag.POS == "NOUN"]
    if any(p.tag.gender == "femn" and "Fixd" not in p.tag for p in readings[:1]) \
            or any(p.tag.gender == "femn" and "Name" in p.tag for p in readings):
        return "woman"
    declining = [p for p in readings if p.tag.gender == "masc" and "Fixd" not in p.tag]
    proper = [p for p in declining if "Name" in p.tag or "Surn" in p.tag]
    return (proper or declining or [None])[0]


_VOWELS = frozenset("аеёиоуыэюя")


def _of_syllables(words: list[str]) -> bool:
    """A Korean, Chinese or Vietnamese name in Russian: three words of one syllable each, of three
    letters at most ("Ким Чен Ын", "Хо Ши Мин", "Ким Ир Сен"; not "Джон Пол Джонс"). Russian
    declines only its last word, as a man's name in a consonant ("с Ким Чен Ыном")."""
    return len(words) == 3 and all(len(w) <= 3 and sum(ch in _VOWELS for ch in w.lower()) == 1 for w in words)


def _last_syllable_declined(words: list[str]) -> frozenset[str]:
    """The name's oblique forms with its last word declined as a man's: by the dictionary's
    reading of it ("Мин"), by the endings above where it has none ("Ын"); none for a vowel."""
    last = words[-1]
    if last[-1] not in _HARD_CONSONANT:
        return frozenset()
    reading = None if _needs_endings(last) else _masculine(last)
    if reading == "woman" or (reading is None and not _needs_endings(last)):
        return frozenset()
    out = set()
    for case in CASES[1:]:
        if reading is None:
            out.add(" ".join([*words[:2], _by_endings(last, case)]))
        elif (inflected := reading.inflect({case, "sing"} if case != "accs" else {"gent", "sing"})) is not None:
            out.add(" ".join([*words[:2], last[:1] + inflected.word[1:]]))
    return frozenset(out)


@lru_cache(maxsize=4096)
def declined_as_a_man(name: str) -> frozenset[str]:
    """The oblique case forms of a person's `name` by the endings above; empty when the
    dictionary inflects the name itself, or when the name may be a woman's."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_CYRILLIC.match(w) for w in words):
        return frozenset()
    if _of_syllables(words):
        return _last_syllable_declined(words)
    if not any(_needs_endings(w.split("-")[-1]) for w in words):
        return frozenset()
    plans = []
    for word in words:
        last = word.split("-")[-1]
        if _needs_endings(last):
            plans.append(("endings", None))
            continue
        reading = _masculine(last)
        if reading == "woman":
            return frozenset()
        plans.append(("dictionary", reading) if reading is not None else ("kept", None))
    out = set()
    for case in CASES[1:]:
        forms = []
        for word, (how, reading) in zip(words, plans):
            head, _, last = word.rpartition("-")
            if how == "endings":
                last = _by_endings(last, case)
            elif how == "dictionary":
                inflected = reading.inflect({case, "sing"} if case != "accs" else {"gent", "sing"})
                if inflected is None:
                    break
                last = last[:1] + inflected.word[1:]
            forms.append(f"{head}-{last}" if head else last)
        else:
            out.add(" ".join(forms))
    return frozenset(out)
