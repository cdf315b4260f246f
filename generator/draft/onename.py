"""A registered person named by one word, with no full name in the text, where the sentence
itself says a person is meant. Two cases, each found only when exactly one registered person
bears the word and the word is no ordinary word of the text (it is never in lower case there):

- A person the registry lists by that one word alone (a pope, a patriarch, a prophet, a king,
  a mononymous figure: "Франциск", "Kirill") after a royal or religious title ("Папе Римскому
  Франциску", "патриарх Кирилл", "Pope Francis"). The dictionary knows such words as given
  names, and a given name alone is anyone's; the title says it is the one so titled. No office
  word does: "президент Владимир" is the start of a full name. Nobody else's registered name
  may begin or end with the word (then "король Карл" could be either).
- A Russian surname that the dictionary cannot take for one: a place to it ("Маас", the river)
  or a word it only guesses at in a case form ("академику Гинцбургу"), where surnames.py leaves
  it. It names its one registered bearer after a title or an office ("глава МИД Германии Маас",
  "академику Гинцбургу", agreeing in case). A verb of speech alone is not enough: a capital
  speaks too ("Вашингтон заявил", measured: a wrong reference to George Washington on
  SlavicNER); it is where the registry also lists the person by this very word alone ("Маас" an
  alias of Хайко Маас: "отметил Маас"). A capitalised word next to it that is not part of the
  title makes it a word of another name.

Once one mention is so established, the same word elsewhere in the text (any case form) is the
same person. A wrong reference costs more than a missing one: no cue, no link."""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import Gazetteer, Target
from .lone_evidence import PARTICLES
from .morph import analyzer, inflections, is_dictionary_place, reads_as_surname, unknown_to_dictionary
from .surnames import in_other_name, owners, shared_in_text
from .text import Token, token_key, tokenize

# Titles that stand before the one name a pope, a patriarch, a prophet or a monarch is known by.
_RU_ROYAL = frozenset({"папа", "понтифик", "патриарх", "пророк", "король", "королева", "принц", "принцесса", "царь",
                       "царица", "император", "императрица", "султан", "эмир", "шейх", "шах", "аятолла", "митрополит",
                       "архиепископ", "епископ", "кардинал", "святой", "святая", "апостол", "князь", "княгиня",
                       "халиф", "герцог", "герцогиня", "имам"})
_EN_ROYAL = frozenset({"pope", "patriarch", "prophet", "king", "queen", "prince", "princess", "emperor", "empress",
                       "tsar", "czar", "sultan", "emir", "sheikh", "shah", "ayatollah", "metropolitan", "archbishop",
                       "bishop", "cardinal", "saint", "st", "apostle", "caliph", "duke", "duchess", "imam"})
# Offices and honours news writes before a surname alone ("министр Маас", "академику Гинцбургу").
_RU_OFFICES = frozenset({"президент", "премьер", "премьер-министр", "министр", "глава", "канцлер", "генсек",
                         "госсекретарь", "лидер", "спикер", "председатель", "губернатор", "мэр", "посол", "сенатор",
                         "депутат", "генерал", "маршал", "адмирал", "академик", "профессор", "руководитель",
                         "вице-премьер", "вице-президент", "советник", "пресс-секретарь", "судья", "прокурор",
                         "конгрессмен", "замминистра", "еврокомиссар", "министр-президент"})
# Verbs that say a person spoke ("отметил Маас", "Маас добавил").
_SPEECH = frozenset({"заявить", "сказать", "отметить", "добавить", "подчеркнуть", "сообщить", "пояснить",
                     "произнести", "написать", "заметить", "признать", "напомнить", "уточнить", "ответить",
                     "рассказать", "предупредить", "объяснить", "заверить", "указать", "призвать"})
# Words joining a given name to the rest of a longer name ("Абдалла бен Насер", "Karl von Zorb").
_PARTICLES = PARTICLES | {"бен", "бин", "ибн", "аль", "ал", "эль", "фон", "ван", "де", "ди", "да", "дель", "ла", "ле"}
# Kinds of place a name follows in apposition ("штата Вашингтон", "города Бостон"): the name is the place's.
_RU_PLACE_KINDS = frozenset({"штат", "город", "округ", "область", "провинция", "столица", "графство", "регион",
                             "район", "край", "республика", "остров", "река", "озеро", "посёлок", "село", "деревня"})
