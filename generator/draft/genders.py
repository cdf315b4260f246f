"""Which of a surname's registered bearers a Russian sentence means, by grammatical gender.

A Russian verb in the past tense agrees in gender with its subject: "Клинтон заявила" is a
woman, "заявил Трамп" a man. Where a lone surname is the subject of such a verb and exactly
one of its registered bearers is of that gender, the text names that one (Hillary, not Bill
Clinton). The bearer's gender is her or his registered given name's, by the dictionary
(pymorphy3: "Хиллари" femn, "Билл" masc); a given name it does not know as one ("Хантер")
says nothing, and such a bearer is never ruled out, so the rule abstains.

The surname must be the verb's subject, so only two shapes count: the surname opens a clause
(at a sentence's start, after punctuation or a conjunction: "..., что Клинтон заявила") and the
verb follows it, at most one particle or adverb between ("Клинтон также заявила"); or the verb
follows a quotation's end or a comma and the surname follows the verb ("», — заявила Клинтон").
Elsewhere a verb beside a surname may agree with another noun ("штаб Клинтон заявил": the
staff) or take the surname as its object ("победил Клинтон").

Where the verb does not decide, the team's own article records may: of the bearers the verb
leaves (all, with none), the one they name far more often (`the_favourite`, as english_surnames).
"""

from __future__ import annotations

import re

from .context import most_named
from .gazetteer import Target
from .morph import analyzer, given_name_gender, past_gender
from .text import Token

# Between a clause's start and its first word: punctuation, a dash or a quotation mark.
_CLAUSE_BREAK = re.compile(r"[.,;:!?\u2014\u2013\"\u00ab\u00bb\u201c\u201d()\n]|\s-\s")
# Before a verb of attribution after a quotation: a comma, a dash or a closing quotation mark.
_ATTRIBUTION = re.compile(r"[,\u2014\u2013\"\u00bb\u201d]\s*$|\s-\s*$")
_WORDS_BETWEEN = frozenset({"PRCL", "ADVB"})


def _spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] == " "


def _opens_clause(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0 or _CLAUSE_BREAK.search(text[tokens[i - 1].end:tokens[i].start]):
        return True
    return _spaced(text, tokens[i - 1], tokens[i]) and tokens[i - 1].text.islower() and any(
        p.tag.POS == "CONJ" for p in analyzer().parse(tokens[i - 1].text)[:1])


def subject_gender(text: str, tokens: list[Token], i: int) -> tuple[str, str]:
    """The gender the past-tense verb of which the word at `i` is the subject shows, and that
    verb; ('', '') when the sentence shows none in the two shapes above."""
    if _opens_clause(text, tokens, i):
        j = i + 1
        if j + 1 < len(tokens) and _spaced(text, tokens[i], tokens[j]) and tokens[j].text.islower() and all(
                p.tag.POS in _WORDS_BETWEEN for p in analyzer().parse(tokens[j].text)[:1]):
            j += 1  # "Клинтон также заявила", "Трамп не стал"
        if j < len(tokens) and _spaced(text, tokens[j - 1], tokens[j]) and tokens[j].text.islower() \
                and (gender := past_gender(tokens[j].text)):
            return gender, tokens[j].text
    if i >= 2 and _spaced(text, tokens[i - 1], tokens[i]) and tokens[i - 1].text.islower() \
            and _ATTRIBUTION.search(text[tokens[i - 2].end:tokens[i - 1].start]) \
            and (gender := past_gender(tokens[i - 1].text)):
        return gender, tokens[i - 1].text
    return "", ""


def bearer_gender(person: Target) -> str:
    """A registered person's gender by the given name the registered name opens with, or ''."""
    words = person.name.split()
    return given_name_gender(words[0]) if len(words) >= 2 else ""


def of_its_gender(text: str, tokens: list[Token], i: int, person: Target) -> bool:
    """False when the verb the surname at `i` is the subject of shows the other gender than the
    one registered bearer's ("Клинтон заявил" of Hillary alone): the text names a namesake the
    registry does not hold. True when either gender is unknown."""
    gender, _ = subject_gender(text, tokens, i)
    own = bearer_gender(person)
    return not (gender and own and gender != own)


def the_one_of_gender(text: str, tokens: list[Token], i: int, bearers: set[Target]) -> tuple[Target | None, str]:
    """The one bearer of the surname at `i` whose gender the verb it is the subject of shows, every
    other bearer's known and other; failing that, of the bearers that gender leaves (all, with no
    verb), the one the team's articles name far more often than each other (`the_favourite`); and
    why ('' and None when neither tells them apart)."""
    gender, verb = subject_gender(text, tokens, i)
    genders = {p: bearer_gender(p) for p in bearers}
    left = [p for p, g in sorted(genders.items(), key=lambda pair: pair[0].id) if not gender or g in (gender, "")]
    same = [p for p in left if genders[p] == gender]
    who = {"femn": "woman", "masc": "man"}.get(gender, gender)
    if gender and len(same) == 1 and len(left) == 1:
        return same[0], f"of {len(bearers)} registered bearers of that surname the only {who}, as '{verb}' says"
    favourite, why = the_favourite(left)
    if favourite is None:
        return None, ""
    return favourite, f"of {len(bearers)} registered bearers of that surname {why}" + (
        f" of those who may be a {who}, as '{verb}' says" if gender else "")


def the_favourite(bearers: list[Target]) -> tuple[Target | None, str]:
    """Of a surname's bearers, the one the team's articles name far more often than each other
    (context.most_named: the bar organizations' namesakes and English surnames share):
    news names by the surname alone the bearer its readers know, and a team's own records say
    whom its readers know ("Трамп" is the president, not his son). With no articles, none."""
    favourite, top, runner_up = most_named(bearers)
    if favourite is not None:
        return favourite, f"the one the team's articles name most ({top}, the others at most {runner_up})"
    return None, ""
