"""bench.draft_rule_tally: a draft record's references counted by the rule its comment names.
The record and the texts are synthetic (made-up people and clubs)."""

from __future__ import annotations

from bench.draft_rule_tally import tally

RECORD = """\
title: "Zorbton news"  # line 1
people:
  - id: zorbello-zorbstrand  # Zorbello Zorbstrand: 'Zorbstrand' line 2 (surname from name 'Zorbello Zorbstrand', the only registered person of that surname, named by it alone after a person's title)
  - id: plovello-plovstrand  # Plovello Plovstrand: 'Plovstrand' line 3 (surname from name 'Plovello Plovstrand', the only registered person of that surname, named by it alone)
  - id: vexello-vexstrand  # Vexello Vexstrand: 'Vexello Vexstrand' line 4 (name)
organizations:
  - id: quelvo-holdings  # Quelvo Holdings: 'Quelvo Holdings' line 4 (name)
"""
STORY = "Zorbton news\nPresident Zorbstrand spoke.\nPlovstrand left.\nVexello Vexstrand of Quelvo Holdings agreed.\n"
RESULTS = "SOCCER - ZORBTON BEAT VEXHAM\nZorbton 2 Vexham 1\nQuelby 0 Drumton 0\n" + STORY


def test_references_are_counted_by_the_words_after_the_phrase_right_or_wrong():
    shown: list[str] = []
    counts = tally(RECORD, STORY, {"person": {"zorbello-zorbstrand", "vexello-vexstrand"}}, shown=shown)
    assert counts == {("person", "news story", "after a person's title", "right"): 1,
                      ("person", "news story", "no cue", "wrong"): 1}
    assert len(shown) == 2 and shown[1].startswith("wrong news story: plovello-plovstrand")


def test_the_page_kind_and_another_phrase():
    counts = tally(RECORD, RESULTS, {"organization": {"quelvo-holdings"}}, phrase="(name")
    assert counts == {("person", "sports page", "no cue", "wrong"): 1,
                      ("organization", "sports page", "no cue", "right"): 1}
