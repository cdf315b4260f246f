"""A state body's name that the words around it give to a country's part (seventeenth round,
statelevel.py): "the state Senate", "California's Senate", "the Supreme Court of Ohio" are a
state's bodies, not the registered national ones. The registry is made up (ids "zorbic-senate"
for a "Senate of the United States", found bare in a story filed from Washington); the countries and
their parts are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbic-senate:
          name: Senate of the United States
        quelt-high-court:
          name: Supreme Court of the United States
        ohio-quelt-court:
          name: Quelt Court of Ohio
          aliases: [High Court]
        varn-union:
          name: Varn Union
          aliases: [VUN]
    """,
}


DATELINE = "WASHINGTON 1996-08-22\n"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("statelevel17") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text, body", [
    ("The bill passed the state Senate in Albany on Monday, two senators said.", "zorbic-senate"),
    ("California's Senate passed the bill on Monday, two senators said.", "zorbic-senate"),
    ("Lawyers said the ruling of Ohio's Supreme Court would stand.", "quelt-high-court"),
    ("The Supreme Court of Ohio ruled on Monday that the law would stand.", "quelt-high-court"),
    ("Lawyers said the state Supreme Court would hear the case in May.", "quelt-high-court"),
])
def test_a_parts_body_is_not_the_nations(gazetteer, text, body):
    assert body not in linked_ids(gazetteer, DATELINE + text)


@pytest.mark.parametrize("text, body", [
    ("The bill passed the Senate on Monday, two senators in Washington said.", "zorbic-senate"),
    ("Lawyers said the ruling of the Supreme Court would stand in every state.", "quelt-high-court"),
    # the registered body's own name names the part: that part's body
    ("Lawyers said the ruling of Ohio's High Court would stand.", "ohio-quelt-court"),
    # a party or a firm based in a part is no level of government
    ("Voters in Bavaria's VUN branch said they would stay home on Monday.", "varn-union"),
])
def test_the_nations_body_and_a_parts_own_stay(gazetteer, text, body):
    assert body in linked_ids(gazetteer, DATELINE + text)
