"""A national institution named without its country ("the Interior Ministry", "the Senate")
when the registry holds several countries' namesakes: decided by the countries the text
names (homes.py, context.py). Synthetic registries: the institutions' names are made up
("Zorbland Chamber of Examples"); the countries are real, since they resolve against ISO 3166."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus


def _linker(root, registry: dict[str, str]):
    write_corpus(root, registry)
    gazetteer = build_gazetteer(read_model(root))

    def linked(text: str) -> tuple[dict[str, str], list[str]]:
        linking = link(text, tokenize(text), gazetteer)
        return {m.words: m.target.id for m in linking.mentions}, [d.reason for d in linking.doubts]

    return linked


TRIBUNALS = {"organizations/o.yml": """
    zorbic-tribunal:
      name: Federal Zorbic Tribunal
      aliases: [Zorbic Tribunal]
    zorbic-tribunal-of-peru:
      name: Zorbic Tribunal of Peru
      aliases: [Zorbic Tribunal]
    zorbic-tribunal-chile:
      name: Zorbic Tribunal (Chile)
    high-zorbic-tribunal-egypt:
      name: High Zorbic Tribunal
      aliases: [Zorbic Tribunal]
"""}


def test_namesakes_of_countries_the_text_never_names_are_left_out(tmp_path):
    linked = _linker(tmp_path / "t", TRIBUNALS)
    # Peru's and Chile's (by name and by qualifier) and Egypt's (by its id) are other countries'
    # in a text that names only Germany: the one namesake tied to no country is meant.
    found, _ = linked("Germany waited. The Zorbic Tribunal ruled on Monday.")
    assert found == {"Germany": "DE", "Zorbic Tribunal": "zorbic-tribunal"}
    # A text that names Peru still means Peru's.
    found, _ = linked("Peru waited. The Zorbic Tribunal ruled on Monday.")
    assert found == {"Peru": "PE", "Zorbic Tribunal": "zorbic-tribunal-of-peru"}
    # A text that names no country says nothing about whose: no reference.
    found, doubts = linked("The Zorbic Tribunal ruled on Monday.")
    assert found == {} and doubts[0].startswith("could be")


def test_every_namesake_another_countrys_gives_no_reference(tmp_path):
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        zorbic-tribunal-of-peru:
          name: Zorbic Tribunal of Peru
          aliases: [Zorbic Tribunal]
        zorbic-tribunal-chile:
          name: Zorbic Tribunal (Chile)
    """})
    found, doubts = linked("Mongolia waited. The Zorbic Tribunal ruled on Monday.")
    assert found == {"Mongolia": "MN"}
    assert doubts == ["each is another country's than the text names: zorbic-tribunal-chile: Chile, "
                      "zorbic-tribunal-of-peru: Peru"]


def test_several_namesakes_of_unknown_home_stay_undecided(tmp_path):
    # Two namesakes whose home the registry does not give: leaving out a third country's
    # does not make either the text's country's (an Angolan text's interior ministry).
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        zorbic-interior:
          name: Zorbic Ministry of the Inside
          aliases: [Inside Ministry]
        secretariat-of-the-inside:
          name: Secretariat of the Inside
          aliases: [Inside Ministry]
        inside-ministry-of-peru:
          name: Inside Ministry of Peru
    """})
    found, doubts = linked("Angola waited. The Inside Ministry said so on Monday.")
    assert found == {"Angola": "AO"}
    assert doubts == ["could be organization secretariat-of-the-inside or organization zorbic-interior; "
                      "the text does not say which"]


def test_a_registered_seat_ties_a_namesake_to_its_country(tmp_path):
    # A real registry gives an institution's seat: then a French text's interior ministry,
    # unregistered, is not Germany's, and a German text's is.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        inside-ministry-de:
          name: Zorbic Ministry of the Inside
          aliases: [Inside Ministry]
          country: Germany
        inside-ministry-mx:
          name: Secretariat of the Inside
          aliases: [Inside Ministry]
          country: Mexico
    """})
    assert linked("In Germany, the Inside Ministry said so.")[0] == {"Germany": "DE",
                                                                      "Inside Ministry": "inside-ministry-de"}
    found, doubts = linked("In France, the Inside Ministry said so.")
    assert found == {"France": "FR"} and doubts[0].startswith("each is another country's")


def test_a_country_named_right_before_the_name_is_its_owner(tmp_path):
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        outside-ministry-turkey:
          name: Ministry of the Outside (Turkey)
          aliases: [Outside Ministry]
    """})
    # "Germany's Outside Ministry" is not Turkey's, though the text names Turkey.
    found, doubts = linked("Germany's Outside Ministry warned travellers to Turkey.")
    assert found == {"Germany": "DE", "Turkey": "TR"}
    assert doubts == ["'Outside Ministry' of Germany, another country's than any registered"]
    found, _ = linked("The German Outside Ministry warned travellers to Turkey.")
    assert "Outside Ministry" not in found
    assert linked("Turkey's Outside Ministry warned travellers.")[0] == {
        "Turkey": "TR", "Outside Ministry": "outside-ministry-turkey"}


def test_an_owner_before_the_name_keeps_a_namesake_of_unknown_home(tmp_path):
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        zorbic-outside-office:
          name: Zorbic Outside Office
          aliases: [Outside Office]
    """})
    assert linked("Germany's Outside Office warned travellers.")[0] == {
        "Germany": "DE", "Outside Office": "zorbic-outside-office"}


