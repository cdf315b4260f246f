"""A wire dateline of place and agency ("BIRMINGHAM, England (AP) --") names where the story was
filed (generator/draft/dateline.py `dateline_place_end`, read by misreadings.py `_a_dateline_place` and
by teamnames.py `_on_dateline` for a club named without its kind on a sports page), as the numeric
"ZORBTON 1996-08-22" form does: its place is no club named like the town. The registry is synthetic: every organization is made up; only the places are real."""

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
        vexley-f-c:
          name: Vexley F.C.
        quelvo-sv:
          name: Quelvo SV
          aliases: [Quelvo SV]
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


MATCH = "Ada Quarx scored twice in the second half, and Quelvo SV beat Zorbton 3-2 in the football league's opener."


@pytest.mark.parametrize("dateline", ["VEXLEY, England (AW) --", "VEXLEY (AW) -"])
def test_a_clubs_town_as_a_sports_pages_wire_dateline_is_no_club(gazetteer, dateline):
    # "Vexley" is Vexley F.C. without its kind on a football page; in the dateline it is the town.
    found = linked_words(gazetteer, f"{dateline} {MATCH}\n")
    assert "vexley-f-c" not in found.values()
    assert found["Quelvo SV"] == "quelvo-sv"


def test_the_clubs_town_after_the_dateline_is_still_the_club(gazetteer):
    found = linked_words(gazetteer, f"VEXLEY (AW) -- {MATCH} Vexley lost at home.\n")
    assert found.get("Vexley") == "vexley-f-c"
