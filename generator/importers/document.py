"""What every importer reads a tool's export into: one document's text and its entity mentions.

The formats differ in everything else (tokens, offsets, JSON shapes), so each format
module ends here and the rest of the import (mapping, identity, registry) is shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Mention:
    """One annotated span: the tool's type label, the text it covers, and its link (if any)."""

    label: str
    surface: str
    link: str | None = None
    link_name: str | None = None  # a name the tool gave with the link (brat's normalization text)
    line: int = 1  # where in the export file, for messages


@dataclass
class Document:
    path: Path
    text: str  # the document's text, or the sentences joined when the format keeps no more
    first_sentence: str = ""
    mentions: list[Mention] = field(default_factory=list)
    name: str = ""  # for files holding many documents (JSONL): which one; else the file's stem
    line: int = 1  # where the document starts in its file

    @property
    def stem(self) -> str:
        if self.name:
            return self.name
        return self.path.name.rsplit(".", 1)[0] if "." in self.path.name else self.path.name


class FormatError(Exception):
    """An export that is not what its format says: reported as path:line, and the document is skipped."""

    def __init__(self, path: Path, line: int, message: str, column: int = 1):
        super().__init__(message)
        self.path, self.line, self.column, self.message = path, line, column, message
