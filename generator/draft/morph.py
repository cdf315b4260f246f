"""Russian inflected forms of registered names, from pymorphy3's dictionary
(OpenCorpora, shipped in the pymorphy3-dicts-ru package: nothing is downloaded).

A name's leading words that agree in case (the head noun and the words that agree
with it) take each case; the rest stays as written, as Russian does:
Организация Договора о коллективной безопасности -> Организации Договора о ...
A name registered in another case (an alias copied from a text: "Коммунистической
партии") is inflected from that case. Words that do not inflect (Джимми, initials,
Latin words) are kept and skipped over.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_INFLECTING = {"NOUN", "ADJF", "PRTF", "NUMR"}
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}


@lru_cache(maxsize=1)
def analyzer():
    import pymorphy3  # loaded only when a Cyrillic name is seen: 80 ms

    return pymorphy3.MorphAnalyzer(lang="ru")


def _restore_case(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _reading(word: str, case: str | None):
    """The parse of `word` to inflect from: in `case` if given (else the likeliest case),
    a proper-noun reading first for a capitalised word; None if the word does not inflect."""
    every = [p for p in analyzer().parse(word) if p.tag.POS in _INFLECTING]
    if word[:1].isupper():
        proper = [p for p in every if _PROPER & p.tag.grammemes]
        if proper and all("Fixd" in p.tag for p in proper):
            return None  # Того, Перу: an indeclinable name, not a case of the word it is spelt like (тот)
    parses = [p for p in every if "Fixd" not in p.tag]
    if case is not None:
        parses = [p for p in parses if p.tag.case == case]
    if not parses:
        return None
    if word[:1].isupper():
        proper = [p for p in parses if _PROPER & p.tag.grammemes]
        if proper:
            return proper[0]
    return parses[0]


def _agreeing(word: str, case: str, head):
    reading = _reading(word, case)
    if reading is None or (reading.tag.number and head.tag.number and reading.tag.number != head.tag.number):
        return None  # "Договора" as a nominative plural does not agree with "Организация"
    return reading


# A Russian acronym takes case endings in lower case: МИДа, МИДу, МИДом, ВШЭшники is not one.
_INFLECTED_ACRONYM = re.compile(r"^([А-ЯЁ]{2,6})(а|у|ом|е|ы|ов|ам|ами|ах|ой|ою|ю|я|ем)$")


def acronym_stem(word: str) -> str:
    """The acronym an inflected Russian acronym is a case form of ("МИДа" -> "МИД"), else ''."""
    match = _INFLECTED_ACRONYM.match(word)
    return match.group(1) if match else ""


# A Russian ordinal written in figures: the number, a hyphen and its last word's ending ("1-й", "3-го").
_FIGURES_ORDINAL = re.compile(r"^(\d{1,3})-([\u0430-\u044f\u0451]{1,3})$")


def ordinal_in_figures(word: str) -> bool:
    """An ordinal in figures ("1-й", "3-его", "22-я", "1-ую"), by pymorphy3's reading (Anum).
    A compound ordinal declines only its last word ("двадцать вторая", "22-я"), and the
    dictionary holds the figures of one to twenty, the tens and the hundreds only ("22-я" it
    reads as a pronoun), so the ending is read after the number's last word ("2-я")."""
    match = _FIGURES_ORDINAL.match(word)
    if not match:
        return False
    number = int(match.group(1))
    last = number % 100 if 10 <= number % 100 <= 19 else number % 10 or number % 100 or number
    return any("Anum" in p.tag for p in analyzer().parse(f"{last}-{match.group(2)}"))


def dictionary_readings(word: str) -> list:
    """The readings of `word` the dictionary holds, not those pymorphy3 guesses from its ending."""
    return [p for p in analyzer().parse(word) if len(p.methods_stack) == 1
            and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]


