"""`python -m generator import FORMAT --content DIR [--meta META.csv] [options] FILE...`

Reads every export, reports each bad file as path:line and leaves it out, decides every
record in memory (plan.py), checks the content folder as it would be afterwards with the
stages `make check` runs (check.py), writes the files that changed unless one of them
would fail that check, then reads the folder back as `make check` does. Every problem is
reported once.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import yaml

from ..kinds import COUNTRY, EVENT, ORGANIZATION, PERSON, PLURALS
from ..pipeline import read_model
from ..problems import ContentError, Loc, Problems, display_path
from ..schema import ArticleRecord, NAME_MAX, record_fields
from .check import check_planned
from .document import Document, FormatError
from .formats import FORMATS, expand
from .identity import tidy
from .mapping import MappingError, parse_map
from .meta import meta_for, read_meta
from .plan import ARTICLE_FOLDER, Plan, make_plan
from .registry import Registry

ARTICLE_HEADER = "# Imported from {name} ({fmt}) by `python -m generator import`; importing it again replaces this file.\n"
REGISTRY_HEADER = (
    "# Entries made by `python -m generator import`. Later imports match them, add the names they see\n"
    "# and keep every field added by hand. An event's start is provisional: the publication date of the\n"
    "# first imported article that mentions it. Correct it.\n"
)


def add_arguments(command: argparse.ArgumentParser, default_content: Path) -> None:
    command.add_argument("format", choices=sorted(FORMATS), help="the export's format")
    command.add_argument("files", nargs="+", type=Path, metavar="FILE", help="export files; a folder means every file of the format in it")
    command.add_argument("--content", type=Path, default=default_content, help="the records folder to import into (default: content/)")
    command.add_argument("--meta", type=Path, help="CSV with a 'file' column and article fields (title, published, source, summary, url, ...)")
    command.add_argument("--map", action="append", default=[], metavar="TYPE=KIND",
                         help="map a tool type to person, organization, event, country or skip (repeatable)")
    command.add_argument("--unlinked", choices=("auto", "names", "skip"), default="auto",
                         help="mentions without a link: import those that read as names, or skip them; auto skips them "
                              "when the export links entities and most mentions are pronouns or descriptions (coreference)")
    command.add_argument("--layer", help="webanno-tsv: the span layer holding entities (default: the built-in NamedEntity)")
    command.add_argument("--type-feature", help="webanno-tsv: the layer's feature holding the type (default: value)")
    command.add_argument("--link-feature", help="webanno-tsv: the feature holding the link (default: identifier)")


def run(args: argparse.Namespace) -> int:
    problems = Problems()
    try:
        mapping = parse_map(args.map)
    except MappingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    fmt = FORMATS[args.format]
    files, missing = expand(args.files, fmt)
    for path in missing:
        problems.add(Loc(display_path(path)), "no such file or folder")
    if not files and not missing:
        problems.add(Loc(display_path(args.files[0])), f"no {args.format} files ({', '.join(fmt.suffixes)}) here")
    meta_problems = Problems()
    meta = read_meta(args.meta, meta_problems) if args.meta else {}
    if meta_problems:  # metadata applies to every document: nothing is written from a broken CSV
        for problem in meta_problems.items():
            problems.add(problem.loc, problem.message)
        return _report(problems, None, "; nothing written")
    options = {"layer": args.layer, "type_feature": args.type_feature, "link_feature": args.link_feature}
    documents = _read_documents(files, fmt, options, meta, problems)
    registry = Registry(args.content)
    plan = make_plan(documents, registry, mapping, args.unlinked)
    headers = {ARTICLE_FOLDER / f"{doc.stem}.yml": ARTICLE_HEADER.format(name=_source_name(doc), fmt=args.format) for doc, _ in documents}
    files_out = _render(args.content, plan, headers)
    found, _ = check_planned(registry.loaded, files_out)
    ours = {display_path(path) for path in files_out}
    for problem in found:
        problems.add(problem.loc, problem.message)
    if any(problem.loc.path in ours for problem in found):
        _print_summary(plan, [], args.content)
        return _report(problems, None, "; nothing written: the imported records would not pass make check")
    _print_summary(plan, _write(files_out), args.content)
    try:  # and once more from the disk, exactly as make check reads it
        counts = read_model(args.content).counts()
    except ContentError as exc:
        counts = None
        for problem in exc.problems.items():
            problems.add(problem.loc, problem.message)
    return _report(problems, counts)


def _source_name(document: Document) -> str:
    return f"{document.path.name}" + (f" ({document.name})" if document.name else "")


def _read_documents(files: list[Path], fmt, options: dict, meta: dict, problems: Problems) -> list[tuple[Document, dict]]:
    required = [f.name for f in record_fields(ArticleRecord) if f.metadata.get("required")]
    out: list[tuple[Document, dict]] = []
    seen: dict[str, str] = {}
    for path in files:
        for item in fmt.read(path, options):
            if isinstance(item, FormatError):
                problems.add(Loc(display_path(item.path), item.line, item.column), f"{item.message}; nothing imported from this document")
                continue
            shown = display_path(item.path)
            if item.stem in seen:
                problems.add(Loc(shown, item.line), f"another document is also named '{item.stem}' ({seen[item.stem]}); rename one")
                continue
            seen[item.stem] = shown
            fields = meta_for(meta, Path(item.stem) if item.name else item.path)
            if not fields.get("title") and item.first_sentence:
                fields["title"] = _clip(tidy(item.first_sentence), NAME_MAX * 2)
            lacking = [name for name in required if not fields.get(name)]
            if lacking:
                names = ", ".join(f"'{name}'" for name in lacking)
                problems.add(Loc(shown, item.line), f"document '{item.stem}' has no {names}: give {'it' if len(lacking) == 1 else 'them'} "
                             f"in the --meta CSV (a row with file={item.stem if item.name else item.path.name}); nothing imported from it")
                continue
            out.append((item, fields))
    return out


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def _render(content: Path, plan: Plan, headers: dict[Path, str]) -> dict[Path, bytes]:
    """Every planned file's bytes, by its path."""
    files: dict[Path, bytes] = {}
    for relative, fields in plan.articles.items():
        files[content / relative] = (headers.get(relative, "") + dump(fields)).encode("utf-8")
    for relative, entries in plan.registry.items():
        files[content / relative] = (REGISTRY_HEADER + dump(entries)).encode("utf-8")
    return dict(sorted(files.items()))


