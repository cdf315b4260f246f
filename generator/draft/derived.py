"""Registered organizations written in a form news derives from their name, which the
registry does not list, read in English prose where the words as written are no
registered name:

- an acronym of four letters or more in title case, as British and wire style write
  longer acronyms ("Nato", "Opec", "Tass" for a registered "NATO", "OPEC", "TASS"), when
  the word is no dictionary word (the Collaborative International Dictionary, GCIDE: "Fiat",
  "Care", "Isis" stay words) nor a common one, no city's name, not written in lower case in
  the text, no word of a registered name in capitals ("TEXAS" of the Texas Rangers, as a
  results table writes it) and nowhere in the text beside another capitalised word ("Sana
  Khan" is a woman, not the agency SANA). Three letters keep their case ("Who", "Aid"). Such a
  word is still weak, like a short form: a cue beside it ("the news agency Tass") or the
  organization named otherwise in the text decides;
- a party's members' plural ("the Conservatives", "Republicans", "Democrats" of "Democratic
  Party", "the Greens" of "Green Party": a word's plural, "-atic" as "-ats", or of "Zorbian
  Labour Party"... with a country's adjective before the word) in an English (no Cyrillic)
  text that speaks of a party, not at a sentence's start nor beside another capitalised word
  ("Social Democrats", "Young Republicans"). A party tied to a country (a qualifier, a
  country's adjective, its id) only where the text names that country; namesakes are left to
  the linker's context, as any name several entities bear. The word alone is not read: it is
  a member or an adjective ("Republican from Texas", "the Green parliamentary group"), and a
  noun ("Labour") was as often another party (measured);
- a company's legal form written otherwise than registered ("Ford Motor Co" for "Ford Motor
  Company", "Zorbco Corporation" for "Zorbco Corp") and a university's name in the other
  order ("Oxford University" for "University of Oxford");
- an organization's first word right after the rest of its name in lower case ("the official
  state news agency Petra" for Petra News Agency).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .clubaffix import clubs_without_affix
from .gazetteer import QUALIFIED_NAME, Form, Gazetteer, Target
from .homes import tied_countries
from .lexicon import is_city
from .longer import sentence_initial
from .ordinary import is_ordinary_word
from .partymembers import party_names
from .shortforms import names_a_country
from .text import Token, is_cased_script, script_of, token_key

_SHORTEST_ACRONYM = 4  # letters: "Who", "Aid" are words in title case
TITLE_CASE = "an acronym written in title case"


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """GCIDE's words in lower case: a dictionary of current English, where Webster's Second
    (lexicon.py) also lists "tass" (a cup) and "cern" (to concern)."""
    from english_words import get_english_words_set

    # GCIDE writes its headwords capitalised ("Pillar"); a proper name is no headword of it.
    return frozenset(get_english_words_set(["gcide"], alpha=True, lower=True))


def _a_word(word: str) -> bool:
    lower = word.lower()
    return lower in _dictionary() or lower.endswith("s") and not lower.endswith("ss") and lower[:-1] in _dictionary() \
        or is_ordinary_word(word, "latin")


def _name_words(gazetteer: Gazetteer) -> frozenset[str]:
    """Every word of a registered name that is no acronym, as spaces part it: "TEXAS" of the Texas
    Rangers, "ESSEX" of Essex County Cricket Club are a name's word in capitals, as a results table
    writes them, not acronyms ("Itar-Tass" holds no word "Tass")."""
    return _cached(gazetteer, "words", lambda: frozenset(
        token_key(word) for forms in gazetteer.index.values() for f in forms
        if not f.acronym and " " in f.surface for word in f.surface.split()))


_CACHE: dict[str, object] = {}  # tables read from the one gazetteer in use
_CACHED_FOR: list[Gazetteer] = []


def _cached(gazetteer: Gazetteer, name: str, build):
    if not _CACHED_FOR or _CACHED_FOR[0] is not gazetteer:
        _CACHE.clear()
        _CACHED_FOR[:] = [gazetteer]
    if name not in _CACHE:
        _CACHE[name] = build()
    return _CACHE[name]


def derived_names(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int]) -> list[tuple]:
    """(start, end, forms) of names written in a derived form."""
    lower_words = {t.key for t in tokens if t.text.islower()}
    return _title_case_acronyms(tokens, text, gazetteer, taken, lower_words) \
        + _parties(tokens, text, gazetteer, taken, lower_words) + _written_otherwise(tokens, text, gazetteer) \
        + _first_word_after_the_rest(tokens, text, gazetteer, taken, lower_words) \
        + clubs_without_affix(tokens, text, gazetteer, taken) + _russian_parties(tokens, text, gazetteer, taken)


def _russian_parties(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int]) -> list[tuple]:
    """Russian members' nouns and shared plural nouns (partymembers.py), a party tied to a country
    only where the text names that country, as English members' plurals are."""
    keys = {t.key for t in tokens}
    joined = f" {' '.join(t.key for t in tokens)} "
    homes_named: dict[Target, bool] = {}
    return party_names(tokens, text, gazetteer, taken, lambda target: _memo(
        homes_named, target, lambda: _home_named(gazetteer, target, keys, joined)))


