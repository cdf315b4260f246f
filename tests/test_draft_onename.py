"""A registered person named by one word with no full name in the text (onename.py, and the
place beside a lone surname in surnames.py); rules learnt on NEREL ("Папе Римскому Франциску")
and SlavicNER ("глава МИД Германии Маас", "академику Гинцбургу", "Чехословакию Гитлеру"). The
registry and the texts are synthetic: every person is made up ("Евсевий", a patriarch of
Zorbland; "Клаус Одер", a minister: the surname is a river to the dictionary)."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, linked_words, write_corpus

REGISTRY = {
    "people/p.yml": """
        evsevii:
          name: Евсевий
        klaus-oder:
          name: Клаус Одер
        rudi-gveltsburg:
          name: Борис Гвельцбург
        emil-kvaaks:
          name: Эмиль Кваакс
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("onename") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _news(sentence: str) -> str:
    return f"Новости Зорбленда\n\n{sentence}"


@pytest.mark.parametrize("sentence", [
    "В Примерске патриарх Евсевий освятил новый храм.",
    "Патриарху Евсевию вручили орден Зорбленда.",
    "Визит Папы Римского Евсевия в Примерск отложен.",
])
def test_one_registered_name_after_a_royal_or_religious_title_is_that_person(gazetteer, sentence):
    assert "evsevii" in linked_ids(gazetteer, _news(sentence))


def test_once_titled_the_one_name_alone_later_in_the_text_is_the_same_person(gazetteer):
    text = _news("Патриарх Евсевий прибыл в Примерск. Вечером Евсевий встретился с верующими.")
    assert [words for words, ident in linked_words(gazetteer, text).items() if ident == "evsevii"] == ["Евсевий"]
    assert "Евсевий" not in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("sentence", [
    "В Примерске Евсевий освятил новый храм.",  # no title: a given name alone is anyone's
    "Президент Евсевий выступил в парламенте.",  # an office is no title a one name follows
    "Шейх Евсевий бен Зорб прибыл в Примерск.",  # a longer name after the particle
    "Патриарх Евсевий Зорбский прибыл в Примерск.",  # a longer name
])
def test_without_a_title_or_within_a_longer_name_the_one_name_is_left_out(gazetteer, sentence):
    assert "evsevii" not in linked_ids(gazetteer, _news(sentence))


@pytest.mark.parametrize("other", ["Евсевий II", "Евсевий ибн Зорб", "Зорб Евсевий"])
def test_a_one_name_another_titled_name_begins_or_any_name_ends_with_is_left_out(tmp_path, other):
    root = write_corpus(tmp_path / "c", {"people/p.yml": REGISTRY["people/p.yml"] + f"""
        evsevii-other:
          name: {other}
    """})
    assert "evsevii" not in linked_ids(build_gazetteer(read_model(root)), _news("Патриарх Евсевий прибыл в Примерск."))


def test_a_plain_full_name_beginning_with_the_one_name_is_no_one_the_title_means(tmp_path):
    root = write_corpus(tmp_path / "c", {"people/p.yml": REGISTRY["people/p.yml"] + """
        evsevii-kvaaks:
          name: Евсевий Кваакс
    """})
    assert "evsevii" in linked_ids(build_gazetteer(read_model(root)), _news("Патриарх Евсевий прибыл в Примерск."))


@pytest.mark.parametrize("sentence", [
    "Глава МИД Зорбленда Одер считает санкции ошибкой.",
    "Министр Одер считает санкции ошибкой.",
])
def test_a_surname_the_dictionary_knows_as_a_place_is_the_person_after_an_office(gazetteer, sentence):
    assert "klaus-oder" in linked_ids(gazetteer, _news(sentence))


def test_a_verb_of_speech_alone_does_not_make_a_place_a_person(gazetteer):
    # "Вашингтон заявил": a capital speaks as well as a minister does.
    assert "klaus-oder" not in linked_ids(gazetteer, _news("Решение ошибочно, заявил Одер в четверг."))


