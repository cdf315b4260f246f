"""Registered spellings the text reads as something else (generator/draft/otherwise.py,
longer.py, hooks in linker.py): an acronym the text defines by an unregistered long form,
a shorter name derived from a registered one opening a longer name, a place's name
registered as an organization's alias, and a name inside a hyphenated nickname. The
registry is synthetic: every organization is made up ("Zorbland Press", "Quelvoria Co");
the places are real, since the rule is about real places' names."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.otherwise import place_alias
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbland-press:
          name: Zorbland Press
          aliases: [ZP]
        quelvoria-co:
          name: Quelvoria Co
        zbx-inc:
          name: ZBX Inc
        examplia-government:
          name: Examplia Federal Government
          aliases: [Washington]
        examplia-rugby:
          name: Examplia national rugby union team
          aliases: [England]
        zorbfed:
          name: Zorbfed
        quelvo-anhalt-bank:
          name: Quelvo-Anhalt Bank
        zu:
          name: Zorbic Union
          aliases: [ZU]
        france-examplia-state:
          name: France
        scotland-zorbball:
          name: Scotland Zorbball Fifteen
          aliases: [Scotland]
        hamburg-zorbball:
          name: Hamburg Zorbball Club
          aliases: [Hamburg]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("fresh") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _linking(gazetteer, text: str):
    return link(text, tokenize(text), gazetteer)


def _ids(gazetteer, text: str) -> list[str]:
    return [m.target.id for m in _linking(gazetteer, text).mentions]


# An acronym the text defines as something else

def test_an_acronym_the_text_defines_by_an_unregistered_long_form_is_not_the_registered_one(gazetteer):
    text = "Doctors tested a zorbic pump (ZP) for years.\n\nThe ZP devices were approved on Monday."
    linking = _linking(gazetteer, text)
    assert "zorbland-press" not in [m.target.id for m in linking.mentions]
    assert any("the text defines 'ZP' as 'zorbic pump'" in d.reason for d in linking.doubts)


def test_an_acronym_defined_by_its_registered_name_is_still_the_registered_one(gazetteer):
    text = "The Zorbland Press (ZP) reported the news. ZP said more would follow."
    assert _ids(gazetteer, text).count("zorbland-press") == 3


def test_an_acronym_the_text_does_not_define_is_the_registered_one(gazetteer):
    assert _ids(gazetteer, "Officials told ZP on Monday that the talks had failed.") == ["zorbland-press"]


def test_a_long_form_whose_initials_do_not_spell_the_acronym_defines_nothing(gazetteer):
    # "(ZP)" after words that do not spell it is a reference, as in "told reporters (ZP)".
    assert "zorbland-press" in _ids(gazetteer, "The minister spoke to reporters (ZP) on Monday.")


def test_a_long_form_sharing_a_word_with_the_registered_name_may_be_its_other_spelling(gazetteer):
    # "Islamic State of Iraq and Syria (ISIS)" for an entry "... and the Levant": not something else.
    assert _ids(gazetteer, "The Zorbic Unity (ZU) met. ZU leaders spoke.").count("zu") == 2


# A derived shorter name opening a longer name

def test_a_name_without_its_legal_form_opening_a_longer_name_is_not_a_mention(gazetteer):
    linking = _linking(gazetteer, "The clinic was the first in Quelvoria Highlands to use the device.")
    assert not linking.mentions
    assert any("part of the longer name 'Quelvoria Highlands'" in d.reason for d in linking.doubts)


def test_an_acronym_without_its_legal_form_opening_a_show_name_is_not_a_mention(gazetteer):
    assert not _ids(gazetteer, 'He said so on "ZBX This Morning" on Friday.')


def test_a_name_without_its_legal_form_before_a_lower_case_word_is_a_mention(gazetteer):
    assert _ids(gazetteer, "Shares of Quelvoria rose after ZBX said it would buy them.") == ["quelvoria-co", "zbx-inc"]


def test_a_name_without_its_legal_form_before_a_title_in_capitals_is_a_mention(gazetteer):
    text = "Shares fell sharply on Monday after the Quelvoria CEO resigned from the board."
    assert _ids(gazetteer, text) == ["quelvoria-co"]


def test_a_name_without_its_legal_form_before_the_next_sentence_is_a_mention(gazetteer):
    assert _ids(gazetteer, "Analysts praised Quelvoria. Markets rose.") == ["quelvoria-co"]


def test_a_headline_in_title_case_says_nothing_by_its_capitals(gazetteer):
    assert _ids(gazetteer, "Quelvoria Shares Rise After Strong Quarter\n\nThe results were good.") == ["quelvoria-co"]


# A place's name registered as an organization's alias

def test_a_city_registered_as_an_organizations_alias_is_the_place_by_default(gazetteer):
    linking = _linking(gazetteer, "The institute's president wrote the letter.\nWashington, June 19\n")
    assert not linking.mentions
    assert any("also a place name" in d.reason for d in linking.doubts)


def test_a_region_registered_as_a_teams_alias_is_the_place_by_default(gazetteer):
    assert not _ids(gazetteer, "Rape support groups in England and Wales asked for more money.")


def test_a_place_alias_counts_when_the_text_names_the_organization_in_full(gazetteer):
    text = "The Examplia Federal Government raised tariffs. Washington said more would follow."
    assert _ids(gazetteer, text) == ["examplia-government", "examplia-government"]


def test_a_region_that_is_one_word_of_a_teams_name_is_the_place_by_default(gazetteer):
    assert not _ids(gazetteer, "Andy worked at clubs in Fulham and Scotland before.")


def test_a_region_registered_as_a_teams_alias_counts_in_a_text_naming_the_teams_sport(gazetteer):
    # The registered name says "rugby": a text about rugby reads "England" as the team.
    assert _ids(gazetteer, "England beat Wales 24-10 in the rugby final.") == ["examplia-rugby"]


def test_a_region_that_is_one_word_of_a_teams_name_counts_beside_a_kind_word(gazetteer):
    assert _ids(gazetteer, "The Scotland team won on Saturday.") == ["scotland-zorbball"]


def test_a_city_state_that_is_a_clubs_city_is_left_to_the_short_forms_city_rule(gazetteer):
    # Hamburg is a German state too; as one word of a club's name it is its city, read by
    # shortforms.py's city rule (a match report), not made a place here.
    form = next(f for f in gazetteer.index["hamburg"] if f.target.id == "hamburg-zorbball")
    assert form.partial
    assert not place_alias(form, tokenize("Hamburg"), "Hamburg", gazetteer, set())
    scotland = next(f for f in gazetteer.index["scotland"] if f.target.id == "scotland-zorbball")
    assert place_alias(scotland, tokenize("Scotland"), "Scotland", gazetteer, set())


def test_an_organization_named_exactly_like_a_country_still_means_both(gazetteer):
    # The linker's rule for an organization registered under a country's own name is kept.
    ids = _ids(gazetteer, "France signed the treaty on Monday.")
    assert sorted(ids) == ["FR", "france-examplia-state"]


# Part of a hyphenated nickname

def test_a_name_hyphened_to_one_capital_letter_is_a_nickname_not_a_mention(gazetteer):
    linking = _linking(gazetteer, "No talk show for K-Zorbfed this week, his agent said.")
    assert not linking.mentions
    assert any("hyphenated nickname with 'K'" in d.reason for d in linking.doubts)


def test_a_name_hyphened_to_another_name_is_still_a_mention(gazetteer):
    assert "zu" in _ids(gazetteer, "The ZU-US summit opened on Monday.")


def test_a_registered_hyphenated_name_is_found_whole(gazetteer):
    assert _ids(gazetteer, "Shares of Quelvo-Anhalt Bank fell.") == ["quelvo-anhalt-bank"]
