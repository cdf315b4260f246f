"""Precision of draft's weakest rules (round 12): a car's make on a motor-racing page, ... on a
synthetic registry of made-up organizations ("Zorbmotors", "Quelvo" of id quelvo-f1)."""

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
