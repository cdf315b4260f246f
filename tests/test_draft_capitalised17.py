"""A Russian body's one-word name capitalised inside a sentence, the same word in lower case elsewhere
in the text, is the body where the text names the country one of its registered spellings ends with
(generator/draft/linker.py, homes.countries_in_spellings): "Квертум" registered with "Квертум США".
The body's name is made up; the USA and France are real countries."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        quertum-usa:
          name: Квертум
          aliases: [Квертум США]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("capitalised17") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _drafted(gazetteer, text: str) -> set[str]:
    return {m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_capitalised_inside_a_sentence_in_a_text_naming_its_country(gazetteer):
    text = "Выборы в США\n\nНовый квертум соберется в январе. Закон в среду примет Квертум."
    assert "quertum-usa" in _drafted(gazetteer, text)


def test_not_where_the_text_names_another_country(gazetteer):
    text = "Выборы во Франции\n\nНовый квертум соберется в январе. Закон в среду примет Квертум."
    assert "quertum-usa" not in _drafted(gazetteer, text)


def test_not_first_in_a_sentence(gazetteer):
    text = "Выборы в США\n\nНовый квертум соберется в январе. Квертум примет закон в среду."
    assert "quertum-usa" not in _drafted(gazetteer, text)
