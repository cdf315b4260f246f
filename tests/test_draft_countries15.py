"""Russian usage's own short names of countries beside CLDR's ("Белоруссия" beside "Беларусь")."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE


def _countries(text: str) -> list[tuple[str, str]]:
    gazetteer = build_gazetteer(read_model(SAMPLE))
    return [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions
            if m.target.kind == "country"]


def test_russian_short_names_of_belarus_and_moldova_are_the_countries_in_every_case():
    assert _countries("Компания Зорбекс открыла склад в Белоруссии.") == [("Белоруссии", "BY")]
    assert _countries("Зорб Квиллов вернулся из Молдавии в Белоруссию.") == [("Молдавии", "MD"), ("Белоруссию", "BY")]
    # CLDR's names still read as before
    assert _countries("Компания Зорбекс торгует с Беларусью и Молдовой.") == [("Беларусью", "BY"), ("Молдовой", "MD")]
