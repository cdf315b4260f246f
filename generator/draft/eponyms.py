"""Russian bodies named after a person: "Национальный исследовательский центр эпидемиологии
и микробиологии имени Н. Ф. Гамалеи". News rarely writes such a name in full, and never the
same way twice: "Центр имени Гамалеи", "Исследовательского центра им. Н. Ф. Гамалеи",
"НИЦЭМ им. Гамалеи", "Центра Гамалеи". Each keeps the body's head noun (or the initials of
the words before "имени", as the body's acronym) and the person's surname, which after
"имени" is always in the genitive, so it is written as registered. A registered name of that
shape therefore implies its shorter spellings: the head noun with or without the adjectives
before it and the words after it, or the acronym; "имени" or "им.", with or without the
person's initials or a title ("академика"); with or without what follows the surname ("РАН",
"Минздрава России"). Every one still holds the surname, so another body named after another
person never meets it; two registered bodies after one person leave a spelling they share
to the linker's doubt, as any name two entities share.

The same shape read from the text's side: a registered one-word name that is an ordinary
noun ("Институт", "Фонд") right before "имени"/"им." and a capitalised name, or before a
capitalised surname in the genitive ("Института Гамалеи"), is the head of a longer,
unregistered body's name, not the registered body."""

from __future__ import annotations

import re
from functools import lru_cache

from .morph import analyzer, inflections, reads_as_surname
from .text import Token

_EPONYM = re.compile(r"^(?P<body>[\u0400-\u04ff][\u0400-\u04ff\s-]*?)\s+(?:имени\s+|им\.\s*)"
                     r"(?:(?P<title>[а-яё]+)\s+)?(?P<initials>(?:[А-ЯЁ]\.\s*){0,3})"
                     r"(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<tail>(?:\s+\S+)*)$")
_LINKING = frozenset({"и", "по", "при"})  # words an acronym skips: НИЦЭМ of "... эпидемиологии и микробиологии"
_SHORTEST_ACRONYM = 3


@lru_cache(maxsize=4096)
def _head_index(words: tuple[str, ...]) -> int | None:
    """The body's head: its first noun in the nominative ("центр" of "Национальный
    исследовательский центр эпидемиологии"); None when no word reads so."""
    for n, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            return n if n == 0 else None  # an acronym heads the body only alone: "НИИ"
        parses = analyzer().parse(word)
        if parses and {"NOUN", "nomn"} <= parses[0].tag.grammemes:
            return n
    return None


def _capitalised(words: list[str]) -> str:
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]


def _bodies(words: tuple[str, ...]) -> set[str]:
    """The body's shorter spellings: the head with fewer adjectives before it, with or
    without the words after it, and the initials of its words."""
    head = _head_index(words)
    if head is None:
        return set()
    out = set()
    for start in range(head + 1):
        out.add(_capitalised(list(words[start:])))
        out.add(_capitalised(list(words[start:head + 1])))
    letters = [w[0].upper() for w in words if w.lower() not in _LINKING]
    if len(words) >= _SHORTEST_ACRONYM and len(letters) >= _SHORTEST_ACRONYM:
        out.add("".join(letters))
    return out


def eponym_forms(name: str) -> dict[str, str]:
    """The shorter spellings a registered "<body> имени <person>" implies, each with why, in
    every case of the body: the registry adds them as spelt."""
    match = _EPONYM.match(name.strip())
    if not match:
        return {}
    words = tuple(match["body"].split())
    initials = " ".join(re.findall(r"[А-ЯЁ]\.", match["initials"]))
    surname, tail = match["surname"], match["tail"].strip()
    persons = {f"имени {surname}", f"им. {surname}", surname}
    if initials:
        persons |= {f"имени {initials} {surname}", f"им. {initials} {surname}"}
    out = {}
    # The body declines, the person's part does not: each case form of the body is joined to it
    # here, for the registry would read an unknown surname as one more agreeing word.
    for body in sorted({form for body in _bodies(words) for form in inflections(body) | {body}}):
        for person in sorted(persons):
            for ending in ("", tail) if tail else ("",):
                spelling = " ".join(p for p in (body, person, ending) if p)
                if spelling != name.strip():
                    out[spelling] = f"'{name}' as news shortens a body named after a person"
    return out


def eponym_head(text: str, tokens: list[Token], start: int, end: int) -> str:
    """The longer name that a registered one-word name, an ordinary noun, heads when a
    person's name follows it, after its own words in lower case or not: "Институт им. Н. Ф.
    Гамалеи", "Института инфекционной биологии имени Макса Планка", "Института Гамалеи"."""
    if end - start != 1 or end >= len(tokens):
        return ""
    word = tokens[start]
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", word.text) or not _common_noun(word.text):
        return ""
    after = _EPONYM_AFTER.match(text, word.end)
    if after and all(_can_be_genitive(w) for w in after["own"].split()):  # not "Фонд выделил больнице имени ..."
        return text[word.start:after.end()]
    following = tokens[end]
    if text[word.end:following.start] == " " and re.fullmatch(r"[А-ЯЁ][а-яё]+", following.text) \
            and _genitive_surname(following.text):
        return text[word.start:following.end]
    return ""


# Up to four words of the body's own in lower case, "имени" or "им.", a title, initials, a name.
_EPONYM_AFTER = re.compile(r"(?P<own>(?:\s+[а-яё-]+){0,4}?)\s+(?:имени\s+|им\.\s*)(?:[а-яё]+\s+)?(?:[А-ЯЁ]\.\s*){0,3}"
                           r"[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?")


@lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    parses = analyzer().parse(word.lower())
    return bool(parses) and "NOUN" in parses[0].tag.grammemes \
        and not {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & parses[0].tag.grammemes


@lru_cache(maxsize=4096)
def _genitive_surname(word: str) -> bool:
    """pymorphy3 reads `word` first as a surname, and as a surname in the genitive too:
    "Гамалеи", "Гейтса", "Чумакова"; not "России", a place."""
    return reads_as_surname(word) and any({"Surn", "gent"} <= p.tag.grammemes for p in analyzer().parse(word))


@lru_cache(maxsize=4096)
def _can_be_genitive(word: str) -> bool:
    """A word of a body's name after its head: a noun or an adjective that can be read in the
    genitive ("инфекционной биологии"), or a linking "и"."""
    return word == "и" or any("gent" in p.tag for p in analyzer().parse(word))
