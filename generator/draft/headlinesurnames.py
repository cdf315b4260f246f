"""A sports headline's surname: a headline calls a player by his surname alone ("SOCCER - KEANE SIGNS
FOUR-YEAR CONTRACT"), and its body names him in full ("Ireland midfielder Roy Keane has signed"). A
company registered under the same one word ("Keane", Keane Inc) is not meant there.

Only on a page whose first line names a sport (sportsreading.headline_sports), only for a word of that
first line written in capitals, and only where the body names a person by a given name and this word
("Roy Keane": a registered person's name; or a given name some registered person bears before it; or,
since a player in the news this week need not be registered, nor his given name borne by anyone who is,
a capitalised word before it that is no dictionary word and names nothing registered: a name's shape),
and never uses the word otherwise.
Off the sports pages a company is named after its founder as often as not ("ZORBCO PROFITS RISE"
over "Anton Zorbco, its founder, said"), and a body that uses the word by itself may mean the company."""

from __future__ import annotations

from .family import given_names
from .gazetteer import Gazetteer
from .lexicon import is_english_word
from .sportsreading import sports_reading
from .text import Token


def a_persons_surname_in_a_headline(text: str, tokens: list[Token], start: int, end: int,
                                    gazetteer: Gazetteer) -> bool:
    """tokens[start:end] is one word in capitals of a sports page's first line, and every use of it in
    the rest of the text follows a given name ("Roy Keane")."""
    if end - start != 1 or not tokens[start].text.isupper() or len(tokens[start].text) < 2:
        return False
    reading = sports_reading(text)
    first_line_end = len(text) - len(text.lstrip()) + len(reading.first_line)
    if tokens[start].end > first_line_end or not reading.headline_sports:
        return False
    key, named_in_full = tokens[start].key, False
    for n in range(start + 1, len(tokens)):
        if tokens[n].key != key or tokens[n].start < first_line_end:
            continue
        if not _given_name_before(text, tokens, n, gazetteer):
            return False  # the body uses the word by itself: it may be the company's
        named_in_full = True
    return named_in_full


def _given_name_before(text: str, tokens: list[Token], n: int, gazetteer: Gazetteer) -> bool:
    """tokens[n - 1] is a given name of tokens[n]'s bearer, by the registry or by its shape."""
    given = tokens[n - 1] if n else None
    if given is None or not given.text[:1].isupper() or given.text.isupper() or not given.text.isalpha() \
            or text[given.end:tokens[n].start] != " ":
        return False
    if given.key in given_names(gazetteer) \
            or any(f.target.kind == "person" for f in gazetteer.lookup(f"{given.key} {tokens[n].key}")):
        return True
    return not is_english_word(given.text) and not gazetteer.lookup(given.key)
