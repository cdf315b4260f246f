"""Stage 4: render the model into Markdown pages with one Jinja2 template per page kind.

Every ``{{ expression }}`` passes through `markup.md_inline` unless a filter
already produced `Markup`, so record text is escaped by default and a template
has to opt in, visibly, to emit Markdown syntax. `StrictUndefined` makes a
template typo fail the build instead of printing an empty string.

This module owns the Jinja environment and the list of pages (`page_jobs`);
what each page shows is computed in page_context.py, and every address comes
from paths.py.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

import jinja2
from markupsafe import Markup

from . import charts, markup, page_context, paths, schema
from .entities import Entity, Model
from .fingerprint import TEMPLATES
from .kinds import ARTICLE, ENTITY_KINDS, KINDS

TIMELINE_LIMIT = 100
QUOTES_LIMIT = 20
ARTICLES_LATEST = page_context.ARTICLES_LATEST  # kept importable from here: tests use it


_OPTIONS_DIGEST = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()


def make_environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        # finalize escapes every {{ }} for Markdown and returns Markup; autoescape is on
        # only so that {% set %} blocks also return Markup and are not escaped twice.
        autoescape=True,
        finalize=markup.md_inline,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates do not change during a run: no stat() per include
        # Compiling the templates was 0.1 s of every run; Jinja's per-user cache keeps the
        # compiled code, keyed by each template's name and source. Its key leaves out the
        # options set here (finalize, autoescape, whitespace), so this file's digest is in it.
        bytecode_cache=jinja2.FileSystemBytecodeCache(pattern=f"__briefings_{_OPTIONS_DIGEST}_%s.cache"),
    )
    env.filters.update(
        link=_link,
        href=_href,
        paragraphs=markup.md_paragraphs,
        html=markup.html_text,
        external=markup.external_link,
        yaml_str=_yaml_str,
        date=page_context.date_text,
        excerpt=markup.excerpt,
        language_name=page_context.language_name,
        plural=lambda n, word, words=None: f"{n} {word if n == 1 else (words or word + 's')}",
        timeline_chart=charts.timeline_chart,
        link_diagram=_link_diagram,
        coverage_map=_coverage_map,
        feed=lambda entity: entity.feed_path,
        period_title=page_context.period_title,
        grade=page_context.grade_badge,
        grade_words=page_context.grade_words,
        ownership=page_context.ownership_words,
    )
    env.globals.update(
        TIMELINE_LIMIT=TIMELINE_LIMIT,
        QUOTES_LIMIT=QUOTES_LIMIT,
        # Addresses the templates link to; every other link goes through |link or |href.
        HOME=paths.HOME,
        ABOUT=paths.ABOUT,
        TAGS_INDEX=paths.TAGS_INDEX,
        ARTICLES_INDEX=paths.index_page(ARTICLE),
        SITE_FEED=paths.SITE_FEED,
        JSON_FILE=paths.JSON_FILE,
        CSV_FILES=paths.CSV_FILES,
        tag_path=paths.tag_page,
        archive_page=paths.month_page,
        # Small shared pieces as Python, not Jinja macros (see page_context.py).
        role=page_context.role,
        date_range=page_context.date_range,
        kind_label=page_context.kind_label,
        kind_words=page_context.kind_words,
        entity_list=_entity_list,
        glance_rows=_glance_rows,
        mention_groups=page_context.mention_groups,
        participant_groups=page_context.participant_groups,
    )
    return env


@jinja2.pass_context
def _entity_list(context: Any, entities: Any) -> Markup:
    return page_context.entity_list(context["page_path"], entities)


@jinja2.pass_context
def _glance_rows(context: Any, entity: Entity) -> list[tuple[str, Any]]:
    return page_context.glance_rows(context["page_path"], entity)


@jinja2.pass_context
def _href(context: Any, target: Any) -> Markup:
    path = target if isinstance(target, str) else target.path
    return Markup(paths.link(context["page_path"], path))


@jinja2.pass_context
def _link(context: Any, target: Any, label: Any = None) -> Markup:
    return page_context.md_link(context["page_path"], target, label)


@jinja2.pass_context
def _link_diagram(context: Any, entity: Entity) -> Markup:
    return charts.link_diagram(entity, context["page_path"])


@jinja2.pass_context
def _coverage_map(context: Any, countries: list[Entity]) -> Markup:
    return charts.coverage_map(countries, context["page_path"])


def _yaml_str(value: object) -> Markup:
    # MkDocs and Material print front-matter values into HTML without escaping,
    # so the value is HTML-escaped first and then quoted as a JSON (= YAML) string.
    return Markup(json.dumps(str(markup.html_text(value)), ensure_ascii=False))


Job = tuple[str, str, dict[str, Any]]  # page path, template name, template context


def render_pages(model: Model, env: jinja2.Environment | None = None) -> dict[str, str]:
    """Every page of the site: relative path -> Markdown text, in a stable order."""
    return render_jobs(page_jobs(model), env)


def render_jobs(jobs: list[Job], env: jinja2.Environment | None = None) -> dict[str, str]:
    env = env or make_environment()
    return {path: env.get_template(template).render(context) for path, template, context in jobs}


def page_jobs(model: Model, wanted: Callable[[str], bool] | None = None) -> list[Job]:
    """Every page to render (those `wanted` says, when given), sorted by path. Planning is
    apart from rendering so that pipeline.py can spread the rendering over several processes;
    a page's context is computed only for a page that is rendered (at 100,000 articles, the
    month briefings alone took seconds for a one-article run)."""
    jobs: list[Job] = []

    def render(path: str, template: str, context: Callable[[], dict[str, Any]]) -> None:
        if wanted is None or wanted(path):
            jobs.append((path, template, dict(context(), page_path=path, model=model)))

    render(paths.HOME, "home.md.j2", lambda: page_context.home_context(model))
    render(paths.ABOUT, "about.md.j2", lambda: {
        "schema_docs": page_context.schema_docs(),
        "grade_rows": list(zip(schema.RELIABILITY.items(), schema.CREDIBILITY.items())),
    })
    render(paths.index_page(ARTICLE), "articles_index.md.j2", lambda: page_context.articles_index_context(model))
    for path, context in page_context.month_pages(model):
        render(path, "articles_month.md.j2", context)
    article_template = KINDS[ARTICLE].template
    for article in model.articles:
        render(article.path, article_template, lambda: {"article": article})
    for kind in ENTITY_KINDS:
        entities = model.entities[kind]
        render(paths.index_page(kind), "entity_index.md.j2", lambda: page_context.index_context(kind, entities))
        for entity in entities:
            render(entity.path, KINDS[kind].template, lambda: page_context.entity_context(entity))
    render(paths.TAGS_INDEX, "tags_index.md.j2", lambda: {"tags": model.tags})
    for tag, articles in model.tags.items():
        render(paths.tag_page(tag), "tag.md.j2", lambda: {"tag": tag, "articles": articles})
    return sorted(jobs, key=lambda job: job[0])


def asset_files(templates: Path = TEMPLATES) -> dict[str, bytes]:
    """Static files shipped with the site (stylesheet), by their path in the docs folder."""
    folder = templates / paths.ASSETS
    return {
        f"{paths.ASSETS}/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
