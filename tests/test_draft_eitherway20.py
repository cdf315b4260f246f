"""A country's own name that is also a registered alias of its national team ("Germany") names the
country whichever reading is meant, so the countries that weigh a namesake's home count it
(homes.country_either_way, linker.countries_either_way, context.choose's `countries`), though the
name itself is decided only later. Synthetic registries: the bodies are made up ("Zorbic
Tribunal"); the countries are real, since they resolve against ISO 3166."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

TRIBUNALS = """
    zorbic-tribunal:
      name: Federal Zorbic Tribunal
      aliases: [Zorbic Tribunal]
    zorbic-tribunal-of-peru:
      name: Zorbic Tribunal of Peru
      aliases: [Zorbic Tribunal]
    high-zorbic-tribunal-egypt:
      name: High Zorbic Tribunal
      aliases: [Zorbic Tribunal]
"""


def _linker(root, more: str):
    write_corpus(root, {"organizations/o.yml": TRIBUNALS + more})
    gazetteer = build_gazetteer(read_model(root))

    def linked(text: str) -> tuple[dict[str, str], list[str]]:
        linking = link(text, tokenize(text), gazetteer)
        return {m.words: m.target.id for m in linking.mentions}, [d.reason for d in linking.doubts]

    return linked


GERMAN_TEAM = """
    germany-national-zorbball-team:
      name: Germany national zorbball team
      aliases: [Germany]
"""


def test_a_country_named_like_its_own_team_still_weighs_namesakes_homes(tmp_path):
    # "Germany" could be the team or the country: either way the text names Germany, so Peru's and
    # Egypt's tribunals are another country's and the one tied to no country is meant.
    linked = _linker(tmp_path / "t", GERMAN_TEAM)
    found, _ = linked("A reform of Germany's tax law was agreed. The Zorbic Tribunal had demanded it.")
    assert found.get("Zorbic Tribunal") == "zorbic-tribunal"


def test_a_name_another_body_of_no_country_shares_names_no_country_yet(tmp_path):
    # A label registered as "Germany" is no body of Germany's: until the name is decided, the text
    # names no country for sure, and the tribunal stays undecided.
    linked = _linker(tmp_path / "t", """
    zorb-records:
      name: Zorb Records
      aliases: [Germany]
    """)
    found, doubts = linked("A reform of Germany's tax law was agreed. The Zorbic Tribunal had demanded it.")
    assert "Zorbic Tribunal" not in found
    assert any(d.startswith("could be") and "zorbic-tribunal" in d for d in doubts)


def test_another_country_named_too_leaves_the_namesake_of_unknown_home_undecided(tmp_path):
    # France named outright and Germany either way: a text naming several countries, where the one
    # namesake of unknown home left may be any of theirs, registered or not.
    linked = _linker(tmp_path / "t", GERMAN_TEAM)
    found, doubts = linked("France and Germany agreed on a reform. The Zorbic Tribunal had demanded it.")
    assert "Zorbic Tribunal" not in found
    assert any("of unknown home in a text naming several countries" in d for d in doubts)
