"""What a lone English surname needs in a news story besides being one registered person's
(english_surnames.py). The rule's premise is that news names the people its readers know by
the surname alone; a registry of thousands knows many obscure people whose surnames are also
shops, firms and other people's names ("archrival Coles said", "beyond McGregor", a
goalkeeper, not the registered cyclist). So:

- A registry that lists people under their surname alone ("Obama" an alias of Barack Obama,
  "Mubarak" of Hosni Mubarak) has said whom it knows by the surname. Where it does so for one
  in twenty of its people with a surname or more (a registry of rich aliases), a person it does not
  list so ("Horowitz" for Nitzan Horowitz) is named by the surname alone in a news story only
  when the sentence says a person is meant: a person's title before it ("Foreign Minister
  Zorbson") or a registered person found beside it in a list. "Said" after it is not enough
  there, since a company also says ("archrival Coles said"), nor is a bare mention. A registry
  that lists no surnames alone (names and full-name aliases only) says nothing either way, and a
  sports page keeps its rule: results and scorecards name players by surnames few registries
  list ("Guingamp 2 ( Zorbson 15th )").
- A surname joined by "and" or "&" to a capitalised word that names no person found and no
  registered person's surname is a firm's name ("de Zoete and Bevan, a stockbroker", "Marks &
  Spencer"), on any page; "Merkel and Sarkozy" stays a list of two registered surnames."""

from __future__ import annotations

import re

from ..names import normalize
from .gazetteer import Gazetteer, Target
from .lexicon import is_english_word
from .personforms import without_suffix
from .text import Token, token_key

# The share of a registry's people with a surname listed under it alone from which the registry
# is taken to say whom it knows by the surname: the bench's registries made from every marked
# form list 23-42% of their people so, those of full names only under 1% (mononyms: "Ronaldo").
# Five times that incidental share: a registry listing only its most famous people so still speaks.
_LISTING_SHARE = 0.05
PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "de", "del", "della", "di", "da", "dos", "das", "du",
                        "van", "von", "der", "den", "le", "la", "ter", "zu", "mac", "st"})
# "de Zoete and Bevan", "Marks & Spencer": the word before the conjunction, then the conjunction.
_FIRM_BEFORE = re.compile(r"([^\W\d_][\w'\u2019-]*)(\s+(?:and|&)\s+|\s*&\s*)$")
_FIRM_AFTER = re.compile(r"\s*&\s*[^\W\d_]")
# "Earle and Leas at": "and", then one capitalised word not followed by another capitalised one.
_FIRM_SECOND = re.compile(r"\s+and\s+([A-Z][a-z][\w'\u2019-]*)(?![\w'\u2019-])(?!\s+[A-Z])")


def registered_alone(person: Target) -> set[str]:
    """The one-word spellings the registry lists for the person ("Obama"), as spelt."""
    spellings = (person.name, *(getattr(person.entity, "aliases", None) or ()))
    return {normalize(s) for s in spellings if len(s.split()) == 1}


def surnames_as_spelt(person: Target) -> set[str]:
    """The last word of each registered spelling of two words or more, as spelt (accents and case
    aside: "Botas" is not "Bottas"), without a particle joined to it ("al-Assad" is Assad); a
    hyphenated given name ("Ann-Sophie") is one word, not a surname."""
    out = set()
    for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
        words = without_suffix(spelling).split()  # "Cal Ripken Jr." is Ripken
        # "Alexander III of Scotland", "Caroline, Princess of Hanover": a royal's realm, no surname.
        if len(words) < 2 or "," in spelling or words[-2].lower() == "of":
            continue
        parts = re.split(r"[-\u2010\u2011]", words[-1])
        while len(parts) > 1 and parts[0].lower() in PARTICLES:
            parts = parts[1:]
        out.add(normalize("-".join(parts)))
    return out


def lists_surnames(gazetteer: Gazetteer) -> bool:
    """The registry lists one in twenty or more of its people with a surname under that surname alone."""
    if gazetteer.lists_surnames is None:
        bearers = [p for p in gazetteer.surnames if p.kind == "person" and surnames_as_spelt(p)]
        listed = sum(bool(surnames_as_spelt(p) & registered_alone(p)) for p in bearers)
        gazetteer.lists_surnames = bool(bearers) and listed >= _LISTING_SHARE * len(bearers)
    return gazetteer.lists_surnames


def enough_in_a_story(gazetteer: Gazetteer, person: Target, word: str, cue: str) -> bool:
    """In a news story, the lone surname `word` with the sentence's person cue `cue` ("title",
    "list", "said" or ''; english_surnames._person_cue) names `person`: always, unless the
    registry lists people by surname and not this one by this word; then a title or a list only."""
    if not lists_surnames(gazetteer) or normalize(word) in registered_alone(person):
        return True
    return cue in ("title", "list")


def in_a_firms_name(text: str, token: Token, people: list[tuple[int, int]], surname_keys, names=None) -> bool:
    """"de Zoete and Bevan", "Marks & Spencer": the word is joined by "and" or "&" to a capitalised
    word that is no person found (`people`, their character spans) nor a registered surname
    (`surname_keys`, a container of keys), or followed by "&" and a word."""
    if _FIRM_AFTER.match(text, token.end):
        return True
    match = _FIRM_BEFORE.search(text, max(0, token.start - 40), token.start)
    if match and match.group(1)[:1].isupper():
        left = match.group(1)
        if "&" in match.group(2):
            return True
        return not any(start < match.end(1) <= end for start, end in people) \
            and token_key(left) not in surname_keys and not _sentence_start(text, match.start(1))
    # The other way round, "Earle and Leas": the surname first, then "and" and one capitalised word
    # that ends the pair (no name of more words follows) and is no person found, no registered
    # surname, no registered name at all and no English word ("Clinton and Congress" is a person
    # and a body).
    after = _FIRM_SECOND.match(text, token.end)
    if not after or names is None:
        return False
    right = after.group(1)
    return not any(start <= after.start(1) < end for start, end in people) \
        and token_key(right) not in surname_keys and token_key(right) not in names and not is_english_word(right)


def _sentence_start(text: str, offset: int) -> bool:
    """Nothing but spaces and a sentence's end before `offset` ("Later and Bevan": a capital
    that says nothing)."""
    before = text[max(0, offset - 3):offset].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"\u201c"
