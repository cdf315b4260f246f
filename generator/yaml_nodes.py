"""Parse YAML bytes into located data: LMap, LList, str and None.

YAML is composed into nodes (never constructed into Python objects), so custom
tags such as ``!!python/object`` are reported instead of executed, aliases are
refused before they can expand into a "billion laughs", and every mapping, list
and scalar keeps the line and column it came from for error messages.

Every scalar stays a string. The record format has no numbers or booleans, so
there is no "Norway problem" (``NO`` read as false) and dates keep the exact
text the user wrote, which the validator checks itself.
"""

from __future__ import annotations

import re
import unicodedata

import yaml

from .problems import Loc, Problems

try:  # libyaml is ~10x faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
# Tags the resolver gives to plain scalars; all are read back as text.
_PLAIN_SCALAR_TAGS = {
    _STR,
    _NULL,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class LMap(dict):
    """A mapping that remembers where it, each key and each value came from."""

    def __init__(self, loc: Loc):
        super().__init__()
        self.loc = loc
        self.key_locs: dict[str, Loc] = {}
        self.value_locs: dict[str, Loc] = {}


class LList(list):
    """A list that remembers where it and each item came from."""

    def __init__(self, loc: Loc):
        super().__init__()
        self.loc = loc
        self.item_locs: list[Loc] = []


class _Failed:
    pass


FAILED = _Failed()  # parse_bytes' answer for a file it could not parse (already reported)


def parse_bytes(raw: bytes, shown: str, problems: Problems) -> object:
    text = decode(raw, shown, problems)
    if text is None:
        return FAILED
    return parse_text(text, shown, problems)


def decode(raw: bytes, shown: str, problems: Problems) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte order mark, as some Windows editors write
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        problems.add(Loc(shown, line, column), f"file is not UTF-8 (byte 0x{raw[exc.start]:02x})")
        return None


def parse_text(text: str, shown: str, problems: Problems) -> object:
    found = Problems()
    composer = _Composer(shown, found)
    try:
        data = composer.compose(text)
    except yaml.reader.ReaderError as exc:
        # The reader reports a raw offset (bytes for libyaml, characters otherwise);
        # the offending character itself gives the position either way.
        index = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        loc = _loc_at(shown, text, index) if index >= 0 else Loc(shown)
        problems.add(loc, f"invalid YAML: character U+{exc.character:04X} is not allowed in a YAML file")
        return FAILED
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Loc(shown, mark.line + 1, mark.column + 1) if mark else Loc(shown)
        problem = exc.problem or exc.context or "syntax error"
        if exc.problem and exc.context and exc.context_mark:
            problem += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        problems.add(loc, f"invalid YAML: {problem}")
        return FAILED
    except yaml.YAMLError as exc:
        problems.add(Loc(shown), f"invalid YAML: {' '.join(str(exc).split())}")
        return FAILED
    for problem in found.sorted():
        problems.add(problem.loc, problem.message)
    # A refused file (an alias, a tagged document) is not "an empty file".
    return FAILED if composer.root_refused else data


def _loc_at(shown: str, text: str, index: int) -> Loc:
    line = text.count("\n", 0, index) + 1
    return Loc(shown, line, index - (text.rfind("\n", 0, index) + 1) + 1)


# Characters that no page, feed or export can carry (XML 1.0 forbids them, HTML
# turns them into U+FFFD). The YAML reader refuses them raw; this catches the
# escapes of a double-quoted string ("\0", "\x1b", "\ud800", "\uFFFE").
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): invisible,
# they reorder how the text around them is shown ("Trojan Source"), in a page, a feed, a
# spreadsheet or a terminal alike, so a record could show a reader other words than it holds.
# Refused wherever they are written, raw or escaped. The marks U+200E, U+200F and U+061C stay
# allowed: they set the direction of neutral characters and cannot reorder letters.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_COLLECTION_START = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_COLLECTION_END = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
_PLAIN_TAGS = _PLAIN_SCALAR_TAGS | {None, "!"}
_NULL_VALUES = {"", "~", "null", "Null", "NULL"}
_DROP = object()  # a mapping's state while it skips the value of a refused key


class _Frame:
    __slots__ = ("data", "key")

    def __init__(self, data: LMap | LList):
        self.data = data
        self.key: object = None  # for a mapping: None, (key, loc) or _DROP


