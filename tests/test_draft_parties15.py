"""Russian party names written otherwise (generator/draft/partymembers.py): a party's members'
noun ("зорбократы" of "Зорбократическая партия") in a text that speaks of a party and names the
party's country, and two parties' adjectives sharing the noun in the plural ("Зорбократической и
Квертианской партий"). The parties are made up; the USA and France are real countries."""

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
        zorbian-party:
          name: Американская партия
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("parties") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _drafted(gazetteer, text: str) -> set[str]:
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)  # as compose.py does after linking
    return {m.target.id for m in linking.mentions}


def test_members_noun_names_the_party_in_a_text_about_parties(gazetteer):
    text = ("Выборы в США\n\nСторонники партии собрались в Вашингтоне. Квертианец Иван Зорбов "
            "заявил, что зорбократы проиграют.")
    assert {"zorbocratic-party-usa", "quertian-party-usa"} <= _drafted(gazetteer, text)


def test_members_noun_in_an_oblique_case(gazetteer):
    text = "Выборы в США\n\nЛидер партии раскритиковал квертианцев за бюджет."
    assert "quertian-party-usa" in _drafted(gazetteer, text)


def test_no_party_in_the_text_no_members(gazetteer):
    text = "Выборы в США\n\nКвертианцы спорили о бюджете."
    assert "quertian-party-usa" not in _drafted(gazetteer, text)


def test_two_parties_members_speak_of_parties(gazetteer):
    text = "Выборы в США\n\nКвертианцы спорили о бюджете, а зорбократы голосовали против."
    assert "quertian-party-usa" in _drafted(gazetteer, text)


def test_a_capitalised_word_before_makes_another_name(gazetteer):
    text = "Выборы в США\n\nЛидер партии Великие Зорбократы выступил. Партия «Новые зорбократы» тоже."
    assert "zorbocratic-party-usa" not in _drafted(gazetteer, text)


def test_the_partys_country_must_be_named(gazetteer):
    text = "Выборы во Франции\n\nЛидер партии раскритиковал зорбократов за бюджет."
    assert "zorbocratic-party-usa" not in _drafted(gazetteer, text)


def test_a_peoples_name_is_no_member(gazetteer):
    text = "Выборы в США\n\nЛидер партии сказал, что американцы устали."
    assert "zorbian-party" not in _drafted(gazetteer, text)


def test_two_adjectives_share_the_plural_noun(gazetteer):
    text = "Выборы в США\n\nВыборщики — представители Квертианской и Зорбократической партий из штатов."
    assert {"zorbocratic-party-usa", "quertian-party-usa"} <= _drafted(gazetteer, text)


def test_two_adjectives_share_the_plural_noun_in_another_case(gazetteer):
    text = "Выборы в США\n\nСписки, представленные Зорбократической и Квертианской партиями, готовы."
    assert {"zorbocratic-party-usa", "quertian-party-usa"} <= _drafted(gazetteer, text)


def test_a_party_registered_only_with_its_country_has_no_members_noun(tmp_path):
    root = write_corpus(tmp_path / "c", {"organizations/o.yml": """
        quertian-party-france:
          name: Квертианская партия Франции
    """})
    text = "Выборы во Франции\n\nЛидер партии раскритиковал квертианцев за бюджет."
    assert "quertian-party-france" not in _drafted(build_gazetteer(read_model(root)), text)
