"""Countries as news names them: demonyms several territories share, seas and places named after a
country, and Russian spellings kept to Russian text. Against the bundled registry; the sentences
are made up."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.places import _demonym_owners
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE


def _countries(text: str) -> list[tuple[str, str]]:
    gazetteer = build_gazetteer(read_model(SAMPLE))
    return [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions
            if m.target.kind == "country"]


def test_a_demonym_territories_share_is_the_much_larger_countrys():
    # countryinfo gives "French" to France and five overseas territories, "Chinese" to China,
    # Hong Kong and Macao: none shares the demonym's first four letters with France, and Hong
    # Kong's name holds "China" too.
    found = _countries("Chinese, French, British and Indian envoys met on Monday.")
    assert found == [("Chinese", "CN"), ("French", "FR"), ("British", "GB"), ("Indian", "IN")]


def test_a_demonym_two_countries_of_like_size_share_is_neither_ones():
    # Made-up demonyms on real codes: only the codes' sizes decide.
    owners = _demonym_owners({"FR": ("Examplian", None, 60_000_000), "TF": ("Examplian", None, 1_000),
                              "CD": ("Zorblandic", None, 90_000_000), "CG": ("Zorblandic", None, 5_000_000)})
    assert owners.get("Examplian") == "FR"
    assert "Zorblandic" not in owners  # 18 times the people is not enough to decide


def test_a_sea_named_after_a_country_or_its_people_is_not_the_country():
    found = _countries("The storm crossed the Indian Ocean, the Gulf of Mexico and the South China Sea. "
                       "Officials in Mexico watched.")
    assert found == [("Mexico", "MX")]


def test_a_demonym_opening_a_citys_name_is_another_place():
    assert _countries("The fire burned near Pemberton, British Columbia, on Friday.") == []
    assert _countries("The British officials said on Friday the fire was out.") == [("British", "GB")]


def test_russian_spellings_of_countries_stay_in_russian_text():
    # "Тунис" is Tunisia and its capital; its case form "Кении" is Kenya's: neither is meant by
    # an English "TUNIS" dateline or the given name "Kenny".
    assert _countries("TUNIS 1996-08-22\n\nKenny Dalglish spoke to reporters.") == []
    assert _countries("Президент Туниса прибыл в Кению.") == [("Туниса", "TN"), ("Кению", "KE")]
