"""brat standoff: `name.ann` beside `name.txt`.

Text-bound annotations `T1<TAB>Type start end[;start end...]<TAB>text` are the mentions;
normalizations `N1<TAB>Reference T1 Wikidata:Q42<TAB>name` link them. Relations, events,
attributes and notes are read past. brat counts offsets in code points; each span's text
is checked against the document, and UTF-16 offsets are converted when only they match.
"""

from __future__ import annotations

import re
from pathlib import Path

from .document import Document, FormatError, Mention
from .offsets import Utf16

SUFFIXES = (".ann",)
_SPAN = re.compile(r"^(\d+) (\d+)$")


def read(path: Path) -> Document:
    text_path = path.with_suffix(".txt")
    if not text_path.is_file():
        raise FormatError(path, 1, f"no text file beside it: expected {text_path.name}")
    try:
        text = text_path.read_bytes().decode("utf-8")
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise FormatError(path, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    utf16 = Utf16(text)
    spans: dict[str, tuple[str, str, int]] = {}  # T id -> (type, text, line)
    links: dict[str, tuple[str, str | None]] = {}  # T id -> (link, name)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if ident.startswith("T"):
            spans[ident] = _text_bound(path, number, fields, text, utf16)
        elif ident.startswith("N"):
            if len(fields) < 2 or len(fields[1].split()) != 3:
                raise FormatError(path, number, "expected a normalization 'N1<TAB>Reference T1 Database:id<TAB>name'")
            _, target, reference = fields[1].split()
            name = fields[2].strip() if len(fields) > 2 and fields[2].strip() else None
            links.setdefault(target, (reference, name))
        elif ident[:1] not in ("R", "E", "A", "M", "#", "*"):
            raise FormatError(path, number, f"not a brat annotation line: '{line[:40]}' (ids start with T, N, R, E, A, M or #)")
    for target in links:
        if target not in spans:
            raise FormatError(path, 1, f"normalization of '{target}', which is not a text-bound annotation")
    mentions = [
        Mention(label, surface, *(links.get(ident) or (None, None)), number)
        for ident, (label, surface, number) in spans.items()
    ]
    first = next((line for line in text.splitlines() if line.strip()), "")
    return Document(path, text, first, mentions)


def _text_bound(path: Path, number: int, fields: list[str], text: str, utf16: Utf16) -> tuple[str, str, int]:
    if len(fields) < 3:
        raise FormatError(path, number, "expected 'T1<TAB>Type start end<TAB>text'")
    label, _, offsets = fields[1].partition(" ")
    pieces = []
    for fragment in offsets.split(";"):
        match = _SPAN.match(fragment.strip())
        if not match:
            raise FormatError(path, number, f"bad offsets '{offsets}': expected 'start end' pairs separated by ';'")
        start, end = int(match.group(1)), int(match.group(2))
        if start > end:
            raise FormatError(path, number, f"span {start}-{end} ends before it starts")
        if end > max(len(text), utf16.length):
            raise FormatError(path, number, f"span {start}-{end} points past the end of {path.with_suffix('.txt').name} ({len(text)} characters)")
        pieces.append((start, end))
    expected = fields[2]
    # A discontinuous annotation's text is its fragments joined by a space.
    for convert in (lambda i: i, utf16.index):
        places = [(convert(start), convert(end)) for start, end in pieces]
        if all(a is not None and b is not None and a <= b <= len(text) for a, b in places):
            surface = " ".join(text[a:b] for a, b in places)
            if " ".join(surface.split()) == " ".join(expected.split()):
                return label, surface, number
        if not utf16.differs:
            break
    start, end = pieces[0]
    raise FormatError(path, number, f"span {offsets} holds '{text[start:end][:40]}', not '{expected[:40]}' (in code points or UTF-16 units)")
