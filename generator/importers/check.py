"""Check what an import would write, before writing it: the content folder as it would be
afterwards, read, validated and resolved by the pipeline's own stages, in memory.

So an import never leaves behind a file that `make check` would refuse. Problems in files
the import does not write (records already wrong before it) are reported, but do not stop it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..kinds import FOLDERS
from ..load import LoadedContent, SourceFile
from ..model import build_model
from ..problems import Loc, Problem, Problems, display_path
from ..validate import validate
from ..yaml_nodes import FAILED, parse_bytes

KIND_OF_FOLDER = {folder: kind for kind, folder in FOLDERS.items()}


def check_planned(loaded: LoadedContent, planned: dict[Path, bytes]) -> tuple[list[Problem], dict[str, int]]:
    """Every problem of the folder `loaded` was read from, with `planned` (absolute path ->
    bytes) written over it, and how many records of each kind it would then hold."""
    problems = Problems()
    replaced = {path.resolve() for path in planned}
    files = [f for f in loaded.files if f.path.resolve() not in replaced]
    root = loaded.root.resolve()
    for path, data in sorted(planned.items()):
        shown = display_path(path)
        kind = KIND_OF_FOLDER[path.resolve().relative_to(root).parts[0]]
        parsed = parse_bytes(data, shown, problems)
        if parsed is not FAILED:
            digest = hashlib.blake2b(data, digest_size=16).hexdigest()
            files.append(SourceFile(kind, path, shown, parsed, Loc(shown), digest))
    records = validate(LoadedContent(loaded.root, files), problems)
    model = build_model(records, problems)
    return problems.sorted(), model.counts()
