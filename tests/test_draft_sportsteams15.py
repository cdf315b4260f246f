"""Teams on sports pages, round 15, read on AIDA's testa (draft/teamnames.py, sportspages.py,
matches.py). The teams are made up; the places in their names are real, since a nickname's place
is asked of GeoNames."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.sports import rugby_code, sports_marked
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        boston-zubs:
          name: Boston Zubs
          aliases: [BOSTON, ZUBS]
        st-louis-vexbirds:
          name: St. Louis Vexbirds
        quelshire:
          name: Quelshire
        quelshire-county-cricket-club:
          name: Quelshire County Cricket Club
        zorba-star-belgrade:
          name: Zorba Star Belgrade
          aliases: [Zorba Star]
        kk-zorba-zvezda:
          name: KK Zorba Zvezda
          aliases: [ZORBA STAR]
        quelquins-rugby-league:
          name: Quelquins Rugby League
        vexford-rugby-union:
          name: Vexford Rugby Union
        zorbalanta-b-c:
          name: Zorbalanta B.C.
          aliases: [Zorbalanta]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sportsteams") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


BASEBALL = "BASEBALL - MAJOR LEAGUE ROUNDUP.\nNEW YORK 1996-08-30\n{body}\n"


def test_a_tables_spelling_in_capitals_does_not_hide_the_nickname(gazetteer):
    # "ZUBS", the registry's spelling from a results table, is not read in title case: it must
    # not keep the page's "the Zubs" from the nickname rule, which finds it without any alias.
    words = linked_words(gazetteer, BASEBALL.format(body="In Boston, the Zubs beat the visitors 3-1 on Friday."))
    assert words.get("Zubs") == "boston-zubs"
    words = linked_words(gazetteer, BASEBALL.format(body="Zubs catcher Ada Vint hit a homer in Boston on Friday."))
    assert words.get("Zubs") == "boston-zubs"


def test_a_nicknames_place_is_named_with_its_abbreviation_written_without_a_full_stop(gazetteer):
    words = linked_words(gazetteer, BASEBALL.format(body="In St Louis, the Vexbirds beat the visitors 7-4."))
    assert words.get("Vexbirds") == "st-louis-vexbirds"
    # Not where the page does not name the place at all.
    assert "Vexbirds" not in linked_words(gazetteer, BASEBALL.format(body="The Vexbirds beat the visitors 7-4."))


CRICKET = ("CRICKET - ESSEX AND KENT MADE TO SWEAT.\nLONDON 1996-08-30\n"
           "Essex need another 148 with five wickets in hand to beat Quelshire after a century from Ada Vint.\n")


def test_a_one_word_body_on_a_sports_page_gives_way_to_the_team_of_that_sport_named_by_it(gazetteer):
    # "Quelshire" registered alone (a county a registry files as an organization) names the cricket
    # club on a page about cricket, as it would if the county were doubted as a place.
    assert linked_words(gazetteer, CRICKET).get("Quelshire") == "quelshire-county-cricket-club"
    # Elsewhere it is the organization registered under the word.
    story = "Council funds cut.\nLONDON 1996-08-30\nQuelshire said on Friday it would cut its budget by a tenth.\n"
    assert linked_words(gazetteer, story).get("Quelshire") == "quelshire"


def test_a_tables_spelling_in_capitals_stands_beside_the_one_as_written_for_the_pages_sports_team(gazetteer):
    # "Zorba Star" is registered as written for a football club and in capitals for a basketball
    # club: on a basketball page the basketball club is meant.
    basketball = "BASKETBALL - EUROPEAN CUP RESULTS.\nBELGRADE 1996-08-30\nZorba Star ( Yugoslavia ) beat Dinamo ( Russia ) 92-90\n"
    assert linked_words(gazetteer, basketball).get("Zorba Star") == "kk-zorba-zvezda"
    soccer = "SOCCER - YUGOSLAV LEAGUE RESULTS.\nBELGRADE 1996-08-30\nZorba Star 3 Partizan 1\n"
    assert linked_words(gazetteer, soccer).get("Zorba Star") == "zorba-star-belgrade"


def test_club_letters_bc_mark_basketball_only_before_the_name(gazetteer):
    assert sports_marked("BC Quelvo") == {"basketball"}
    assert sports_marked("Zorbalanta B.C.") == set()  # Bergamasca Calcio's letters, a football club's
    soccer = ("SOCCER - LENTINI MOVES TO ZORBALANTA.\nROME 1996-08-30\n"
              "Winger Ada Vint has been loaned to serie A club Zorbalanta for a year, newspapers said.\n")
    assert linked_words(gazetteer, soccer).get("Zorbalanta") == "zorbalanta-b-c"


def test_a_rugby_league_club_is_not_meant_on_a_rugby_union_page(gazetteer):
    assert rugby_code("RUGBY UNION - LYNAGH SEALS VICTORY.") == "union"
    assert rugby_code("Quelquins Rugby League", "Quelquins RLFC") == "league"
    union = ("RUGBY UNION - ENGLISH RESULTS.\nLONDON 1996-08-31\n"
             "The new French connection at Quelquins made a good start in a 75-19 victory over Vexford.\n")
    words = linked_words(gazetteer, union)
    assert "Quelquins" not in words and words.get("Vexford") == "vexford-rugby-union"
    league = ("RUGBY LEAGUE - SUPER LEAGUE RESULTS.\nLONDON 1996-08-31\n"
              "Quelquins made a good start in a 75-19 victory over the visitors.\n")
    assert linked_words(gazetteer, league).get("Quelquins") == "quelquins-rugby-league"
