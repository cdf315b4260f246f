"""ELEVANT's English news benchmarks, read into the documents bench/draft_quality.py scores.

ELEVANT (github:ad-freiburg/elevant, Apache-2.0, University of Freiburg) is an entity-linking
evaluation tool; its `benchmarks/` folder keeps benchmarks in one JSONL shape: an article's
`text`, the `evaluation_span` [start, end) that its annotators covered, and `labels`, each a
character span [start, end) of the text linked to a Wikidata item (`entity_id`, or `<NIL>`,
`<NO_MAPPING>`, `QUANTITY`, `DATETIME` for no item), with the item's English label (`name`)
and its classes (`type`, several joined by '|').
- `news-fair-v2`: 120 news articles from many sites (2007-2020), annotated in full within
  their evaluation span, pronouns and descriptions resolved too (`coref`, `desc`);
- `reuters-128`: 128 short economic articles of the Reuters-21578 collection, annotated by
  AKSW (N3 collection, 2014) and mapped to Wikidata by ELEVANT;
- `msnbc-updated`: the 20 MSNBC articles of Cucerzan (2007), updated by ELEVANT.
The articles' text belongs to their publishers (Reuters, MSNBC, the news sites; Reuters-21578
is free for research only): nothing of them is committed here, like DWIE and NEREL.

Only the labels that name an entity count: pronouns (`coref`) and descriptions (`desc`,
"his party") resolved to it are no names a draft could find. A label's kind comes from its
classes: a geographic entity (Q27096213) is a place even where Wikidata also calls it an
organization (every country and city is one: "London", "Iraq"); otherwise an organization
(Q43229: companies, papers, parties, bands) or a person (Q215627 or Q5); an occupation or
position ("prosecutor") is neither. A news-fair article is drafted as its evaluation span only,
and only the labels inside the span are gold: the rest of the article is not annotated, and an
entity named only there would be scored wrong. That holds for the headline too, where the
span opens after it (most articles): a headline's "Boeing wins contract", "Kremlin warns of
conflict if Georgia joins NATO" would make a right reference a wrong one.

Three more benchmarks only feed the registry (nothing is drafted from them), so that the
registry knows as many of a drafted text's entities as a team's would:
- `aida-conll-dev`, `aida-conll-test`: 447 Reuters articles of 1996 (CoNLL-2003, AIDA's links),
  their text masked with asterisks but for the linked mentions, so a label's span still gives
  the mention as written. Two habits of theirs are no names of the item: headlines in capitals
  ("LEICESTERSHIRE" beside "Leicestershire"), and a team named by its country or city
  ("Australia" for its cricket team, "Detroit" for the Tigers);
- `wiki-fair-v2`: 120 Wikipedia articles, annotated like news-fair-v2.

Two checks, each a registry made from annotations only (never from the drafted texts):
- `dev`: news-fair-v2 in two folds, each half against a registry from the other half plus
  reuters-128, msnbc-updated and the registry-only benchmarks; the set rules may be studied on;
- `test`: reuters-128 and msnbc-updated in two folds, each half against a registry from the
  other half plus all of news-fair-v2 and the registry-only benchmarks; held out.

A second pair of checks (`--snippets`) drafts short news text, one sentence to a paragraph:
- `rss-500` (dev): 500 sentences of news RSS feeds (AKSW's N3 collection, 2014), each a text of
  its own. Its annotators marked exactly two mentions in each sentence (NIL ones too), so a
  third entity a sentence names is unmarked: its precision is a floor, and a wrong reference
  is to be read before it is called draft's fault;
- `spotlight` (held out): DBpedia Spotlight's New York Times paragraphs (2010), kept in
  ELEVANT as sentences, which are joined back into their article (its `title` up to
  `_sentence`) so that a text is drafted whole and both folds never split one.
Each in two folds, each half against a registry from the other half plus every other
benchmark named here (news-fair-v2, reuters-128, msnbc-updated, the other of the two and the
registry-only ones).

    git clone https://github.com/ad-freiburg/elevant /tmp/elevant
    make draft-quality ELEVANT=/tmp/elevant [ELEVANT_TEST=1] [ELEVANT_SNIPPETS=1]   (a bare mirror works too)
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict
from pathlib import Path

NEWS, REUTERS, MSNBC = "news-fair-v2", "reuters-128", "msnbc-updated"
RSS, SPOTLIGHT = "rss-500", "spotlight"
REGISTRY_ONLY = ("aida-conll-dev", "aida-conll-test", "wiki-fair-v2")
PERSON, ORGANIZATION, PLACE = {"Q215627", "Q5"}, "Q43229", "Q27096213"
ROLES = {"Q12737077", "Q4164871"}  # occupation, position: "prosecutor", "President of the United States"


def _read(repo: Path, rel: str) -> str:
    if (repo / rel).exists():
        return (repo / rel).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{rel}"], capture_output=True, text=True,
                          check=True).stdout


def kind(classes: str) -> str:
    """A label's kind from its Wikidata classes ('Q27096213|Q43229' -> place)."""
    types = set(classes.split("|"))
    if PLACE in types:
        return "place"
    if types & ROLES:
        return "role"
    if ORGANIZATION in types:  # a band or a militia is also a 'person' in Wikidata's classes
        return "organization"
    if types & PERSON:
        return "person"
    return classes.split("|")[0].lower() or "other"


