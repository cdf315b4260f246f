"""A man's name in Cyrillic that the Russian dictionary cannot inflect (rule learnt on SlavicNER's
dev topics: a given name or surname the dictionary guesses as a genitive plural, and a hyphenated
foreign surname). The registry and the texts are synthetic: every person is made up ("Гаррет
Плимм", "Андрей Бревик-Снорр")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.mannames import declined_as_a_man
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "people/p.yml": """
        garret-plimm:
          name: Гаррет Плимм
        andrei-brevik-snorr:
          name: Андрей Бревик-Снорр
        irma-snorr:
          name: Ирма Снорр
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("russian_people12") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("sentence, person", [
    ("Министр встретился с Гарретом Плиммом в столице Зорбленда.", "garret-plimm"),
    ("Об этом сообщил пресс-секретарь Гаррета Плимма.", "garret-plimm"),
    ("Премьер поручил Гаррету Плимму подготовить доклад.", "garret-plimm"),
    ("Позицию Андрея Бревик-Снорра поддержали депутаты Зорбленда.", "andrei-brevik-snorr"),
    ("Спор с Андреем Бревик-Снорром продолжается.", "andrei-brevik-snorr"),
])
def test_a_man_s_name_the_dictionary_cannot_inflect_is_found_in_its_case_forms(gazetteer, sentence, person):
    assert person in linked_ids(gazetteer, sentence)


def test_the_name_as_registered_is_still_found(gazetteer):
    assert "garret-plimm" in linked_ids(gazetteer, "Гаррет Плимм прибыл в Зорбленд.")


def test_a_woman_s_consonant_surname_is_not_declined_as_a_man_s(gazetteer):
    # Ирма Снорр's surname does not decline: "Ирмы Снорра" is nobody registered.
    assert declined_as_a_man("Ирма Снорр") == frozenset()
    assert "irma-snorr" not in linked_ids(gazetteer, "Письмо Ирмы Снорра зачитали в парламенте.")
    assert "irma-snorr" in linked_ids(gazetteer, "Письмо Ирмы Снорр зачитали в парламенте.")


def test_a_name_the_dictionary_inflects_is_left_to_it():
    assert declined_as_a_man("Иван Петров") == frozenset()
    assert declined_as_a_man("Гаррет Плимм") >= {"Гаррета Плимма", "Гарретом Плиммом"}
