"""Character offsets from tools that count differently.

Python counts code points; JavaScript and Java tools (Label Studio, INCEpTION, some
Doccano front ends) count UTF-16 units, in which a character outside the Basic
Multilingual Plane (an emoji, many CJK extensions) takes two. Before the first such
character both agree; after it, UTF-16 offsets run ahead.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable


class Utf16:
    """Converts UTF-16 offsets of one text to Python string indexes."""

    def __init__(self, text: str):
        self.text = text
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]  # code point indexes
        self.length = len(text) + len(self._astral)

    @property
    def differs(self) -> bool:
        return bool(self._astral)

    def index(self, unit: int) -> int | None:
        """The string index at UTF-16 offset `unit`, or None inside a surrogate pair or past the end."""
        if unit < 0 or unit > self.length:
            return None
        # The k-th astral character (0-based) at code point index c starts at UTF-16 unit c + k.
        starts = [c + k for k, c in enumerate(self._astral)]
        before = bisect_right(starts, unit - 1)  # astral characters starting before `unit`
        if before and unit == starts[before - 1] + 1:
            return None  # between the two halves of a pair
        return unit - before


def locate(text: str, start: int, end: int, expected: str, utf16: Utf16 | None = None) -> tuple[int, int] | None:
    """(start, end) as Python indexes for a span a tool gave with its text: as code points
    when that lands on the text, else converted from UTF-16 when that does; None when neither."""
    if 0 <= start <= end <= len(text) and _same(text[start:end], expected):
        return start, end
    utf16 = utf16 or Utf16(text)
    if utf16.differs:
        begin, finish = utf16.index(start), utf16.index(end)
        if begin is not None and finish is not None and begin <= finish and _same(text[begin:finish], expected):
            return begin, finish
    return None


def reading_of(text: str, spans: list[tuple[int, int]]) -> Callable[[int], int | None]:
    """For spans given without their text: how this document's offsets count. A tool counts one
    way throughout, so the reading that puts more spans on word boundaries wins (code points on a tie)."""
    utf16 = Utf16(text)

    def code_points(i: int) -> int | None:
        return i if 0 <= i <= len(text) else None

    if not utf16.differs:
        return code_points

    def score(convert: Callable[[int], int | None]) -> int:
        total = 0
        for start, end in spans:
            a, b = convert(start), convert(end)
            total += a is not None and b is not None and _on_boundaries(text, a, b)
        return total

    return utf16.index if score(utf16.index) > score(code_points) else code_points


def _same(found: str, expected: str) -> bool:
    return " ".join(found.split()) == " ".join(expected.split())


def _on_boundaries(text: str, start: int, end: int) -> bool:
    """The span starts and ends at a word's edge, and on no blank."""
    def edge(i: int) -> bool:
        return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())

    return start < end and edge(start) and edge(end) and not text[start].isspace() and not text[end - 1].isspace()
