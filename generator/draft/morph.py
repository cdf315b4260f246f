"""Russian inflected forms of registered names, from pymorphy3's dictionary
(OpenCorpora, shipped in the pymorphy3-dicts-ru package: nothing is downloaded).

A name's leading words in the nominative (the head noun and the words that agree
with it) take each case; the rest stays as written, as Russian does:
Организация Договора о коллективной безопасности -> Организации Договора о ...
"""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_INFLECTING = {"NOUN", "ADJF", "PRTF", "NUMR"}


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3  # loaded only when a Cyrillic name is seen: 80 ms

    return pymorphy3.MorphAnalyzer(lang="ru")


def _restore_case(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@lru_cache(maxsize=65536)
def inflections(name: str) -> frozenset[str]:
    """Every case form of `name` (singular), itself included; empty for non-Russian names."""
    words = name.split()
    if not words or not any(_CYRILLIC_WORD.match(w.strip(",.")) for w in words):
        return frozenset()
    analyzer = _analyzer()
    heads = []
    for word in words:
        if not _CYRILLIC_WORD.match(word):
            break
        parses = analyzer.parse(word)
        # A capitalised word in a name is most likely a proper noun: prefer its nominative
        # reading as a given name, surname, patronymic, place or organization.
        proper = [p for p in parses if "nomn" in p.tag and {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes]
        parse = proper[0] if word[:1].isupper() and proper else parses[0]
        tag = parse.tag
        if "nomn" not in tag or tag.POS not in _INFLECTING or "Fixd" in tag:
            break
        heads.append(parse)
    if not heads:
        return frozenset({name})
    out = {name}
    for case in CASES:
        forms = []
        for parse, word in zip(heads, words):
            inflected = parse.inflect({case})
            if inflected is None:
                break
            forms.append(_restore_case(inflected.word, word))
        else:
            out.add(" ".join(forms + words[len(heads):]))
    return frozenset(out)
