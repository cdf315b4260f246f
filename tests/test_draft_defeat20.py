"""A defeat told without its score makes "to" name the opponent, not a town (twentieth round,
shortforms._after_a_defeat): in a text about clubs, "falling in the final on penalties to Kettering"
is the club named after the town, as "crashed 3-0 at home to Kettering" already was. Any other "to"
before the town keeps it a place ("moved to Kettering"). The clubs are made up; Kettering is a real
English town, the kind of place a club is named after."""

from __future__ import annotations

import pytest

from .conftest import linked_words, organizations_gazetteer

CLUBS = {
    "fc-zorbonia-04": {"name": "FC Zorbonia 04", "aliases": ["Zorbonia"]},  # a name by itself
    "sv-quelvia": {"name": "SV Quelvia", "aliases": ["Quelvia"]},  # a name by itself
    "afc-kettering": {"name": "AFC Kettering", "aliases": ["Kettering"]},  # the club's town: a club only among clubs
}

OPENING = "Zorbonia face Quelvia in the cup on Saturday, and both sides expect a hard match.\n"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return organizations_gazetteer(tmp_path_factory.mktemp("defeat20"), CLUBS)


@pytest.mark.parametrize("sentence", [
    "Zorbonia hope to do better after falling in the final on penalties to Kettering last May.",
    "Quelvia lost narrowly to Kettering in the spring and want revenge.",
    "Last season Zorbonia fell away to Kettering in the second round.",
])
def test_a_defeat_to_the_towns_club(gazetteer, sentence):
    assert linked_words(gazetteer, OPENING + sentence + "\n").get("Kettering") == "afc-kettering"


@pytest.mark.parametrize("sentence", [
    # "to" after no verb of losing: a journey's end, the town
    "Zorbonia's former coach moved to Kettering last May.",
    # a verb of losing too far back in its clause
    "Quelvia lost their coach and then the whole squad travelled by bus to Kettering.",
    # a verb of losing in another clause, after a comma
    "Quelvia lost in May, and the fans drove to Kettering.",
])
def test_any_other_to_is_a_place(gazetteer, sentence):
    assert "Kettering" not in linked_words(gazetteer, OPENING + sentence + "\n")
