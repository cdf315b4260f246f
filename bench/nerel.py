"""NEREL v1.1 (github:nerel-ds/NEREL): Russian news with nested entities and
Wikidata links, read into the documents bench/draft_quality.py scores.

NEREL states no licence in its repository, so its data is not committed here. Get
it with `git clone https://github.com/nerel-ds/NEREL /tmp/NEREL` (a bare mirror
works too) and run `make draft-quality NEREL=/tmp/NEREL`.
"""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from pathlib import Path

KINDS = {"PERSON": "person", "ORGANIZATION": "organization"}


def _read(repo: Path, rel: str) -> str:
    if (repo / rel).exists():
        return (repo / rel).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{rel}"], capture_output=True, text=True,
                          check=True).stdout


def _names(repo: Path, split: str) -> list[str]:
    folder = repo / "NEREL-v1.1" / split
    if folder.is_dir():
        return sorted(p.stem for p in folder.glob("*.txt"))
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", f"NEREL-v1.1/{split}/"],
                             capture_output=True, text=True, check=True).stdout.split()
    return sorted(Path(n).stem for n in listing if n.endswith(".txt"))


def label_as_name(label: str) -> str:
    """Wikidata's Russian labels put the surname first: 'Хорняк, Жолт' -> 'Жолт Хорняк'."""
    if "," in label:
        surname, given = (part.strip() for part in label.split(",", 1))
        return f"{given} {surname}".strip()
    return label.strip()


def _relations(relations: list[tuple[str, str, str]], spans: dict, links: dict) -> list[list[str]]:
    """[subject, relation, object] for bench.related: each a linked entity's Wikidata id, or a
    country's Wikidata label ("Киргизия") or its words as written when unlinked ("Киргизии"), for
    bench.related to read as an ISO code."""
    def identity(mention: str) -> str:
        if mention not in spans:
            return ""
        if spans[mention][0] == "COUNTRY":
            return links[mention][1] if mention in links and links[mention][1] else spans[mention][1]
        return links[mention][0] if mention in links else ""

    out = set()
    for relation, subject, obj in relations:
        if identity(subject) and identity(obj):
            out.add((identity(subject), relation, identity(obj)))
    return [list(r) for r in sorted(out)]


def documents(repo: Path, split: str) -> list[dict]:
    out = []
    for name in _names(repo, split):
        text = _read(repo, f"NEREL-v1.1/{split}/{name}.txt")
        spans, links, relations = {}, {}, []
        for row in _read(repo, f"NEREL-v1.1/{split}/{name}.ann").split("\n"):
            cols = row.split("\t")
            if row.startswith("T") and len(cols) >= 3:
                kind, *_ = cols[1].split(" ")
                spans[cols[0]] = (kind, cols[2])
            elif row.startswith("N") and len(cols) >= 2:
                m = re.match(r"Reference (T\d+) Wikidata:(Q\d+)", cols[1])
                if m:
                    links[m.group(1)] = (m.group(2), cols[2] if len(cols) > 2 else "")
            elif row.startswith("R") and len(cols) >= 2:
                m = re.match(r"(\w+) Arg1:(T\d+) Arg2:(T\d+)", cols[1])
                if m:
                    relations.append(m.groups())
        entities: dict[str, dict] = {}
        marked = set()
        types: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # qid -> type -> mentions
        for tid, (qid, label) in links.items():
            kind, words = spans.get(tid, ("", ""))
            marked.add(qid)  # whatever type it has here: a country acting as an organization is still marked
            types[qid][KINDS.get(kind, kind.lower())] += 1
            if kind not in KINDS:
                continue
            entity = entities.setdefault(qid, {"type": KINDS[kind], "names": defaultdict(int), "label": ""})
            entity["names"][words] += 1
            if label and not entity["label"]:
                entity["label"] = label_as_name(label)
        out.append({"name": f"nerel-{split}-{name}", "genre": "news", "text": text, "marked": sorted(marked),
                    "relations": _relations(relations, spans, links),
                    "types": {q: dict(t) for q, t in types.items()},
                    "entities": {q: {**e, "names": dict(e["names"])} for q, e in entities.items()}})
    return out
