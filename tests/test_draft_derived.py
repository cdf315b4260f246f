"""Organizations written in a form derived from their registered name (generator/draft/derived.py),
on a synthetic registry: every organization is made up ("Zorbland Telegraph Agency", "Quarx
Motor Company"); the countries are pycountry's."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zort:
          name: ZORT
          aliases: [Zorbland Telegraph Agency]
        zrt:
          name: ZRT
        moot:
          name: MOOT
        zorbex:
          name: Zorbex Rangers
          aliases: [ZORBEX]
        constructivists:
          name: Constructivist Party
        plowmen:
          name: Ploughshare Party
        progressivists-norway:
          name: Progressivist Party (Norway)
        quarx:
          name: Quarx Motor Company
        quarx-foundation:
          name: Quarx Foundation
        zorbford:
          name: University of Zorbford
        quuxford:
          name: Quuxford University
        vintco:
          name: Vintco Corp
        pillar:
          name: Pillar Motor Company
        zorbra:
          name: Zorbra News Agency
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("derived") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_long_acronym_in_title_case_is_the_registered_acronym(gazetteer):
    text = "Officials told the Zort news agency on Monday that talks would resume.\n"
    assert linked_words(gazetteer, text) == {"Zort": "zort"}


def test_a_long_acronym_in_title_case_needs_the_texts_support(gazetteer):
    assert linked_words(gazetteer, "Officials said Zort had left on Monday.\n") == {}


def test_three_letters_keep_their_case(gazetteer):
    assert linked_words(gazetteer, "Officials told the Zrt news agency on Monday.\n") == {}


def test_a_title_case_acronym_that_is_a_dictionary_word_is_the_word(gazetteer):
    assert linked_words(gazetteer, "The question was Moot by then, officials said.\n") == {}


def test_a_word_of_a_registered_name_in_capitals_is_no_acronym(gazetteer):
    # "ZORBEX" is the Zorbex Rangers' name in a results table's capitals, not letters standing for it.
    assert "Zorbex" not in linked_words(gazetteer, "Fans of Zorbex gathered on Monday.\n")


def test_a_title_case_acronym_beside_another_capitalised_word_is_part_of_another_name(gazetteer):
    assert linked_words(gazetteer, "The actress Zort Khan said she was pleased.\n") == {}


POLITICS = "The opposition party said the vote would be close. "


def test_a_partys_members_plural_in_a_text_about_politics(gazetteer):
    text = POLITICS + "The Constructivists lost four seats, and their rivals gained.\n"
    assert linked_words(gazetteer, text) == {"Constructivists": "constructivists"}


def test_a_partys_members_plural_needs_a_text_about_politics(gazetteer):
    assert linked_words(gazetteer, "The Constructivists exhibited their paintings in a gallery.\n") == {}
    text = "The vote was close. The Constructivists exhibited their paintings in a gallery.\n"
    assert linked_words(gazetteer, text) == {}  # politics, but no party
    assert linked_words(gazetteer, POLITICS + "Constructivists lost four seats.\n") == {}  # a sentence's first word


def test_a_partys_bare_word_alone_is_not_read(gazetteer):
    # Measured and dropped: a noun ("Labour") as often named another country's party.
    assert linked_words(gazetteer, POLITICS + "Ploughshare MP Jane Roe agreed. Ploughshare's leader did not.\n") == {}


def test_a_partys_derived_form_only_where_its_country_is_named(gazetteer):
    text = "The ruling Progressivists won the vote, the party said."
    assert linked_words(gazetteer, text + "\n") == {}
    assert linked_words(gazetteer, text + " Norway's king approved.\n").get("Progressivists") == "progressivists-norway"


def test_a_legal_form_written_otherwise(gazetteer):
    found = linked_words(gazetteer, "Quarx Motor Co and Vintco Corporation signed a deal on Monday.\n")
    assert found == {"Quarx Motor Co": "quarx", "Vintco Corporation": "vintco"}


def test_a_university_in_the_other_order(gazetteer):
    found = linked_words(gazetteer, "Scientists at Zorbford University and the University of Quuxford agreed.\n")
    assert found == {"Zorbford University": "zorbford", "University of Quuxford": "quuxford"}


def test_an_organizations_first_word_after_the_rest_of_its_name(gazetteer):
    text = "The official state news agency Zorbra said talks would resume.\n"
    assert linked_words(gazetteer, text) == {"Zorbra": "zorbra"}
    assert linked_words(gazetteer, "Zorbra said talks would resume.\n") == {}


def test_a_members_word_alone_is_a_member_not_the_party(gazetteer):
    text = POLITICS + "Senator Jane Roe, Constructivist from Zorbtown, agreed.\n"
    assert linked_words(gazetteer, text) == {}


def test_a_word_the_text_uses_in_a_persons_name_is_no_acronym(gazetteer):
    text = "Officials met Jane Zort on Monday. Zort told the news agency the talks went well.\n"
    assert "Zort" not in linked_words(gazetteer, text)


def test_an_organizations_first_word_alone_is_left_to_its_full_name(gazetteer):
    # Measured and dropped: after the full name the entity is referenced already; alone, the word
    # added only wrong references (held-out AIDA and ELEVANT test).
    text = "A truck maker in which Quarx Motor Co has a stake reported losses.\nQuarx owns 20 percent of it.\n"
    assert linked_words(gazetteer, text) == {"Quarx Motor Co": "quarx"}


def test_a_partys_bare_word_before_another_word_is_an_adjective(gazetteer):
    text = POLITICS + "The head of the Ploughshare parliamentary group spoke.\n"
    assert linked_words(gazetteer, text) == {}
