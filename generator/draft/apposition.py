"""An organization's own name with its country after it, as news introduces a club or a
company abroad: "Benfica of Portugal", "Zorbwerke of Zorbland".

homes.owned_by reads "X of <country>" as that country's institution and leaves out a
registered X whose home is not known ("the Supreme Court of India" is not the registered
Supreme Court). That holds for a body every country has, whose name is common words; a
name of no dictionary word ("Benfica", "Galatasaray") is one organization
only, which the words after it place, not replace: the one registered candidate is kept
when nothing ties it to another country.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Target
from .homes import owned_by, tied_countries
from .lexicon import is_english_word


def owned_or_own_name(targets: list[Target], text: str, start: int, end: int,
                      gazetteer: Gazetteer) -> tuple[list[Target], set[Target]]:
    """homes.owned_by, but a distinctive name's one organization of unknown home stays itself."""
    kept, owner = owned_by(targets, text, start, end, gazetteer)
    if kept or not owner:
        return kept, owner
    organizations = [t for t in targets if t.kind == "organization"]
    written = text[start:end]
    if len(organizations) == 1 and len(targets) == 1 and _distinctive(written) \
            and not tied_countries(organizations[0], gazetteer):
        return organizations, set()
    return kept, owner


def _distinctive(written: str) -> bool:
    """No word of the name is an English word: it names one thing. (A team's place alias is read
    before this, by placealiases.py.)"""
    words = re.findall(r"[^\W\d_]+", written)
    return bool(words) and all(w[:1].isupper() and not is_english_word(w) for w in words)
