"""Club letters that say no sport, round 18: "RC" (Racing Club), "SV" (Sportverein), "AS"
(Association Sportive) say a club but not its game, so a club named so is read by its other words
on a sports page where it is the one registered team of that short name (teamnames._fits,
sports.generic_club_letters). The registry is synthetic."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.sports import generic_club_letters
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

CLUBS = """
        rc-zorbique:
          name: RC Zorbique
        quelvo-f-c:
          name: Quelvo F.C.
        sv-vexlingen:
          name: SV Vexlingen
"""
# The same, with a rugby club of Zorbique's too: "Zorbique" alone may be either.
TWO_OF_ZORBIQUE = CLUBS + """
        zorbique-rugby-club:
          name: Zorbique Rugby Club
"""


def _gazetteer(tmp_path_factory, clubs: str):
    root = write_corpus(tmp_path_factory.mktemp("clubletters18") / "c", {"organizations/o.yml": clubs})
    return build_gazetteer(read_model(root))


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return _gazetteer(tmp_path_factory, CLUBS)


@pytest.fixture(scope="module")
def two_clubs(tmp_path_factory):
    return _gazetteer(tmp_path_factory, TWO_OF_ZORBIQUE)


SOCCER = ("SOCCER - ZORBIQUE STAY TOP OF THE ZORBIC LEAGUE.\nPARIS 1996-08-28\n"
          "Zorbique beat Quelvo 2-1 on Wednesday and stay top of the table, one point ahead of Vexlingen.\n")


def test_a_club_whose_letters_say_no_sport_is_read_by_its_name_on_a_sports_page(gazetteer):
    words = linked_words(gazetteer, SOCCER)
    assert words.get("Zorbique") == "rc-zorbique"
    assert words.get("Vexlingen") == "sv-vexlingen"
    assert words.get("Quelvo") == "quelvo-f-c"


def test_the_letters_say_no_sport_so_another_sports_page_reads_the_club_too(gazetteer):
    # "RC" is a rugby club's letters as often as a football club's.
    text = ("RUGBY UNION - ZORBIC CHAMPIONSHIP RESULTS.\nPARIS 1996-08-28\n"
            "Zorbique beat the visitors 24-10 on Saturday and stay top of the table.\n")
    assert linked_words(gazetteer, text).get("Zorbique") == "rc-zorbique"


def test_with_another_registered_team_of_that_name_the_football_page_abstains(two_clubs):
    # Zorbique's rugby club could be meant as well: the letters tell nothing.
    assert "Zorbique" not in linked_words(two_clubs, SOCCER)


def test_club_letters_are_letters_as_a_name_writes_them():
    assert generic_club_letters("RC") and generic_club_letters("S.V.") and generic_club_letters("VfB")
    assert not generic_club_letters("as") and not generic_club_letters("As") and not generic_club_letters("FC")
