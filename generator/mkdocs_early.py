"""What MkDocs' build can do before the docs folder is final (`python -m generator.mkdocs_build --wait`).

`make site` starts its MkDocs process as it starts generating (generator/publish.py:
EarlySite), on the second core, which an incremental run's generation mostly leaves
idle. Until the generator says "go", the process does only what does not depend on
the docs folder's final content or on what is known only after generation (the
sitemap's date, which pages changed):

- Python's start, the imports, `load_config`, `on_startup`;
- the theme's Jinja environment and the theme files MkDocs adds to every build
  (`Files.add_files_from_theme` walks Material's templates: 0.14 s profiled);
- hooks' own preparation (`briefings_prepare(config)`, not a MkDocs event, so
  `mkdocs build` never calls it: generator/style_hooks.py parses Material's CSS);
- a `File` for every file of the docs folder as it is *now*, with its exclusions,
  and a `Page` for each page outside `nav`. A `File` depends only on its path and the
  configuration, so after "go" the folder is walked again (os.walk, 0.05 s at 14,000
  files) and `files_now` reuses the `File` of every path that is still there and makes
  new ones for the rest: the same list, in the same order, with the same
  README/index conflict handling, that `get_files` gives (tests/test_mkdocs_early.py).

Nothing here writes a file or logs a message before "go": a run that stops (nothing
changed, bad records, Ctrl-C) leaves no trace. Waiting reads one line of standard
input: `go {json}` (environment variables to set first) or anything else, including
the end of input when the parent died, means stop.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass, field

import jinja2
from mkdocs import utils
from mkdocs.structure.files import File, Files, _file_sort_key, set_exclusions
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.structure.files")  # get_files' own logger: the same warnings


@dataclass
class Prepared:
    """What was made before "go"; each part is used once, by the one build of this process."""

    env: jinja2.Environment
    theme_key: tuple  # the theme's dirs and locale the env was made for
    theme_files: list[File]  # add_files_from_theme's candidates, in its order
    docs_files: dict[str, File] = field(default_factory=dict)  # src_uri -> File, as get_files made it
    pages: list[Page] = field(default_factory=list)  # made before the sitemap's date was known


def _theme_key(config) -> tuple:  # noqa: ANN001 - an MkDocsConfig
    return (tuple(config.theme.dirs), str(config.theme.locale))


def theme_env(config) -> jinja2.Environment:  # noqa: ANN001
    env = config.theme.get_env()
    # Material's templates took a second to compile in every run and in every worker;
    # Jinja's own per-user cache keeps the compiled code, keyed by each template's source.
    env.bytecode_cache = jinja2.FileSystemBytecodeCache()
    return env


def _theme_files(env: jinja2.Environment, config) -> list[File]:  # noqa: ANN001
    """Files.add_files_from_theme's candidates (before its check against the docs' files)."""
    probe = Files([])
    probe.add_files_from_theme(env, config)  # an empty Files: every candidate is added
    return list(probe)


def nav_paths(nav) -> set[str]:  # noqa: ANN001 - the `nav` setting
    """Every path the `nav` setting names (their pages get the title `nav` gives)."""
    if isinstance(nav, str):
        return {nav, nav.lstrip("/")}
    if isinstance(nav, dict):
        return set().union(*(nav_paths(value) for value in nav.values())) if nav else set()
    if isinstance(nav, list):
        return set().union(*(nav_paths(item) for item in nav)) if nav else set()
    return set()


def _walk(config) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    """get_files' walk: (relative folder, its file names in get_files' order)."""
    docs_dir = config["docs_dir"]
    out = []
    for source_dir, dirnames, filenames in os.walk(docs_dir, followlinks=True):
        dirnames.sort()
        filenames.sort(key=_file_sort_key)
        out.append((os.path.relpath(source_dir, docs_dir), filenames))
    return out


def _new_file(relative_dir: str, filename: str, config) -> File:  # noqa: ANN001
    return File(os.path.join(relative_dir, filename), config["docs_dir"], config["site_dir"], config["use_directory_urls"])


def prepare(config) -> Prepared:  # noqa: ANN001 - after load_config and on_startup
    env = theme_env(config)
    prepared = Prepared(env, _theme_key(config), _theme_files(env, config))
    for plugin in config.plugins.values():
        hook = getattr(plugin, "briefings_prepare", None)
        if callable(hook):
            hook(config)
    files = [_new_file(relative_dir, name, config) for relative_dir, names in _walk(config) for name in names]
    set_exclusions(files, config)
    in_nav = nav_paths(config["nav"]) if config["nav"] is not None else None
    for file in files:
        file.url  # noqa: B018 - every page needs it (canonical URL, sitemap): made now, off the critical path
        prepared.docs_files[file.src_uri] = file
        # A page that nav does not name, and that get_navigation would not report as
        # missing from nav, is made exactly as get_navigation makes it (Page(None, ...)).
        if in_nav is not None and file.src_uri not in in_nav and file.is_documentation_page() \
                and file.inclusion.is_included() and not file.inclusion.is_in_nav():
            prepared.pages.append(Page(None, file, config))
    return prepared


def files_now(prepared: Prepared, config) -> Files:  # noqa: ANN001
    """mkdocs.structure.files.get_files(config) for the docs folder as it is now, reusing prepared Files."""
    files: list[File] = []
    conflicting_files: list[tuple[File, File]] = []
    fresh: list[File] = []
    for relative_dir, filenames in _walk(config):
        files_by_dest: dict[str, File] = {}
        for filename in filenames:
            src_uri = filename if relative_dir == "." else f"{relative_dir}/{filename}".replace(os.sep, "/")
            file = prepared.docs_files.pop(src_uri, None)
            if file is None:
                file = _new_file(relative_dir, filename, config)
                fresh.append(file)
            previous = files_by_dest.setdefault(file.dest_uri, file)
            if previous is not file:
                conflicting_files.append((previous, file))
            files.append(file)
    set_exclusions(fresh, config)  # the reused ones have theirs: it depends on the path alone
    for a, b in conflicting_files:  # as get_files: README.md gives way to index.md
        if b.inclusion.is_included():
            if a.inclusion.is_included():
                log.warning(f"Excluding '{a.src_uri}' from the site because it conflicts with '{b.src_uri}'.")
            try:
                files.remove(a)
            except ValueError:
                pass
        else:
            try:
                files.remove(b)
            except ValueError:
                pass
    # Pages made before "go" carry the date of that moment: give them the build's.
    date = utils.get_build_date()
    for page in prepared.pages:
        page.update_date = date
    prepared.docs_files.clear()  # each File belongs to one build
    return Files(files)


def add_theme_files(files: Files, prepared: Prepared) -> None:
    """Files.add_files_from_theme, from the candidates found before "go"."""
    for file in prepared.theme_files:
        if files.get_file_from_path(file.src_uri) is None:  # theme files do not override the docs'
            files.append(file)  # its inclusion is set after on_files, as in MkDocs


def env_for(prepared: Prepared | None, config) -> jinja2.Environment:  # noqa: ANN001
    """The prepared theme environment, unless on_config changed what it was made from."""
    if prepared is not None and prepared.theme_key == _theme_key(config):
        return prepared.env
    return theme_env(config)


def wait_for_go(stream=None) -> bool:  # noqa: ANN001
    """Block until the parent says go (True, its environment applied) or stop (False)."""
    stream = stream or sys.stdin
    try:
        line = stream.readline()
    except KeyboardInterrupt:  # Ctrl-C reaches every process of the terminal: stop quietly
        return False
    if not line.startswith("go "):
        return False
    message = json.loads(line[3:])
    os.environ.update({str(k): str(v) for k, v in message.get("env", {}).items()})
    niceness = os.environ.pop("BRIEFINGS_NICENESS_AFTER_GO", "")
    if niceness:  # publish.py lowered it while the generator was the critical path; the build now is
        try:
            os.setpriority(os.PRIO_PROCESS, 0, int(niceness))
        except (OSError, ValueError):
            pass
    return True
