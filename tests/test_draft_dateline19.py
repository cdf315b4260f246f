"""A wire dateline of place and agency ("BIRMINGHAM, England (AP) --") names where the story was
filed (generator/draft/misreadings.py `_a_dateline_place`, generator/draft/dateline.py
`dateline_place_end`), as the numeric "ZORBTON 1996-08-22" form does: its place is no club named
like the town. The registry is synthetic: every organization is made up; only the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbton-zebras:
          name: Zorbton Zebras F.C.
          aliases: [Zorbton, ZORBTON]
        quelvo-rovers:
          name: Quelvo Rovers
          aliases: [Quelvo, QUELVO]
        associated-wire:
          name: Associated Wire
          aliases: [AW]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("dateline19") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _doubts(gazetteer, text: str) -> dict[str, str]:
    return {d.words: d.reason for d in link(text, tokenize(text), gazetteer).doubts}


@pytest.mark.parametrize("dateline", ["ZORBTON, England (AW) --", "ZORBTON , England (AW) --",
                                      "ZORBTON (AW) -", "ZORBTON, Examplia (AW) —"])
def test_a_wire_datelines_place_is_where_the_story_was_filed_not_a_club(gazetteer, dateline):
    text = f"{dateline} Quelvo Rovers beat the visitors 3-1 on Saturday to stay top of the league.\n"
    found = linked_words(gazetteer, text)
    assert "zorbton-zebras" not in found.values()
    assert found["Quelvo Rovers"] == "quelvo-rovers"
    assert _doubts(gazetteer, text)["ZORBTON"] == "the dateline's place, where the story was filed"


def test_a_datelines_region_is_part_of_the_place(gazetteer):
    text = "ZORBTON, QUELVO (AW) -- The Zebras beat the visitors 3-1 on Saturday.\n"
    found = linked_words(gazetteer, text)
    assert "quelvo-rovers" not in found.values() and "zorbton-zebras" not in found.values()


def test_the_same_name_after_the_dateline_is_still_the_club(gazetteer):
    text = "QUELVO (AW) -- Zorbton beat the visitors 3-1 on Saturday to stay top of the league.\n"
    found = linked_words(gazetteer, text)
    assert "quelvo-rovers" not in found.values()
    assert found["Zorbton"] == "zorbton-zebras"


def test_capitals_before_brackets_without_the_dash_are_no_dateline(gazetteer):
    text = "ZORBTON (the Zebras) beat the visitors 3-1 on Saturday to stay top of the league.\n"
    assert linked_words(gazetteer, text).get("ZORBTON") == "zorbton-zebras"
