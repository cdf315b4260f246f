"""A registered person's full name in another spelling of the same script: a vowel
transliterated differently ("Антониу Гутерреш" for "Антониу Гутерриш", "бен" for
"бин") or a Russian case ending the dictionary cannot supply for a foreign name
("Хамада бен Халифы Аль Тани"). Matched by the consonants as heard (text.sound_key),
only for names of two words or more whose capitalised words are all there, and only
where no registered name was found as spelled."""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import Form, Gazetteer
from .text import Token, capitalized, is_cased_script, script_of, sound_key

_LONGEST = 6  # words: "Мухаммед ибн Салман Аль Сауд"
_SHORTEST_KEY = 8  # consonants: shorter keys ("Ivan Orlov") are shared by too many names


def spelling_variants(tokens: list[Token], text: str, gazetteer: Gazetteer,
                      taken: set[int]) -> list[tuple[int, int, list[Form]]]:
    out = []
    for i in range(len(tokens)):
        if i in taken or not capitalized(tokens[i].text) or not is_cased_script(tokens[i].text):
            continue
        for j in range(i + 1, min(len(tokens), i + _LONGEST)):
            span = text[tokens[i].start:tokens[j].end]
            if j in taken or "\n" in span or any(ch in span for ch in ",.;:()«»\""):
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
    return out
