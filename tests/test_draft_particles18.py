"""A lower-case particle inside a club's name, round 18: "FC Girondins de Bordeaux", "Sporting
Clube de Portugal". The place after the particle is the club's place, read as any club's city is
(clubs.club_words, clubs._without_particles): a weak short form, taken only in a text about clubs.
The registry is synthetic; the cities are real."""

from __future__ import annotations

import pytest

from generator.draft.clubs import club_short_forms, club_words
from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

CLUBS = """
        fc-zorbins-de-toulouse:
          name: FC Zorbins de Toulouse
        quelvo-f-c:
          name: Quelvo F.C.
"""


def unregistered(word: str) -> bool:
    return False


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("particles18") / "c", {"organizations/o.yml": CLUBS})
    return build_gazetteer(read_model(root))


def test_the_place_after_a_particle_is_the_clubs_city():
    assert club_words("FC Zorbins de Toulouse", unregistered) == ["Zorbins", "Toulouse"]
    assert "Toulouse" in club_short_forms("FC Zorbins de Toulouse", unregistered)


def test_a_results_line_reads_the_club_by_its_city(gazetteer):
    text = ("SOCCER - FRENCH LEAGUE RESULTS.\nPARIS 1996-08-28\n"
            "Results of French first division matches on Wednesday:\nToulouse 2 Quelvo 1\n")
    assert linked_words(gazetteer, text).get("Toulouse") == "fc-zorbins-de-toulouse"


def test_without_a_clubs_affix_a_particle_makes_no_club():
    # "Zorbversité de Toulouse" has no club's letters: a university, an institute, a bank.
    assert club_words("Zorbversité de Toulouse", unregistered) == []
    assert club_short_forms("Institut Zorbique de Toulouse", unregistered) == {}


def test_a_particle_only_between_capitalised_words():
    # Not at the name's edge, nor a capitalised word that looks like one ("De").
    assert club_words("FC de Toulouse", unregistered) == []
    assert club_words("FC Zorbins de toulouse", unregistered) == []
