"""Russian bodies of one word followed by a place in the genitive, round 16: "Минкультуры Якутии",
"Сенат Калифорнии" are that region's or state's body, not a registered national namesake, unless
the registered body's own name names that place. The bodies ("Минзорбкультуры", "Квелсенат") are
made up; the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {"organizations/o.yml": """
    zorb-culture:
      name: Минзорбкультуры
    kvel-senate:
      name: Квелсенат
    zorb-police:
      name: Зорбполиция
    kvel-culture-yakutia:
      name: Министерство квелькультуры Республики Саха (Якутия)
      aliases: [Минквелькультуры]
"""}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("regions16") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("sentence, body", [
    ("Об этом сообщила пресс-служба Минзорбкультуры Якутии.", "zorb-culture"),  # a republic of a country
    ("Вчера Квелсенат Калифорнии одобрил закон.", "kvel-senate"),  # a state, read first as locative
    ("Зорбполиция Мэриленда задержала подозреваемого.", "zorb-police"),  # a state, masculine
    ("Об этом заявили в Минзорбкультуры Тверской области.", "zorb-culture"),  # a region and its kind
])
def test_a_one_word_body_before_a_genitive_place_is_that_place_s_body(gazetteer, sentence, body):
    assert body not in linked_ids(gazetteer, sentence)
    assert "a region's body" in doubt_reasons(gazetteer, sentence)


def test_a_one_word_body_alone_or_before_a_country_or_a_person_is_still_found(gazetteer):
    assert "zorb-culture" in linked_ids(gazetteer, "Об этом сообщила пресс-служба Минзорбкультуры.")
    assert "kvel-senate" in linked_ids(gazetteer, "Вчера Квелсенат одобрил закон.")
    # A man's name before it is a place ("Байдена" also reads as a place): no region's body.
    assert "a region's body" not in doubt_reasons(gazetteer, "Вчера Квелсенат Байдена не поддержал.")
    # A country after it is its owner, left to homes.py: no region's body.
    assert "a region's body" not in doubt_reasons(gazetteer, "Вчера Квелсенат Франции одобрил закон.")


def test_a_body_whose_registered_name_names_the_place_is_still_found(gazetteer):
    assert "kvel-culture-yakutia" in linked_ids(gazetteer, "Об этом сообщила пресс-служба Минквелькультуры Якутии.")
