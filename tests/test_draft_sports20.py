"""Sports pages, round 20: a player's club bracket that a wire's line wrapping put at the start of the
next line is still his club's (tables.players_clubs); a sports headline's one word in capitals that the
body uses only after a given name is the player's surname (headlinesurnames.py); a table's cell that is
a registered club's one-word name in the plural, or the reverse, is the club (teamnames.club_plurals).
The clubs, players and companies are made up; the countries are real, since a country's name is what
the bracket rule weighs."""

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


SURNAME_REGISTRY = {
    "organizations/o.yml": """
        zorbane-inc:
          name: Zorbane
          aliases: [Zorbane Inc]
        quelvoton-fc:
          name: Quelvoton FC
          aliases: [Quelvoton]
        quorble-inc:
          name: Quorble
    """,
    "people/p.yml": """
        anton-zorbane:
          name: Anton Zorbane
    """,
}

SIGNS = ("{first}\nLONDON 1996-08-22\n"
         "Zorbic midfielder Anton Zorbane has signed a new four-year contract with league champions Quelvoton FC.\n"
         "{more}\" We are delighted, \" said the Quelvoton manager on Thursday.\n")


@pytest.fixture(scope="module")
def surnames(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports20s") / "c", SURNAME_REGISTRY)
    return build_gazetteer(read_model(root))


def _headline_word(text: str, word: str):
    from generator.draft.text import tokenize
    tokens = tokenize(text)
    return tokens, next(n for n, t in enumerate(tokens) if t.text == word)


def test_a_sports_headlines_surname_of_a_player_the_body_names_in_full_is_no_company(surnames):
    text = SIGNS.format(first="SOCCER - ZORBANE SIGNS FOUR-YEAR CONTRACT WITH QUELVOTON.", more="")
    assert linked_words(surnames, text).get("ZORBANE") != "zorbane-inc"
    # A player not registered: "Anton", a registered person's given name, before the word is enough,
    # and so is a capitalised word that is no dictionary word and names nothing registered ("Vladek").
    for given in ("Anton", "Vladek"):
        text = SIGNS.replace("Anton Zorbane", f"{given} Quorble").format(
            first="SOCCER - QUORBLE SIGNS FOUR-YEAR CONTRACT.", more="")
        assert linked_words(surnames, text).get("QUORBLE") != "quorble-inc"


def test_the_headlines_word_stays_open_off_sport_or_where_the_body_uses_it_alone(surnames):
    from generator.draft.headlinesurnames import a_persons_surname_in_a_headline
    sports = SIGNS.format(first="SOCCER - ZORBANE SIGNS FOUR-YEAR CONTRACT WITH QUELVOTON.", more="")
    tokens, n = _headline_word(sports, "ZORBANE")
    assert a_persons_surname_in_a_headline(sports, tokens, n, n + 1, surnames)
    # A first line naming no sport: a company is named after its founder as often as not.
    off = SIGNS.format(first="ZORBANE SIGNS FOUR-YEAR CONTRACT WITH QUELVOTON.", more="")
    tokens, n = _headline_word(off, "ZORBANE")
    assert not a_persons_surname_in_a_headline(off, tokens, n, n + 1, surnames)
    # The body uses the word by itself too: it may be the company's.
    alone = SIGNS.format(first="SOCCER - ZORBANE SIGNS FOUR-YEAR CONTRACT WITH QUELVOTON.",
                         more="Zorbane shares rose 3 percent on the news.\n")
    tokens, n = _headline_word(alone, "ZORBANE")
    assert not a_persons_surname_in_a_headline(alone, tokens, n, n + 1, surnames)
    # A dictionary word before it is no given name ("Midland Zorbane" is no person's name).
    worded = SIGNS.replace("Anton Zorbane", "Midland Zorbane").format(
        first="SOCCER - ZORBANE SIGNS FOUR-YEAR CONTRACT WITH QUELVOTON.", more="")
    tokens, n = _headline_word(worded, "ZORBANE")
    assert not a_persons_surname_in_a_headline(worded, tokens, n, n + 1, surnames)


PLURAL_REGISTRY = {
    "organizations/o.yml": """
        zorbhopper-club-zorbton:
          name: Zorbhopper Club Zorbton
          aliases: [Zorbhopper]
        quelvoton-fc:
          name: Quelvoton FC
          aliases: [Quelvoton]
        vexbury-fc:
          name: Vexbury FC
          aliases: [Vexbury]
        blennhopper-plc:
          name: Blennhopper plc
          aliases: [Blennhopper]
    """,
}


@pytest.fixture(scope="module")
def plurals(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sports20p") / "c", PLURAL_REGISTRY)
    return build_gazetteer(read_model(root))


SQUAD = ("SOCCER - ZORBIC SQUAD NAMED.\nGENEVA 1996-08-22\nSquad:\n"
         "Midfielders - Anton Quelvic ( Quelvoton ), Vladimir Zorbel ( {club} ), Ciriaco Blennic ( Vexbury ), "
         "Murat Vexard ( {club} ).\n")


def test_a_clubs_name_in_the_plural_in_a_cell_is_the_club(plurals):
    assert linked_words(plurals, SQUAD.format(club="Zorbhoppers")).get("Zorbhoppers") == "zorbhopper-club-zorbton"
    results = ("SOCCER - ZORBIC LEAGUE RESULTS.\nZORBTON 1996-08-22\nResults of Zorbic league matches:\n"
               "Zorbhoppers 2 Quelvoton 1\n")
    assert linked_words(plurals, results).get("Zorbhoppers") == "zorbhopper-club-zorbton"


def test_a_plural_of_a_company_or_in_prose_is_no_club(plurals):
    # Blennhopper plc names no club: its plural in a cell stays unread.
    assert "Blennhoppers" not in linked_words(plurals, SQUAD.format(club="Blennhoppers"))
    prose = ("SOCCER - ZORBIC CUP.\nZORBTON 1996-08-22\n"
             "The Zorbhoppers of the valley were seen near the ground before the match, the club said.\n")
    assert "Zorbhoppers" not in linked_words(plurals, prose)
