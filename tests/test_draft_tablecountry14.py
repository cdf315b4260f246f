"""A results table's cell that is a country's name and a club's city ("Monaco" of a club
registered as "AS Monaco ZC"): the club in a table of clubs, where no other cell names a
country; the country (or a doubt) in a table of national sides (generator/draft/tables.py,
read by linker.py). The clubs are made up; Monaco and Italy are real, since the gazetteer
knows countries and GeoNames cities."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        as-monaco-zc:
          name: AS Monaco ZC
        zorbton-zc:
          name: Zorbton ZC
          aliases: [Zorbton]
        quelvo-zc:
          name: Quelvo ZC
          aliases: [Quelvo]
        examplia-zc:
          name: Examplia ZC
          aliases: [Examplia]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("tablecountry") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_countrys_name_in_a_table_of_clubs_is_the_club(gazetteer):
    text = "Results of matches played on Saturday:\nZorbton 2 Monaco 1\nQuelvo 0 Examplia 0\n"
    assert linked_words(gazetteer, text).get("Monaco") == "as-monaco-zc"


def test_a_league_table_of_clubs(gazetteer):
    text = ("Standings after Saturday's matches:\nZorbton 3 2 1 0 4 2 7\nMonaco 3 1 1 1 5 3 4\n"
            "Quelvo 3 1 1 1 5 4 4\nExamplia 3 0 1 2 1 5 1\n")
    assert linked_words(gazetteer, text).get("Monaco") == "as-monaco-zc"


def test_in_a_table_of_national_sides_the_cell_is_not_the_club(gazetteer):
    text = "Results of matches played on Saturday:\nItaly 2 Monaco 1\nZorbton 0 Examplia 0\nQuelvo 1 Examplia 1\n"
    assert linked_words(gazetteer, text).get("Monaco") != "as-monaco-zc"