def test_after_the_titled_mention_the_place_word_is_the_person_throughout(gazetteer):
    text = _news("Министр Одер считает санкции ошибкой. «Это неверный путь», — добавил Одер.")
    assert [m for m, ident in linked_words(gazetteer, text).items() if ident == "klaus-oder"] == ["Одер"]
    assert "Одер" not in doubt_reasons(gazetteer, text)


def test_a_case_form_the_dictionary_only_guesses_is_the_surname_after_an_office_agreeing_with_it(gazetteer):
    assert "rudi-gveltsburg" in linked_ids(gazetteer, _news("Она прислушалась к академику Гвельцбургу."))
    # A title in another case is not this word's: "академика" (genitive) before a dative.
    assert "rudi-gveltsburg" not in linked_ids(gazetteer, _news("Слова академика Гвельцбургу не понравились."))


def test_a_place_beside_a_lone_surname_is_no_word_of_another_name(gazetteer):
    assert "emil-kvaaks" in linked_ids(gazetteer, _news("Совет решил, что уступит Африку Кваакс."))


BEARERS = """
    emil-kvaaks:
      name: Эмиль Кваакс
      aliases: [Кваакс, Кваакса]
    irma-kvaaks:
      name: Ирма Кваакс
      aliases: [Кваакс]
    arvid-gvindl:
      name: Арвид Гвиндл
      aliases: [Гвиндл]
    bruno-gvindl:
      name: Бруно Гвиндл
    dora-zubkova:
      name: Дора Зубкова
      aliases: [Зубковой]
    boris-zubkov:
      name: Борис Зубков
"""


def test_a_surname_several_bear_is_the_one_bearer_the_registry_lists_by_it_alone(tmp_path):
    found = linked_ids(build_gazetteer(read_model(write_corpus(tmp_path / "c", {"people/p.yml": BEARERS}))),
                       _news("Решение об уходе Гвиндл принял после встречи в Примерске."))
    assert "arvid-gvindl" in found and "bruno-gvindl" not in found


@pytest.mark.parametrize("sentence, absent", [
    ("Решение об уходе Кваакс принял после встречи.", "emil-kvaaks"),  # listed alone for two people
    ("Бруно Гвиндл прибыл в Примерск. Решение Гвиндл принял сам.", "arvid-gvindl"),  # the other named in full
    # "Зубкова" is a case form of her "Зубковой" and his genitive: listed as written only.
    ("Магазин находится на улице Зубкова в Примерске.", "dora-zubkova"),
])
def test_a_shared_surname_is_left_out_unless_exactly_one_bearer_is_listed_by_it_as_written(tmp_path, sentence, absent):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", {"people/p.yml": BEARERS})))
    assert absent not in linked_ids(gazetteer, _news(sentence))


def test_a_lone_surname_after_its_bearer_s_given_name_misspelt_is_that_person(gazetteer):
    text = _news("Председатель совета Эмирь Кваакс признал ошибку. Позже Кваакс извинился.")
    assert linked_words(gazetteer, text) == {"Эмирь Кваакс": "emil-kvaaks", "Кваакс": "emil-kvaaks"}


def test_a_real_given_name_one_letter_off_is_another_person_s(tmp_path):
    # "Арина" is a given name the dictionary knows: Арина Зоббэй is not the registered Ирина Зоббэй.
    root = write_corpus(tmp_path / "c", {"people/p.yml": """
        irina-zobbei:
          name: Ирина Зоббэй
    """})
    found = linked_ids(build_gazetteer(read_model(root)), _news("В Примерск приехала Арина Зоббэй."))
    assert "irina-zobbei" not in found


def test_a_place_word_the_registry_lists_alone_for_its_bearer_is_that_person_beside_a_verb_of_speech(tmp_path):
    root = write_corpus(tmp_path / "c", {"people/p.yml": """
        klaus-oder:
          name: Клаус Одер
          aliases: [Одер]
    """})
    gazetteer = build_gazetteer(read_model(root))
    assert "klaus-oder" in linked_ids(gazetteer, _news("Решение ошибочно, заявил Одер в четверг."))
    assert "klaus-oder" not in linked_ids(gazetteer, _news("Решение ошибочно, и Одер разлился в четверг."))
