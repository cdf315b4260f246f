"""Stage 1: find the content files and parse them into located data.

YAML is composed into nodes (never constructed into Python objects), so custom
tags such as ``!!python/object`` are reported instead of executed, aliases are
refused before they can expand into a "billion laughs", and every mapping, list
and scalar keeps the line and column it came from for error messages.

Every scalar stays a string. The record format has no numbers or booleans, so
there is no "Norway problem" (``NO`` read as false) and dates keep the exact
text the user wrote, which the validator checks itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .problems import Loc, Problems, display_path

try:  # libyaml is ~10x faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

YAML_SUFFIXES = (".yml", ".yaml")
REGISTRY_KINDS = ("events", "organizations", "people", "sources")
MAX_FILE_BYTES = 2_000_000

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


@dataclass
class SourceFile:
    """One parsed YAML file: `kind` is 'articles', a registry kind or 'countries'."""

    kind: str
    path: Path
    shown: str
    data: object
    loc: Loc


@dataclass
class LoadedContent:
    root: Path
    files: list[SourceFile] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[SourceFile]:
        return [f for f in self.files if f.kind == kind]


def load_content(root: Path, problems: Problems) -> LoadedContent:
    """Parse every record file under `root`; report what cannot be read."""
    content = LoadedContent(root=root)
    shown_root = display_path(root)
    if not root.is_dir():
        problems.add(Loc(shown_root), "content folder not found (set CONTENT=/path/to/records)")
        return content
    for kind, path in discover(root, problems):
        shown = display_path(path)
        data = parse_file(path, shown, problems)
        if data is not _FAILED:
            content.files.append(SourceFile(kind, path, shown, data, Loc(shown)))
    return content


def discover(root: Path, problems: Problems) -> list[tuple[str, Path]]:
    """The record files, in a stable order, each with the kind its folder gives it."""
    found: list[tuple[str, Path]] = []
    real_root = root.resolve()
    for name in ("countries.yml", "countries.yaml"):
        path = root / name
        if path.exists() or path.is_symlink():
            if _inside(path, real_root, problems):
                found.append(("countries", path))
    for kind in ("articles", *REGISTRY_KINDS):
        folder = root / kind
        if folder.is_symlink() and not _inside(folder, real_root, problems):
            continue
        if not folder.is_dir():
            continue
        for path in _walk(folder, real_root, problems):
            found.append((kind, path))
    return found


def _walk(folder: Path, real_root: Path, problems: Problems) -> list[Path]:
    paths: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        # Hidden folders (.git, editor state) are never content; sorted for determinism.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in list(dirnames):
            if (here / d).is_symlink():
                # Not followed: inside the root it would be read twice, outside it is refused.
                _inside(here / d, real_root, problems)
                dirnames.remove(d)
        for name in sorted(filenames):
            if name.startswith(".") or not name.endswith(YAML_SUFFIXES):
                continue
            path = here / name
            if path.is_symlink() and not _inside(path, real_root, problems):
                continue
            paths.append(path)
    return paths


def _inside(path: Path, real_root: Path, problems: Problems) -> bool:
    target = path.resolve()
    if target == real_root or real_root in target.parents:
        return True
    problems.add(Loc(display_path(path)), "symbolic link points outside the content folder; refusing to read it")
    return False


class _Failed:
    pass


_FAILED = _Failed()


def parse_file(path: Path, shown: str, problems: Problems) -> object:
    """The file's data as LMap/LList/str/None, or _FAILED after reporting why."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.add(Loc(shown), f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
            return _FAILED
        raw = path.read_bytes()
    except OSError as exc:
        problems.add(Loc(shown), f"cannot read file: {exc.strerror or exc}")
        return _FAILED
    text = decode(raw, shown, problems)
    if text is None:
        return _FAILED
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
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Loc(shown, mark.line + 1, mark.column + 1) if mark else Loc(shown)
        problem = exc.problem or exc.context or "syntax error"
        if exc.problem and exc.context and exc.context_mark:
            problem += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        problems.add(loc, f"invalid YAML: {problem}")
        return _FAILED
    except yaml.YAMLError as exc:
        problems.add(Loc(shown), f"invalid YAML: {exc}")
        return _FAILED
    except RecursionError:
        problems.add(Loc(shown), "invalid YAML: nested too deeply")
        return _FAILED
    if node is None:
        return None
    converter = _Converter(shown, problems, text)
    try:
        return converter.convert(node)
    except RecursionError:
        problems.add(Loc(shown), "invalid YAML: nested too deeply")
        return _FAILED


class _Converter:
    MAX_DEPTH = 20  # records nest 4 levels at most; anything deeper is a mistake or an attack

    def __init__(self, shown: str, problems: Problems, text: str):
        self.shown = shown
        self.text = text
        self.problems = problems
        self.seen: set[int] = set()
        self.failed = False

    def loc(self, node: yaml.Node) -> Loc:
        return Loc(self.shown, node.start_mark.line + 1, node.start_mark.column + 1)

    def _first_alias(self) -> Loc | None:
        for event in yaml.parse(self.text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                return Loc(self.shown, mark.line + 1, mark.column + 1)
        return None

    def convert(self, node: yaml.Node, depth: int = 0) -> object:
        if depth > self.MAX_DEPTH:
            self.problems.add(self.loc(node), f"nested more than {self.MAX_DEPTH} levels deep")
            return None
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _PLAIN_SCALAR_TAGS:
                self.problems.add(self.loc(node), f"unsupported YAML tag '{node.tag}'")
                return None
            if node.tag == _NULL and not node.style:  # plain: None (Python parser) or '' (libyaml)
                return None
            return node.value
        if id(node) in self.seen:
            # The composer hands back the same node for every alias of an anchor,
            # so the alias's own position has to come from the event stream.
            if not self.failed:
                self.failed = True
                self.problems.add(self._first_alias() or self.loc(node), "YAML anchors and aliases (&name, *name) are not supported")
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self.problems.add(self.loc(node), f"unsupported YAML tag '{node.tag}'")
                return None
            out = LList(self.loc(node))
            for item in node.value:
                out.append(self.convert(item, depth + 1))
                out.item_locs.append(self.loc(item))
            return out
        if node.tag != _MAP:
            self.problems.add(self.loc(node), f"unsupported YAML tag '{node.tag}'")
            return None
        mapping = LMap(self.loc(node))
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_SCALAR_TAGS:
                self.problems.add(self.loc(key_node), "a key must be plain text")
                continue
            key = key_node.value
            if key == "<<" and key_node.style is None:
                self.problems.add(self.loc(key_node), "YAML merge keys (<<) are not supported")
                continue
            if key in mapping:
                first = mapping.key_locs[key]
                self.problems.add(
                    self.loc(key_node), f"duplicate key '{key}' (first at line {first.line})"
                )
                continue
            mapping[key] = self.convert(value_node, depth + 1)
            mapping.key_locs[key] = self.loc(key_node)
            mapping.value_locs[key] = self.loc(value_node)
        return mapping
