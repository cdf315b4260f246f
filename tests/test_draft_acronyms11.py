"""Registered spellings in capitals that the text may use for another body than the registered
one (generator/draft/otherwise.py, misreadings.py), on a synthetic registry: the teams and
bodies are made up ("Osaka Zorbers", "Quelvian Sports Union"); the cities they are called by
are real, since the linker asks GeoNames whether a name is a city's."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_ids, linked_words, write_corpus

_TEAMS = {  # id: (registered name, the alias a table calls it by: a large city's name in capitals)
    "osaka-zorbers": ("Osaka Zorbers", "OSAKA"),
    "birmingham-quelvs": ("Birmingham Quelvs", "BIRMINGHAM"),
    "zorbton-reds": ("Zorbton Reds", "ZORBTON"),
    "quelvora-sox": ("Quelvora Sox", "QUELVORA"),
    "brannox-blues": ("Brannox Blues", "BRANNOX"),
    "examplia-city-jays": ("Examplia City Jays", "EXAMPLIA CITY"),
    "zorbville-owls": ("Zorbville Owls", "ZORBVILLE"),
    "quelvstadt-bears": ("Quelvstadt Bears", "QUELVSTADT"),
}
REGISTRY = {"organizations/o.yml": "".join(f"        {key}:\n          name: {name}\n          aliases: [{alias}]\n"
                                           for key, (name, alias) in _TEAMS.items())}

# The registered league's standings: every cell names a registered team.
LEAGUE = """ZORBBALL - EXAMPLIAN LEAGUE STANDINGS.
Standings after games played on Sunday:
W L PCT GB
ZORBTON 72 54 .571 -
OSAKA 70 56 .556 2
QUELVORA 68 59 .535 4 1/2
BRANNOX 63 63 .500 9
BIRMINGHAM 62 64 .492 10
ZORBVILLE 61 66 .480 11 1/2
EXAMPLIA CITY 66 60 .524 4
QUELVSTADT 58 68 .460 12
"""


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("acronyms11") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_a_citys_name_in_capitals_is_the_team_in_its_own_leagues_table(gazetteer):
    assert linked_ids(gazetteer, LEAGUE) == set(_TEAMS)


def test_in_another_leagues_table_a_citys_name_in_capitals_is_no_registered_team(gazetteer):
    # Half the cells name teams the registry does not hold: another league's table (another sport's),
    # whose "OSAKA" and "BIRMINGHAM" are that league's teams of those cities, not the registered ones.
    other = LEAGUE
    for registered, unknown in (("ZORBTON", "QUORNBY"), ("QUELVORA", "VEXMOOR"), ("BRANNOX", "TRELLICK"),
                                ("EXAMPLIA CITY", "DUNMARROW")):
        other = other.replace(registered, unknown)
    found = linked_ids(gazetteer, other)
    assert not found & {"osaka-zorbers", "birmingham-quelvs"}
    assert "also a place name" in doubt_reasons(gazetteer, other)
    assert "zorbville-owls" in found  # a name no city bears is the team as before


def test_the_citys_name_in_capitals_with_the_teams_full_name_is_the_team(gazetteer):
    text = "ZORBBALL - OSAKA WIN AGAIN.\nThe Osaka Zorbers beat the Zorbton Reds 5-3 on Sunday.\n"
    assert {"osaka-zorbers", "zorbton-reds"} <= linked_ids(gazetteer, text)


_BODIES = {"organizations/o.yml": """        zorbian-union:
          name: Zorbian Union
          aliases: [ZU, Е, Q]
        cskz-zorbton:
          name: FC CSKZ Zorbton
          aliases: [CSKZ]
        pzv-osaka:
          name: PZV Osaka
          aliases: [PZV]
        zorbco-offices:
          name: Zorbco Offices
"""}


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("acronyms11b") / "c", _BODIES)
    return build_gazetteer(read_model(root))


def test_initials_before_another_city_are_that_citys_body(bodies):
    text = "SOCCER - RESULTS.\nCSKZ Sofia beat Quelvo 2-1 on Sunday, while CSKZ lost at home.\n"
    assert "that city's body of the same initials" in doubt_reasons(bodies, text)
    # The bare initials later in the same text are still the registered club.
    assert "cskz-zorbton" in linked_ids(bodies, "SOCCER - RESULTS.\nCSKZ lost at home to Quelvo.\n")
    assert "cskz-zorbton" not in linked_ids(bodies, "SOCCER - RESULTS.\nCSKZ Sofia beat Quelvo 2-1.\n")


def test_initials_before_their_own_city_stay_the_body(bodies):
    assert "pzv-osaka" in linked_ids(bodies, "PZV Osaka beat Quelvo 2-1 on Sunday.\n")


def test_one_letter_in_brackets_after_a_name_is_no_acronym_the_text_defines(bodies):
    # linker.defined_acronyms: "( C )" after a building's name labels it; the letter found later is no body.
    text = "ZORBTON OFFICE BUILDING - Zorbco Offices ( C ) sold it on Monday.\nThe buyer of C was not named.\n"
    assert "C" not in linked_words(bodies, text)
    assert "zorbco-offices" in linked_ids(bodies, text)


def test_a_registered_one_letter_acronym_elsewhere_is_still_read(bodies):
    # Only a run of letters is read otherwise: the letter alone in a sentence stays.
    assert "zorbian-union" in linked_ids(bodies, "Officials of Q met in Zorbton on Monday.\n")


def test_one_letter_in_a_run_of_letters_is_no_body(bodies):
    text = "ZORBBALL - STANDINGS.\nW L Q PCT GB\nThe vitamins A B Q D were sold out, Zorbco said.\n"
    assert "one of a run of letters" in doubt_reasons(bodies, text)
    assert "zorbian-union" not in linked_ids(bodies, text)
