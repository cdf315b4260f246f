"""A registered person named by the surname alone, with no full name in the text
("имени Пушкина", "президента Трампа"). Russian only, where the dictionary says what
a word is: found when the dictionary's likeliest reading of the word is a surname,
exactly one registered person bears it, no one else in the text does (another full
name, a double surname, a family: "семьей Харрисонов"), and the word is not also a
place or an ordinary word there. Elsewhere a surname still needs the full name first.

Measured before keeping (README): on NEREL's curated registry it finds two people
and no wrong one; on the rough registry, where many people share common surnames
(Орлов, Васильев), it adds nothing wrong either.
"""

from __future__ import annotations

import re
from typing import Callable

from .context import KIND_CUES
from .gazetteer import Form, Gazetteer, Target
from .genders import of_its_gender, the_one_of_gender
from .longer import sentence_initial
from .morph import (analyzer, inflections, is_dictionary_place, is_given_name, is_kinship_word, names_no_one,
                    reads_as_surname, surname_lemma, unknown_to_dictionary)
from .surname_case import the_one_in_case
from .text import Token
from .givensurnames import given_name_as_surname
from .tiedsurnames import surname_tied_with_adjective

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_JOINERS = (" ", "-", "\u2010", "\u2011")
# Kinds of outlet and firm a name follows in apposition ("телеканал Фокс", "газета Гардиан", "компания
# Форд"): a name right after one is the outlet's or the firm's, not its namesake's surname.
_OUTLET_KINDS = frozenset({"телеканал", "канал", "телекомпания", "газета", "журнал", "радиостанция", "агентство",
                           "издание", "таблоид", "компания", "корпорация", "концерн", "бренд", "марка", "студия"})
# Lower-case particles inside Arabic, Dutch, German, Romance names ("Ахмед бен Абдалла", "Башар аль-Асад",
# "Людвиг ван Бетховен", "Лула да Силва"): a capitalised word right before one and a capitalised word
# after it is a word of that longer name, not a lone surname.
_NAME_PARTICLES = frozenset({"бен", "бин", "ибн", "бинт", "аль", "эль", "ад", "ас", "ан", "ар", "аш", "аз", "ат",
                             "ван", "фан", "фон", "цу", "де", "да", "ди", "дель", "делла", "дос", "дус", "ду", "ла",
                             "ле", "дю"})
# A capitalised title before a surname ("Президент Трамп") is not another person's given name.
_TITLES = KIND_CUES["person"] | {"президент", "министр", "глава", "премьер", "генсек", "лидер", "господин",
                                 "госпожа", "генерал", "имени", "им"}


def owners(gazetteer: Gazetteer) -> dict[str, set[Target]]:
    """Surname key -> the registered people who bear it, built once per gazetteer."""
    if gazetteer.surname_owners is None:
        table: dict[str, set[Target]] = {}
        for person, forms in gazetteer.surnames.items():
            for key in forms:
                table.setdefault(key, set()).add(person)
        gazetteer.surname_owners = table
    return gazetteer.surname_owners


def lone_surnames(text: str, tokens: list[Token], gazetteer: Gazetteer, covered: set[int], found: set[Target],
                  lower_words: set[str]) -> list[tuple[int, Target, Form, str]]:
    """(token index, person, surname form, why) for each lone surname that names one registered
    person: its one bearer, or of several the one whose form in the case its place demands it is
    (surname_case.py), or the one of the gender its verb shows, or the one the team's articles name
    far more often (genders.py)."""
    table = owners(gazetteer)
    out = []
    for i, token in enumerate(tokens):
        people = table.get(token.key, set())
        if i in covered or not people or not _CYRILLIC.search(token.text) or not token.text[:1].isupper():
            continue
        person, why = next(iter(people)), ""
        if len(people) == 1 and not of_its_gender(text, tokens, i, person):
            continue  # "Квиллер заявил" of the one registered Анна Квиллер: a namesake of the other sex
        if len(people) > 1:
            if token.hyphen_after or i > 0 and tokens[i - 1].hyphen_after:
                continue  # "Бушу-старшему": a generation's or a compound's part, not the bare surname
            person, why = the_one_in_case(text, tokens, i, people)  # "Правительство Медведева": his genitive
            if person is None:
                person, why = the_one_of_gender(text, tokens, i, people)
            if person is None or any(p in found for p in people):
                continue  # a bearer named in full here is surnames' (linker.surnames), not a lone surname's
        if person in found or token.key in gazetteer.place_keys or token.key in lower_words \
                or token.text.lower() in lower_words or is_dictionary_place(token.text) \
                or _after_an_outlet(text, tokens, i, person):
            continue
        if not (reads_as_surname(token.text) or _unknown_word_alone(text, tokens, i, person)
                or surname_tied_with_adjective(text, tokens, i)
                or given_name_as_surname(text, tokens, i, person, gazetteer)) \
                or in_other_name(text, tokens, i) or shared_in_text(text, tokens, i):
            continue
        out.append((i, person, gazetteer.surnames[person][token.key], why))
    return out


