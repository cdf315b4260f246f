"""A web address registered as an outlet's name ("INTERFAX.RU", "Ria.ru") names the outlet
by the label before its top-level domain: news writes "Интерфакс" or "Interfax" far more often
than the address. The label is added as the outlet's name, so that it is also heard in the
other script (crossscript.py), unless it is a dictionary word in either script ("ONLINE.UA",
"Gazeta.ru" heard as "Газета", "Корреспондент.net": an ordinary word alone is no name) or too
short to be one."""

from __future__ import annotations

import re

from .lexicon import is_english_word
from .morph import dictionary_readings

_ADDRESS = re.compile(r"^(?:www\.)?(?P<label>[^\W\d_]{5,})\.(?:ru|ua|by|kz|com|net|org|info|news|de|uk|fr)$",
                      re.IGNORECASE)


def site_names(name: str) -> dict[str, str]:
    """{"Interfax": why} for a registered "INTERFAX.RU"; empty for any other name."""
    match = _ADDRESS.match(name.strip())
    if not match:
        return {}
    label = match["label"][:1].upper() + match["label"][1:].lower()
    heard = _cyrillic(label) if label.isascii() else label
    if is_english_word(label) or not _no_common_word(heard):
        return {}  # "Gazeta", "Lenta": the other script's dictionary word, heard as "Газета" or "Лента"
    return {label: f"'{name}', the address, by its name"}


_DIGRAPHS = {"shch": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": "ц", "ya": "я", "yu": "ю", "yo": "ё"}
_LETTERS = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
            "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з"}


def _cyrillic(label: str) -> str:
    """A plain Latin label as a Russian reader would write it, to ask the Russian dictionary."""
    word, out, i = label.lower(), "", 0
    while i < len(word):
        digraph = next((d for d in _DIGRAPHS if word.startswith(d, i)), None)
        if digraph:
            out, i = out + _DIGRAPHS[digraph], i + len(digraph)
        else:
            out, i = out + _LETTERS.get(word[i], ""), i + 1
    return out[:1].upper() + out[1:]


def _no_common_word(word: str) -> bool:
    """The Russian dictionary knows `word` as nothing, or only as an organization's name
    ("Интерфакс"); not as a common noun or a place ("Лента", "Фонтанка")."""
    return all("Orgn" in p.tag for p in dictionary_readings(word))
