"""The formats the import command reads: which files each takes, and its reader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import brat, doccano, labelstudio, webanno
from .document import Document, FormatError

Reader = Callable[[Path, dict], list["Document | FormatError"]]
# An INCEpTION or WebAnno project export keeps each document's TSV as <folder>/<document>/<user>.tsv.
PROJECT_FOLDERS = ("curation", "annotation")


@dataclass(frozen=True)
class Format:
    suffixes: tuple[str, ...]
    read: Reader
    help: str


def _webanno(path: Path, options: dict) -> list[Document | FormatError]:
    layer = webanno.LayerSpec(
        options.get("layer") or webanno.NAMED_ENTITY_LAYER,
        options.get("type_feature") or webanno.DEFAULT_TYPE_FEATURE,
        options.get("link_feature") or webanno.DEFAULT_LINK_FEATURE,
        link_required=bool(options.get("link_feature")),
    )
    try:
        document = webanno.read(path, layer)
    except FormatError as error:
        return [error]
    if _in_project_export(path):
        document.name = Path(path.parent.name).stem  # annotation/<document>/<user>.tsv: the document's name, not the user's
    return [document]


def _in_project_export(path: Path) -> bool:
    return path.parent.parent.name in PROJECT_FOLDERS


def _brat(path: Path, options: dict) -> list[Document | FormatError]:
    try:
        return [brat.read(path)]
    except FormatError as error:
        return [error]


FORMATS: dict[str, Format] = {
    "webanno-tsv": Format(webanno.SUFFIXES, _webanno, "WebAnno TSV 3.x (INCEpTION, WebAnno)"),
    "brat": Format(brat.SUFFIXES, _brat, "brat standoff .ann beside .txt"),
    "doccano": Format(doccano.SUFFIXES, lambda path, options: doccano.read(path), "Doccano JSONL"),
    "label-studio": Format(labelstudio.SUFFIXES, lambda path, options: labelstudio.read(path), "Label Studio JSON export"),
}


def expand(paths: list[Path], fmt: Format) -> tuple[list[Path], list[Path]]:
    """(files to read, paths that do not exist); a folder means its files of the format, sorted."""
    files, missing = [], []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(fmt.suffixes)))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(path)
    return _curated_first(list(dict.fromkeys(files))), missing


def _curated_first(files: list[Path]) -> list[Path]:
    """In a project export, a document's curated TSV stands for it; without one, each
    annotator's file is read (and a second one is reported as a duplicate document)."""
    curated = {(p.parent.parent.parent, p.parent.name) for p in files if p.parent.parent.name == "curation"}
    return [p for p in files if not (p.parent.parent.name == "annotation" and (p.parent.parent.parent, p.parent.name) in curated)]
