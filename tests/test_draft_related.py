"""A registry's relational fields (an organization's `country` and `parent`, a person's
`country` and `positions`) as evidence for choosing among namesakes (context.py,
english_surnames.py). Synthetic registries: the names are made up ("Zorbic Party",
"Quillstrand"); the countries are real, since they resolve against ISO 3166."""

from __future__ import annotations

from generator.dates import PartialDate
from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

PUBLISHED = PartialDate(2020, 5, 1)


def _linker(root, registry: dict[str, str]):
    write_corpus(root, registry)
    gazetteer = build_gazetteer(read_model(root))

    def linked(text: str) -> tuple[dict[str, str], list[str]]:
        linking = link(text, tokenize(text), gazetteer, PUBLISHED)
        return {m.words: m.target.id for m in linking.mentions}, [d.reason for d in linking.doubts]

    return linked


def test_a_persons_country_named_does_not_support_a_lone_surname_alone(tmp_path):
    # Everyone in a story about Pakistan may be Pakistani: the country named, with a "said",
    # is not enough for a registered surname alias, least of all where the text names another
    # bearer in full ("Tahir Zorbkhan").
    linked = _linker(tmp_path / "t", {"people/p.yml": """
        imra-zorbkhan:
          name: Imra Zorbkhan
          aliases: [Zorbkhan]
          country: PK
    """})
    found, _ = linked("Pakistan waited.\nAnalyst Tahir Zorbkhan spoke to us. Zorbkhan said the talks had stalled.")
    assert "imra-zorbkhan" not in found.values()
    # Named in full, the person is found as before.
    found, _ = linked("Pakistan waited.\nImra Zorbkhan spoke to us. Zorbkhan said the talks had stalled.")
    assert found["Imra Zorbkhan"] == "imra-zorbkhan"


def test_a_persons_country_tells_namesakes_of_one_full_name_apart(tmp_path):
    linked = _linker(tmp_path / "t", {"people/p.yml": """
        ann-quillmoor-pk:
          name: Ann Quillmoor
          country: PK
        ann-quillmoor-in:
          name: Ann Quillmoor
          country: IN
    """})
    found, _ = linked("Pakistan waited on Monday.\nAnn Quillmoor told reporters that talks had stalled.")
    assert found.get("Ann Quillmoor") == "ann-quillmoor-pk"
    # Both countries named: the evidence ties, no reference.
    found, doubts = linked("Pakistan and India waited on Monday.\nAnn Quillmoor told reporters that talks had stalled.")
    assert "Ann Quillmoor" not in found and any("could be" in d for d in doubts)


def test_an_undated_position_says_nothing_of_the_articles_date(tmp_path):
    # Ann's position has no dates: it cannot have been held "on the article's date" more than
    # Bea's nothing, so "Mr Zorbwick said" stays undecided.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        examplia-united:
          name: Examplia United
    """, "people/p.yml": """
        ann-zorbwick:
          name: Ann Zorbwick
          aliases: [Zorbwick]
          positions:
            - title: Member
              organization: examplia-united
        bea-zorbwick:
          name: Bea Zorbwick
          aliases: [Zorbwick]
    """})
    found, doubts = linked("Talks stalled on Monday.\nMr Zorbwick said the talks had stalled.")
    assert "Zorbwick" not in found and any("could be" in d for d in doubts)
    # The position's organization named decides.
    found, _ = linked("Examplia United met on Monday.\nMr Zorbwick said the talks had stalled.")
    assert found.get("Zorbwick") == "ann-zorbwick"


def test_a_registered_seat_supports_no_short_form_by_itself(tmp_path):
    # "Regensburg" is a weak form of the made-up club (its city's name): Germany named, the
    # club's seat, does not make the city the club.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        vfz-regensburg:
          name: VfZ Regensburg
          country: DE
    """})
    found, _ = linked("Germany waited on Monday.\nRegensburg announced new plans for the old town.")
    assert "vfz-regensburg" not in found.values()
    found, _ = linked("Germany waited on Monday.\nVfZ Regensburg announced new plans.")
    assert found.get("VfZ Regensburg") == "vfz-regensburg"