def drafted_part(article: dict) -> tuple[str, int, int]:
    """The text to draft: the evaluation span (from the headline's line on where the span opens
    within it); and the span [start, end) of the annotated part."""
    text = article["text"]
    start, end = article.get("evaluation_span") or (0, len(text))
    headline = text.split("\n", 1)[0]
    if start <= len(headline) + 1:
        return text[:end].strip() + "\n", start, end
    return text[start:end].strip() + "\n", start, end


def document(corpus: str, article: dict) -> dict:
    """One article as a document of bench.draft_quality, its text the part to draft."""
    text, start, end = drafted_part(article)
    entities: dict[str, dict] = {}
    types: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for label in article["labels"]:
        identity = label["entity_id"]
        (begin, stop) = label["span"]
        if not re.fullmatch(r"Q\d+", identity) or label.get("coref") or label.get("desc") \
                or begin < start or stop > end:
            continue
        label_kind = kind(label.get("type") or "")
        types[identity][label_kind] += 1
        if label_kind not in ("person", "organization"):
            continue
        entity = entities.setdefault(identity, {"type": label_kind, "names": defaultdict(int), "label": ""})
        entity["names"][article["text"][begin:stop]] += 1
        name = label.get("name") or ""
        if name and name != "Unknown" and not entity["label"]:
            entity["label"] = name
    return {"name": f"elevant-{corpus}-{article['id']}", "genre": "news", "text": text, "marked": sorted(types),
            "types": {i: dict(t) for i, t in types.items()},
            "entities": {i: {**e, "names": dict(e["names"])} for i, e in entities.items()}}


# RSS-500 keeps the Penn Treebank tokenizer's escapes for brackets and quotes ("BIRMINGHAM , England
# -LRB- AP -RRB- --", "`` We won , '' he said"); an analyst's text has the characters, so draft reads
# them as such. Each escape becomes its character, with the tokenizer's space on the inner side
# dropped ("(AP)", '"We won , "'). A lone "'" stays as written: a closing quote or a plural's
# apostrophe ("the players ' union") cannot be told apart.
PTB_ESCAPED = (RSS,)
_PTB = re.compile(r"-LRB- ?|-LSB- ?|-LCB- ?| ?-RRB-| ?-RSB-| ?-RCB-|`` ?| ?''|` ?")
_PTB_CHARACTERS = {"-LRB-": "(", "-LSB-": "[", "-LCB-": "{", "-RRB-": ")", "-RSB-": "]", "-RCB-": "}",
                   "``": '"', "''": '"', "`": "'"}


def unescaped(article: dict) -> dict:
    """The article with the Penn Treebank escapes of its text undone and each label's span moved
    with its words ("-LRB- AP -RRB-" -> "(AP)")."""
    text, parts, moved, done = article["text"], [], [], 0  # moved: (old offset, shift from there on)
    shift = 0
    for match in _PTB.finditer(text):
        parts += [text[done:match.start()], _PTB_CHARACTERS[match.group().strip()]]
        moved.append((match.start(), shift))
        shift += len(parts[-1]) - (match.end() - match.start())
        moved.append((match.end(), shift))
        done = match.end()
    parts.append(text[done:])

    def at(offset: int) -> int:
        return offset + next((s for o, s in reversed(moved) if o <= offset), 0)

    return {**article, "text": "".join(parts),
            "evaluation_span": [at(o) for o in article["evaluation_span"]] if article.get("evaluation_span") else None,
            "labels": [{**label, "span": [at(label["span"][0]), at(label["span"][1])]} for label in article["labels"]]}


