"""Australian rules pages, round 17 (generator/draft/sports.py, sportsreading.py): "Australian rules"
names a sport by two words, neither of which names one alone, so the first line "AUSTRALIAN RULES -
AFL RESULTS" makes a sports page whose clubs ("Ballarat Football Club") are football's by their
names' mark. The registry is synthetic; the clubs' places are real towns, since a place is what makes a club's one-word alias doubtful."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.sportsreading import SportsReading
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        ballarat-football-club:
          name: Ballarat Football Club
          aliases: [Ballarat]
        bendigo-football-club:
          name: Bendigo Football Club
    """,
}

PAGE = ("{headline}\nMELBOURNE 1996-08-25\nResults of matches played at the weekend.\nPlayed Sunday:\n"
        "Ballarat 14.12 ( 96 ) Bendigo 24.9 ( 153 )\nStandings:\nBendigo 21 15 1 5 2123 1631 130.2 62\n"
        "Ballarat 21 10 1 10 1791 1820 98.4 42\n")


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("sportclubs17") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("headline", ["AUSTRALIAN RULES - AFL RESULTS AND STANDINGS.",
                                      "Australian Rules - AFL results and standings.",
                                      "AUSTRALIAN RULES-ZORBL RESULTS."])
def test_australian_rules_in_the_first_line_names_a_sport(headline):
    reading = SportsReading(headline + "\nMELBOURNE 1996-08-25\nNo scores yet.\n")
    assert reading.headline_sports == {"australian rules"}
    assert reading.page_sport == "football"  # its clubs are "... Football Club"
    assert reading.results_page and reading.about_sport


@pytest.mark.parametrize("headline", ["Australian officials change the rules on imports.",
                                      "AUSTRALIAN BANKS - NEW RULES FOR LENDERS.",
                                      "Rules of the Australian Senate."])
def test_the_two_words_apart_or_in_another_order_name_no_sport(headline):
    reading = SportsReading(headline + "\nCANBERRA 1996-08-25\nThe rules take effect in May.\n")
    assert not reading.headline_sports
    assert reading.page_sport == "" and not reading.results_page


def test_a_clubs_one_word_alias_is_the_club_on_an_australian_rules_page(gazetteer):
    # "Ballarat", one word of "Ballarat Football Club", needs the page's sport as its support; the
    # scores ("14.12 ( 96 )") are no results rows draft reads, so only the first line gives it.
    words = linked_words(gazetteer, PAGE.format(headline="AUSTRALIAN RULES - AFL RESULTS AND STANDINGS."))
    assert words.get("Ballarat") == "ballarat-football-club"
    assert words.get("Bendigo") == "bendigo-football-club"


def test_without_the_sport_in_the_first_line_the_alias_keeps_its_doubt(gazetteer):
    words = linked_words(gazetteer, PAGE.format(headline="WEEKEND RESULTS AND STANDINGS."))
    assert "Ballarat" not in words and "Bendigo" not in words
