"""A person the registry writes with initials ("C. Rangarajan", "F. W. de Zorb") named in the text
by a full given name ("Chakravarty Rangarajan"): registries take Wikipedia's titles, which keep
initials where the person is known by them, and a news story may still spell the name out once.
The given name must begin with the registered first initial, be no English word (a title such
as "President", an ordinary word), and the surname no other registered person's; a registered
full spelling with another given name ("Rahul Zorb" beside "R. Zorb") says the initial is not
enough. Once found, the surname alone after it is the person (linker.surnames).

The other way round, a registered name of two words ("Zorb Blaxter") written with a middle
initial the registry lacks ("Zorb Q. Blaxter"), as American news writes officials' names
("Army General Martin E. Dempsey"), is that person: the given name and the surname are the
registered name's, the letter between them a capital with its full stop. Not when another
registered spelling of those two words has a middle name of another initial ("Zorb Rufus
Blaxter"): the letter then tells two namesakes apart, and neither is sure."""

from __future__ import annotations

import re
from typing import Any

from .english_fullnames import ANOTHER_FULL_NAME
from .lexicon import is_english_word
from .surnames import owners
from .text import tokenize

_INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+$")
_GIVEN = re.compile(r"^[A-Z][a-z]{2,}$")
_MIDDLE_INITIAL = re.compile(r"^[A-Z]$")


def link_initialled_names(linker: Any) -> None:
    """The linker's step (`linker` is linker._Linker): add each such full name found."""
    if linker.russian:
        return
    tokens, text, linking = linker.tokens, linker.text, linker.linking
    table = owners(linker.gazetteer)
    for i in range(len(tokens) - 1):
        given, surname = tokens[i], tokens[i + 1]
        if i in linking.covered or text[given.end:surname.start] != " " \
                or not _GIVEN.match(given.text) or len(table.get(surname.key, ())) != 1:
            continue
        # The surname alone, registered as the person's alias, was left out as "a word of another full
        # name here": that full name is the one this rule reads, so the doubt gives way to it.
        doubted = _doubt_for_this_name(linking, f"{given.text} {surname.text}", surname.text)
        if i + 1 in linking.covered and doubted is None:
            continue
        person = next(iter(table[surname.key]))
        if _written_with_initial(person, given.text, surname.key) and not is_english_word(given.text):
            if doubted is not None:
                linking.doubts.remove(doubted)
            linker.add(person, i, i + 2, f"'{person.name}' with its initial written out ('{given.text}')")
    _link_middle_initials(linker)


def _link_middle_initials(linker: Any) -> None:
    """"Zorb Q. Blaxter" for the registered Zorb Blaxter (the module's second paragraph)."""
    tokens, text, linking = linker.tokens, linker.text, linker.linking
    for i in range(len(tokens) - 2):
        given, letter, surname = tokens[i], tokens[i + 1], tokens[i + 2]
        if any(n in linking.covered for n in range(i, i + 3)) or not _GIVEN.match(given.text) \
                or not _MIDDLE_INITIAL.match(letter.text) or text[given.end:letter.start] != " " \
                or text[letter.end:surname.start] != ". " or not surname.text[:1].isupper():
            continue
        people = {f.target for f in linker.gazetteer.index.get(f"{given.key} {surname.key}", ())
                  if f.target.kind == "person" and not f.partial and f.proper}
        if len(people) != 1:
            continue
        person = next(iter(people))
        if not _another_middle_initial(linker.gazetteer, given.key, surname.key, letter.text):
            linker.add(person, i, i + 3, f"'{person.name}' with a middle initial ('{letter.text}.')")


def _another_middle_initial(gazetteer: Any, given_key: str, surname_key: str, letter: str) -> bool:
    """A registered spelling of three words or more with this given name and surname whose middle
    word begins with another letter than `letter` (or is no name word)."""
    for person in owners(gazetteer).get(surname_key, ()):
        for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
            keys, words = [t.key for t in tokenize(spelling)], spelling.split()
            if len(words) >= 3 and keys and keys[0] == given_key and keys[-1] == surname_key \
                    and not words[1].startswith(letter):
                return True
    return False


def _doubt_for_this_name(linking: Any, full_name: str, surname: str) -> Any:
    """The doubt that left `surname` out as a word of `full_name`, or None."""
    return next((d for d in linking.doubts if d.words == surname and d.reason.endswith(f"'{full_name}'")
                 and ANOTHER_FULL_NAME in d.reason), None)


def _written_with_initial(person: Any, given: str, surname_key: str) -> bool:
    """The person is registered as initials and the surname, the first initial `given`'s first letter,
    and no registered spelling of theirs gives another given name."""
    initialled = False
    for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
        words = spelling.split()
        keys = [t.key for t in tokenize(spelling)]
        if len(words) < 2 or not keys or keys[-1] != surname_key:
            continue
        before = " ".join(words[:-1])
        if _INITIALS.match(before):
            initialled = initialled or before[0] == given[0]
        elif words[0].lower() != given.lower():
            return False
    return initialled
