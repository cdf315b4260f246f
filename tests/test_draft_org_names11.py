"""Organizations by their registered name (round 11): a publisher's notice about its own
material below the story (a reproduction ban, "All rights reserved") and an outlet sending its
reader to its own pages ("Подробнее ... читайте в ...") name the publisher, not a subject
(credits.py). On a synthetic registry: every organization is made up ("Zorbinfo", "Квелвопресс")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbinfo:
          name: Zorbinfo
        kvelvopress:
          name: Квелвопресс
        zorbian-navy:
          name: Zorbian Navy
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("orgnames11") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


STORY_RU = "Флот Зорбии провёл учения у побережья Квелвии, сообщили в штабе.\n"
STORY_EN = "The Zorbian Navy held exercises off the coast of Quelvia on Monday, officials said.\n"


@pytest.mark.parametrize("notice", [
    "Перепечатка материалов допускается только с указанием активной ссылки на «Квелвопресс».",
    "Все материалы со ссылкой на агентство «Квелвопресс» не подлежат воспроизведению без письменного разрешения.",
    "Использование материалов «Квелвопресс» разрешается при условии ссылки на «Квелвопресс».",
    "© 2014-2020 Все права защищены. Копирование информации разрешено только со ссылкой на Квелвопресс.",
])
def test_a_russian_rights_notice_names_no_subject(gazetteer, notice):
    text = STORY_RU + "\n" + notice + "\n"
    assert "kvelvopress" not in linked_ids(gazetteer, text)
    assert "not a subject of the article" in doubt_reasons(gazetteer, text)


@pytest.mark.parametrize("notice", [
    "Zorbinfo. All rights reserved.",
    "This material may not be reproduced or redistributed without the written permission of Zorbinfo.",
])
def test_an_english_rights_notice_names_no_subject(gazetteer, notice):
    text = STORY_EN + "\n" + notice + "\n"
    assert "zorbinfo" not in linked_ids(gazetteer, text)
    assert "zorbian-navy" in linked_ids(gazetteer, text)


def test_the_outlet_named_in_the_story_too_is_still_referenced(gazetteer):
    text = ("Агентство Квелвопресс первым сообщило об учениях флота.\n\n"
            "Перепечатка материалов допускается только с указанием активной ссылки на «Квелвопресс».\n")
    assert "kvelvopress" in linked_ids(gazetteer, text)


def test_a_story_sentence_about_reproduction_is_no_notice(gazetteer):
    """The notice's words in a story's sentence that has no ban or permission in it stay a mention."""
    text = "Квелвопресс опубликовал воспроизведение старой карты побережья.\n"
    assert "kvelvopress" in linked_ids(gazetteer, text)


def test_read_more_in_the_outlets_own_pages_is_no_mention(gazetteer):
    text = ("Флот Зорбии провёл учения у побережья Квелвии. Подробнее о ходе учений читайте в "
            "публикации «Квелвопресс».\n")
    assert "kvelvopress" not in linked_ids(gazetteer, text)


def test_read_more_needs_a_finished_sentence_before_it(gazetteer):
    """The promotion line is a sentence of its own: after a comma, "подробнее ... читайте в
    «Квелвопресс»" is the story's words, and the name stays a mention."""
    text = "Учения прошли успешно, и подробнее о них читайте в публикации «Квелвопресс» завтра.\n"
    assert "kvelvopress" in linked_ids(gazetteer, text)


LONGER = {
    "organizations/o.yml": """
        zorbian-union:
          name: Zorbian Union
          aliases: [Zorbian]
        quelvco:
          name: Quelvco
    """,
}


@pytest.fixture(scope="module")
def longer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("orgnames11b") / "c", LONGER)
    return build_gazetteer(read_model(root))


def test_a_one_word_name_after_a_names_of_is_inside_that_name(longer):
    """"the Union of Zorbian Turkish Democrats" (a country's adjective after it) is another body, not the Zorbian Union (by its
    one-word alias) or Quelvco's namesake."""
    text = ("The Zorbian Union said it would review the case. His suit singled out the Union of Zorbian "
            "Turkish Democrats and the Federation of Quelvco Workers, according to the court.\n")
    words = {m.words for m in link_mentions(longer, text)}
    assert "Zorbian" not in words and "Quelvco" not in words
    assert "part of the longer name 'Union of Zorbian Turkish'" in doubt_reasons(longer, text)


def test_a_title_of_a_name_is_no_longer_name(longer):
    text = "The chairman met President of Quelvco Jan Quort on Monday, the ministry said.\n"
    assert "quelvco" in linked_ids(longer, text)


def test_a_sentence_first_word_and_its_of_make_no_longer_name(longer):
    text = "The letter was signed on Monday. Friends of Quelvco Stefan Ilk and Mara Quort wrote it.\n"
    assert "quelvco" in linked_ids(longer, text)


def test_a_headline_capitalises_every_word_so_its_of_makes_no_longer_name(longer):
    text = "Zorbtown Rally Draws Friends of Quelvco Fans\nThe rally drew thousands on Monday, the police said.\n"
    assert "quelvco" in linked_ids(longer, text)


def link_mentions(gazetteer, text):
    from generator.draft.linker import link
    from generator.draft.text import tokenize

    return link(text, tokenize(text), gazetteer).mentions
