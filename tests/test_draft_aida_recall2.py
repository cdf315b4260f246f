"""A club named by a place (a state, a region) in a league's table (generator/draft/tables.py),
on a synthetic registry: the clubs are made up ("Minnesota Zorbers", "Zorbton Quelvs"); the
places they are called by are real, since the linker asks GeoNames whether a name is a place's."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.tables import result_cells
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

_CLUBS = {  # id: (registered name, the alias a table calls it by)
    "minnesota-zorbers": ("Minnesota Zorbers", "Minnesota"),
    "colorado-quelvs": ("Colorado Quelvs", "Colorado"),
    "florida-examplars": ("Florida Examplars", "Florida"),
    "zorbton-quelvs": ("Zorbton Quelvs", "Zorbton"),
    "quelvora-reds": ("Quelvora Reds", "Quelvora"),
    "examplia-city-sox": ("Examplia City Sox", "Examplia City"),
    "brannox-blues": ("Brannox Blues", "Brannox"),
    "zorbville-jays": ("Zorbville Jays", "Zorbville"),
    "plymouth-zorbers": ("Plymouth Zorbers F.C.", "Plymouth"),
    "preston-quelvs": ("Preston Quelvs F.C.", "Preston"),
}
REGISTRY = {"organizations/o.yml": "".join(f"        {key}:\n          name: {name}\n          aliases: [{alias}]\n"
                                           for key, (name, alias) in _CLUBS.items())}

# A league's standings, as a results page prints them: every team by its place, in capitals.
LEAGUE = """ZORBBALL - EXAMPLIAN LEAGUE STANDINGS.
Standings after games played on Sunday:
EASTERN DIVISION
W L PCT GB
ZORBTON 72 54 .571 -
QUELVORA 68 59 .535 4 1/2
BRANNOX 63 63 .500 9
ZORBVILLE 61 66 .480 11 1/2
WESTERN DIVISION
MINNESOTA 70 56 .556 -
EXAMPLIA CITY 66 60 .524 4
COLORADO 60 67 .472 10 1/2
FLORIDA 58 68 .460 12
"""


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("aida_recall2") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_place_that_names_a_club_in_a_leagues_table_is_the_club(gazetteer):
    assert linked_ids(gazetteer, LEAGUE) == set(_CLUBS) - {"plymouth-zorbers", "preston-quelvs"}


def test_in_another_leagues_table_a_place_stays_a_place(gazetteer):
    # Half the cells name clubs the registry does not hold: the table is another league's (another
    # sport's, say), and its "MINNESOTA" is not the registered club of that name.
    other = LEAGUE
    for registered, unknown in (("ZORBTON", "ORLANDO"), ("QUELVORA", "CHARLOTTE"), ("BRANNOX", "SACRAMENTO"),
                                ("EXAMPLIA CITY", "PORTLAND")):
        other = other.replace(registered, unknown)
    found = linked_ids(gazetteer, other)
    assert not found & {"minnesota-zorbers", "colorado-quelvs", "florida-examplars"}
    assert "zorbville-jays" in found  # a city's name in a cell is the team as before (not a place's alias)


def test_a_short_table_does_not_make_a_place_a_club(gazetteer):
    lines = LEAGUE.splitlines()
    short = "\n".join(lines[:5] + lines[8:11]) + "\n"  # two teams by name, two by place: too few cells to tell
    assert not linked_ids(gazetteer, short) & {"minnesota-zorbers", "colorado-quelvs"}


def test_the_same_places_in_prose_are_places(gazetteer):
    text = ("Storms crossed Minnesota and Colorado on Sunday, and Florida braced for more rain. "
            "ZORBTON 72 QUELVORA 68 were the scores.")
    assert not linked_ids(gazetteer, text) & {"minnesota-zorbers", "colorado-quelvs", "florida-examplars"}


def test_one_result_alone_on_its_line_names_its_teams(gazetteer):
    # Clubs named by their real cities, which alone are the places, not the clubs.
    text = ("ZORBBALL - EXAMPLIAN LEAGUE RESULT.\nResult of an Examplian league match on Friday:\n"
            "Plymouth 2 Preston 1\nThe home side lead the table.\n")
    assert linked_ids(gazetteer, text) == {"plymouth-zorbers", "preston-quelvs"}
    scorers = "Result on Friday:\nPlymouth 1 ( Q. Zelmar 22nd ) Preston 3\n"
    assert linked_ids(gazetteer, scorers) == {"plymouth-zorbers", "preston-quelvs"}
    assert linked_ids(gazetteer, "Rain fell on Plymouth and Preston on Friday.\n") == set()


def test_a_line_of_two_places_and_figures_is_no_result(gazetteer):
    for text in ("Rainfall on Friday, in millimetres:\nPlymouth 2 mm, Preston 1 mm\n",
                 "Cargo on Friday:\nPlymouth 1,453 Preston 1,020\n",
                 "Turnout on Friday, in per cent:\nPlymouth 42 Preston 38\n"):
        assert linked_ids(gazetteer, text) == set()


def test_a_cricket_score_line_names_the_side_after_the_batsmen_and_the_side_to_bat():
    text = ("CRICKET - EXAMPLIAN SCORES.\nClose of play scores on Thursday:\n"
            "Zorbton: Plymouth 40-3 v Preston\n"
            "Quelvora: Brannox 195 ( A. Zelmar 50 ; B. Quelv 4-66 ), Zorbville 82-0.\n"
            "Examplia: Colorado 285-6 ( W. Zelmar 111 ) v Florida\n")
    cells = {text[a:b] for a, b in result_cells(text)}
    assert cells == {"Plymouth", "Preston", "Brannox", "Zorbville", "Colorado", "Florida"}


def test_a_clubs_city_after_at_or_to_in_a_sentence_stating_one_result_is_the_club(gazetteer):
    away = "Examplia Rovers faltered on Saturday, losing 2-0 away at Preston.\n"
    assert linked_ids(gazetteer, away) == {"preston-quelvs"}
    home = "Zorbton Athletic crashed 3-0 at home to Preston on Saturday.\n"
    assert linked_ids(gazetteer, home) == {"preston-quelvs"}


def test_a_city_after_in_or_without_a_result_stays_the_city(gazetteer):
    assert linked_ids(gazetteer, "Examplia Rovers beat Zorbton Athletic 2-0 in Preston on Saturday.\n") == set()
    assert linked_ids(gazetteer, "The squad arrived at Preston on Saturday for a week of training.\n") == set()
