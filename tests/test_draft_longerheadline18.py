"""A longer name a sentence spells keeps that reading on a headline's or a caption's line
(eighteenth round, longer.NameRuns._in_a_sentence): on a line that capitalises most words the
longer-name rule stands aside, since a capital says nothing there ("Zorbco Signs Deal"), but the
same capitalised run written in a sentence of the text was read as another, longer name ("New
Lumen Party's Jan Quort" in a sentence, "New Lumen Party's Ana Velt" under a photograph). The
registry is made up: a magazine "Lumen" and a "Trade Council"."""

from __future__ import annotations

import pytest

from .conftest import linked_ids, organizations_gazetteer

BODIES = {
    "lumen-magazine": {"name": "Lumen"},
    "trade-council": {"name": "Trade Council"},
}

DATELINE = "WASHINGTON 1996-08-22\n"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return organizations_gazetteer(tmp_path_factory.mktemp("longerheadline18"), BODIES)


@pytest.mark.parametrize("text, body", [
    # a caption line after a sentence that spells the longer name
    (DATELINE + "The candidates elected were New Lumen Party's Jan Quort and two others.\n"
     "New Lumen Party's Ana Velt\n", "lumen-magazine"),
    # a title-case headline before the sentence
    ("Quelvo Trade Council Backs Deal\n" + DATELINE
     + "The Quelvo Trade Council, a lobby of farmers, backed the deal on Monday.\n", "trade-council"),
])
def test_a_longer_name_spelled_in_a_sentence_holds_in_the_headline(gazetteer, text, body):
    assert body not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text, body", [
    # the run is written on headline lines only: capitals there say nothing, as before
    ("Quelvo Trade Council Backs Deal\n" + DATELINE
     + "Farmers said on Monday that the Trade Council backed the deal.\n", "trade-council"),
    # the sentence names the registered body alone
    (DATELINE + "Editors of Lumen said the magazine would close.\nNew Lumen Party's Ana Velt\n", "lumen-magazine"),
])
def test_the_registered_name_stays(gazetteer, text, body):
    assert body in linked_ids(gazetteer, text)
