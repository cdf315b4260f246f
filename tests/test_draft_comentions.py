"""Co-mentions as evidence among namesakes (context.py): a pair the team's articles name together counts
only when they do so in at least two articles and in a fair share of the other's articles. Every name here
is made up, and the article records are made by `_content` below."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.draft.run import draft_files
from generator.pipeline import read_model

TEXT = "Council vote\nThe Zorbland Ministry of Marsh Affairs and the Glorp Council approved the budget.\n"


def _content(root: Path, together: int, ministry_alone: int) -> Path:
    """A registry where two organizations share the alias "Glorp Council" beside an unambiguous ministry;
    `together` synthetic article records naming the ministry with quorvan-assembly, two naming
    glorp-trust alone (so that no namesake is the corpus's favourite), `ministry_alone` the ministry alone."""
    content = root / "content"
    (content / "organizations").mkdir(parents=True)
    (content / "organizations" / "synthetic.yml").write_text(yaml.safe_dump({
        "quorvan-assembly": {"name": "Quorvan Assembly of Deputies", "aliases": ["Glorp Council"]},
        "glorp-trust": {"name": "Glorp Heritage Trust", "aliases": ["Glorp Council"]},
        "zorbland-ministry": {"name": "Zorbland Ministry of Marsh Affairs"},
    }), encoding="utf-8")
    (content / "sources").mkdir()
    (content / "sources" / "synthetic.yml").write_text(yaml.safe_dump({
        "synthetic-wire": {"name": "Synthetic Wire"}}), encoding="utf-8")
    (content / "articles").mkdir()
    records = [["quorvan-assembly", "zorbland-ministry"]] * together + [["glorp-trust"]] * 2 \
        + [["zorbland-ministry"]] * ministry_alone
    for number, organizations in enumerate(records):
        (content / "articles" / f"synthetic-{number}.yml").write_text(yaml.safe_dump({
            "title": f"Synthetic record {number}", "source": "synthetic-wire",
            "published": "2020-01-01", "summary": "A synthetic record made by the test.",
            "organizations": organizations}), encoding="utf-8")
    return content


def _draft(tmp_path: Path, together: int, ministry_alone: int = 0) -> tuple[set[str], str]:
    content = _content(tmp_path, together, ministry_alone)
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    draft_files(read_model(content), [source], tmp_path / "out")
    written = (tmp_path / "out" / "article.yml").read_text(encoding="utf-8")
    return {r["id"] for r in yaml.safe_load(written).get("organizations") or []}, written


def test_one_article_naming_the_pair_decides_nothing(tmp_path):
    found, written = _draft(tmp_path, together=1)
    assert found == {"zorbland-ministry"}
    assert "the text does not say which" in written


def test_two_articles_naming_the_pair_decide_the_namesake(tmp_path):
    found, _ = _draft(tmp_path, together=2)
    assert found == {"zorbland-ministry", "quorvan-assembly"}


def test_a_pair_rare_among_the_others_articles_decides_nothing(tmp_path):
    # The ministry is named in 32 articles, with quorvan-assembly in 2 of them: under a tenth.
    found, written = _draft(tmp_path, together=2, ministry_alone=30)
    assert found == {"zorbland-ministry"}
    assert "the text does not say which" in written


def test_a_pair_in_a_tenth_of_the_others_articles_decides_the_namesake(tmp_path):
    found, _ = _draft(tmp_path, together=2, ministry_alone=18)
    assert found == {"zorbland-ministry", "quorvan-assembly"}


def _draft_lone(tmp_path: Path, text: str) -> set[str]:
    """One organization registered with a one-word alias of its longer name that is also an English
    word ("Marsh"), and three synthetic article records naming it with the ministry."""
    content = _content(tmp_path, together=0, ministry_alone=0)
    (content / "organizations" / "synthetic.yml").write_text(yaml.safe_dump({
        "glorp-trust": {"name": "Marsh Heritage Trust of Glorp", "aliases": ["Marsh"]},
        "zorbland-ministry": {"name": "Zorbland Ministry of Water"},
    }), encoding="utf-8")
    for record in (content / "articles").iterdir():
        record.unlink()
    for number in range(3):
        (content / "articles" / f"synthetic-pair-{number}.yml").write_text(yaml.safe_dump({
            "title": f"Synthetic record {number}", "source": "synthetic-wire",
            "published": "2020-01-01", "summary": "A synthetic record made by the test.",
            "organizations": ["glorp-trust", "zorbland-ministry"]}), encoding="utf-8")
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    draft_files(read_model(content), [source], tmp_path / "out")
    written = (tmp_path / "out" / "article.yml").read_text(encoding="utf-8")
    return {r["id"] for r in yaml.safe_load(written).get("organizations") or []}


def test_co_mentions_alone_do_not_carry_a_weak_form_of_the_one_entity_under_it(tmp_path):
    text = "Water news\nOfficials said Marsh farmers met the Zorbland Ministry of Water on Tuesday.\n"
    assert _draft_lone(tmp_path, text) == {"zorbland-ministry"}


def test_a_weak_form_of_the_one_entity_under_it_is_still_carried_by_the_text(tmp_path):
    # The organization's full name earlier in the text decides the short form, articles or not.
    text = "Water news\nThe Marsh Heritage Trust of Glorp met the Zorbland Ministry of Water.\n" \
           "Officials said Marsh staff would return.\n"
    assert _draft_lone(tmp_path, text) == {"zorbland-ministry", "glorp-trust"}
