"""Incremental rendering (generator/incremental.py) gives the pages a full render gives.

Each test builds a synthetic corpus (synthetic/corpus.py: clearly synthetic names),
edits it the way an annotator would, renders incrementally into the previous
docs folder and compares every file with a full render of the same records
into a fresh folder. A footprint that missed a page would leave that page stale
and fail the comparison.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path

import pytest
import yaml

from generator.incremental import STATE, footprints_of
from generator.pipeline import generate
from generator.write import OWN_FILES
from synthetic import new_article, write_corpus
from tests.conftest import PROPERTY_EXAMPLES

ARTICLES = 240


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The corpus, rendered once in full (each test gets a copy of both)."""
    work = tmp_path_factory.mktemp("corpus")
    content = write_corpus(work / "content", ARTICLES, seed=11)
    _, report = generate(content, work / "docs")
    assert report.kept == 0 and report.plan == "no previous build"
    return content, work / "docs"


@pytest.fixture
def site(pristine: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the corpus and of its full render."""
    content, docs = tmp_path / "content", tmp_path / "docs"
    shutil.copytree(pristine[0], content)
    shutil.copytree(pristine[1], docs)
    return content, docs


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).as_posix().startswith(OWN_FILES)  # state, cache
    }


def assert_same_as_full(content: Path, docs: Path, tmp_path: Path, name: str = "full"):  # noqa: ANN201
    _, report = generate(content, docs)
    fresh = tmp_path / name
    generate(content, fresh)
    incremental, full = tree(docs), tree(fresh)
    assert sorted(incremental) == sorted(full)
    stale = [path for path in full if incremental[path] != full[path]]
    assert stale == []
    return report


def articles(content: Path) -> list[Path]:
    return sorted((content / "articles").rglob("*.yml"))


def edit(path: Path, change) -> None:  # noqa: ANN001 - change(record) edits the dict in place
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_nothing_changed_renders_only_the_summary_pages(site, tmp_path):
    content, docs = site
    report = assert_same_as_full(content, docs, tmp_path)
    assert report.plan == "0 article files changed"
    assert report.written == []
    footprints = footprints_of(json.loads((docs / STATE).read_text()))
    footprinted = {page for _, pages in footprints.values() for page in pages}
    # Every registry entry's page and feed is kept too, mentioned or not.
    registry = {
        p.relative_to(docs).as_posix()
        for folder in ("events", "organizations", "countries", "people", "sources", "feeds")
        for p in (docs / folder).rglob("*")
        if p.is_file() and p.name != "index.md"
    }
    assert registry - footprinted  # the corpus has entries no article mentions: kept, not rendered
    assert report.kept == len(footprinted | registry) > ARTICLES


def test_a_new_article_renders_its_footprint_only(site, tmp_path):
    content, docs = site
    added = new_article(content, ARTICLES + 1, dt.date(2030, 1, 2), seed=3)
    report = assert_same_as_full(content, docs, tmp_path)
    assert report.plan == "1 article file changed"
    footprint = footprints_of(json.loads((docs / STATE).read_text()))[added.relative_to(content).as_posix()][1]
    assert "articles/2030-01-02-synthetic-article-241.md" in footprint
    assert "organizations/synthetic-org-5.md" in footprint and "people/example-person-2.md" in footprint
    pages = [p for p in report.written if p.endswith(".md")]
    # The newest article of all: feeds without entries keep their date, so only its entities' feeds change.
    assert set(p for p in report.written if p.endswith(".xml")) <= set(footprint) | {"feed.xml"}
    # Only the article's own pages and the corpus-wide summaries (home, indexes) change.
    assert set(pages) - set(footprint) <= {"index.md", "articles/index.md", "tags/index.md"} | {
        f"{folder}/index.md" for folder in ("events", "organizations", "countries", "people", "sources")
    } | {p for p in pages if p.startswith("articles/archive/")}


def test_an_article_dated_in_the_middle_of_the_corpus(site, tmp_path):
    content, docs = site
    new_article(content, ARTICLES + 1, dt.date(2019, 6, 15), seed=4)
    assert_same_as_full(content, docs, tmp_path)


def test_a_deleted_article(site, tmp_path):
    content, docs = site
    articles(content)[17].unlink()
    report = assert_same_as_full(content, docs, tmp_path)
    assert any(p.startswith("articles/") for p in report.removed)


def test_an_edited_summary(site, tmp_path):
    content, docs = site
    edit(articles(content)[3], lambda r: r.update(summary="Synthetic summary, rewritten by the test."))
    assert_same_as_full(content, docs, tmp_path)


def test_references_moved_to_other_entities(site, tmp_path):
    content, docs = site

    def move(record: dict) -> None:
        record["people"] = ["example-person-1"]
        record["organizations"] = [{"id": "synthetic-org-2", "role": "subject"}]
        record.pop("quotes", None)

    for path in articles(content)[:5]:
        edit(path, move)
    assert_same_as_full(content, docs, tmp_path)


def test_a_new_quote_reaches_the_speakers_organization(site, tmp_path):
    content, docs = site

    def quote(record: dict) -> None:
        record["people"] = ["example-person-3"]
        record["quotes"] = [{"speaker": "example-person-3", "text": "A synthetic statement.", "context": "Synthetic briefing"}]

    edit(articles(content)[-1], quote)  # the newest: inside any position the person holds
    assert_same_as_full(content, docs, tmp_path)


def test_a_changed_date_and_tags(site, tmp_path):
    content, docs = site

    def move(record: dict) -> None:
        record["published"] = "2016-02-29"
        record["tags"] = ["synthetic-tag-1", "synthetic-tag-new"]

    edit(articles(content)[40], move)
    assert_same_as_full(content, docs, tmp_path)


def test_a_country_page_that_comes_and_goes(site, tmp_path):
    content, docs = site
    path = articles(content)[8]
    edit(path, lambda r: r.update(countries=["Iceland"]))
    report = assert_same_as_full(content, docs, tmp_path, "with")
    assert "countries/is.md" in report.written
    path.unlink()
    report = assert_same_as_full(content, docs, tmp_path, "without")
    assert "countries/is.md" in report.removed


def test_random_edits_in_sequence(site, tmp_path):
    """Seeded edits of every kind (thirty by default), checked against a full render after each."""
    content, docs = site
    rng = random.Random(5)
    people = [f"example-person-{i}" for i in range(1, 8)]
    orgs = [f"synthetic-org-{i}" for i in range(1, 8)]

    def mutate(record: dict) -> None:
        choice = rng.randrange(6)
        if choice == 0:
            record["summary"] = f"Synthetic summary {rng.random()}."
        elif choice == 1:
            record["people"] = rng.sample(people, rng.randint(1, 3))
            record["quotes"] = [{"speaker": record["people"][0], "text": "Synthetic words."}]
        elif choice == 2:
            record["organizations"] = rng.sample(orgs, rng.randint(0, 3))
        elif choice == 3:
            record["published"] = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif choice == 4:
            record["tags"] = [f"synthetic-tag-{rng.randint(1, 30)}"]
        else:
            record["title"] = f"Synthetic headline, retitled {rng.random()}"

    for step in range(max(5, PROPERTY_EXAMPLES // 5)):
        files = articles(content)
        action = rng.randrange(5)
        if action == 0:
            files[rng.randrange(len(files))].unlink()
        elif action == 1:
            new_article(content, 1000 + step, dt.date(rng.randint(2015, 2026), rng.randint(1, 12), 1), seed=step)
        else:
            edit(files[rng.randrange(len(files))], mutate)
        assert_same_as_full(content, docs, tmp_path, f"full-{step}")


def edit_entry(content: Path, folder: str, ident: str, change) -> None:  # noqa: ANN001 - change(record) in place
    """Edit one registry entry the way an annotator would (the file is rewritten as YAML)."""
    for path in sorted((content / folder).glob("*.yml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        if ident in entries:
            change(entries[ident])
            path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
            return
    raise AssertionError(f"no {ident} in {folder}")


SUMMARY_PAGES = {"index.md", "about.md", "articles/index.md", "tags/index.md"} | {
    f"{folder}/index.md" for folder in ("events", "organizations", "countries", "people", "sources")
}


def test_a_description_edit_renders_that_page_only(site, tmp_path):
    content, docs = site
    edit_entry(content, "organizations", "synthetic-org-2", lambda r: r.update(description="Rewritten by the test."))
    report = assert_same_as_full(content, docs, tmp_path)
    assert report.plan == "0 article files changed, 1 registry entry changed" and report.kept > 0
    assert {p for p in report.written if not p.startswith("data/")} - SUMMARY_PAGES == {"organizations/synthetic-org-2.md"}


def test_a_renamed_person_reaches_every_page_that_names_them(site, tmp_path):
    content, docs = site
    edit_entry(content, "people", "example-person-2", lambda r: r.update(name="Example Person Two"))
    report = assert_same_as_full(content, docs, tmp_path)
    assert report.plan == "0 article files changed, 1 registry entry changed" and report.kept > 0
    assert any(path.startswith("articles/") for path in report.written)


@pytest.mark.parametrize(
    "folder, ident, change",
    [
        ("organizations", "synthetic-org-1", lambda r: r.update(aliases=["SO-one", "Синтетика"])),
        ("organizations", "synthetic-org-1", lambda r: r.update(members=["FR", "TJ"])),
        ("organizations", "synthetic-org-3", lambda r: r.update(founded="1999-04", parent="synthetic-org-1")),
        ("organizations", "synthetic-org-4", lambda r: r.update(kind="media", country="NO")),
        ("people", "example-person-1", lambda r: r.update(positions=[{"title": "Synthetic Chair", "organization": "synthetic-org-2", "since": 2016}])),
        ("people", "example-person-3", lambda r: r.pop("positions", None)),
        ("people", "example-person-4", lambda r: r.update(country="IS", aliases=["EP4"])),
        ("events", "synthetic-event-1", lambda r: r.update(start="2016-03-01", end="2016-03-04")),
        ("events", "synthetic-event-1", lambda r: r.update(participants={"people": ["example-person-5"], "countries": ["MN"]})),
        ("events", "synthetic-event-2", lambda r: r.update(organizers=["synthetic-org-6"], parent="synthetic-event-1")),
        ("sources", "synthetic-wire-1", lambda r: r.update(name="Synthetic Wire One", country="CL")),
    ],
    ids=["aliases", "membership", "founded-parent", "kind-seat", "positions", "positions-gone", "country-aliases",
         "event-dates", "participants", "organizers-parent", "source-name"],
)
def test_a_registry_edit_renders_what_shows_it(site, tmp_path, folder, ident, change):
    content, docs = site
    edit_entry(content, folder, ident, change)
    report = assert_same_as_full(content, docs, tmp_path)
    assert "1 registry entry changed" in report.plan and report.kept > 0


def test_footprints_follow_a_registry_edit_into_later_runs(site, tmp_path):
    """A footprint depends on the registry (a speaker's positions): after a registry edit the
    next runs must use the footprint as it is now, not the one kept in the state."""
    content, docs = site
    newest = articles(content)[-1]

    def quote(record: dict) -> None:
        record["people"] = ["example-person-1"]
        record["quotes"] = [{"speaker": "example-person-1", "text": "A synthetic statement.", "context": "Synthetic briefing"}]

    edit(newest, quote)
    assert_same_as_full(content, docs, tmp_path, "full-1")
    edit_entry(content, "people", "example-person-1",
               lambda r: r.update(positions=[{"title": "Synthetic Envoy", "organization": "synthetic-org-7", "since": 2010}]))
    assert_same_as_full(content, docs, tmp_path, "full-2")
    newest.unlink()  # its quote leaves synthetic-org-7's page only if its footprint names that page
    assert_same_as_full(content, docs, tmp_path, "full-3")


def test_registry_entries_that_come_and_go(site, tmp_path):
    content, docs = site
    path = sorted((content / "organizations").glob("*.yml"))[-1]
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries["synthetic-org-new"] = {"name": "Synthetic Organization New", "parent": "synthetic-org-1", "members": ["TJ"]}
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    report = assert_same_as_full(content, docs, tmp_path, "added")
    assert "organizations/synthetic-org-new.md" in report.written and report.kept > 0
    del entries["synthetic-org-new"]
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    report = assert_same_as_full(content, docs, tmp_path, "removed")
    assert "organizations/synthetic-org-new.md" in report.removed and report.kept > 0


def test_random_registry_and_article_edits_in_sequence(site, tmp_path):
    """Twenty-four seeded edits of registry entries (every field kind) and articles, checked after each."""
    content, docs = site
    rng = random.Random(12)
    people = [f"example-person-{i}" for i in range(1, 9)]
    orgs = [f"synthetic-org-{i}" for i in range(1, 9)]
    events = [f"synthetic-event-{i}" for i in range(1, 5)]
    countries = ["TJ", "KZ", "FR", "BR", "IS", "JP"]

    def org(record: dict) -> None:
        choice = rng.randrange(5)
        if choice == 0:
            record["name"] = f"Synthetic Organization renamed {rng.randrange(10**6)}"
        elif choice == 1:
            record["aliases"] = [f"SYN{rng.randrange(10**6)}"]
        elif choice == 2:
            record["members"] = rng.sample(countries, rng.randint(0, 3))
        elif choice == 3:
            record["description"] = f"Synthetic description {rng.random()}."
        else:
            record["founded"] = f"{rng.randint(1950, 2020)}"

    def person(record: dict) -> None:
        choice = rng.randrange(4)
        if choice == 0:
            record["name"] = f"Example Person renamed {rng.randrange(10**6)}"
        elif choice == 1:
            record["positions"] = [{"title": "Synthetic Delegate", "organization": rng.choice(orgs),
                                    "since": rng.randint(2014, 2022)}]
        elif choice == 2:
            record["country"] = rng.choice(countries)
        else:
            record["description"] = f"Synthetic biography {rng.random()}."

    def event(record: dict) -> None:
        choice = rng.randrange(3)
        if choice == 0:
            record["start"] = f"{rng.randint(2015, 2025)}-0{rng.randint(1, 9)}"
            record.pop("end", None)
        elif choice == 1:
            record["participants"] = {"people": rng.sample(people, 2), "organizations": rng.sample(orgs, 1)}
        else:
            record["organizers"] = rng.sample(orgs, rng.randint(1, 2))

    # 25 steps in `make test`, 6 in `make test-fast` (PROPERTY_EXAMPLES 150 and 25).
    for step in range(max(6, PROPERTY_EXAMPLES // 6)):
        action = rng.randrange(4)
        if action == 0:
            edit_entry(content, "organizations", rng.choice(orgs), org)
        elif action == 1:
            edit_entry(content, "people", rng.choice(people), person)
        elif action == 2:
            edit_entry(content, "events", rng.choice(events), event)
        else:
            files = articles(content)
            edit(files[rng.randrange(len(files))], lambda r: r.update(organizations=rng.sample(orgs, 2), people=rng.sample(people, 1)))
        assert_same_as_full(content, docs, tmp_path, f"full-{step}")


def test_other_code_or_settings_render_everything(site, tmp_path):
    content, docs = site
    state = json.loads((docs / STATE).read_text())
    (docs / STATE).write_text(json.dumps(dict(state, code="other")))
    _, report = generate(content, docs)
    assert report.plan == "the generator or its templates changed" and report.kept == 0
    from generator.pipeline import Selection

    _, report = generate(content, docs, selection=Selection(tags=frozenset({"synthetic-tag-1"})))
    assert report.plan == "the publishing settings changed" and report.kept == 0


def test_a_write_that_died_leaves_no_state(site, tmp_path, monkeypatch):
    content, docs = site
    from generator import pipeline

    def dies(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.TreeWriter, "finish", dies)  # after the pages are written
    with pytest.raises(KeyboardInterrupt):
        generate(content, docs)
    monkeypatch.undo()
    assert not (docs / STATE).exists()
    _, report = generate(content, docs)
    assert report.plan == "no previous build" and report.kept == 0


def test_a_deleted_page_is_rendered_again(site, tmp_path):
    content, docs = site
    (docs / "people" / "example-person-1.md").unlink()
    report = assert_same_as_full(content, docs, tmp_path)
    assert report.plan == "0 article files changed, 1 page missing"
    assert "people/example-person-1.md" in report.written


def test_downloads_altered_since_the_last_run_are_made_again(site, tmp_path):
    content, docs = site
    for download in ("data/briefings.json", "data/mentions.csv"):
        data = (docs / download).read_bytes()
        at = data.index(b"synthetic-org-")
        (docs / download).write_bytes(data[:at] + b"SYNTHETIC-ORG-" + data[at + 14 :])  # same size
    new_article(content, ARTICLES + 1, dt.date(2030, 1, 2), seed=3)
    assert_same_as_full(content, docs, tmp_path)


def test_full_renders_everything_on_request(site, tmp_path):
    content, docs = site
    _, report = generate(content, docs, full=True)
    assert report.kept == 0 and report.plan == "asked for" and report.written == []


def test_a_new_article_in_an_existing_month_changes_only_that_months_briefing(site, tmp_path):
    content, docs = site
    state = json.loads((docs / STATE).read_text())
    month = "articles/archive/2019-06/index.md"
    assert month in state["months"]  # a month that already has articles, so no neighbour's links move
    new_article(content, ARTICLES + 1, dt.date(2019, 6, 15), seed=4)  # entities all seen long before
    report = assert_same_as_full(content, docs, tmp_path)
    assert [p for p in report.written if p.startswith("articles/archive/")] == [month]


def test_an_article_that_moves_where_entities_are_first_seen(site, tmp_path):
    content, docs = site
    before = json.loads((docs / STATE).read_text())["first_seen"]
    new_article(content, ARTICLES + 1, dt.date(2014, 12, 1), seed=5)  # older than every article: a new first month
    report = assert_same_as_full(content, docs, tmp_path)
    after = json.loads((docs / STATE).read_text())["first_seen"]
    moved = {page for page, month in before.items() if after[page] != month}
    assert "organizations/synthetic-org-5.md" in moved
    written = set(report.written)
    assert {before[page] for page in moved} <= written  # the months they left
