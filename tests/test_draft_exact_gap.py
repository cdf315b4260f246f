"""Names the exact-name matcher finds and draft used to withhold, on a registry that lists
every marked form as an alias (generator/draft/misreadings.py). The registry is synthetic: the
body's name is made up; the countries and the sea are real, since they resolve against ISO 3166."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus


def _found(gazetteer, text: str) -> dict[str, str]:
    """Each mention as written -> the id it references."""
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_a_seas_name_does_not_make_the_text_about_its_country(tmp_path):
    # "the Gulf of Mexico" names a sea (otherwise.py), not the country: a body every country has,
    # registered only as Peru's, is not "another country's" in a text that names no country else.
    root = write_corpus(tmp_path / "c", {"organizations/o.yml": """
        peru-coast-guard:
          name: Peru Coast Guard
          aliases: [Coast Guard]
    """})
    gazetteer = build_gazetteer(read_model(root))
    assert _found(gazetteer, "The Coast Guard rescued two sailors in the Gulf of Mexico on Monday.") \
        == {"Coast Guard": "peru-coast-guard"}
    # Naming the country itself still makes the body another country's.
    assert _found(gazetteer, "Mexico said the Coast Guard rescued two sailors on Monday.") \
        == {"Mexico": "MX"}
