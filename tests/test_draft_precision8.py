"""Organizations' precision in news stories, round 8 (generator/draft/placealiases.py,
misreadings.py): a team's place alias is the place outside a sport's text, a name written in
lower case is a description, datelines of several words, a day after a reporting verb, a
fraction's unit. The registry is synthetic: every organization is made up ("Denver
Zorblers", "Zorbco"); the places are real, since the rules read them from GeoNames and ISO
3166-2."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        denver-zorblers:
          name: Denver Zorblers
          aliases: [Denver]
        kansas-city-quelvos:
          name: Kansas City Quelvos
          aliases: [Kansas City]
        hampshire-quelvo-cricket-club:
          name: Hampshire Quelvo Cricket Club
          aliases: [Hampshire]
        zorbco-holdings:
          name: Zorbco Holdings
          aliases: [SAN DIEGO, OKLAHOMA CITY]
        the-brannox:
          name: The Brannox
        denver-transit-authority:
          name: Denver Transit Authority
        zorbco-television:
          name: Zorbco
          aliases: [Zorbco Television]
        zorbton-wednesday:
          name: Zorbton Wednesday F.C.
          aliases: [Wednesday]
        zq:
          name: ZQ
        zeuf:
          name: ZEUF
        zorbia-koln:
          name: Zorbia Köln 07
          aliases: [Cologne]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("precision8") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _linking(gazetteer, text: str):
    return link(text, tokenize(text), gazetteer)


_ids = linked_ids
_reasons = doubt_reasons


def test_a_teams_city_alias_in_a_news_story_is_the_city(gazetteer):
    text = "Zorbland plant to close.\nThe Denver-based maker of valves said it would close its plant in Denver " \
           "next year, cutting 300 jobs."
    assert "denver-zorblers" not in _ids(gazetteer, text)
    assert "the place 'Denver', not the team named after it" in _reasons(gazetteer, text)


def test_a_teams_county_alias_is_the_county_outside_sport(gazetteer):
    text = "Road protest grows.\nProtesters targeted the new bypass through the southern county of Hampshire " \
           "on Tuesday."
    assert "hampshire-quelvo-cricket-club" not in _ids(gazetteer, text)


def test_a_teams_two_word_city_alias_in_a_news_story_is_the_city(gazetteer):
    text = "Wheat prospects.\nThe rains came in time for planting, Kansas City grain traders said."
    assert "kansas-city-quelvos" not in _ids(gazetteer, text)
    assert "the place 'Kansas City', not the team named after it" in _reasons(gazetteer, text)


def test_a_teams_alias_spelling_its_city_otherwise_is_the_city_outside_sport(gazetteer):
    text = "Air cargo.\nThe table shows cargo handled at airports.\nKoeln ( Cologne ) 182,887 up 11.8"
    assert "zorbia-koln" not in _ids(gazetteer, text)
    assert "the place 'Cologne', not the team named after it" in _reasons(gazetteer, text)


def test_a_teams_city_alias_in_a_match_report_is_the_team(gazetteer):
    text = "Quelvos hold on.\nKansas City beat the visitors in a tense game, the coach said, as the league " \
           "leaders' players scored twice in front of their fans."
    assert "kansas-city-quelvos" in _ids(gazetteer, text)


def test_a_teams_city_alias_in_a_standings_row_is_the_team(gazetteer):
    text = "Standings after Sunday's games.\nKansas City 21 15 1 5 62\nQuelvo 21 14 0 7 56"
    assert "kansas-city-quelvos" in _ids(gazetteer, text)


def test_a_teams_city_alias_beside_its_name_is_the_team(gazetteer):
    text = "Quelvos sold.\nThe Kansas City Quelvos were sold on Monday to a group led by a banker. Kansas City had " \
           "been for sale since May."
    linking = _linking(gazetteer, text)
    assert [m.words for m in linking.mentions if m.target.id == "kansas-city-quelvos"] == \
        ["Kansas City Quelvos", "Kansas City"]


def test_a_name_whose_capitalised_words_are_written_in_lower_case_is_a_description(gazetteer):
    text = "Transit plans.\nThe Brannox said on Monday that the brannox routes of the Denver transit authority " \
           "would change. The brannox of the city is old."
    ids = _ids(gazetteer, text)
    assert "denver-transit-authority" not in ids
    assert "in lower case: a description, not the name" in _reasons(gazetteer, text)


def test_a_name_written_the_brannox_at_a_sentences_start_is_a_description(gazetteer):
    text = "Budget plans.\nLawmakers met on Monday. The brannox's new budget limits spending."
    assert "the-brannox" not in _ids(gazetteer, text)


def test_a_name_whose_distinctive_word_keeps_its_capital_is_the_name(gazetteer):
    text = "Zorbco news.\nThe minister told Zorbco television on Monday that the talks would go on."
    assert "zorbco-television" in _ids(gazetteer, text)


@pytest.mark.parametrize("dateline", ["SAN DIEGO 1996-08-26", "OKLAHOMA CITY, Okla.\n1996-08-28"])
def test_a_dateline_of_several_words_is_where_the_story_was_filed(gazetteer, dateline):
    text = f"Valve maker buys rival.\n{dateline}\nA valve maker said on Monday it would buy a rival for $ 40 million."
    assert "zorbco-holdings" not in _ids(gazetteer, text)
    assert "the dateline's place" in _reasons(gazetteer, text)


def test_a_day_after_a_reporting_verb_is_a_date(gazetteer):
    text = "Well tested.\nQuelvo Petroleum Inc said Wednesday an exploratory well tested 1,100 barrels daily."
    assert "zorbton-wednesday" not in _ids(gazetteer, text)


def test_initials_after_a_fraction_are_a_measures_unit(gazetteer):
    text = "Bond issue.\nAMT $ 300 MLN SPREAD - 12.5 ZQ MATURITY 21.JAN.99\nZorbco arranged the issue."
    assert "zq" not in _ids(gazetteer, text)
    assert "a measure's unit ('12.5 ZQ')" in _reasons(gazetteer, text)


def test_a_teams_city_alias_after_in_is_the_city_in_a_sports_text_too(gazetteer):
    text = "Tennis - Zorbova wins again.\nZorbova, who won the title last week, has won 18 of her last 20 matches, " \
           "dating back to qualifying rounds in Kansas City in late July, the coach said."
    assert "kansas-city-quelvos" not in _ids(gazetteer, text)
    assert "the place 'Kansas City' after 'in'" in _reasons(gazetteer, text)


def test_a_teams_city_alias_on_a_page_whose_headline_names_a_sport_is_left_to_the_evidence(gazetteer):
    text = "BASEBALL - QUELVO LEAGUE RESULTS.\nResults on Sunday:\nKansas City beat Zorbton."
    assert "the place 'Kansas City'" not in _reasons(gazetteer, text)


def test_a_bodys_name_before_a_competitions_word_names_the_competition(gazetteer):
    text = "Zorbton out.\nZorbton crashed out of the ZEUF Cup on Wednesday, a year after the ZEUF fined the club."
    linking = _linking(gazetteer, text)
    assert [m.words for m in linking.mentions if m.target.id == "zeuf"] == ["ZEUF"]
    assert "the competition's name 'ZEUF Cup', not the body's" in _reasons(gazetteer, text)


def test_the_bench_lists_each_wrong_reference_with_the_drafts_comment_and_the_words_around_it(tmp_path, capsys):
    from bench.draft_explain import explain_wrong

    (tmp_path / "content" / "organizations").mkdir(parents=True)
    (tmp_path / "content" / "organizations" / "gum.yml").write_text(
        "kansas-city-quelvos:\n  name: Kansas City Quelvos\n  aliases: [Kansas City]\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "doc.yml").write_text(
        "organizations:\n- id: kansas-city-quelvos  # Kansas City Quelvos: 'Kansas City' line 2 (alias 'Kansas City')\n",
        encoding="utf-8")
    text = "Wheat prospects.\n" + "x " * 200 + "grain traders in Kansas City said the rains came in time." + " y" * 200
    explain_wrong(tmp_path, {"name": "doc", "text": text}, "organizations", ["kansas-city-quelvos"])
    out = capsys.readouterr().out
    assert "wrong kansas-city-quelvos: registered {'name': 'Kansas City Quelvos', 'aliases': ['Kansas City']}" in out
    assert "draft: - id: kansas-city-quelvos  # Kansas City Quelvos: 'Kansas City' line 2" in out
    assert "text 2: x x" in out and "grain traders in Kansas City said the rains came in time. y y" in out
    assert len(out.split("text 2: ")[1].split("\n")[0]) < 360  # the words around it, not the whole paragraph


def test_a_teams_city_alias_before_team_is_the_team(gazetteer):
    text = "Quelvos win.\nThe Kansas City team won on Saturday."
    assert "kansas-city-quelvos" in _ids(gazetteer, text)


def test_the_bench_decodes_a_wikipedia_title_before_making_its_id():
    from bench.draft_quality import entity_id

    # The id's last words name the country, as homes.py reads a team's ids ("ministry-of-interior-egypt").
    assert entity_id("Democratic_Party_%28United_States%29") == "democratic-party-united-states"
    assert entity_id("Labour_Party_(UK)") == "labour-party-uk"


def test_a_region_a_short_form_rule_would_take_alone_is_still_the_region(gazetteer):
    # shortforms.py takes a one-word name that is no city by itself; a region's name is a place too.
    text = "Pump maker expands.\nThe maker's plants are in Zorbton and Quelvo. Hampshire, England, makes its pumps."
    assert "hampshire-quelvo-cricket-club" not in _ids(gazetteer, text)


def test_a_teams_city_alias_before_a_sports_name_is_the_team(gazetteer):
    text = "Tycoon in film.\nThe tycoon and the Kansas City soccer team he once ran were in the news again."
    assert "kansas-city-quelvos" in _ids(gazetteer, text)
