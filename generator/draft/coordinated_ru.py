"""Russian names that share one head word written once, in the plural, after their coordinated
adjectives: "Демократической и Республиканской партий" names the Democratic Party and the
Republican Party; "Республиканская и Демократическая партии", the same two. The English
construction ("the State and Homeland Security Departments") is coordinated.py's.

Each adjective is looked up with the head word in the singular of the head's case, pymorphy3's
form ("партиями" -> "партией": "Демократической партией"), through the same keys as every other
name, so its registered case forms find it; a member the registry lacks is simply not found."""

from __future__ import annotations

import re

from .gazetteer import Form, Gazetteer
from .morph import analyzer
from .text import Token, tokenize

_CAPITALISED = re.compile(r"^[А-ЯЁ][а-яё]+$")
_HEAD = re.compile(r"^[а-яё]{3,}$")
_MAX_MEMBERS = 6
_JOINING = ("и", "или")


def _adjective(word: str) -> bool:
    return bool(_CAPITALISED.match(word)) and any(p.tag.POS == "ADJF" for p in analyzer().parse(word)[:2])


def _singular_heads(word: str) -> list[str]:
    """The head word in the singular of each case its plural reading has ("партий" -> "партии")."""
    out = []
    for parse in analyzer().parse(word):
        if parse.tag.POS == "NOUN" and parse.tag.number == "plur" and parse.tag.case:
            single = parse.inflect({"sing", parse.tag.case})
            if single is not None and single.word not in out:
                out.append(single.word)
    return out


def shared_heads_ru(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, list[Form], str]]:
    """(start, end, forms, note) for each registered adjective-and-head name of such a list; the
    last member's span takes in the head word."""
    out = []
    for h, head in enumerate(tokens):
        if h < 3 or not _HEAD.match(head.text) or text[tokens[h - 1].end:head.start] != " " \
                or not _adjective(tokens[h - 1].text):
            continue
        members = [h - 1]
        while len(members) < _MAX_MEMBERS:
            m = members[-1]
            if m >= 2 and tokens[m - 1].text in _JOINING and text[tokens[m - 2].end:tokens[m - 1].start] == " " \
                    and text[tokens[m - 1].end:tokens[m].start] == " " and _adjective(tokens[m - 2].text):
                members.append(m - 2)
            elif m >= 1 and text[tokens[m - 1].end:tokens[m].start] == ", " and _adjective(tokens[m - 1].text):
                members.append(m - 1)
            else:
                break
        if len(members) < 2:
            continue
        for singular in _singular_heads(head.text):
            found = []
            for m in members:
                key = " ".join(t.key for t in tokenize(f"{tokens[m].text} {singular}"))
                forms = [f for f in gazetteer.index.get(key, ()) if f.target.kind == "organization" and f.proper]
                if forms:
                    found.append((m, h + 1 if m == h - 1 else m + 1, forms,
                                  f"'{tokens[m].text}' with the head word '{head.text}' it shares with the list's "
                                  f"other names"))
            if found:
                out.extend(found)
                break
    return out