def is_dictionary_place(word: str) -> bool:
    """A capitalised word the Russian dictionary itself knows as a place and not as a name
    (Ленинград, Африка, "Милане"; not Газпром, which it does not know, nor Пушкин, also a surname).
    Common nouns (Центр, Известия) are not judged: measured on NEREL, refusing them lost
    more newspapers and networks (Известия, ВКонтакте) than it saved wrong references."""
    if not _CYRILLIC_WORD.match(word) or word.isupper():
        return False
    known = dictionary_readings(word)
    places = {p.normal_form for p in known if "Geox" in p.tag}
    # A person's name of another word that happens to share this form ("Милане": Milan's
    # locative, and the dative of the given names Миланя and Милана) says nothing of this word's
    # own reading; a place whose own word is a name too (Пушкин, Лида) is not judged.
    return bool(places) and not any({"Orgn", "Trad"} & p.tag.grammemes
                                    or {"Name", "Surn", "Patr"} & p.tag.grammemes and p.normal_form in places
                                    for p in known)


def reads_as_surname(word: str) -> bool:
    """The dictionary's likeliest reading of a capitalised Russian word is a surname
    (Назарбаева, Пушкина; not Франк, Ахмеда, Второго)."""
    if not _CYRILLIC_WORD.match(word) or not word[:1].isupper():
        return False
    parses = analyzer().parse(word)
    return bool(parses) and "Surn" in parses[0].tag


_FUNCTION_WORDS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})


def names_no_one(word: str, initial: bool = False, opens_sentence: bool = True) -> bool:
    """A capitalised Cyrillic word the dictionary knows, in no reading a proper name: a function
    word written with a capital ("А", "С", "Но"), or a common noun or verb that `opens_sentence`
    ("Свержение", "Политику"; inside a sentence a capitalised noun is a word of a name,
    "Университета Райса"). Never a given name (Мэри, Пол, Ким are names to it too) nor a word it
    has no reading of (Тиффани, Хантер), which may be one. Two letters may be a short given name it
    knows only otherwise ("Мо Брукс", "Бо"); one letter only as a conjunction or preposition, not
    as an `initial` ("Бейкер Р.")."""
    if not _CYRILLIC_WORD.match(word) or not word[:1].isupper() or len(word) == 2 or (initial and len(word) == 1):
        return False
    known = dictionary_readings(word)
    if not known or any(_PROPER & p.tag.grammemes or "Trad" in p.tag for p in known):
        return False
    if len(word) == 1:
        return any(p.tag.POS in ("CONJ", "PREP") for p in known)
    return opens_sentence or all(p.tag.POS in _FUNCTION_WORDS for p in known)


def only_a_plural_noun(word: str) -> bool:
    """A Cyrillic word the dictionary knows only as the plural of a common noun ("Штаты",
    "Штатах"): no loan of one foreign name, which it would read as a singular (Твиттер)."""
    known = dictionary_readings(word) if _CYRILLIC_WORD.match(word) else []
    return bool(known) and all(p.tag.POS == "NOUN" and p.tag.number == "plur" and not _PROPER & p.tag.grammemes
                               for p in known)


def only_a_common_nouns_other_form(word: str) -> bool:
    """A Cyrillic word the dictionary knows, in every reading, as a common noun in a form other than
    its nominative singular ("Тактики", of тактика): no name's reading among them. A loan of a
    name opening a sentence is its subject, in the nominative ("Твиттер заблокировал ..."), so a
    nominative singular reading keeps the word a possible name."""
    known = dictionary_readings(word) if _CYRILLIC_WORD.match(word) else []
    return bool(known) and all(p.tag.POS == "NOUN" and not _PROPER & p.tag.grammemes
                               and not {"nomn", "sing"} <= p.tag.grammemes for p in known)


def unknown_to_dictionary(word: str) -> bool:
    """A capitalised Cyrillic word the dictionary does not know in any reading, only guesses
    (Мэй, Рааб: surnames transliterated from another script; not Рабу, a form of "раб")."""
    if not _CYRILLIC_WORD.match(word) or not word[:1].isupper() or not word[1:].islower():
        return False  # "ИнА", "ЕС": letters of an acronym, not a surname
    return not dictionary_readings(word)


