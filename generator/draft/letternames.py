"""Latin initials as Russian spells them out: "Би-би-си" is BBC, "Си-эн-эн" CNN, "Эн-би-си" NBC.
Russian news writes a foreign broadcaster's or agency's initials either way, by the Latin
letters or by the names of those letters joined by hyphens, and a registry made from other
texts often holds one spelling only. The letters' Russian names are fixed, so either
spelling implies the other: a registered name of letter names implies its Latin initials
(found only in capitals, as any acronym), and registered Latin initials imply their
spelling in letter names (found only as spelt, as they do not decline)."""

from __future__ import annotations

import re

# The Russian names of the Latin letters, as news writes them in initials ("Дабл-ю" for W
# holds a hyphen of its own, so W is left out).
_NAMES = {"A": "эй", "B": "би", "C": "си", "D": "ди", "E": "и", "F": "эф", "G": "джи", "H": "эйч", "I": "ай",
          "J": "джей", "K": "кей", "L": "эл", "M": "эм", "N": "эн", "O": "оу", "P": "пи", "Q": "кью", "R": "ар",
          "S": "эс", "T": "ти", "U": "ю", "V": "ви", "X": "экс", "Y": "уай", "Z": "зед"}
_LETTERS = {name: letter for letter, name in _NAMES.items()} | {"о": "O", "зи": "Z", "эль": "L"}
_INITIALS = re.compile(r"^[A-Z]{2,5}$")
_SPELT = re.compile(r"^[А-ЯЁ][а-яё]{0,3}(?:-[А-ЯЁа-яё][а-яё]{0,3}){1,4}$")


def letter_name_twins(name: str) -> dict[str, str]:
    """The other spelling of registered initials, with why: {"BBC": ...} for "Би-би-си",
    {"Би-би-си": ...} for "BBC"; empty for any other name."""
    name = name.strip()
    if _INITIALS.match(name) and all(letter in _NAMES for letter in name):
        spelt = "-".join(_NAMES[letter] for letter in name)
        return {spelt[:1].upper() + spelt[1:]: f"'{name}' spelt in its letters' Russian names"}
    if _SPELT.match(name):
        letters = [_LETTERS.get(part.lower()) for part in name.split("-")]
        if all(letters):
            return {"".join(letters): f"'{name}' written in the Latin letters it names"}
    return {}
