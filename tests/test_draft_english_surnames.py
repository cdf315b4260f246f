"""A registered person named by the surname alone in English text, with no full name
(english_surnames.py). Synthetic registries: the people and organizations are made up;
the places are real, since the rule asks GeoNames and the country tables about them."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

PEOPLE = """
    zorbo-quillstrand:
      name: Zorbo Quillstrand
    mabel-thistle:
      name: Mabel Thistle
    vexa-dushanbe:
      name: Vexa Dushanbe
    hafez-al-plonkari:
      name: Hafez al-Plonkari
"""


def _linker(tmp_path, people: str = PEOPLE, organizations: str = ""):
    root = tmp_path / "c"
    files = {"people/p.yml": people}
    if organizations:
        files["organizations/o.yml"] = organizations
    write_corpus(root, files)
    gazetteer = build_gazetteer(read_model(root))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    def linking(text: str):
        return link(text, tokenize(text), gazetteer)

    return found, linking


def test_lone_surname_of_one_registered_person(tmp_path):
    found, _ = _linker(tmp_path)
    assert found("The talks ended late. Quillstrand said the deal was close.") == {"Quillstrand": "zorbo-quillstrand"}
    # A title before it is not another name; a particle joined to the registered surname is left off.
    assert found("The talks ended when President Quillstrand left.") == {"Quillstrand": "zorbo-quillstrand"}
    assert found("The war between the rebels and Plonkari went on.") == {"Plonkari": "hafez-al-plonkari"}
    # A sentence's first ordinary word is no given name.
    assert found("It rained all day. Later Quillstrand spoke to the press.") == {"Quillstrand": "zorbo-quillstrand"}


def test_not_a_dictionary_word_a_place_or_a_word_written_in_lower_case(tmp_path):
    found, _ = _linker(tmp_path)
    assert found("The vote went to Quillstrand in the end.") == {"Quillstrand": "zorbo-quillstrand"}
    assert found("The vote went to Thistle in the end.") == {}  # "thistle" is an English word
    assert found("The vote went to Dushanbe in the end.") == {}  # a capital city
    assert found("Quillstrand is not a word, but here the quillstrand is one.") == {}


def test_two_registered_people_with_the_surname(tmp_path):
    text = "The talks ended late. Quillstrand said the deal was close."
    found, _ = _linker(tmp_path / "one")
    assert found(text) == {"Quillstrand": "zorbo-quillstrand"}
    found, _ = _linker(tmp_path / "two", PEOPLE + "    olga-quillstrand:\n      name: Olga Quillstrand\n")
    assert found(text) == {}


def test_surname_spelt_otherwise_is_not_the_registered_one(tmp_path):
    # The match keys merge doubled letters (Quilstrand, Quillstrand); a lone surname must be spelt as registered.
    found, _ = _linker(tmp_path)
    assert found("The talks ended late. Quillstrand said the deal was close.") == {"Quillstrand": "zorbo-quillstrand"}
    assert found("The talks ended late. Quilstrand said the deal was close.") == {}


def test_part_of_a_longer_name_anywhere_in_the_text(tmp_path):
    found, _ = _linker(tmp_path)
    assert found("The talks ended late. Quillstrand said the deal was close.") == {"Quillstrand": "zorbo-quillstrand"}
    assert found("The talks ended late. Tiffany Quillstrand said the deal was close.") == {}
    assert found("Tiffany Quillstrand came. Later Quillstrand said the deal was close.") == {}
    assert found("The Quillstrand Foundation gave money to the school.") == {}
    assert found("The war between the rebels and Zed al-Plonkari went on.") == {}
    assert found("The war between the rebels and Plonkari al-Zed went on.") == {}
    assert found("The talks ended late and the Quillstrands left.") == {}  # a family


def test_listed_among_people_named_in_full(tmp_path):
    # Others in the list are named in full: this one is named by the only name it has (a mononym).
    found, _ = _linker(tmp_path)
    assert found("He admired Zorbal Vexx, Mira Plonk and Quillstrand as a child.") == {}
    assert found("He admired Quillstrand and Mira Plonk. He copied Quillstrand in everything.") == {}
    assert found("He admired Quillstrand and the rest of the team.") == {"Quillstrand": "zorbo-quillstrand"}


def test_a_word_of_another_registered_name(tmp_path):
    text = "The talks ended late. Quillstrand said the deal was close."
    found, _ = _linker(tmp_path / "alone")
    assert found(text) == {"Quillstrand": "zorbo-quillstrand"}
    found, _ = _linker(tmp_path / "given", PEOPLE + "    quillstrand-daxby:\n      name: Quillstrand Daxby\n")
    assert found(text) == {}  # also a registered person's given name
    found, _ = _linker(tmp_path / "org", organizations="quill-motors:\n  name: Quillstrand Motors\n")
    assert found(text) == {}  # a word of a registered company's name
    other = "    daxo-vell:\n      name: Daxo Vell\n      aliases: [Quillstrand]\n"
    found, _ = _linker(tmp_path / "alias", PEOPLE + other)
    assert found(text) == {}  # another person's registered one-word alias (a doubt resolve() closes)


def test_only_in_english_text(tmp_path):
    found, _ = _linker(tmp_path)
    assert found("On Monday Quillstrand spoke to the press about the future of the country.") == {
        "Quillstrand": "zorbo-quillstrand"}
    assert found("Gestern sprach Quillstrand mit der Presse über die Lage und die Zukunft des Landes.") == {}
    assert found("Вчера Quillstrand говорил с прессой о будущем страны.") == {}


def test_registered_surname_alias_is_judged_like_an_unregistered_surname(tmp_path):
    people = "zorbo-quillstrand:\n  name: Zorbo Quillstrand\n  aliases: [Quillstrand]\n"
    found, linking = _linker(tmp_path, people)
    text = "The talks ended late. Quillstrand said the deal was close."
    assert found(text) == {"Quillstrand": "zorbo-quillstrand"} and linking(text).doubts == []
    text = "Tiffany Quillstrand came. Later Quillstrand said the deal was close."
    assert found(text) == {} and "Quillstrand" in {d.words for d in linking(text).doubts}


def test_title_case_headline_neither_finds_nor_hides_a_surname(tmp_path):
    found, linking = _linker(tmp_path)
    text = "Quillstrand Meets Zorbland Envoy In Talks\nThe talks ended late. Quillstrand said the deal was close."
    assert [(m.words, m.line) for m in linking(text).mentions] == [("Quillstrand", 2)]
    assert found("Quillstrand Meets Zorbland Envoy In Talks\nThe talks ended late.") == {}
    # A headline in sentence case is read like any line.
    text = "Quillstrand meets the envoy\nThe talks ended late. Quillstrand said the deal was close."
    assert [(m.words, m.line) for m in linking(text).mentions] == [("Quillstrand", 1), ("Quillstrand", 2)]


def test_a_surname_the_registry_lists_alone_for_one_of_its_bearers_is_that_ones(tmp_path):
    write_corpus(tmp_path / "listed", {"people/p.yml": """
        barnaby-quillstrand:
          name: Barnaby Quillstrand
          aliases: [Quillstrand]
        mirella-quillstrand:
          name: Mirella Quillstrand
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "listed"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("The crowd cheered when Quillstrand spoke.") == {"Quillstrand": "barnaby-quillstrand"}
    # The other bearer named in full still reads the word as hers.
    assert "barnaby-quillstrand" not in found("Mirella Quillstrand came. Later Quillstrand spoke.").values()


def test_a_one_word_alias_spelling_the_surname_otherwise_is_a_surname_not_a_title(tmp_path):
    write_corpus(tmp_path / "spelt", {"people/p.yml": """
        muamar-zaddafi:
          name: Muamar Zaddafi
          aliases: [Zadhafi]
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "spelt"))
    text = "The crowd cheered when Zadhafi spoke."
    assert {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions} == {
        "Zadhafi": "muamar-zaddafi"}