# Relatives, named in news by a given name after the kinship word ("его дочь Роуз").
_KINSHIP = frozenset({"дочь", "сын", "жена", "муж", "супруга", "супруг", "брат", "сестра", "мать", "отец", "внук",
                      "внучка", "племянник", "племянница", "вдова", "вдовец", "невеста", "жених", "тётя", "тетя",
                      "дядя", "бабушка", "дедушка", "мама", "папа"})


def is_kinship_word(word: str) -> bool:
    """A lower-case noun naming a relative, in any case form (дочь, дочери, сыну, жены)."""
    return word.islower() and any(p.normal_form in _KINSHIP for p in analyzer().parse(word)[:2])


def surname_lemma(word: str, plural: bool = False) -> str:
    """The surname a Russian word is a form of, by its likeliest reading ('' if none); with
    `plural`, only a plural form ("семьей Харрисонов": a family, several bearers)."""
    if not _CYRILLIC_WORD.match(word):
        return ""
    parses = analyzer().parse(word)
    surname = [p for p in parses[:1] if "Surn" in p.tag] or [p for p in parses if "Surn" in p.tag and "plur" in p.tag]
    if not surname or (plural and "plur" not in surname[0].tag):
        return ""
    return surname[0].normal_form


def is_given_name(word: str) -> bool:
    """A Russian given name (Евгений, Лука, Ирина) in any case, by the dictionary."""
    return bool(_CYRILLIC_WORD.match(word)) and word[:1].isupper() and any(
        "Name" in p.tag for p in analyzer().parse(word)[:2])


def _is_patronymic(word: str) -> bool:
    return bool(_CYRILLIC_WORD.match(word)) and any("Patr" in p.tag for p in analyzer().parse(word)[:2])


# The vowels after which a surname, foreign or Ukrainian, keeps one form in every case
# (Барнье, Гёте, Кюри, Гюго, Шойгу, Шевченко); the dictionary guesses such rare words as nouns
# that decline ("Барнье" like "ружьё": "Мишелю Барнью").
_UNDECLINED_ENDINGS = frozenset("еэиоуюё")


# A word of two Cyrillic parts joined by a hyphen, of which Russian declines the last
# ("Военно-морских сил", "Метрополитен-оперы", "Алма-Аты"); not of three ("Ростов-на-Дону").
_HYPHENED = re.compile(r"^([\u0400-\u04ff]+-)([\u0400-\u04ff]+)$")


def _surname_before_adjective(first: str, last: str):
    """A person's name hyphened to an adjective, as a generation is written ("Буш-старший",
    "Дюма-младший"): both parts decline, unlike a compound's first part. The name's reading, or None."""
    names = [p for p in analyzer().parse(first) if {"Surn", "Name"} & p.tag.grammemes
             and p.tag.case == "nomn" and p.tag.number == "sing" and "Fixd" not in p.tag]
    adjective = any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in analyzer().parse(last))
    return names[0] if names and adjective and first[:1].isupper() else None


def _undeclined_given_name(word: str) -> str:
    """The gender of a capitalised word the dictionary reads only as an indeclinable given name
    of one gender ("Хиллари", "Мэри": femn; "Джо": masc), else ''."""
    if not word[:1].isupper():
        return ""
    genders = {p.tag.gender for p in analyzer().parse(word) if "Name" in p.tag and "Fixd" in p.tag}
    readings = analyzer().parse(word)
    return genders.pop() if len(genders) == 1 and all("Name" in p.tag for p in readings) else ""


@lru_cache(maxsize=1)
def _guesser():
    """pymorphy3 reading a word by its ending alone, as it reads a word its dictionary lacks."""
    import pymorphy3
    from pymorphy3 import units

    return pymorphy3.MorphAnalyzer(lang="ru", units=[[units.UnknownPrefixAnalyzer(), units.KnownSuffixAnalyzer()]])