_REGNAL = re.compile(r"^[IVXLC]+$")
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
_SPACE = (" ", "\u00a0")
_BETWEEN = 3  # words between a title and the name: "глава МИД Германии Маас", "Папе Римскому Франциску"


def link_one_names(linker: Any) -> None:
    """The linker's step (`linker` is linker._Linker): add each person named by one word as above."""
    found = set(linker.linking.targets("person"))
    for start, end, person, how in one_names(linker.text, linker.tokens, linker.gazetteer, linker.linking.covered,
                                             found, linker.lower_words):
        linker.add(person, start, end, how)


def one_names(text: str, tokens: list[Token], gazetteer: Gazetteer, covered: set[int], found: set[Target],
              lower_words: set[str]) -> list[tuple[int, int, Target, str]]:
    """(first token, token after, person, why) for each mention of a registered person found as above."""
    established: dict[Target, tuple[set[str], str]] = {}  # person -> the keys of the word, and why
    out = []
    for i, token in enumerate(tokens):
        if i in covered or not token.text[:1].isupper() or token.key in lower_words \
                or token.text.lower() in lower_words or token.key in gazetteer.place_keys:
            continue
        hit = _mononym(text, tokens, i, gazetteer) or _odd_surname(text, tokens, i, gazetteer, found) \
            or _listed_bearer(text, tokens, i, gazetteer, found) \
            or _after_misspelt_given_name(text, tokens, i, gazetteer, found, covered)
        if hit is None:
            continue
        person, keys, why = hit
        established.setdefault(person, (keys, why))
        start = i - 1 if why.startswith(_MISSPELT) else i
        out.append((start, i + 1, person, why))
    taken = {n for start, end, _, _ in out for n in range(start, end)}
    for i, token in enumerate(tokens):
        if i in covered or i in taken or not token.text[:1].isupper() or token.key in lower_words \
                or token.text.lower() in lower_words:
            continue
        for person, (keys, why) in established.items():
            if token.key in keys and not (_capitalised_beside(text, tokens, i, i - 1)
                                          and _may_be_a_name(tokens[i - 1].text)) \
                    and not _capitalised_beside(text, tokens, i, i + 1):
                out.append((i, i + 1, person, f"{why.split(';')[0]}, named so elsewhere in the text"))
                break
    return sorted(out, key=lambda hit: hit[0])


def _mononym(text: str, tokens: list[Token], i: int, gazetteer: Gazetteer) -> tuple[Target, set[str], str] | None:
    """A person the registry lists by this one word alone, after a royal or religious title."""
    forms = gazetteer.lookup(tokens[i].key)
    targets = {f.target for f in forms}
    if len(targets) != 1:
        return None
    person = next(iter(targets))
    if person.kind != "person" or tokens[i].key not in (keys := _alone_keys(person)) \
            or _word_of_another_name(gazetteer, person, tokens[i].key):
        return None
    j = _title_before(text, tokens, i, _RU_ROYAL | _EN_ROYAL)
    if j < 0 or not _agrees(tokens[j].text, tokens[i].text) or _capitalised_beside(text, tokens, i, i + 1):
        return None
    return person, keys, f"one name, registered alone, after the title '{tokens[j].text}'"


def _odd_surname(text: str, tokens: list[Token], i: int, gazetteer: Gazetteer,
                 found: set[Target]) -> tuple[Target, set[str], str] | None:
    """A Russian surname the dictionary reads as a place or only guesses at, after a title, or
    beside a verb of speech where the registry lists the person by this very word alone."""
    word = tokens[i].text
    people = owners(gazetteer).get(tokens[i].key, set())
    if len(people) != 1:
        return None
    person = next(iter(people))
    if person in found or not (is_dictionary_place(word) or unknown_to_dictionary(word)) \
            or i > 0 and text[tokens[i - 1].end:tokens[i].start] in _SPACE \
            and _lemma(tokens[i - 1].text) in _RU_PLACE_KINDS:
        return None  # "губернатора штата Вашингтон": the state, not a governor's surname
    j = _title_before(text, tokens, i, _RU_ROYAL | _RU_OFFICES)
    cue = f"after '{tokens[j].text}'" if j >= 0 and _agrees(tokens[j].text, word) else ""
    if not cue and word.lower() in _spelt_alone(person):
        cue = _speech_beside(text, tokens, i)
    if not cue or _in_longer_name(text, tokens, i) or shared_in_text(text, tokens, i, _in_longer_name):
        return None
    form = gazetteer.surnames[person][tokens[i].key]
    return person, set(gazetteer.surnames[person]), f"{form.origin}, the only registered person of that name, {cue}"


