"""Organizations' precision in news stories, round 10 (institutions.py, placealiases.py with
lexicon.py, and the rules below). The registry is synthetic: every organization is made up
("Zorbwerke", "Examplia Motors"); the cities are real, since the rules read GeoNames."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.lexicon import spells_the_city
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbwerke-nurnberg:
          name: Zorbwerke Nürnberg
          aliases: [Nuremberg]
        zorbco:
          name: Zorbco
        quelvo-city:
          name: Quelvo City
        examplia-motors:
          name: Examplia Motors
          aliases: [Examplia]
        brisbane-filed-as-a-body:
          name: Brisbane
        zorbpalace-f-c:
          name: Zorbpalace F.C.
          aliases: [Zorbpalace]
        denver-zorbcats:
          name: Denver Zorbcats
          aliases: [Denver, Zorbcats]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("orgprec4") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_city_is_spelt_by_its_geonames_alternate_names_with_accents():
    assert spells_the_city("Nuremberg", "Nürnberg")
    assert spells_the_city("Munich", "München")
    assert not spells_the_city("Nuremberg", "München")
    assert not spells_the_city("Zorbwerke", "Nürnberg")  # no city of that name


def test_a_clubs_english_city_name_is_the_city_outside_sport(gazetteer):
    # The club is registered under the city's local spelling; the text writes the English one.
    text = "A man shot a policeman near the southern city of Nuremberg, the police said on Friday."
    assert "zorbwerke-nurnberg" not in linked_ids(gazetteer, text)


def test_a_clubs_english_city_name_stays_the_club_on_a_table_row(gazetteer):
    text = "Soccer - German first division standings.\nNuremberg 12 7 3 2 20 11 24\n"
    assert "zorbwerke-nurnberg" in linked_ids(gazetteer, text)


def test_a_one_word_name_running_on_into_an_institutions_name_is_another_body(gazetteer):
    assert "zorbco" not in linked_ids(gazetteer, "Grants from the Zorbco Foundation reached 40 schools last year.")
    assert "zorbco" not in linked_ids(gazetteer, "Copper fell on the Zorbco Metal Exchange on Tuesday.")
    # The body itself, followed by an ordinary word or a capitalised non-institution word, stays.
    assert linked_words(gazetteer, "Zorbco said on Tuesday it would cut 300 jobs.") == {"Zorbco": "zorbco"}
    assert "zorbco" in linked_ids(gazetteer, "Shares in Zorbco Inc fell on Tuesday.")


def test_a_two_word_name_running_on_into_an_exchange_is_another_body(gazetteer):
    text = "Shares of Zenlo rose $ 2 on the Quelvo City Stock Exchange on Monday."
    assert "quelvo-city" not in linked_ids(gazetteer, text)


def test_a_name_between_at_and_near_a_place_is_a_site(gazetteer):
    text = "In 1911 the first rally of the Zorbland scouts was held at Zorbpalace near London."
    assert "zorbpalace-f-c" not in linked_ids(gazetteer, text)
    # Who one works for, or who fought near a place, is still the body.
    assert "zorbpalace-f-c" in linked_ids(gazetteer, "He spent ten years at Zorbpalace in London, the club said.")
    assert "zorbpalace-f-c" in linked_ids(gazetteer, "He spent ten years at Zorbpalace, near London, as a coach.")


def test_a_teams_city_before_an_office_or_a_suburb_is_the_place(gazetteer):
    # In a text about sport too, where the team's city alone is otherwise read as the team.
    text = "Soccer - Zorbland league. Tickets are sold at the Denver office, the league said."
    assert "denver-zorbcats" not in linked_ids(gazetteer, text)
    assert "the place 'Denver' before 'office'" in doubt_reasons(gazetteer, text)
    assert "denver-zorbcats" not in linked_ids(gazetteer, "Soccer - Zorbland league. Denver police said two fans were held.")


def test_a_place_registered_as_an_organization_before_a_papers_word_is_the_papers_name(gazetteer):
    # A registry made from every linked mention may file a city among organizations.
    text = "The company was responding to an article in Sunday's Brisbane Times."
    assert "brisbane-filed-as-a-body" not in linked_ids(gazetteer, text)
    assert "part of the paper's name 'Brisbane Times'" in doubt_reasons(gazetteer, text)
    assert "brisbane-filed-as-a-body" in linked_ids(gazetteer, "Brisbane said on Monday it would build 300 homes.")


def test_a_contact_line_whose_number_closes_its_bracket_is_no_mention(gazetteer):
    text = "Zorbco shares rose 5 percent on Monday, dealers said.\n-- ( Brisbane commodities desk 212 859 1646 )\n"
    assert "brisbane-filed-as-a-body" not in linked_ids(gazetteer, text)
    assert "an agency's contact line" in doubt_reasons(gazetteer, text)
