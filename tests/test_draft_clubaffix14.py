"""A club's affix that spells a country's initials ("U.S." of Unione Sportiva) in a club whose
city lies in another country: the club is no United States body, so a text about it that
names other countries keeps it (generator/draft/homeland.py). The clubs are made up; Bari
and Italy are real, since the rule asks GeoNames for the city's country."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        us-zorbenza-bari:
          name: U.S. Zorbenza Bari
          aliases: [Zorbenza]
        us-zorbsteel:
          name: U.S. Zorbsteel Agency
          aliases: [Zorbsteel Agency]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("clubaffix") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _drafted(gazetteer, text: str) -> dict[str, str]:
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)  # as compose.py does after linking
    return {m.words: m.target.id for m in linking.mentions}


def test_a_club_whose_city_is_abroad_is_not_the_united_states(gazetteer):
    text = "Italian league\n\nZorbenza beat the champions 2-1 in Italy on Sunday, said a coach from France."
    assert _drafted(gazetteer, text).get("Zorbenza") == "us-zorbenza-bari"


def test_a_body_named_with_the_initials_and_no_city_is_still_the_countrys(gazetteer):
    text = "Trade news\n\nThe Zorbsteel Agency in Italy met officials from France on Sunday."
    assert "Zorbsteel Agency" not in _drafted(gazetteer, text)
