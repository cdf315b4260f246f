"""WebAnno TSV 3.x (INCEpTION's and WebAnno's export) into a Document.

The format: a `#FORMAT=WebAnno TSV 3.x` line, one header line per layer (`#T_SP=` span,
`#T_CH=` chain, `#T_RL=` relation; `layer|feature|...`, one column per field), then
sentences: `#Text=` lines (several when the sentence holds line breaks) and one line per
token or sub-token (`1-3`, `1-3.1`) with `begin-end`, the token, and one column per
feature. A column holds `_` (no annotation), `*` (an annotation without a value), or
values separated by `|` (stacked annotations), each with an optional `[N]` suffix that
ties the rows of one multi-token annotation together. Reserved characters are escaped
with a backslash.

Offsets in the file count UTF-16 units (INCEpTION is Java), so tokens are placed by
finding their text in the sentence, never by offset arithmetic on Python strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document, FormatError, Mention
from .offsets import Utf16

SUFFIXES = (".tsv",)
NAMED_ENTITY_LAYER = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
DEFAULT_TYPE_FEATURE = "value"
DEFAULT_LINK_FEATURE = "identifier"

_TOKEN_ID = re.compile(r"^(\d+)-(\d+)(?:\.(\d+))?$")
_OFFSETS = re.compile(r"^(\d+)-(\d+)$")
_DISAMBIGUATION = re.compile(r"\[(\d+)\]$")
_UNESCAPES = {"t": "\t", "n": "\n", "r": "\r"}


@dataclass
class LayerSpec:
    name: str = NAMED_ENTITY_LAYER
    type_feature: str = DEFAULT_TYPE_FEATURE
    link_feature: str | None = DEFAULT_LINK_FEATURE
    link_required: bool = False  # asked for by name: its absence is an error, not "no links"


@dataclass
class _Header:
    columns: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, layer, feature)
    layers: dict[str, str] = field(default_factory=dict)  # layer -> SP/CH/RL
    last_line: int = 0


@dataclass
class _Annotation:
    label: str | None = None
    link: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    line: int = 0


def unescape(raw: str) -> str:
    out = []
    index = 0
    while index < len(raw):
        ch = raw[index]
        if ch == "\\" and index + 1 < len(raw):
            if raw.startswith("->", index + 1):
                out.append("->")
                index += 3
                continue
            nxt = raw[index + 1]
            out.append(_UNESCAPES.get(nxt, nxt))
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out)


def split_stacked(raw: str) -> list[str]:
    """Split a column on the `|` that are not escaped; the parts stay escaped."""
    parts, current, index = [], [], 0
    while index < len(raw):
        ch = raw[index]
        if ch == "\\" and index + 1 < len(raw):
            current.append(raw[index : index + 2])
            index += 2
            continue
        if ch == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append("".join(current))
    return parts


def _item(raw: str) -> tuple[str | None, str | None]:
    """(value or None for `*`/`_`, disambiguation id or None) of one stacked item."""
    ident = None
    found = _DISAMBIGUATION.search(raw)
    if found:
        backslashes = len(raw[: found.start()]) - len(raw[: found.start()].rstrip("\\"))
        if backslashes % 2 == 0:
            ident, raw = found.group(1), raw[: found.start()]
    if raw in ("*", "_", ""):
        return None, ident
    return unescape(raw), ident


def _parse_header(lines: list[str], path: Path) -> _Header:
    header = _Header()
    first = next(((n, line) for n, line in enumerate(lines, 1) if line.strip()), None)
    if first is None:
        raise FormatError(path, 1, "empty file: expected a '#FORMAT=WebAnno TSV 3.x' line")
    number, line = first
    if not line.startswith("#FORMAT=WebAnno TSV 3"):
        raise FormatError(path, number, f"not a WebAnno TSV 3.x file: the first line is '{line[:60]}', expected '#FORMAT=WebAnno TSV 3.x'")
    header.last_line = number
    for number in range(number + 1, len(lines) + 1):
        line = lines[number - 1]
        if not line.startswith("#T_"):
            break
        kind, _, spec = line[3:].partition("=")
        if kind not in ("SP", "CH", "RL") or not spec:
            raise FormatError(path, number, f"broken layer header '{line[:60]}': expected #T_SP=, #T_CH= or #T_RL= and a layer name")
        layer, *features = spec.split("|")
        if not layer:
            raise FormatError(path, number, "broken layer header: the layer has no name")
        header.layers[layer] = kind
        for feature in features or [""]:
            header.columns.append((kind, layer, feature))
        header.last_line = number
    return header


def _full_name(layer: LayerSpec, header: _Header) -> LayerSpec:
    """`--layer Referent` for `webanno.custom.Referent`, when only one layer is called that."""
    if layer.name in header.layers:
        return layer
    matches = [name for name in header.layers if name.rsplit(".", 1)[-1] == layer.name]
    if len(matches) != 1:
        return layer
    return LayerSpec(matches[0], layer.type_feature, layer.link_feature, layer.link_required)


def _column(header: _Header, layer: str, feature: str, path: Path, what: str) -> int:
    for index, (kind, name, feat) in enumerate(header.columns):
        if name == layer and feat == feature:
            return index
    features = [feat for kind, name, feat in header.columns if name == layer and feat]
    raise FormatError(
        path, header.last_line,
        f"layer '{layer}' has no feature '{feature}' ({what}); its features: {', '.join(features) or 'none'}",
    )


def read(path: Path, layer: LayerSpec | None = None) -> Document:
    layer = layer or LayerSpec()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(path, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    lines = text.split("\n")
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    header = _parse_header(lines, path)
    layer = _full_name(layer, header)
    if layer.name not in header.layers:
        known = ", ".join(name for name, kind in header.layers.items() if kind == "SP") or "none"
        raise FormatError(path, header.last_line, f"no span layer '{layer.name}' in the header (span layers: {known}); choose one with --layer")
    if header.layers[layer.name] != "SP":
        raise FormatError(path, header.last_line, f"layer '{layer.name}' is not a span layer (#T_SP); choose one with --layer")
    type_column = _column(header, layer.name, layer.type_feature, path, "--type-feature")
    link_column = None
    if layer.link_feature and (layer.link_required or (layer.name, layer.link_feature) in {(n, f) for _, n, f in header.columns}):
        link_column = _column(header, layer.name, layer.link_feature, path, "--link-feature")
    return _read_body(path, lines, header, type_column, link_column)


def _read_body(path: Path, lines: list[str], header: _Header, type_column: int, link_column: int | None) -> Document:
    sentences: list[str] = []
    doc_parts: list[str] = []
    doc_length = 0
    sentence_start = 0
    cursor = 0  # in the current sentence
    in_text = False
    tokens: dict[str, tuple[int, int, str]] = {}  # token id -> (start, end, text) in the document text
    annotations: dict[tuple, _Annotation] = {}
    width = 3 + len(header.columns)
    for number in range(header.last_line + 1, len(lines) + 1):
        line = lines[number - 1]
        if line.startswith("#Text="):
            piece = unescape(line[len("#Text="):])
            if in_text:
                doc_parts.append("\n" + piece)
                doc_length += 1 + len(piece)
                sentences[-1] += "\n" + piece
            else:
                if doc_parts:
                    doc_parts.append("\n")
                    doc_length += 1
                sentence_start = doc_length
                cursor = 0
                sentences.append(piece)
                doc_parts.append(piece)
                doc_length += len(piece)
            in_text = True
            continue
        in_text = False
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        while len(fields) > width and fields[-1] in ("", "_"):
            fields.pop()  # exports end each token line with a tab; some add empty columns past the header
        if len(fields) != width:
            raise FormatError(path, number, f"expected {width} tab-separated columns (3 + {len(header.columns)} from the header), found {len(fields)}")
        token_id, offsets, token = fields[0], fields[1], unescape(fields[2])
        parsed_id, parsed_offsets = _TOKEN_ID.match(token_id), _OFFSETS.match(offsets)
        if not parsed_id or not parsed_offsets:
            raise FormatError(path, number, f"expected a token line 'sentence-token<TAB>begin-end<TAB>token', found '{line[:60]}'")
        if not sentences:
            raise FormatError(path, number, "token line before any '#Text=' sentence line")
        sentence = sentences[-1]
        if parsed_id.group(3) is None:
            found = sentence.find(token, cursor) if token else -1
            start = found if found >= 0 else cursor
            cursor = start + len(token)
            tokens[token_id] = (sentence_start + start, sentence_start + min(cursor, len(sentence)), token)
        else:
            parent = tokens.get(token_id.split(".")[0])
            if parent is None:
                raise FormatError(path, number, f"sub-token {token_id} comes before its token")
            tokens[token_id] = _sub_token(parent, token, fields[1], lines, number)
        _collect(fields[3 + type_column], "label", token_id, number, annotations, tokens)
        if link_column is not None:
            _collect(fields[3 + link_column], "link", token_id, number, annotations, tokens)
    doc_text = "".join(doc_parts)
    mentions = []
    for annotation in annotations.values():
        spans = [span for span in annotation.spans if span[1] > span[0]]
        if not spans:
            continue  # zero-width: nothing to name
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        surface = " ".join(doc_text[start:end].split())
        mentions.append(Mention(annotation.label or "", surface, annotation.link, None, annotation.line))
    mentions.sort(key=lambda m: m.line)
    first = " ".join(sentences[0].split()) if sentences else ""
    return Document(path, doc_text, first, mentions)


def _sub_token(parent: tuple[int, int, str], text: str, offsets: str, lines: list[str], number: int) -> tuple[int, int, str]:
    """Place a sub-token inside its token, by its offset from the token's start (UTF-16 units)."""
    start, _, token = parent
    begin = int(offsets.split("-")[0])
    parent_begin = _parent_begin(lines, number)
    hint = Utf16(token).index(max(0, begin - parent_begin)) if parent_begin is not None else None
    if hint is None or token[hint : hint + len(text)] != text:
        found = token.find(text) if text else -1
        hint = found if found >= 0 else min(hint or 0, len(token))
    return (start + hint, start + hint + len(text), text)


def _parent_begin(lines: list[str], number: int) -> int | None:
    for back in range(number - 1, 0, -1):
        fields = lines[back - 1].split("\t")
        if len(fields) > 1 and _TOKEN_ID.match(fields[0]) and "." not in fields[0]:
            match = _OFFSETS.match(fields[1])
            return int(match.group(1)) if match else None
    return None


def _collect(raw: str, what: str, token_id: str, number: int, annotations: dict, tokens: dict) -> None:
    if raw == "_":
        return
    start, end, _ = tokens[token_id]
    for position, item in enumerate(split_stacked(raw)):
        value, ident = _item(item)
        key = ("id", ident) if ident is not None else ("at", token_id, position)
        annotation = annotations.get(key)
        if annotation is None:
            annotation = annotations[key] = _Annotation(line=number)
        if what == "label":
            annotation.spans.append((start, end))
            if value is not None:
                annotation.label = value
        elif value is not None:
            annotation.link = value
            if not annotation.spans:
                annotation.spans.append((start, end))
