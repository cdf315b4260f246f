"""Second pass at organizations' precision on AIDA (generator/draft/sportspages.py, misreadings.py):
namesake teams of one name told apart by the sport a page's first line names ("Partizan": the
football club on a football page, the basketball club on a basketball page), and a team whose
every registered name says another sport left out on a page about one sport. The registry is
synthetic: every organization is made up ("FK Zorbgrad", "KK Zorbgrad"); only countries are real,
as the rule on another country's body ("Finance Ministry" in a story about the Dutch) reads them."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.sportspages import namesakes_of_the_sport
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        fk-zorbgrad:
          name: FK Zorbgrad
          aliases: [Zorbgrad]
        kk-zorbgrad:
          name: KK Zorbgrad
          aliases: [Zorbgrad]
        kk-quelvo:
          name: KK Quelvo
          aliases: [Quelvo]
        quelvobank:
          name: Quelvobank
        quelvobank-cycling-team:
          name: Quelvobank Cycling Team
          aliases: [Quelvobank]
        ministry-of-finance-japan:
          name: Ministry of Finance
        zorbco-japan:
          name: Zorbco Holdings
          aliases: [Zorbco]
        zorbland-reserve-bank:
          name: Zorbland Reserve Bank
          aliases: [ZRB]
        zorbcorp:
          name: Zorbcorp
        zorbcorp-cycling-team:
          name: Zorbcorp
        q-a-c-football-club:
          name: Q.A.C.
        zorbshire-cricket-club:
          name: Zorbshire County Cricket Club
          aliases: [Zorbshire]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("aidaprec2") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("headline, club", [("SOCCER - EXAMPLIAN LEAGUE RESULTS.", "fk-zorbgrad"),
                                            ("BASKETBALL - EXAMPLIAN LEAGUE RESULTS.", "kk-zorbgrad")])
def test_namesake_clubs_of_one_city_are_told_apart_by_the_pages_sport(gazetteer, headline, club):
    text = f"{headline}\nZORBTON 1996-08-24\nZorbgrad beat the visitors on Saturday to lead the league.\n"
    assert linked_words(gazetteer, text).get("Zorbgrad") == club


def test_a_team_named_for_its_sport_is_the_one_meant_on_that_sports_page(gazetteer):
    bank, team = (f.target for f in gazetteer.index["quelvobank"])
    page = "CYCLING - QUELVOBANK RIDER WINS STAGE.\nThe Quelvobank rider took the stage.\n"
    assert namesakes_of_the_sport([bank, team], page)[1].id == "quelvobank-cycling-team"
    # elsewhere the namesakes stay for the text to decide
    assert namesakes_of_the_sport([bank, team], "Quelvobank raised its rates.\n") == ([bank, team], None)


@pytest.mark.parametrize("text, words", [
    ("SOCCER - EXAMPLIAN LEAGUE STANDINGS.\nZORBTON 1996-08-24\nQuelvo 2 2 0 0 6 2 6\nOthers 2 1 1 0 3 1 4\n",
     "Quelvo"),
    ("SOCCER - EXAMPLIAN CUP RESULTS.\nZORBTON 1996-08-24\nZorbshire beat the holders 2-1 on Saturday.\n",
     "Zorbshire"),
])
def test_a_team_of_another_sport_is_not_meant_on_a_sports_page(gazetteer, text, words):
    assert words not in linked_words(gazetteer, text)


def test_by_its_full_name_or_on_its_own_sports_page_the_team_is_still_found(gazetteer):
    assert linked_words(gazetteer, "SOCCER - RESULTS.\nKK Quelvo, the basketball club, hired a coach.\n") \
        .get("KK Quelvo") == "kk-quelvo"
    assert linked_words(gazetteer, "BASKETBALL - RESULTS.\nZORBTON 1996-08-24\nQuelvo won again on Friday.\n") \
        .get("Quelvo") == "kk-quelvo"


@pytest.mark.parametrize("text, words", [
    ("The Finance Ministry raised the price of the Dutch government's new bond.\n", "Finance Ministry"),
    ("PRESS DIGEST - GREECE.\n-- Finance ministry scrambles to find a solution.\n", "Finance ministry"),
    ("PARIS 1996-08-28\nA Finance Ministry official said the cheques were found.\n", "Finance Ministry"),
])
def test_a_body_every_country_has_is_not_another_countrys_in_a_text_about_one(gazetteer, text, words):
    assert words not in linked_words(gazetteer, text)


@pytest.mark.parametrize("text", [
    "The Finance Ministry said Japan's budget would grow.\n",  # its own country named
    "The Finance Ministry said the budget would grow.\n",  # no country named: nothing said
])
def test_the_registered_body_is_still_found_at_home_or_where_no_country_is_named(gazetteer, text):
    assert linked_words(gazetteer, text).get("Finance Ministry") == "ministry-of-finance-japan"


def test_a_proper_name_keeps_its_meaning_abroad(gazetteer):
    text = "Zorbco said the Dutch government would buy its trains.\n"
    assert linked_words(gazetteer, text).get("Zorbco") == "zorbco-japan"


@pytest.mark.parametrize("text", ["Quelvo leads the league with 40 homers and is tied for 10th with 100 ZRB.\n",
                                  "He is hitting .307 with 35 homers and 107 ZRB and has played every game.\n"])
def test_initials_after_a_count_ending_their_phrase_are_a_statistic(gazetteer, text):
    assert "ZRB" not in linked_words(gazetteer, text)


@pytest.mark.parametrize("text", ["The ZRB raised rates on Tuesday.\n", "Rates rose 2 percent, the ZRB said.\n",
                                  "Zorbland's 15 ZRB branches will close.\n"])
def test_initials_elsewhere_or_before_a_noun_still_name_the_body(gazetteer, text):
    assert linked_words(gazetteer, text).get("ZRB") == "zorbland-reserve-bank"


def test_an_id_tells_a_sports_namesake_apart_where_the_names_do_not(gazetteer):
    page = "CYCLING - STAGE RESULTS.\nZORBTON 1996-08-24\n1. Quelvo Zorbsen ( Zorbland ) Zorbcorp\n"
    assert linked_words(gazetteer, page).get("Zorbcorp") == "zorbcorp-cycling-team"


def test_a_football_club_is_not_meant_on_a_golf_page_by_a_short_form(gazetteer):
    golf = "GOLF - LEADING SCORES.\nZORBTON 1996-08-24\nLeading scores in the $2 million QAC World Series of Golf.\n"
    assert "QAC" not in linked_words(gazetteer, golf)
    football = "SOCCER - RESULTS.\nZORBTON 1996-08-24\nQAC beat the visitors on Saturday.\n"
    assert linked_words(gazetteer, football).get("QAC") == "q-a-c-football-club"
