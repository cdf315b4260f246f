"""Organizations in news stories (round 8, second part): a club's name without its club affix
(clubaffix.py), a distinctive name with its country after it (apposition.py), and the head of
an "X of Y" name, which is no place the body is named after (placealiases.py). On a synthetic
registry: every organization is made up ("Zorbton United A.F.C.", "Quelvica"); the countries are
pycountry's."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbton-united:
          name: Zorbton United A.F.C.
        quelvo-rovers:
          name: Quelvo Rovers FC
        afc:
          name: AFC
          aliases: [Asian Football Confederation]
        quelvica:
          name: S.L. Quelvica
          aliases: [Quelvica]
        interior-ministry:
          name: Interior Ministry
        fellowship:
          name: Fellowship of Zorbian Nations
          aliases: [Fellowship]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("orgs8b") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _found(gazetteer, text: str) -> dict[str, str]:
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def _comments(gazetteer, text: str) -> str:
    return " ".join(d.why for d in link(text, tokenize(text), gazetteer).doubts)


def test_a_club_without_its_dotted_affix(gazetteer):
    text = "Zorbton United defender Jan Quort is unable to travel because of a knee injury.\n"
    assert _found(gazetteer, text).get("Zorbton United") == "zorbton-united"


def test_a_club_without_its_undotted_affix(gazetteer):
    text = "The striker joined Quelvo Rovers last season for an undisclosed fee.\n"
    assert _found(gazetteer, text).get("Quelvo Rovers") == "quelvo-rovers"


def test_one_word_left_is_no_club_name(gazetteer):
    text = "He walked from Zorbton to the coast.\n"
    assert "zorbton-united" not in _found(gazetteer, text).values()


def test_a_distinctive_name_with_its_country_after_it(gazetteer):
    text = "In 1968 they beat Quelvica of Portugal 4-1 at Wembley in the final.\n"
    assert _found(gazetteer, text).get("Quelvica") == "quelvica"


def test_a_common_body_with_another_country_after_it_stays_out(gazetteer):
    text = "The Interior Ministry of Portugal banned the march on Thursday.\n"
    assert "interior-ministry" not in _found(gazetteer, text).values()


def test_the_head_of_an_of_name_is_no_place_it_is_named_after(gazetteer):
    from generator.draft.placealiases import _named_after

    # "Hampshire" is a place (ISO 3166-2): the head of "Hampshire of Zorbian Nations" all the same.
    assert not _named_after("Hampshire", "Hampshire of Zorbian Nations")
    assert _named_after("Hampshire", "Hampshire Zorbian Cricket Club")


def test_a_club_without_its_affix_over_its_citys_short_form(tmp_path):
    registry = {"organizations/o.yml": """
        leeds-club:
          name: Leeds Zorbians A.F.C.
    """}
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", registry)))
    text = "Leeds Zorbians defender Jan Quort is unable to travel because of a knee injury.\n"
    assert _found(gazetteer, text).get("Leeds Zorbians") == "leeds-club"


def test_a_papers_initials_are_no_club_affix(tmp_path):
    registry = {"organizations/o.yml": """
        am-zorbton:
          name: AM Zorbton Quelvo
    """}
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", registry)))
    text = "Prices rose across Zorbton Quelvo this year.\n"
    assert "am-zorbton" not in _found(gazetteer, text).values()


def test_a_clubs_rest_inside_a_longer_name_is_no_club(tmp_path):
    registry = {"organizations/o.yml": """
        quelvo-city:
          name: Quelvo City F.C.
    """}
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", registry)))
    assert "quelvo-city" not in _found(gazetteer, "Talks opened in New Quelvo City on Monday.\n").values()
    assert _found(gazetteer, "He scored twice for Quelvo City on Monday.\n").get("Quelvo City") == "quelvo-city"


DIGEST_REGISTRY = {"organizations/o.yml": """
    progress:
      name: Harvest
    zorb-herald:
      name: El Zorbo
    quelvo-daily:
      name: QDZ
"""}


def test_a_digests_paper_in_capitals_on_its_own_line(tmp_path):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", DIGEST_REGISTRY)))
    text = ("PRESS DIGEST - Zorbland - Aug 28.\nHeadlines from major national newspapers.\nEL ZORBO\n"
            "- Work groups to quell violence\nQDZ\n- Worldwide alarm over prices\nHARVEST\n"
            "- Government will finish pension reform\n")
    assert _found(gazetteer, text).get("HARVEST") == "progress"


def test_one_heading_in_capitals_is_no_paper(tmp_path):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", DIGEST_REGISTRY)))
    text = "Zorbland budget talks.\nEL ZORBO\n- Work groups to quell violence\nHARVEST\n- Talks went on.\n"
    assert "progress" not in _found(gazetteer, text).values()
