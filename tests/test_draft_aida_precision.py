"""Words that spell a registered organization's name but name none (generator/draft/misreadings.py):
a date ("on Wednesday"), a post's title ("Foreign Minister"), a word of a two-word place's name
("York" of "New York" in a results table). The registry is synthetic: every organization is
made up ("Zorbford Wednesday", "Examplia York Club"); only the places are real, as the rule
reads real places' names."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbford-wednesday:
          name: Zorbford Wednesday F.C.
          aliases: [Zorbford Wednesday, Wednesday]
        quelvo-rovers:
          name: Quelvo Rovers
        foreign-minister:
          name: Foreign minister
          aliases: [Foreign Ministry]
        office-of-the-president-zorbland:
          name: Office of the President
        zorbland-finance-ministry:
          name: Zorbland Finance Ministry
        examplia-york-club:
          name: Examplia York Club
          aliases: [York]
        zorbton-zebras:
          name: Zorbton Zebras
          aliases: [Zorbton, ZORBTON]
        democratic-party-quelvia:
          name: Democratic Party
        zorbistan-democratic-party:
          name: Zorbistan Democratic Party
          aliases: [ZDP]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("aidaprec") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _doubts(gazetteer, text: str) -> dict[str, str]:
    return {d.words: d.reason for d in link(text, tokenize(text), gazetteer).doubts}


@pytest.mark.parametrize("text", [
    "The Zorbland club council on Wednesday called for a halt to the talks.",
    "A Zorbland team spokesman said on Wednesday the match was off.",
    "The Quelvo Rovers club said it would decide by Wednesday.",
    "Quelvo Rovers club officials met late Wednesday night.",
    "Quelvo Rovers club officials met Wednesday 28 to agree the fee.",
])
def test_a_day_after_a_word_of_time_is_a_date_not_a_club_named_like_it(gazetteer, text):
    found = linked_words(gazetteer, text)
    assert "zorbford-wednesday" not in found.values()
    assert _doubts(gazetteer, text)["Wednesday"] == "a date here, not a name"


def test_the_club_named_by_its_day_alone_after_its_full_name_is_still_the_club(gazetteer):
    text = "Zorbford Wednesday beat Quelvo Rovers 2-1. Wednesday scored twice in the second half."
    found = linked_words(gazetteer, text)
    assert found["Zorbford Wednesday"] == "zorbford-wednesday"
    assert found.get("Wednesday") == "zorbford-wednesday"


@pytest.mark.parametrize("text", [
    "Foreign Minister Zorbo Quelvanov arrived in the capital on a two-day visit.",
    "The talks were chaired by the country's Foreign Minister, Zorbo Quelvanov.",
])
def test_a_posts_title_is_no_organization_even_when_registered_as_one(gazetteer, text):
    assert "foreign-minister" not in linked_words(gazetteer, text).values()
    assert "a post's title" in _doubts(gazetteer, text)["Foreign Minister"]


def test_the_body_whose_name_ends_with_a_post_or_a_ministry_is_still_found(gazetteer):
    text = ("The Foreign Ministry said the Office of the President had approved the plan, "
            "and the Zorbland Finance Ministry agreed.")
    found = linked_words(gazetteer, text)
    assert found["Foreign Ministry"] == "foreign-minister"
    assert found["Office of the President"] == "office-of-the-president-zorbland"
    assert found["Zorbland Finance Ministry"] == "zorbland-finance-ministry"


def test_a_name_of_dictionary_words_ending_another_name_is_its_head_not_a_mention(gazetteer):
    for text in ("The Zorbistan Democratic Party ( ZDP ) said the ceasefire had been broken.",
                 "Talks were held with the Zorbanian Democratic Party on Tuesday."):
        found = linked_words(gazetteer, text)
        assert "democratic-party-quelvia" not in found.values(), text
    assert linked_words(gazetteer, "The Zorbistan Democratic Party ( ZDP ) said so.")["Zorbistan Democratic Party"] \
        == "zorbistan-democratic-party"


def test_the_dictionary_name_alone_or_after_an_ordinary_word_is_still_found(gazetteer):
    for text in ("Leaders of the Democratic Party met on Tuesday.", "Zorbland Votes For Democratic Party Plan"):
        assert linked_words(gazetteer, text)["Democratic Party"] == "democratic-party-quelvia", text


@pytest.mark.parametrize("line", ["-- Zorbton Zebras Newsdesk 212-555-0100",
                                  "Zorbton Zebras Press Desk - ( 312 ) 555-0199"])
def test_an_agencys_contact_line_names_no_organization(gazetteer, line):
    text = f"Quelvo Rovers said on Monday it would sell its stadium.\n{line}\n"
    assert "zorbton-zebras" not in linked_words(gazetteer, text).values()
    assert _doubts(gazetteer, text)["Zorbton Zebras"] == "an agency's contact line, not a mention"


def test_a_line_ending_in_figures_is_no_contact_line(gazetteer):
    text = "Results on Saturday.\nZorbton Zebras 1996 1995 2003\n"
    assert linked_words(gazetteer, text)["Zorbton Zebras"] == "zorbton-zebras"


@pytest.mark.parametrize("dateline", ["ZORBTON 1996-08-22", "ZORBTON, Examplia 1996-08-22"])
def test_a_datelines_place_is_where_the_story_was_filed_not_a_team(gazetteer, dateline):
    text = f"Quelvo Rovers sell ground.\n{dateline}\nQuelvo Rovers said on Monday it would sell its ground.\n"
    assert "zorbton-zebras" not in linked_words(gazetteer, text).values()
    assert _doubts(gazetteer, text)["ZORBTON"] == "the dateline's place, where the story was filed"


def test_the_same_capitals_in_a_results_line_are_still_the_team(gazetteer):
    text = "Results on Saturday.\nQuelvo Rovers 2 ZORBTON 6\n"
    assert linked_words(gazetteer, text)["ZORBTON"] == "zorbton-zebras"


def test_a_word_of_a_two_word_place_in_a_results_table_is_the_place(gazetteer):
    text = ("Results of games played on Saturday:\n"
            "Zorbton Zebras 12 New York 11\n"
            "Quelvo Rovers 3 Zorbton 2\n")
    found = linked_words(gazetteer, text)
    assert "examplia-york-club" not in found.values()
    assert _doubts(gazetteer, text)["York"] == "a word of the place's name 'New York'"


def test_the_same_word_alone_is_still_read_by_the_other_rules(gazetteer):
    text = "Examplia York Club beat Quelvo Rovers 3-0 on Saturday. York scored twice."
    found = linked_words(gazetteer, text)
    assert found["Examplia York Club"] == "examplia-york-club"
    assert found.get("York") == "examplia-york-club"


# On a sports page a city's name means the city's team (generator/draft/sportspages.py): the registry
# holds the city's own organization ("Zorbton", its council) and one team named after it.
SPORTS_REGISTRY = {
    "organizations/o.yml": """
        zorbton:
          name: Zorbton
        zorbton-zebras:
          name: Zorbton Zebras
          aliases: [ZORBTON]
        quelvo-quails:
          name: Quelvo Quails
        leeds:
          name: Leeds
        leeds-zorbers:
          name: Leeds Zorbers
          aliases: [LEEDS]
        leeds-quelvos:
          name: Leeds Quelvos
          aliases: [LEEDS]
        zorbchester-city-afc:
          name: Zorbchester City A.F.C.
          aliases: [Zorbchester]
    """,
}


@pytest.fixture(scope="module")
def sports_gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("aidasports") / "c", SPORTS_REGISTRY)
    return build_gazetteer(read_model(root))


def _with_zorbton_a_city(monkeypatch):
    """"Zorbton" is made up; the rule asks GeoNames whether a name is a city's."""
    import generator.draft.sportspages as sportspages

    real = sportspages.is_city
    monkeypatch.setattr(sportspages, "is_city", lambda name, population=100_000: name == "Zorbton"
                        or real(name, population))


