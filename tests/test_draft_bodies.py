"""Whose body a short form means (bodies.py): the owner the text names, the country of the
story's dateline, and a state body's one-word short form ("Congress"). Synthetic registries:
the bodies' names are made up ("Zorbland Union", "Department of Harbours"); the countries are
real, since they resolve against ISO 3166, and so are the dateline's cities (GeoNames)."""

from __future__ import annotations

from generator.draft.bodies import owning_organizations, stands_alone, story_countries
from generator.draft.gazetteer import build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.text import token_key, tokenize
from generator.pipeline import read_model

from .conftest import write_corpus


def _linker(root, registry: dict[str, str]):
    write_corpus(root, registry)
    gazetteer = build_gazetteer(read_model(root))

    def linked(text: str) -> tuple[dict[str, str], list[str]]:
        linking = link(text, tokenize(text), gazetteer)
        leave_out_foreign_institutions(linking, gazetteer, text)  # as compose.py does after linking
        return {m.words: m.target.id for m in linking.mentions}, [d.reason for d in linking.doubts]

    return linked, gazetteer


STATE = {"organizations/o.yml": """
    congress-of-peru:
      name: Congress of Peru
    peru-weekly:
      name: Peru Weekly
    peru-department-of-harbours:
      name: Peru Department of Harbours
      aliases: [Harbour Department]
"""}


def test_the_dateline_gives_the_storys_country(tmp_path):
    _, gazetteer = _linker(tmp_path / "t", STATE)
    names = lambda text: {c.id for c in story_countries(text, gazetteer)}  # noqa: E731
    assert names("Zorbs sail again.\nLIMA 1996-08-22\nThe zorbs sailed.") == {"PE"}  # a capital
    assert names("Zorbs sail again.\nCHICAGO 1996-08-22\nThe zorbs sailed.") == {"US"}  # a city, by GeoNames
    assert names("Zorbs sail again.\nZORBTON, Peru 1996-08-22\nThe zorbs sailed.") == {"PE"}  # its region
    assert names("ZORBTON, May 31. /TASS/. The zorbs sailed.") == set()  # a place nobody knows
    assert names("Zorbs sail again.\nThe zorbs sailed from Lima.") == set()  # no dateline


def test_a_state_bodys_head_word_stands_alone_in_a_story_filed_from_its_country(tmp_path):
    linked, _ = _linker(tmp_path / "t", STATE)
    found, _ = linked("Budget passes.\nLIMA 1996-08-22\nLawmakers in the opposition-led Congress passed the budget.")
    assert found == {"Congress": "congress-of-peru"}
    # Any word a name ends with is no body alone: "Weekly" of Peru Weekly.
    found, _ = linked("Weekly sells out.\nLIMA 1996-08-22\nThe new Weekly sold out on Monday.")
    assert found == {}
    # A text that only names the country may mean another's Congress (measured: see the README note).
    found, _ = linked("Peru waited. Lawmakers in the opposition-led Congress passed the budget.")
    assert found == {"Peru": "PE"}
    assert stands_alone(token_key("Congress")) and stands_alone(token_key("Navy"))
    assert not stands_alone(token_key("Weekly"))


def test_the_dateline_names_the_bodys_country(tmp_path):
    linked, _ = _linker(tmp_path / "t", STATE)
    # Filed from Lima: the Congress is Peru's, though the text names only Chile.
    found, _ = linked("Budget passes.\nLIMA 1996-08-22\nThe opposition-led Congress passed the budget, Chile said.")
    assert found == {"Congress": "congress-of-peru", "Chile": "CL"}
    # A body every country has, registered only as Peru's, in a story filed from Lima about Chile
    # and Bolivia: Peru's (misreadings.py and homeland.py count the dateline's country).
    text = "Talks begin.\nLIMA 1996-08-22\nChile and Bolivia will talk on Monday, the Harbour Department said."
    found, _ = linked(text)
    assert found["Harbour Department"] == "peru-department-of-harbours"
    # Filed from elsewhere, the same words are another country's body: left out.
    found, doubts = linked(text.replace("LIMA", "SANTIAGO"))
    assert "Harbour Department" not in found
    assert any(d.startswith("'Peru Department of Harbours' is Peru's, and the text names other countries")
               for d in doubts)


COUNCILS = {"organizations/o.yml": """
    zorbland-union:
      name: Zorbland Union
      aliases: [ZU]
    zorbland-union-examples-council:
      name: Zorbland Union Examples Council
      aliases: [Examples Council]
    examples-council-of-peru:
      name: Examples Council of Peru
      aliases: [Examples Council]
    eastern-lakes:
      name: Eastern Lakes
      aliases: [ZORBTON]
    zorbton-lakes-of-the-north:
      name: Zorbton Lakes of the North
      aliases: [Lakes of the North]
"""}


def test_a_namesake_whose_owner_the_text_names(tmp_path):
    linked, gazetteer = _linker(tmp_path / "t", COUNCILS)
    # Peru's is another country's in a text about Chile and Bolivia; the other is of unknown home,
    # but the text names the organization whose name opens its own: the Zorbland Union's.
    found, _ = linked("Chile and Bolivia asked the Zorbland Union for help. The Examples Council met on Monday.")
    assert found["Examples Council"] == "zorbland-union-examples-council"
    # Without its owner named, a body of unknown home in a text naming several countries is left out.
    found, doubts = linked("Chile and Bolivia asked for help. The Examples Council met on Monday.")
    assert "Examples Council" not in found
    assert any("unknown home" in d for d in doubts)
    # Only a registered name owns: an alias in capitals (a results table's city) opens no body's name.
    targets = {t.id: t for t in (f.target for forms in gazetteer.index.values() for f in forms)}
    assert {t.id for t in owning_organizations(targets["zorbland-union-examples-council"], gazetteer)} \
        == {"zorbland-union"}
    assert owning_organizations(targets["zorbton-lakes-of-the-north"], gazetteer) == frozenset()


def test_a_body_named_in_full_before_by_its_one_word(tmp_path):
    linked, _ = _linker(tmp_path / "t", {"organizations/o.yml": """
        peru-navy:
          name: Peru Navy
        zorbland-navy-band:
          name: Navy Band of Zorbland
    """})
    found, _ = linked("Chile and Bolivia watched the Peru Navy sail. Later the Navy said the zorbs were safe.")
    assert found == {"Chile": "CL", "Bolivia": "BO", "Peru Navy": "peru-navy", "Navy": "peru-navy"}
    # Before its full name, or with no full name at all, the word says nothing of whose navy.
    found, _ = linked("Chile and Bolivia watched. The Navy sailed. Later the Peru Navy said the zorbs were safe.")
    assert found == {"Chile": "CL", "Bolivia": "BO", "Peru Navy": "peru-navy"}


def test_an_owners_acronym_before_a_bodys_short_form_is_one_name(tmp_path):
    linked, _ = _linker(tmp_path / "t", COUNCILS)
    found, _ = linked("Chile wrote to the ZU Examples Council on Monday.")
    assert found == {"Chile": "CL", "ZU Examples Council": "zorbland-union-examples-council"}
    # Another organization before the short form is no owner: its name does not open the body's.
    found, _ = linked("Chile wrote to the Eastern Lakes Examples Council on Monday.")
    assert "Examples Council" not in found and "Eastern Lakes Examples Council" not in found
