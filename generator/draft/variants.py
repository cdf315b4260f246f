"""Registered names written another way that a reader takes for the same name, read
where the words as written are no registered name:

- a person's full name in another spelling of the same script: a vowel transliterated
  differently ("Антониу Гутерреш" for "Антониу Гутерриш", "бен" for "бин") or a Russian
  case ending the dictionary cannot supply for a foreign name ("Хамада бен Халифы Аль
  Тани"), by the consonants as heard (text.sound_key), for names of two words or more
  whose capitalised words are all there;
- a person's two-word name with one word one letter off ("Per Mertersacker", "John Kriby");
- an organization's name of four words or more with another preposition or a word in the
  other number ("German Council of Foreign Relations", "Federation of German Industry");
- an organization's name that begins or ends with initials, written with the words they
  stand for ("Red Bull Leipzig" for "RB Leipzig");
- an organization's name of three capitalised words or more written as their initials, with
  the name's last word beside them ("the IRNA news agency" for the Islamic Republic News
  Agency): letters alone stand for too many things ("USD", another country's "CBC");
- a paper registered as "The" and one word, without its "The" right before a word for a
  paper ("Britain's Guardian newspaper")."""

from __future__ import annotations

from dataclasses import replace

from .derived import derived_names
from .gazetteer import Form, Gazetteer
from .lexicon import is_english_word
from .ordinary import is_ordinary_word
from .stumps import stump_compounds
from .text import Token, capitalized, is_cased_script, script_of, sound_key
from .vowelnames import vowel_variants

_LONGEST = 6  # words: "Мухаммед ибн Салман Аль Сауд"
_SHORTEST_KEY = 8  # consonants: shorter keys ("Ivan Orlov") are shared by too many names


def spelling_variants(tokens: list[Token], text: str, gazetteer: Gazetteer,
                      taken: set[int], weak: frozenset[int] | set[int] = frozenset()) -> list[tuple]:
    """(start, end, forms), and a note where the text does not spell the name out. `weak`: words of
    `taken` found only as one word of a longer name, which a full name heard around them may hold."""
    out: list[tuple] = []
    held = taken - weak  # words a registered name holds for itself
    for i in range(len(tokens)):
        if i in held or not capitalized(tokens[i].text) or not is_cased_script(tokens[i].text):
            continue
        for j in range(i + 1, min(len(tokens), i + _LONGEST)):
            span = text[tokens[i].start:tokens[j].end]
            if j in held or "\n" in span or any(ch in span for ch in ",.;:()«»\""):
                break
            if not capitalized(tokens[j].text):
                continue  # a particle (бин, ибн, de) inside the name
            script, sound = script_of(span), sound_key(span)
            if not script or len(sound.replace(" ", "")) < _SHORTEST_KEY:
                continue
            heard = gazetteer.sounds.get(f"{script} {sound}", [])  # forms kept for the other script's names
            forms = [replace(f, origin=f"{f.origin.split(', written in')[0]}, spelt differently") for f in heard
                     if f.target.kind == "person" and script_of(f.surface) == script
                     and len(f.surface.split()) == j - i + 1]
            if forms:
                out.append((i, j + 1, forms))
    return out + _one_letter_off(tokens, text, gazetteer, taken) + _loose_names(tokens, text, gazetteer) \
        + _initials_spelt_out(tokens, text, gazetteer) + _acronyms_of_names(tokens, gazetteer, taken) \
        + _papers_without_the(tokens, text, gazetteer, held) + derived_names(tokens, text, gazetteer, taken) \
        + stump_compounds(tokens, gazetteer, taken) + vowel_variants(tokens, text, gazetteer, taken)


_TYPO_SHORTEST = 5  # letters: "Hen" for "Hun" is as likely another name


def _one_letter_off(tokens: list[Token], text: str, gazetteer: Gazetteer,
                    taken: set[int]) -> list[tuple[int, int, list[Form]]]:
    """Two capitalised words, one a word of a registered person's two-word name in its place
    and the other one letter off the name's other word (a letter more, less, changed, or two
    swapped), five letters or longer, neither a word of another registered name nor a
    dictionary word, and no other registered person as near: the name misspelt. Latin script
    only: Russian case endings are one letter apart ("Святой Марфы" is not "Святой Марии")."""
    words = _name_words(gazetteer)
    out = []
    for i in range(len(tokens) - 1):
        pair = tokens[i:i + 2]
        if ((0, pair[0].key) not in words and (1, pair[1].key) not in words) or i in taken or i + 1 in taken \
                or text[pair[0].end:pair[1].start] != " " or script_of(text[pair[0].start:pair[1].end]) != "latin" \
                or not all(capitalized(t.text) and is_cased_script(t.text) for t in pair):
            continue
        near = []
        for place in (0, 1):
            exact, other = pair[place], pair[1 - place]
            if len(other.key) < _TYPO_SHORTEST or (1 - place, other.key) in words or other.key in gazetteer.index \
                    or is_english_word(other.text):
                continue
            near += [f for word, f in words.get((place, exact.key), ()) if _one_edit(word, other.key)]
        if len({f.target for f in near}) == 1:
            out.append((i, i + 2, [replace(f, origin=f"one letter off the {f.origin}") for f in near]))
    return out


