"""What each page shows, computed in Python; the templates only lay it out.

Page contexts (home, the articles index, the month grid), and the pieces entity
and article pages print: their at-a-glance rows, mentions and participants
grouped by kind, the rising/falling tables. Small helpers called on every page
(`role`, `date_range`, `kind_words`, links) are plain functions rather than
Jinja macros: a macro import runs once per page render, and these are called
~300,000 times at 10,000 articles.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

import pycountry
from markupsafe import Markup

from . import grades, markup, monthly, paths, schema
from .dates import MONTHS, PartialDate
from .entities import Article, Entity, Event, Model, Trend
from .kinds import ARTICLE, COUNTRY, ENTITY_KINDS, EVENT, FOLDERS, ORGANIZATION, PERSON, PLURALS, SOURCE, TITLES

HOME_LATEST = 10
HOME_TOP = 10
ARTICLES_LATEST = 20
MONTH_ABBR = [name[:3] for name in MONTHS]
_SUBTYPE = {EVENT: "event_kind", ORGANIZATION: "org_kind", SOURCE: "source_kind"}  # kind -> its subtype's attribute


# --- small pieces, called on every page ---------------------------------------------------------


def date_text(value: Any) -> str:
    return value.human() if value is not None else ""


def role(mention: Any) -> Markup:
    """An entity's role in an article, with the annotator's note: "host (the venue)"."""
    text = markup.md_inline(mention.role or "mentioned")
    return Markup(f"{text} ({markup.md_inline(mention.note)})") if mention.note else text


def date_range(start: Any, end: Any) -> Markup:
    text = markup.md_inline(date_text(start))
    return Markup(f"{text} to {markup.md_inline(date_text(end))}") if end and end != start else text


def kind_label(entity: Any) -> Markup:
    """What sort of event, organization or source the entity is; the kind for the others."""
    subtype = _SUBTYPE.get(entity.kind)
    return markup.md_inline((getattr(entity, subtype) if subtype else None) or entity.kind)


def kind_words(entity: Any) -> Markup:
    """What an entity is, for a list that mixes kinds: "organization (intergovernmental)",
    "event (meeting)", "person". The kind always comes first, so a reader never sees a
    bare subtype ("other") where they look for "organization"; "other" adds nothing."""
    subtype = _SUBTYPE.get(entity.kind)
    detail = getattr(entity, subtype) if subtype else None
    if not detail or detail == "other":
        return markup.md_inline(entity.kind)
    return Markup(f"{markup.md_inline(entity.kind)} ({markup.md_inline(detail)})")


def md_link(page_path: str, target: Any, label: Any = None) -> Markup:
    """A Markdown link from the page at `page_path` to an entity's or article's page;
    MkDocs checks it in --strict."""
    text = markup.md_inline(label if label is not None else target.name)
    return Markup(f"[{text}]({paths.link(page_path, target.path)})")


def entity_list(page_path: str, entities: Any) -> Markup:
    return Markup(", ".join(md_link(page_path, entity) for entity in entities))


def language_name(code: str) -> str:
    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code


# --- entity and article pages --------------------------------------------------------------------


def glance_rows(page_path: str, entity: Entity) -> list[tuple[str, Any]]:
    """The kind-specific rows of an entity's at-a-glance box, as (label, value), then how
    well sourced the page is (grades.py)."""
    rows = _GLANCE[entity.kind](page_path, entity)
    if entity.mentions:
        rows.append(("Sourcing", markup.md_inline(grades.sourcing_text(grades.sourcing(m.article for m in entity.mentions)))))
    if entity.kind == EVENT:
        rows.append(("Corroboration", markup.md_inline(grades.corroboration(entity))))
    return rows


def grade_badge(item: Any) -> Markup:
    """An article's or quote's grade pair, its words in a tooltip: 'C3'."""
    reliability, credibility = grades.of(item)
    title = markup.html_text(grades.words(reliability, credibility) + " (the annotating team's judgement)")
    return Markup(f'<abbr class="bf-grade" title="{title}">{grades.pair(reliability, credibility)}</abbr>')


def grade_words(item: Any) -> Markup:
    return markup.md_inline(grades.words(*grades.of(item)))


def ownership_words(source: Any) -> Markup:
    return markup.md_inline(grades.ownership(source))


def _event_glance(here: str, event: Any) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [("When", date_range(event.start, event.end))]
    where = [markup.md_inline(event.location)] if event.location else []
    if event.country:
        where.append(md_link(here, event.country))
    if where:
        rows.append(("Where", Markup(", ".join(where))))
    if event.organizers:
        rows.append(("Organized by", entity_list(here, event.organizers)))
    if event.parent:
        rows.append(("Part of", md_link(here, event.parent)))
    return rows


def _organization_glance(here: str, org: Any) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    if org.seat:
        rows.append(("Seat", md_link(here, org.seat)))
    if org.founded:
        rows.append(("Founded", date_text(org.founded)))
    if org.parent:
        rows.append(("Part of", md_link(here, org.parent)))
    if org.url:
        rows.append(("Website", markup.external_link(org.url, org.url)))
    return rows


def _country_glance(here: str, country: Any) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [("ISO 3166-1", f"{country.alpha_2} / {country.alpha_3}")]
    if country.iso_name != country.name:
        rows.append(("ISO name", country.iso_name))
    return rows


def _person_glance(here: str, person: Any) -> list[tuple[str, Any]]:
    return [("Country", md_link(here, person.country))] if person.country else []


def _source_glance(here: str, source: Any) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    if source.country:
        rows.append(("Country", md_link(here, source.country)))
    if source.language:
        rows.append(("Language", language_name(source.language)))
    if source.url:
        rows.append(("Website", markup.external_link(source.url, source.url)))
    if source.ownership or source.owner:
        owner = md_link(here, source.owner) if source.owner is not None else ""
        text = markup.md_inline(grades.OWNERSHIP_WORDS[source.ownership or "unknown"])
        rows.append(("Ownership", Markup(f"{text}, {owner}") if owner else text))
    grade = (
        f"{source.reliability}, {schema.RELIABILITY[source.reliability]} (the annotating team's judgement)"
        if source.reliability else "ungraded"
    )
    rows.append(("Reliability", markup.md_inline(grade)))
    if source.reliability_note:
        rows.append(("Why this grade", markup.md_inline(source.reliability_note)))
    return rows


_GLANCE = {
    EVENT: _event_glance, ORGANIZATION: _organization_glance, COUNTRY: _country_glance,
    PERSON: _person_glance, SOURCE: _source_glance,
}


def mention_groups(article: Article) -> list[tuple[str, list]]:
    """The entities an article mentions, by kind in display order: (title, mentions)."""
    groups = []
    for kind in ENTITY_KINDS:
        group = article.mentions_of(kind)
        if group:
            groups.append((TITLES[kind], group))
    return groups


def participant_groups(event: Event) -> list[tuple[str, list]]:
    """Who took part in an event, countries, then organizations, then people: (title, involvements)."""
    groups = []
    for kind in (COUNTRY, ORGANIZATION, PERSON):
        group = [inv for inv in event.participants if inv.entity.kind == kind]
        if group:
            groups.append((TITLES[kind], group))
    return groups


def entity_description(entity: Entity) -> str:
    """A one-line meta description: what the page is, and how much it holds."""
    count = entity.article_count
    text = f"Briefing on {entity.name} ({entity.kind}): {count} article{'s' if count != 1 else ''}"
    if entity.last_mention:
        text += f", last mentioned {entity.last_mention.human()}"
    return text + "."


def entity_context(entity: Entity) -> dict[str, Any]:
    return {
        "entity": entity, "title": entity.name, "description": entity_description(entity),
        # A source's timeline lists the articles it published; the others', those that mention them.
        "own_articles": entity.kind == SOURCE,
    }


def index_context(kind: str, entities: list[Entity]) -> dict[str, Any]:
    return {"kind": kind, "entities": entities, "title": TITLES[kind], "plural": PLURALS[kind]}


# --- home and article index ----------------------------------------------------------------------


@dataclass
class KindCount:
    title: str
    count: int
    page: str  # its index page


@dataclass
class TrendTable:
    """One window's rising and falling entities, side by side."""

    days: int
    headers: list[str]  # "Rising, last 30 days", "Falling, last 30 days" (only the sides with entries)
    rows: list[list[Trend | None]]  # one cell per side; None where that side has run out
    rose: bool  # anything rose
    fell: bool  # anything fell


