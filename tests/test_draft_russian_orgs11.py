"""Russian organizations, round 11 (rules learnt on SlavicNER's dev topics). The registry is
synthetic: the bodies ("Зорбсовет", "Квелпалата", "Зорбистская партия") are made up; the
countries are real, since they resolve against ISO 3166 and their Russian names (CLDR)."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.russian_case import lowered_russian_name
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import linked_words, write_corpus

REGISTRY = {"organizations/o.yml": """
    zorbsovet-poland:
      name: Польский зорбсовет
      aliases: [Зорбсовет Польши]
    kvel-chamber:
      name: Квелпалата
      aliases: [Польская квелпалата министров]
    zorbist-party:
      name: Зорбистская партия
    zorb-union:
      name: Зорбский союз
    zorb-assembly:
      name: Зорбское собрание
    zorbkom-poland:
      name: Зорбком Польши
      aliases: [Зорбком РП, ЗКМ]
    zorbkom-ukraine:
      name: Зорбком Украины
      aliases: [ЗКМ]
"""}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("russian_orgs11") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("sentence, written, body", [
    ("Вчера польский зорбсовет объявил о выборах.", "польский зорбсовет", "zorbsovet-poland"),
    ("План польского зорбсовета обсудят завтра.", "польского зорбсовета", "zorbsovet-poland"),
    ("Вчера зорбсовет Польши объявил о выборах.", "зорбсовет Польши", "zorbsovet-poland"),
    ("Вчера польская квелпалата министров ушла в отставку.", "польская квелпалата министров", "kvel-chamber"),
])
def test_a_russian_body_s_name_in_lower_case_is_the_name_when_a_country_says_whose(gazetteer, sentence, written, body):
    text = f"Новости Примерска\n\n{sentence}"
    assert linked_words(gazetteer, text).get(written) == body


@pytest.mark.parametrize("sentence", [
    "Вчера зорбский союз продлили на год.",  # no country, no capital: a description many countries share
    "Вчера зорбсовет польши объявил о выборах.",  # the country's capital lost too: not written as the name
])
def test_a_lower_case_name_that_names_no_owner_stays_a_description(gazetteer, sentence):
    text = f"Новости Примерска\n\n{sentence}"
    assert not {"zorb-union", "zorbsovet-poland"} & set(linked_words(gazetteer, text).values())


def test_english_text_keeps_its_capitals(gazetteer):
    text = "Zorbland news\n\nThe polish zorbsovet met yesterday."
    assert "zorbsovet-poland" not in linked_words(gazetteer, text).values()
    # Latin words, even a registered spelling's, are never read as Russian's lower-case name.
    assert not lowered_russian_name("Polish Zorbsovet", tokenize("polish Zorbsovet"))
    assert lowered_russian_name("Польский Зорбсовет", tokenize("польский Зорбсовет"))


def _drafted(gazetteer, text: str) -> dict[str, str]:
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)  # as compose.py does after linking
    return {m.words: m.target.id for m in linking.mentions}


def test_a_body_written_with_its_states_initials_keeps_its_owner_in_a_text_about_others(gazetteer):
    found = _drafted(gazetteer, "Новости\n\nЗорбком РП заявил о поставках на Украину.")
    assert found.get("Зорбком РП") == "zorbkom-poland"


def test_without_the_initials_the_short_form_is_still_another_countrys(gazetteer):
    found = _drafted(gazetteer, "Новости\n\nЗорбком заявил о поставках на Украину и в Грузию.")
    assert "zorbkom-poland" not in found.values()
