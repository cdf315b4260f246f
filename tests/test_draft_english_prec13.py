"""Draft, round 13 (dengprec13): English news read for what draft got wrong or missed itself.
Synthetic names only (invented people, parties and bodies; real countries)."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_words, people_found, write_corpus

PEOPLE = """
    xavor-quendlik:
      name: Xavor Quendlik
    xavor-quendlik-2:
      name: Maxim Zorblevic
      aliases: [Zorblevic]
    z-quorvandi:
      name: Z. Quorvandi
      aliases: [Quorvandi]
"""


def test_a_full_name_spelt_otherwise_around_a_registered_surname(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "x" heard as "ks": the full name in another transliteration, its surname as registered; the
    # surname alone is only one word of the name, which must not stop the full name around it.
    assert found("Security chief Ksavor Quendlik met the envoy on Monday.") == {
        "Ksavor Quendlik": "xavor-quendlik"}
    # The same where the registry lists the surname alone as an alias.
    assert found("Security chief Maksim Zorblevic met the envoy. Zorblevic said little.") == {
        "Maksim Zorblevic": "xavor-quendlik-2", "Zorblevic": "xavor-quendlik-2"}
    # Another given name altogether is another person: nothing.
    assert found("Security chief Piotr Zorblevic met the envoy on Monday.") == {}


def test_a_registered_initial_written_out_beside_the_registered_surname_alias(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "Quorvandi" is registered alone too; it was left out as "a word of another full name here",
    # and that full name is the registered initial written out.
    assert found("Central bank governor Zakaria Quorvandi said on Thursday that the deficit was "
                 "sustainable. Quorvandi said growth would hold.") == {
        "Zakaria Quorvandi": "z-quorvandi", "Quorvandi": "z-quorvandi"}
    # A given name with another first letter is another person's full name: still left out.
    assert found("Central bank governor Bakari Quorvandi said on Thursday that the deficit was "
                 "sustainable. Quorvandi said growth would hold.") == {}


ORGANIZATIONS = {
    "organizations/o.yml": """
        zorbic-greens:
          name: Alliance 77/The Zorbs
          aliases: [Green Party]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("prec13") / "c", ORGANIZATIONS)
    return build_gazetteer(read_model(root))


def test_a_longer_name_named_first_is_what_its_head_means_after(gazetteer):
    text = ("Jan Quort, the deputy leader of the opposition Democratic Green Party of Rwanda, was found "
            "dead on Tuesday. \"We want democracy,\" Piet Zorbal, president of Rwanda's Green Party, told "
            "reporters by telephone.")
    assert "Green Party" not in linked_words(gazetteer, text)
    assert "the longer name 'Democratic Green Party' before it, shortened" in doubt_reasons(gazetteer, text)


def test_the_registered_name_before_any_longer_one_is_still_found(gazetteer):
    # Named alone first, it is the registered party; and a longer name's first words are no short
    # form of it.
    text = ("Piet Zorbal, president of the Green Party, told reporters on Tuesday that the Democratic "
            "Green Party of Rwanda had no part in the talks.")
    assert linked_words(gazetteer, text)["Green Party"] == "zorbic-greens"


def test_a_description_before_the_registered_name_makes_no_short_form(gazetteer):
    # A name word before it with no "of ..." after: a description as often as a longer name
    # ("Bundesliga Champions Bayern Munich"), so the registered name after it stays the party.
    text = ("Opposition Leaders Green Party met on Tuesday in Kigali. Piet Zorbal, president of the "
            "Green Party, told reporters the talks had failed.")
    assert linked_words(gazetteer, text)["Green Party"] == "zorbic-greens"


PAPERS = {
    "organizations/o.yml": """
        the-sentinel:
          name: The Sentinel
          aliases: [Sentinel]
    """,
}


def test_a_papers_word_alias_before_newspaper_is_the_paper(tmp_path):
    # The registry lists the paper's name without its "The" ("Sentinel"), one word of its name, weak
    # by itself; "Britain's Sentinel newspaper" says it is the paper, as it does without that alias.
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", PAPERS)))
    text = "\"Your model of democracy is not mine,\" he told Britain's Sentinel newspaper on Monday."
    assert linked_words(gazetteer, text)["Sentinel"] == "the-sentinel"
    # Without the paper's word it stays one word of a longer name.
    assert "Sentinel" not in linked_words(gazetteer, "He met the envoy on Monday, Sentinel Quort said.")
