"""Other ways news writes a registered person's name, derived once when the gazetteer is built
(build_gazetteer calls add_person_forms), for names in Latin letters:

- a name of three words, in either script, with its middle name by its initial ("Zorb Q.
  Blaxter" for Zorb Quincy Blaxter, "Джон К. Адамс" for Джон Куинси Адамс, declined as any
  name): English names are written so, and Russian news keeps the initial when it
  transliterates them; it tells the man from a namesake without that middle name (John Adams,
  John Quincy Adams);
- a name of three words without its first: the middle name and the surname, as Turkish,
  Danish, Spanish or Arab names are often written ("Tayyip Erdoğan" for Recep Tayyip Erdoğan,
  "Dahl Tomasson" for Jon Dahl Tomasson), unless the middle word is a registered person's
  given name ("John Paul Zorbson" is not "Paul Zorbson"); and without its middle one in any
  letters (gazetteer._without_middle_name reads ASCII only: "Recep Erdoğan");
- an Arabic name without the article of its family name ("Bashar Assad" for Bashar al-Assad,
  as AP writes it), or with the article transliterated otherwise ("al-Sisi" for "el-Sisi");
- a Chinese or Korean name's family name, written first ("Xi" of Xi Jinping, "Kim" of Kim
  Dae-jung), as the surname a later mention uses alone after the full name (linker.surnames):
  the given name is one syllable of a Chinese romanisation or two joined by a hyphen whose
  second part is lower case ("Dae-jung", "Kai-shek"), or two Pinyin syllables written as one
  word ("Jinping"), and the family name is one Pinyin syllable or a short word;
- a Russian name whose surname is hyphened to a lower-case adjective, an epithet that tells
  namesakes of one family apart ("Джордж Буш-старший", "Буш-младший"): the surname with its
  epithet alone names him ("Бушу-старшему", declined as any name), and the bare surname is his
  surname too, shared with his namesakes ("Буш"), as the English "Jr." is dropped above.

A derived spelling that is already another entity's key is not added: a registered name beats
a derived one. A Cyrillic man's name the dictionary cannot inflect is declined by its endings
(mannames.py)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .mannames import declined_as_a_man
from .morph import analyzer, dictionary_readings
from .text import name_keys, tokenize

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\u2019]*(?:-[^\W\d_][^\W\d_'\u2019]*)*$")
_ARTICLE = re.compile(r"^(?:al|el|Al|El)[-\u2010\u2011]([^\W\d_][\w'\u2019-]+)$")
_OTHER_ARTICLE = re.compile(r"^(al|el|Al|El)(?=[-\u2010\u2011])")
_SWAPPED = {"al": "el", "el": "al", "Al": "El", "El": "Al"}  # "el-Sisi", "al-Sisi"
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "de", "del", "della", "di", "da", "dos", "das", "du",
                        "van", "von", "der", "den", "le", "la", "ter", "zu", "mac", "st", "bint", "y", "e"})
# Pinyin: an initial and a final (a few impossible pairs let through do no harm: the word must also
# stand first in a registered name of this shape).
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v|ü)"
_ONE_SYLLABLE = re.compile(f"^{_INITIAL}{_FINAL}$")
_TWO_SYLLABLES = re.compile(f"^{_INITIAL}{_FINAL}{_INITIAL}{_FINAL}$")
_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,6}$")  # Dae-jung, Kai-shek, Teng-hui


def add_person_forms(gazetteer: Any) -> None:
    """Add the spellings and family names above for every registered person of two words or more
    (`gazetteer` is gazetteer.Gazetteer; read duck-typed, as it imports this module). A spelling
    derived for two people ("Zorb Quill" of Zorb Quill Jr. and of Zorb Quill Sr.) is neither's."""
    people = sorted({f.target for forms in gazetteer.index.values() for f in forms if f.target.kind == "person"},
                    key=lambda target: target.id)
    form_class = type(next(f for forms in gazetteer.index.values() for f in forms)) if people else None
    given = _given_names(people)
    derived: dict[str, set[Any]] = {}
    wanted = []
    declined = []  # Russian case forms the dictionary cannot give (mannames.py)
    for person in people:
        for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
            for variant, why in {**spellings_of(spelling, given), **with_middle_initial(spelling)}.items():
                keys = name_keys(variant)
                if any(f.target != person for key in keys for f in gazetteer.index.get(key, ())):
                    continue
                for key in keys:
                    derived.setdefault(key, set()).add(person)
                wanted.append((person, spelling, variant, why))
            for form in sorted(declined_as_a_man(spelling)):
                if not any(f.target != person for key in name_keys(form) for f in gazetteer.index.get(key, ())):
                    declined.append((person, spelling, form))
            epithet = surname_with_epithet(spelling)
            if epithet:
                gazetteer.add_surname(person, spelling.rsplit("-", 1)[0], f"'{spelling}' {WITHOUT_EPITHET}")
                if not any(f.target != person for key in name_keys(epithet) for f in gazetteer.index.get(key, ())):
                    gazetteer.add(person, epithet, f"'{spelling}' by its surname and epithet",
                                  full_name=person.name)
            family = family_name_first(spelling)
            if family:
                key = tokenize(family)[0].key
                form = form_class(person, family, f"family name, written first, of '{spelling}'", False, True)
                gazetteer.surnames.setdefault(person, {}).setdefault(key, form)
    for person, spelling, variant, why in wanted:
        if all(derived[key] == {person} for key in name_keys(variant)):
            gazetteer.add(person, variant, f"'{spelling}' {why}", full_name=person.name)
            if why == WITHOUT_SUFFIX:
                gazetteer.add_surname(person, variant, f"'{spelling}' {why}")
    for person, spelling, form in declined:
        gazetteer.add(person, form, f"'{spelling}' declined as a man's name", full_name=person.name, partial="")


