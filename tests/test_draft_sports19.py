"""Sports pages, round 19: a town's name alone in a results or standings table of a page about one
code of rugby names the one registered club of that town and a nickname (teamnames.team_places); a
one-word name before a player's record in a bracket is a player's, not a company's
(scorecards.players_record, read by misreadings.py). The registry is synthetic (made-up names and
nicknames); the towns are real, since a town's size and its other clubs are what the rule weighs."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        dewsbury-zorbers:
          name: Dewsbury Zorbers
        dewsbury-town-f-c:
          name: Dewsbury Town F.C.
        batley-quelvers:
          name: Batley Quelvers
        batley-vexers:
          name: Batley Vexers
        london-quarxes:
          name: London Quarxes
        keighley-blenn-rlfc:
          name: Keighley Blenn RLFC
          aliases: [Keighley]
        quarvik-plc:
          name: Quarvik plc
          aliases: [Quarvik]
        zorbtown-baseball-club:
          name: Zorbtown Baseball Club
          aliases: [Zorbtown]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports19") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


TABLE = ("{first}\nLONDON 1996-08-25\nResults of Zorbic league matches on Sunday:\n"
         "Dewsbury 24 Keighley 18\nBatley 30 London 12\nStandings:\n"
         "Dewsbury 22 19 1 2 902 326 39\nKeighley 22 17 0 5 767 409 34\n"
         "London 22 12 1 9 611 462 25\nBatley 22 9 1 12 473 681 19\n")
LEAGUE = TABLE.format(first="RUGBY LEAGUE - ZORBIC LEAGUE RESULTS / STANDINGS.")


def test_a_towns_name_in_a_rugby_league_table_is_its_one_unmarked_place_and_nickname_club(gazetteer):
    # Dewsbury Town F.C. is a football club: a rugby league table's "Dewsbury" is the Zorbers.
    words = linked_words(gazetteer, LEAGUE)
    assert words.get("Dewsbury") == "dewsbury-zorbers"
    assert words.get("Keighley") == "keighley-blenn-rlfc"


def test_two_unmarked_clubs_of_the_town_or_a_great_city_leave_the_cell_alone(gazetteer):
    # Two clubs of Batley mark no sport: either could be the other code's. London has clubs of
    # every code: "London Quarxes" may be the union side.
    words = linked_words(gazetteer, LEAGUE)
    assert "Batley" not in words and "London" not in words


def test_only_on_a_page_of_one_code_of_rugby_and_only_in_a_tables_cell(gazetteer):
    for first in ("SOCCER - ZORBIC LEAGUE RESULTS / STANDINGS.", "RUGBY - ZORBIC RESULTS / STANDINGS."):
        assert linked_words(gazetteer, TABLE.format(first=first)).get("Dewsbury") != "dewsbury-zorbers"
    prose = ("RUGBY LEAGUE - ZORBIC LEAGUE SEASON ENDS.\nLONDON 1996-08-25\n"
             "Dewsbury finished third in the table this season, two points behind the leaders.\n")
    assert linked_words(gazetteer, prose).get("Dewsbury") != "dewsbury-zorbers"


BASEBALL = ("BASEBALL - ZORBIC LEAGUE ROUNDUP.\nZORBTOWN 1996-08-23\n"
            "The Comets beat the Vexers 5-2 on Thursday in front of their home crowd.\n"
            "{name} ( 11-15 ) allowed three hits, walked three and struck out four.\n"
            "The pitcher snapped a personal three-game losing streak, the coach said after the game.\n")


def test_a_one_word_company_name_before_a_players_record_is_the_player(gazetteer):
    # A pitcher's wins and losses after a surname that is also a company's alias.
    assert "Quarvik" not in linked_words(gazetteer, BASEBALL.format(name="Quarvik"))


def test_a_teams_record_and_a_company_off_the_sports_pages_stay(gazetteer):
    # A team's record is written so too; and off a sports page the bracket says nothing of a player.
    assert linked_words(gazetteer, BASEBALL.format(name="Zorbtown")).get("Zorbtown") == "zorbtown-baseball-club"
    news = ("Quarvik shares rise.\nLONDON 1996-08-23\nQuarvik ( 11-15 ) said on Thursday that its profit "
            "rose by a tenth in the first half of the year.\n")
    assert linked_words(gazetteer, news).get("Quarvik") == "quarvik-plc"
