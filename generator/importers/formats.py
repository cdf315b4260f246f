"""The formats the import command reads: which files each takes, and its reader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import brat, doccano, labelstudio, webanno
from .document import Document, FormatError

Reader = Callable[[Path, dict], list["Document | FormatError"]]


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
        return [webanno.read(path, layer)]
    except FormatError as error:
        return [error]


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
    return list(dict.fromkeys(files)), missing
