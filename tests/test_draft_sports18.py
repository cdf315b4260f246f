"""Sports pages, round 18 (generator/draft/teamnames.py, ...). The registry is synthetic; the
clubs' places are real towns, since a place is what makes a club's one-word name doubtful."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        ballarat-football-club:
          name: Ballarat Football Club
        north-ballarat-football-club:
          name: North Ballarat Football Club
          aliases: [North Ballarat]
        bendigo-football-club:
          name: Bendigo Football Club
        zorbic-tigers:
          name: Zorbic Tigers
        geelong-tigers-rfc:
          name: Geelong Tigers
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports18") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


AFL = ("AUSTRALIAN RULES - AFL RESULTS AND STANDINGS.\nMELBOURNE 1996-08-25\n"
       "Results of matches played at the weekend.\nPlayed Sunday:\n"
       "Ballarat 14.12 ( 96 ) Bendigo 24.9 ( 153 )\nNorth Ballarat 10.8 ( 68 ) Bendigo 12.10 ( 82 )\n"
       "Standings:\nBendigo 21 15 1 5 2123 1631 130.2 62\nBallarat 21 10 1 10 1791 1820 98.4 42\n"
       "North Ballarat 21 8 1 12 1602 1790 89.5 34\n")


def test_a_short_name_beside_another_registered_teams_longer_name_is_still_the_club(gazetteer):
    # "North Ballarat" is another registered club the linker reads: it is no unregistered namesake
    # that makes "Ballarat" doubtful.
    words = linked_words(gazetteer, AFL)
    assert words.get("North Ballarat") == "north-ballarat-football-club"
    assert words.get("Ballarat") == "ballarat-football-club"


def test_a_short_name_after_an_unregistered_capitalised_word_keeps_its_guard(gazetteer):
    # "East Ballarat" is no registered team: it may be the namesake meant.
    words = linked_words(gazetteer, AFL.replace("North Ballarat", "East Ballarat"))
    assert "Ballarat" not in words
