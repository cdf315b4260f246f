"""generator/mkdocs_early.py and publish.EarlySite: MkDocs started before the docs are final.

What the process prepares before "go" is made from the docs folder as it was then;
these tests change the folder in between (pages, dotfiles, templates/, other files,
README.md/index.md clashes appearing and going) and check that the build sees what
MkDocs' own get_files and get_navigation give for the folder as it is at "go", and
that the site is byte-identical to a serial `mkdocs build`. A run that stops before
"go" leaves no process and no file behind.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation

from generator import mkdocs_early, publish
from generator.pipeline import generate
from generator.publish import EarlySite, source_date_epoch
from synthetic.corpus import new_article, write_corpus
from tests.conftest import ROOT
from tests.test_mkdocs_build import mkdocs, snapshot

CONFIG = ROOT / "mkdocs.yml"

BEFORE = {
    "index.md": "# Home\n",
    "about.md": "# About\n",
    "articles/index.md": "# Articles\n",
    "articles/2024-01-01-a.md": "# A\n",
    "articles/2024-01-02-b.md": "# B\n",
    "organizations/index.md": "# Organizations\n",
    "organizations/README.md": "# Readme beside an index\n",
    "people/README.md": "# People, as a README\n",
    "people/p-1.md": "# P1\n",
    "templates/page.md": "# excluded by MkDocs' default\n",
    ".hidden.md": "# hidden\n",
    ".dotfolder/x.md": "# hidden folder\n",
    "assets/briefings.css": "body{}\n",
    "data/all.json": "{}\n",
    "feed.xml": "<feed/>\n",
    "tags/x/index.md": "# tag x\n",
}
# Then, as if generated between "prepare" and "go": files added, removed, clashes made and undone.
ADDED = {
    "articles/2024-01-03-c.md": "# C\n",
    "people/index.md": "# People\n",  # now clashes with people/README.md
    "events/index.md": "# Events\n",
    "events/README.md": "# Events readme\n",
    "templates/other.md": "# also excluded\n",
    ".briefings-new.json": "{}\n",
    "data/all.csv": "a,b\n",
    "tags/y/index.md": "# tag y\n",
}
REMOVED = ("articles/2024-01-02-b.md", "organizations/index.md", "tags/x/index.md", "feed.xml")


def write(docs: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def config_for(docs: Path, site: Path, monkeypatch):  # noqa: ANN201
    monkeypatch.setenv("BRIEFINGS_DOCS_DIR", str(docs))
    return load_config(config_file=str(CONFIG), site_dir=str(site))


def described(files) -> list[tuple]:  # noqa: ANN001
    return [(f.src_uri, f.dest_uri, f.url, f.inclusion, f.abs_src_path, f.abs_dest_path, f.src_dir, f.dest_dir) for f in files]


def test_files_after_go_are_get_files_of_the_folder_as_it_is_then(tmp_path, monkeypatch, caplog):
    docs = tmp_path / "docs"
    write(docs, BEFORE)
    config = config_for(docs, tmp_path / "site", monkeypatch)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    prepared = mkdocs_early.prepare(config)
    assert prepared.pages and prepared.theme_files  # something was made ahead
    write(docs, ADDED)
    for rel in REMOVED:
        (docs / rel).unlink()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # 1970-01-02, what "go" sets

    caplog.set_level(logging.WARNING)
    ours = mkdocs_early.files_now(prepared, config)
    our_warnings = [r.getMessage() for r in caplog.records]
    caplog.clear()
    theirs = get_files(load_config(config_file=str(CONFIG), site_dir=str(tmp_path / "site")))
    their_warnings = [r.getMessage() for r in caplog.records]
    assert described(ours) == described(theirs)
    assert our_warnings == their_warnings and any("people/README.md" in w for w in our_warnings)
    assert "articles/2024-01-03-c.md" in ours.src_uris and "articles/2024-01-02-b.md" not in ours.src_uris

    # The navigation made from them: the same pages, titles, dates and addresses.
    def pages(files) -> list[tuple]:  # noqa: ANN001
        nav = get_navigation(files, config)
        listed = [(p.title, p.url) for p in nav.pages]
        every = [(f.src_uri, f.page.title, f.page.update_date, f.page.canonical_url, f.page.url)
                 for f in files.documentation_pages()]
        return [listed, every]

    assert pages(ours) == pages(theirs)
    assert {f.page.update_date for f in ours.documentation_pages()} == {"1970-01-02"}


def test_theme_files_are_what_add_files_from_theme_adds(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write(docs, {**BEFORE, "assets/javascripts/bundle.js": "// ours, not the theme's\n"})
    config = config_for(docs, tmp_path / "site", monkeypatch)
    prepared = mkdocs_early.prepare(config)
    ours = mkdocs_early.files_now(prepared, config)
    env = mkdocs_early.env_for(prepared, config)
    assert env is prepared.env
    mkdocs_early.add_theme_files(ours, prepared)
    theirs = get_files(config)
    theirs.add_files_from_theme(config.theme.get_env(), config)
    assert described(ours) == described(theirs)
    assert ours.get_file_from_path("assets/javascripts/bundle.js").src_dir == str(docs)


def test_go_and_stop_are_read_from_one_line(monkeypatch):
    import io

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert mkdocs_early.wait_for_go(io.StringIO("")) is False  # the parent is gone
    assert mkdocs_early.wait_for_go(io.StringIO("stop\n")) is False
    import os

    assert "SOURCE_DATE_EPOCH" not in os.environ
    assert mkdocs_early.wait_for_go(io.StringIO('go {"env": {"SOURCE_DATE_EPOCH": "123"}}\n')) is True
    assert os.environ["SOURCE_DATE_EPOCH"] == "123"


@pytest.mark.mkdocs
@pytest.mark.parametrize("incremental", [True, False])
def test_a_site_started_before_generation_equals_a_serial_build_after_it(tmp_path, monkeypatch, incremental):
    monkeypatch.setenv("BRIEFINGS_JOBS", "2")
    content = write_corpus(tmp_path / "content", 30, seed=5)
    model, _ = generate(content, tmp_path / "docs")
    with EarlySite(CONFIG, tmp_path / "docs", tmp_path / "site") as site:
        assert site.process is not None
        assert site.build(model.newest).mode == "full"

    # The process starts on the old docs; the generator then adds an article (the newest,
    # so the sitemap's date moves too) and removes one.
    with EarlySite(CONFIG, tmp_path / "docs", tmp_path / "site", incremental=incremental) as site:
        assert site.process is not None and site.process.poll() is None
        new_article(content, 31, dt.date(2026, 3, 1))
        sorted((content / "articles").rglob("*.yml"))[3].unlink()
        model, written = generate(content, tmp_path / "docs")
        report = site.build(model.newest)
    assert report.mode == ("incremental" if incremental else "full")
    assert 0 < report.rebuilt and report.removed == (1 if incremental else 0)

    mkdocs("mkdocs", tmp_path / "docs", tmp_path / "serial", source_date_epoch(model.newest))
    got, expected = snapshot(tmp_path / "site"), snapshot(tmp_path / "serial")
    del got[".briefings-build.json"], expected[".briefings-build.json"]
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []


@pytest.mark.mkdocs
def test_a_run_that_stops_before_go_leaves_no_process_and_no_file(tmp_path):
    content = write_corpus(tmp_path / "content", 5, seed=2)
    generate(content, tmp_path / "docs")
    publish.build_site(CONFIG, tmp_path / "docs", tmp_path / "site", None)
    before = snapshot(tmp_path)
    started = []
    with pytest.raises(RuntimeError):
        with EarlySite(CONFIG, tmp_path / "docs", tmp_path / "site") as site:
            started.append(site.process)
            raise RuntimeError("bad records")  # what a ContentError does to cli._write
    (process,) = started
    assert process is not None and process.returncode is not None  # ended (killed: it had nothing to finish)
    assert site.process is None
    assert snapshot(tmp_path) == before  # not a file written, moved or left over
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


@pytest.mark.mkdocs
def test_the_waiting_process_stops_when_its_parent_is_gone(tmp_path):
    """A parent killed outright closes the pipe: the process sees the end of its input and exits."""
    content = write_corpus(tmp_path / "content", 5, seed=2)
    generate(content, tmp_path / "docs")
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), BRIEFINGS_DOCS_DIR=str(tmp_path / "docs"), NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "generator.mkdocs_build", "--strict", "--wait",
               "--config-file", str(CONFIG), "--site-dir", str(tmp_path / "site")]
    process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.close()
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""
    assert not (tmp_path / "site").exists()


def test_cli_stops_the_early_process_on_bad_records(tmp_path, monkeypatch):
    from generator import cli

    content = write_corpus(tmp_path / "content", 5, seed=2)
    generate(content, tmp_path / "docs")
    (content / "articles" / "broken.yml").write_text("id: [unclosed\n", encoding="utf-8")
    started = []
    real_start = EarlySite._start

    def start(self) -> None:  # noqa: ANN001
        real_start(self)
        started.append(self.process)

    monkeypatch.setattr(EarlySite, "_start", start)
    code = cli.main(["site", "--content", str(content), "--docs", str(tmp_path / "docs"), "--site", str(tmp_path / "site")])
    assert code == 1
    assert len(started) == 1 and started[0].returncode is not None  # it was started early, then stopped
    assert not (tmp_path / "site").exists()
    shutil.rmtree(tmp_path / "docs")


@pytest.mark.mkdocs
def test_the_process_gives_way_until_go_and_takes_its_priority_back_after(tmp_path):
    import os

    content = write_corpus(tmp_path / "content", 5, seed=2)
    generate(content, tmp_path / "docs")
    # In a process of its own: EarlySite lowers the priority only from a process without
    # threads (preexec_fn), and other tests in this one may have left some running.
    started = (
        "import os, sys; from pathlib import Path; from generator import publish; "
        "niceness = publish._restorable_niceness(); "
        f"site = publish.EarlySite(Path({str(CONFIG)!r}), Path({str(tmp_path / 'docs')!r}), Path({str(tmp_path / 'site')!r})); "
        "print(niceness, os.getpriority(os.PRIO_PROCESS, site.process.pid), os.getpriority(os.PRIO_PROCESS, 0)); "
        "site.close()"
    )
    result = subprocess.run([sys.executable, "-c", started], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    restorable, child, own = result.stdout.split()
    if restorable == "None":  # unprivileged without RLIMIT_NICE: never lowered
        assert child == own
        return
    niceness = int(restorable)
    assert int(child) == min(niceness + publish.PREPARE_NICENESS, 19)
    # After "go" (mkdocs_early.wait_for_go), in a process of its own:
    script = (
        "import io, os; from generator import mkdocs_early; os.nice(5); "
        f"os.environ['BRIEFINGS_NICENESS_AFTER_GO'] = '{niceness}'; "
        "assert mkdocs_early.wait_for_go(io.StringIO('go {}\\n')); print(os.getpriority(os.PRIO_PROCESS, 0))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == niceness


def test_the_prepared_theme_is_dropped_when_on_config_changed_the_theme(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write(docs, BEFORE)
    config = config_for(docs, tmp_path / "site", monkeypatch)
    prepared = mkdocs_early.prepare(config)
    assert mkdocs_early.env_for(prepared, config) is prepared.env
    config.theme.dirs.insert(0, str(tmp_path / "more-overrides"))  # as a plugin's on_config might
    env = mkdocs_early.env_for(prepared, config)
    assert env is not prepared.env and env.loader.searchpath[0] == str(tmp_path / "more-overrides")