def _articles(repo: Path, corpus: str) -> list[dict]:
    rows = _read(repo, f"benchmarks/{corpus}.benchmark.jsonl").split("\n")
    articles = [json.loads(row) for row in rows if row.strip()]
    return [unescaped(article) for article in articles] if corpus in PTB_ESCAPED else articles


def documents(repo: Path, corpus: str) -> list[dict]:
    return [document(corpus, article) for article in _articles(repo, corpus)]


def _in_capitals(form: str, spelled: list[str]) -> bool:
    """A form in capitals that the item's name or another of its forms spells in lower case
    ("DETROIT" for the Detroit Tigers, "CAMPESE" for David Campese): a headline's capitals, not
    an acronym ("NATO", whose name is written so too)."""
    from generator.names import normalize

    if not form.isupper() or len(re.sub(r"\W", "", form)) < 2:
        return False
    words = rf"(?<!\w){re.escape(normalize(form))}(?!\w)"
    return any(not other.isupper() and re.search(words, normalize(other)) for other in spelled)


def names_only(docs: list[dict], place_forms: set[str]) -> list[dict]:
    """The documents with each entity's forms cut to its names: no headline capitals, and no
    form that the corpus links to a place or that names a country or its people ("Australia"
    for its cricket team, "Detroit" for the Tigers: a reader of the name means the place)."""
    from generator.draft.places import country_names
    from generator.names import normalize

    # every name draft knows a country by, its people's too ("Australian")
    countries = {normalize(spelling) for country in country_names({}) for spelling, _ in country.names}
    for doc in docs:
        for entity in doc["entities"].values():
            spelled = [entity["label"], *entity["names"]]
            entity["names"] = {form: count for form, count in entity["names"].items()
                               if not _in_capitals(form, spelled) and normalize(form) not in place_forms
                               and normalize(form) not in countries}
    return docs


def registry_documents(repo: Path) -> list[dict]:
    """The registry-only benchmarks' documents: only their annotations are used."""
    from generator.names import normalize

    articles = [(corpus, article) for corpus in REGISTRY_ONLY for article in _articles(repo, corpus)]
    place_forms = {normalize(article["text"][label["span"][0]:label["span"][1]]) for _, article in articles
                   for label in article["labels"] if kind(label.get("type") or "") == "place"}
    return names_only([document(corpus, article) for corpus, article in articles], place_forms)


def folds(repo: Path, split: str = "dev") -> list[tuple[list[dict], list[dict]]]:
    """`dev`: news-fair-v2's halves, each against the other half plus Reuters and MSNBC;
    `test`: Reuters and MSNBC together in halves, each against the other half plus news-fair-v2.
    The registry-only benchmarks are in every registry."""
    news = documents(repo, NEWS)
    others = documents(repo, REUTERS) + documents(repo, MSNBC)
    drafted, rest = (news, others) if split == "dev" else (others, news)
    rest = rest + registry_documents(repo)
    return [(drafted[1 - fold::2] + rest, drafted[fold::2]) for fold in (0, 1)]


def joined_sentences(articles: list[dict]) -> list[dict]:
    """Sentences kept as rows of their own (Spotlight's `<url>_sentence<n>`) joined into their
    article, in the order of the rows, one space apart, each label's span shifted with its
    sentence; the article's id is its first sentence's."""
    joined: dict[str, dict] = {}
    for article in articles:
        title = re.sub(r"_sentence\d+$", "", article["title"])
        whole = joined.setdefault(title, {"id": article["id"], "title": title, "text": "", "labels": []})
        shift = len(whole["text"]) + (1 if whole["text"] else 0)
        whole["text"] += (" " if whole["text"] else "") + article["text"]
        whole["labels"] += [{**label, "span": [label["span"][0] + shift, label["span"][1] + shift]}
                            for label in article["labels"]]
    return [{**article, "evaluation_span": [0, len(article["text"])]} for article in joined.values()]


def snippet_folds(repo: Path, split: str = "dev") -> list[tuple[list[dict], list[dict]]]:
    """`dev`: RSS-500's sentences in halves; `test`: Spotlight's articles in halves; each half
    against the other half plus every other benchmark here (the other of the two included)."""
    rss = documents(repo, RSS)
    spotlight = [document(SPOTLIGHT, article) for article in joined_sentences(_articles(repo, SPOTLIGHT))]
    drafted, other = (rss, spotlight) if split == "dev" else (spotlight, rss)
    rest = documents(repo, NEWS) + documents(repo, REUTERS) + documents(repo, MSNBC) + other \
        + registry_documents(repo)
    return [(drafted[1 - fold::2] + rest, drafted[fold::2]) for fold in (0, 1)]
