"""Sports pages, round 19 (second wave): a bracket right after a player's full name, on a list of
players of a page whose first line names a sport, holds his club ("Thierry Zorbel ( Monaco )"): it
is read as a table's cell (tables.players_clubs), so a club named like a country is the club where no
other bracket names a country (ResultCells.without_the_country). The clubs and players are made up;
the countries are real, since a country's name is what the rule weighs."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        as-monaco-zorbers:
          name: AS Monaco Zorbers
          aliases: [Monaco]
        quelvoton-fc:
          name: Quelvoton FC
          aliases: [Quelvoton]
        vexbury-fc:
          name: Vexbury FC
          aliases: [Vexbury]
        blennham-fc:
          name: Blennham FC
          aliases: [Blennham]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports19b") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def scorers(first: str, last: str = "Monaco", third: str = "Blennham") -> str:
    return (f"{first}\nPARIS 1996-08-28\nLeading scorers in the Zorbic first division after Wednesday's matches:\n"
            f"3 - Anton Quelvic ( Quelvoton ), Vladimir Zorbel ( Vexbury ), Miladin Blennic ( {third} ), "
            f"Thierry Vexard ( {last} )\n")


def test_a_bracket_after_a_players_name_in_a_list_of_clubs_is_his_club(gazetteer):
    words = linked_words(gazetteer, scorers("SOCCER - LEADING ZORBIC LEAGUE SCORERS."))
    assert words.get("Monaco") == "as-monaco-zorbers"


def test_a_list_of_nations_or_a_page_off_sport_leaves_the_country_open(gazetteer):
    # Another bracket names a country: the brackets hold nationalities, and "Monaco" may be one.
    nations = scorers("SOCCER - LEADING ZORBIC LEAGUE SCORERS.", third="Italy")
    assert linked_words(gazetteer, nations).get("Monaco") != "as-monaco-zorbers"
    # A first line naming no sport: a bracket after a name may hold anything.
    assert linked_words(gazetteer, scorers("ZORBIC LEAGUE SCORERS.")).get("Monaco") != "as-monaco-zorbers"


def test_two_brackets_are_no_list_of_players(gazetteer):
    text = ("SOCCER - ZORBIC CUP DRAW.\nPARIS 1996-08-28\n"
            "Anton Quelvic ( Quelvoton ) and Thierry Vexard ( Monaco ) were named in the squad.\n")
    assert linked_words(gazetteer, text).get("Monaco") != "as-monaco-zorbers"


MILAN_REGISTRY = {
    "organizations/o.yml": """
        zorbic-milan:
          name: Zorbic Milan
        quelvoton-fc:
          name: Quelvoton FC
          aliases: [Quelvoton]
        vexbury-fc:
          name: Vexbury FC
          aliases: [Vexbury]
    """,
}


def test_a_word_of_a_players_club_in_the_bracket_is_no_club_of_its_own(tmp_path):
    # "Inter Milan" in the bracket is one club's name; the registry lacks it, so "Milan" is no Zorbic Milan.
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", MILAN_REGISTRY)))
    text = ("SOCCER - ZORBIC SQUAD NAMED.\nGENEVA 1996-08-22\nSquad:\n"
            "Midfielders - Anton Quelvic ( Quelvoton ), Vladimir Zorbel ( Vexbury ), Ciriaco Blennic ( Inter Milan ) "
            "Murat Vexard ( Quelvoton ).\n")
    words = linked_words(gazetteer, text)
    assert words.get("Quelvoton") == "quelvoton-fc" and "Milan" not in words
    prose = ("SOCCER - ZORBIC SQUAD NAMED.\nGENEVA 1996-08-22\n"
             "Quelvoton beat Milan 2-1 on Sunday, and Vexbury drew with Zorbic Milan.\n")
    assert linked_words(gazetteer, prose).get("Milan") == "zorbic-milan"
