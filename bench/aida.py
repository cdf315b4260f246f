"""AIDA CoNLL-YAGO: the 1,393 Reuters news articles (August-December 1996) of the CoNLL-2003
English NER task, every named-entity mention linked to Wikipedia (Hoffart et al. 2011), read
into the documents bench/draft_quality.py scores. Its first measure (`--aida-split=all`, the
whole corpus in two folds) was taken before any rule was studied on it. Since then: `dev`
(the default), AIDA's training part in two folds, may be studied; `test`, AIDA's testb drafted
against a registry from the whole training part, is held out (figures only); `fresh`, testa
against the same registry, was held out with testb until the fifteenth round and is studied since.

Two sources, neither of them committed (the texts are Reuters' RCV1, research use only):
- the texts and the links: github:yifding/e2e_EL_evaluate (MIT for its code), which kept the
  AIDA-CoNLL articles as WNED-style files until commit cba1dc2 (2021-03-11, removed two days
  later: the reader pins that commit): `data/processed/AIDA-CONLL/ori2xml/aida_<part>/RawText/<n>_<word>`
  (an article's tokens joined back into text, one sentence a line: "Budapest Stock Exchange ( BSE )")
  and `aida_<part>.xml` (each mention with its Wikipedia title, `NIL` for none). The AIDA
  annotations are CC BY-SA 3.0 (Max Planck Institute for Informatics);
- the kinds: AIDA links entities but does not type them, and CoNLL-2003 types the very same
  mentions (PER, ORG, LOC, MISC): its files `eng.train`, `eng.testa`, `eng.testb` hold the same
  articles in the same order (946, 216, 231), e.g. in github:ZhixiuYe/HSCRF-pytorch `data/`.
  A mention's kind is the CoNLL type of the entity span written the same way in the same
  article (compared without spaces and punctuation: CoNLL's "AL-AIN" is AIDA's "AL - AIN");
  PER is a person, ORG an organization, LOC a place, MISC other. A mention CoNLL does not
  span alike (a rare difference of boundaries) is of no kind ("other") and never makes a
  registry entry.

An entity is a Wikipedia title; NIL mentions are no entity. Two folds: the articles in two
halves (alternately, in the corpus's order), each drafted against a registry made from the
other half's annotations only. An article is drafted whole (its headline, byline and dateline
lines included): every named mention in it is annotated. 567 articles are Reuters' sports and
listings pages (results tables, "PRESS DIGEST"), far from a briefing's news: `--stories` drafts
only the other 826, the news stories (the registries stay whole).

    git clone https://github.com/yifding/e2e_EL_evaluate /tmp/aida-el   (a bare mirror works too)
    git clone https://github.com/ZhixiuYe/HSCRF-pytorch /tmp/conll
    make draft-quality AIDA=/tmp/aida-el AIDA_TYPES=/tmp/conll [AIDA_STORIES=1]
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import Counter, defaultdict
from pathlib import Path

TEXTS_COMMIT = "cba1dc2bbddf28ec10c69a5a25a8abff999d19a6"  # the last commit that holds the texts
PARTS = ("train", "testa", "testb")
# The part each split drafts against the training part's registry: testa studied (the fifteenth
# round on), testb held out
FRESH_AND_HELD_OUT = {"fresh": "testa", "test": "testb"}
FOLDER = "data/processed/AIDA-CONLL/ori2xml"
KINDS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}


def _read(repo: Path, rel: str, commit: str = "HEAD") -> str:
    if (repo / rel).exists():
        return (repo / rel).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{rel}"], capture_output=True, text=True,
                          check=True).stdout


def surface_key(words: str) -> str:
    """How a mention is compared across the two tokenizations: letters and digits only."""
    return re.sub(r"[\W_]+", "", words).lower()


def conll_documents(text: str) -> list[list[tuple[str, str]]]:
    """CoNLL-2003's articles as (token, NER tag) lists; a -DOCSTART- line separates two (copies
    put it before or after each article)."""
    documents: list[list[tuple[str, str]]] = [[]]
    for line in text.split("\n"):
        fields = line.split()
        if not fields:
            continue
        if fields[0] == "-DOCSTART-":
            documents.append([])
        else:
            documents[-1].append((fields[0], fields[-1]))
    return [doc for doc in documents if doc]


def conll_kinds(tokens: list[tuple[str, str]]) -> dict[str, Counter]:
    """The kinds CoNLL gives each entity span of an article, by its surface_key. Tags are IOB1
    (I-PER; B-PER only where a span follows another of its type) or IOB2."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    span: list[str] = []
    span_type = ""
    for token, tag in [*tokens, ("", "O")]:
        prefix, _, tag_type = tag.partition("-")
        if span and (prefix != "I" or tag_type != span_type):
            kinds[surface_key(" ".join(span))][KINDS.get(span_type, "other")] += 1
            span = []
        if prefix in ("I", "B"):
            span.append(token)
            span_type = tag_type
    return dict(kinds)