def _after_an_outlet(text: str, tokens: list[Token], i: int, person: Target) -> bool:
    """"телеканала Фокс": right after a lower-case noun naming a kind of outlet or firm, a name in
    apposition to it keeps its nominative and is the outlet's own. A surname in another case there
    is the person's ("компании Трампа": his firm), so only the registered spelling counts."""
    if i == 0 or text[tokens[i - 1].end:tokens[i].start] != " " or not tokens[i - 1].text.islower():
        return False
    spellings = (person.name, *(getattr(person.entity, "aliases", None) or ()))
    if tokens[i].text not in {s.split()[-1] for s in spellings}:
        return False
    readings = analyzer().parse(tokens[i - 1].text)
    return any(p.normal_form in _OUTLET_KINDS for p in readings if p.tag.POS == "NOUN")


def _unknown_word_alone(text: str, tokens: list[Token], i: int, person: Target) -> bool:
    """A word the dictionary does not know at all, only guesses (Мэй, Рааб, transliterated from
    another script), read as its one registered bearer's surname when written as registered
    (a case form the dictionary cannot read, "Синтовой", may be another's); not after a kinship
    word ("его дочь Роуз"), where the case of such a word cannot say whether it is the
    relative's own given name or the name of the one whose relative she is."""
    spellings = (person.name, *(getattr(person.entity, "aliases", None) or ()))
    if not unknown_to_dictionary(tokens[i].text) or tokens[i].text not in {s.split()[-1] for s in spellings}:
        return False
    return not (i > 0 and text[tokens[i - 1].end:tokens[i].start] == " " and is_kinship_word(tokens[i - 1].text))


def _capitalised_neighbour(text: str, tokens: list[Token], i: int, j: int) -> bool:
    # A neighbour covered by a doubt or by another person's name still names someone else.
    if not 0 <= j < len(tokens):
        return False
    a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
    # A place beside it is no word of a person's name ("отдавшим Чехословакию Гитлеру"), nor is a
    # word the dictionary knows only as no name: a function word, or a noun opening a sentence before
    # the surname ("Свержение Трампа!", "А Трампа можно...", "С Трампа на Байдена"; not "Тиффани Трамп").
    word = tokens[j].text
    return text[a.end:b.start] in _JOINERS and word[:1].isupper() and word.lower() not in _TITLES \
        and not is_dictionary_place(word) \
        and not (text[a.end:b.start] == " " and names_no_one(word, initial=text[tokens[j].end:tokens[j].end + 1] == ".",
                                                             opens_sentence=j < i and sentence_initial(tokens, j, text)))


def in_other_name(text: str, tokens: list[Token], i: int) -> bool:
    """"Тиффани Трамп", "Рейсс-Андерсен", "Ахмеда бен Абдаллы": the surname is a word of a longer,
    unregistered name."""
    return _capitalised_neighbour(text, tokens, i, i - 1) or _capitalised_neighbour(text, tokens, i, i + 1) \
        or _before_a_name_particle(text, tokens, i)


def _before_a_name_particle(text: str, tokens: list[Token], i: int) -> bool:
    """"Ахмеда бен Абдаллы", "Башар аль-Асад": a lower-case name particle follows the word and a
    capitalised word follows the particle (by a space or a hyphen), so the word opens a longer name."""
    if i + 2 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start] != " ":
        return False
    particle, after = tokens[i + 1], tokens[i + 2]
    return particle.text in _NAME_PARTICLES and text[particle.end:after.start] in _JOINERS \
        and after.text[:1].isupper()


def shared_in_text(text: str, tokens: list[Token], i: int,
                   in_a_longer_name: Callable[[str, list[Token], int], bool] = in_other_name) -> bool:
    """Someone else with that surname is named in full somewhere in the text, or a family
    bearing it is ("семьей Харрисонов"); `in_a_longer_name` says where the surname is a word of
    another's full name (onename.py lets a title's words stand before it)."""
    key, lemma = tokens[i].key, surname_lemma(tokens[i].text)
    return any(t.key == key and in_a_longer_name(text, tokens, n) for n, t in enumerate(tokens)) or \
        bool(lemma) and any(surname_lemma(t.text, plural=True) == lemma for t in tokens if t.text[:1].isupper())


def another_given_name_before(text: str, tokens: list[Token], i: int, person: Target) -> str:
    """"Мейв Кеннеди" after "Джона Кеннеди": the surname right after a given name that is not the
    named person's own (pymorphy3 reads it as a given name, 'Name', or knows no reading of it at
    all, as of a given name transliterated from another script) is another person's full name
    here, as english_surnames.word_of_another_full_name says in English. That full name, or ''."""
    if i == 0 or text[tokens[i - 1].end:tokens[i].start] != " ":
        return ""
    before = tokens[i - 1].text
    if not (is_given_name(before) or unknown_to_dictionary(before)) or before.lower() in _TITLES:
        return ""
    own = {w.lower() for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ()))
           for form in inflections(spelling) | {spelling} for w in form.split()[:-1]}
    return "" if before.lower() in own else f"{before} {tokens[i].text}"
