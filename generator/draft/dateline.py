"""What the article's own first lines say: the title, the dateline ("DUSHANBE,
May 31. /TASS/." -> place, day, source), a date line ("Friday, July 21, 2017"),
and the lead that a reviewer turns into a summary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import MONTHS, PartialDate

_EN_MONTHS = {m.lower()[:3]: i for i, m in enumerate(MONTHS, 1)}
_RU_MONTHS = {stem: i for i, stem in enumerate(
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split(), 1)}
_MONTH_EN = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_RU = r"(?P<rmonth>(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*)"
_PLACE = r"(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][\w. ]{1,30}?))?"
_SOURCE = r"(?:\s*[./]*\s*(?:/(?P<src>[^/\n]{1,40})/|\((?P<src2>[^)\n]{1,40})\)))?"
DATELINE = re.compile(
    rf"^\s*{_PLACE},\s*(?:{_MONTH_EN}\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<rday>\d{{1,2}})\s+{_MONTH_RU}(?:\s+(?P<ryear>\d{{4}}))?)\s*\.?{_SOURCE}\s*[.:—–-]*\s*"
    rf"|^\s*(?P<place3>[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{{1,40}}?)(?:,\s*(?P<region3>[A-Z][\w. ]{{1,30}}?))?"
    rf"\s*\((?P<src3>[^)\n]{{1,40}})\)\s*[—–-]+\s*"
)
DATE_LINE = re.compile(
    rf"^\s*(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH_EN}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>[A-Z][a-z]+)\s+(?P<year2>\d{{4}}))\s*$"
)
# A wire's dateline of place and numeric date, on a line of its own (or the date on the next):
# "WASHINGTON 1996-08-24", "KANSAS CITY, Mo. 1996-08-26", "ZORBTON, Examplia 1996-08-22". Matched
# whole (fullmatch) against the line.
NUMERIC_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_](?:[^\W\d_]|['.\- ]){1,40}?)"
                              r"(?:,\s*(?P<region>[^\W\d_](?:[^\W\d_]|[. ]){1,30}?))?\s+\d{4}-\d{2}-\d{2}\s*")
_WORDS = re.compile(r"\w+")


@dataclass
class Dateline:
    place: str
    month: int | None
    day: int | None
    year: int | None
    source: str | None
    line: int
    words: str  # as written
    body_start: int  # offset of the text after it


@dataclass
class Head:
    title: str | None
    title_line: int | None
    dateline: Dateline | None
    date: PartialDate | None  # from a line holding only a date
    date_line: int | None
    lead: str | None
    lead_line: int | None


def _title_place(place: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in place.split())


def find_dateline(text: str) -> Dateline | None:
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        match = DATELINE.match(line)
        if match and (match.group("day") or match.group("rday") or match.group("src3")):
            if match.group("month"):
                month, day = _EN_MONTHS[match.group("month").lower()[:3]], int(match.group("day"))
                year = match.group("year")
            elif match.group("rmonth"):
                month = next(i for stem, i in _RU_MONTHS.items() if match.group("rmonth").lower().startswith(stem))
                day, year = int(match.group("rday")), match.group("ryear")
            else:
                month = day = year = None
            source = match.group("src") or match.group("src2") or match.group("src3")
            if month and not 1 <= (day or 0) <= 31:
                month = day = None
            return Dateline(_title_place((match.group("place") or match.group("place3")).strip()), month, day, int(year) if year else None,
                            source.strip() if source else None, number, match.group().strip(),
                            offset + match.end())
        offset += len(line) + 1
    return None


def dateline_place_end(line: str) -> int:
    """Where the place and its region end in a dateline of place and date or of place and agency
    opening the line ("BIRMINGHAM, England (AP) --", "DUSHANBE, May 31. /TASS/."): the words up to
    there name where the story was filed. 0 if the line opens with no such dateline."""
    match = DATELINE.match(line)
    if not match or not (match.group("day") or match.group("rday") or match.group("src3")):
        return 0
    return max(match.end(group) for group in ("place", "region", "place3", "region3") if match.group(group))


def _paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(first line number, offset, text) of each non-empty line."""
    out, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            out.append((number, offset, line.strip()))
        offset += len(line) + 1
    return out


def _first_sentences(paragraph: str, limit: int = 400) -> str:
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ\"“«])", paragraph)
    lead = sentences[0]
    for sentence in sentences[1:]:
        if len(lead) + len(sentence) > limit:
            break
        lead += " " + sentence
    return lead


def read_head(text: str, title_hint: str | None = None) -> Head:
    paragraphs = _paragraphs(text)
    dateline = find_dateline(text)
    title = title_line = date = date_line = None
    body = []
    for number, offset, line in paragraphs:
        if dateline and number >= dateline.line:
            break
        match = DATE_LINE.match(line)
        if match and date is None:
            month = match.group("month") or match.group("month2") or ""
            month_number = _EN_MONTHS.get(month.lower()[:3])
            if month_number:
                date = PartialDate(int(match.group("year") or match.group("year2")), month_number,
                                   int(match.group("day") or match.group("day2")))
                date_line = number
                continue
        body.append((number, line))
    if title_hint:
        title = title_hint
        title_line = next((n for n, line in body if line == title_hint), None)
    else:
        # A first line of one or two words is a breadcrumb ("All news"), not the headline.
        for number, line in body:
            if len(_WORDS.findall(line)) >= 3 or number == body[-1][0]:
                title, title_line = line, number
                break
    lead = lead_line = None
    after_title = [(n, line) for n, line in body if title_line is None or n > title_line]
    if after_title and dateline:
        lead_line, lead = after_title[0]  # a standfirst between the headline and the dateline
    elif dateline is None:
        rest = [(n, line) for n, line in after_title if len(_WORDS.findall(line)) >= 8]
        if rest:
            lead_line, lead = rest[0]
    if lead is None and dateline is not None:
        first_body = text[dateline.body_start:].split("\n", 1)[0].strip()
        if first_body:
            lead, lead_line = first_body, dateline.line
    return Head(title, title_line, dateline, date, date_line,
                _first_sentences(lead) if lead else None, lead_line)