def test_namesakes_of_one_home_are_not_another_countrys_abroad(tmp_path):
    # A club and its women's team, both seated in Germany, in a story that names only France:
    # the proper name keeps its meaning abroad, and the plain one is its primary meaning.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        fc-zorbia:
          name: FC Zorbia
          country: DE
        fc-zorbia-women:
          name: FC Zorbia (women)
          country: DE
    """})
    found, _ = linked("France waited on Monday.\nFC Zorbia won the match in Paris.")
    assert found.get("FC Zorbia") == "fc-zorbia"
    # Namesakes of different countries still are: an interior ministry of neither is meant.
    linked = _linker(tmp_path / "u", {"organizations/o.yml": """
        inside-ministry-de:
          name: Zorbic Ministry of the Inside
          aliases: [Inside Ministry]
          country: DE
        inside-ministry-mx:
          name: Secretariat of the Inside
          aliases: [Inside Ministry]
          country: MX
    """})
    found, _ = linked("In France, the Inside Ministry said so.")
    assert "Inside Ministry" not in found
    found, _ = linked("In Germany, the Inside Ministry said so.")
    assert found.get("Inside Ministry") == "inside-ministry-de"


BEARERS = {"organizations/o.yml": """
    zorbic-party:
      name: Zorbic Party
    examplia-league:
      name: Examplia League
""", "people/p.yml": """
    ann-quillstrand:
      name: Ann Quillstrand
      country: GB
      positions:
        - title: Leader
          organization: zorbic-party
    bob-quillstrand:
      name: Bob Quillstrand
      country: US
    cy-brannock:
      name: Cy Brannock
      positions:
        - title: Member
          organization: examplia-league
    di-brannock:
      name: Di Brannock
      country: GB
      positions:
        - title: Member
          organization: examplia-league
"""}


def test_a_surname_several_bear_is_the_one_whose_ties_the_text_names(tmp_path):
    linked = _linker(tmp_path / "t", BEARERS)
    found, _ = linked("The Zorbic Party met on Monday.\nQuillstrand spoke of the talks.")
    assert found.get("Quillstrand") == "ann-quillstrand"
    # Both bearers belong to the league the text names; Di's country, named too, tells them apart.
    found, _ = linked("The Examplia League met in the United Kingdom on Monday.\nBrannock spoke of the talks.")
    assert found.get("Brannock") == "di-brannock"


def test_a_surname_several_bear_stays_unlinked_when_the_evidence_ties_or_is_none(tmp_path):
    linked = _linker(tmp_path / "t", BEARERS)
    found, _ = linked("The talks went on.\nQuillstrand spoke of them.")
    assert "Quillstrand" not in found
    # A country alone is too weak: a surname's unregistered bearers share it (measured on DWIE's
    # held-out part, where it chose one wrong person and no right one).
    found, _ = linked("The talks in the United States went on.\nQuillstrand spoke of them.")
    assert "Quillstrand" not in found
    # Both bearers belong to the league the text names: no telling which.
    found, _ = linked("The Examplia League met on Monday.\nBrannock spoke of the talks.")
    assert "Brannock" not in found


def test_a_registered_surname_inside_another_full_name_is_not_its_bearer(tmp_path):
    # The party the text names supports Gerd, but "Peter Zorbmuller" is someone else.
    linked = _linker(tmp_path / "t", {"organizations/o.yml": """
        zorbic-party:
          name: Zorbic Party
    """, "people/p.yml": """
        gerd-zorbmuller:
          name: Gerd Zorbmuller
          aliases: [Zorbmuller]
          positions:
            - title: Member
              organization: zorbic-party
    """})
    found, doubts = linked("The Zorbic Party met on Monday.\n"
                           "The premier, Peter Zorbmuller, said the talks had stalled.")
    assert "gerd-zorbmuller" not in found.values()
    assert any("another full name here, 'Peter Zorbmuller'" in d for d in doubts)
    # A title before the surname is no name: the party's member is meant.
    found, _ = linked("The Zorbic Party met on Monday.\nMinister Zorbmuller said the talks had stalled.")
    assert found.get("Zorbmuller") == "gerd-zorbmuller"
