"""Organizations' precision in Russian news (fifteenth round, SlavicNER dev's wrong references read
one by one): a product named after an organization and then shortened to its bare name
(otherwise.products_named_after), and a registered name inside a longer one whose owner, named after
it, is not the registered body's (linker.nested). Every organization here is made up ("Зорбник",
"Министерство зорбологии"); the countries are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbnik-agency:
          name: Зорбник
        kvarts-works:
          name: Kvarts
        zorbology-ministry:
          name: Министерство зорбологии
        zorbology-ministry-russia:
          name: Министерство зорбологии России
        zorbology-council:
          name: Совет Министерства зорбологии
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("products15") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Вакцина «Зорбник V» прошла испытания. Эффективность Зорбника доказана, сообщили врачи.",
    'Препарат "Зорбник II" зарегистрирован. Врачи считают, что Зорбник безопасен.',
])
def test_a_bare_name_after_its_quoted_product_is_the_products(gazetteer, text):
    assert "zorbnik-agency" not in linked_ids(gazetteer, text)
    assert "names a product after it" in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Агентство Зорбник сообщило, что испытания прошли успешно.",
    # unquoted, "Зорбник V" is still no organization (the designator rule), but the product is not
    # set apart as one name, and the agency named later is the agency
    "Вакцина Зорбник V прошла испытания, сообщило агентство Зорбник.",
])
def test_without_a_quoted_product_the_name_is_the_organization(gazetteer, text):
    assert "zorbnik-agency" in linked_ids(gazetteer, text)


def test_a_product_of_one_organization_leaves_the_others_alone(gazetteer):
    text = "Вакцина «Зорбник V» прошла испытания на заводе Kvarts в Казани."
    assert "kvarts-works" in linked_ids(gazetteer, text)


def test_a_nested_name_owned_by_a_country_after_it_is_not_a_body_of_no_home(gazetteer):
    text = "Министерство зорбологии России одобрило новые правила, сообщили в ведомстве."
    ids = linked_ids(gazetteer, text)
    assert "zorbology-ministry-russia" in ids
    assert "zorbology-ministry" not in ids


def test_a_nested_name_with_no_owner_after_it_still_counts(gazetteer):
    text = "Совет Министерства зорбологии одобрил новые правила, сообщили в ведомстве."
    ids = linked_ids(gazetteer, text)
    assert {"zorbology-council", "zorbology-ministry"} <= ids