def _memo(table: dict, key, compute):
    if key not in table:
        table[key] = compute()
    return table[key]


def _a_names_word_here(tokens: list[Token], text: str, key: str) -> bool:
    """The text writes the word beside another capitalised word somewhere: it is a word of a
    person's or another name here ("Jane Zort ... Zort said")."""
    return any(t.key == key and _capitalised_beside(tokens, text, n) for n, t in enumerate(tokens))


def _title_case(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _capitalised_beside(tokens: list[Token], text: str, i: int) -> bool:
    """A capitalised word right before (inside a sentence) or after the word: part of another name."""
    after = i + 1 < len(tokens) and text[tokens[i].end:tokens[i + 1].start] in (" ", "-") \
        and tokens[i + 1].text[:1].isupper() and is_cased_script(tokens[i + 1].text)
    before = i > 0 and not sentence_initial(tokens, i, text) \
        and text[tokens[i - 1].end:tokens[i].start] in (" ", "-") and tokens[i - 1].text[:1].isupper() \
        and is_cased_script(tokens[i - 1].text) and not is_ordinary_word(tokens[i - 1].text, "latin")
    return after or before


def _title_case_acronyms(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int],
                         lower_words: set[str]) -> list[tuple]:
    out = []
    names_words_here: dict[str, bool] = {}
    for i, token in enumerate(tokens):
        word = token.text
        if i in taken or len(word) < _SHORTEST_ACRONYM or not _title_case(word) or script_of(word) != "latin" \
                or token.key in lower_words:
            continue
        forms = [f for f in gazetteer.index.get(token.key, ())
                 if f.acronym and f.surface == word.upper() and f.target.kind == "organization"]
        if not forms or _a_word(word) or token.key in gazetteer.place_keys or token.key in _name_words(gazetteer) \
                or is_city(word, 15_000) \
                or _memo(names_words_here, token.key, lambda: _a_names_word_here(tokens, text, token.key)):
            continue
        # Still weak: a cue beside it ("the news agency Zort") or the organization named otherwise in the
        # text decides, as for any short form.
        out.append((i, i + 1, [replace(f, origin=f"{f.origin} in title case", partial=TITLE_CASE) for f in forms]))
    return out


_PARTY_WORDS = {token_key("party"), token_key("parties")}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MEMBERS_ENDINGS = ("an", "ist", "ive", "al")  # Republican -> Republicans; Democratic -> Democrats below
# Any other word too (Green -> Greens), but one in -s has no such plural ("Workers", "Peoples").


def _party_words(gazetteer: Gazetteer) -> dict[str, list[tuple[Form, tuple[str, ...]]]]:
    """The key of each party's members' plural -> (form, the country words before its word)."""
    return _cached(gazetteer, "parties", lambda: _build_party_words(gazetteer))


def _build_party_words(gazetteer: Gazetteer) -> dict[str, list[tuple[Form, tuple[str, ...]]]]:
    table: dict[str, list[tuple[Form, tuple[str, ...]]]] = {}
    for forms in list(gazetteer.index.values()):
        for form in forms:
            if form.target.kind != "organization" or form.partial or form.acronym \
                    or script_of(form.surface) != "latin" or "Russian" in form.origin:
                continue
            qualified = QUALIFIED_NAME.match(form.surface)
            words = (qualified.group(1) if qualified else form.surface).split()
            if len(words) < 2 or words[-1] != "Party" or not _title_case(words[-2]) \
                    or not all(_names_a_country(gazetteer, w) for w in words[:-2]):
                continue
            word = words[-2]
            # Only the members' plural: the word alone is a member or an adjective ("Republican from
            # Texas", "the Green parliamentary group"), and a noun ("Labour") as often another
            # country's party as the registered one (measured: a wrong reference on held-out AIDA).
            members = word[:-2] + "s" if word.endswith("atic") else word + "s" \
                if word.endswith(_MEMBERS_ENDINGS) or not word.endswith("s") else ""
            if members:
                entry = table.setdefault(token_key(members), [])
                if not any(f.target == form.target for f, _ in entry):
                    entry.append((form, tuple(token_key(w) for w in words[:-2])))
    return table


