"""The pipeline as a recipe: load, validate, model, render, write.

Nothing is written until every record has been read, checked and resolved;
if anything is wrong the run stops with all problems listed.
"""

from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

import jinja2

from . import content_stats, incremental, json_schema, record_cache, views
from .content_stats import ContentStats
from .dates import PartialDate
from .export import export_paths, export_tasks
from .feeds import feed_paths, feed_tasks
from .incremental import Inputs, Plan
from .load import load_content
from .record_cache import RecordCache
from .registry_footprints import entry_digests
from .model import Model, build_model
from .problems import ContentError, Problems
from .parallel import map_ordered
from .render import Job, asset_files, make_environment, page_jobs
from .schema import ArticleRecord, Records
from .validate import validate
from .write import OWN_FILES, TreeWriter, WriteReport


@dataclass
class Timings:
    seconds: dict[str, float] = field(default_factory=dict)
    announce: Callable[[str], None] | None = None  # told each stage as it starts (progress)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.announce is not None and name not in self.seconds:
            self.announce(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


@dataclass(frozen=True)
class Selection:
    """Which articles to publish: on or after `since`, and carrying one of `tags` (if given).

    The other articles are still read and checked, so a bad record is reported
    whatever the window; they are only left out of the pages. Registry entries
    are all kept, so links stay valid and the site can grow back later.
    """

    since: PartialDate | None = None
    tags: frozenset[str] = frozenset()

    def keeps(self, article: ArticleRecord) -> bool:
        if self.since is not None and article.published < self.since:
            return False
        return not self.tags or bool(self.tags.intersection(article.tags))

    def apply(self, records: Records) -> None:
        left_out = [ident for ident, article in records.articles.items() if not self.keeps(article)]
        for ident in left_out:
            records.incomplete.append(records.articles.pop(ident))

    def settings(self) -> dict[str, str]:
        return {"since": str(self.since or ""), "tags": ",".join(sorted(self.tags))}


def read_model(content: Path, timings: Timings | None = None, selection: Selection | None = None) -> Model:
    """Load, validate and resolve; raise ContentError listing every problem."""
    return _read(content, timings or Timings(), selection, cache_folder=None)[0]


def _read(
    content: Path, timings: Timings, selection: Selection | None, cache_folder: Path | None,
    stats: ContentStats | None = None, found: list[tuple[str, Path, str]] | None = None,
) -> tuple[Model, Inputs, RecordCache, dict]:
    problems = Problems()
    with _no_cycle_collection():
        return _read_model(content, timings, problems, selection, cache_folder, stats, found)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of long-lived objects are made.

    Loading builds a node per scalar and the model keeps most of what it builds, so
    each collection rescans everything for nothing: measured at 10,000 articles, read
    time fell from 5.9 s to 3.5 s. Afterwards the survivors are frozen out of future
    collections, so rendering (which does make short-lived cycles) collects cheaply.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _read_model(
    content: Path, timings: Timings, problems: Problems, selection: Selection | None, cache_folder: Path | None,
    stats: ContentStats | None, found: list[tuple[str, Path, str]] | None,
) -> tuple[Model, Inputs, RecordCache, dict]:
    with timings.stage("load"):
        cache = RecordCache(cache_folder)
        loaded = load_content(
            content, problems, cached=lambda key: cache.get(key) is not None, defer_articles=True, stats=stats,
            found=found, trees=cache.trees,
        )
        inputs = incremental.inputs_of(loaded, _settings(selection))
    with timings.stage("validate"):
        records = validate(loaded, problems, cache)
        inputs.entry_digests = partial(entry_digests, records.registries())
        del loaded  # the parsed trees (a located node per scalar) are not needed past here: free them before the model
        if selection is not None:
            selection.apply(records)
    with timings.stage("model"):
        model = build_model(records, problems)
        if not problems:
            views.derive(model)  # the derived views read the finished, problem-free graph
    if problems:
        raise ContentError(problems)
    return model, inputs, cache, records.clean_articles


def _settings(selection: Selection | None) -> dict[str, str]:
    """Everything besides records and code that shapes the Markdown: a change means a full render."""
    settings = (selection or Selection()).settings()
    settings.update({name: os.environ.get(name, "") for name in ("SITE_URL", "SITE_NAME")})
    return settings


def render_files(model: Model, timings: Timings | None = None, site_url: str | None = None) -> dict[str, bytes]:
    """Every page, feed, data download and asset, in memory (for tests and tools; a build
    writes them as they are made, see `generate`). Feeds use SITE_URL (and SITE_NAME) as
    mkdocs.yml does."""
    timings = timings or Timings()
    with timings.stage("render"):
        tasks, _ = _tasks(model, site_url, None)
        files: dict[str, bytes] = {}
        for made in map_ordered(_call, tasks, min_items=8):
            files.update(made)
    # The bookkeeping a build keeps beside the pages (the downloads' layouts) is not part of the site.
    return {path: data for path, data in sorted(files.items()) if not path.startswith(OWN_FILES)}


Task = Callable[[], dict[str, bytes]]


def _tasks(
    model: Model, site_url: str | None, plan: Plan | None, alongside: tuple[Callable[[], object], ...] = (),
    downloads: tuple[Path | None, frozenset[str]] = (None, frozenset()),
) -> tuple[list[Task], list[str]]:
    """What to make (the pages `plan` does not keep, feeds, downloads, assets) as tasks for
    any core, and the paths they will produce."""
    site_url = os.environ.get("SITE_URL", "") if site_url is None else site_url
    site_name = os.environ.get("SITE_NAME") or "Briefings"
    wanted = plan.renders if plan is not None else (lambda path: True)
    jobs = page_jobs(model, wanted)
    env = make_environment()
    for template in sorted({template for _, template, _ in jobs}):
        env.get_template(template)  # compiled once here, inherited by the workers
    assets = {**asset_files(), **json_schema.site_files()}
    # The alongside tasks and downloads first: they are the longest, so the cores finish together.
    # Downloads are always made afresh (only changed files are written).
    tasks: list[Task] = [
        *(partial(_nothing_from, task) for task in alongside),
        *export_tasks(model, *downloads),
        *feed_tasks(model, site_name, site_url, wanted),
        *(partial(_render_page, env, job) for job in jobs),
        lambda: assets,
    ]
    paths = [*export_paths(), *feed_paths(model, wanted), *(path for path, _, _ in jobs), *assets]
    return tasks, paths


# Forking the render workers costs about 0.1 s (more while MkDocs starts on the other
# core); one edit at 10,000 articles is 0.3 s of work in all (26 pages, the downloads
# spliced), at 100,000 articles 2.5 s. The work grows with the pages rendered and, through
# the downloads and the section indexes, with the corpus: about one page per 100 articles.
WORK_FOR_WORKERS = 400  # in pages


def _worth_workers(model: Model, paths: list[str]) -> bool:
    """Whether rendering `paths` (and the downloads) is enough work to fork the workers."""
    return len(paths) + len(model.articles) // 100 >= WORK_FOR_WORKERS


def _reusable_downloads(model: Model, plan: Plan, inputs: Inputs, out_dir: Path) -> tuple[Path | None, frozenset[str]]:
    """Where the last run's downloads are, and the ids of the articles whose rows in them still hold."""
    if not plan.incremental or not plan.unchanged:
        return None, frozenset()
    ids = frozenset(a.id for a in model.articles if a.loc is not None and inputs.shown.get(a.loc.path) in plan.unchanged)
    return out_dir, ids


def _call(task: Task) -> dict[str, bytes]:
    return task()


def _nothing_from(task: Callable[[], object]) -> dict[str, bytes]:
    task()
    return {}


def _make_and_write(tree: TreeWriter, task: Task) -> list[tuple[str, bool]]:
    return tree.write_all(task())


def _render_page(env: jinja2.Environment, job: Job) -> dict[str, bytes]:
    path, template, context = job
    return {path: env.get_template(template).render(context).encode("utf-8")}


def update(
    content: Path, out_dir: Path, timings: Timings | None = None, selection: Selection | None = None, full: bool = False
) -> tuple[PartialDate | None, WriteReport]:
    """`generate`, unless nothing it reads changed since it last ran into `out_dir`
    (content_stats.unchanged_run): then nothing is read, rendered or written.
    Returns the newest article's date (publish.py's "now") and what was written."""
    timings = timings or Timings()
    found = stats = None
    if not full:
        with timings.stage("load"):
            check = content_stats.unchanged_run(out_dir, content, _settings(selection))
        if check.made is not None:
            report = WriteReport(kept=len(check.made.docs), plan="nothing changed: no record file, setting or code")
            return check.made.newest, report
        found, stats = check.found, check.stats
    model, report = generate(content, out_dir, timings, selection, full, found=found, stats=stats)
    return model.newest, report


def generate(
    content: Path, out_dir: Path, timings: Timings | None = None, selection: Selection | None = None, full: bool = False,
    found: list[tuple[str, Path, str]] | None = None, stats: content_stats.ContentStats | None = None,
) -> tuple[Model, WriteReport]:
    """Read everything, then render the pages that can have changed since the last run
    into `out_dir` (every page when `full`), and write those whose bytes changed.
    `found` and `stats`: the record files and the last run's record of them, when
    `update` already read them."""
    timings = timings or Timings()
    stats = stats or content_stats.load_stats(out_dir, content)
    model, inputs, cache, clean_articles = _read(content, timings, selection, out_dir / record_cache.FOLDER, stats, found)
    with timings.stage("render"), _no_cycle_collection():  # the plan and the state are millions of small objects too
        plan = incremental.plan(out_dir, inputs, model, full=full)
    with timings.stage("render"):  # and write: each worker writes what it makes
        # The cache holds only records read without a problem, true whatever happens next,
        # so it is saved while the pages render, on whichever core is free.
        tasks, paths = _tasks(model, None, plan, alongside=(partial(cache.save, clean_articles),),
                              downloads=_reusable_downloads(model, plan, inputs, out_dir))
        incremental.forget_state(out_dir)
        content_stats.forget_stats(out_dir)
        tree = TreeWriter(out_dir, paths)  # claims the folder: before the cache goes into it
        workers = _worth_workers(model, paths)
        results = map_ordered(partial(_make_and_write, tree), tasks, min_items=8 if workers else len(tasks) + 1)
    kept = plan.kept()
    with timings.stage("write"), _no_cycle_collection():
        report = tree.finish([item for part in results for item in part], keep=kept)
        incremental.save_state(out_dir, plan)
        content_stats.save_stats(out_dir, stats, inputs.settings, model.newest)
    report.kept, report.plan = len(kept), plan.reason
    return model, report
