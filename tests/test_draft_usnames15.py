"""Russian lone surnames and names of people as SlavicNER's US-election topic writes them (the fifteenth
round's fresh dev part). The registry and the texts are synthetic: every person is made up ("Гаррет
Брамсон"); the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.mannames import declined_as_a_man
from generator.draft.morph import inflections, names_no_one
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

REGISTRY = {
    "people/p.yml": """
        garret-bramson:
          name: Гаррет Брамсон
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Свержение Брамсона! Сообщение появилось на сайте ведомства.",  # a common noun opening a headline
    "А Брамсона можно попробовать взять на испуг.",  # a conjunction opening a sentence
    "Голоса переключали С Брамсона на другого кандидата.",  # a preposition written with a capital
])
def test_a_capitalised_word_that_names_no_one_is_no_other_bearer_s_given_name(gazetteer, text):
    assert "garret-bramson" in linked_ids(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Сторонники Джеба Брамсона вышли на улицы. Свержение Брамсона!",  # a given name the dictionary lacks
    "Письмо Мо Брамсона зачитали. Брамсона поддержат.",  # two letters: a short given name
    "См. Брамсон Р., Раскин Д. Изжила ли себя коллегия.",  # an initial after the surname
    "Он магистр статистики Университета Брамсона в Хьюстоне.",  # a capitalised noun inside a sentence
    "Он умер в своём доме в городе Брамсон-Мар в Пенсильвании.",  # a hyphened place's name
])
def test_a_given_name_or_an_initial_beside_the_surname_still_makes_another_name(gazetteer, text):
    assert "garret-bramson" not in linked_ids(gazetteer, text)


def test_what_names_no_one():
    assert names_no_one("Свержение") and names_no_one("Политику") and names_no_one("А")
    assert not names_no_one("Мэри") and not names_no_one("Пол") and not names_no_one("Тиффани")
    assert not names_no_one("Мо") and not names_no_one("Р", initial=True) and not names_no_one("Москва")


SYLLABLES = {
    "people/p.yml": """
        zan-bo-yn:
          name: Зан Бо Ын
        john-paul-zorbs:
          name: Джон Пол Зорбс
    """,
}


@pytest.fixture(scope="module")
def syllables(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15b") / "c", SYLLABLES)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Президент встретился с Зан Бо Ыном в Пхеньяне.",
    "Отношения с Зан Бо Ыну остаются сложными.",
    "Саммит Зан Бо Ына и президента прошёл в Сингапуре.",
])
def test_a_name_of_three_syllables_declines_its_last_word_only(syllables, text):
    assert "zan-bo-yn" in linked_ids(syllables, text)


def test_which_names_are_of_syllables():
    assert declined_as_a_man("Зан Бо Ын") == {"Зан Бо Ына", "Зан Бо Ыну", "Зан Бо Ыном", "Зан Бо Ыне"}
    assert "Зана Бо Ына" not in declined_as_a_man("Зан Бо Ын")
    assert declined_as_a_man("Джон Пол Зорбс") == frozenset()  # a Western name: the dictionary declines every word


def test_a_western_name_of_short_words_still_declines_every_word(syllables):
    assert "john-paul-zorbs" in linked_ids(syllables, "Письмо Джона Пола Зорбса зачитали в сенате.")


VOWELS = {
    "people/p.yml": """
        garri-trumsen:
          name: Гари Трумсан
        sara-pelwen:
          name: Сара Пелвен
        anna-zorbova:
          name: Анна Зорбова
        lia-pelvino:
          name: Лия Пелвино
    """,
}


@pytest.fixture(scope="module")
def vowels(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15c") / "c", VOWELS)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text, person", [
    ("Среди президентов был и Гари Трумсен.", "garri-trumsen"),
    ("Тогда Гари Трумсена вспоминали в Канзасе.", "garri-trumsen"),  # the same vowel in a case form
    ("На выборах 2008 года Сара Пелвин выступила в Аляске.", "sara-pelwen"),
])
def test_a_foreign_name_with_a_vowel_transliterated_otherwise_is_found(vowels, text, person):
    assert person in linked_ids(vowels, text)


@pytest.mark.parametrize("text", [
    "Инна Зорбова выступила в Москве.",  # a Russian given name the dictionary knows: another woman
    "На выборах 2008 года Сара Палвин выступила в Аляске.",  # two vowels changed
    "На выборах Лия Пелвина выступила в Аляске.",  # the last letter: a case ending's place
])
def test_a_known_word_two_vowels_or_the_ending_make_another_name(vowels, text):
    assert not linked_ids(vowels, text) & {"sara-pelwen", "anna-zorbova", "lia-pelvino"}


GENERATIONS = {
    "people/p.yml": """
        garret-bramson-sr:
          name: Гаррет Брамсон-старший
    """,
}


@pytest.fixture(scope="module")
def generations(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15d") / "c", GENERATIONS)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "До этого такое происходило в 1992 году с Гарретом Брамсоном-старшим.",
    "Позиция Гаррета Брамсона-старшего не изменилась.",
])
def test_a_surname_hyphened_to_its_generation_declines_both_parts(generations, text):
    assert "garret-bramson-sr" in linked_ids(generations, text)


def test_a_compound_s_first_part_still_stays():
    assert "Военно-морских сил" in inflections("Военно-морские силы")
    assert "Военными-морскими силами" not in inflections("Военно-морские силы")


PLURALS = {
    "organizations/o.yml": """
        shotty:
          name: Shotty
    """,
}


@pytest.fixture(scope="module")
def plurals(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15e") / "c", PLURALS)
    return build_gazetteer(read_model(root))


def test_a_common_noun_s_plural_is_no_foreign_name_heard(plurals):
    assert "shotty" not in linked_ids(plurals, "Новый президент вернул Штаты в ВОЗ в первый же день.")
    assert "shotty" not in linked_ids(plurals, "И за это Штаты её накажут, отметил аналитик.")
    assert "shotty" in linked_ids(plurals, "Компания Шотти выпустила новый смартфон.")  # a loan: singular


PARTIES = {
    "organizations/o.yml": """
        zorbian-left:
          name: Левозорбская партия
        zorbian-right:
          name: Правозорбская партия
    """,
}


@pytest.fixture(scope="module")
def parties(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("usnames15f") / "c", PARTIES)
    return build_gazetteer(read_model(root))


@pytest.mark.parametrize("text", [
    "Списки выборщиков, представленных Левозорбской и Правозорбской партиями, готовы.",
    "Кандидаты от Правозорбской и Левозорбской партий выступили в Москве.",
    "Левозорбская и Правозорбская партии провели съезды.",
])
def test_coordinated_adjectives_share_one_plural_head(parties, text):
    assert {"zorbian-left", "zorbian-right"} <= linked_ids(parties, text)


def test_one_adjective_before_a_plural_is_no_list(parties):
    assert "zorbian-left" not in linked_ids(parties, "Все Левозорбские партии региона провели съезды.")
