"""Rules that bench.draft_rules found weak on the dev corpora, made to ask for more support.
The registries and texts are synthetic ("Zorbland", "Quelvia"): made-up names, no real news."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        democratic-party-quelvia:
          name: Democratic Party
        liberal-democratic-party-zorbland:
          name: Liberal Democratic Party (Zorbland)
        liberal-democratic-party-quelvia:
          name: Liberal Democratic Party (Quelvia)
        social-democratic-party-zorbland:
          name: Social Democratic Party
        council-of-the-zorbic-union:
          name: Council of the Zorbic Union
        zorbic-union:
          name: Zorbic Union
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("rules"), REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    # The longer name is registered for two namesakes, so the draft leaves it out as unsure: its
    # last words are no mention of the shorter name's party for that.
    "The row has caused jitters among the coalition partners, the prime minister's Liberal Democratic Party ( LDP ), the biggest grouping, and others.",
    # The longer name is found: the shorter one at its end is part of it, not a second party.
    "The coalition's partner, the Social Democratic Party, left the cabinet on Monday.",
])
def test_a_registered_name_ending_a_longer_registered_name_is_no_mention_of_its_own(gazetteer, text):
    assert "democratic-party-quelvia" not in linked_ids(gazetteer, text)


def test_a_name_after_the_longer_names_of_is_still_found_inside_it_and_alone(gazetteer):
    # "of the Zorbic Union": the owner a body's name names is a mention of that owner.
    text = "Ministers met at the Council of the Zorbic Union in Zorbton on Monday."
    assert {"council-of-the-zorbic-union", "zorbic-union"} <= linked_ids(gazetteer, text)
    assert "democratic-party-quelvia" in linked_ids(gazetteer, "Leaders of the Democratic Party met on Tuesday.")


def test_the_two_namesakes_of_the_longer_name_stay_a_doubt(gazetteer):
    text = "The row has caused jitters among the coalition partners, the prime minister's Liberal Democratic Party ( LDP ), the biggest grouping, and others."
    assert "liberal-democratic-party" in doubt_reasons(gazetteer, text)