class _Composer:
    """Builds LMap/LList/str/None straight from the parser's events, without recursion.

    Not recursing matters: libyaml's own composer recurses in C and crashes the
    interpreter on a few hundred thousand nested brackets, well under the size limit.
    """

    MAX_DEPTH = 20  # records nest 4 levels at most; anything deeper is a mistake or an attack

    def __init__(self, shown: str, problems: Problems):
        self.shown = shown
        self.problems = problems
        self.stack: list[_Frame] = []
        self.root: object = None
        self.root_refused = False  # the file as a whole cannot be read

    def loc(self, event: yaml.Event) -> Loc:
        return Loc(self.shown, event.start_mark.line + 1, event.start_mark.column + 1)

    def compose(self, text: str) -> object:
        skip = 0  # depth inside a collection being skipped
        skip_loc: Loc | None = None  # where to put None for it once skipped (None: it was a key)
        document: yaml.Event | None = None
        for event in yaml.parse(text, Loader=_Loader):
            if skip:
                if isinstance(event, _COLLECTION_START):
                    skip += 1
                elif isinstance(event, _COLLECTION_END):
                    skip -= 1
                    if not skip and skip_loc is not None:
                        self.place(None, skip_loc)
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                if document is not None:
                    raise yaml.composer.ComposerError(
                        "expected a single document in the stream", document.start_mark,
                        "but found another document", event.start_mark,
                    )
                document = event
            elif isinstance(event, yaml.ScalarEvent):
                self.scalar(event)
            elif isinstance(event, yaml.AliasEvent):
                # Refused outright: an alias bomb would otherwise report thousands of
                # problems, and a file that relies on aliases cannot be read as meant.
                self.problems.add(self.loc(event), "YAML anchors and aliases (&name, *name) are not supported")
                self.root_refused = True
                return None
            elif isinstance(event, _COLLECTION_START):
                loc = self.loc(event)
                refusal = self.refuse_collection(event, loc)
                if refusal == _TOO_DEEP:
                    # Stop reading: libyaml slows down quadratically with depth
                    # (200,000 brackets took over two minutes), so never go deeper.
                    self.problems.add(loc, refusal)
                    self.root_refused = True
                    return None
                if refusal:
                    self.problems.add(loc, refusal)
                    self.root_refused = self.root_refused or not self.stack
                    skip, skip_loc = 1, (None if refusal == _KEY_NOT_TEXT else loc)
                    continue
                data = LMap(loc) if isinstance(event, yaml.MappingStartEvent) else LList(loc)
                self.stack.append(_Frame(data))
            elif isinstance(event, _COLLECTION_END):
                frame = self.stack.pop()
                self.place(frame.data, frame.data.loc)
        return self.root

    def refuse_collection(self, event: yaml.Event, loc: Loc) -> str | None:
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.data, LMap) and top.key is None:
            top.key = _DROP
            return _KEY_NOT_TEXT
        if len(self.stack) > self.MAX_DEPTH:
            return _TOO_DEEP
        allowed = _MAP if isinstance(event, yaml.MappingStartEvent) else _SEQ
        if event.tag not in (None, "!", allowed):
            return f"unsupported YAML tag '{event.tag}'"
        return None

    def scalar(self, event: yaml.ScalarEvent) -> None:
        loc = self.loc(event)
        top = self.stack[-1] if self.stack else None
        is_key = top is not None and isinstance(top.data, LMap) and top.key is None
        if event.tag not in _PLAIN_TAGS:
            self.problems.add(loc, _KEY_NOT_TEXT if is_key else f"unsupported YAML tag '{event.tag}'")
            self.root_refused = self.root_refused or not self.stack
            self.place(None, loc)
            return
        value = event.value
        if event.style == '"' and _FORBIDDEN.search(value):
            bad = _FORBIDDEN.search(value).group(0)
            self.problems.add(loc, f"text contains the character U+{ord(bad):04X}, which no page can show; remove it")
            value = _FORBIDDEN.sub("", value)
        if _BIDI_CONTROLS.search(value):
            bad = _BIDI_CONTROLS.search(value).group(0)
            self.problems.add(
                loc,
                f"text contains the invisible character U+{ord(bad):04X} ({unicodedata.name(bad)}), which makes "
                "text display in another order than it is written; remove it (right-to-left text needs no such character)",
            )
            value = _BIDI_CONTROLS.sub("", value)
        if is_key:
            self.key(top, value, event, loc)
            return
        if len(self.stack) > self.MAX_DEPTH:
            self.problems.add(loc, f"nested more than {self.MAX_DEPTH} levels deep")
            value = None
        elif not event.style and event.tag in (None, _NULL) and value in _NULL_VALUES:
            value = None  # a plain empty value, ~ or null
        self.place(value, loc)

    def key(self, top: _Frame, key: str, event: yaml.ScalarEvent, loc: Loc) -> None:
        mapping = top.data
        if key == "<<" and not event.style:
            self.problems.add(loc, "YAML merge keys (<<) are not supported")
            top.key = _DROP
        elif key in mapping.key_locs:
            first = mapping.key_locs[key]
            self.problems.add(loc, f"duplicate key '{key}' (first at line {first.line})")
            top.key = _DROP
        else:
            mapping.key_locs[key] = loc
            top.key = (key, loc)

    def place(self, value: object, loc: Loc) -> None:
        """Put a finished node where it belongs: the root, a list item or a mapping value."""
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if isinstance(top.data, LList):
            top.data.append(value)
            top.data.item_locs.append(loc)
        elif top.key is None:  # a refused key (alias, tagged): skip its value too
            top.key = _DROP
        elif top.key is _DROP:
            top.key = None
        else:
            key, _ = top.key
            top.data[key] = value
            top.data.value_locs[key] = loc
            top.key = None


_KEY_NOT_TEXT = "a key must be plain text"
_TOO_DEEP = f"nested more than {_Composer.MAX_DEPTH} levels deep"
