"""Stage 4: render the model into Markdown pages with one Jinja2 template per page kind.

Every ``{{ expression }}`` passes through `markup.md_inline` unless a filter
already produced `Markup`, so record text is escaped by default and a template
has to opt in, visibly, to emit Markdown syntax. `StrictUndefined` makes a
template typo fail the build instead of printing an empty string.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2
import pycountry
from markupsafe import Markup

from . import charts, markup, schema
from .dates import MONTHS, PartialDate
from .fingerprint import TEMPLATES
from . import paths
from .entities import Article, Entity, Model
from .kinds import ENTITY_KINDS, EVENT, FOLDERS, ORGANIZATION, SOURCE, TITLES
from .schema import record_fields

TIMELINE_LIMIT = 100
QUOTES_LIMIT = 20
HOME_LATEST = 10
HOME_TOP = 10
ARTICLES_LATEST = 20


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
    )
    env.filters.update(
        link=_link,
        href=_href,
        paragraphs=markup.md_paragraphs,
        html=markup.html_text,
        external=markup.external_link,
        yaml_str=_yaml_str,
        date=_date,
        excerpt=markup.excerpt,
        language_name=language_name,
        plural=lambda n, word, words=None: f"{n} {word if n == 1 else (words or word + 's')}",
        timeline_chart=charts.timeline_chart,
        link_diagram=_link_diagram,
        coverage_map=_coverage_map,
        feed=lambda entity: entity.feed_path,
        period_title=period_title,
    )
    env.globals.update(
        KIND_ORDER=ENTITY_KINDS,
        KIND_TITLES=TITLES,
        FOLDERS=FOLDERS,
        TIMELINE_LIMIT=TIMELINE_LIMIT,
        QUOTES_LIMIT=QUOTES_LIMIT,
        SITE_FEED=paths.SITE_FEED,
        JSON_FILE=paths.JSON_FILE,
        CSV_FILES=paths.CSV_FILES,
        tag_path=paths.tag_page,
        # Small shared pieces as Python, not Jinja macros: a macro import runs once per page
        # render, and these are called ~300,000 times at 10,000 articles.
        role=role,
        date_range=date_range,
        kind_label=kind_label,
        kind_words=kind_words,
        entity_list=entity_list,
        archive_page=paths.month_page,
        MONTH_ABBR=[name[:3] for name in MONTHS],
        SINGULAR={"event": "event", "organization": "organization", "country": "country", "person": "person", "source": "source", "article": "article"},
    )
    return env


def _date(value: Any) -> str:
    return value.human() if value is not None else ""


def role(mention: Any) -> Markup:
    """An entity's role in an article, with the annotator's note: "host (the venue)"."""
    text = markup.md_inline(mention.role or "mentioned")
    return Markup(f"{text} ({markup.md_inline(mention.note)})") if mention.note else text


def date_range(start: Any, end: Any) -> Markup:
    text = markup.md_inline(_date(start))
    return Markup(f"{text} to {markup.md_inline(_date(end))}") if end and end != start else text


def kind_label(entity: Any) -> Markup:
    """What sort of event, organization or source the entity is; the kind for the others."""
    if entity.kind == "event":
        return markup.md_inline(entity.event_kind)
    if entity.kind == "organization":
        return markup.md_inline(entity.org_kind or "organization")
    if entity.kind == "source":
        return markup.md_inline(entity.source_kind or "source")
    return markup.md_inline(entity.kind)


def kind_words(entity: Any) -> Markup:
    """What an entity is, for a list that mixes kinds: "organization (intergovernmental)",
    "event (meeting)", "person". The kind always comes first, so a reader never sees a
    bare subtype ("other") where they look for "organization"; "other" adds nothing."""
    subtype = _SUBTYPE.get(entity.kind)
    detail = getattr(entity, subtype) if subtype else None
    if not detail or detail == "other":
        return markup.md_inline(entity.kind)
    return Markup(f"{markup.md_inline(entity.kind)} ({markup.md_inline(detail)})")


_SUBTYPE = {EVENT: "event_kind", ORGANIZATION: "org_kind", SOURCE: "source_kind"}  # kind -> its subtype's attribute


@jinja2.pass_context
def entity_list(context: Any, entities: Any) -> Markup:
    return Markup(", ".join(_link(context, entity) for entity in entities))


def language_name(code: str) -> str:
    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code


@jinja2.pass_context
def _href(context: Any, target: Any) -> Markup:
    path = target if isinstance(target, str) else target.path
    return Markup(paths.link(context["page_path"], path))


@jinja2.pass_context
def _link(context: Any, target: Any, label: Any = None) -> Markup:
    """A Markdown link to an entity's or article's page; MkDocs checks it in --strict."""
    text = markup.md_inline(label if label is not None else target.name)
    return Markup(f"[{text}]({paths.link(context['page_path'], target.path)})")


@jinja2.pass_context
def _link_diagram(context: Any, entity: Entity) -> Markup:
    return charts.link_diagram(entity, context["page_path"])


@jinja2.pass_context
def _coverage_map(context: Any, countries: list[Entity]) -> Markup:
    return charts.coverage_map(countries, context["page_path"])


def period_title(period: PartialDate) -> str:
    """What an archive page covers, in words: 'May 2017', or '2017, month not recorded'."""
    return period.human() if period.month else f"{period.year}, month not recorded"


def archive(articles: list[Article]) -> dict[int, dict[int, list[Article]]]:
    """year -> month -> articles (month 0: not recorded), in the order of `articles`.

    Given the model's newest-first articles, years and months come newest first, and
    a year's month-less articles come last in it (2017 sorts before 2017-01-01)."""
    years: dict[int, dict[int, list[Article]]] = {}
    for article in articles:
        years.setdefault(article.published.year, {}).setdefault(article.published.month, []).append(article)
    return years


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