WITHOUT_SUFFIX = "without its generational suffix"
WITHOUT_EPITHET = "without its epithet"
# "Буш-старший": a capitalised Cyrillic surname, a hyphen, a lower-case word (read below as an adjective).
_EPITHETED = re.compile(r"^([А-ЯЁ][а-яё]+)[-\u2010\u2011]([а-яё]{3,})$")
WITHOUT_FIRST_GIVEN = "without its first given name"  # english_fullnames.py reads it back
# "Jr.", "Sr.", "II", "III": a generation, not a surname ("Cal Ripken Jr." is Ripken).
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+(?=[^\W\d_]{2})")  # "P. V. Narasimha Rao", "H. Ross Perot"
_DOUBLE_BARRELLED = re.compile(r"^[A-Z][^\W\d_]{2,}[-\u2010\u2011][A-Z][^\W\d_]{2,}$")  # Boutros-Ghali


def spellings_of(name: str, given: frozenset[str] = frozenset()) -> dict[str, str]:
    """The other spellings of a registered person's name above, each with why it is the name."""
    out: dict[str, str] = {}
    registered = name
    bare = _SUFFIX.sub("", name)
    if bare != name and len(bare.split()) >= 2:
        out[bare] = WITHOUT_SUFFIX
        name = bare
    unlettered = _INITIALS.sub("", name)
    if unlettered != name and len(unlettered.split()) >= 2 and unlettered[:1].isupper():
        out[unlettered] = "without its initials"
        name = unlettered
    words = name.split()
    if not all(_NAME_WORD.match(w) for w in words) or len(words) < 2 or not _latin(name):
        return out
    if len(words) == 3 and all(_plain_name_word(w) for w in words) and not family_name_first(name):
        first, middle, last = words
        out[f"{first} {last}"] = "without its middle name"
        if middle.lower() not in given:
            out[f"{middle} {last}"] = WITHOUT_FIRST_GIVEN
    if any(_ARTICLE.match(w) for w in words[1:]):
        bare = " ".join(_ARTICLE.sub(lambda m: m.group(1)[:1].upper() + m.group(1)[1:], w) if n else w
                        for n, w in enumerate(words))
        out[bare] = "without the article of its family name"
        other = " ".join(_OTHER_ARTICLE.sub(lambda m: _SWAPPED[m.group(1)], w) if n else w for n, w in enumerate(words))
        out[other] = "with the article transliterated otherwise"
    if _DOUBLE_BARRELLED.match(words[-1]) and len(words) >= 2:
        out[words[-1]] = "by its double-barrelled surname alone"
    return {spelling: why for spelling, why in out.items() if spelling != registered}


