"""Dates with the precision the record gave: 2017, 2017-05 or 2017-05-31."""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTHS = (
    "January February March April May June July August September October November December"
).split()


class PartialDate(NamedTuple):
    # A tuple, not an ordered dataclass: models sort and compare dates millions of times
    # at 100,000 articles, and tuples compare in C (dataclass order is Python code).
    year: int
    month: int = 0  # 0 when unknown
    day: int = 0  # 0 when unknown

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        """31 May 2017, May 2017 or 2017: never more precise than the record."""
        if self.day:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.iso()


def parse_partial_date(text: str) -> PartialDate | str:
    """A PartialDate, or a message saying what is wrong with `text`."""
    m = _PARTIAL.match(text.strip())
    if not m:
        return f"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if year < 1:
        return f"'{text}' has no year 0"
    if m[2] is not None and not 1 <= month <= 12:
        return f"'{text}' is not a date: there is no month {m[2]}"
    if m[3] is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return f"'{text}' is not a date: {MONTHS[month - 1]} {year} has {last} days"
    return PartialDate(year, month, day)


def parse_full_date(text: str) -> PartialDate | str:
    parsed = parse_partial_date(text)
    if isinstance(parsed, PartialDate) and parsed.precision != "day":
        return f"'{text}' needs a full date, YYYY-MM-DD"
    if isinstance(parsed, str) and not _PARTIAL.match(text.strip()):
        return f"'{text}' is not a date; write YYYY-MM-DD"
    return parsed