CHAMBERS = {"organizations/o.yml": """
    chamber-jordan:
      name: Chamber of Elders
    peru-chamber:
      name: Peru Chamber of Elders
    assembly-of-chile:
      name: Zorbic Assembly of Chile
"""}


def test_a_state_body_written_without_the_country_the_text_names(tmp_path):
    linked = _linker(tmp_path / "t", CHAMBERS)
    # "Chamber of Elders" is Jordan's by its id, and Peru's registered under Peru's name:
    # a text about Peru means Peru's.
    found, _ = linked("Peru voted on Sunday. The Chamber of Elders then met.")
    assert found == {"Peru": "PE", "Chamber of Elders": "peru-chamber"}
    # Alone, with the country named after "of", inside a sentence.
    found, _ = linked("Chile voted on Sunday, and the Zorbic Assembly met.")
    assert found == {"Chile": "CL", "Zorbic Assembly": "assembly-of-chile"}
    # Not where the text never names the country.
    assert "Zorbic Assembly" not in linked("Peru voted on Sunday, and the Zorbic Assembly met.")[0]
    # Not a single word by itself, nor at a sentence's start, where capitals say nothing.
    assert "Zorbic Assembly" not in linked("Chile voted on Sunday. Zorbic Assembly members met.")[0]


def test_a_state_body_without_its_country_yields_to_the_owner_before_it(tmp_path):
    linked = _linker(tmp_path / "t", CHAMBERS)
    found, doubts = linked("Peru and Italy voted. Italy's Chamber of Elders then met.")
    assert "Chamber of Elders" not in found
    assert doubts == ["'Chamber of Elders' of Italy, another country's than any registered"]


def test_a_country_named_by_its_last_word_ties_a_namesake(tmp_path):
    # "of Korea" names no one country, yet South or North Korea's, not Germany's.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        zorbic-tribunal:
          name: Federal Zorbic Tribunal
          aliases: [Zorbic Tribunal]
        zorbic-tribunal-korea:
          name: Zorbic Tribunal of Korea
          aliases: [Zorbic Tribunal]
    """})
    assert linked("Germany waited. The Zorbic Tribunal ruled.")[0] == {"Germany": "DE",
                                                                       "Zorbic Tribunal": "zorbic-tribunal"}
    assert linked("South Korea waited. The Zorbic Tribunal ruled.")[0] == {
        "South Korea": "KR", "Zorbic Tribunal": "zorbic-tribunal-korea"}


def test_an_owner_before_the_name_leaves_out_namesakes_of_unknown_home_among_others(tmp_path):
    # Where the registry tells namesakes apart by country, one whose home it does not give
    # is not thereby the owner's: "Nigeria's Inside Ministry" is neither Peru's nor the other.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        zorbic-interior:
          name: Zorbic Ministry of the Inside
          aliases: [Inside Ministry]
        inside-ministry-of-peru:
          name: Inside Ministry of Peru
          aliases: [Inside Ministry]
    """})
    found, doubts = linked("Nigeria's Inside Ministry said so on Monday.")
    assert found == {"Nigeria": "NG"}
    assert doubts == ["'Inside Ministry' of Nigeria, another country's than any registered"]


def test_the_one_namesake_of_unknown_home_left_needs_a_text_about_one_country(tmp_path):
    linked = _linker(tmp_path / "t", TRIBUNALS)
    # Germany's and Mongolia's institutions both go by that name: the one left may be either's.
    found, doubts = linked("Germany and Mongolia waited. The Zorbic Tribunal ruled on Monday.")
    assert found == {"Germany": "DE", "Mongolia": "MN"}
    assert doubts == ["the only one of its namesakes not another country's (high-zorbic-tribunal-egypt: Egypt, "
                      "zorbic-tribunal-chile: Chile, zorbic-tribunal-of-peru: Peru), but of unknown home in a "
                      "text naming several countries"]


def test_an_owner_is_read_right_before_the_name_within_its_sentence(tmp_path):
    from generator.draft.homes import owner_named_before

    write_corpus(tmp_path / "t", {"organizations/o.yml": "zorb:\n  name: Zorbic Outside Office\n"})
    gazetteer = build_gazetteer(read_model(tmp_path / "t"))

    def owner(text: str) -> set[str]:
        return {c.id for c in owner_named_before(text, text.index("Outside"), gazetteer)}

    assert owner("Germany's Outside Office") == {"DE"}
    assert owner("the Turkish Outside Office") == {"TR"}
    assert owner("the U.S. Outside Office") == {"US"}
    assert owner("It rained in Germany. Outside Office staff stayed in.") == set()
    assert owner("Chancellor Zorb's Outside Office") == set()