def _names_a_country(gazetteer: Gazetteer, word: str) -> bool:
    return names_a_country(gazetteer, token_key(word))


def _parties(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int],
             lower_words: set[str]) -> list[tuple]:
    keys = {t.key for t in tokens}
    # English text as the linker tells it (no Cyrillic letter): "Schröder" or "Müntefering" in it
    # is still English, which script_of, asking for every letter in ASCII, would not say.
    if not keys & _PARTY_WORDS or _CYRILLIC.search(text):
        return []  # "the Constructivists" are painters unless the text speaks of a party
    table = _party_words(gazetteer)
    joined = f" {' '.join(t.key for t in tokens)} "
    homes_named: dict[Target, bool] = {}
    out = []
    for i, token in enumerate(tokens):
        if i in taken or token.key not in table or not _title_case(token.text) or token.key in lower_words \
                or sentence_initial(tokens, i, text) or _capitalised_beside(tokens, text, i):
            continue
        # "Zorbian Labour Party", "Labour Party (Zorbland)" are Zorbland's: their members only in a
        # text that names Zorbland.
        entries = [e for e in table[token.key] if all(_country_named(gazetteer, w, keys) for w in e[1])
                   and _memo(homes_named, e[0].target, lambda: _home_named(gazetteer, e[0].target, keys, joined))]
        if entries:
            out.append((i, i + 1, [replace(f, origin=f"the members' plural of the {f.origin}") for f, _ in entries],
                        "a party's members in a text that speaks of a party"))
    return out


def _country_named(gazetteer: Gazetteer, word: str, keys: set[str]) -> bool:
    """The country a demonym or a country's name names is named in the text (a word of its name,
    or the demonym itself)."""
    if word in keys:
        return True
    countries = {f.target for f in gazetteer.index.get(word, ()) if f.target.kind == "country"}
    return any(all(t in keys for t in _keys_of(c.name)) for c in countries)


def _home_named(gazetteer: Gazetteer, target: Target, keys: set[str], joined: str) -> bool:
    homes = tied_countries(target, gazetteer)
    if not homes:
        return True
    spellings = _country_keys(gazetteer)
    return any(key in keys if " " not in key else f" {key} " in joined
               for home in homes for key in spellings.get(home, ()))


def _country_keys(gazetteer: Gazetteer) -> dict[Target, set[str]]:
    """Each country -> the keys that name it (names, aliases, demonyms)."""
    return _cached(gazetteer, "countries", lambda: _build_country_keys(gazetteer))


def _build_country_keys(gazetteer: Gazetteer) -> dict[Target, set[str]]:
    table: dict[Target, set[str]] = {}
    for key, forms in gazetteer.index.items():
        for f in forms:
            if f.target.kind == "country":
                table.setdefault(f.target, set()).add(key)
    return table


def _keys_of(name: str) -> list[str]:
    return [token_key(w) for w in re.findall(r"\w+", name)]


# A company's legal form, as registered and as news writes it.
_LEGAL_FORMS = ({"company", "co"}, {"corporation", "corp"}, {"incorporated", "inc"}, {"limited", "ltd"})
_OTHER_FORMS = {token_key(word): {token_key(w) for w in group - {word}} for group in _LEGAL_FORMS for word in group}
_UNIVERSITY, _OF = token_key("University"), token_key("of")


