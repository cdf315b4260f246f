"""Choosing among namesakes only on evidence of the chosen one's own (context.py, sportspages.py).
Every institution, team and place name here is made up ("Zorbic", "Zorbton"); the countries are
real, since they resolve against ISO 3166."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus


def _linker(root, registry: str):
    write_corpus(root, {"organizations/o.yml": registry})
    gazetteer = build_gazetteer(read_model(root))

    def linked(text: str) -> tuple[dict[str, str], str]:
        linking = link(text, tokenize(text), gazetteer)
        return {m.words: m.target.id for m in linking.mentions}, " | ".join(d.reason for d in linking.doubts)

    return linked


# Peru's and Chile's bodies, and one of unknown home whose registered name is a common noun's.
OFFICES = """
    outer-office-of-peru:
      name: Outer Office of Peru
      aliases: [Outer Office]
    outer-office-chile:
      name: Outer Office (Chile)
    outer-office:
      name: Outer office
      aliases: [Outer Office]
"""


def test_a_namesake_left_whose_name_names_a_kind_of_body_is_not_referenced(tmp_path):
    linked = _linker(tmp_path / "t", OFFICES)
    # Germany's own Outer Office is not registered: the generic entry left is no reference for it.
    found, doubts = linked("Germany waited. The Outer Office said on Monday that talks would go on.")
    assert found == {"Germany": "DE"}
    assert "'Outer office' names a kind of body" in doubts
    # A text that names Peru still means Peru's.
    found, _ = linked("Peru waited. The Outer Office said on Monday that talks would go on.")
    assert found["Outer Office"] == "outer-office-of-peru"


def test_a_namesake_left_under_a_proper_name_is_still_referenced(tmp_path):
    linked = _linker(tmp_path / "t", OFFICES.replace("name: Outer office", "name: Federal Outer Office"))
    found, _ = linked("Germany waited. The Outer Office said on Monday that talks would go on.")
    assert found["Outer Office"] == "outer-office"


def test_a_word_beside_a_weak_form_does_not_choose_among_namesakes(tmp_path):
    linked = _linker(tmp_path / "t", """
        malta-zorbic-racing:
          name: Malta Zorbic Racing
          aliases: [Malta]
    """)
    # "spokesman" says an organization rather than the country, not that this team is meant.
    found, doubts = linked("The fires were not arson, said Wayne Malta, a spokesman for the Zorbic police.")
    assert "malta-zorbic-racing" not in found.values() and "MT" not in found.values()
    assert "only a word beside it" in doubts
    # Named in full elsewhere in the text, the team is meant.
    found, _ = linked("Malta Zorbic Racing won the race. Malta, a team of twelve, celebrated.")
    assert found["Malta"] == "malta-zorbic-racing"


SPORTS = """
    zorbton:
      name: Zorbton
    zorbtoner-sv:
      name: Zorbtoner SV
      aliases: [Zorbton]
    quelvo:
      name: Quelvo
    quelvo-broncos:
      name: Quelvo Broncos
      aliases: [Quelvo]
    quelvo-lions:
      name: Quelvo Lions
      aliases: [Quelvo]
    examplia-rovers:
      name: Examplia Rovers
"""
RESULTS = "SOCCER - RESULTS ON SATURDAY.\nExamplia Rovers 0 Zorbton 1\nQuelvo 2 Examplia Rovers 2\n"


def _cities(monkeypatch, *names: str):
    """The made-up names are cities: the rule asks GeoNames whether a name is a city's."""
    import generator.draft.sportspages as sportspages

    real = sportspages.is_city
    monkeypatch.setattr(sportspages, "is_city", lambda name, population=100_000: name in names
                        or real(name, population))


def test_on_a_results_page_a_city_is_the_team_named_by_its_adjective(tmp_path, monkeypatch):
    _cities(monkeypatch, "Zorbton", "Quelvo")
    linked = _linker(tmp_path / "t", SPORTS)
    found, _ = linked(RESULTS)
    assert found["Zorbton"] == "zorbtoner-sv"
    # Elsewhere than on a sports page the name as registered still wins.
    found, _ = linked("BUDGET - The council met.\nThe Zorbton council said the budget was final.\n")
    assert found["Zorbton"] == "zorbton"


def test_on_a_results_page_a_city_of_two_teams_is_neither_the_city_nor_a_guessed_team(tmp_path, monkeypatch):
    _cities(monkeypatch, "Zorbton", "Quelvo")
    linked = _linker(tmp_path / "t", SPORTS)
    found, doubts = linked(RESULTS)
    assert "Quelvo" not in found
    assert "quelvo-broncos or organization quelvo-lions" in doubts
    found, _ = linked("BUDGET - The council met.\nThe Quelvo council said the budget was final.\n")
    assert found["Quelvo"] == "quelvo"


def test_a_choice_made_by_the_names_preference_alone_says_so(tmp_path, monkeypatch):
    from bench.draft_rules import rule_of

    _cities(monkeypatch, "Zorbton", "Quelvo")
    write_corpus(tmp_path / "t", {"organizations/o.yml": SPORTS})
    gazetteer = build_gazetteer(read_model(tmp_path / "t"))
    hows = {m.words: m.how for m in link(RESULTS, tokenize(RESULTS), gazetteer).mentions}
    # Nothing in the page but the page itself sets the team ahead of the city: not "from the text".
    assert "preferred over zorbton as the one the name means first here" in hows["Zorbton"]
    assert "from the rest of the text" not in hows["Zorbton"]
    assert rule_of(hows["Zorbton"]) == "namesake the name means first"


CLUB_AND_CITY = """
    zorbchester:
      name: Zorbchester
    zorbchester-city-afc:
      name: Zorbchester City A.F.C.
      aliases: [Zorbchester]
    examplia-rovers:
      name: Examplia Rovers
"""


def test_a_football_clubs_city_on_another_sports_results_page_is_neither_club_nor_city(tmp_path, monkeypatch):
    _cities(monkeypatch, "Zorbchester")
    linked = _linker(tmp_path / "t", CLUB_AND_CITY)
    rugby = "RUGBY LEAGUE - RESULTS ON SATURDAY.\nExamplia Rovers 12 Zorbchester 24\nZorbchester 6 Examplia Rovers 8\n"
    found, doubts = linked(rugby)
    assert "Zorbchester" not in found
    assert "a football club's city on a results page about another sport" in doubts
    football = rugby.replace("RUGBY LEAGUE", "SOCCER")
    assert linked(football)[0]["Zorbchester"] == "zorbchester-city-afc"