def _short_adjective_surname(word: str, case: str, gender: str):
    """A Russian surname the dictionary knows only as a short adjective ("Ромашков", "Ромашкова":
    the possessive -ов/-ин shape every such surname has, of "ромашковый"), read after a given name
    as the surname pymorphy3 guesses from its ending, in `case` and of the given name's `gender`,
    so that it declines ("Андреем Ромашковым"); None for any other word."""
    readings = dictionary_readings(word)
    if not word[:1].isupper() or not readings or any(p.tag.POS != "ADJS" for p in readings):
        return None
    return next((p for p in _guesser().parse(word) if "Surn" in p.tag and p.tag.number == "sing"
                 and p.tag.case == case and p.tag.gender == gender), None)


def _foreign_given_name(word: str, words: list[str]) -> bool:
    """The first of a name's capitalised words, which the dictionary does not know and guesses only as a
    plural or an oblique case of some noun ("Хантер" as a genitive plural of "хантера", "Линдси" as a
    plural, "Тиффани" as a plural of "тиффаня"): a given name
    transliterated from another script, as written, not a noun in an oblique case opening the name."""
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not unknown_to_dictionary(word):
        return False
    head = _reading(word, "nomn") or _reading(word, None)
    return head is not None and (head.tag.number == "plur" or head.tag.case != "nomn")


@lru_cache(maxsize=65536)
def inflections(name: str, cases: tuple[str, ...] = CASES) -> frozenset[str]:
    """Every case form of `name` (singular), itself included; empty for non-Russian names. With
    `cases`, only the forms in those cases (itself only if "nomn" is one, or if it does not decline)."""
    words = name.split()
    if not words or not any(_CYRILLIC_WORD.match(w.strip(",.")) or _HYPHENED.match(w) for w in words):
        return frozenset()
    case = None
    heads: dict[int, object] = {}
    prefixes: dict[int, str] = {}  # a hyphenated word's undeclined first part, by word index
    surnames: dict[int, object] = {}  # a hyphenated word's first part that declines too, by word index
    undeclined_name = ""  # the gender of an indeclinable given name before the head ("Хиллари": femn)
    for n, word in enumerate(words):
        compound = _HYPHENED.match(word)
        if compound:  # "Военно-морские", "Метрополитен-опера": the last part declines, the first stays
            prefixes[n], word = compound.group(1), compound.group(2)
            if (generation := _surname_before_adjective(compound.group(1)[:-1], word)) is not None:
                surnames[n] = generation  # "Буш-старший": "Бушем-старшим", both parts decline
        if not _CYRILLIC_WORD.match(word):
            continue  # initials, Latin words, numbers: kept as written
        likeliest = _reading(word, None)
        if n == 0 and _foreign_given_name(word, words):
            continue  # Хантер Байден, Линдси Грэм: "Хантер Байдена", "Линдси Грэмом", not "Хантерам Байден"
        head = next(iter(heads.values()), None)
        if likeliest is None and head is not None and "Name" in head.tag \
                and (surname := _short_adjective_surname(word, case, head.tag.gender)) is not None:
            heads[n] = surname  # Андрей Ромашков: "Андреем Ромашковым", not "Андреем Ромашков"
            continue
        if likeliest is None:
            # Джимми: a word that does not inflect; a given name among them says whose name it is
            undeclined_name = undeclined_name or _undeclined_given_name(word)
            continue
        named = heads and "Name" in next(iter(heads.values())).tag
        if (named or undeclined_name) and word[-1] in _UNDECLINED_ENDINGS:
            continue  # Мишелю Барнье, Ивану Сидоренко, Нэнси Пелоси: a surname in a vowel does not decline
        if not heads and undeclined_name == "femn" and getattr(_reading(word, "nomn"), "tag", likeliest.tag).gender == "masc":
            continue  # Хиллари Клинтон, Мэри Трамп: a woman's surname in a consonant does not decline
        if case is None:
            first = _reading(word, "nomn") or likeliest
            case = first.tag.case
            heads[n] = first
        elif (agreeing := _agreeing(word, case, next(iter(heads.values())))) is not None:
            # A word that can be read in the head's case and number agrees with it, even
            # when another reading is likelier ("Престол" reads as accusative first).
            likeliest = agreeing
            gender, head_gender = likeliest.tag.gender, next(iter(heads.values())).tag.gender
            if gender and head_gender and gender != head_gender and "Surn" in likeliest.tag:
                continue  # Жанна Кальман: a woman's surname in a consonant does not decline
            heads[n] = likeliest
        else:
            break  # a dependent in another case (Договора): the agreeing words have ended
    if not heads:
        return frozenset({name})
    out = {name} if "nomn" in cases else set()
    # All agreeing words take the case; and for a name of capitalised words, the last
    # alone too, as compound names do (Реал Мадрид -> Реал Мадридом); not a person's given
    # name and surname, which always agree.
    groups = [heads]
    first_head = heads[min(heads)]
    if len(heads) > 1 and all(words[n][:1].isupper() for n in heads) and "Name" not in first_head.tag:
        last = max(heads)
        groups.append({last: heads[last]})
    for group in groups:
        readings = {n: _same_form_adjectives(parse, words[n][len(prefixes.get(n, "")):]) for n, parse in group.items()}
        for target in cases:
            for chosen in product(*readings.values()):
                forms = list(words)
                for n, parse in zip(readings, chosen):
                    inflected = parse.inflect({target})
                    if inflected is None:
                        break
                    prefix = prefixes.get(n, "")
                    if n in surnames and (declined := surnames[n].inflect({target, "sing"})) is not None:
                        prefix = _restore_case(declined.word, prefix) + "-"
                    forms[n] = prefix + _restore_case(inflected.word, words[n][len(prefixes.get(n, "")):])
                else:
                    out.add(" ".join(forms))
    return frozenset(out)