def trend_tables(trends: dict[int, dict[str, list[Trend]]]) -> list[TrendTable]:
    tables = []
    for days, moves in trends.items():
        rising, falling = moves["rising"], moves["falling"]
        sides = [(label, group) for label, group in (("Rising", rising), ("Falling", falling)) if group]
        headers = [f"{label}, last {days} days" for label, _ in sides]
        rows = [list(row) for row in itertools.zip_longest(*(group for _, group in sides))]
        tables.append(TrendTable(days, headers, rows, bool(rising), bool(falling)))
    return tables


def home_context(model: Model) -> dict[str, Any]:
    everyone: list[Entity] = [e for e in model.all_entities() if e.kind != SOURCE]
    busiest = sorted(everyone, key=lambda e: (-e.article_count, e.sort_key))
    counts = model.counts()
    return {
        "article_count": counts[ARTICLE],
        "counts": [KindCount(TITLES[kind], counts[kind], paths.index_page(kind)) for kind in (ARTICLE, *ENTITY_KINDS)],
        "latest": model.articles[:HOME_LATEST],
        "busiest": [e for e in busiest if e.article_count][:HOME_TOP],
        "trend_tables": trend_tables(model.trends),
        "countries": model.entities[COUNTRY],
        # the newest month's briefing (a year's page when the newest article has no month)
        "latest_month": PartialDate(model.newest.year, model.newest.month) if model.articles else None,
    }


