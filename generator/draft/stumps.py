"""A registered Russian organization's name written as one stump compound: the beginnings of
its first words, then its last word whole and declined ("Мосгордуму" for "Московская городская
дума", "Мосгорсуд" for "Московский городской суд"), the way Russian news shortens a body's name
(сложносокращённое слово). A state body's country after its name is left out of the compound
as of its words ("Госдепартаменте" for "Государственный департамент США", "Нацполиции" for
"Национальная полиция Украины"): such a form is weak like the name without its country
(homes.BARE), which the linker weighs against the countries the text names.

Only a capitalised word the registry does not hold already, which the dictionary does not read
as a surname or a given name, each beginning shorter than its word ("Ива" + "нова" is no stump of
"Ива Нова"), two letters or more and the first three ("Мос", "Гос", "Нац"), the last word whole in
one of its case forms (pymorphy3, morph.inflections): a word that merely ends like a name's last
word does not begin with the beginnings of the words before it."""

from __future__ import annotations

import re
from dataclasses import replace

from .contractions import stumps_of
from .gazetteer import Form, Gazetteer, Target
from .homes import BARE
from .morph import inflections, is_given_name, reads_as_surname
from .text import Token, capitalized, tokenize

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
_FIRST_PIECE = 3  # letters of the first word: "Гос", "Мос", "Нац"
_LAST_WORD = 3  # letters of the whole last word: "суд"


def _registered_spellings(gazetteer: Gazetteer) -> list[Form]:
    """Each organization's registered name and aliases once, in the index's order."""
    seen, out = set(), []
    for forms in gazetteer.index.values():
        for form in forms:
            if form.target.kind == "organization" and form.origin in ("name", "alias") and not form.acronym \
                    and (form.target, form.surface) not in seen:
                seen.add((form.target, form.surface))
                out.append(form)
    return out


def _without_country(words: list[str], gazetteer: Gazetteer) -> tuple[list[str], str]:
    """The name's words less a country named by its last one to three words, and that country's name."""
    for n in range(min(3, len(words) - 2), 0, -1):
        key = " ".join(t.key for t in tokenize(" ".join(words[-n:])))
        countries = [f.target for f in gazetteer.lookup(key)
                     if f.target.kind == "country" and not f.origin.startswith("demonym")]
        if countries:
            return words[:-n], countries[0].name
    return words, ""


def _stump_index(gazetteer: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], Form]]]:
    """A case form of a name's last word -> (the words before it, lower case; a weaker Form)."""
    if gazetteer.stumps is None:
        table: dict[str, list[tuple[tuple[str, ...], Form]]] = {}
        for form in _registered_spellings(gazetteer):
            words = form.surface.split()
            if len(words) < 2 or not all(_CYRILLIC_WORD.match(w) for w in words):
                continue
            words, country = _without_country(words, gazetteer)
            if len(words) < 2:
                continue
            weaker = replace(form, origin=f"{form.origin} as a stump compound"
                             + (f", less '{country}' that the text names:" if country else ""), proper=True,
                             partial=BARE if country else "")
            before = tuple(w.lower() for w in words[:-1])
            for spelling in sorted(inflections(" ".join(words)) | {" ".join(words)}):
                last = spelling.split()[-1].lower()
                if len(last) >= _LAST_WORD and len(spelling.split()) == len(words):
                    entries = table.setdefault(last, [])
                    if (before, weaker) not in entries:
                        entries.append((before, weaker))
        gazetteer.stumps = table
    return gazetteer.stumps


def stump_compounds(tokens: list[Token], gazetteer: Gazetteer, taken: set[int]) -> list[tuple[int, int, list[Form]]]:
    """(i, i + 1, forms) for each capitalised Cyrillic word no registered name holds that is one
    registered organization's name as a stump compound."""
    index = _stump_index(gazetteer)
    out = []
    for i, token in enumerate(tokens):
        word = token.text.lower()
        if i in taken or not capitalized(token.text) or not _CYRILLIC_WORD.match(token.text) \
                or token.hyphen_after or (i > 0 and tokens[i - 1].hyphen_after) or token.key in gazetteer.index \
                or reads_as_surname(token.text) or is_given_name(token.text):
            continue  # "Иванова" is a woman's surname, not "Ива" + "нова" of a band "Ива Нова"
        forms: dict[Target, Form] = {}
        for cut in range(_FIRST_PIECE, len(word) - _LAST_WORD + 1):
            for before, form in index.get(word[cut:], ()):
                stump = word[:cut]
                if stump[:_FIRST_PIECE] == before[0][:_FIRST_PIECE] and stumps_of(stump, before) \
                        and form.target not in forms:
                    forms[form.target] = form
        if len(forms) == 1:  # two bodies contracted alike: the text must say which, so neither
            out.append((i, i + 1, list(forms.values())))
    return out
