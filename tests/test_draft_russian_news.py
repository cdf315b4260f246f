"""Draft on Russian political news (rules learnt on SlavicNER's dev topics: Brexit, Nord Stream,
COVID-19). The registry and the texts are synthetic: every organization and person is made up
("Зорбтех", "Квелвекс", "Эмиль Кварц")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbtech:
          name: Zorbtech
          aliases: [Зорбтех]
        kvelveks:
          name: Квелвекс
    """,
    "people/p.yml": """
        emil-kvarts:
          name: Эмиль Кварц
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("russian_news") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("product", ["«Зорбтех V»", "\"Зорбтех V\"", "Зорбтех V", "«Зорбтеха V»",
                                     "\"Квелвекс 2\"", "Квелвекс-2", "«Квелвекса-2»"])
def test_a_name_with_a_designator_after_it_names_a_product_not_the_organization(gazetteer, product):
    text = f"Новости\n\nВ Зорбленде началась вакцинация препаратом {product}, сообщили власти провинции."
    assert not {"zorbtech", "kvelveks"} & linked_ids(gazetteer, text)
    assert "not the organization" in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("named", ["компания «Зорбтех» выпустила", "компания Квелвекс 2 марта выпустила",
                                   "в Квелвекс V. Кварц пришёл", "Зорбтех I", "Зорбтех A"])
def test_a_name_before_a_date_an_initial_or_an_ordinary_word_stays_the_organization(gazetteer, named):
    text = f"Новости\n\nВ Зорбленде {named} новый препарат, сообщили власти провинции."
    assert {"zorbtech", "kvelveks"} & linked_ids(gazetteer, text)


@pytest.mark.parametrize("named", ["Эмилю Кварнье", "Эмиля Кварнье", "Эмилем Кварнье"])
def test_a_surname_in_a_vowel_keeps_its_form_while_the_given_name_declines(tmp_path, named):
    root = write_corpus(tmp_path / "c", {"people/p.yml": "emil-kvarnier:\n  name: Эмиль Кварнье\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = f"Переговоры\n\nВ Зорбленде {named} передали предложения провинции."
    assert "emil-kvarnier" in linked_ids(gazetteer, text)
