"""Indexes that replaced passes over every mention, round 19 (speed): each must give the answer
the pass gave, whatever the order of the linking's mentions. The people and organizations are
made up."""

from __future__ import annotations

import random
import re

from generator.draft.gazetteer import Target
from generator.draft.linking import Linking, Mention
from generator.draft.quotes import _People
from generator.draft.text import script_of

PEOPLE = [Target("person", f"zorbin-quelvo-{n}", f"Zorbin Quelvo {n}") for n in range(5)]
BODIES = [Target("organization", f"quelvo-board-{n}", f"Quelvo Board {n}") for n in range(3)]


def _mentions(rng: random.Random, count: int) -> list[Mention]:
    out = []
    for _ in range(count):
        start = rng.randint(0, 300)
        end = start + rng.randint(0, 20)
        out.append(Mention(rng.choice(PEOPLE + BODIES), start, end, "x" * (end - start), 1, "synthetic"))
    return out  # in no particular order, with ties, as a linking's may be


def _person_in(mentions, start, end):  # the pass it replaced
    inside = [m for m in mentions if m.target.kind == "person" and start <= m.start and m.end <= end]
    return inside[0] if inside else None


def _last_person_before(mentions, offset):  # the pass it replaced
    before = [m for m in mentions if m.target.kind == "person" and m.end <= offset]
    return before[-1] if before else None


def test_people_index_answers_as_the_pass_over_every_mention():
    rng = random.Random(19)
    for _ in range(300):
        mentions = _mentions(rng, rng.randint(0, 40))
        people = _People(mentions)
        for _ in range(30):
            start = rng.randint(-5, 330)
            end = start + rng.randint(0, 60)
            assert people.inside(start, end) is _person_in(mentions, start, end)
            assert people.last_before(start) is _last_person_before(mentions, start)


def test_people_index_of_a_text_without_people():
    people = _People([Mention(BODIES[0], 0, 12, "Quelvo Board", 1, "synthetic")])
    assert people.inside(0, 100) is None and people.last_before(100) is None


def test_mentions_by_target_keep_the_texts_order():
    rng = random.Random(7)
    linking = Linking(mentions=_mentions(rng, 60))
    grouped = linking.by_target()
    assert list(grouped) == linking.targets()
    for target, mentions in grouped.items():
        assert mentions == [m for m in linking.mentions if m.target == target]


def _script_by_letters(text: str) -> str:  # script_of before its whole-string shortcuts
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isascii() for ch in letters):
        return "latin"
    if letters and all(re.match(r"[\u0400-\u04ff]", ch) for ch in letters):
        return "cyrillic"
    return ""


def test_script_of_answers_as_letter_by_letter():
    for code in range(0x3000):
        assert script_of(chr(code)) == _script_by_letters(chr(code)), hex(code)
    rng = random.Random(3)
    pool = list("abcXYZ019 .-_'") + ["é", "ж", "Ж", "ё", "ß", "\u0301", "\u00a0", "Ω", "٣", "ª", "ǅ"]
    for _ in range(20000):
        word = "".join(rng.choice(pool) for _ in range(rng.randint(0, 6)))
        assert script_of(word) == _script_by_letters(word), repr(word)
    assert script_of("Zorbra") == "latin" and script_of("Зорбра") == "cyrillic" and script_of("1999") == ""