def _name_words(gazetteer: Gazetteer) -> dict[tuple[int, str], list[tuple[str, Form]]]:
    """(place, word) -> the other word and form of every registered two-word name or alias
    of a person, as registered (no case forms, no weak ones)."""
    if gazetteer.name_words is None:
        table: dict[tuple[int, str], list[tuple[str, Form]]] = {}
        for key, forms in gazetteer.index.items():
            words = key.split(" ")
            if len(words) != 2:
                continue
            for form in forms:
                if form.target.kind == "person" and not form.partial and form.origin in ("name", "alias"):
                    table.setdefault((0, words[0]), []).append((words[1], form))
                    table.setdefault((1, words[1]), []).append((words[0], form))
        gazetteer.name_words = table
    return gazetteer.name_words


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [n for n in range(len(a)) if a[n] != b[n]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    n = next((n for n in range(len(short)) if short[n] != long[n]), len(short))
    return short[n:] == long[n + 1:]


_PREPOSITIONS = {"of", "on", "for", "in", "at"}
_LOOSE_SHORTEST = 4  # words: "Council of Europe" and "Council for Europe" may be two bodies


def _loose_key(words: list[str]) -> str:
    """Keys of words with the prepositions made one and a plural ending dropped."""
    return " ".join("·" if w in _PREPOSITIONS else w[:-2] if w.endswith("es") else w[:-1] if w.endswith("s")
                    else w for w in words)


def _loose_names(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, list[Form]]]:
    """A registered organization's name of four words or more, its capitalised words all
    there in order, the first as registered, written with another preposition or a word in
    the other number: a run of capitalised words and prepositions, from a capitalised word
    to one."""
    loose = _loose_index(gazetteer)
    out = []
    for i in range(len(tokens)):
        # Words inside it may be names found as spelled ("German"): the longer name wins over them.
        if tokens[i].key not in gazetteer.prefixes or not capitalized(tokens[i].text) \
                or not is_cased_script(tokens[i].text):
            continue  # the first word is as registered
        for j in range(i + 1, min(len(tokens), i + gazetteer.max_tokens)):
            token = tokens[j]
            if text[tokens[j - 1].end:token.start] != " " \
                    or not (capitalized(token.text) or token.text in _PREPOSITIONS):
                break
            if j - i + 1 >= _LOOSE_SHORTEST and capitalized(token.text):
                keys = [t.key for t in tokens[i:j + 1]]
                forms = [] if " ".join(keys) in gazetteer.index else loose.get(_loose_key(keys), [])
                if forms:
                    out.append((i, j + 1, [replace(f, origin=f"another preposition or number than the {f.origin}")
                                           for f in forms]))
    return out


def _loose_index(gazetteer: Gazetteer) -> dict[str, list[Form]]:
    if gazetteer.loose is None:
        table: dict[str, list[Form]] = {}
        for key, forms in gazetteer.index.items():
            words = key.split(" ")
            if len(words) < _LOOSE_SHORTEST:
                continue
            for form in forms:
                if form.target.kind == "organization" and not form.partial and script_of(form.surface) == "latin":
                    table.setdefault(_loose_key(words), []).append(form)
        gazetteer.loose = table
    return gazetteer.loose


