"""MEANTIME (NewsReader), English: 120 Wikinews articles on four topics (Airbus and
Boeing, Apple, GM/Ford/Chrysler, stock markets) whose entities are typed (PER, ORG,
LOC, PRO, ...) and linked to DBpedia, read from the NAF files that D2KLab/relink
keeps under GOLD/ (github:D2KLab/relink; its README states Apache-2.0; the texts are
Wikinews, CC BY 2.5). A held-out check: `draft` was not tuned on it. Not committed:
`git clone https://github.com/D2KLab/relink /tmp/relink`, then
`make draft-quality MEANTIME=/tmp/relink` (a bare mirror works too).
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

TOPICS = ("Airbus", "Apple", "GM", "Stock_Market")
KINDS = {"PER": "person", "ORG": "organization"}


def _listing(repo: Path) -> list[str]:
    if (repo / "GOLD").is_dir():
        return sorted(str(p.relative_to(repo)) for topic in TOPICS for p in (repo / "GOLD" / topic).glob("*.naf"))
    out = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "GOLD/"],
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return sorted(n for n in out if n.endswith(".naf") and n.split("/")[1] in TOPICS)


def _read(repo: Path, rel: str) -> bytes:
    if (repo / rel).exists():
        return (repo / rel).read_bytes()
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{rel}"], capture_output=True, check=True).stdout


def _document(rel: str, data: bytes) -> dict:
    root = ET.fromstring(data)
    # NAF's offsets skip the spaces of its raw text: the text is rebuilt from the words, one
    # space apart, the headline (sentence 1) and the date line (sentence 2) on lines of their own.
    words, spans, parts, at, sentence = {}, {}, [], 0, None
    for wf in root.iter("wf"):
        gap = "" if sentence is None else ("\n" if sentence != wf.get("sent") and sentence in ("1", "2") else " ")
        at += len(gap)
        spans[wf.get("id")] = (at, at + len(wf.text or ""))
        parts.append(gap + (wf.text or ""))
        at += len(wf.text or "")
        sentence = wf.get("sent")
        words[wf.get("id")] = wf
    text = "".join(parts)
    terms = {t.get("id"): [x.get("id") for x in t.iter("target")] for t in root.iter("term")}
    entities: dict[str, dict] = {}
    types: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entity in root.iter("entity"):
        link = next((ref.get("reference", "") for ref in entity.iter("externalRef")), "")
        if not link.startswith("http://dbpedia.org/"):
            continue
        identity = unquote(link.rsplit("/", 1)[-1])
        kind = KINDS.get(entity.get("type", ""), (entity.get("type") or "other").lower())
        types[identity][kind] += 1
        if kind not in KINDS.values():
            continue
        record = entities.setdefault(identity, {"type": kind, "names": defaultdict(int), "label": ""})
        for span in entity.iter("span"):
            ids = [w for t in span.iter("target") for w in terms.get(t.get("id"), []) if w in spans]
            mention = text[spans[ids[0]][0]:spans[ids[-1]][1]].replace("\n", " ") if ids else ""
            if _is_name(mention):  # MEANTIME also marks "its", "the US company": names only, as NER spans are
                record["names"][mention] += 1
    name = "meantime-" + rel.split("/")[1] + "-" + Path(rel).stem.split("_", 1)[0]
    return {"name": name, "genre": "news", "text": text + "\n", "marked": sorted(types),
            "types": {i: dict(t) for i, t in types.items()},
            "entities": {i: {**e, "names": dict(e["names"])} for i, e in entities.items()}}


_FUNCTION = {"of", "the", "and", "for", "de", "du", "la", "von", "van", "&", "'s", "-", "."}


def _is_name(mention: str) -> bool:
    """Every word capitalised but the function words: 'Qatar Airways', 'Apple Inc.', 'US';
    not 'its', 'The company', 'European aircraft manufacturer , Airbus'."""
    words = [w for w in mention.split() if w.lower() not in _FUNCTION]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words) and any(
        w[:1].isupper() for w in words) and mention.split()[0].lower() not in {"the", "a", "an"}


def folds(repo: Path) -> list[tuple[list[dict], list[dict]]]:
    """Two folds: every other article of each topic drafted against a registry made from
    the rest (MEANTIME has no other genres to add)."""
    docs = documents(repo)
    return [([d for n, d in enumerate(docs) if n % 2 != fold], docs[fold::2]) for fold in (0, 1)]


def documents(repo: Path) -> list[dict]:
    return [_document(rel, _read(repo, rel)) for rel in _listing(repo)]
