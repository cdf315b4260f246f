"""Round 13 (delv13, ELEVANT's RSS-500 news sentences): a registered short name that opens its
organization's full name, read straight on by a capitalised plural the full name does not go on
with, opens another name ("the Tampa Bay Rays" is not the Tampa Bay Lightning). On a synthetic
registry of made-up clubs ("Zorbton Bay Comets", registered also as "Zorbton Bay"). And a team's
nickname right before a player's or coach's role and its holder ("Comets quarterback Bo Quarx") is
the team on any page, where exactly one registered team has that nickname."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbton-bay-comets:
          name: Zorbton Bay Comets
          aliases: [Zorbton Bay]
        quelvo-wharf-holdings:
          name: Quelvo Wharf Holdings
          aliases: [Quelvo Wharf, Quelvo Wharf Traders]
        boston-comets:
          name: Boston Comets
        chicago-rockets:
          name: Chicago Rockets
        denver-rockets:
          name: Denver Rockets
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("snippets13") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_short_name_read_on_by_another_plural_opens_another_name(gazetteer):
    text = "Vint pitched a perfect game, overpowering the Zorbton Bay Rockets in a 1-0 victory on Wednesday.\n"
    assert "Zorbton Bay" not in linked_words(gazetteer, text)
    assert "the opening of another name, 'Zorbton Bay Rockets'" in doubt_reasons(gazetteer, text)


def test_the_short_name_alone_its_full_name_and_its_own_next_word_are_still_the_body(gazetteer):
    assert linked_words(gazetteer, "Vint scored twice as the Zorbton Bay Comets won 3-1.\n") \
        == {"Zorbton Bay Comets": "zorbton-bay-comets"}
    assert linked_words(gazetteer, "Vint scored twice as Zorbton Bay won 3-1 on Friday.\n").get("Zorbton Bay") \
        == "zorbton-bay-comets"
    # an alias going on with the word ("Quelvo Wharf Traders") keeps its word's reading
    assert linked_words(gazetteer, "Shares of Quelvo Wharf rose after Quelvo Wharf Traders bought more.\n") \
        .get("Quelvo Wharf Traders") == "quelvo-wharf-holdings"


def test_a_possessive_or_a_singular_after_the_short_name_is_no_other_name(gazetteer):
    text = "Vint left Zorbton Bay on Friday after the Zorbton Bay owner's decision.\n"
    assert "opening of another name" not in doubt_reasons(gazetteer, text)


def test_a_title_case_headline_capitalises_its_verbs_too(gazetteer):
    text = "Zorbton Bay Wins Again In Extra Innings\nVint scored twice as Zorbton Bay won.\n"
    assert "Zorbton Bay Wins" not in doubt_reasons(gazetteer, text)


def test_a_nickname_before_a_players_or_coachs_role_is_the_one_team_of_that_nickname(gazetteer):
    for text in ("Comets quarterback Bo Quarx was released from jail on Sunday.\n",
                 "`` It was a fine job , '' Comets manager Ada Vint said .\n"):
        assert linked_words(gazetteer, text).get("Comets") == "boston-comets"


def test_a_nickname_without_a_role_or_shared_by_two_teams_is_left_alone(gazetteer):
    assert "Comets" not in linked_words(gazetteer, "The Comets left Daytona with half the task done.\n")
    assert "Rockets" not in linked_words(gazetteer, "Rockets coach Ada Vint said little.\n")  # Chicago's or Denver's
    # after another capitalised word: another team of that nickname
    text = "Ada Vint, the Zorbton Comets coach, met Quelvo Comets coach Bo Quarx.\n"
    assert "Comets" not in linked_words(gazetteer, text)
