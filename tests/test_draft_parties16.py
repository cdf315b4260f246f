"""A Russian party's members' noun said of a person (generator/draft/partymembers.py): before the
person's name ("за зорбократа Ивана Квертова") it tells the text speaks of a party, and an office
noun hyphened before it in its case and number ("сенаторов-зорбократов") is its apposition. The
parties are made up; the USA is a real country."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbocratic-party-usa:
          name: Зорбократическая партия
          aliases: [Зорбократическая партия США]
        quertian-party-usa:
          name: Квертианская партия
          aliases: [Квертианская партия США]
        zorbian-party-usa:
          name: Зорбианская партия
          aliases: [Зорбианская партия США]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("parties16") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _drafted(gazetteer, text: str) -> set[str]:
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)  # as compose.py does after linking
    return {m.target.id for m in linking.mentions}


def test_members_noun_before_a_persons_name(gazetteer):
    text = "Выборы в США\n\nИзбиратели отдали голоса за зорбократа Ивана Квертова."
    assert "zorbocratic-party-usa" in _drafted(gazetteer, text)


def test_members_noun_alone_still_needs_a_party(gazetteer):
    text = "Выборы в США\n\nИзбиратели отдали голоса за зорбократа из Техаса."
    assert "zorbocratic-party-usa" not in _drafted(gazetteer, text)


def test_members_noun_before_a_place_is_no_person(gazetteer):
    text = "Выборы в США\n\nВизит встревожил зорбократов Франции."
    assert "zorbocratic-party-usa" not in _drafted(gazetteer, text)


def test_office_noun_hyphened_before_members_noun(gazetteer):
    text = "Выборы в США\n\nРяд сенаторов-квертианцев выступил против, как и партия большинства."
    assert "quertian-party-usa" in _drafted(gazetteer, text)


def test_hyphened_apposition_in_the_singular(gazetteer):
    text = "Выборы в США\n\nПрезидент-квертианец проиграл. Лидер партии промолчал."
    assert "quertian-party-usa" in _drafted(gazetteer, text)


def test_a_compound_is_no_apposition(gazetteer):
    # "социал" is no common noun in the member's case and number: a compound's first part
    text = "Выборы в США\n\nЛидер партии раскритиковал социал-квертианцев."
    assert "quertian-party-usa" not in _drafted(gazetteer, text)


def test_two_members_nouns_hyphened_are_one_view(gazetteer):
    text = "Выборы в США\n\nЛидер партии раскритиковал зорбианцев-квертианцев."
    assert "quertian-party-usa" not in _drafted(gazetteer, text)
