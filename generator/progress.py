"""What a long run is doing: the stage, items done of total, and time left.

Generation's stages (seconds each) are named on stdout as they start. A stage
that counts items (MkDocs' pages) reports on stderr: on a terminal, one line
redrawn in place (at most five times a second); in a CI log (stderr not a
terminal), a few plain lines: the stage and its size, a line at each quarter of
a long stage and one when it ends, so a 20-minute build at 100,000 articles shows
that it is alive without flooding the log. BRIEFINGS_PROGRESS=0 turns it off.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

REDRAW_SECONDS = 0.2
QUARTERS = (0.25, 0.5, 0.75)
MIN_ITEMS = 200  # shorter stages get their start line only


def enabled() -> bool:
    return os.environ.get("BRIEFINGS_PROGRESS", "1") != "0"


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s"


class Progress:
    """Progress of one stage of `total` items: call advance(n) as they are done, then finish()."""

    def __init__(self, stage: str, total: int, unit: str = "pages", stream: TextIO | None = None) -> None:
        self.stage, self.total, self.unit = stage, total, unit
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.on = enabled() and total > 0
        self.done = 0
        self.start = time.monotonic()
        self.last_draw = 0.0
        self.quarters = [q for q in QUARTERS if total >= MIN_ITEMS]
        if self.on:
            self._line(f"{stage}: {total:,} {unit}", final=not self.tty)

    def advance(self, count: int = 1) -> None:
        if not self.on:
            return
        self.done += count
        now = time.monotonic()
        if self.tty:
            if now - self.last_draw >= REDRAW_SECONDS:
                self.last_draw = now
                self._line(self._status(now), final=False)
        elif self.quarters and self.done >= self.quarters[0] * self.total:
            while self.quarters and self.done >= self.quarters[0] * self.total:
                self.quarters.pop(0)
            self._line(self._status(now), final=True)

    def finish(self) -> None:
        if self.on:
            elapsed = time.monotonic() - self.start
            self._line(f"{self.stage}: {self.done:,} of {self.total:,} {self.unit} in {_duration(elapsed)}", final=True)
            self.on = False

    def _status(self, now: float) -> str:
        elapsed = now - self.start
        share = self.done / self.total
        text = f"{self.stage}: {self.done:,}/{self.total:,} {self.unit} ({share:.0%})"
        if 0 < share < 1 and elapsed > 1:
            text += f", about {_duration(elapsed * (1 - share) / share)} left"
        return text

    def _line(self, text: str, final: bool) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def stage(name: str, stream: TextIO | None = None) -> None:
    """Say that a stage starts, on stdout beside the run's other notes: stderr carries the
    problems found, exactly (`path:line:col: error: ...`) and nothing else when a run fails."""
    stream = stream or sys.stdout
    if enabled():
        stream.write(f"{name}\u2026\n")
        stream.flush()
