"""MkDocs' build on every core: `python -m generator.mkdocs_build` is `mkdocs build`, in parallel.

MkDocs renders one page at a time (a parallel build was asked for in mkdocs#1900
and never built), and at 10,000 articles that was 92% of a full `make site`. This
module runs MkDocs 1.6's own build, step for step (mkdocs/commands/build.py:
`build()`), with one difference: once the files and the navigation are known,
forked workers read, convert and render the pages, each a share of them, and
write the HTML themselves. The main process keeps what spans pages:

- the navigation's own pages are read before the workers start (their metadata, and
  the converted page when the title comes from it), so every worker renders the tabs
  and footers from the same titles and metadata a serial build sees;
- the search index: each worker hands back the entries its pages made (after every
  `on_page_context` hook, ours included), and the main process puts them in the
  index in the serial build's page order;
- the anchors each page has and links to, so links are checked across pages as
  MkDocs checks them, after all pages are built;
- the warnings each page logged, so `--strict` counts them;
- the sitemap, 404 page, static files and `on_post_build` (search index, our
  hooks' records in generator/site_hooks.py), made once, after the pages.

MkDocs is pinned below 2 and frozen, so using its build internals is acceptable;
tests/test_mkdocs_build.py pins the behaviour: the site is byte-identical to a
serial `mkdocs build` of the same Markdown, every file, for any number of workers.
It also registers generator/lean_hooks.py, which takes work off each page without
changing a byte. `mkdocs build` and `mkdocs serve` are untouched (mkdocs.yml does not
list that hook): they remain the plain serial yardstick. BRIEFINGS_JOBS=1 runs in one process.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import Sequence

from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import File, Files, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from . import lean_hooks, mkdocs_early
from .mkdocs_early import Prepared
from .parallel import map_ordered
from .progress import Progress

log = logging.getLogger("mkdocs.commands.build")

# Below this many pages to build, forking the workers costs more than it saves (a page
# takes about 8 ms, an index page at 10,000 articles 100 ms or more; starting a worker
# of a large process, tens of ms).
MIN_PAGES = 16
# ... or when the pages hold this much Markdown: one new article at 10,000 articles
# rebuilds about 15 pages, but they are the home page, indexes and the most mentioned
# entities (900 KB, about a second of work), which two workers halve.
MIN_MARKDOWN_BYTES = 256 * 1024


@dataclass
class PageResult:
    """What a worker hands back of one page: everything the main process needs after the pages."""

    search_entries: list[dict]
    present_anchor_ids: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # target src_uri -> anchor -> link as written
    log_counts: dict[int, int]  # log level -> messages logged while building the page
    built_by: int  # the process that built it
    hook_data: dict  # what our hooks noted on the page (page.briefings_hook_data), e.g. its stylesheet


@dataclass
class _Build:
    """One build's shared state, inherited by the forked workers."""

    config: object
    files: Files
    doc_files: Sequence[File]
    nav: Navigation
    env: object
    dirty: bool
    counter: utils.CountHandler
    prepopulated: frozenset[str]


_build: _Build | None = None
STARTED = time.monotonic()  # once MkDocs is imported (this module is the first thing its process runs)
_main_pid = os.getpid()


def _search_plugin(config):  # noqa: ANN001, ANN202
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return plugin if plugin is not None and hasattr(plugin, "search_index") else None


def _page_job(index: int) -> PageResult:
    """Read, convert and render one page, and write its HTML (in a worker, or in-process)."""
    state = _build
    assert state is not None
    file = state.doc_files[index]
    page = file.page
    assert page is not None
    counts_before = dict(state.counter.counts)
    if file.src_uri not in state.prepopulated:
        mkdocs_build._populate_page(page, state.config, state.files, state.dirty)
    search = _search_plugin(state.config)
    entries = search.search_index.entries if search is not None else []
    entries.clear()  # every entry from here on is this page's
    mkdocs_build._build_page(
        page, state.config, state.doc_files, state.nav, state.env, state.dirty, excluded=file.inclusion.is_excluded()
    )
    links = None
    if page.links_to_anchors is not None:
        links = {target.src_uri: dict(anchors) for target, anchors in page.links_to_anchors.items()}
    counts = {level: n - counts_before.get(level, 0) for level, n in state.counter.counts.items()}
    hook_data = dict(getattr(page, "briefings_hook_data", None) or {})
    result = PageResult(list(entries), page.present_anchor_ids, links, {k: v for k, v in counts.items() if v}, os.getpid(), hook_data)
    entries.clear()
    if result.built_by != _main_pid:
        # A worker's copy of the page is done with: free the HTML so workers stay small.
        page.content = page.markdown = None
        page.toc = []  # type: ignore[assignment]
    return result


