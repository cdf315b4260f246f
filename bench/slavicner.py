"""SlavicNER's Russian news (github:SlavicNLP/SlavicNER; Piskorski, Marcińczuk and Yangarber,
LREC-COLING 2024), read into the documents bench/draft_quality.py scores: Russian political news
beside NEREL, split by topic into a studied part (dev) and a held-out part (--test).

The corpus gathers the BSNLP shared tasks of 2017-2023: 876 Russian documents on seven topics of
2018-2022 political news (Brexit, Nord Stream, Ryanair, COVID-19, the US election of 2020, the
Russia-Ukraine war, Asia Bibi), crawled from news sites. `raw/<topic>/ru/<name>.txt` is a document,
its title on the first line; `ner/<topic>/ru/<name>.tsv` annotates every mention of a name in it
(the title's too): character span [start, end), the form as written, its lemma (the nominative),
a type (PER, ORG, LOC, EVT, PRO) and a cross-lingual entity id ("PER-Theresa-May",
"GPE-Great-Britain", "ORG-European-Union"); 37,782 mentions, every span holding its form. The
repository states no licence for the data (no LICENSE file; its README cites the paper only; the
Apache-2.0 of the SlavicNER models on Hugging Face is the models'), and the texts, crawled from
the web, belong to their publishers: nothing of them is committed here, like DWIE and NEREL.

Each entity's names come in two sets, so that the two registries differ as for the other corpora:
- curated: its lemmas, the nominative a team would register ("Тереза Мэй", "Евросоюз", "ЕС");
- rough: every form as marked ("Терезы Мэй", "Евросоюза", "Мэй"), inflected or not.
Both are cut of the quotes and spaces the annotators sometimes kept ("«Газпром»", "ЕС ").
An entity's label is its most frequent capitalised lemma, a person's among the lemmas of two
words or more (a full name, not "Мэй"). What the whole corpus says of an id (Canon) mends the
annotators' slips before the folds: ids in Cyrillic, ids spelt two ways, ids with no kind, a name
given to the wrong id, namesakes of one generic name, products named like their organization.

The documents are split by topic, fixed before any per-topic figure was read: dev (studied) is
Brexit, Nord Stream and COVID-19 (386 documents); held out (--test) were Ryanair, the US election
of 2020, the Russia-Ukraine war and Asia Bibi (490). In the fifteenth round the US election (170)
moved to a second studied part (--fresh), since the dev topics no longer showed what the held-out
ones missed; 320 documents stay held out, in the same folds. Each part is cut in two folds (documents in
name order, alternately); a drafted document's registry is every document of the other fold, of
both parts (their annotations only, nothing drafted from them), so dev and test are drafted
against the same two registries.

    git clone https://github.com/SlavicNLP/SlavicNER /tmp/SlavicNER      (a bare mirror works too)
    python -m bench.draft_quality --slavicner=/tmp/SlavicNER [--fresh | --test] [--rough] [--exact]
    python -m bench.draft_countries --slavicner=/tmp/SlavicNER [--fresh | --test]
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place", "EVT": "event", "PRO": "product"}
ID_KINDS = {**KINDS, "GPE": "place"}  # an id's prefix: the annotators' kind of the entity


def named_kind(ident: str) -> bool:
    """Whether an id opens with a kind as the guidelines write every id ('PER-Theresa-May'). The
    few that do not are slips, each naming several entities ('Александра Филиппенко' for seven
    different Alexanders, 'Вашингтон' for one mention of the city): no entity's."""
    return "-" in ident and ident.split("-", 1)[0] in ID_KINDS


def mention_kind(kind: str, ident: str) -> str:
    """A mention's kind: its id's where the id names one ('ORG-Labour-Party-UK' for "лейбористы",
    typed PER; 'GPE-USA' for "американцы"), else its type's."""
    prefix = ident.split("-", 1)[0] if "-" in ident else ""
    return ID_KINDS.get(prefix) or KINDS.get(kind, kind.lower())
