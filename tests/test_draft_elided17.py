"""A Russian adjective alone after the noun its sentence said before names the registered
"<adjective> <noun>" (generator/draft/elided_ru.py): "партий — Зорбократической и Квертианской",
"представляет Зорбократическую партию, а другой – Квертианскую". The parties are made up; the USA is
a real country."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbocratic-party-usa:
          name: Зорбократическая партия
        quertian-party-usa:
          name: Квертианская партия
        plomian-party-usa:
          name: Пломианская партия
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("elided17") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _drafted(gazetteer, text: str) -> set[str]:
    return {m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_adjectives_listed_after_the_plural_head(gazetteer):
    text = "Выборы в США\n\nВместе с кандидатами от крупнейших партий — Зорбократической и Квертианской — " \
           "баллотируются и другие."
    assert {"zorbocratic-party-usa", "quertian-party-usa"} <= _drafted(gazetteer, text)


def test_adjectives_in_brackets_after_the_head(gazetteer):
    text = "Выборы в США\n\nТак называемые третьи партии (из них самые большие — Пломианская, Квертианская) " \
           "имеют дурную репутацию."
    assert {"plomian-party-usa", "quertian-party-usa"} <= _drafted(gazetteer, text)


def test_adjective_in_its_own_case_after_a_comma(gazetteer):
    text = "Выборы в США\n\nОдин кандидат представляет Зорбократическую партию, а другой – Квертианскую."
    assert "quertian-party-usa" in _drafted(gazetteer, text)


def test_no_head_in_the_sentence(gazetteer):
    text = "Выборы в США\n\nПартия ушла в отставку. Избиратели назвали его Квертианской."
    assert "quertian-party-usa" not in _drafted(gazetteer, text)


def test_head_of_another_gender(gazetteer):
    text = "Выборы в США\n\nЭтот союз назвали так: Квертианский."
    assert "quertian-party-usa" not in _drafted(gazetteer, text)


def test_adjective_before_another_noun(gazetteer):
    text = "Выборы в США\n\nЛидеры партий — Квертианской коалиции и другие — встретились."
    assert "quertian-party-usa" not in _drafted(gazetteer, text)