def page_jobs(model: Model) -> list[Job]:
    """Every page to render, sorted by path. Planning is apart from rendering so that
    pipeline.py can spread the rendering over several processes."""
    jobs: list[Job] = []

    def render(path: str, template: str, **context: Any) -> None:
        jobs.append((path, template, dict(context, page_path=path, model=model)))

    render("index.md", "home.md.j2", **home_context(model))
    render("about.md", "about.md.j2", schema_docs=schema_docs())
    by_month = archive(model.articles)
    render(
        "articles/index.md", "articles_index.md.j2", total=len(model.articles), archive=by_month,
        no_month=any(0 in months for months in by_month.values()), latest=model.articles[:ARTICLES_LATEST],
    )
    periods = [PartialDate(year, month) for year, months in by_month.items() for month in months]  # newest first
    for index, period in enumerate(periods):
        newer = periods[index - 1] if index else None
        older = periods[index + 1] if index + 1 < len(periods) else None
        articles = by_month[period.year][period.month]
        render(paths.month_page(period.year, period.month), "articles_month.md.j2", period=period, articles=articles, newer=newer, older=older)
    for article in model.articles:
        render(article.path, "article.md.j2", article=article)
    for kind in ENTITY_KINDS:
        entities = model.entities[kind]
        render(f"{FOLDERS[kind]}/index.md", "entity_index.md.j2", kind=kind, entities=entities)
        for entity in entities:
            render(entity.path, f"{kind}.md.j2", entity=entity, title=entity.name, description=entity_description(entity))
    render("tags/index.md", "tags_index.md.j2", tags=model.tags)
    for tag, articles in model.tags.items():
        render(paths.tag_page(tag), "tag.md.j2", tag=tag, articles=articles)
    return sorted(jobs, key=lambda job: job[0])


def entity_description(entity: Entity) -> str:
    """A one-line meta description: what the page is, and how much it holds."""
    count = entity.article_count
    text = f"Briefing on {entity.name} ({entity.kind}): {count} article{'s' if count != 1 else ''}"
    if entity.last_mention:
        text += f", last mentioned {entity.last_mention.human()}"
    return text + "."


def home_context(model: Model) -> dict[str, Any]:
    everyone: list[Entity] = [e for e in model.all_entities() if e.kind != "source"]
    busiest = sorted(everyone, key=lambda e: (-e.article_count, e.sort_key))
    return {
        "counts": model.counts(),
        "latest": model.articles[:HOME_LATEST],
        "busiest": [e for e in busiest if e.article_count][:HOME_TOP],
        "trends": model.trends,
        "countries": model.entities["country"],
    }


def schema_docs() -> list[dict[str, Any]]:
    """The record contract as tables for the About page, read from the schema itself."""
    sections = [
        ("Article", "articles/**/*.yml", "one article per file", schema.ArticleRecord),
        ("Event", "events/*.yml", "id -> event", schema.EventRecord),
        ("Organization", "organizations/*.yml", "id -> organization", schema.OrganizationRecord),
        ("Person", "people/*.yml", "id -> person", schema.PersonRecord),
        ("Source", "sources/*.yml", "id -> source", schema.SourceRecord),
        ("Country override", "countries.yml", "ISO alpha-2 code -> entry", schema.CountryRecord),
        ("Quote", "inside an article's quotes", "", schema.Quote),
        ("Position", "inside a person's positions", "", schema.Position),
        ("Participants", "inside an event", "", schema.Participants),
        ("Reference with a role", "anywhere a reference goes", "", schema.RefMapping),
    ]
    out = []
    for title, where, shape, cls in sections:
        rows = [
            {"name": f.name, "required": f.metadata["required"], "doc": f.metadata["doc"]}
            for f in record_fields(cls)
        ]
        out.append({"title": title, "where": where, "shape": shape, "fields": rows})
    return out


def asset_files(templates: Path = TEMPLATES) -> dict[str, bytes]:
    """Static files shipped with the site (stylesheet), by their path in the docs folder."""
    folder = templates / paths.ASSETS
    return {
        f"{paths.ASSETS}/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }

