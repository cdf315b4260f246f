"""Russian organizations, round 12 (rules learnt on SlavicNER's dev topics): bodies named after
a person. The registry is synthetic: the bodies and the people they are named after
("Зорбцентр", "Квелинститут", "Зорбов") are made up."""

from __future__ import annotations

import pytest

from generator.draft.eponyms import eponym_forms, eponym_head
from generator.draft.gazetteer import build_gazetteer
from generator.draft.letternames import letter_name_twins
from generator.draft.webnames import site_names
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {"organizations/o.yml": """
    zorb-centre:
      name: Национальный зорбовый центр квелологии и трольбиологии имени Н. Ф. Зорбова
    kvel-institute:
      name: Квелинститут
    chumov-centre:
      name: Научный центр квелологии имени М. П. Зорбина
    plain-foundation:
      name: Фонд
    zorbnews:
      name: ЗРБ
      aliases: [Zorbnews]
    kvelco:
      name: Kvelco
    zorbnews-ukraine:
      name: ЗРБ-Украина
    zorbnews-moscow:
      name: ЗРБ-Москва
    zorbnews-germany:
      name: Zorbnews-Germany
    zeebeecee:
      name: Зи-би-си
    kayvee:
      name: Kayvee Network
      aliases: [KVN]
    zorbfax:
      name: ZORBFAX.RU
    zorbfax-ukraine:
      name: Зорбфакс-Украина
    lenta-site:
      name: Lenta.zz
    zorb-health:
      name: Министерство зорбоохранения
"""}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("russian_orgs3") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _ids(text, gazetteer):
    return linked_ids(gazetteer, text)


@pytest.mark.parametrize("sentence", [
    "Вакцину создали в Центре имени Н. Ф. Зорбова.",  # the head noun alone, with the initials
    "Вакцину создали в Центре имени Зорбова.",  # without them
    "Вакцину создали в Центре им. Зорбова.",  # "им." for "имени"
    "Вакцину создали в Центре им.Зорбова.",  # and no space after it
    "Вакцину создали в Зорбовом центре им. Н.Ф. Зорбова.",  # an adjective before the head kept
    "Вакцину создали в НЗЦКТ им. Зорбова.",  # the initials of the words before "имени"
    "Вакцину создали в Центре Зорбова.",  # the surname right after the head
    "Вакцину создали в Центре квелологии и трольбиологии имени Зорбова.",  # the words after the head kept
])
def test_a_body_named_after_a_person_is_found_as_news_shortens_it(gazetteer, sentence):
    assert _ids(sentence, gazetteer) == {"zorb-centre"}


def test_another_person_s_namesake_body_is_not_it(gazetteer):
    # The surname is what ties the short name to the body: Зорбин's centre is another one.
    assert _ids("Вакцину создали в Центре имени Зорбина.", gazetteer) == {"chumov-centre"}
    assert _ids("Вакцину создали в Центре имени Квелова.", gazetteer) == set()


def test_the_body_s_head_noun_alone_is_not_the_body(gazetteer):
    # "Центр" without the person is any centre: no spelling without the surname is implied.
    assert "Центр" not in eponym_forms("Научный центр квелологии имени М. П. Зорбина")
    assert _ids("Вакцину создали в научном центре.", gazetteer) == set()


def test_forms_keep_the_person_and_drop_a_title_and_a_tail():
    forms = eponym_forms("Федеральный квелоцентр имени академика Н.Ф. Зорбова РАН")
    assert {"Квелоцентр имени Зорбова", "Квелоцентр им. Н. Ф. Зорбова РАН", "Федеральный квелоцентр Зорбова"} \
        <= set(forms)
    assert all("Зорбова" in form for form in forms)
    assert eponym_forms("Зорбовый центр квелологии") == {}  # no person: nothing implied


@pytest.mark.parametrize("sentence, longer", [
    ("Сегодня Фонд им. Н. Ф. Зорбова объявил грант.", "Фонд им. Н. Ф. Зорбова"),
    ("Сегодня Фонд имени Зорбова объявил грант.", "Фонд имени Зорбова"),
    ("Грант выдан Фондом Зорбова в прошлом году.", "Фондом Зорбова"),
    ("Грант выдан Фондом квелологии и трольбиологии имени Зорбова.", "Фондом квелологии и трольбиологии имени Зорбова"),
])
def test_a_registered_ordinary_noun_heading_a_person_s_body_is_not_the_registered_body(gazetteer, sentence,
                                                                                        longer):
    assert "plain-foundation" not in linked_ids(gazetteer, sentence)
    assert longer in doubt_reasons(gazetteer, sentence)


def test_the_registered_ordinary_noun_alone_is_still_found(gazetteer):
    assert _ids("Сегодня Фонд объявил грант.", gazetteer) == {"plain-foundation"}
    sentence = "Сегодня Фонд России объявил грант."  # a place after it is no person's name
    assert eponym_head(sentence, tokenize(sentence), 1, 2) == ""


@pytest.mark.parametrize("sentence, edition", [
    ("Об этом сообщает ЗРБ-Украина со ссылкой на источники.", "zorbnews-ukraine"),  # a country's name
    ("Об этом сообщает ЗРБ-Москва со ссылкой на источники.", "zorbnews-moscow"),  # a capital's
    ("The report was carried by Zorbnews-Germany on Monday.", "zorbnews-germany"),  # in English too
])
def test_a_name_inside_its_registered_regional_edition_s_name_is_not_the_body(gazetteer, sentence, edition):
    ids = linked_ids(gazetteer, sentence)
    assert edition in ids and "zorbnews" not in ids


def test_a_name_hyphened_to_another_name_or_an_unregistered_place_pair_is_still_found(gazetteer):
    # "Pfizer-BioNTech": a hyphen between two bodies names both; "саммит ЕС-Украина" both parties.
    assert {"zorbnews", "kvelco"} <= linked_ids(gazetteer, "The Zorbnews-Kvelco venture was announced on Monday.")
    assert "zorbnews" in linked_ids(gazetteer, "Об этом сообщает ЗРБ со ссылкой на источники.")
    assert "zorbnews" in linked_ids(gazetteer, "Вчера открылся саммит ЗРБ-Казахстан в Астане.")


@pytest.mark.parametrize("sentence", [
    "Партнерами являются компании Kvelco SA (Франция) и другие.",
    "Трубу укладывает Kvelco Group S.A. по контракту.",
    "Партнерами являются компании Kvelco AG и другие.",
])
def test_a_latin_name_with_its_legal_form_in_russian_text_is_the_registered_company(gazetteer, sentence):
    assert "kvelco" in linked_ids(gazetteer, sentence)


def test_a_latin_name_inside_a_longer_foreign_name_in_russian_text_is_still_not_it(gazetteer):
    assert "kvelco" not in linked_ids(gazetteer, "Трубу укладывает Kvelco Marine Services по контракту.")
    assert "kvelco" not in linked_ids(gazetteer, "Трубу укладывает Kvelco SA Holdings по контракту.")


def test_initials_spelt_in_letter_names_are_the_latin_initials(gazetteer):
    assert "zeebeecee" in linked_ids(gazetteer, "Об этом сообщила британская ZBC в понедельник.")
    assert "kayvee" in linked_ids(gazetteer, "Об этом сообщил телеканал Кей-ви-эн в понедельник.")


def test_letter_names_need_the_whole_spelling(gazetteer):
    assert "zeebeecee" not in linked_ids(gazetteer, "Об этом сообщила британская Zbc в понедельник.")
    assert letter_name_twins("Кока-кола") == {}  # parts that are no letters' names
    assert letter_name_twins("Ил-76") == {}


def test_a_registered_web_address_names_its_outlet_in_either_script(gazetteer):
    assert "zorbfax" in linked_ids(gazetteer, "Об этом сообщает Zorbfax со ссылкой на источники.")
    assert "zorbfax" in linked_ids(gazetteer, "Об этом сообщает «Зорбфакс» со ссылкой на источники.")


def test_a_web_address_of_a_dictionary_word_names_nothing_alone():
    assert site_names("Gazeta.ru") == {}  # heard as "Газета", a newspaper, any newspaper
    assert site_names("Korrespondent.net") == {}
    assert site_names("Time.com") == {}  # too short, and an English word
    assert site_names("ZORBFAX.RU") == {"Zorbfax": "'ZORBFAX.RU', the address, by its name"}


def test_an_edition_hyphened_to_a_country_is_no_state_body_without_its_country(gazetteer):
    # "Зорбфакс-Украина" less "Украина" is not "Зорбфакс": the edition's name, not a state body's.
    text = "На Украине об этом сообщает «Зорбфакс» со ссылкой на источники."
    ids = linked_ids(gazetteer, text)
    assert "zorbfax" in ids and "zorbfax-ukraine" not in ids


def test_a_registered_ordinary_noun_before_other_words_and_a_named_body_is_still_the_body(gazetteer):
    # The words between are no body's own (not in the genitive): "Фонд" acts, the hospital is named.
    assert "plain-foundation" in linked_ids(gazetteer, "Вчера Фонд выделил деньги больнице имени Зорбова.")


@pytest.mark.parametrize("sentence", [
    "Об этом сообщил эпидемиолог Министерства зорбоохранения Тверской области.",  # a region and its kind
    "Об этом сообщил эпидемиолог Министерства зорбоохранения Шотландии.",  # a place below a country
    "Список есть на сайте Министерства зорбоохранения республики.",  # a region's kind alone
])
def test_a_description_like_body_followed_by_a_region_is_the_region_s_body(gazetteer, sentence):
    assert "zorb-health" not in linked_ids(gazetteer, sentence)
    assert "a region's body" in doubt_reasons(gazetteer, sentence)


def test_a_description_like_body_alone_or_before_other_words_is_still_found(gazetteer):
    assert "zorb-health" in linked_ids(gazetteer, "Вчера Министерство зорбоохранения заключило контракт.")
    assert "zorb-health" in linked_ids(gazetteer, "Об этом сообщил глава Министерства зорбоохранения Иван Петров.")
    # A country's initials after it are its owner's (homeland.py, homes.py), no region's.
    assert "a region's body" not in doubt_reasons(gazetteer, "Министерство зорбоохранения США сообщило об этом.")