def _speech_beside(text: str, tokens: list[Token], i: int) -> str:
    """'beside ...' when a verb of speech stands right before or after the name ("отметил Маас")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(tokens):
            continue
        a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
        if text[a.end:b.start] not in _SPACE or not tokens[j].text.islower():
            continue
        parse = analyzer().parse(tokens[j].text)[0]
        if parse.tag.POS == "VERB" and parse.normal_form in _SPEECH:
            return f"listed so alone, beside '{tokens[j].text}'"
    return ""


def _listed_bearer(text: str, tokens: list[Token], i: int, gazetteer: Gazetteer,
                   found: set[Target]) -> tuple[Target, set[str], str] | None:
    """A Russian surname several registered people bear, of whom the registry lists exactly one
    by the surname alone ("Дэвис" an alias of Дэвид Дэвис, not of Грей Дэвис), read as
    surnames.py reads a surname of one bearer."""
    word = tokens[i].text
    people = owners(gazetteer).get(tokens[i].key, set())
    if len(people) < 2 or people & found or not _CYRILLIC_WORD.match(word) \
            or not (reads_as_surname(word) or unknown_to_dictionary(word)) or is_dictionary_place(word):
        return None
    # As registered, not a case form made from it: "Жукова" made from Дарья Жукова's "Жуковой"
    # is also Георгий Жуков's genitive ("улица Жукова").
    listed = [p for p in people if word.lower() in _spelt_alone(p)]
    if len(listed) != 1 or in_other_name(text, tokens, i) or shared_in_text(text, tokens, i):
        return None
    person = listed[0]
    return person, {token_key(w) for w in _spelt_alone(person)}, \
        f"surname registered alone for '{person.name}' and for no other of the {len(people)} who bear it"


_MISSPELT = "the registered given name misspelt"


def _after_misspelt_given_name(text: str, tokens: list[Token], i: int, gazetteer: Gazetteer, found: set[Target],
                               covered: set[int]) -> tuple[Target, set[str], str] | None:
    """A Russian surname of one registered bearer after a word one letter off the bearer's given
    name ("Дональт Туск", "Владмира Путина") that the dictionary does not know (a real given name,
    "Арина" for "Ирина", is another person's) and nothing is registered under: the name misspelt."""
    word, j = tokens[i].text, i - 1
    people = owners(gazetteer).get(tokens[i].key, set())
    if len(people) != 1 or j < 0 or j in covered or not _CYRILLIC_WORD.match(word) \
            or text[tokens[j].end:tokens[i].start] != " " or _capitalised_beside(text, tokens, i, i + 1):
        return None
    person, given = next(iter(people)), tokens[j].text
    if person in found or len(given) < 5 or not unknown_to_dictionary(given) or gazetteer.lookup(tokens[j].key) \
            or not (reads_as_surname(word) or unknown_to_dictionary(word)):
        return None
    near = [g for g in _given_forms(person) if _one_letter_apart(given.lower(), g)]
    if not near:
        return None
    return person, set(gazetteer.surnames[person]), f"{_MISSPELT} '{given}' ('{near[0]}') and the surname of " \
        f"'{person.name}'; the only registered person of that surname"


def _given_forms(person: Target) -> set[str]:
    """Every case form, in lower case, of the first word of the person's registered names of two words or more."""
    out = set()
    for spelling in _spellings(person):
        if len(spelling.split()) > 1:
            out.update(form.split()[0].lower() for form in {spelling, *inflections(spelling)})
    return out


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:n] + long[n + 1:] == short for n in range(len(long)))


