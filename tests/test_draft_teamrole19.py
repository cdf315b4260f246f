"""A player's or a coach's role and its holder's name right after a short name that namesakes are
registered under (nineteenth round, sportspages.team_before_a_role): "ZSU coach Ada Vint" is the
school's team, the one namesake that is a team, not the school registered under "ZSU" too. The
registry is made up: a school and its team sharing initials, a company and a football club sharing
a name, two teams sharing one."""

from __future__ import annotations

import pytest

from .conftest import doubt_reasons, linked_words, organizations_gazetteer

BODIES = {
    "zsu-comets": {"name": "ZSU Comets", "aliases": ["ZSU"]},  # a team by its nickname after the initials
    "zorbton-state-university": {"name": "Zorbton State University", "aliases": ["ZSU"]},
    "quelvo-fc": {"name": "Quelvo F.C.", "aliases": ["Quelvo"]},  # a team by its sport's letters
    "quelvo-group": {"name": "Quelvo Group", "aliases": ["Quelvo"]},
    "brantic-rovers": {"name": "KVB Rovers", "aliases": ["KVB"]},  # two teams: the role says team, not which
    "brantic-hawks": {"name": "KVB Hawks", "aliases": ["KVB"]},
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return organizations_gazetteer(tmp_path_factory.mktemp("teamrole19"), BODIES)


@pytest.mark.parametrize("text, words, team", [
    ("ZSU coach Ada Vint said on Tuesday that the season was over.\n", "ZSU", "zsu-comets"),
    ("On Tuesday ZSU quarterback Bo Quarx was ruled out for the season.\n", "ZSU", "zsu-comets"),
    ("On Monday the club said Quelvo striker Ida Brant would miss the final.\n", "Quelvo", "quelvo-fc"),
])
def test_the_one_team_before_a_role(gazetteer, text, words, team):
    assert linked_words(gazetteer, text).get(words) == team


@pytest.mark.parametrize("text, words", [
    # no role after the name: the text does not say which
    ("ZSU officials said on Tuesday that the season was over.\n", "ZSU"),
    # a role word with no holder's name after it
    ("On Tuesday ZSU named a new coach for next season.\n", "ZSU"),
    # a role a company's staff hold too: a team or the company
    ("On Monday the group said Quelvo manager Ida Brant would leave in June.\n", "Quelvo"),
    # two teams among the namesakes: the role says a team, not which
    ("KVB coach Ada Vint said on Tuesday that the season was over.\n", "KVB"),
])
def test_no_one_team_no_choice(gazetteer, text, words):
    assert words not in linked_words(gazetteer, text)
    assert "could be" in doubt_reasons(gazetteer, text)
