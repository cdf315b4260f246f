"""A country's part's capitalised name right before a state body's name (eighteenth round,
statelevel._part_right_before): "the Ohio House of Representatives" is Ohio's house, not the
registered national one, also where the line reads as a headline (a short title-case sentence,
a capitals headline), where the longer-name rule (longer.py) stands aside. The registry is made
up (a "Zorbic House of Representatives" with the bare alias "House of Representatives", a
"Senate of the United States", found bare in a story filed from Washington); the countries' parts are real."""

from __future__ import annotations

import pytest

from .conftest import linked_ids, organizations_gazetteer

BODIES = {
    "zorbic-house": {"name": "Zorbic House of Representatives", "aliases": ["House of Representatives"]},
    "quelt-senate": {"name": "Senate of the United States"},  # found bare in a story from Washington
    "quelt-court": {"name": "Zorbic Supreme Court", "aliases": ["High Court of Justice"]},
}

DATELINE = "WASHINGTON 1996-08-22\n"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return organizations_gazetteer(tmp_path_factory.mktemp("statelevel18"), BODIES)


@pytest.mark.parametrize("text, body", [
    # a short title-case sentence, read as a headline's line
    (DATELINE + "The Ohio House of Representatives voted on Monday.\n", "zorbic-house"),
    # a title-case headline on the first line
    ("Ohio House of Representatives Votes On Budget\n" + DATELINE + "Lawmakers met on Monday.\n", "zorbic-house"),
    (DATELINE + "The Texas Senate met.\n", "quelt-senate"),
    (DATELINE + "The Ohio High Court of Justice met.\n", "quelt-court"),
])
def test_a_parts_name_right_before_the_body(gazetteer, text, body):
    assert body not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text, body", [
    # the nation's seat the part elects, in a headline ("Senate" alone would be taken there)
    ("Texas Senate Race Tightens\n" + DATELINE + "Pollsters said on Monday it was close.\n", "quelt-senate"),
    # a part named by its place in the country ("Central", a region of several countries) is no
    # part's name here
    (DATELINE + "The Central High Court of Justice met.\n", "quelt-court"),
    # no part before it
    (DATELINE + "The Senate met.\n", "quelt-senate"),
    (DATELINE + "The House of Representatives voted on Monday.\n", "zorbic-house"),
])
def test_the_nations_body_stays(gazetteer, text, body):
    assert body in linked_ids(gazetteer, text)
