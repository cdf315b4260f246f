"""Problems found in a content folder, collected and reported together.

Every stage appends to one `Problems` list instead of raising, so a single run
reports everything that is wrong (as MkDocs' `Config.validate` does), in the one
format editors and CI annotators understand: ``path:line:col: error: message``.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True, order=True)
class Loc:
    """A place in a content file; line and column count from 1."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    loc: Loc
    message: str

    def __str__(self) -> str:
        return f"{self.loc}: error: {self.message}"


class Problems:
    """An append-only list of problems; stages report here and carry on."""

    def __init__(self) -> None:
        self._items: list[Problem] = []

    def add(self, loc: Loc, message: str) -> None:
        self._items.append(Problem(loc, message))

    def __bool__(self) -> bool:
        return bool(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> list[Problem]:
        return list(self._items)

    def sorted(self) -> list[Problem]:
        # Sorted and de-duplicated so the report is stable across runs.
        return sorted(set(self._items))

    def lines(self) -> list[str]:
        return [str(p) for p in self.sorted()]


class ContentError(Exception):
    """Raised once, at the end of a stage, when problems were found."""

    def __init__(self, problems: Problems):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def display_path(path: Path) -> str:
    """The path as the user should see it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


def suggestion(word: str, candidates: Iterable[str]) -> str:
    """A ``; did you mean 'x'?`` suffix when a candidate is close, else ''."""
    pool = sorted(set(candidates))
    close = difflib.get_close_matches(word, pool, n=1, cutoff=0.75)
    if not close:
        lowered = {c.lower(): c for c in pool}
        close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.75)
        close = [lowered[c] for c in close]
    return f"; did you mean '{close[0]}'?" if close else ""
