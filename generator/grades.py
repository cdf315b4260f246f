"""How well sourced a line, a page or an event is: Admiralty grades, owners, corroboration.

A source's reliability (A-F) and a piece of information's credibility (1-6) are the
annotating team's judgement (schema.RELIABILITY, schema.CREDIBILITY), shown as the
pair analysts use ("C3") with the words beside it or in a tooltip, and "ungraded"
where the team gave none: never a colour alone.

Independence follows ownership: outlets with the same owner count as one source;
an outlet whose owner the records do not name counts as its own owner.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from .kinds import COUNTRY
from .schema import CREDIBILITY, RELIABILITY

UNGRADED = "ungraded"
OWNERSHIP_WORDS = {
    "state": "state-owned", "public": "public service", "private": "privately owned",
    "party": "party-owned", "unknown": "ownership unknown",
}


def pair(reliability: str | None, credibility: str | None) -> str:
    """'C3'; 'C-' or '-3' when one half is missing; 'ungraded' when both are."""
    if not reliability and not credibility:
        return UNGRADED
    return f"{reliability or '-'}{credibility or '-'}"


def words(reliability: str | None, credibility: str | None) -> str:
    """The pair in words: 'source C, fairly reliable; information 3, possibly true'."""
    source = f"source {reliability}, {RELIABILITY[reliability]}" if reliability else "source not graded"
    information = f"information {credibility}, {CREDIBILITY[credibility]}" if credibility else "information not graded"
    return f"{source}; {information}"


def of(item: Any) -> tuple[str | None, str | None]:
    """(reliability, credibility) of an article, or of a quote (which takes its article's
    credibility when it has none of its own)."""
    article = getattr(item, "article", item)
    return article.source.reliability, getattr(item, "credibility", None) or article.credibility


def ownership(source: Any) -> str:
    """'state-owned, Russia'; '' when the records say nothing of it."""
    if not source.ownership and source.owner is None:
        return ""
    text = OWNERSHIP_WORDS[source.ownership or "unknown"]
    return f"{text}, {source.owner.name}" if source.owner is not None else text


def owner_key(source: Any) -> tuple[str, str]:
    """Who stands behind a source: its owner, or the source itself when no owner is named."""
    owner = source.owner if source.owner is not None else source
    return (owner.kind, owner.id)


@dataclass
class Sourcing:
    """What an entity's picture rests on."""

    articles: int
    by_grade: list[tuple[str, int]]  # ("C", 3), ..., ("ungraded", 1): source reliability of each article
    sources: int  # distinct outlets
    independent: int  # distinct owners
    state_media: list[tuple[str, int]]  # (country name, percent of articles from its state-owned outlets)


def sourcing(articles: Iterable[Any]) -> Sourcing:
    articles = list(articles)
    grades = Counter(a.source.reliability or UNGRADED for a in articles)
    order = [*RELIABILITY, UNGRADED]
    state = Counter(
        _state_of(a.source) for a in articles if a.source.ownership == "state" and _state_of(a.source)
    )
    total = len(articles) or 1
    return Sourcing(
        articles=len(articles),
        by_grade=[(g, grades[g]) for g in order if grades[g]],
        sources=len({a.source.id for a in articles}),
        independent=len({owner_key(a.source) for a in articles}),
        state_media=[(name, round(100 * n / total)) for name, n in sorted(state.items(), key=lambda kv: (-kv[1], kv[0]))],
    )


def _state_of(source: Any) -> str | None:
    # A state-owned outlet belongs to the state that owns it, or else to its own country.
    if source.owner is not None and source.owner.kind == COUNTRY:
        return source.owner.name
    return source.country.name if source.country is not None else None


def sourcing_text(summary: Sourcing) -> str:
    """'articles by source grade: B 2, ungraded 1 · 2 independent sources (3 outlets) ·
    from state-owned media: Russia 33%'."""
    if not summary.articles:
        return ""
    independent = f"{summary.independent} independent source{'s' if summary.independent != 1 else ''}"
    parts = [
        "articles by source grade: " + ", ".join(f"{grade} {n}" for grade, n in summary.by_grade),
        f"{independent} ({summary.sources} outlet{'s' if summary.sources != 1 else ''}; one owner's outlets count once)",
        "from state-owned media: " + (", ".join(f"{name} {share}%" for name, share in summary.state_media) or "none"),
    ]
    return " · ".join(parts)


def corroboration(event: Any) -> str:
    """Whether more than one independent source reported an event, and which did."""
    articles = [m.article for m in event.mentions]
    if not articles:
        return "not reported by any article yet"
    outlets = sorted({a.source.name for a in articles})
    owners = len({owner_key(a.source) for a in articles})
    verdict = (
        f"corroborated: {owners} independent sources" if owners > 1
        else "not corroborated: one source" if len(outlets) == 1
        else "not corroborated: its sources share one owner"
    )
    return f"{verdict} ({', '.join(outlets)})"
