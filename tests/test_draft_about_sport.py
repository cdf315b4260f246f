"""One reading of a text for sport (generator/draft/sportsreading.py), asked by the question a rule
has: a results page (a city's name in a row is its team) or any text about sport (a team's place
alias may be the team); and clubs in a list, told in prose (generator/draft/clublists.py). The
registry is synthetic: every organization is made up ("Denver Zorblers F.C."); the places are
real, since the rules read them from GeoNames."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.sportsreading import sports_reading
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        denver-zorblers:
          name: Denver Zorblers F.C.
          aliases: [Denver]
        tulsa-quelvos:
          name: Tulsa Quelvos F.C.
          aliases: [Tulsa]
        fc-omaha:
          name: FC Omaha
        zorbco-holdings:
          name: Zorbco Holdings
    """,
}

PROSE_REPORT = "Zorbton held.\nZorbton beat Quelvo in the league; the coach said two goals came late.\n"
RESULTS = "Zorbton results.\nZorbton 6 Quelvo 2\nExamplia 1 Zorbwell 0\n"
STORY = "Zorbland votes.\nThe party won the election; its fans cheered the title of the new bill.\n"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("about_sport") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_prose_match_report_is_about_sport_but_no_results_page():
    reading = sports_reading(PROSE_REPORT)
    assert reading.about_sport and not reading.results_page
    assert reading.report_words >= {"league", "coach", "goals"}


def test_results_rows_make_a_results_page_without_sports_words():
    reading = sports_reading(RESULTS)
    assert reading.results_page and reading.results_rows == 2 and not reading.about_sport


def test_a_first_line_naming_a_sport_answers_both_questions_and_names_the_pages_sport():
    reading = sports_reading("SOCCER - ZORBTON BEAT QUELVO.\nZorbton won.\n")
    assert reading.results_page and reading.about_sport
    assert reading.headline_sports == {"soccer"} and reading.page_sport == "football"


def test_a_news_story_with_a_few_sports_words_is_neither():
    reading = sports_reading(STORY)
    assert not reading.results_page and not reading.about_sport and reading.page_sport == ""


def test_each_text_is_read_once():
    assert sports_reading(PROSE_REPORT) is sports_reading(PROSE_REPORT)
    assert sports_reading(PROSE_REPORT) is not sports_reading(STORY)


def test_a_teams_place_alias_in_a_prose_match_report_is_left_to_the_evidence(gazetteer):
    text = "Zorbton held.\nDenver beat Quelvo in the league; the coach said two goals came late.\n"
    assert "the place 'Denver'" not in doubt_reasons(gazetteer, text)
    story = "Zorbland plant.\nZorbco Holdings said its office in the city of Denver would open.\n"
    assert "the place 'Denver'" in doubt_reasons(gazetteer, story)


CAREER = ("Zorbland analyst Quill Brannox, who was alongside the manager at Denver, Tulsa and Examplia, "
          "is expected to follow him.\n")


def test_places_in_a_list_of_clubs_in_a_text_telling_a_career_are_the_clubs(gazetteer):
    assert {"denver-zorblers", "tulsa-quelvos"} <= linked_ids(gazetteer, "Brannox moves.\n" + CAREER)


def test_a_clubs_city_in_a_list_of_clubs_is_the_club(gazetteer):
    text = "Brannox moves.\nThere was ignominy in sitting on the bench against Omaha and Denver last month.\n"
    assert {"fc-omaha", "denver-zorblers"} <= linked_ids(gazetteer, text)


def test_the_list_after_a_place_word_or_without_a_careers_word_is_of_places(gazetteer):
    after_in = "Brannox moves.\nThe manager has offices in Denver, Tulsa and Examplia.\n"
    no_career = "Brannox moves.\nQuill Brannox, who was alongside him at Denver, Tulsa and Examplia, will follow.\n"
    for text in (after_in, no_career):
        assert not {"denver-zorblers", "tulsa-quelvos"} & linked_ids(gazetteer, text)


def test_a_place_listed_with_no_other_club_is_the_place(gazetteer):
    text = "Brannox moves.\nThe manager was alongside him at Denver, Springfield and Examplia.\n"
    assert "denver-zorblers" not in linked_ids(gazetteer, text)