def archive(articles: list[Article]) -> dict[int, dict[int, list[Article]]]:
    """year -> month -> articles (month 0: not recorded), in the order of `articles`.

    Given the model's newest-first articles, years and months come newest first, and
    a year's month-less articles come last in it (2017 sorts before 2017-01-01)."""
    years: dict[int, dict[int, list[Article]]] = {}
    for article in articles:
        years.setdefault(article.published.year, {}).setdefault(article.published.month, []).append(article)
    return years


@dataclass
class GridRow:
    year: int
    cells: list[tuple[int, str] | None]  # per month (then 'no month', when shown): (articles, month page)
    total: int


def month_grid(by_month: dict[int, dict[int, list[Article]]], no_month: bool) -> list[GridRow]:
    """The articles index's year-by-month table of counts, each linking to its month page."""
    rows = []
    for year, months in by_month.items():
        columns = [*range(1, 13), *([0] if no_month else [])]
        cells = [(len(months[m]), paths.month_page(year, m)) if m in months else None for m in columns]
        rows.append(GridRow(year, cells, sum(len(articles) for articles in months.values())))
    return rows


def articles_index_context(model: Model) -> dict[str, Any]:
    by_month = archive(model.articles)
    no_month = any(0 in months for months in by_month.values())
    return {
        "total": len(model.articles), "grid": month_grid(by_month, no_month), "no_month": no_month,
        "month_names": MONTH_ABBR, "latest": model.articles[:ARTICLES_LATEST],
    }


def archive_periods(by_month: dict[int, dict[int, list[Article]]]) -> list[PartialDate]:
    """The archive's pages in the order they link each other (newest first): incremental.py
    renders a month page again when its neighbours in this order change."""
    return [PartialDate(year, month) for year, months in by_month.items() for month in months]


def month_pages(model: Model) -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    """Every archive page (a month, or a year's articles with no month) and how to make its
    context (a briefing is costly: made only for a page that is rendered)."""
    by_month = archive(model.articles)
    periods = archive_periods(by_month)
    pages = []
    for index, period in enumerate(periods):
        newer = periods[index - 1] if index else None
        older = periods[index + 1] if index + 1 < len(periods) else None
        articles = by_month[period.year][period.month]
        pages.append((paths.month_page(period.year, period.month), partial(_month_context, model, period, articles, newer, older)))
    return pages


def _month_context(model: Model, period: PartialDate, articles: list[Article], newer: PartialDate | None, older: PartialDate | None) -> dict[str, Any]:
    return {
        "period": period, "articles": articles, "newer": newer, "older": older,
        "briefing": monthly.briefing(period, articles, model.entities[EVENT]),
    }


def period_title(period: PartialDate) -> str:
    """What an archive page covers, in words: 'May 2017', or '2017, month not recorded'."""
    return period.human() if period.month else f"{period.year}, month not recorded"


def schema_docs() -> list[dict[str, Any]]:
    """The record contract as tables for the About page, read from the schema itself."""
    def where(kind: str, pattern: str) -> str:
        return f"{FOLDERS[kind]}/{pattern}"

    sections = [
        (ARTICLE.capitalize(), where(ARTICLE, "**/*.yml"), "one article per file", schema.ArticleRecord),
        (EVENT.capitalize(), where(EVENT, "*.yml"), f"id -> {EVENT}", schema.EventRecord),
        (ORGANIZATION.capitalize(), where(ORGANIZATION, "*.yml"), f"id -> {ORGANIZATION}", schema.OrganizationRecord),
        (PERSON.capitalize(), where(PERSON, "*.yml"), f"id -> {PERSON}", schema.PersonRecord),
        (SOURCE.capitalize(), where(SOURCE, "*.yml"), f"id -> {SOURCE}", schema.SourceRecord),
        ("Country override", f"{FOLDERS[COUNTRY]}.yml", "ISO alpha-2 code -> entry", schema.CountryRecord),
        ("Quote", "inside an article's quotes", "", schema.Quote),
        ("Position", "inside a person's positions", "", schema.Position),
        ("Participants", "inside an event", "", schema.Participants),
        ("Reference with a role", "anywhere a reference goes", "", schema.RefMapping),
    ]
    out = []
    for title, place, shape, cls in sections:
        rows = [
            {"name": f.name, "required": f.metadata["required"], "doc": f.metadata["doc"]}
            for f in schema.record_fields(cls)
        ]
        out.append({"title": title, "where": place, "shape": shape, "fields": rows})
    return out
