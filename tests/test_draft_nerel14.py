"""Rules learnt on NEREL's dev split (round 14, dnerel14), Russian recall: a state body's name
without its country, ending on a lower-case word, as Russian writes a name ("в Палате старейшин"
for a registered "Палата старейшин Норвегии"); a registered organization's name written as a
stump compound ("Квелгордуму" for "Квелбинская городская дума", "Госагентстве" for
"Государственное агентство Норвегии" in a text that names Norway); and a surname after a full
name is not that person's when another given name stands right before it ("Мария Квелби" after
"Джон Квелби"). The bodies and people are made up; the countries are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, linked_words, write_corpus

REGISTRY = {
    "people/p.yml": """
        john-quelby:
          name: Джон Фортескью Квелби
        ivan-plimm:
          name: Иван Плимм
    """,
    "organizations/o.yml": """
        norway-elders:
          name: Палата старейшин Норвегии
        quelby-duma:
          name: Квелбинская городская дума
        quelby-court:
          name: Квелбинский городской суд
        norway-agency:
          name: Государственное агентство Норвегии
        tara-nova:
          name: Тара Нова
        ivanovo-nova:
          name: Ивановская Нова
        zgiko:
          name: ЗГИКО
        zpa:
          name: ZPA
        northern-times:
          name: Хуаньцю Норзерн
          aliases:
          - Northern Times
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("nerel14") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_state_body_without_its_country_ends_on_a_lower_case_word(gazetteer):
    text = "Премьер-министр Норвегии выступил вчера в Палате старейшин с докладом."
    assert linked_words(gazetteer, text).get("Палате старейшин") == "norway-elders"


def test_without_the_country_named_the_body_is_not_found(gazetteer):
    assert "norway-elders" not in linked_ids(gazetteer, "Вчера он выступил в Палате старейшин с докладом.")


@pytest.mark.parametrize("sentence, written, body", [
    ("Депутаты Квелгордумы приняли закон о парковках.", "Квелгордумы", "quelby-duma"),
    ("Закон внесли в Квелгордуму в среду.", "Квелгордуму", "quelby-duma"),
    ("Квелгорсуд отклонил жалобу адвокатов.", "Квелгорсуд", "quelby-court"),
])
def test_a_name_written_as_a_stump_compound(gazetteer, sentence, written, body):
    assert linked_words(gazetteer, sentence).get(written) == body


def test_a_stump_compound_less_the_country_the_text_names(gazetteer):
    text = "Власти Норвегии объявили о реформе. В Госагентстве подтвердили эти сведения."
    assert linked_words(gazetteer, text).get("Госагентстве") == "norway-agency"


def test_a_stump_compound_less_a_country_the_text_does_not_name_is_doubted(gazetteer):
    text = "В Госагентстве подтвердили эти сведения."
    assert "norway-agency" not in linked_ids(gazetteer, text)
    assert "without its country" in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Депутаты Мосгордумы приняли закон.",  # other beginnings than the registered name's words
    "Депутаты квелгордумы приняли закон.",  # lower case: a word, not a name
    "Депутаты Квгордумы приняли закон.",  # "Кв": two letters are no first word's stump
])
def test_no_stump_compound(gazetteer, text):
    assert "quelby-duma" not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text, body", [
    ("Артист Таранова выступил вчера.", "tara-nova"),  # "Тара" is that word whole, no stump of it
    ("Об этом сообщила Иванова вчера.", "ivanovo-nova"),  # a woman's surname to the dictionary
])
def test_a_word_is_no_stump_compound(gazetteer, text, body):
    assert body not in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text, other", [
    ("Джон Квелби выступил в Москве. Позже Мария Квелби рассказала об этом.", "Мария Квелби"),
    ("Джон Квелби выступил в Москве. Позже Мейв Квелби рассказала об этом.", "Мейв Квелби"),
    ("Иван Плимм выступил в Москве. Позже с Анной Плимм встретились журналисты.", "Анной Плимм"),
])
def test_a_surname_after_another_given_name_is_another_persons(gazetteer, text, other):
    words = linked_words(gazetteer, text)
    assert other.split()[1] not in words
    assert f"another full name here, '{other}'" in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("text, surname, person", [
    ("Джон Квелби выступил в Москве. Позже Квелби рассказал об этом.", "Квелби", "john-quelby"),
    ("Иван Плимм выступил в Москве. Позже президент Плимм рассказал об этом.", "Плимм", "ivan-plimm"),
])
def test_a_surname_after_the_full_name_still_found(gazetteer, text, surname, person):
    assert linked_words(gazetteer, text).get(surname) == person


def test_an_acronym_registered_alone_defined_by_a_name_that_spells_it(gazetteer):
    text = ("В 2000 году он окончил Зорбский государственный институт культурного отдыха (ЗГИКО) "
            "по специальности экономиста.")
    assert linked_words(gazetteer, text).get("ЗГИКО") == "zgiko"


def test_an_acronym_registered_alone_defined_by_lower_case_words_is_something_else(gazetteer):
    text = "The study tested a zero-point array (ZPA) in three clinics."
    assert "zpa" not in linked_ids(gazetteer, text)


def test_a_russian_word_before_a_latin_name_is_not_of_the_name(gazetteer):
    text = "Суд вынес приговор.\n\nГазета Northern Times цитирует недовольных приговором жителей."
    assert linked_words(gazetteer, text).get("Northern Times") == "northern-times"


def test_a_latin_word_before_a_latin_name_still_makes_a_longer_name(gazetteer):
    assert "northern-times" not in linked_ids(gazetteer, "He spoke to the Zorbistan Northern Times on Monday.")
