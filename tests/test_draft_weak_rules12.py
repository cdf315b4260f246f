"""Precision of draft's weakest rules (round 12): a car's make on a motor-racing page, a name
hyphened or numbered inside a longer registered one, a Russian kind of body's name followed by
another place, on a synthetic registry of made-up organizations ("Zorbmotors", "Quelvo" of id quelvo-f1)."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbmotors:
          name: Zorbmotors
        quelvo-f1:
          name: Quelvo
        examplia-engines:
          name: Examplia
        zbk-media:
          name: ЗБК
        zbk-zorbland:
          name: ЗБК-Зорбландия
        quelvo-stream:
          name: Квельво Стрим
        quelvo-stream-2:
          name: Квельво Стрим 2 АГ
        quelvo-union:
          name: Quelvo Union
        zorbland-assembly:
          name: Assembly of the Quelvo Union
        ministry-of-care-poland:
          name: Министерство заботы
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("weak12") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_cars_make_before_its_model_on_a_motor_racing_page_is_not_the_company(gazetteer):
    page = "RALLYING - ZORBLAND RALLY RESULTS.\nLeading placings:\n1. Jan Zorbsen ( Zorbland ) Zorbmotors Kestrala 2 hours\n"
    assert "Zorbmotors" not in linked_words(gazetteer, page)
    assert "a car's make before its model ('Zorbmotors Kestrala')" in doubt_reasons(gazetteer, page)


def test_the_make_stays_the_company_elsewhere_and_before_a_registered_name_or_a_time(gazetteer):
    story = "Zorbland trade.\nZorbmotors Kestrala sales rose, the company said.\n"
    assert linked_words(gazetteer, story).get("Zorbmotors") == "zorbmotors"
    time = "MOTOR RACING - ZORBLAND GRAND PRIX.\n3. Jan Zorbsen ( Zorbland ) Zorbmotors 1:51.778\n"
    assert linked_words(gazetteer, time).get("Zorbmotors") == "zorbmotors"
    engines = "MOTOR RACING - ZORBLAND GRAND PRIX.\n3. Jan Zorbsen ( Zorbland ) Zorbmotors Examplia 1:51.778\n"
    assert linked_words(gazetteer, engines).get("Zorbmotors") == "zorbmotors"


def test_a_team_marked_for_motor_racing_is_still_the_team_before_a_model(gazetteer):
    page = "MOTOR RACING - ZORBLAND GRAND PRIX.\n2. Jan Zorbsen ( Zorbland ) Quelvo Kestrala 1:52.001\n"
    assert linked_words(gazetteer, page).get("Quelvo") == "quelvo-f1"


def test_a_name_hyphened_or_numbered_inside_a_longer_registered_name_is_not_mentioned_by_it(gazetteer):
    # In Russian text, where a name opening a longer one is otherwise still mentioned (NEREL marks it).
    hyphened = linked_words(gazetteer, "Новости дня.\nОб этом сообщает ЗБК-Зорбландия со ссылкой на источник.\n")
    assert hyphened == {"ЗБК-Зорбландия": "zbk-zorbland"}
    numbered = linked_words(gazetteer, "Новости дня.\nКомпания «Квельво Стрим 2 АГ» привлекла средства.\n")
    assert numbered == {"Квельво Стрим 2 АГ": "quelvo-stream-2"}


def test_a_name_inside_a_longer_one_otherwise_is_still_mentioned(gazetteer):
    found = linked_words(gazetteer, "Zorbland news.\nThe Assembly of the Quelvo Union met on Monday.\n")
    assert found == {"Assembly of the Quelvo Union": "zorbland-assembly", "Quelvo Union": "quelvo-union"}


def test_a_kind_of_bodys_russian_name_followed_by_another_place_is_that_places_body(gazetteer):
    region = "Новости дня.\nГлава Министерства заботы Зорбской области заявил об этом в среду.\n"
    assert "Министерства заботы" not in linked_words(gazetteer, region)
    assert "part of the longer name 'Министерства заботы Зорбской области', a region's body" \
        in doubt_reasons(gazetteer, region)
    england = "Новости дня.\nГлава Министерства заботы Англии заявил об этом в среду.\n"
    assert "Министерства заботы" not in linked_words(gazetteer, england)


def test_a_kind_of_bodys_russian_name_stays_its_countrys_alone_or_followed_by_its_country(gazetteer):
    alone = "Новости дня.\nГлава Министерства заботы заявил об этом в среду.\n"
    assert linked_words(gazetteer, alone).get("Министерства заботы") == "ministry-of-care-poland"
    own = "Новости дня.\nГлава Министерства заботы Польши заявил об этом в среду.\n"
    assert "a region's body" not in doubt_reasons(gazetteer, own)  # homes.py decides
