"""A Cyrillic word the dictionary knows only as a common noun, capitalised because it opens a
sentence, is no registered Latin name heard in Cyrillic ("Тактики" is not a "TikTak"); a loan
of the name inside a sentence still is (crossscript.py). Every organization here is made up."""

from __future__ import annotations

from generator.draft.crossscript import heard_in_other_script
from generator.draft.morph import only_a_common_nouns_other_form
from generator.draft.text import tokenize

from .conftest import linked_ids, organizations_gazetteer

APP = {"zorb-taktik": {"name": "TakTik"}}


def test_a_common_noun_opening_a_sentence_is_no_latin_name(tmp_path):
    text = "Он сказал, что это бред. Тактики и стратегии всегда были разными в разных странах."
    assert "zorb-taktik" not in linked_ids(organizations_gazetteer(tmp_path, APP), text)


def test_the_latin_name_heard_inside_a_sentence_stays(tmp_path):
    text = "Вчера видео опубликовали в Тактике, и оно набрало миллион просмотров."
    assert "zorb-taktik" in linked_ids(organizations_gazetteer(tmp_path, APP), text)


def _heard(text: str, word: str) -> bool:
    tokens = tokenize(text)
    i = max(k for k, t in enumerate(tokens) if t.text == word)
    return heard_in_other_script(tokens, text, i, i + 1)


def test_only_a_sentences_first_dictionary_noun_is_refused():
    assert not _heard("Это бред. Тактики и стратегии разные.", "Тактики")
    assert _heard("Это бред. Фейсбук заблокировал аккаунт.", "Фейсбук")  # unknown to the dictionary: a loan
    assert _heard("Об этом написали в Твиттере.", "Твиттере")  # inside a sentence: its capital is the name's
    assert _heard("Это бред. Твиттер заблокировал аккаунт.", "Твиттер")  # a nominative singular: the subject may be the loan
    assert only_a_common_nouns_other_form("Тактики") and not only_a_common_nouns_other_form("Гугл")
