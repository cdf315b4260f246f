"""Sports pages, round 18: a club's name without its kind beside another registered club's longer
name (teamnames.py), a goal's scorer in a result's bracket (scorecards.goal_scorer, read by
misreadings.py and teamnames.py), a club's city ending another name (clubs.after_another_names_word,
read by misreadings.py). The registry is synthetic; the clubs' places are real towns, since a place
is what makes a club's one-word name doubtful."""

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
        perth-united-f-c:
          name: Perth United F.C.
          aliases: [Perth United]
        zorbton-f-c:
          name: Zorbton F.C.
        quelvo-sv:
          name: Quelvo SV
          aliases: [Quelvo]
        fc-zorbwerke-04:
          name: FC Zorbwerke 04
        adelaide-city-fc:
          name: Adelaide City FC
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


RESULTS = ("SOCCER - ZORBIC FIRST DIVISION SUMMARIES.\nBONN 1996-08-28\nSummaries of Wednesday's matches:\n"
           "Zorbton 4 ( Vexley 18th minute, {scorer} 56th 59th and 64th )\nQuelvo 0.\nHalftime 1-0.\n"
           "Quelvo 2 ( Quarx 12th, Blenn\n70th ) Zorbton 1 ( {scorer} 44th ).\n")


def test_a_word_before_a_goals_minute_in_the_scorers_bracket_is_a_player_not_a_club(gazetteer):
    # "Perth" is the city of Perth United F.C.; inside the scorers' bracket it is a player's name.
    words = linked_words(gazetteer, RESULTS.format(scorer="Perth"))
    assert words.get("Zorbton") == "zorbton-f-c" and words.get("Quelvo") == "quelvo-sv"
    assert "Perth" not in words


def test_the_city_as_a_team_outside_the_bracket_is_still_the_club(gazetteer):
    page = RESULTS.format(scorer="Vexley").replace("Quelvo 0.", "Perth 0.")
    words = linked_words(gazetteer, page)
    assert words.get("Perth") == "perth-united-f-c"


SQUAD = ("SOCCER - BLENN CALLS UP SIX PERTH PLAYERS FOR WORLD CUP QUALIFIER.\nBONN 1996-08-23\n"
         "Zorbia's new coach Arlo Blenn called up six players from league champions Perth on Friday.\n"
         "Midfielder Ivo Marsk, recently transferred to Quelvo from Zorbton, will not make the trip.\n"
         "Squad:\nGoalkeepers - Dario Velt, Oren Tull.\n"
         "Defenders - Quelvo Vexley, {player}, Blenn Quarx, Arlo Fenn.\n")


def test_a_clubs_city_after_a_capitalised_word_of_none_of_its_names_ends_another_name(gazetteer):
    # "Vintaro Adelaide" is a player (a given name the dictionary does not list, then a surname),
    # not Adelaide City FC.
    words = linked_words(gazetteer, SQUAD.format(player="Vintaro Adelaide"))
    assert words.get("Perth") == "perth-united-f-c"
    assert "Adelaide" not in words


def test_a_clubs_city_after_a_word_of_its_own_name_or_a_sentences_first_word_is_still_the_club(gazetteer):
    words = linked_words(gazetteer, SQUAD.format(player="City Adelaide"))
    assert words.get("Adelaide") == "adelaide-city-fc"
    page = SQUAD.format(player="Oren Tull") + "Leaders Adelaide beat Zorbton 2-1 on Saturday.\n"
    assert linked_words(gazetteer, page).get("Adelaide") == "adelaide-city-fc"