def _may_be_a_name(word: str) -> bool:
    """A word that may be a word of a name: not a Russian word the dictionary knows only as
    something else ("Позже", a sentence's first word)."""
    if not _CYRILLIC_WORD.match(word) or unknown_to_dictionary(word):
        return True
    return any({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in analyzer().parse(word))


def _in_longer_name(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised word beside the name that is no part of a title before it ("Тиффани Трамп";
    not "МИД Германии Маас")."""
    return _capitalised_beside(text, tokens, i, i + 1) or _capitalised_beside(text, tokens, i, i - 1) and \
        _title_before(text, tokens, i, _RU_ROYAL | _RU_OFFICES) < 0


def _spellings(person: Target) -> tuple[str, ...]:
    """The person's registered name and aliases."""
    return person.name, *(getattr(person.entity, "aliases", None) or ())


def _spelt_alone(person: Target) -> set[str]:
    """The one-word spellings the registry lists for the person, in lower case."""
    return {s.lower() for s in _spellings(person) if len(s.split()) == 1}


def _alone_keys(person: Target) -> set[str]:
    """The keys of every case form of each one-word spelling the registry lists for the person."""
    out = set()
    for spelling in _spellings(person):
        if len(spelling.split()) == 1:
            out.update(t.key for form in {spelling, *inflections(spelling)} for t in tokenize(form)[:1])
    return out


def _word_of_another_name(gazetteer: Gazetteer, person: Target, key: str) -> bool:
    """The word ends another registered person's longer name, or begins one that a title may
    stand before too: a regnal number, a particle, a realm ("Карл III", "Мохаммед бин Рашид",
    "Charles, Prince of Wales": "король Карл", "шейх Мохаммед" could be either). A plain given
    name and surname ("Кирилл Зорбов") is no one "патриарх Кирилл" means."""
    if gazetteer.name_edges is None:
        table = {}
        people = {f.target for forms in gazetteer.index.values() for f in forms if f.target.kind == "person"}
        for other in people:
            for spelling in _spellings(other):
                words = tokenize(spelling)
                if len(words) < 2:
                    continue
                table.setdefault(words[-1].key, set()).add(other)
                if _titled_shape(spelling):
                    table.setdefault(words[0].key, set()).add(other)
        gazetteer.name_edges = table
    return bool(gazetteer.name_edges.get(key, set()) - {person})


def _titled_shape(spelling: str) -> bool:
    """A name a royal's or a cleric's may be: a regnal number, a particle, "of", a comma."""
    words = spelling.replace(",", " , ").split()
    return any(w == "," or w.lower() in _PARTICLES or w.lower() in ("of", "из") or _REGNAL.match(w) for w in words[1:])


def _title_before(text: str, tokens: list[Token], i: int, titles: frozenset[str]) -> int:
    """The index of the title word before the name at `i` in the same phrase, the words between
    being a title's own adjectives and complements ("Римскому", "МИД Германии"); -1 if none."""
    for n in range(_BETWEEN + 1):
        j = i - 1 - n
        if j < 0 or text[tokens[j].end:tokens[j + 1].start] not in _SPACE:
            return -1
        if _lemma(tokens[j].text) in titles:
            return j
        if not _complement(tokens[j].text):
            return -1
    return -1


def _complement(word: str) -> bool:
    """An acronym (МИД, США), an adjective (Римскому) or a noun in the genitive (Германии)."""
    if word.isupper() and len(word) > 1:
        return True
    if not word.isalpha():
        return False
    likeliest = analyzer().parse(word)[:2]  # a guessed word's genitive may come second ("Зорбленда")
    return likeliest[0].tag.POS == "ADJF" or any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in likeliest)


def _agrees(title: str, word: str) -> bool:
    """The title and the name can be read in one case ("академику Гинцбургу"); a word the
    dictionary does not inflect agrees with any."""
    cases = {p.tag.case for p in analyzer().parse(word) if p.tag.case}
    return not cases or bool(cases & {p.tag.case for p in analyzer().parse(title) if p.tag.case})


def _lemma(word: str) -> str:
    lower = word.lower().rstrip(".")
    if lower.isascii():
        return lower
    return analyzer().parse(lower)[0].normal_form


def _capitalised_beside(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """A capitalised word joined to the name at `i` by a space or a hyphen, or a name's particle
    after it ("шейх Абдалла бен Насер"): a word of another, longer name."""
    if not 0 <= j < len(tokens):
        return False
    a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
    return text[a.end:b.start] in (*_SPACE, "-") and (
        tokens[j].text[:1].isupper() or j > i and tokens[j].text.lower() in _PARTICLES)
