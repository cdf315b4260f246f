"""English organizations (sixteenth round, DWIE dev and AIDA testa read one by one): an
organization's registered initials written all in lower case, as some bodies write their own
("dpa"; case_rules._initials_in_lower_case); a longer name around a registered alias whose other
words are the registered name's own ("International Red Cross"; longer.words_of_its_own_name); the
one namesake left of a body's bare name, tied to a country other than the story's dateline's
(bodies.another_countrys_than_the_story); a state body's head word registered as its one-word alias,
in a story filed from the body's country (homes._alias_of_a_body_at_home). Every organization here is made up ("Zorbic Press
Agency", "ZPA"); the countries are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbic-press-agency:
          name: Zorbic Press Agency
          aliases: [ZPA]
        quarvian-union:
          name: Quarvian Union
          aliases: [QUM]
        kelt-institute:
          name: Kelt Institute
          aliases: [CAT, CATS]
        high-zorbic-court-france:
          name: High Zorbic Court
          aliases: [Supreme Court]
        supreme-court-of-norway:
          name: Supreme Court of Norway
          aliases: [Supreme Court]
        zorbic-committee:
          name: International Committee of the Zorbic Shield
          aliases: [Zorbic Shield]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("englishorgs16") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Talks in Vienna ended on Monday, an official told the news agency zpa.",
    "At least 21 people died, zpa news agency reported from Nairobi.",
    'The minister said the reform would pass, according to zpa. "We will vote," he said.',
])
def test_registered_initials_written_in_lower_case_are_the_organization(gazetteer, text):
    assert "zorbic-press-agency" in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Read more at www.zpa.com about the talks in Vienna.",       # an address
    "The talks in Vienna ended on Monday. zpa/qr (Reuters)",     # a list of initials
    "Output rose to 40 qum a day in Norway, the ministry said.",  # a unit after a figure
    "The farmer fed the cat before the talks in Vienna began.",   # a dictionary word
    "The farmer fed the cats before the talks in Vienna began.",  # and its plural
])
def test_lower_case_letters_that_are_no_name_stay_out(gazetteer, text):
    assert not linked_ids(gazetteer, text) & {"zorbic-press-agency", "quarvian-union", "kelt-institute"}


def test_initials_of_two_letters_need_their_capitals(gazetteer, tmp_path):
    root = write_corpus(tmp_path / "c", {"organizations/o.yml": "zorb-party:\n  name: Zorb Party\n  aliases: [ZP]\n"})
    small = build_gazetteer(read_model(root))
    assert "zorb-party" not in linked_ids(small, "Prices rose, zp said in a statement in Vienna.")


@pytest.mark.parametrize("text", [
    "The International Zorbic Shield sent doctors to the camp near Nairobi on Monday.",
    "Officials of the Zorbic Shield Committee visited the camp near Nairobi on Monday.",
])
def test_a_longer_name_of_the_alias_and_words_of_its_own_name_is_the_body(gazetteer, text):
    assert "zorbic-committee" in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text", [
    "The Quarvish Zorbic Shield sent doctors to the camp near Nairobi on Monday.",
    "The Zorbic Shield Society sent doctors to the camp near Nairobi on Monday.",
])
def test_a_longer_name_with_a_word_of_its_own_is_another_body(gazetteer, text):
    assert "zorbic-committee" not in linked_ids(gazetteer, text)


STORY = """Kenyan editor pardoned.
{place} 1996-08-30
The editor stepped out of the old French colonial-era prison on Friday.
The Supreme Court had sent him to jail in August, and Kenya's president pardoned him."""


def test_the_one_namesake_left_of_another_country_than_the_storys_is_not_taken(gazetteer):
    ids = linked_ids(gazetteer, STORY.format(place="NAIROBI"))
    assert "high-zorbic-court-france" not in ids
    assert "supreme-court-of-norway" not in ids


def test_the_one_namesake_left_of_the_storys_country_is_taken(gazetteer):
    assert "high-zorbic-court-france" in linked_ids(gazetteer, STORY.format(place="PARIS"))


NAVY = {"organizations/o.yml": "zorbic-navy-norway:\n  name: Navy of Norway\n  aliases: [Navy, Zorbic Fleet]\n"}
FLEET_NEWS = "Fleet news.\n{dateline}The 30-year plan of the Navy was approved on Friday, officials said."


@pytest.fixture(scope="module")
def navy(tmp_path_factory):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp("navy16") / "c", NAVY)))


def test_a_state_bodys_registered_head_word_in_a_story_from_its_country_is_the_body(navy):
    assert "zorbic-navy-norway" in linked_ids(navy, FLEET_NEWS.format(dateline="OSLO 1996-08-30\n"))


@pytest.mark.parametrize("dateline", ["STOCKHOLM 1996-08-30\n", ""])
def test_elsewhere_or_with_no_dateline_the_head_word_stays_weak(navy, dateline):
    assert "zorbic-navy-norway" not in linked_ids(navy, FLEET_NEWS.format(dateline=dateline))
