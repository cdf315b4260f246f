"""Country names the words around them make part of something else (countryreads.py), and the
Wikipedia titles bench.draft_countries reads as countries. Against the bundled registry; the
sentences are made up, the companies, bodies and people in them invented."""

from __future__ import annotations

from bench.draft_countries import country_codes, gold_countries
from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE


def _countries(text: str) -> list[tuple[str, str]]:
    gazetteer = build_gazetteer(read_model(SAMPLE))
    return [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions
            if m.target.kind == "country"]


def test_another_countrys_state_or_province_is_not_the_country():
    # ISO 3166-2: New Mexico is a US state, Northern Ireland a UK province; Western Australia is
    # Australia's own state, so Australia stays.
    assert _countries("Zorbland's envoy left New Mexico and flew to Northern Ireland.") == []
    assert _countries("Examplia Mining digs in Western Australia.") == [("Australia", "AU")]
    assert _countries("Examplia Mining also digs in New Jersey.") == []


def test_the_state_of_a_countrys_name_makes_every_mention_in_the_story_the_state():
    text = "An inmate was executed in the southeastern state of Georgia. Critics say Georgia is harsh."
    assert _countries(text) == []
    assert _countries("Critics say Georgia is harsh to its Zorblandic neighbours.") == [("Georgia", "GE")]


def test_a_continents_people_is_not_one_countrys():
    assert _countries("Latin American and North American leaders met Zorbland's envoy.") == []
    assert _countries("Zorbland's envoy met American leaders.") == [("American", "US")]


def test_an_event_named_after_a_country_or_its_people_is_not_the_country():
    text = ("Veterans of the Vietnam War watched the French Open and the Iran-Contra Affair hearings, "
            "then the U.S. Open.")
    assert _countries(text) == []
    assert _countries("Veterans returned to Vietnam on Monday.") == [("Vietnam", "VN")]


def test_a_language_is_not_the_countrys_people():
    assert _countries("Examplia TV broadcasts in English, French, Spanish and Arabic.") == []
    assert _countries("The note was hand-written in Spanish and signed by Zorb Quill.") == []
    assert _countries("A German translation of the Zorbland memoir came out.") == []
    assert _countries("Zorbland's envoy met German officials.") == [("German", "DE")]


def test_a_companys_name_or_a_describing_compound_is_not_the_country():
    text = ("Zorbex Treaty American Corp and the Life Insurance Co of Georgia sold American-style warrants "
            "to a French-registered firm.")
    assert _countries(text) == []


def test_a_body_named_for_a_subject_is_not_the_country_but_a_countrys_own_body_is():
    # A body named FOR a country studies it; a body OF a country is its institution.
    assert _countries("Zorb Quill of the Institute for Contemporary German Studies spoke.") == []
    assert _countries("The Bank of Japan raised its rate.") == [("Japan", "JP")]


def test_the_wikipedia_titles_of_ireland_taiwan_palestine_are_their_countries():
    codes = country_codes()
    doc = {"marked": ["Republic_of_Ireland", "Republic_of_China", "State_of_Palestine", "The_Bahamas",
                      "Georgia_(country)", "Georgia_(U.S._state)", "Palestinian_National_Authority"]}
    assert gold_countries(doc, codes) == {"IE", "TW", "PS", "BS", "GE"}


def test_saudi_is_saudi_arabias_people():
    # countryinfo has only "Saudi Arabian"; news writes "Saudi officials".
    assert _countries("Zorbland's envoy met Saudi officials.") == [("Saudi", "SA")]


def test_a_country_name_with_a_word_in_lower_case_is_a_direction():
    assert _countries("Rebels in south Sudan met Zorbland's envoys.") == []
    assert _countries("Rebels in South Sudan met Zorbland's envoys.") == [("South Sudan", "SS")]


def test_a_products_origin_is_no_reference_to_the_country():
    assert _countries("Zorbland's army flew a Russian-made helicopter bought from a Singapore-listed firm.") == []