def with_middle_initial(name: str) -> dict[str, str]:
    """{"Zorb Q. Blaxter": why} of "Zorb Quincy Blaxter", in either script; {} where a word is an
    initial, a particle or a Russian patronymic, or the name is written family name first."""
    words = name.split()
    if len(words) != 3 or not all(_NAME_WORD.match(w) and _plain_name_word(w) for w in words) \
            or family_name_first(name) or any(_patronymic(w) for w in words):
        return {}
    return {f"{words[0]} {words[1][0]}. {words[2]}": "with its middle name's initial"}


def surname_with_epithet(name: str) -> str:
    """"Буш-старший" of "Джордж Буш-старший": the last word of a Russian name of two words or more
    when it is a surname hyphened to a word the dictionary reads as an adjective in the nominative
    ("старший", "младший": the elder, the younger), else ''. A double surname's second part is
    capitalised ("Римский-Корсаков") and is no epithet."""
    words = name.split()
    match = _EPITHETED.match(words[-1]) if len(words) >= 2 and words[0][:1].isupper() else None
    if not match or not any(p.tag.POS == "ADJF" and "nomn" in p.tag for p in dictionary_readings(match.group(2))):
        return ""
    return words[-1]


def without_suffix(name: str) -> str:
    """The name without a generational suffix ("Cal Ripken Jr." -> "Cal Ripken")."""
    bare = _SUFFIX.sub("", name)
    return bare if len(bare.split()) >= 2 else name


def family_name_first(name: str) -> str:
    """The family name of a Chinese or Korean name written family name first ("Xi" of "Xi Jinping",
    "Kim" of "Kim Dae-jung", "Li" of "Li Peng"), or ''."""
    words = name.split()
    if len(words) != 2:
        return ""
    family, given = words
    if not (family[:1].isupper() and family[1:].islower() and len(family) <= 5):
        return ""
    if _HYPHENED_GIVEN.match(given):
        return family
    lower = given.lower()
    if given[:1].isupper() and given[1:].islower() and _ONE_SYLLABLE.match(family.lower()) \
            and (_ONE_SYLLABLE.match(lower) or _TWO_SYLLABLES.match(lower)):
        return family
    return ""


def _patronymic(word: str) -> bool:
    """A Russian patronymic ("Петрович"): a Russian name of three words is given name, patronymic
    and surname, in either order, and news never initials its patronymic alone ("Иван П. Сидоров";
    it writes "И. П. Сидоров")."""
    return any("Patr" in p.tag for p in analyzer().parse(word))


def _latin(name: str) -> bool:
    """Latin letters, accented or not ("Erdoğan"): a Russian name of three words is given name,
    patronymic and surname, or surname first, and is read by morph.py and variants.py."""
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def _plain_name_word(word: str) -> bool:
    """A capitalised word that is no initial and no particle ("W.", "al-Assad" are other cases)."""
    return len(word) > 1 and word[:1].isupper() and any(c.islower() for c in word) and "." not in word \
        and word.lower() not in _PARTICLES


def _given_names(people: list[Any]) -> frozenset[str]:
    """The first words of registered people's names of two words or more, in lower case."""
    out = set()
    for person in people:
        for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
            words = spelling.split()
            if len(words) > 1:
                out.add(words[0].lower())
    return frozenset(out)
