"""Round 18 on NEREL's organizations: a registered Latin name inside a quoted Latin title in Russian
text («It’s My Life») is a word of the title, not the registered body (longer.py `_quoted_title`, read
by `_foreign_run`). The registered entries are made up."""

from __future__ import annotations

from .conftest import linked_ids, organizations_gazetteer


MAGAZINE = {"synth-mag": {"name": "Zorbline"}}


def test_a_latin_name_inside_a_quoted_latin_title_is_a_word_of_the_title(tmp_path):
    # Russian quotes a song's, film's or book's foreign title in guillemets.
    gazetteer = organizations_gazetteer(tmp_path, MAGAZINE)
    for text in ("Группа выпустила синглы «Today», «It’s My Zorbline» и «Such a Shame».",
                 "Самой известной стала песня «Zorbline’s What You Make It»."):
        assert "synth-mag" not in linked_ids(gazetteer, text), text


def test_a_quoted_latin_name_with_its_article_or_legal_form_is_still_the_body(tmp_path):
    gazetteer = organizations_gazetteer(tmp_path, MAGAZINE)
    for text in ("Об этом пишет журнал «Zorbline».", "Об этом пишет журнал «The Zorbline».",
                 "Акции компании «Zorbline Ltd» выросли."):
        assert "synth-mag" in linked_ids(gazetteer, text), text


def test_a_common_noun_in_the_instrumental_before_a_genitive_is_an_agent_before_its_object(tmp_path):
    # The genitive is the object of the verbal noun, not a word of the body's name.
    gazetteer = organizations_gazetteer(tmp_path, {"synth-assembly": {"name": "Синклит"}})
    text = "Протесты продолжались до утверждения Синклитом результатов голосования."
    assert "synth-assembly" in linked_ids(gazetteer, text)
