"""`python -m generator draft --content DIR --out OUTDIR FILE...`"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..pipeline import read_model
from ..problems import ContentError

DRAFTS = "drafts"


def add_parser(sub: argparse._SubParsersAction, default_content: Path) -> None:
    command = sub.add_parser("draft", help="draft article records from news articles (.txt, .md, .html) for review")
    command.add_argument("--content", type=Path, default=default_content, help="the records folder whose registry to use")
    command.add_argument("--out", type=Path, default=None, help=f"where drafts go (default: CONTENT/{DRAFTS}/, which the loader ignores)")
    command.add_argument("files", nargs="+", type=Path, help="article files, or folders of them")


def run(args: argparse.Namespace) -> int:
    # Imported here: the matcher's libraries (morphology, transliteration, page
    # extraction) would otherwise load on every `make site`.
    from .run import draft_files

    try:
        model = read_model(args.content)
    except ContentError as exc:
        for line in exc.problems.lines():
            print(line, file=sys.stderr)
        print("the registry has problems; fix them before drafting", file=sys.stderr)
        return 1
    out_dir = args.out if args.out is not None else args.content / DRAFTS
    report = draft_files(model, args.files, out_dir, progress=lambda line: print(line, file=sys.stderr))
    print(f"{report.summary()} -> {out_dir}")
    return 1 if report.failed else 0
