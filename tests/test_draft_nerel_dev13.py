"""Rules learnt on NEREL's dev split (round 13, dnerel13): a Western name of given name, middle
name and surname transliterated into Cyrillic, written in the news without its middle name and in
any case ("Джона Квелби" for a registered "Джон Фортескью Квелби"); and no name running on across
a paragraph's or a sentence's end at a line's end ("... сказал Плимм.\\n\\nОрест Квелби ..." is no
registered "Плимм Орест"); and a person registered under one word (a surname as the annotators
marked it, "Зорбанова") is not found in Russian text right after another given name ("Ивана
Зорбанова"): that is the surname of a full name the registry does not list. Organizations: a
word registered as one (a band "Алиса") that the dictionary reads as a given name, before a
surname, is a person ("Алиса Плиммова"); and a state's initials right after a body's short form
("Минобороны РФ") name its owner as inside the name ("МИД РФ") do; an ordinal in figures right
before a body's name ("1-й армии ЗНР") makes it a numbered unit of that body, not the body; and a
hyphenated word of two parts declines its last ("Военно-морских сил ЗНР", "Квелби-оперы"). The
registry and the texts are synthetic: every person is made up."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, linked_words, write_corpus

REGISTRY = {
    "people/p.yml": """
        john-quelby:
          name: Джон Фортескью Квелби
        george-zorbman:
          name: Джордж Уилбер Зорбман
        plimm-orest:
          name: Плимм Орест
        anna-plimm:
          name: Анна Сергеевна Плимм
        zorbanov:
          name: Зорбанова
    """,
    "organizations/o.yml": """
        alisa-band:
          name: Алиса
        zorbland-army:
          name: Армия ЗНР
        zorbland-navy:
          name: Военно-морские силы ЗНР
        zorbopera:
          name: Квелби-опера
        zorbian-defence:
          name: Министерство обороны Российской Федерации
          aliases:
          - Минобороны
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("nerel_dev13") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("sentence, person", [
    ("Брат бывшего президента Зорбленда Джона Квелби приехал в Москву.", "john-quelby"),
    ("Джон Квелби выступил в парламенте Зорбленда.", "john-quelby"),
    ("В администрации Джорджа Зорбмана работали многие из них.", "george-zorbman"),
    ("Журналисты встретились с Джорджем Зорбманом в Вашингтоне.", "george-zorbman"),
])
def test_a_western_name_without_its_middle_name_in_any_case(gazetteer, sentence, person):
    assert person in linked_ids(gazetteer, sentence)


def test_a_russian_name_without_its_patronymic_still_found(gazetteer):
    assert "anna-plimm" in linked_ids(gazetteer, "Об этом сообщила Анна Плимм в Москве.")


def test_a_given_name_alone_is_not_the_western_name(gazetteer):
    assert "john-quelby" not in linked_ids(gazetteer, "Об этом сообщил Джон в Москве.")


@pytest.mark.parametrize("text", [
    "Интервью вышло в апреле.\n\n«Я не болел», — сказал Плимм\n\nОрест Квелби возглавляет компанию с 2013 года.\n",
    "Интервью вышло в апреле. «Я не болел», — сказал Плимм.\nОрест Квелби возглавляет компанию с 2013 года.\n",
    "Интервью вышло в апреле. «Я не болел», — сказал Плимм!\n\nОрест Квелби возглавляет компанию с 2013 года.\n",
])
def test_no_name_runs_on_across_a_paragraph_or_a_sentence_end(gazetteer, text):
    assert "plimm-orest" not in linked_ids(gazetteer, text)


def test_a_name_wrapped_at_a_line_inside_a_sentence_is_still_found(gazetteer):
    text = "Вчера в столицу Зорбленда прибыл Джон Фортескью\nКвелби, бывший президент.\n"
    assert linked_words(gazetteer, text).get("Джон Фортескью\nКвелби") == "john-quelby"


def test_a_one_word_person_after_a_given_name_is_another_full_name(gazetteer):
    text = "Полиция пришла в штаб Ивана Зорбанова в Москве. Штаб Ивана Зорбанова закрыт.\n"
    assert "zorbanov" not in linked_ids(gazetteer, text)
    assert "a person's one-word name" in doubt_reasons(gazetteer, text)


def test_a_one_word_person_after_an_ordinary_word_is_still_found(gazetteer):
    text = "Полиция пришла в штаб Зорбанова в Москве. Штаб Зорбанова закрыт, сообщил Зорбанов.\n"
    assert "zorbanov" in linked_ids(gazetteer, text)


def test_an_organization_named_by_a_given_name_before_a_surname_is_a_person(gazetteer):
    text = "Среди гостей были актёры Андрей Плимм и Алиса Гребенщикова, а также продюсер.\n"
    assert "alisa-band" not in linked_ids(gazetteer, text)
    assert "a person's given name before a surname" in doubt_reasons(gazetteer, text)


def test_an_organization_named_by_a_given_name_alone_is_still_found(gazetteer):
    assert "alisa-band" in linked_ids(gazetteer, "Группа Алиса выступила в Москве с новой программой.\n")


def _kept(gazetteer, text: str) -> set[str]:
    """The ids left after homeland.py has left out other countries' institutions (as compose does)."""
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)
    return {m.target.id for m in linking.mentions}


def test_a_state_s_initials_after_a_short_form_name_its_owner(gazetteer):
    text = ("Самолёт Ту-154 Минобороны РФ разбился по пути в Сирию. Власти Сирии и Турции "
            "выразили соболезнования.\n")
    assert "zorbian-defence" in _kept(gazetteer, text)


def test_a_short_form_in_a_text_about_another_country_is_still_left_out(gazetteer):
    text = "Самолёт Минобороны разбился по пути в Сирию. Власти Сирии и Турции выразили соболезнования.\n"
    assert "zorbian-defence" in linked_ids(gazetteer, text) and "zorbian-defence" not in _kept(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Войска 1-го фронта встретились с войсками 1-й армии ЗНР на реке Зорбе.\n",
    "Командующий 3-й армией ЗНР прибыл на переговоры.\n",
])
def test_an_ordinal_before_a_body_makes_it_a_numbered_unit(gazetteer, text):
    assert "zorbland-army" not in linked_ids(gazetteer, text)
    assert "a numbered unit of it" in doubt_reasons(gazetteer, text)


def test_a_body_after_a_count_or_a_date_is_still_found(gazetteer):
    assert "zorbland-army" in linked_ids(gazetteer, "В 2019 году Армия ЗНР провела учения.\n")
    assert "zorbland-army" in linked_ids(gazetteer, "Командующий армией ЗНР прибыл на переговоры 3 мая.\n")


@pytest.mark.parametrize("text, body", [
    ("Адмирал Военно-морских сил ЗНР прибыл в порт.\n", "zorbland-navy"),
    ("Учения Военно-морскими силами ЗНР завершены.\n", "zorbland-navy"),
    ("Дирижёр выступит с оркестром Квелби-оперы в мае.\n", "zorbopera"),
    ("Контракт с Квелби-оперой продлён.\n", "zorbopera"),
])
def test_a_hyphenated_word_declines_its_last_part(gazetteer, text, body):
    assert body in linked_ids(gazetteer, text)


def test_a_word_of_three_hyphenated_parts_is_kept_as_written():
    from generator.draft.morph import inflections

    assert inflections("Ростов-на-Дону") == frozenset()
    assert "Алма-Аты" in inflections("Алма-Ата")
