"""People named by the surname alone in English text (english_surnames.py), round 6: a
surname that is also a dictionary word, a city or a word of another registered name, taken
when its sentence says it is a person's; and never a word of a quoted title. Synthetic
registries: the people and organizations are made up; "Thistle" is a real English word
and "Lincoln" a real city, since the rule asks the dictionary and GeoNames about them."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

PEOPLE = """
    zorbo-thistle:
      name: Zorbo Thistle
    mabel-quillstrand:
      name: Mabel Quillstrand
    vexa-lincoln:
      name: Vexa Lincoln
    pell-marrowind:
      name: Pell Marrowind
    ottla-brindlecomb:
      name: Ottla Brindlecomb
"""
ORGANIZATIONS = """
    marrowind-logistics:
      name: Marrowind Logistics
"""


def _found(tmp_path, people: str = PEOPLE, organizations: str = ORGANIZATIONS):
    root = tmp_path / "c"
    write_corpus(root, {"people/p.yml": people, "organizations/o.yml": organizations})
    gazetteer = build_gazetteer(read_model(root))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    return found


def test_a_dictionary_word_as_a_surname_needs_its_sentence_to_say_so(tmp_path):
    found = _found(tmp_path)
    assert found("The vote went to Thistle in the end.") == {}  # "thistle" is an English word
    assert found("The talks ended when President Thistle left.") == {"Thistle": "zorbo-thistle"}
    assert found("The talks ended late, Thistle said on Monday.") == {"Thistle": "zorbo-thistle"}
    # A registered person found beside it in a list, before or after it.
    assert found("Mabel Quillstrand spoke first. After lunch Quillstrand and Thistle left.") == {
        "Mabel Quillstrand": "mabel-quillstrand", "Quillstrand": "mabel-quillstrand", "Thistle": "zorbo-thistle"}
    assert found("Mabel Quillstrand spoke first. After lunch Thistle, Quillstrand and others left.")["Thistle"] \
        == "zorbo-thistle"
    # A list of unregistered names, or a word the text writes in lower case, is no cue.
    assert found("After lunch Grumm and Thistle left.") == {}
    assert found("President Thistle left; a thistle grew in the yard.") == {}


def test_a_city_as_a_surname_needs_a_title(tmp_path):
    found = _found(tmp_path)
    # "Washington said" is a government: a city's name before "said" is not a person's.
    assert found("The talks ended late, Lincoln said on Monday.") == {}
    assert found("Mabel Quillstrand spoke first. After lunch Quillstrand and Lincoln left.") == {
        "Mabel Quillstrand": "mabel-quillstrand", "Quillstrand": "mabel-quillstrand"}
    assert found("The talks ended when President Lincoln left.") == {"Lincoln": "vexa-lincoln"}


def test_a_word_of_another_registered_name_needs_a_title_or_a_list(tmp_path):
    found = _found(tmp_path)
    # "Marrowind" is also a word of a company's name: "Marrowind said" may be the company.
    assert found("The talks ended late, Marrowind said on Monday.") == {}
    assert found("The talks ended when Chairman Marrowind left.") == {"Marrowind": "pell-marrowind"}
    assert found("Mabel Quillstrand spoke first. After lunch Quillstrand and Marrowind left.")["Marrowind"] \
        == "pell-marrowind"


def test_a_given_name_of_another_person_stays_out_whatever_the_cue(tmp_path):
    found = _found(tmp_path, PEOPLE + """
    marrowind-plax:
      name: Marrowind Plax
""")
    assert found("The talks ended when Chairman Marrowind left.") == {}


def test_a_surname_in_a_quoted_title_is_no_mention(tmp_path):
    found = _found(tmp_path)
    assert found("The novel sold well. Critics praised Brindlecomb for it.") == {"Brindlecomb": "ottla-brindlecomb"}
    # "Brindlecomb's Garden" names a book: neither there nor elsewhere in the text is the word the person.
    assert found('The novel "Brindlecomb\'s Garden" sold well. Critics praised Brindlecomb for it.') == {}
    assert found("The film \u201cThe Brindlecomb Files\u201d opened.") == {}
    # A quotation that is a sentence is no title.
    assert found('"We will win," Brindlecomb said.') == {"Brindlecomb": "ottla-brindlecomb"}


def test_a_person_registered_under_a_given_name_needs_support_as_the_text_writes_it(tmp_path):
    # A made-up entry filed under one word in a case form ("Луке", as a rough registry files a
    # mention): the text's "Лука" is a given name by the dictionary, so a given name alone.
    found = _found(tmp_path, """
    made-up-luka:
      name: Луке
    made-up-zorbinek:
      name: Зорбинек
""", "")
    assert found("Вчера Лука приехал в город.") == {}
    assert found("Вчера Зорбинек приехал в город.") == {"Зорбинек": "made-up-zorbinek"}


def test_a_title_or_a_word_after_an_article_takes_no_cue(tmp_path):
    found = _found(tmp_path, PEOPLE + """
    zorbo-king:
      name: Zorbo King
""")
    assert found("The talks ended late, King said.") == {}  # "king" is a title as well as a word
    assert found("The talks ended late, the Thistle said.") == {}
    assert found("The talks ended late, Thistle said.") == {"Thistle": "zorbo-thistle"}