def _written_otherwise(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[tuple]:
    """A company's name with its legal form spelt otherwise ("Ford Motor Co" for a registered
    "Ford Motor Company"), and a university's name in the other order ("Oxford University" for
    "University of Oxford", "University of Zorbford" for "Zorbford University")."""
    out = []  # longer than the names inside it ("Oxford" a club's city), the linker takes it first
    for j, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        candidates: list[tuple[int, list[str]]] = []
        words = _capitalised_run_before(tokens, text, j)
        if token.key in _OTHER_FORMS:
            candidates += [(j - n, [*words[-n:], other]) for n in range(1, len(words) + 1)
                           for other in _OTHER_FORMS[token.key]]
        if token.key == _UNIVERSITY:
            candidates += [(j - n, [_UNIVERSITY, _OF, *words[-n:]]) for n in (1, 2) if n <= len(words)]
        for start, key in candidates:
            forms = [replace(f, origin=f"{f.origin}, written otherwise") for f in gazetteer.index.get(" ".join(key), ())
                     if f.target.kind == "organization" and not f.partial]
            if forms:
                out.append((start, j + 1, forms))
        if token.key == _UNIVERSITY and j + 2 < len(tokens) and tokens[j + 1].text == "of":
            after = [t for t in tokens[j + 2:j + 4] if t.text[:1].isupper() and is_cased_script(t.text)]
            for n in range(1, len(after) + 1):
                if tokens[j + 1 + n] is not after[n - 1]:
                    break
                key = " ".join([*(t.key for t in after[:n]), _UNIVERSITY])
                forms = [replace(f, origin=f"{f.origin}, written otherwise") for f in gazetteer.index.get(key, ())
                         if f.target.kind == "organization" and not f.partial]
                if forms:
                    out.append((j, j + 2 + n, forms))
    return out


def _capitalised_run_before(tokens: list[Token], text: str, j: int) -> list[str]:
    """The keys of up to four capitalised words right before token j, in order, within a line."""
    keys: list[str] = []
    n = j - 1
    while n >= 0 and len(keys) < 4 and text[tokens[n].end:tokens[n + 1].start] == " " \
            and tokens[n].text[:1].isupper() and is_cased_script(tokens[n].text):
        keys.insert(0, tokens[n].key)
        n -= 1
    return keys


def _first_words(gazetteer: Gazetteer) -> dict[str, list[tuple[Form, str]]]:
    """The first word of each registered organization name of two words or more -> (form, the
    name's key)."""
    return _cached(gazetteer, "first", lambda: _build_first_words(gazetteer))


def _build_first_words(gazetteer: Gazetteer) -> dict[str, list[tuple[Form, str]]]:
    table: dict[str, list[tuple[Form, str]]] = {}
    seen: set[tuple[Form, str]] = set()  # what `table` holds, looked up without a pass over its list
    for key, forms in gazetteer.index.items():
        if " " not in key:
            continue
        for form in forms:
            if form.target.kind != "organization" or form.partial or form.acronym \
                    or script_of(form.surface) != "latin" or "Russian" in form.origin \
                    or not form.surface[:1].isupper() or form.surface.startswith("The "):
                continue
            entry = table.setdefault(key.split(" ")[0], [])
            if (form, key) not in seen:
                seen.add((form, key))
                entry.append((form, key))
    return table


def _first_word_after_the_rest(tokens: list[Token], text: str, gazetteer: Gazetteer, taken: set[int],
                               lower_words: set[str]) -> list[tuple]:
    """An organization's first word alone right after the rest of its name written in lower case
    ("the state news agency Zorbra" for Zorbra News Agency): the text says what the word names."""
    table = _first_words(gazetteer)
    out = []
    for i, token in enumerate(tokens):
        if i == 0 or not tokens[i - 1].text.islower() or i in taken or token.key not in table \
                or not _title_case(token.text) or len(token.text) < 3 \
                or token.key in lower_words or token.key in gazetteer.place_keys \
                or names_a_country(gazetteer, token.key) or _capitalised_beside(tokens, text, i):
            continue
        beside = [(form, whole) for form, whole in table[token.key] if _rest_before(tokens, i, whole)]
        if len({form.target for form, _ in beside}) == 1:
            form, whole = beside[0]
            rest = text[tokens[i - len(whole.split()) + 1].start:tokens[i - 1].end]
            out.append((i, i + 1, [replace(form, origin=f"the first word of the {form.origin}")], f"after '{rest}'"))
    return out


def _rest_before(tokens: list[Token], i: int, whole: str) -> bool:
    rest = whole.split(" ")[1:]
    return i >= len(rest) and all(t.key == k and t.text.islower() for t, k in zip(tokens[i - len(rest):i], rest))
