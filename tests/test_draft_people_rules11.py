"""People's weakest rules, round 11: a person's one-word registered spelling read as a word of
another, unregistered full name. The registries are synthetic: made-up people of invented
syllables ("Colvar McZorb", the mononym "Quillando")."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, people_found, write_corpus

# A surname the registry also lists as a capitals headline prints it ("MCZORB"), and two people
# registered by one name only: the mononyms a football or religious page names them by.
PEOPLE = """
colvar-mczorb:
  name: Colvar McZorb
  aliases: [MCZORB]
quillando:
  name: Quillando
vexario:
  name: Vexario
"""


def test_a_surname_alias_in_capitals_is_no_acronym_inside_another_full_name(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "Brindan McZorb" is another person of that surname, not the registered Colvar.
    assert found("Brindan McZorb singled in the ninth inning as the Zorbtown Cubs won 3-2.") == {}
    # Where the registry's spelling stands alone in capitals, or the full name is there, it still counts.
    assert found("MCZORB WINS THE ZORBLAND RALLY.\nColvar McZorb won the rally.") == {
        "MCZORB": "colvar-mczorb", "Colvar McZorb": "colvar-mczorb"}


def test_a_mononym_inside_another_full_name_is_not_the_person(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    assert found("Zorbland - Quillando Gonzarez ( 10th minute, penalty )") == {}
    assert found("Edgar Quillsen's two-out single scored Vexario Tavorez with the winning run.") == {}
    # Alone, after a country's possessive or a title, the mononym is the registered person.
    assert found("Zorbland's Quillando scored twice. Quillando said he was happy.") == {"Quillando": "quillando"}
    assert found("Coach Vexario praised the team.") == {"Vexario": "vexario"}


def test_the_draft_says_whose_full_name_the_word_was_part_of(tmp_path):
    root = write_corpus(tmp_path / "c", {"people/p.yml": PEOPLE})
    gazetteer = build_gazetteer(read_model(root))
    reasons = doubt_reasons(gazetteer, "Zorbland - Quillando Gonzarez ( 10th minute, penalty )")
    assert "a word of another full name here, 'Quillando Gonzarez'" in reasons
