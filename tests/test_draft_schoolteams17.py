"""A school's name right before a sport's name names its team, not the school (seventeenth round,
misreadings._a_schools_team): "the Alabama versus Zorbton State football game". The schools are
made up ("Zorbton State University", registered with "Zorbton State" as its alias)."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbton-state-university:
          name: Zorbton State University
          aliases: [Zorbton State]
        quelvo-college:
          name: Quelvo College
        quelvo-college-rugby:
          name: Quelvo College Rugby Football Club
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("schoolteams17") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text, school", [
    ("A snippet of the song debuted during the Alabama versus Zorbton State football game on Saturday.",
     "zorbton-state-university"),
    ("The Quelvo College basketball coach resigned on Monday after a losing season.", "quelvo-college"),
])
def test_a_schools_name_before_a_sport_is_its_team(gazetteer, text, school):
    assert school not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text, body", [
    ("Students at Quelvo College protested on Monday against the rise in fees.", "quelvo-college"),
    ("Tuition at Zorbton State rose by 5 percent, Zorbton State University said.", "zorbton-state-university"),
    # a team registered with its sport in its name is that team
    ("The Quelvo College Rugby Football Club rugby season opens on Monday.", "quelvo-college-rugby"),
])
def test_a_school_or_its_registered_team_stays(gazetteer, text, body):
    assert body in linked_ids(gazetteer, text)
