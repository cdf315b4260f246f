"""Extract what the draft quality benchmark needs from GUM (github:amir-zeldes/gum),
a corpus with entity types and Wikipedia identity links in WebAnno TSV (coref/gum/tsv).

Writes bench/data/gum/gum.json: for every document, its genre, each linked entity
(identity, type, the names it is mentioned by) and every identity the annotators
marked, whatever type they gave it there, with the types it was given (GUM types the BBC as an organization in
one text and as an object, the website, in another); for the news documents (Wikinews, CC BY 2.5) also the plain text. Names
from other genres are kept without their texts (annotations are CC BY 4.0).

    git clone https://github.com/amir-zeldes/gum /tmp/gum
    .venv/bin/python -m bench.gum /tmp/gum      # or a bare mirror: reads it with git
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "gum" / "gum.json"
_ITEM = re.compile(r"^([^\[]+)(?:\[(\d+)\])?$")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers", "its",
            "their", "our", "my", "your", "who", "which", "that", "this", "these", "those", "himself", "herself"}
CONNECTORS = {"of", "for", "and", "the", "de", "del", "da", "von", "van", "der", "la", "le", "du", "al", "'s", "on",
              "in", "&", "-", "'", ".", "at", "to", "y", "bin", "el"}
KINDS = {"person": "person", "organization": "organization"}


def _files(repo: Path) -> dict[str, str]:
    if (repo / "coref").is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted((repo / "coref/gum/tsv").glob("GUM_*.tsv"))}
    names = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", "coref/gum/tsv/"],
                           capture_output=True, text=True, check=True).stdout.split()
    return {Path(n).stem: subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{n}"], capture_output=True,
                                         text=True, check=True).stdout
            for n in names if Path(n).name.startswith("GUM_")}


def is_name(words: list[str]) -> bool:
    """A proper name: capitalised words (and connectors), not a pronoun or a description."""
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or len(words) > 8 or " ".join(words).lower() in PRONOUNS:
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in words)


def parse(tsv: str) -> tuple[str, list[dict]]:
    """(plain text, mentions [{identity, type, words}])."""
    lines, spans = [], defaultdict(lambda: {"tokens": []})
    for row in tsv.split("\n"):
        if row.startswith("#Text="):
            lines.append(row[6:])
            continue
        cols = row.split("\t")
        if len(cols) < 7 or not re.match(r"^\d+-\d+$", cols[0]):
            continue
        token, entities, identities = cols[2], cols[3], cols[6]
        if entities == "_":
            continue
        ids = {}
        for item in identities.split("|") if identities != "_" else []:
            m = _ITEM.match(item)
            if m:
                ids[m.group(2) or "single"] = m.group(1)
        for n, item in enumerate(entities.split("|")):
            m = _ITEM.match(item)
            if not m:
                continue
            key = m.group(2) or f"{cols[0]}-{n}"
            span = spans[key]
            span["type"] = m.group(1)
            span["tokens"].append(token)
            identity = ids.get(m.group(2) or "single")
            if identity:
                span["identity"] = identity
    mentions = [{"identity": s["identity"], "type": s["type"], "words": s["tokens"]}
                for s in spans.values() if s.get("identity")]
    return "\n".join(lines), mentions


def detokenize(words: list[str]) -> str:
    text = " ".join(words)
    return re.sub(r" (?=[.,;:!?)'’]|'s\b|n't\b)|(?<=[(]) | - (?=\w)", lambda m: "-" if "-" in m.group() else "", text)


def main(argv: list[str]) -> int:
    repo = Path(argv[0] if argv else "/work/.mirror/amir-zeldes+gum/repo")
    documents = []
    for name, tsv in _files(repo).items():
        genre = name.split("_")[1]
        text, mentions = parse(tsv)
        entities: dict[str, dict] = {}
        marked = sorted({m["identity"] for m in mentions})
        types: dict[str, dict[str, int]] = defaultdict(dict)  # identity -> type -> mentions, all types
        for mention in mentions:
            counts = types[mention["identity"]]
            counts[mention["type"]] = counts.get(mention["type"], 0) + 1
        for mention in mentions:
            if mention["type"] not in KINDS:
                continue
            entity = entities.setdefault(mention["identity"], {"type": mention["type"], "names": {}})
            if is_name(mention["words"]):
                words = mention["words"]
                while words[0].lower() in ("the", "a", "an"):
                    words = words[1:]
                surface = detokenize(words)
                entity["names"][surface] = entity["names"].get(surface, 0) + 1
        doc = {"name": name, "genre": genre, "entities": entities, "marked": marked, "types": dict(types)}
        if genre == "news":
            doc["text"] = "\n".join(detokenize(line.split(" ")) for line in text.split("\n"))
        documents.append(doc)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"source": "https://github.com/amir-zeldes/gum (coref/gum/tsv)",
                               "documents": documents}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"{len(documents)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
