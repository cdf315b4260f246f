"""Drafting many files: each input gives OUTDIR/<stem>.yml (and <stem>.new.yml when
the text names things the registry lacks). A file that cannot be read gets one
error line naming it; the others are still drafted. A summary line at the end, and
progress on stderr for long runs."""

from __future__ import annotations

import gc
import sys
import time
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Callable, TextIO

from ..entities import Model
from .compose import Draft, compose
from .document import SUFFIXES, InputError, read_document
from .emit import article_yaml, suggestions_yaml
from .gazetteer import Gazetteer, build_gazetteer


@dataclass
class RunReport:
    drafted: int = 0
    failed: int = 0
    references: int = 0
    suggestions: int = 0
    written: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        return (f"drafted {self.drafted} file{'s' if self.drafted != 1 else ''}, {self.failed} failed; "
                f"{self.references} reference{'s' if self.references != 1 else ''}, "
                f"{self.suggestions} name{'s' if self.suggestions != 1 else ''} to add to the registry")


def expand_inputs(inputs: list[Path]) -> list[Path]:
    """Files as given; a folder means every .txt, .md and .html file in it (sorted, recursively)."""
    out = []
    for path in inputs:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()))
        else:
            out.append(path)
    return out


def draft_one(path: Path, gazetteer: Gazetteer, today: Date) -> Draft:
    return compose(read_document(path), gazetteer, today)


def draft_files(model: Model, inputs: list[Path], out_dir: Path, today: Date | None = None,
                errors: TextIO = sys.stderr, progress: Callable[[str], None] | None = None) -> RunReport:
    today = today or Date.today()
    gazetteer = build_gazetteer(model)
    # The model and gazetteer live as long as the run: keep the cyclic collector from
    # rescanning their million objects while each article's short-lived ones come and go.
    gc.collect()
    gc.freeze()
    report = RunReport()
    files = expand_inputs(inputs)
    stems: dict[str, Path] = {}
    started = time.monotonic()
    for number, path in enumerate(files, 1):
        try:
            if path.stem in stems:
                raise InputError(f"same name as {stems[path.stem]}: both would be {path.stem}.yml")
            stems[path.stem] = path
            draft = draft_one(path, gazetteer, today)
            out_dir.mkdir(parents=True, exist_ok=True)
            target = out_dir / f"{path.stem}.yml"
            target.write_text(article_yaml(draft), encoding="utf-8")
            report.written.append(target)
            extra = out_dir / f"{path.stem}.new.yml"
            if draft.suggestions:
                extra.write_text(suggestions_yaml(draft), encoding="utf-8")
                report.written.append(extra)
            elif extra.exists():
                extra.unlink()
            report.drafted += 1
            report.references += sum(len(refs) for refs in draft.references.values())
            report.suggestions += len(draft.suggestions)
        except InputError as exc:
            report.failed += 1
            print(f"{path}: error: {exc}", file=errors)
        except Exception as exc:  # noqa: BLE001
            # A library failing on one strange file must not stop the others, nor print a traceback.
            report.failed += 1
            print(f"{path}: error: cannot draft: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}", file=errors)
        if progress and len(files) > 20 and (number % 50 == 0 or number == len(files)):
            progress(f"{number}/{len(files)} files, {time.monotonic() - started:.1f} s")
    return report