def _same_form_adjectives(parse, word: str) -> list:
    """`parse`, and for an adjective the other adjectives pymorphy3 reads the same word as in the
    same case, number and gender: "Большая" is "больший" and "большой", whose other cases differ
    ("Большей двадцатки", "Большой двадцатки"); the name may be either, so both are its forms."""
    if parse.tag.POS != "ADJF":
        return [parse]
    others = [p for p in analyzer().parse(word) if p.tag.POS == "ADJF" and p.normal_form != parse.normal_form
              and (p.tag.case, p.tag.number, p.tag.gender) == (parse.tag.case, parse.tag.number, parse.tag.gender)]
    return [parse, *{p.normal_form: p for p in others}.values()]


def short_forms(name: str) -> set[str]:
    """Other ways a text writes a Russian person's full name: without the patronymic
    (Пётр Ильич Чайковский -> Пётр Чайковский) and with initials (П. И. Чайковский). A
    Western name with a middle name, in either script, is gazetteer._without_middle_name's."""
    words = name.split()
    if len(words) < 2 or not all(_CYRILLIC_WORD.match(w) for w in words):
        return set()
    out = {" ".join(w[0] + "." for w in words[:-1]) + " " + words[-1]}
    if len(words) == 3 and _is_patronymic(words[1]):
        out.add(f"{words[0]} {words[2]}")
    return out


def past_gender(word: str) -> str:
    """The gender a Russian past-tense verb in the singular shows ("заявила": femn, "заявил": masc),
    when every reading of the word is such a verb of that one gender; else ''."""
    if not _CYRILLIC_WORD.match(word):
        return ""
    readings = analyzer().parse(word)
    genders = {p.tag.gender for p in readings if p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing"}
    if len(genders) != 1 or any(p.tag.POS != "VERB" or p.tag.tense != "past" for p in readings):
        return ""
    return str(genders.pop() or "")


def given_name_gender(word: str) -> str:
    """The gender of a given name by the dictionary's nominative singular readings of it as a name
    ("Хиллари": femn, "Билл": masc); '' for a word it reads as no given name ("Хантер") or as both."""
    if not _CYRILLIC_WORD.match(word) or not word[:1].isupper():
        return ""
    genders = {p.tag.gender for p in analyzer().parse(word)
               if "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"}
    return str(genders.pop() or "") if len(genders) == 1 else ""  # Саша, Женя: either, no gender
