"""A navy's prefix before a country's name makes it a ship's name (nineteenth round,
countryreads._SHIP_PREFIXES): "the submarine USS Holland", "HMS Ireland", "SS France" name ships,
not the Netherlands, Ireland or France. The people and companies are made up; the countries real."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE


def _countries(text: str) -> set[str]:
    gazetteer = build_gazetteer(read_model(SAMPLE))
    return {m.target.id for m in link(text, tokenize(text), gazetteer).mentions if m.target.kind == "country"}


@pytest.mark.parametrize("text, country", [
    ("Zorb Quillan served aboard the submarine USS Holland off New Jersey in 1901.", "NL"),
    ("The crew of HMS Ireland rescued Ada Vint, a sailor from Zorbton, on Monday.", "IE"),
    ("The liner SS France docked at Zorbton with Bo Quarx aboard.", "FR"),
])
def test_a_ships_name_is_no_country(text, country):
    assert country not in _countries(text)


@pytest.mark.parametrize("text, country", [
    # the country named apart from the ship
    ("Zorb Quillan served aboard the submarine USS Zorbic before sailing for Ireland.", "IE"),
    # an ordinary capitalised word before the name ("New Jersey" aside, the country stays)
    ("Zorbco Shipping sailed from France on Monday.", "FR"),
    ("The Zorbco deal, Ireland said, was signed on Monday.", "IE"),
])
def test_the_country_named_otherwise_stays(text, country):
    assert country in _countries(text)
