"""Charts drawn at build time as inline SVG: no JavaScript, nothing fetched when viewed.

Each function returns one raw-HTML block (a `<div>` on a single line, so
Markdown passes it through untouched) holding an SVG with `role="img"` (`role="group"`
when it holds links: an image may not contain focusable elements), a
`<title>` it is labelled by, and the same numbers as a table in a `<details>`
for screen readers, printing and copying. Record text is HTML-escaped here;
colours come from CSS classes (templates/assets/briefings.css) so light and
dark schemes both read well. Links inside the SVG are raw HTML, which MkDocs
neither rewrites nor checks, so they are directory URLs relative to the page.
"""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from markupsafe import Markup

from .dates import MONTHS
from .paths import link as page_link
from .entities import Entity, Link

MONTHLY_SPAN = 48  # longer histories are counted per year
MIN_MONTHS = 12  # shorter histories are drawn as the year up to their last month, so one bar is not a wall
WORLD = Path(__file__).resolve().parent / "data" / "world.json"


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _n(value: float) -> str:
    """A coordinate with one decimal at most and no trailing zero: 48.0 -> 48."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _figure(kind: str, svg: str, table: str, summary: str) -> Markup:
    return Markup(
        f'<div class="bf-figure bf-{kind}"><div class="bf-scroll">{svg}</div>'
        f'<details class="bf-numbers"><summary>{esc(summary)}</summary>{table}</details></div>'
    )


def _table(caption: str, headers: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# --- Articles over time -------------------------------------------------------------------------


def timeline_buckets(monthly: dict[tuple[int, int], int]) -> tuple[str, list[tuple[str, int]]]:
    """("month" or "year", [(label, count), ...]) from the first to the last month with articles,
    empty months included so the gaps show."""
    if not monthly:
        return "month", []
    first, last = min(monthly), max(monthly)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if span > MONTHLY_SPAN:
        years: dict[int, int] = {}
        for (year, _), count in monthly.items():
            years[year] = years.get(year, 0) + count
        return "year", [(str(y), years.get(y, 0)) for y in range(first[0], last[0] + 1)]
    out = []
    year, month = first
    if span < MIN_MONTHS:
        back = MIN_MONTHS - span
        year, month = year - (back - month + 12) // 12, (month - back - 1) % 12 + 1
        span = MIN_MONTHS
    for _ in range(span):
        out.append((f"{MONTHS[month - 1][:3]} {year}", monthly.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return "month", out


def timeline_chart(entity: Entity) -> Markup:
    unit, buckets = timeline_buckets(entity.monthly)
    if not buckets:
        return Markup("")
    width, height, top, bottom, left = 640, 150, 14, 22, 28
    peak = max(count for _, count in buckets)
    slot = (width - left) / len(buckets)
    bar = min(48.0, max(1.0, slot * 0.8))
    plot = height - top - bottom
    title = f"Articles mentioning {entity.name} per {unit}, {buckets[0][0]} to {buckets[-1][0]}; most in one {unit}: {peak}"
    # Shared attributes sit on groups, not on each of up to 48 bars and 12 labels: the
    # chart is on every entity page, and page weight counts (see README, Scale).
    bars, labels = [], []
    every = max(1, math.ceil(len(buckets) / 12))  # at most about 12 labels along the axis
    for index, (label, count) in enumerate(buckets):
        x = left + index * slot + (slot - bar) / 2
        if count:
            h = max(1.0, plot * count / peak)
            noun = "article" if count == 1 else "articles"
            bars.append(
                f'<rect x="{_n(x)}" y="{_n(height - bottom - h)}" width="{_n(bar)}" height="{_n(h)}">'
                f"<title>{esc(label)}: {count} {noun}</title></rect>"
            )
        if index % every == 0:
            labels.append(f'<text x="{_n(x + bar / 2)}" y="{height - 6}">{esc(label)}</text>')
    parts = [
        f'<svg class="bf-svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="bf-timeline-title">'
        f'<title id="bf-timeline-title">{esc(title)}</title>',
        f'<line class="bf-axis" x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}"/>',
        f'<g class="bf-tick" text-anchor="end"><text x="{left - 4}" y="{top + 4}">{peak}</text>'
        f'<text x="{left - 4}" y="{height - bottom}">0</text></g>',
        f'<g class="bf-bar">{"".join(bars)}</g>',
        f'<g class="bf-tick" text-anchor="middle">{"".join(labels)}</g>',
        "</svg>",
    ]
    rows = [(esc(label), count) for label, count in buckets if count]
    table = _table(f"Articles per {unit}", [unit.capitalize(), "Articles"], rows)
    return _figure("timeline", "".join(parts), table, f"Articles per {unit} as a table")


# --- Connections -------------------------------------------------------------------------------


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _link_words(link: Link) -> str:
    words = list(link.ties)
    if link.together:
        words.append(f"{link.together} article{'s' if link.together != 1 else ''} together")
    return "; ".join(words)


def link_diagram(entity: Entity, page_path: str) -> Markup:
    """The entity on the left, its strongest links fanned out on the right, strongest first;
    line width shows strength. A fan, not a circle, so labels never overlap and a phone can read it."""
    links = entity.links
    if not links:
        return Markup("")
    row, pad = 32, 12
    width, height = 460, max(row * len(links), 48) + 2 * pad
    cx, cy, nx = 100, height / 2, 250
    strongest = max(link.weight for link in links)
    edges, nodes = [], []
    for index, link in enumerate(links):
        y = pad + row * index + row / 2
        stroke = 1 + 4 * link.weight / strongest
        edges.append(
            f'<path d="M{cx + 80} {cy:.0f}C{cx + 130} {cy:.0f} {nx - 60} {y:.0f} {nx} {y:.0f}" stroke-width="{stroke:.1f}"/>'
        )
        nodes.append(_node(link.other, nx, y, page_link(page_path, link.other.path, html=True), _link_words(link), "start"))
    # Shorter label at the centre: its box must fit between the left edge and the fan.
    center = _node(entity, cx, cy, None, "this page", "middle", limit=22)
    title = f"Strongest connections of {entity.name}: " + ", ".join(link.other.name for link in links)
    svg = (
        f'<svg class="bf-svg" viewBox="0 0 {width} {height}" role="group" aria-labelledby="bf-links-title">'
        f'<title id="bf-links-title">{esc(title)}</title>{"".join(edges)}{"".join(nodes)}{center}</svg>'
    )
    rows = [
        (f'<a href="{page_link(page_path, link.other.path, html=True)}">{esc(link.other.name)}</a>', esc(link.other.kind), esc(", ".join(link.ties)), link.together)
        for link in links
    ]
    table = _table("Strongest connections", ["Entity", "Kind", "Tie", "Articles together"], rows)
    return _figure("links", svg, table, "Connections as a table")


def _node(entity: Entity, x: float, y: float, href: str | None, words: str, anchor: str, limit: int = 26) -> str:
    """A labelled box; `x` is its centre ("middle") or its left edge ("start")."""
    label = _short(entity.name, limit)
    w = 14 + 6.8 * len(label)
    left = x - w / 2 if anchor == "middle" else x
    # Styling comes from the .bf-links rules in briefings.css: a diagram has up to 11 of these.
    box = (
        f'<rect x="{left:.0f}" y="{y - 12:.0f}" width="{w:.0f}" height="24" rx="5"/>'
        f'<text x="{left + w / 2:.0f}" y="{y + 4:.0f}">{esc(label)}</text>'
    )
    tip = f"<title>{esc(entity.name)} ({entity.kind}): {esc(words)}</title>"
    if href is None:
        return f'<g class="bf-center bf-k-{entity.kind}">{tip}{box}</g>'
    return f'<a class="bf-k-{entity.kind}" href="{esc(href)}">{tip}{box}</a>'


# --- Coverage map ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def world_outlines() -> dict:
    return json.loads(WORLD.read_text(encoding="utf-8"))


def shade(count: int, peak: int) -> int:
    """0 for no articles, else 1-4 on a square-root scale so one busy country does not wash out the rest."""
    if count <= 0 or peak <= 0:
        return 0
    return 1 + min(3, int(4 * math.sqrt(count / peak)))


def coverage_map(countries: list[Entity], page_path: str) -> Markup:
    """A world map with each country shaded by the number of articles that mention it."""
    world = world_outlines()
    counts = {c.id: c for c in countries if c.article_count}
    if not counts:
        return Markup("")
    peak = max(c.article_count for c in counts.values())
    parts = []
    for code, d in world["countries"].items():
        country = counts.get(code)
        if country is None:
            parts.append(f'<path class="bf-land" d="{d}"/>')
            continue
        n = country.article_count
        parts.append(
            f'<a href="{page_link(page_path, country.path, html=True)}"><path class="bf-land bf-s{shade(n, peak)}" d="{d}">'
            f"<title>{esc(country.name)}: {n} article{'s' if n != 1 else ''}</title></path></a>"
        )
    ranked = sorted(counts.values(), key=lambda c: (-c.article_count, c.sort_key))
    title = "Articles per country: " + ", ".join(f"{c.name} {c.article_count}" for c in ranked[:10])
    if len(ranked) > 10:
        title += f", and {len(ranked) - 10} more"
    svg = (
        f'<svg class="bf-svg bf-world" viewBox="0 0 {world["width"]} {world["height"]}" role="group" aria-labelledby="bf-map-title">'
        f'<title id="bf-map-title">{esc(title)}</title>{"".join(parts)}</svg>'
    )
    rows = [(f'<a href="{page_link(page_path, c.path, html=True)}">{esc(c.name)}</a>', c.article_count) for c in ranked]
    table = _table("Articles per country", ["Country", "Articles"], rows)
    return _figure("map", svg, table, "Articles per country as a table")