LANGUAGE = "ru"
# Fixed before any per-topic figure was read: the topics studied while writing Russian rules (dev);
# the other four (Ryanair, the US election of 2020, the Russia-Ukraine war, Asia Bibi) stay held out
DEV_TOPICS = ("brexit", "nord_stream", "covid-19")
# Moved from the held-out part to a studied one (--fresh) in the fifteenth round, when the dev topics
# no longer showed what held-out documents missed; chosen as the held-out topic closest to this
# field's news (an election: politicians, parties, state bodies), before any of its errors was read.
# The folds stay as they were (cut with the held-out topics), so the three topics still held out
# are drafted against the same registries as before.
FRESH_TOPICS = ("us_election_2020",)
_QUOTES = "\"'«»“”„‘’ \t\u00a0"


class _Repository:
    """The corpus's files, from a checkout or from a bare mirror (one `git cat-file` for all)."""

    def __init__(self, repo: Path):
        self.repo = repo
        self.bare = not (repo / "raw").is_dir()
        self._git = None

    def names(self) -> list[str]:
        if not self.bare:
            return sorted(str(p.relative_to(self.repo)) for p in (self.repo / "ner").glob(f"*/{LANGUAGE}/*.tsv"))
        listing = subprocess.run(["git", "-C", str(self.repo), "ls-tree", "-r", "--name-only", "HEAD", "ner/"],
                                 capture_output=True, text=True, check=True).stdout.split("\n")
        return sorted(n for n in listing if n.endswith(".tsv") and n.split("/")[2:3] == [LANGUAGE])

    def read(self, rel: str) -> str:
        if not self.bare:
            return (self.repo / rel).read_text(encoding="utf-8")
        if self._git is None:
            self._git = subprocess.Popen(["git", "-C", str(self.repo), "cat-file", "--batch"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._git.stdin.write(f"HEAD:{rel}\n".encode())
        self._git.stdin.flush()
        header = self._git.stdout.readline().split()
        if header[-1] == b"missing":
            raise FileNotFoundError(rel)
        data = self._git.stdout.read(int(header[2]))
        self._git.stdout.read(1)  # the newline after each object
        return data.decode("utf-8")

    def close(self) -> None:
        if self._git is not None:
            self._git.stdin.close()
            self._git.wait()


def clean(name: str) -> str:
    """A name without the quotes and spaces an annotator kept around it: '«Газпром»' -> 'Газпром'."""
    return name.strip(_QUOTES)


def rows(tsv: str) -> list[tuple[int, int, str, str, str, str]]:
    """(start, end, form, lemma, type, id) per annotated mention; the id '' where it names no
    kind (see named_kind)."""
    out = []
    for row in tsv.split("\n"):
        cols = row.rstrip("\r").split("\t")
        if len(cols) >= 6 and cols[0].isdigit() and cols[1].isdigit():
            ident = cols[5].strip() if named_kind(cols[5].strip()) else ""
            out.append((int(cols[0]), int(cols[1]), cols[2], cols[3], cols[4].strip(), ident))
    return out


def label(lemmas: Counter, kind: str) -> str:
    """The entity's name: its most frequent capitalised lemma, a person's of two words or more."""
    capitalised = [n for n in lemmas if n[:1].isupper()]
    if kind == "person":
        capitalised = [n for n in capitalised if len(n.split()) >= 2] or capitalised
    return max(sorted(capitalised), key=lambda n: lemmas[n]) if capitalised else ""


def identity(raw: str) -> str:
    """An entity id in Latin letters: a few are written in Cyrillic ('PER-Кира-Ярмыш'), which the
    bench's registry ids (ASCII) would all read as one."""
    from unidecode import unidecode

    return unidecode(raw.strip()).strip()


def _kind(types: Counter) -> str:
    return max(("person", "organization"), key=lambda k: types[k])


class Canon:
    """What the whole corpus says of each id (computed once, before the folds)."""

    def __init__(self, tables: list[list[tuple]]):
        lemmas: dict[str, Counter] = defaultdict(Counter)
        types: dict[str, Counter] = defaultdict(Counter)
        for table in tables:
            for _, _, _, lemma, kind, ident in table:
                if not ident:
                    continue
                types[identity(ident)][mention_kind(kind, identity(ident))] += 1
                if clean(lemma):
                    lemmas[identity(ident)][clean(lemma)] += 1
        # ids that differ only in case, spaces, punctuation or an article are one entity's:
        # ORG-White-House (8 mentions) beside ORG-The-White-House (151), 'PER-Michael -Tomasky'
        spelled: dict[str, list[str]] = defaultdict(list)
        for ident in list(types):
            spelled[re.sub(r"\bthe\b|[^a-z0-9]", "", ident.lower())].append(ident)
        self.same: dict[str, str] = {}
        for ids in spelled.values():
            main = max(sorted(ids), key=lambda i: sum(types[i].values()))
            for other in ids:
                if other != main:
                    self.same[other] = main
                    types[main].update(types.pop(other))
                    lemmas[main].update(lemmas.pop(other, Counter()))
        # each id's kind, the one most of its mentions have (the USA is a place): the rough
        # registry files an entity under it
        self.kinds = {i: max(sorted(t), key=lambda k: (t[k], k in ("person", "organization")))
                      for i, t in types.items()}
        labels = {i: label(lemmas[i], _kind(types[i])) for i in lemmas}
        # namesakes (the Supreme Courts of Pakistan and of the USA, both "Верховный суд") are told
        # apart by a longer name each has and the others have not, as a team registers them; one
        # the corpus names by the shared name only (France's ministry, once "МИД") is no entry:
        # a team would not file it as bare "МИД" beside the Foreign Office's "МИД Великобритании"
        self.unnamed: set[str] = set()
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for ident, name in labels.items():
            if name:
                groups[(self.kinds[ident], name)].append(ident)
        for (_, shared), ids in groups.items():
            for ident in ids if len(ids) > 1 else []:
                others = set().union(*(lemmas[o] for o in ids if o != ident))
                qualified = Counter({n: c for n, c in lemmas[ident].items()
                                     if n not in others and n.startswith(shared + " ")})
                labels[ident] = label(qualified, _kind(types[ident]))
                if not labels[ident]:
                    self.unnamed.add(ident)
        self.labels = labels
        # a product or other id's organization of the same name ('PRO-Twitter' -> 'ORG-Twitter':
        # the site and its company, RIA Novosti's wire and its agency)
        organizations = {i.split("-", 1)[1].lower(): i for i in types if i.startswith("ORG-")}
        self.twins = {i: organizations[i.split("-", 1)[1].lower()] for i in types
                      if not i.startswith("ORG-") and "-" in i and i.split("-", 1)[1].lower() in organizations}

    def id(self, raw: str) -> str:
        return self.same.get(identity(raw), identity(raw))


def document(name: str, text: str, tsv: str, rough: bool = False, canon: Canon | None = None) -> tuple[dict, int]:
    """One document of bench.draft_quality, and how many of its mentions' spans do not hold
    their form in the text. `canon` (from the whole corpus; else from this document) names each
    entity, and a name that is another entity's label is not taken as this one's (an annotator's slip of id:
    one 'Джо Байден' linked to David Davis; a company named after its product: 'Nord Stream 2'
    for Nord Stream 2 AG); a marked product marks its organization of the same name too."""
    canon = canon or Canon([rows(tsv)])
    table = [(s, e, f, lem, k, canon.id(i)) for s, e, f, lem, k, i in rows(tsv)]
    labels, twins, kinds = canon.labels, canon.twins, canon.kinds
    taken: dict[str, set[str]] = defaultdict(set)  # a label -> the entities it names (two at times: namesakes)
    for ident, label_ in labels.items():
        taken[label_].add(ident)
    mismatched = 0
    types: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, Counter] = defaultdict(Counter)
    for start, end, form, lemma, kind, ident in table:
        if text[start:end] != form:
            mismatched += 1
        if not ident:
            continue
        types[ident][mention_kind(kind, ident)] += 1
        slip = ident not in taken.get(clean(lemma), {ident})
        if kinds.get(ident) in ("person", "organization") and ident not in canon.unnamed and clean(lemma) and not slip:
            if clean(form if rough else lemma):
                names[ident][clean(form if rough else lemma)] += 1
    entities = {ident: {"type": kinds[ident], "names": dict(names[ident]), "label": labels.get(ident, "")}
                for ident in names}
    marked = set(types) | {twins[i] for i in types if i in twins}
    return {"name": name, "genre": "news", "text": text, "marked": sorted(marked),
            "types": {i: dict(t) for i, t in types.items()}, "entities": entities}, mismatched


def documents(repo: Path, rough: bool = False) -> tuple[list[dict], int]:
    """Every Russian document, and how many mentions' spans missed their form."""
    files = _Repository(repo)
    read = []
    try:
        for rel in files.names():
            _, topic, _, stem = rel.split("/")
            stem = stem.removesuffix(".tsv")
            read.append((f"slavicner-{topic}-{stem}", files.read(f"raw/{topic}/{LANGUAGE}/{stem}.txt"),
                         files.read(rel)))
    finally:
        files.close()
    canon = Canon([rows(tsv) for _, _, tsv in read])
    out, mismatched = [], 0
    for name, text, tsv in read:
        doc, wrong = document(name, text, tsv, rough, canon)
        out.append(doc)
        mismatched += wrong
    return out, mismatched


def studied(name: str) -> bool:
    """Whether a document (named 'slavicner-<topic>-<stem>') is of a topic studied (dev)."""
    return any(name.startswith(f"slavicner-{topic}-") for topic in DEV_TOPICS)


def split_of(name: str) -> str:
    """The split a document (named 'slavicner-<topic>-<stem>') is drafted in: dev, fresh or test."""
    if studied(name):
        return "dev"
    return "fresh" if any(name.startswith(f"slavicner-{topic}-") for topic in FRESH_TOPICS) else "test"


def folds(repo: Path, rough: bool = False, split: str = "dev") -> list[tuple[list[dict], list[dict]]]:
    """Two folds of the split's documents (dev: the first studied topics; fresh: the topics studied
    since the fifteenth round; test: the held-out ones), alternately in name order within the dev
    topics and within all the others together (as cut before any topic moved); a fold's registry is
    every document of the other fold of ALL parts, so that every split is drafted against the same
    registries."""
    docs, _ = documents(repo, rough)
    fold_of: dict[str, int] = {}
    for part in (True, False):
        for position, doc in enumerate(d for d in docs if studied(d["name"]) == part):
            fold_of[doc["name"]] = position % 2
    return [([d for d in docs if fold_of[d["name"]] != fold],
             [d for d in docs if fold_of[d["name"]] == fold and split_of(d["name"]) == split]) for fold in (0, 1)]


def country_title(identity: str) -> str:
    """A GPE or LOC id as bench.draft_countries reads a Wikipedia title: 'GPE-Great-Britain' ->
    'Great_Britain'; any other id as it is."""
    kind, _, rest = identity.partition("-")
    return rest.replace("-", "_") if kind in ("GPE", "LOC") and rest else identity


def country_folds(repo: Path, split: str = "dev") -> list[tuple[list[dict], list[dict]]]:
    """The folds with each document's marked ids read as titles, for bench.draft_countries."""
    return [(train, [{**doc, "marked": sorted({country_title(i) for i in doc["marked"]})} for doc in test])
            for train, test in folds(repo, split=split)]
