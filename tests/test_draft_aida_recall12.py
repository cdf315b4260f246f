"""A name of two words or more that the registry holds only in capitals ("ST PAULI", as a
results table or a headline prints it) is found where the text writes it in title case
("St Pauli") (generator/draft/case_rules.py, read in matches.py), unless a spelling registered
as written fits the same words. The registry is synthetic: every organization is made up."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids, linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        examplia-sporting-union:
          name: Examplia Sporting Union
          aliases: [ST ZORBAN]
        quelvo-city-zorblers:
          name: Quelvo City Zorblers
          aliases: [QUELVO CITY]
        quelvo-city-council:
          name: Quelvo City Council
          aliases: [Quelvo City]
        zorbco-holdings:
          name: Zorbco Holdings
          aliases: [ZORBCO AND SONS]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("capitals") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_name_registered_in_capitals_is_found_in_title_case(gazetteer):
    found = linked_words(gazetteer, "Zorbland cup.\nSt Zorban beat their rivals 3-1 in the cup final on Sunday.\n")
    assert found.get("St Zorban") == "examplia-sporting-union"


def test_a_name_registered_in_capitals_is_still_found_in_capitals(gazetteer):
    found = linked_words(gazetteer, "Zorbland cup.\nST ZORBAN 3 Quelvo Rangers 1\n")
    assert found.get("ST ZORBAN") == "examplia-sporting-union"


def test_a_spelling_registered_as_written_wins_over_another_entitys_capitals(gazetteer):
    text = "Zorbland budget.\nQuelvo City said on Monday it would raise the tax on bread.\n"
    assert linked_words(gazetteer, text).get("Quelvo City") == "quelvo-city-council"
    assert "quelvo-city-zorblers" not in linked_ids(gazetteer, text)


def test_capitals_with_a_lower_case_word_in_the_text_are_no_title_case_name(gazetteer):
    text = "Zorbland trade.\nThe firm Zorbco and Sons sold its mill.\n"
    assert "Zorbco and Sons" not in linked_words(gazetteer, text)