def annotations(xml_text: str) -> dict[str, list[tuple[str, str]]]:
    """Each article's (mention, Wikipedia title) pairs in the WNED-style XML, in order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for element in ElementTree.fromstring(xml_text).iter("document"):
        out[element.get("docName", "")] = [((a.findtext("mention") or "").strip(), (a.findtext("wikiName") or "").strip())
                                           for a in element.iter("annotation")]
    return out


def document(name: str, text: str, mentions: list[tuple[str, str]], kinds: dict[str, Counter]) -> dict:
    """One article as a document of bench.draft_quality: every linked mention marks its entity;
    people and organizations keep the names they are mentioned by."""
    entities: dict[str, dict] = {}
    types: dict[str, Counter] = defaultdict(Counter)
    for mention, title in mentions:
        if not title or title == "NIL":
            continue
        found = kinds.get(surface_key(mention))
        mention_kind = found.most_common(1)[0][0] if found else "other"
        types[title][mention_kind] += 1
        if mention_kind in ("person", "organization"):
            entity = entities.setdefault(title, {"type": mention_kind, "names": Counter(), "label": ""})
            entity["names"][mention] += 1
    return {"name": "aida-" + re.sub(r"[^\w-]+", "-", name).strip("-"), "genre": "news", "text": text,
            "marked": sorted(types), "types": {i: dict(t) for i, t in types.items()},
            "entities": {i: {**e, "names": dict(e["names"])} for i, e in entities.items()}}


def _number(name: str) -> int:
    return int(re.match(r"\d+", name).group()) if re.match(r"\d+", name) else 0


def documents(repo: Path, types_repo: Path, part: str) -> list[dict]:
    """One part's articles (train, testa, testb), each typed by the CoNLL article of its rank."""
    linked = annotations(_read(repo, f"{FOLDER}/aida_{part}/aida_{part}.xml", TEXTS_COMMIT))
    typed = conll_documents(_read(types_repo, f"data/eng.{part}"))
    names = sorted(linked, key=_number)
    if len(names) != len(typed):
        raise ValueError(f"AIDA {part}: {len(names)} linked articles but {len(typed)} CoNLL articles")
    return [document(name, _read(repo, f"{FOLDER}/aida_{part}/RawText/{name}", TEXTS_COMMIT), linked[name],
                     conll_kinds(tokens)) for name, tokens in zip(names, typed)]


def is_story(doc: dict) -> bool:
    """A news story, not one of Reuters' sports or listings pages, whose headlines are in capitals
    ("SOCCER - JAPAN GET LUCKY WIN", "PRESS DIGEST - ...") and whose bodies are mostly results
    and tables: 826 of the 1,393 articles."""
    headline = doc["text"].split("\n", 1)[0]
    return not headline.isupper()


def folds(repo: Path, types_repo: Path, stories_only: bool = False,
          split: str = "all") -> list[tuple[list[dict], list[dict]]]:
    """`all`: the whole corpus in two halves, each drafted against a registry from the other (the
    first measure, before any rule was studied on AIDA). `dev`: AIDA's training part (946
    articles) in two halves, each against a registry from the other half: the part rules may be
    studied on. `fresh`: AIDA's testa (216 articles) against a registry from the whole training
    part, studied since the fifteenth round, when the training part no longer showed what held-out
    articles missed. `test`: testb (231 articles) against the same registry: held out (testa and
    testb together until the fifteenth round). With `stories_only`, only news stories are drafted
    (the registries stay whole)."""
    parts = {"all": PARTS, "dev": ("train",), "fresh": ("train", "testa"), "test": ("train", "testb")}[split]
    articles = {part: documents(repo, types_repo, part) for part in parts}
    keep = (lambda d: is_story(d) or not stories_only)
    if split in FRESH_AND_HELD_OUT:
        return [(articles["train"], [d for d in articles[FRESH_AND_HELD_OUT[split]] if keep(d)])]
    pooled = [doc for part in parts for doc in articles[part]]
    return [(pooled[1 - fold::2], [d for d in pooled[fold::2] if keep(d)]) for fold in (0, 1)]
