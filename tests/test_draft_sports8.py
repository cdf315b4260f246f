"""Sports pages: the shared sport vocabulary (generator/draft/sports.py), the one headline check
(headlines.py), results lines (tables.results_rows) and teams by the short names a sports page
gives them (teamnames.py), on a synthetic registry: the teams are made up ("Boston Zorbcats",
"Examplia County Cricket Club"); the cities in their names are real, since the rule asks GeoNames
whether a word is a place."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.headlines import title_case_line
from generator.draft.linker import link
from generator.draft.sports import SPORT_KEYS, sports_marked, sports_named
from generator.draft.sportsreading import sports_reading
from generator.draft.tables import results_rows
from generator.draft.teamnames import KIND, NICKNAME, short_names
from generator.draft.text import token_key, tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        boston-zorbcats:
          name: Boston Zorbcats
        kansas-city-zorbals:
          name: Kansas City Zorbals
        detroit-quelvons:
          name: Detroit Quelvons
        toledo-quelvons:
          name: Toledo Quelvons
        examplia-ccc:
          name: Examplia County Cricket Club
        quelvof1:
          name: QuelvoF1
        zorbrangers-fc:
          name: Zorbrangers F.C.
        texas-zorbrangers:
          name: Texas Zorbrangers
        canberra-quelvoraiders:
          name: Canberra Quelvoraiders
        sydney-zorbswans:
          name: Sydney Zorbswans
        dortmund-fc:
          name: Dortmund F.C.
        zorbshire:
          name: Zorbshire
        zorbshire-ccc:
          name: Zorbshire County Cricket Club
          aliases: [Zorbshire]
        zorbford-city-afc:
          name: Zorbford City A.F.C.
          aliases: [Zorbford]
        zorbford-bulls:
          name: Zorbford Bulls
          aliases: [Zorbford]
        fc-quelvington:
          name: FC Quelvington
        zorbwick-city-fc:
          name: Zorbwick City F.C.
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports8") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _found(gazetteer, text: str) -> dict[str, str]:
    """Each mention as written -> the id it references."""
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


# --- the shared vocabulary, results lines and headline check (part 1: one definition each) ---

def test_a_sports_word_and_a_teams_marks_say_one_sport():
    assert sports_named({"soccer", "nba"}) == {"football"}  # the NBA is a league, no sport a team's name marks
    assert sports_marked("Examplia County Cricket Club") == {"cricket"}
    assert sports_marked("KK Zorbton", "Zorbton F.C.") == {"basketball", "football"}
    assert sports_marked("QuelvoF1") == {"motor"}  # the letters glued to the name
    assert SPORT_KEYS[token_key("rugby")] == "rugby" and SPORT_KEYS[token_key("RLFC")] == "rugby"


def test_the_first_line_names_the_pages_sport():
    assert sports_reading("SOCCER - ZORBTON BEAT QUELVO.\nText.").page_sport == "football"
    assert sports_reading("MOTOR RACING - ZORBWELL WINS.\nText.").page_sport == "motor"
    assert sports_reading("Zorbland cargo rises.\nText.").page_sport == ""


def test_two_lines_of_results_make_a_sports_page_but_a_storys_figures_do_not():
    results = "Zorbton results.\nZorbton 6 Quelvo 2\nExamplia 1 Zorbwell 0\n"
    assert results_rows(results) == 2 and sports_reading(results).results_page
    story = ("Zorbland cargo Q2 load factor up 1.7 pct.\nSales rose 5 percent to 10 million\n"
             "Profit fell 3 points to 7 percent\n")
    assert results_rows(story) == 0 and not sports_reading(story).results_page


def test_a_headline_capitalises_most_words_or_with_every_word_all_but_function_words():
    text = "Zorbland Envoy Meets the Quelvo Minister\nThe envoy met the minister in Zorbton.\n"
    assert title_case_line(text, 0)
    assert title_case_line(text, 0, every_word=True)
    assert not title_case_line(text, text.index("envoy met"))
    mostly = "Zorbland Envoy Meets Quelvo Minister after talks\n"
    assert title_case_line(mostly, 0) and not title_case_line(mostly, 0, every_word=True)


# --- teams by their short names (part 2) ---

def test_a_teams_short_names():
    assert short_names("Examplia County Cricket Club", _EmptyGazetteer()) == [("Examplia", KIND, "")]
    assert short_names("QuelvoF1", _EmptyGazetteer()) == [("Quelvo", KIND, "")]
    assert short_names("Kansas City Zorbals", _EmptyGazetteer()) == [("Zorbals", NICKNAME, "Kansas City")]
    assert short_names("Zorbland National Bank", _EmptyGazetteer()) == []
    assert short_names("FC Quelvington", _EmptyGazetteer()) == [("Quelvington", KIND, "")]
    assert short_names("Zorbwick City F.C.", _EmptyGazetteer()) == [("Zorbwick", KIND, "")]


class _EmptyGazetteer:
    place_keys: set[str] = set()


def test_a_nickname_on_a_page_about_the_sport_is_the_one_team_of_that_nickname(gazetteer):
    page = "BASEBALL - ZORBCATS WIN AGAIN.\nIn Boston, the Zorbcats beat the Zorbals 6-4, as in Kansas City.\n"
    found = _found(gazetteer, page)
    assert found.get("Zorbcats") == "boston-zorbcats" and found.get("Zorbals") == "kansas-city-zorbals"


def test_no_nickname_in_a_story_nor_of_two_teams_nor_beside_another_teams_place(gazetteer):
    assert "Zorbcats" not in _found(gazetteer, "Zorbland talks.\nIn Boston, the Zorbcats beat the Zorbals 6-4.\n")
    assert "Quelvons" not in _found(gazetteer, "BASEBALL - RESULTS.\nIn Detroit and Toledo, the Quelvons won.\n")
    # of two teams of one nickname, the page names one's place: that one
    detroit = "BASEBALL - RESULTS.\nIn Detroit, the Quelvons won.\n"
    assert _found(gazetteer, detroit).get("Quelvons") == "detroit-quelvons"
    page = "BASEBALL - RESULTS.\nIn Boston, the Zorbcats won 6-4.\nThe Leicester Zorbcats are another team.\n"
    assert "Zorbcats" not in _found(gazetteer, page)


def test_a_county_club_by_its_county_only_on_a_page_about_its_sport(gazetteer):
    cricket = "CRICKET - COUNTY SCORES.\nAt Zorbton: Quelvoshire 280 all out.\nExamplia 72-0.\n"
    assert _found(gazetteer, cricket).get("Examplia") == "examplia-ccc"
    football = "SOCCER - RESULTS.\nAt Zorbton: Quelvoshire 2 Examplia 0.\n"
    assert "Examplia" not in _found(gazetteer, football)


def test_a_motor_racing_team_by_its_name_without_its_glued_letters(gazetteer):
    page = "MOTOR RACING - ZORBWELL GRAND PRIX.\nQuelvo's driver was second.\n"
    assert _found(gazetteer, page).get("Quelvo") == "quelvof1"


def test_the_team_marked_for_the_pages_sport_beats_one_marked_for_none(gazetteer):
    page = "SOCCER - SCOTTISH LEAGUE.\nZorbrangers drew with Quelvo on Saturday.\n"
    assert _found(gazetteer, page).get("Zorbrangers") == "zorbrangers-fc"
    baseball = "BASEBALL - RESULTS.\nIn Texas, the Zorbrangers won 6-4.\n"
    assert _found(gazetteer, baseball).get("Zorbrangers") == "texas-zorbrangers"


def test_a_nickname_only_where_the_page_names_the_teams_place(gazetteer):
    hockey = "ICE HOCKEY - RESULTS.\nIn New York, the Zorbrangers won 6-4.\n"  # another league's team
    assert "Zorbrangers" not in _found(gazetteer, hockey)


def test_a_teams_place_alone_is_not_the_team(gazetteer):
    page = "RUGBY LEAGUE - RESULTS.\nPlayed Sunday:\nCanberra 22 Zorbton 10\nQuelvo 12 Examplia 8\n"
    assert "Canberra" not in _found(gazetteer, page)


def test_a_clubs_weak_short_form_is_the_club_on_a_page_about_its_sport(gazetteer):
    page = "SOCCER - GERMAN LEAGUE.\nDortmund drew with Quelvo on Saturday.\n"
    assert _found(gazetteer, page).get("Dortmund") == "dortmund-fc"
    assert "Dortmund" not in _found(gazetteer, "Zorbland talks.\nDortmund drew crowds on Saturday.\n")


def test_a_county_club_beside_the_county_filed_as_an_organization(gazetteer):
    cricket = "CRICKET - COUNTY SCORES.\nAt Zorbton: Quelvoshire 280 all out.\nZorbshire 72-0.\n"
    assert _found(gazetteer, cricket).get("Zorbshire") == "zorbshire-ccc"
    story = "Zorbland talks.\nThe Zorbshire council met on Monday.\n"
    assert _found(gazetteer, story).get("Zorbshire") != "zorbshire-ccc"


def test_of_namesakes_none_marked_for_the_pages_sport_the_one_marked_for_none(gazetteer):
    page = "RUGBY LEAGUE - RESULTS.\nPlayed Sunday:\nZorbford 22 Quelvo 10\nExamplia 12 Zorbton 8\n"
    assert _found(gazetteer, page).get("Zorbford") == "zorbford-bulls"


def test_a_football_club_by_its_name_without_its_letters_and_kind(gazetteer):
    page = "SOCCER - ENGLISH LEAGUE.\nQuelvington beat Zorbwick 2-1 on Saturday.\n"
    found = _found(gazetteer, page)
    assert found.get("Quelvington") == "fc-quelvington" and found.get("Zorbwick") == "zorbwick-city-fc"


def test_not_a_short_name_inside_a_longer_one_nor_one_the_page_gives_a_person(gazetteer):
    person = "SOCCER - ENGLISH LEAGUE.\nManager Jack Zorbwick said little.\nZorbwick said the team was tired.\n"
    assert "Zorbwick" not in _found(gazetteer, person)
    longer = "SOCCER - ENGLISH LEAGUE.\nPortsmouth 1 Queen's Quelvington 2\n"
    assert "Quelvington" not in _found(gazetteer, longer)