def _source_size(file: File) -> int:
    try:
        return os.path.getsize(file.abs_src_path) if file.abs_src_path else 0
    except OSError:
        return 0


def build(config, *, dirty: bool = False, prepared: Prepared | None = None) -> None:  # noqa: ANN001 - an MkDocsConfig
    """mkdocs.commands.build.build(config, dirty=dirty), its pages on every core.

    `prepared`: what generator/mkdocs_early.py made before the docs folder was final.
    """
    global _build
    logger = logging.getLogger("mkdocs")
    warning_counter = utils.CountHandler()
    warning_counter.setLevel(logging.WARNING)
    if config.strict:
        logger.addHandler(warning_counter)
    inclusion = InclusionLevel.is_included
    try:
        start = time.monotonic()
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        if not dirty:
            log.info("Cleaning site directory")
            utils.clean_directory(config.site_dir)
        else:
            log.warning(
                "A 'dirty' build is being performed, this will likely lead to inaccurate navigation and other"
                " links within your site. This option is designed for site development purposes only."
            )
        log.info(f"Building documentation to directory: {config.site_dir}")

        files = mkdocs_early.files_now(prepared, config) if prepared is not None else get_files(config)
        env = mkdocs_early.env_for(prepared, config)
        if prepared is not None and env is prepared.env:
            mkdocs_early.add_theme_files(files, prepared)
        else:
            files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)

        doc_files = files.documentation_pages(inclusion=inclusion)
        for file in doc_files:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
            assert file.page is not None
        # The navigation's pages appear on every page (tabs, footer): their titles and
        # metadata must be what a serial build has when it renders any page. A title given
        # in `nav` needs only the page's source read (its metadata); any other title comes
        # from the converted Markdown, so that page is converted here, before the workers.
        in_nav = {id(page) for page in nav.pages}
        prepopulated = []
        for file in doc_files:
            page = file.page
            if id(page) not in in_nav or (dirty and not file.is_modified()):
                continue  # an unmodified page is not read in a --dirty build, serial or not
            if "title" in page.__dict__:
                config._current_page = page
                try:
                    page.read_source(config)
                finally:
                    config._current_page = None
            else:
                mkdocs_build._populate_page(page, config, files, dirty)
                prepopulated.append(file.src_uri)
        # No plugin or hook of this site reads pages in on_env, so it may run before they are all read.
        env = config.plugins.on_env(env, config=config, files=files)
        files.copy_static_files(dirty=dirty, inclusion=inclusion)

        to_build = [i for i, file in enumerate(doc_files) if not dirty or file.is_modified()]
        _build = _Build(config, files, doc_files, nav, env, dirty, warning_counter, frozenset(prepopulated))
        try:
            # An explicit BRIEFINGS_JOBS is obeyed whatever the number of pages.
            min_pages = 1 if os.environ.get("BRIEFINGS_JOBS", "").strip() else MIN_PAGES
            sizes = {i: _source_size(doc_files[i]) for i in to_build} if len(to_build) < min_pages else {}
            if sizes and sum(sizes.values()) >= MIN_MARKDOWN_BYTES:
                min_pages = 1
            progress = Progress("mkdocs", len(to_build), "pages")
            if min_pages == 1 and len(to_build) < MIN_PAGES:
                # A few pages of very different sizes: the largest first, so that no worker
                # starts a long page last while the other waits. The order of the results
                # is the pages' own again (the search index follows it).
                order = sorted(to_build, key=lambda i: (-sizes.get(i, 0), i))
                by_page = dict(zip(order, map_ordered(_page_job, order, min_items=1, done=progress.advance)))
                results = [by_page[i] for i in to_build]
            else:
                results = map_ordered(_page_job, to_build, min_items=min_pages, done=progress.advance)
            progress.finish()
        finally:
            _build = None

        search = _search_plugin(config)
        if search is not None:
            search.search_index.entries = [entry for result in results for entry in result.search_entries]
        for index, result in zip(to_build, results):
            page = doc_files[index].page
            page.present_anchor_ids = result.present_anchor_ids
            if result.links_to_anchors is not None:
                page.links_to_anchors = {
                    files.get_file_from_path(src_uri): anchors for src_uri, anchors in result.links_to_anchors.items()
                }
            page.briefings_hook_data = result.hook_data
            if result.built_by != os.getpid():  # a worker's warnings: count them for --strict here
                for level, count in result.log_counts.items():
                    warning_counter.counts[level] += count

        builders = len({result.built_by for result in results})
        log.info(f"Built {len(results)} of {len(doc_files)} pages in {builders} process{'es' if builders != 1 else ''}")
        for template in config.theme.static_templates:
            mkdocs_build._build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            mkdocs_build._build_extra_template(template, files, config, nav)

        log_level = config.validation.links.anchors
        for file in doc_files:
            file.page.validate_anchor_links(files=files, log_level=log_level)

        config.plugins.on_post_build(config=config)
        if counts := warning_counter.get_counts():
            message = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise Abort(f"Aborted with {message} in strict mode!")
        log.info(f"Documentation built in {time.monotonic() - start:.2f} seconds")
    except Exception as error:
        config.plugins.on_build_error(error=error)
        if isinstance(error, BuildError):
            log.error(str(error))
            raise Abort("Aborted with a BuildError!")
        raise
    finally:
        logger.removeHandler(warning_counter)


