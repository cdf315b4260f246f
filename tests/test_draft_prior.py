"""The corpus prior among namesakes (context.py): the one the team's own articles name far more
often than each other one is the one its news means. Every name here is made up, and the article
records are made by `_articles` below."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.draft.run import draft_files
from generator.pipeline import read_model

TEXT = "Council vote\nThe Glorp Council approved the budget on Tuesday.\n"


def _content(root: Path, articles: dict[str, int]) -> Path:
    """A registry where two organizations share the alias "Glorp Council", and `articles[id]`
    synthetic article records referencing each."""
    content = root / "content"
    (content / "organizations").mkdir(parents=True)
    (content / "organizations" / "synthetic.yml").write_text(yaml.safe_dump({
        "quorvan-assembly": {"name": "Quorvan Assembly of Deputies", "aliases": ["Glorp Council"]},
        "glorp-trust": {"name": "Glorp Heritage Trust", "aliases": ["Glorp Council"]},
    }), encoding="utf-8")
    (content / "sources").mkdir()
    (content / "sources" / "synthetic.yml").write_text(yaml.safe_dump({
        "synthetic-wire": {"name": "Synthetic Wire"}}), encoding="utf-8")
    (content / "articles").mkdir()
    for ident, count in articles.items():
        for number in range(count):
            (content / "articles" / f"synthetic-{ident}-{number}.yml").write_text(yaml.safe_dump({
                "title": f"Synthetic record {number} about {ident}", "source": "synthetic-wire",
                "published": "2020-01-01", "summary": "A synthetic record made by the test.",
                "organizations": [ident]}), encoding="utf-8")
    return content


def _draft(tmp_path: Path, articles: dict[str, int]) -> tuple[set[str], str]:
    content = _content(tmp_path, articles)
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    draft_files(read_model(content), [source], tmp_path / "out")
    written = (tmp_path / "out" / "article.yml").read_text(encoding="utf-8")
    return {r["id"] for r in yaml.safe_load(written).get("organizations") or []}, written


def test_without_articles_the_namesakes_stay_undecided(tmp_path):
    found, written = _draft(tmp_path, {})
    assert found == set()
    assert "the text does not say which" in written


def test_the_namesake_the_articles_name_far_more_often_is_chosen(tmp_path):
    found, written = _draft(tmp_path, {"quorvan-assembly": 4, "glorp-trust": 1})
    assert found == {"quorvan-assembly"}
    assert "the team's articles name quorvan-assembly 4 times, the others at most 1" in written


def test_a_lead_of_less_than_four_times_decides_nothing(tmp_path):
    found, written = _draft(tmp_path, {"quorvan-assembly": 7, "glorp-trust": 2})
    assert found == set()
    assert "the text does not say which" in written


def test_fewer_than_three_articles_decide_nothing(tmp_path):
    found, _ = _draft(tmp_path, {"glorp-trust": 2})
    assert found == set()


def test_three_articles_against_none_decide(tmp_path):
    found, _ = _draft(tmp_path, {"glorp-trust": 3})
    assert found == {"glorp-trust"}


def test_people_who_share_a_name_are_left_to_the_text(tmp_path):
    content = _content(tmp_path, {})
    (content / "people").mkdir()
    (content / "people" / "synthetic.yml").write_text(yaml.safe_dump({
        "brannock-velt": {"name": "Brannock Velt"},
        "brannock-q-velt": {"name": "Brannock Quill Velt", "aliases": ["Brannock Velt"]},
    }), encoding="utf-8")
    for number in range(6):
        (content / "articles" / f"synthetic-velt-{number}.yml").write_text(yaml.safe_dump({
            "title": f"Synthetic record {number}", "source": "synthetic-wire", "published": "2020-01-01",
            "summary": "A synthetic record made by the test.", "people": ["brannock-q-velt"]}), encoding="utf-8")
    source = tmp_path / "article.txt"
    source.write_text("Speech\nBrannock Velt spoke on Tuesday.\n", encoding="utf-8")
    draft_files(read_model(content), [source], tmp_path / "out")
    record = yaml.safe_load((tmp_path / "out" / "article.yml").read_text(encoding="utf-8"))
    assert not record.get("people")
    assert "the text does not say which" in (tmp_path / "out" / "article.yml").read_text(encoding="utf-8")