def _write(files: dict[Path, bytes]) -> list[Path]:
    """Write the files whose bytes differ (through a temporary file each); return those written."""
    written = []
    for path, data in files.items():
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        written.append(path)
    return written


def _print_summary(plan: Plan, written: list[Path], content: Path) -> None:
    s = plan.summary
    kinds = (PERSON, ORGANIZATION, EVENT, COUNTRY)
    print(f"import: {s.documents} document{'s' if s.documents != 1 else ''}; mentions kept: "
          + ", ".join(f"{s.mentions[k]} {k}" for k in kinds))
    print("entries: " + ", ".join(f"{s.new[k]} new and {s.matched[k]} existing {k}" for k in kinds[:3]))
    if s.places_not_countries:
        print(f"places that are not countries, skipped: {len(s.places_not_countries)} ("
              + ", ".join(sorted(s.places_not_countries)[:8]) + (", ..." if len(s.places_not_countries) > 8 else "") + ")")
    if s.skipped_types:
        print("types skipped (use --map TYPE=KIND to keep them): "
              + ", ".join(f"{label} {n}" for label, n in sorted(s.skipped_types.items(), key=lambda i: (-i[1], i[0]))))
    if s.unlinked_left_out:
        print(f"mentions without a link left out: {s.unlinked_left_out} (a linked mention layer: --unlinked names keeps those that read as names)")
    if s.provisional_starts:
        print(f"new events with a provisional start (the first article's date): {s.provisional_starts}; correct them in events/imported.yml")
    print(f"files written: {len(written)} in {display_path(content)}")


def _report(problems: Problems, counts: dict[str, int] | None, outcome: str = "") -> int:
    if problems:
        for line in problems.lines():
            print(line, file=sys.stderr)
        count = len(problems.sorted())
        print(f"{count} problem{'s' if count != 1 else ''} found{outcome}", file=sys.stderr)
        return 1
    if counts is not None:
        print("check: ok: " + ", ".join(f"{n} {kind if n == 1 else PLURALS[kind]}" for kind, n in counts.items()))
    return 0
