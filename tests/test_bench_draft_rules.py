"""bench.draft_rules: a drafted reference's comment sorted into the rule that produced it, and
the per-rule tally (right, wrong, the right ones the exact-name matcher misses). Synthetic names."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.draft_rules import Tally, drafted_hows, pooled_runs, rule_of, run_label


def test_a_registered_spelling_as_written_is_sorted_by_its_surface():
    assert rule_of("name 'Examplia United'") == "name"
    assert rule_of("alias 'Zorbland People's Front'") == "alias"
    assert rule_of("alias 'Zorbites'") == "alias, one word"
    assert rule_of("alias 'ZPF'") == "acronym"
    assert rule_of("name 'Zorbton Rovers F.C.' by its city 'Zorbton'") != "name"


def test_the_clause_that_overcame_a_doubt_names_the_rule_before_the_form_it_qualifies():
    assert rule_of("alias 'Zorbton'; chosen over zorbton-city from the rest of the text") \
        == "namesake chosen by the text"
    assert rule_of("alias 'Interior Ministry'; Zorbland's, the country the story is filed from (its dateline)") \
        == "dateline country's body"
    assert rule_of("alias 'United'; one word of a longer name, but the text supports it") \
        == "one word of a longer name (supported)"


def test_each_rule_by_its_own_words_and_the_rest_is_other():
    assert rule_of("acronym the text defines after 'Zorbland Examplia Front'") == "acronym the text defines"
    assert rule_of("'Zorbton Rovers' by its name without its kind on a page about football") \
        == "team's short name on a sports page"
    assert rule_of("'Zorbton Rovers F.C.' by its city 'Zorbton'") == "club by its city"
    assert rule_of("short form of 'Examplia Holdings Group' 'Examplia'") == "short form"
    assert rule_of("one letter off the name 'Ada Zorbova'") == "spelling variant"
    # An inflected registered name is nearly the name itself: not charged to the spelling variants.
    assert rule_of("name, Russian case form 'Зорбландская партия'") == "Russian case form or other script"
    assert rule_of("surname from name 'Ada Zorbova', the only registered person of that surname, named by it "
                   "alone") == "lone surname"
    assert rule_of("'Zorbton Rovers F.C.' by its city 'Zorbton'; a city's name, a club's only in a text about clubs, "
                   "but the text supports it") == "city of a club (supported)"
    assert rule_of("name 'Зорбская городская дума' as a stump compound 'Зоргордуму'") == "stump compound"
    assert rule_of("name 'Государственный департамент Зорбландии' as a stump compound, less 'Зорбландия' that the "
                   "text names: 'Госдепартаменте'") == "stump compound"
    assert rule_of("something no rule says") == "other"
    assert rule_of("") == "other"


def test_the_bracket_closing_a_comment_is_read_with_the_brackets_it_holds():
    draft = ("people:\n"
             "  - id: ada-zorbova  # Ada Zorbova: 'Zorbova' line 4 (surname from name 'Ada Zorbova', the only "
             "registered person of that surname, named by it alone)\n"
             "organizations:\n"
             "  - id: zorb-senate  # Zorb Senate: 'Senate' line 2 (alias 'Senate'; the only one of its namesakes "
             "not another country's (senate-examplia: Examplia))\n"
             "  - id: cut-short  # Cut Short: 'Cut Short' line 1, 'Cut Short' line 2 (name 'Cut Sh…\n")
    hows = drafted_hows(draft)
    assert hows["ada-zorbova"].startswith("surname from name 'Ada Zorbova'")
    assert rule_of(hows["zorb-senate"]) == "only namesake of no other country"
    assert hows["cut-short"] == "" and rule_of(hows["cut-short"]) == "other"


def _fold(root: Path, draft: str) -> None:
    (root / "content" / "organizations").mkdir(parents=True)
    (root / "content" / "people").mkdir(parents=True)
    (root / "content" / "organizations" / "gum.yml").write_text(yaml.safe_dump({
        "examplia-united": {"name": "Examplia United"},
        "zorbton-rovers": {"name": "Zorbton Rovers F.C."}}), encoding="utf-8")
    (root / "content" / "people" / "gum.yml").write_text("{}\n", encoding="utf-8")
    (root / "out").mkdir()
    (root / "out" / "doc.yml").write_text(draft, encoding="utf-8")


def test_the_tally_counts_right_wrong_and_the_right_ones_only_a_rule_found(tmp_path):
    _fold(tmp_path, "organizations:\n"
                    "  - id: examplia-united  # Examplia United: 'Examplia United' line 1 (name 'Examplia United')\n"
                    "  - id: zorbton-rovers  # Zorbton Rovers F.C.: 'Zorbton' line 2 ('Zorbton Rovers F.C.' by "
                    "its city 'Zorbton')\n")
    doc = {"name": "doc", "text": "Examplia United won.\nZorbton lost at home."}
    tally = Tally(verbose=True)
    tally.run = run_label(["--dwie=d,m", "--rough", "-v"])
    tally.inspect(tmp_path, doc, "organization", {"examplia-united", "zorbton-rovers"}, {"zorbton-rovers"})
    # The name was drafted but not marked: wrong; the club by its city was marked, and the exact
    # matcher, which looks for "Zorbton Rovers F.C." as written, would not have found it.
    assert tally.counts[("organization", "name")] == [1, 0, 0]
    assert tally.counts[("organization", "club by its city")] == [1, 1, 1]
    assert "examplia-united" in tally.wrong[("organization", "name")][0]
    table = tally.table()
    assert "club by its city" in table and "1.000" in table and "0.000" in table
    assert "club by its city: dwie --rough 1/1" in tally.by_corpus()


def test_pool_runs_every_named_corpus_curated_and_rough_and_held_out_ones_only_with_test():
    argv = ["--pool", "--aida=a,b", "--dwie=d,m", "--meantime=mt"]
    dev = pooled_runs(argv)
    assert ["--aida=a,b", "--stories", "--rough"] in dev and ["--dwie=d,m"] in dev and [] in dev  # [] is GUM
    assert ["--aida=a,b", "--fresh"] in dev  # testa, studied since the fifteenth round
    assert not any("--meantime=mt" in run or "--test" in run for run in dev)
    held_out = pooled_runs(argv + ["--test"])
    assert ["--aida=a,b", "--test", "--stories"] in held_out and ["--meantime=mt", "--rough"] in held_out
    assert all("--test" in run or "--meantime=mt" in run for run in held_out) and len(held_out) == 8


def test_pool_runs_the_thirteenth_rounds_dev_parts_and_spotlight_held_out():
    argv = ["--pool", "--elevant=e", "--nerel=n"]
    dev = pooled_runs(argv)
    assert ["--elevant=e", "--snippets"] in dev and ["--nerel=n", "--nerel-dev", "--rough"] in dev
    assert ["--nerel=n"] in dev and not any("--test" in run for run in dev)
    held_out = pooled_runs(argv + ["--test"])
    assert held_out == [["--elevant=e", "--test"], ["--elevant=e", "--test", "--rough"],
                        ["--elevant=e", "--test", "--snippets"], ["--elevant=e", "--test", "--snippets", "--rough"]]