def _initials_spelt_out(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, list[Form]]]:
    """A registered organization's name of two words or more that begins or ends with an
    acronym of two to four capitals ("RB Leipzig", "EU Commission", "Hamburger SV"), written
    with capitalised words, none an ordinary word, whose first letters are the acronym, and
    the rest of the name as registered ("Red Bull Leipzig")."""
    initials = _initials(gazetteer)  # each acronym and its beginnings: whether it is whole
    out = []
    for i in range(len(tokens)):
        letters = ""
        for size in (1, 2, 3, 4):
            j = i + size - 1
            if j >= len(tokens) or (letters + tokens[j].text[:1]) not in initials or not _spelling_word(tokens[j]) \
                    or (size > 1 and text[tokens[j - 1].end:tokens[j].start] != " "):
                break
            letters += tokens[j].text[0]
            if size < 2 or not initials[letters]:
                continue
            for more in (1, 2, 3):  # words of the name after the initials, or before them
                for start, end, first in ((i, i + size + more, True), (i - more, i + size, False)):
                    rest = tokens[i + size:end] if first else tokens[max(0, start):i]
                    if len(rest) < more or not all(capitalized(t.text) for t in rest):
                        continue
                    keys = [letters.lower(), *(t.key for t in rest)] if first else [*(t.key for t in rest),
                                                                                      letters.lower()]
                    forms = [replace(f, origin=f"initials spelt out of the {f.origin}")
                             for f in gazetteer.index.get(" ".join(keys), ())
                             if f.target.kind == "organization" and not f.partial
                             and (f.surface.startswith(letters + " ") if first else f.surface.endswith(" " + letters))]
                    if forms:
                        out.append((start, end, forms))
    return out


def _initials(gazetteer: Gazetteer) -> dict[str, bool]:
    if gazetteer.initials is None:
        found: dict[str, bool] = {}
        for forms in gazetteer.index.values():
            for form in forms:
                words = form.surface.split()
                if form.target.kind == "organization" and len(words) > 1:
                    for word in (words[0], words[-1]):
                        if 2 <= len(word) <= 4 and word.isupper() and word.isalpha():
                            found.update({word[:n]: found.get(word[:n], False) for n in range(1, len(word))})
                            found[word] = True
        gazetteer.initials = found
    return gazetteer.initials


def _spelling_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:].islower() and script_of(token.text) == "latin" \
        and not is_ordinary_word(token.text, "latin")


def _acronyms_of_names(tokens: list[Token], gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int, list[Form]]]:
    out = []
    table = None
    for i, token in enumerate(tokens):
        word = token.text
        if i in taken or not (3 <= len(word) <= 5 and word.isupper() and word.isalpha()) \
                or script_of(word) != "latin" or token.key in gazetteer.index:
            continue
        if table is None:
            table = _acronym_table(gazetteer)
        # The text says what kind of thing the letters name, in the name's own last word: "the
        # official IRNA news agency", "the state news agency SANA".
        around = {t.text for t in tokens[max(0, i - 3):i + 3]}
        forms = [f for f in table.get(word, []) if f.surface.split()[-1].lower() in around]
        if len({f.target for f in forms}) == 1:
            out.append((i, i + 1, [replace(forms[0], origin=f"the initials of the {forms[0].origin}")]))
    return out


def _acronym_table(gazetteer: Gazetteer) -> dict[str, list[Form]]:
    """The initials of the registry's organization names of three capitalised words or more."""
    if gazetteer.name_initials is not None:
        return gazetteer.name_initials
    table: dict[str, list[Form]] = {}
    for forms in gazetteer.index.values():
        for form in forms:
            words = form.surface.split()
            if form.target.kind != "organization" or form.partial or len(words) < 3 \
                    or script_of(form.surface) != "latin":
                continue
            capitals = [w[0] for w in words if w[:1].isupper()]
            if len(capitals) >= 3:
                table.setdefault("".join(capitals), []).append(form)
    gazetteer.name_initials = table
    return table


# Words that say a name before them is a paper's: "Britain's Guardian newspaper".
_PRESS_WORDS = {"newspaper", "paper", "daily", "weekly", "magazine", "tabloid"}


def _papers_without_the(tokens: list[Token], text: str, gazetteer: Gazetteer,
                        taken: set[int]) -> list[tuple[int, int, list[Form], str]]:
    """A registered name of "The" and one word ("The Guardian", "The Economist") written without
    its "The", right before a word that says it is a paper ("Guardian newspaper"): that paper,
    though the word alone may be an ordinary one."""
    out = []
    for i in range(len(tokens) - 1):
        token, after = tokens[i], tokens[i + 1]
        if i in taken or after.text not in _PRESS_WORDS or text[token.end:after.start] != " " \
                or not capitalized(token.text) or script_of(token.text) != "latin":
            continue
        if i > 0 and text[tokens[i - 1].end:token.start] == " " and tokens[i - 1].text[:1].isupper():
            continue  # the last word of another paper's name: "the Sunday Times newspaper"
        forms = [replace(f, origin=f"the {f.origin} without its 'The'")
                 for f in gazetteer.index.get(f"the {token.key}", ())
                 if f.target.kind == "organization" and not f.partial and f.surface.startswith("The ")]
        if len({f.target for f in forms}) == 1:
            out.append((i, i + 1, forms, f"a paper's name without its 'The', before '{after.text}'"))
    return out