def test_on_a_sports_page_a_citys_name_is_its_team(sports_gazetteer, monkeypatch):
    _with_zorbton_a_city(monkeypatch)
    # "club" beside it is evidence for both organizations alike: the page decides
    text = "BASEBALL - RESULTS ON SATURDAY.\nQuelvo Quails 2 ZORBTON 6\nThe ZORBTON club won again.\n"
    assert linked_words(sports_gazetteer, text).get("ZORBTON") == "zorbton-zebras"


def test_a_results_table_alone_makes_a_sports_page(sports_gazetteer, monkeypatch):
    _with_zorbton_a_city(monkeypatch)
    text = "Results on Saturday.\nQuelvo Quails 2 Examplia 6\nExamplia 3 Quelvo Quails 1\nThe ZORBTON club won again.\n"
    assert linked_words(sports_gazetteer, text).get("ZORBTON") == "zorbton-zebras"


def test_elsewhere_the_name_as_written_still_wins(sports_gazetteer, monkeypatch):
    _with_zorbton_a_city(monkeypatch)
    text = "BUDGET - The council met on Saturday.\nThe ZORBTON club said the budget was final.\n"
    assert linked_words(sports_gazetteer, text).get("ZORBTON") == "zorbton"


def test_two_teams_of_one_city_stay_for_the_text_to_decide(sports_gazetteer):
    text = "RUGBY - RESULTS ON SATURDAY.\nQuelvo Quails 2 LEEDS 6\nThe LEEDS club won again.\n"
    found = linked_words(sports_gazetteer, text)
    assert "leeds-zorbers" not in found.values() and "leeds-quelvos" not in found.values()


@pytest.mark.parametrize("headline", ["RUGBY LEAGUE - RESULTS ON SATURDAY.", "CRICKET - COUNTY SCORES."])
def test_a_football_clubs_city_on_another_sports_page_is_not_the_club(sports_gazetteer, headline):
    text = f"{headline}\nQuelvo Quails 12 Zorbchester 24\nZorbchester won again at home.\n"
    assert "zorbchester-city-afc" not in linked_words(sports_gazetteer, text).values()
    assert _doubts(sports_gazetteer, text)["Zorbchester"].startswith("a football club's city on a page about")


def test_on_a_football_page_or_by_its_full_name_the_club_is_still_found(sports_gazetteer):
    football = "SOCCER - RESULTS ON SATURDAY.\nQuelvo Quails 1 Zorbchester 2\nZorbchester won again at home.\n"
    assert linked_words(sports_gazetteer, football).get("Zorbchester") == "zorbchester-city-afc"
    rugby = "RUGBY - The owners of Zorbchester City A.F.C. bought the ground.\n"
    assert linked_words(sports_gazetteer, rugby)["Zorbchester City A.F.C"] == "zorbchester-city-afc"
