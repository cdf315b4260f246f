"""Whose body a Russian short form means when a country's adjective owns it ("польского МИД",
"российскому Минобороны"): adjectives.py reads the adjective, homes.py decides the body. The
registry is synthetic (the bodies "Зорбком" (ЗКМ) and "Квелсовет" (КВС) are made up); the
countries are real, since they resolve against ISO 3166 and their Russian names (CLDR)."""

from __future__ import annotations

import pytest

from generator.draft.adjectives import country_of_adjective
from generator.draft.gazetteer import build_gazetteer
from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {"organizations/o.yml": """
    zorbkom-poland:
      name: Зорбком Польши
      aliases: [ЗКМ]
    zorbkom-ukraine:
      name: Зорбком Украины
      aliases: [ЗКМ]
    kvelsovet-ukraine:
      name: Квелсовет Украины
      aliases: [КВС]
    kvel-chamber-ukraine:
      name: Палата квелов Украины
      aliases: [Палата квелов]
    kvel-chamber-poland:
      name: Палата квелов Польши
"""}


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("russian_owners") / "c", REGISTRY)
    gazetteer = build_gazetteer(read_model(root))

    def draft(text: str) -> tuple[dict[str, str], str]:
        linking = link(text, tokenize(text), gazetteer)
        leave_out_foreign_institutions(linking, gazetteer, text)  # as compose.py does after linking
        return {m.words: m.target.id for m in linking.mentions}, " | ".join(d.reason for d in linking.doubts)

    return draft


@pytest.mark.parametrize("word, code", [
    ("польского", "PL"), ("польская", "PL"), ("польским", "PL"), ("Польское", "PL"),
    ("британскому", "GB"), ("британской", "GB"), ("российского", "RU"), ("российскими", "RU"),
    ("американского", "US"), ("американская", "US"), ("украинском", "UA"), ("французских", "FR"),
    ("австрийского", "AT"), ("австралийского", "AU"), ("иранского", "IR"), ("иракского", "IQ"),
])
def test_a_russian_country_adjective_names_its_country_in_any_case_and_gender(word, code):
    assert country_of_adjective(word) == code


@pytest.mark.parametrize("word", ["федерального", "главного", "южного", "штатного", "европейского",
                                  "нового", "Польша", "польза", "МИД"])
def test_other_adjectives_and_nouns_name_no_country(word):
    assert country_of_adjective(word) is None


@pytest.mark.parametrize("adjective, body", [("польского", "zorbkom-poland"), ("польский", "zorbkom-poland"),
                                             ("украинского", "zorbkom-ukraine"), ("Украинский", "zorbkom-ukraine")])
def test_a_country_adjective_before_a_shared_short_form_chooses_its_countrys_body(linked, adjective, body):
    found, _ = linked(f"Новости\n\nГлава {adjective} ЗКМ заявил о переговорах с соседями.")
    assert body in found.values()
    assert not ({"zorbkom-poland", "zorbkom-ukraine"} - {body}) & set(found.values())


def test_a_country_adjective_whose_body_is_not_registered_leaves_the_short_form_out(linked):
    found, doubts = linked("Новости\n\nГлава британского ЗКМ заявил о переговорах с соседями.")
    assert not {"zorbkom-poland", "zorbkom-ukraine"} & set(found.values())
    assert "of United Kingdom, another country's than any registered" in doubts
    # The one registered body of another country is not meant either.
    found, _ = linked("Новости\n\nГлава польского КВСа заявил о переговорах с соседями.")
    assert "kvelsovet-ukraine" not in found.values()


def test_a_body_its_adjective_owns_stays_in_a_text_that_names_other_countries(linked):
    text = "Новости\n\nГлава украинского КВСа призвал Германию и Францию к санкциям."
    found, doubts = linked(text)
    assert found.get("КВСа") == "kvelsovet-ukraine", doubts
    # Without the adjective, the text names other countries and never Ukraine: left out.
    found, doubts = linked(text.replace("украинского ", ""))
    assert "kvelsovet-ukraine" not in found.values() and "likely another country's" in doubts


def test_the_owners_body_registered_with_the_owner_after_its_name_is_found(linked):
    # "Палата квелов" is only Ukraine's alias; Poland's is registered as "Палата квелов Польши".
    found, _ = linked("Новости\n\nВчера польская Палата квелов заявила о переговорах с соседями.")
    assert found.get("Палата квелов") == "kvel-chamber-poland"
    found, doubts = linked("Новости\n\nВчера британская Палата квелов заявила о переговорах с соседями.")
    assert "Палата квелов" not in found and "another country's than any registered" in doubts
