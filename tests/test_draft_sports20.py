"""Sports pages, round 20: a player's club bracket that a wire's line wrapping put at the start of the
next line is still his club's (tables.players_clubs); one match's result alone on its line, on a page
of a game scored in tens, may have two or three digits a side (tables.result_lines). The clubs,
players and nicknames are made up; the towns and countries are real, since a town's size and a
country's name are what the rules weigh."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.tables import result_lines
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
        dewsbury-zorbers:
          name: Dewsbury Zorbers
        dewsbury-town-f-c:
          name: Dewsbury Town F.C.
        batley-quelvers:
          name: Batley Quelvers
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports20") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_players_club_bracket_wrapped_onto_the_next_line_is_still_his_club(gazetteer):
    text = ("SOCCER - LEADING ZORBIC LEAGUE SCORERS.\nPARIS 1996-08-28\n"
            "Leading scorers in the Zorbic first division after Wednesday's matches:\n"
            "3 - Anton Quelvic ( Quelvoton ), Vladimir Zorbel ( Vexbury ), Miladin Blennic ( Blennham ), Thierry Vexard\n"
            "( Monaco ), Marek Quorbin ( Quelvoton )\n")
    assert linked_words(gazetteer, text).get("Monaco") == "as-monaco-zorbers"


def test_a_bracket_opening_a_line_after_no_players_name_is_no_club(gazetteer):
    # The line before ends in a word in capitals (a headline's), not a player's name: no list.
    text = ("SOCCER - ZORBIC SQUAD NAMED.\nPARIS 1996-08-28\n"
            "Anton Quelvic ( Quelvoton ), Vladimir Zorbel ( Vexbury ), Miladin Blennic ( Blennham ) AND\n"
            "( Monaco ) were named, the Zorbic federation said.\n")
    assert linked_words(gazetteer, text).get("Monaco") != "as-monaco-zorbers"


RUGBY = ("RUGBY LEAGUE - DEWSBURY BEAT BATLEY 42-36 IN SEMIFINAL.\nDEWSBURY, England 1996-08-31\n"
         "Result of the Zorbic rugby league premiership semifinal played on Saturday:\n"
         "Dewsbury 42 Batley Quelvers 36\n")


def test_a_rugby_result_alone_on_its_line_reads_scores_over_nineteen(gazetteer):
    # Dewsbury Town F.C. is a football club: the rugby result's "Dewsbury" is the Zorbers.
    assert linked_words(gazetteer, RUGBY).get("Dewsbury") == "dewsbury-zorbers"


def test_scores_over_nineteen_only_on_a_page_of_a_game_scored_in_tens():
    line = "Dewsbury 42 Batley Quelvers 36\n"
    assert result_lines("RUGBY LEAGUE - SEMIFINAL.\n" + line)
    assert result_lines("BASKETBALL - ZORBIC LEAGUE RESULT.\nZorbton 102 Quelvo 97\n")
    # Off those pages a line of a name and two digits is as often a date or a figure.
    for first in ("SOCCER - ZORBIC CUP SEMIFINAL.", "ZORBIC SHIPPING SCHEDULE."):
        assert not result_lines(f"{first}\n{line}Aug 27 Aug 26\n")
    # Football's one result still reads as before.
    assert result_lines("SOCCER - ZORBIC CUP SEMIFINAL.\nDewsbury 4 Batley Quelvers 3\n")

