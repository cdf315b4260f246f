"""bench.draft_countries: which marked entities are countries, and how drafted countries are scored."""

from __future__ import annotations

from bench.draft_countries import country_codes, gold_countries


def test_a_wikipedia_title_is_a_country_by_the_names_draft_knows_it_by():
    codes = country_codes()
    doc = {"marked": ["United_States", "Britain", "Germany", "Hamburg", "Examplia_United_F.C.", "German"]}
    # Demonyms are names draft reads, never the title of a country's page: "German" is no gold country.
    assert gold_countries(doc, codes) == {"US", "GB", "DE"}
    assert "german" not in codes and "тунис" not in codes