def main(argv: list[str] | None = None) -> int:
    """`mkdocs build`'s command line, for the options publish.py uses."""
    from mkdocs import config as mkdocs_config
    from mkdocs.__main__ import State, _enable_warnings

    parser = argparse.ArgumentParser(prog="python -m generator.mkdocs_build", description=__doc__.split("\n\n")[0])
    parser.add_argument("-f", "--config-file", default=None)
    parser.add_argument("-d", "--site-dir", default=None)
    parser.add_argument("-s", "--strict", action="store_true", default=None)
    parser.add_argument("--dirty", action="store_true")
    parser.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("--wait", action="store_true",
                        help="prepare, then wait for 'go {json}' on stdin before building (generator/mkdocs_early.py)")
    args = parser.parse_args(argv)
    state = State()
    # The log goes to stdout (publish.py reads it); stderr is left to the progress line.
    state.stream.setStream(sys.stdout)
    if args.quiet:
        state.logger.setLevel(logging.ERROR)
    _enable_warnings()
    try:
        config = mkdocs_config.load_config(config_file=args.config_file, site_dir=args.site_dir, strict=args.strict)
        # Less work per page, the same bytes (generator/lean_hooks.py); `mkdocs build` goes without.
        config.plugins["generator/lean_hooks.py"] = lean_hooks
        config.plugins.on_startup(command="build", dirty=args.dirty)
        try:
            prepared = None
            if args.wait:
                try:
                    prepared = mkdocs_early.prepare(config)
                except KeyboardInterrupt:
                    return 130  # Ctrl-C before anything was written: stop quietly
                ready = time.monotonic()
                if not mkdocs_early.wait_for_go():
                    return 0  # the run stopped (nothing changed, bad records, Ctrl-C): nothing to do
                # Whether preparing kept up with generation (the log publish.py reads, at INFO).
                log.info(f"Prepared {ready - STARTED:.2f} s after start, then waited {time.monotonic() - ready:.2f} s for go")
            build(config, dirty=args.dirty, prepared=prepared)
        finally:
            config.plugins.on_shutdown()
    except Abort as error:
        error.show()
        return 1
    except Exception as error:  # a configuration error, as `mkdocs build` reports it
        if hasattr(error, "format_message"):
            print(f"Error: {error.format_message()}", file=sys.stderr)
            return 1
        raise
    return 0


if __name__ == "__main__":
    code = main()
    # Everything is written and closed. The process holds a File and a Page for every
    # docs file; the interpreter freeing them one by one took 0.1 s after the build at
    # 10,000 articles, with publish.py waiting for the exit.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
