"""A lone English surname in a news story (draft/lone_evidence.py, english_surnames.py), round 9.
The registries are synthetic: made-up people generated from invented syllables ("Zorbello
Zorbstrand"), in two kinds, one that lists some people under their surname alone (a registry
of rich aliases) and one of full names only."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.lone_evidence import lists_surnames
from generator.pipeline import read_model

from .conftest import people_found, write_corpus

_STEMS = ("Zorb", "Vex", "Quill", "Brind", "Marrow", "Tayl", "Grumb", "Zind", "Plov", "Krell",
          "Yarv", "Drisk", "Ostr", "Fenw", "Huld", "Jask", "Lurv", "Nemb", "Pruv", "Skell")


def _registry(listed: int, stems: tuple[str, ...] = _STEMS) -> str:
    """Made-up people, one a stem: "Zorbello Zorbstrand" and so on; the first `listed` also
    registered under their surname alone ("Zorbstrand")."""
    entries = []
    for n, stem in enumerate(stems):
        entry = f"{stem.lower()}ello-{stem.lower()}strand:\n  name: {stem}ello {stem}strand\n"
        if n < listed:
            entry += f"  aliases: [{stem}strand]\n"
        entries.append(entry)
    return "".join(entries)


RICH = _registry(4)  # a fifth of its people listed by surname: a registry of rich aliases
NAMES_ONLY = _registry(0)


def test_a_registry_of_rich_aliases_is_told_from_one_of_full_names(tmp_path):
    # One in twenty listed is a choice; one in forty is a mononym or two ("Ronaldo").
    forty = _STEMS + tuple(f"{stem}ak" for stem in _STEMS)
    for text, expected in ((RICH, True), (NAMES_ONLY, False), (_registry(1), True), (_registry(1, forty), False)):
        root = write_corpus(tmp_path / f"c{len(text)}", {"people/p.yml": text})
        assert lists_surnames(build_gazetteer(read_model(root))) is expected


def test_a_surname_the_rich_registry_lists_needs_no_cue(tmp_path):
    found = people_found(tmp_path, RICH)
    assert found("Vexstrand was ousted, the agency reported.") == {"Vexstrand": "vexello-vexstrand"}


def test_a_surname_the_rich_registry_does_not_list_needs_a_person_cue(tmp_path):
    found = people_found(tmp_path, RICH)
    # A bare mention, a possessive: the registry does not know this person by the surname.
    assert found("The play becomes the vehicle for Plovstrand's anger.") == {}
    assert found("One person who won't be there: Plovstrand.") == {}
    # "Said" is no person's word: a company also says.
    assert found("Prices fell as archrival Plovstrand said it was already cheaper.") == {}
    # A person's title says the word is a person's name.
    assert found("Foreign Minister Plovstrand arrived on Monday.") == {"Plovstrand": "plovello-plovstrand"}


def test_a_registry_of_full_names_only_keeps_the_rule(tmp_path):
    found = people_found(tmp_path, NAMES_ONLY)
    assert found("The play becomes the vehicle for Plovstrand's anger.") == {"Plovstrand": "plovello-plovstrand"}
    assert found("Prices fell as archrival Plovstrand said it was already cheaper.") == {
        "Plovstrand": "plovello-plovstrand"}


def test_a_sports_page_keeps_its_players_by_surname(tmp_path):
    found = people_found(tmp_path, RICH)
    page = ("SOCCER - ZORBTON BEAT VEXHAM\n"
            "Zorbton 2 ( Plovstrand 15th, 42nd ) Vexham 1 ( Skellstrand 3rd ).\n"
            "Quelby 0 Drumton 0.\n"
            "Halftime 1-1.\n")
    assert found(page) == {"Plovstrand": "plovello-plovstrand", "Skellstrand": "skellello-skellstrand"}


def test_a_surname_in_a_firms_name_is_no_person(tmp_path):
    for registry in (RICH, NAMES_ONLY):
        found = people_found(tmp_path / str(len(registry)), registry)
        assert found("That year it bought de Quelvoe and Zorbstrand, a stockbroker.") == {}
        assert found("Shares of Quelvoe & Zorbstrand rose.") == {}
        assert found("Shares of Zorbstrand & Sons rose.") == {}
    # Two registered surnames joined by "and" are a list of two people, not a firm.
    found = people_found(tmp_path / "list", NAMES_ONLY)
    assert found("On Monday Plovstrand and Zorbstrand signed the treaty.") == {
        "Plovstrand": "plovello-plovstrand", "Zorbstrand": "zorbello-zorbstrand"}
