"""Russian names whose head word the sentence has already said: Russian drops a repeated head noun
and leaves its adjective alone, in the noun's gender and in the case of its own place in the
sentence. So a capitalised adjective standing alone after a noun of its sentence names the
registered "<adjective> <noun>": "кандидатами от партий — Демократической и Республиканской"
names the Democratic and the Republican Party, "Байден представляет Демократическую партию, а Трамп
– Республиканскую" the Republican Party, "третьи партии (Либертарианская, Зелёная)" both.

Alone means no word after it that it could qualify: the adjective, or the list of capitalised
adjectives it is in ("Зелёная и Конституционная"), ends at a mark or the sentence's end; "Демократической
и Республиканской партий", whose head follows, is coordinated_ru.py's. Not first in a sentence,
where any word is capitalised. The noun is looked up in the singular of the adjective's case,
pymorphy3's form, through the same keys as every other name, so its registered case forms find it;
a name the registry lacks is simply not found."""

from __future__ import annotations

import re

from .gazetteer import Form, Gazetteer
from .longer import sentence_initial
from .morph import analyzer
from .text import Token, tokenize

_CAPITALISED = re.compile(r"^[А-ЯЁ][а-яё]+$")
_HEAD = re.compile(r"^[а-яё]{3,}$")
_JOINING = ("и", "или")
_WORDS_BACK = 12  # how far back in its sentence the head noun may stand


def _adjective_readings(word: str) -> list[tuple[str, str]]:
    """(gender, case) of each singular adjective reading of a capitalised Cyrillic word."""
    if not _CAPITALISED.match(word):
        return []
    return [(p.tag.gender, p.tag.case) for p in analyzer().parse(word)
            if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender and p.tag.case]


def _alone(tokens: list[Token], text: str, i: int) -> bool:
    """The adjective, with the capitalised adjectives listed after it, qualifies no word after:
    the list ends at a mark or the text's end, not at a word ("Республиканской партий")."""
    j = i
    while j + 1 < len(tokens):
        gap = text[tokens[j].end:tokens[j + 1].start]
        after = tokens[j + 1]
        if gap == " " and after.text in _JOINING or gap == ", ":
            following = j + 2 if after.text in _JOINING else j + 1
            if following < len(tokens) and _adjective_readings(tokens[following].text) \
                    and text[tokens[following - 1].end:tokens[following].start] == " ":
                j = following
                continue
        return gap.strip() != "" or "\n" in gap
    return True


def elided_heads_ru(tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, list[Form], str]]:
    """(start, end, forms, note) for each capitalised adjective alone whose sentence said its head before."""
    out = []
    for i, token in enumerate(tokens):
        readings = _adjective_readings(token.text)
        if not readings or sentence_initial(tokens, i, text) or not _alone(tokens, text, i):
            continue
        forms, head_word = _named_with_a_head_before(tokens, text, i, readings, gazetteer)
        if forms:
            out.append((i, i + 1, forms, f"'{token.text}' with the head word '{head_word}' its sentence "
                                         "said before"))
    return out


def _named_with_a_head_before(tokens: list[Token], text: str, i: int, readings: list[tuple[str, str]],
                              gazetteer: Gazetteer) -> tuple[list[Form], str]:
    """The registered "<adjective> <noun>" forms of the nearest noun before, in the sentence, that
    agrees with the adjective in gender."""
    for h in range(i - 1, max(-1, i - 1 - _WORDS_BACK), -1):
        if sentence_initial(tokens, h + 1, text):
            break
        head = tokens[h]
        if not _HEAD.match(head.text):
            continue
        for parse in analyzer().parse(head.text):
            if parse.tag.POS != "NOUN":
                continue
            for gender, case in readings:
                if parse.tag.gender != gender:
                    continue
                single = parse.inflect({"sing", case})
                if single is None:
                    continue
                key = " ".join(t.key for t in tokenize(f"{tokens[i].text} {single.word}"))
                forms = [f for f in gazetteer.index.get(key, ()) if f.target.kind == "organization" and f.proper]
                if forms:
                    return forms, head.text
    return [], ""
