"""A Russian lone surname that several registered people bear, told apart by the gender its verb
shows, and the case forms of a woman's name whose given name does not decline (the sixteenth
round's reading of SlavicNER's US-election topic). The people are made up ("Хиллари Брамсон",
"Билл Брамсон"); the places are real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.genders import subject_gender
from generator.draft.morph import given_name_gender, inflections, past_gender
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import linked_ids, write_corpus

COUPLE = {
    "people/p.yml": """
        hillary-bramson:
          name: Хиллари Брамсон
        bill-bramson:
          name: Билл Брамсон
    """,
}
UNKNOWN = {
    "people/p.yml": """
        garret-bramson:
          name: Гаррет Брамсон
        hunter-bramson:
          name: Хантер Брамсон
    """,
}


def _gazetteer(tmp_path_factory, name, files):
    return build_gazetteer(read_model(write_corpus(tmp_path_factory.mktemp(name) / "c", files)))


@pytest.fixture(scope="module")
def couple(tmp_path_factory):
    return _gazetteer(tmp_path_factory, "couple", COUPLE)


@pytest.mark.parametrize("text, who", [
    ("Брамсон заявила, что не покинет Вашингтон.", "hillary-bramson"),
    ("В Огайо, по данным опросов, Брамсон также лидировала.", "hillary-bramson"),
    ("Он сказал, что Брамсон проиграл выборы в Техасе.", "bill-bramson"),
    ("«Мы победим», — сказал Брамсон журналистам.", "bill-bramson"),
])
def test_the_verb_s_gender_names_the_one_bearer_of_that_gender(couple, text, who):
    assert linked_ids(couple, text) == {who}


@pytest.mark.parametrize("text", [
    "Штаб Брамсон заявил о победе в Огайо.",  # the verb agrees with "штаб"
    "Речь Брамсон была долгой.",  # and here with "речь"
    "Брамсон победит в Огайо.",  # a future tense shows no gender
    "Брамсон и Ромашкова заявили о победе.",  # a plural shows none
])
def test_no_subject_s_verb_no_choice(couple, text):
    assert linked_ids(couple, text) == set()


def test_a_bearer_of_unknown_gender_is_never_ruled_out(tmp_path_factory):
    gazetteer = _gazetteer(tmp_path_factory, "unknown", UNKNOWN)
    assert linked_ids(gazetteer, "Брамсон заявил, что уедет из Огайо.") == set()


def test_a_woman_s_surname_in_a_consonant_does_not_decline_after_an_undeclined_given_name():
    assert inflections("Хиллари Брамсон") == {"Хиллари Брамсон"}
    assert inflections("Мэри Брамсон") == {"Мэри Брамсон"}
    assert "Джо Брамсона" in inflections("Джо Брамсон")  # a man's does
    assert "Мэри Петровой" in inflections("Мэри Петрова")  # a woman's in -а does


def test_a_declined_surname_is_the_man_s_alone(couple):
    assert linked_ids(couple, "Сторонники Брамсона вышли на улицы Вашингтона.") == {"bill-bramson"}


def test_the_gender_readings():
    assert past_gender("заявила") == "femn" and past_gender("заявил") == "masc"
    assert past_gender("победит") == "" and past_gender("заявили") == ""
    assert given_name_gender("Хиллари") == "femn" and given_name_gender("Билл") == "masc"
    assert given_name_gender("Хантер") == "" and given_name_gender("Саша") == ""
    text = "Штаб Брамсон заявил."
    assert subject_gender(text, tokenize(text), 1) == ("", "")


def _with_articles(counts: dict[str, int]) -> dict[str, str]:
    files = {"people/p.yml": COUPLE["people/p.yml"] + """
        eric-bramson:
          name: Эрик Брамсон
    """, "sources/s.yml": "wire:\n  name: Synthetic Wire\n"}
    n = 0
    for person, times in counts.items():
        for _ in range(times):
            n += 1
            files[f"articles/a{n}.yml"] = f"""
                title: Synthetic article {n}
                source: wire
                published: 2020-01-{n:02d}
                summary: Synthetic.
                people: [{person}]
            """
    return files


@pytest.mark.parametrize("counts, text, who", [
    ({"bill-bramson": 8, "eric-bramson": 1}, "Сторонники Брамсона вышли на улицы Вашингтона.", {"bill-bramson"}),
    ({"bill-bramson": 8, "eric-bramson": 1}, "Брамсон заявила, что уедет из Огайо.", {"hillary-bramson"}),
    ({"bill-bramson": 8, "eric-bramson": 1}, "Брамсон приехал в Огайо.", {"bill-bramson"}),
    ({"bill-bramson": 8, "eric-bramson": 3}, "Сторонники Брамсона вышли на улицы Вашингтона.", set()),  # not far more
    ({"bill-bramson": 2, "eric-bramson": 0}, "Сторонники Брамсона вышли на улицы Вашингтона.", set()),  # too few
])
def test_the_bearer_the_team_s_articles_name_far_more_often(tmp_path, counts, text, who):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", _with_articles(counts))))
    assert linked_ids(gazetteer, text) == who


def test_a_generation_hyphened_to_a_shared_surname_is_no_lone_surname(tmp_path):
    files = _with_articles({"bill-bramson": 8, "eric-bramson": 1})
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", files)))
    assert linked_ids(gazetteer, "Это удалось Брамсону-старшему в Огайо.") == set()
