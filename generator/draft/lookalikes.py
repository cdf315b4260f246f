"""Words typed in two scripts at once, read in one.

Russian news mixes Latin and Cyrillic letters that look alike inside one word: a Latin "c" in
"Евроcоюза", a Cyrillic "С" in "СNN", a Cyrillic "Х" in "SpaceХ", a Latin "C" in "CША" (keyboard
layouts, copied text, or on purpose against search). A reader sees one word in one script; so does
draft: a word with letters of both scripts, whose letters of one script all have a look-alike in
the other, is read in the other ("SpaceX", "CNN", "США"). A word whose letters of both scripts
include letters with no look-alike is two words run together or a coined name ("УтроNews",
"BLMщики"), and is left as written. Where both scripts' letters all look alike ("ОМC"), the script
with more of them wins; a tie is left as written. Each letter becomes one letter, so offsets and
line numbers hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Latin letter -> its Cyrillic look-alike (capitals and small letters drawn the same).
_LATIN_TO_CYRILLIC = dict(zip("ABCEHKMOPTXYaceopxy", "АВСЕНКМОРТХУасеорху"))
_CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in _LATIN_TO_CYRILLIC.items()}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=65536)
def one_script(word: str) -> str:
    """The word in one script where its other script's letters are all look-alikes."""
    latin = _LATIN.findall(word)
    cyrillic = _CYRILLIC.findall(word)
    if not latin or not cyrillic:
        return word
    to_cyrillic = all(ch in _LATIN_TO_CYRILLIC for ch in latin)
    to_latin = all(ch in _CYRILLIC_TO_LATIN for ch in cyrillic)
    if to_cyrillic and to_latin:
        if len(latin) == len(cyrillic):
            return word
        to_cyrillic, to_latin = len(cyrillic) > len(latin), len(latin) > len(cyrillic)
    if to_cyrillic:
        return "".join(_LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
    if to_latin:
        return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
    return word


def one_script_words(text: str) -> str:
    """The text with each word in one script (see one_script); the same length."""
    if not _LATIN.search(text) or not _CYRILLIC.search(text):
        return text
    return _WORD.sub(lambda m: one_script(m.group()), text)
