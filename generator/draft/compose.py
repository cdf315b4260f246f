"""One draft from one document: the fields of an article record, each with the
words and line that produced it, the references, quotes, doubts and suggestions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from urllib.parse import urlparse

from unidecode import unidecode

from ..dates import PartialDate
from .dateline import read_head
from .document import Document
from .gazetteer import Gazetteer, Target
from .homeland import leave_out_foreign_institutions
from .territorial import leave_out_another_territorys_body
from .linker import link
from .linking import Doubt, Linking, Mention
from .quotes import Quote, find_quotes
from .roles import find_roles
from .suggest import Suggestion, suggest
from .text import tokenize, token_key

_VALID_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Field:
    value: str
    why: str  # the words and line that produced it, for the comment beside it


@dataclass
class Reference:
    target: Target
    mentions: list[Mention]
    role: tuple[str, str] | None


@dataclass
class Draft:
    document: Document
    fields: dict[str, Field] = field(default_factory=dict)
    references: dict[str, list[Reference]] = field(default_factory=dict)  # kind -> references
    quotes: list[Quote] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    review: list[str] = field(default_factory=list)  # what the reviewer must supply


def _line(document: Document, words: str, line: int) -> str:
    return f"line {document.line_in_file(words, line)}"


def _source_from(gazetteer: Gazetteer, document: Document, dateline_source: str | None,
                 linking_sources: list[Mention]) -> tuple[Target | None, str]:
    by_key = gazetteer.sources
    if dateline_source and (target := by_key.get(" ".join(t.key for t in tokenize(dateline_source)))):
        return target, f"'{dateline_source}' in the dateline"
    if document.site_name and (target := by_key.get(" ".join(t.key for t in tokenize(document.site_name)))):
        return target, f"the page's site name '{document.site_name}'"
    host = (document.host or urlparse(document.url or "").hostname or "").removeprefix("www.")
    if host and (target := gazetteer.source_hosts.get(host)):
        return target, f"the page's address ({host})"
    return None, ""


def _published(draft: Draft, head, linking: Linking, today: Date) -> tuple[str, str] | None:
    document = draft.document
    if document.date:
        return document.date, "the page's metadata (htmldate)"
    dateline = head.dateline
    if dateline and dateline.month and dateline.day:
        where = f"'{dateline.words}' in the dateline, {_line(document, dateline.words, dateline.line)}"
        if dateline.year:
            return PartialDate(dateline.year, dateline.month, dateline.day).iso(), where
        for mention in linking.mentions:
            start = getattr(mention.target.entity, "start", None)
            if mention.target.kind == "event" and start and (start.month, start.day) == (dateline.month, dateline.day):
                return (PartialDate(start.year, dateline.month, dateline.day).iso(),
                        f"{where}; the year of the event it reports ({mention.target.id}, which starts that day)")
        years = [int(y) for y in _YEAR.findall(document.text) if int(y) <= today.year]
        if years:
            year = max(years)
            return PartialDate(year, dateline.month, dateline.day).iso(), f"{where}; the latest year the text names"
        draft.review.append("published: the dateline gives no year; this year was assumed")
        year = today.year if (dateline.month, dateline.day) <= (today.month, today.day) else today.year - 1
        return PartialDate(year, dateline.month, dateline.day).iso(), f"{where}; REVIEW: year assumed"
    if head.date:
        return head.date.iso(), f"the date line, line {head.date_line}"
    return None


def _language(document: Document) -> tuple[str, str]:
    if document.language:
        return document.language, "the page's lang attribute"
    cyrillic, latin = len(_CYRILLIC.findall(document.text)), len(_LATIN.findall(document.text))
    if cyrillic > latin:
        return "ru", "the text is mostly Cyrillic"
    return "en", "the text is mostly Latin script (check if not English)"


def compose(document: Document, gazetteer: Gazetteer, today: Date) -> Draft:
    draft = Draft(document)
    text = document.text
    head = read_head(text, document.title)
    tokens = tokenize(text)
    # Dates first need the events, and context needs the date: link once without it, then with it.
    first = link(text, tokens, gazetteer)
    published = _published(draft, head, first, today)
    published_date = PartialDate(*map(int, published[0].split("-"))) if published else None
    linking = link(text, tokens, gazetteer, published_date)
    leave_out_foreign_institutions(linking, gazetteer, text)
    leave_out_another_territorys_body(linking, text)
    stem = document.path.stem
    if not _VALID_ID.match(stem):
        ident = re.sub(r"[^a-z0-9]+", "-", unidecode(stem).lower()).strip("-")[:80] or "article"
        draft.fields["id"] = Field(ident, f"the file name '{stem}' is not a valid id; this is the id it asks for")
    if head.title:
        draft.fields["title"] = Field(head.title, f"line {document.line_in_file(head.title, head.title_line or 1)}"
                                      if head.title_line else "the page's title")
    sources = [m for m in linking.mentions if m.target.kind == "source"]
    source, why = _source_from(gazetteer, document, head.dateline.source if head.dateline else None, sources)
    if source is not None:
        draft.fields["source"] = Field(source.id, why)
    if published:
        draft.fields["published"] = Field(*published)
    if document.url:
        draft.fields["url"] = Field(document.url, "the page's canonical address")
    draft.fields["language"] = Field(*_language(document))
    if head.dateline:
        draft.fields["dateline"] = Field(head.dateline.place, f"'{head.dateline.words}', "
                                         f"{_line(document, head.dateline.words, head.dateline.line)}")
    if head.lead:
        draft.fields["summary"] = Field(head.lead, f"REVIEW: the article's lead ({_line(document, head.lead[:40], head.lead_line or 1)}), "
                                        "not yet a summary in your own words")
    draft.quotes = find_quotes(text, linking)
    roles = find_roles(text, linking, draft.quotes)
    by_target = linking.by_target()
    for kind in ("event", "organization", "country", "person"):
        refs = []
        for target in linking.targets(kind):
            refs.append(Reference(target, by_target[target], roles.get(target)))
        draft.references[kind] = refs
    draft.doubts = linking.doubts
    skip = {head.title_line, head.date_line}
    dateline_span = (head.dateline.body_start - len(head.dateline.words) - 2, head.dateline.body_start) \
        if head.dateline else (0, 0)
    found_keys = {m.words.casefold() for m in linking.mentions}
    draft.suggestions = [s for s in suggest(text, tokens, linking, {n for n in skip if n}, dateline_span)
                         if s.name.casefold() not in found_keys and token_key(s.name) not in gazetteer.index]
    for name in ("title", "source", "published", "summary"):
        if name not in draft.fields:
            draft.review.append(f"{name}: not found in the file; required before the record is valid")
    return draft
