"""Ordinary words of English and Russian, from the stop lists that jusText (already
installed with trafilatura) ships: a registered one-word name that is also one of these
("People", "State", "Power") says nothing by its capital at the start of a sentence."""

from __future__ import annotations

from functools import lru_cache

_LANGUAGES = {"latin": "English", "cyrillic": "Russian"}


@lru_cache(maxsize=None)
def _stoplist(language: str) -> frozenset[str]:
    import justext  # loaded only when a one-word name starts a sentence

    return frozenset(justext.get_stoplist(language))


def is_ordinary_word(word: str, script: str) -> bool:
    """`word`, lower-cased, is a common word of the language written in `script`."""
    language = _LANGUAGES.get(script)
    return language is not None and word.lower() in _stoplist(language)
