"""An organization's own name with its country after it, as news introduces a club or a
company abroad: "Benfica of Portugal", "Zorbwerke of Zorbland".

homes.owned_by reads "X of <country>" as that country's institution and leaves out a
registered X whose home is not known ("the Supreme Court of India" is not the registered
Supreme Court). That holds for a body every country has, whose name is common words; a
name of no dictionary word ("Benfica", "Galatasaray") is one organization
only, which the words after it place, not replace: the one registered candidate is kept
when nothing ties it to another country.

A body registered with no country, whatever its words, keeps its one candidate too when the
team's own articles name it with the country written after it ("Национальной футбольной лиги
США" for a registered "Национальная футбольная лига" that the articles name with the United
States): the records place it where the name does not. Without such records the doubt stays
("Института зорбологии Республики Казахстан" may be Kazakhstan's own institute).
"""

from __future__ import annotations

import re

from .context import named_together
from .gazetteer import Gazetteer, Target
from .homes import owned_by, tied_countries
from .lexicon import is_english_word
from .morph import analyzer


def owned_or_own_name(targets: list[Target], text: str, start: int, end: int,
                      gazetteer: Gazetteer) -> tuple[list[Target], set[Target]]:
    """homes.owned_by, but a distinctive name's one organization of unknown home stays itself."""
    kept, owner = owned_by(targets, text, start, end, gazetteer)
    if kept or not owner:
        return kept, owner
    organizations = [t for t in targets if t.kind == "organization"]
    written = text[start:end]
    if len(organizations) == 1 and len(targets) == 1 and not tied_countries(organizations[0], gazetteer) \
            and (_distinctive(written) or _placed_by_records(organizations[0], owner)):
        return organizations, set()
    return kept, owner


def _placed_by_records(body: Target, owner: set[Target]) -> bool:
    """The team's articles name the body with the one country written after it, in a fair share of
    the body's articles (context.named_together): its records give it the home its name lacks."""
    if len(owner) != 1 or body.entity is None:
        return False
    country = next(iter(owner)).entity
    return country is not None and named_together(country, body.entity)


def _distinctive(written: str) -> bool:
    """No word of the name is an English word, nor an abbreviation the Russian dictionary knows: it
    names one thing. (A team's place alias is read before this, by placealiases.py.)"""
    words = re.findall(r"[^\W\d_]+", written)
    return bool(words) and all(w[:1].isupper() and not is_english_word(w) and not _russian_abbreviation(w)
                               for w in words)


def _russian_abbreviation(word: str) -> bool:
    """A word in Russian capitals that pymorphy3 reads only as an abbreviation ("ВВС", военно-воздушные
    силы; "МИД"): a kind of body that every state has, so the country written after it ("ВВС США")
    names whose body is meant, not where a registered namesake of those letters (the BBC's Cyrillic
    "ВВС") is."""
    parses = analyzer().parse(word.lower()) if word.isupper() and re.search(r"[А-ЯЁ]", word) else []
    return bool(parses) and all("Abbr" in p.tag for p in parses)
