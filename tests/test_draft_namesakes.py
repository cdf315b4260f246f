"""A registry's namesakes told apart by a bracketed qualifier (namesakes.py). Every name
here is made up."""

from pathlib import Path

import yaml

from generator.draft.run import draft_files
from generator.pipeline import read_model


def _registry(root: Path) -> Path:
    content = root / "content"
    (content / "organizations").mkdir(parents=True)
    (content / "organizations" / "clubs.yml").write_text(yaml.safe_dump({
        "fc-zorbia": {"name": "FC Zorbia", "aliases": ["Zorbia Rovers"]},
        "fc-zorbia-women": {"name": "FC Zorbia (women)", "aliases": ["Zorbia Rovers"]},
        "glorp-party-a": {"name": "Glorp Party (Examplia)"},
        "glorp-party-b": {"name": "Glorp Party (Zorbland)"},
    }), encoding="utf-8")
    return content


def _draft(tmp_path: Path, text: str) -> tuple[set[str], str]:
    content = _registry(tmp_path)
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    draft_files(read_model(content), [source], tmp_path / "out")
    written = (tmp_path / "out" / "article.yml").read_text(encoding="utf-8")
    return {r["id"] for r in yaml.safe_load(written).get("organizations") or []}, written


def test_the_name_registered_without_a_qualifier_is_its_primary_meaning(tmp_path):
    found, _ = _draft(tmp_path, "Rovers win again\nZorbia Rovers beat their neighbours 2-0 on Saturday.\n")
    assert found == {"fc-zorbia"}


def test_the_qualifier_written_in_the_text_leaves_the_choice_open(tmp_path):
    found, written = _draft(tmp_path, "Rovers win again\nZorbia Rovers beat their neighbours 2-0 in the "
                                      "women's league on Saturday.\n")
    assert found == set()
    assert "could be organization fc-zorbia or organization fc-zorbia-women" in written


def test_namesakes_that_are_all_qualified_have_no_primary_meaning(tmp_path):
    found, written = _draft(tmp_path, "Vote\nThe Glorp Party won the vote on Sunday.\n")
    assert found == set()
    assert "the text does not say which" in written
