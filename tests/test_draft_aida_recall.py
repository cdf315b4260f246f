"""A team named alone in a results table's cell (generator/draft/tables.py), on a synthetic
registry: the clubs are made up ("Castle Examplia", "Freiburg Zorbers"); the words and
cities they are called by are real, since the linker asks the dictionary and GeoNames
whether a word is an ordinary word or a city."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.tables import result_cells
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        castle-examplia:
          name: Castle Examplia F.C.
          aliases: [Castle]
        freiburg-zorbers:
          name: Freiburg Zorbers
          aliases: [Freiburg]
        chelsea-zorbers:
          name: Chelsea Zorbers
          aliases: [Chelsea]
        quelvora-sports:
          name: Quelvora Sports Club
          aliases: [Quelvora]
        leeds-zorbers-fc:
          name: Zorbers Leeds F.C.
          aliases: [Leeds]
        reading:
          name: Reading
        nantes:
          name: Nantes
        nantes-examplia:
          name: FC Nantes Examplia
          aliases: [Nantes]
        groningen-examplia:
          name: FC Groningen Examplia
          aliases: [Groningen]
        volendam-examplia:
          name: FC Volendam Examplia
          aliases: [Volendam]
    """,
}

# Named only by words and cities, which prose would not take alone (shortforms.py's "text about
# clubs" wants one named by a name by itself, such as "Quelvora").
TABLE = """ZORBBALL - EXAMPLIAN LEAGUE RESULTS.
Results of Examplian league zorbball matches on Saturday:
Castle 2 Freiburg 1
Chelsea 0 Zorbton 3
Playing Sunday:
Zorbton v Castle
Standings:
Zorbton 5 4 1 0 12 3 13
Castle 5 3 0 2 8 6 9
Chelsea 5 1 1 3 4 9 4
"""


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("aida_recall") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_teams_named_by_a_word_or_a_city_in_a_results_table_are_found(gazetteer):
    assert linked_ids(gazetteer, TABLE) == {"castle-examplia", "freiburg-zorbers", "chelsea-zorbers"}


def test_the_same_names_in_prose_still_need_support(gazetteer):
    text = ("The ferry left the castle at noon. Castle lights were seen from Freiburg, "
            "and a visitor from Chelsea said the weather was fine.")
    assert linked_ids(gazetteer, text) == set()


def test_two_score_lines_are_no_table():
    text = "Results on Saturday:\nCastle 2 Freiburg 1\nChelsea 0 Quelvora 3\nThe season resumes in May.\n"
    assert result_cells(text) == set()
    assert result_cells(text + "Quelvora 1 Freiburg 1\n")


def test_a_table_of_quantities_names_places_not_teams(gazetteer):
    text = ("Air cargo handled at airports, in tonnes:\nFreiburg 1,453 up 13.1\nChelsea 21,240 down 3.5\n"
            "Castle 6,030 up 15.3\nZorbton 202 down 60.0\nTOTAL 1,113,785 up 3.8\n")
    assert result_cells(text) == set()
    assert "castle-examplia" not in linked_ids(gazetteer, text)


def test_cells_are_whole_runs_of_capitalised_words_beside_scores():
    text = ("CRICKET - EXAMPLIAN SCORES.\nZORBTON 1996-08-22\nAt Zorbton: Castle 236-4 ( Q. Brannox 85 ) v Chelsea.\n"
            "Freiburg 128-1 ( Z. Quelv 59 not out ).\nQuelvora 72-0.\n")
    cells = {text[a:b] for a, b in result_cells(text)}
    assert cells == {"Castle", "Chelsea", "Freiburg", "Quelvora"}  # not the dateline, not the batsmen in brackets


def test_a_name_inside_a_longer_cell_is_no_cell():
    text = "Zorbton Castle 2 Freiburg 1\nChelsea 0 Quelvora 3\nQuelvora 1 Freiburg 1\n"
    cells = {text[a:b] for a, b in result_cells(text)}
    assert "Castle" not in cells and "Zorbton Castle" in cells


RUGBY_TABLE = """RUGBY LEAGUE - EXAMPLIAN SUPER LEAGUE RESULTS.
Results of rugby league matches on Saturday:
Leeds 14 Castle 27
Chelsea 78 Zorbton 4
Standings:
Castle 22 19 1 2 902 326 39
Leeds 21 6 0 15 531 681 12
Reading 22 3 1 18 398 795 7
"""


def test_a_club_of_another_sport_is_no_team_of_the_table(gazetteer):
    found = linked_ids(gazetteer, RUGBY_TABLE)
    assert "chelsea-zorbers" in found  # its registered name names no sport
    assert "leeds-zorbers-fc" not in found  # a football club (F.C.) in a rugby league table
    assert "leeds-zorbers-fc" in linked_ids(gazetteer, RUGBY_TABLE.replace("RUGBY LEAGUE", "SOCCER").replace(
        "rugby league", "soccer"))


def test_an_organization_registered_under_a_bare_city_name_is_no_team(gazetteer):
    assert "reading" not in linked_ids(gazetteer, RUGBY_TABLE)


def test_a_clubs_city_in_a_sentence_stating_one_result_is_the_club(gazetteer):
    text = ("Examplian zorbball news.\nDefending champions Zorbton Rovers came from behind to beat Groningen 4-1 "
            "on Sunday.\nThe mayor of Volendam opened a new bridge.\n")
    found = linked_ids(gazetteer, text)
    assert "groningen-examplia" in found and "volendam-examplia" not in found


def test_a_tennis_players_sets_are_no_match_result(gazetteer):
    text = "Examplian tennis news.\nThe Groningen junior champion beat Zorba Quelv 6-4 6-2 on Sunday.\n"
    assert "groningen-examplia" not in linked_ids(gazetteer, text)
    assert "groningen-examplia" not in linked_ids(gazetteer, text.replace(" on Sunday.", "."))  # "6-2." ends it


def test_a_clubs_city_before_a_players_role_is_the_club(gazetteer):
    text = ("Examplian zorbball news.\nThe federation said that Groningen striker Zorb Quelv and a defender "
            "were injured.\nThe mayor of Volendam opened a new bridge.\n")
    found = linked_ids(gazetteer, text)
    assert "groningen-examplia" in found and "volendam-examplia" not in found


def test_a_cue_never_names_an_organization_registered_under_a_citys_bare_name(gazetteer):
    text = "Examplian zorbball news.\nThe federation said that Nantes striker Zorb Quelv was injured.\n"
    assert "nantes" not in linked_ids(gazetteer, text)


def test_a_list_of_fixtures_names_teams():
    text = ("Fixtures for Saturday:\nCastle v Freiburg, Chelsea v Zorbton,\nZorbton v Castle, Quelvora v Chelsea,\n"
            "Freiburg v Quelvora.\n")
    cells = {text[a:b] for a, b in result_cells(text)}
    assert cells == {"Castle", "Freiburg", "Chelsea", "Zorbton", "Quelvora"}
