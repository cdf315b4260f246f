"""English people as news writes them (the twentieth round's reading of RSS-500's and ELEVANT's
people): a registered two-word name written with a middle initial the registry lacks ("Army
General Martin E. Dempsey" for Martin Dempsey) is that person, and so is the surname after it;
not where another registered spelling of those two words has a middle name of another initial.
Every person here is made up."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, linked_words, write_corpus

PEOPLE = {
    "people/p.yml": """
        zorb-blaxter:
          name: Zorb Blaxter
        quill-fenwick:
          name: Quill Fenwick
        quill-rufus-fenwick:
          name: Quill Rufus Fenwick
    """,
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("eng20") / "c", PEOPLE)))


def test_a_middle_initial_the_registry_lacks_is_the_registered_name(people):
    text = "Army General Zorb Q. Blaxter, chairman of the board, said the plan was sound. Blaxter left."
    assert linked_words(people, text) == {"Zorb Q. Blaxter": "zorb-blaxter", "Blaxter": "zorb-blaxter"}


@pytest.mark.parametrize("text", [
    "Officials said Quill T. Fenwick would attend the talks in Ohio.",  # T is not Rufus: two namesakes
    "Officials said Zorb Q Blaxter would attend the talks in Ohio.",  # no full stop: no initial
    "The list named Zorb, Q. Blaxter and others in Ohio.",  # a comma: no name of three words
])
def test_no_middle_initial_where_it_may_name_another(people, text):
    assert "zorb-blaxter" not in linked_ids(people, text) and "quill-fenwick" not in linked_ids(people, text)


def test_the_registered_middle_name_by_its_initial_is_still_that_one(people):
    assert linked_ids(people, "Officials said Quill R. Fenwick would attend.") == {"quill-rufus-fenwick"}


# A lone surname joined by "and" to one capitalised word that is no registered name, no person
# found and no English word is one of two people the registry does not know (or a firm's name):
# "Earle and Leas". A registered surname or name on the other side keeps it a list.
LONE = """
    zorb-fenwick:
      name: Zorb Fenwick
    quill-blaxter:
      name: Quill Blaxter
"""


@pytest.mark.parametrize("text, expected", [
    ("Councillor Ann Doe joined Fenwick and Quorrax at the meeting.", {}),
    ("Councillor Ann Doe joined Fenwick and Blaxter at the meeting.",
     {"Fenwick": "zorb-fenwick", "Blaxter": "quill-blaxter"}),
    ("The row between Fenwick and Parliament grew on Monday.", {"Fenwick": "zorb-fenwick"}),  # an English word
])
def test_a_surname_and_an_unknown_name_are_two_unregistered_people(tmp_path, text, expected):
    from .conftest import people_found

    assert people_found(tmp_path, LONE)(text) == expected
