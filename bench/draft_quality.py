"""Measured quality of `draft` on real annotated news: GUM's Wikinews documents.

Two folds: the news documents are split in halves; each half is drafted against a
registry made from the annotations of every other GUM document (the other half
of the news and all other genres): for each linked person and organization, its
Wikipedia title as the name and the proper-name mentions as aliases. The gold
references of a drafted text are the registered people and organizations that
its annotators marked there (under any type: GUM calls the BBC an object where it
means the website). Prints precision and recall per kind.

    make draft-quality        (or .venv/bin/python -m bench.draft_quality [-v])
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import yaml

from bench.draft_explain import explain, explain_wrong
from generator.draft.run import draft_files
from generator.names import normalize
from generator.pipeline import read_model

DATA = Path(__file__).resolve().parent / "data" / "gum" / "gum.json"
FOLDERS = {"person": "people", "organization": "organizations"}


def entity_id(identity: str) -> str:
    """A registry id from an annotation's identity, its Wikipedia title decoded first:
    'Democratic_Party_%28United_States%29' -> 'democratic-party-united-states', whose last
    words name the country as a team's ids tell namesakes apart (homes.py reads them)."""
    return re.sub(r"[^a-z0-9]+", "-", unquote(identity).lower()).strip("-")[:80] or "x"


def _title(identity: str) -> str:
    """A Wikipedia title as a name: 'Democratic_Party_%28United_States%29' -> 'Democratic Party'."""
    return re.sub(r"\s*\(.*\)$", "", unquote(identity).replace("_", " ")).strip()


def _titles(identities: list[str]) -> dict[str, str]:
    """Each identity's name, its Wikipedia title without the bracketed qualifier unless another
    entry's title would lose its qualifier to the same name: a team registers namesakes apart
    ("FC Bayern Munich" and "FC Bayern Munich (women)", "Labour Party (UK)" and "Labour Party
    (Norway)"), as Wikipedia does."""
    bare: dict[str, set[str]] = {}
    for identity in identities:
        bare.setdefault(_title(identity), set()).add(entity_id(identity))
    return {identity: _title(identity) if len(bare[_title(identity)]) == 1
            else unquote(identity).replace("_", " ").strip() for identity in identities}


def _capitalised(name: str) -> bool:
    """A name's first letter is a capital; a club's number before it is no letter ("1. FSV Mainz 05")."""
    letters = re.sub(r"^[\d.\s]+(?=\w)", "", name)
    return letters[:1].isupper()


def _ordinary_words(documents: list[dict]) -> set[str]:
    words: set[str] = set()
    for doc in documents:
        words.update(w for w in re.findall(r"\w+", doc.get("text", "")) if w.islower())
    return words


def _merged(documents: list[dict]) -> dict[str, dict]:
    entities: dict[str, dict] = {}
    for doc in documents:
        for identity, entity in doc["entities"].items():
            merged = entities.setdefault(identity, {"type": entity["type"], "names": Counter(), "label": "",
                                                    "types": Counter()})
            merged["names"].update(entity["names"])
            merged["label"] = merged["label"] or entity.get("label", "")
        for identity, types in doc.get("types", {}).items():
            if identity in entities:
                entities[identity]["types"].update(types)
    return entities


def _write(tables: dict[str, dict], root: Path) -> dict[str, set[str]]:
    for folder, table in tables.items():
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "gum.yml").write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=True),
                                               encoding="utf-8")
    return {kind: set(tables[folder]) for kind, folder in FOLDERS.items()}


def build_rough_registry(documents: list[dict], root: Path, ordinary: set[str],
                         related: bool = False) -> dict[str, set[str]]:
    """Every proper-name mention becomes an alias, whatever it is (a lone given name, a
    title, an inflected form), and an entity is filed under the first type it was given."""
    entities = _merged(documents)
    titles = _titles(sorted(entities))
    tables: dict[str, dict] = {"people": {}, "organizations": {}}
    for identity, entity in sorted(entities.items()):
        # NEREL gives a Wikidata label; GUM's identity is a Wikipedia title.
        name = entity["label"] or ("" if re.match(r"^Q\d+$", identity) else
                                   titles[identity])
        proper = {n: c for n, c in entity["names"].items() if _capitalised(n)}
        if not _capitalised(name):  # no label, or a lower-case one: the name it is mentioned by most often
            name = max(sorted(proper), key=lambda n: proper[n]) if proper else ""
        if not name:
            continue  # never named, only described ("the ministry"): not a registry entry
        aliases, seen = [], {normalize(name)}
        for alias in sorted(entity["names"]):
            alias = re.sub(r"['’]s$", "", alias).strip()
            # A one-word mention that the corpus also writes in lower case ("President") is a
            # title or an ordinary word, not a name.
            if not alias or normalize(alias) in seen or (" " not in alias and alias.lower() in ordinary) \
                    or not _capitalised(alias):  # names only: "the government" is not a name
                continue
            seen.add(normalize(alias))
            aliases.append(alias)
        record = {"name": name}
        if aliases:
            record["aliases"] = aliases
        tables[FOLDERS[entity["type"]]][entity_id(identity)] = record
    return _write(_with_related(tables, documents, related), root)


def _with_related(tables: dict[str, dict], documents: list[dict], related: bool) -> dict[str, dict]:
    """With `related`, the entries' country, parent and positions from the documents' relations."""
    if related:
        from bench.related import add_related

        given = add_related(tables, documents, entity_id)
        print("registry relations: " + ", ".join(f"{field} {count}" for field, count in sorted(given.items())))
    return tables


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"}
_CONNECTORS = {"of", "for", "and", "the", "de", "del", "da", "von", "van", "der", "la", "le", "du", "al", "on", "in",
               "at", "to", "y", "bin", "el", "и", "по", "в", "на", "о", "за", "для"}


def _nominative(name: str) -> bool:
    """A Russian name as a registry writes it: its first inflecting word in the nominative."""
    from generator.draft.morph import _reading

    for word in name.split():
        if re.fullmatch(r"[\u0400-\u04ff]+", word) and not word.isupper():  # not an acronym (ИГ)
            reading = _reading(word, None)
            if reading is not None:
                return reading.tag.case == "nomn"
    return True


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every name draft knows a country by (ISO, common, official, Russian), not demonyms."""
    from generator.draft.places import country_names

    return frozenset(normalize(spelling) for country in country_names({})
                     for spelling, origin in country.names if origin != "demonym")


def _is_country(name: str) -> bool:
    return normalize(name) in _country_names()


BIG_CITY = 1_000_000  # GeoNames people: a title that is such a city's name is the city's page
PLACE_SHARE = 0.25  # of its mentions typed a place: more than metonymy gives a real organization


def _is_place(name: str, types: Counter) -> bool:
    """An organization entry whose canonical name is a place's name: a team files the city, not
    the club it names ("Toronto", "Milan": the annotators linked a club's mention to the city's
    page and typed it ORG). A place's name is the name of a GeoNames city of draft's lexicon:
    of a million people or more, whatever the annotators type it (the sports pages' "MONTREAL"
    is ORG in every mention of it; a company or club named like such a city has a title of its
    own: "FC Barcelona", "Hamburger SV"); of 15,000 or more, when the annotators type it as a
    place in at least a quarter of its mentions ("Cleveland", "Essex"; a real organization is
    typed a place far less often: Baltimore Orioles 4 of 29, Boston Red Sox 3 of 22). An
    organization named like a smaller town and typed ORG consistently stays: Toyota, Honda,
    Nokia, the Duma, Time."""
    from generator.draft.lexicon import is_city

    if is_city(name, BIG_CITY):
        return True
    total = sum(types.values())
    return bool(total) and types["place"] >= PLACE_SHARE * total and is_city(name, 15_000)


def _real_name(alias: str, kind: str, ordinary: set[str]) -> bool:
    """A name a team would register: for a person the full name (no lone given name,
    surname or title), for an organization its name or acronym, not a description."""
    words = alias.replace("-", " ").split()
    if not words or not _capitalised(alias) or not _nominative(alias):
        return False
    if any(w.lower().strip(".") in _HONORIFICS for w in words):
        return False
    capitalised = [w for w in words if w.lower() not in _CONNECTORS]
    if kind == "person":  # every word of a name capitalised, and no title first ("President Obama")
        return len(capitalised) >= 2 and all(w[:1].isupper() for w in capitalised) \
            and words[0].lower() not in ordinary
    if len(words) == 1:
        return alias.isupper() or alias.lower() not in ordinary  # BBC, Gazprom; not "Government"
    return True


def build_registry(documents: list[dict], root: Path, ordinary: set[str],
                   related: bool = False) -> dict[str, set[str]]:
    """A registry as a team keeps one: an entity mostly annotated as a person or an
    organization, under its canonical name (Wikipedia title, Wikidata label), with the
    aliases that are real names of it (full names, acronyms). A person whose item has no
    label (NEREL links many to such items) is registered under the full name they are
    marked by most often; an organization with no canonical name, or one whose canonical
    name is a lower-case concept ("police"), is not an entry."""
    tables: dict[str, dict] = {"people": {}, "organizations": {}}
    entities = _merged(documents)
    titles = _titles(sorted(entities))
    # The words of every marked entity's canonical name: a one-word alias that is
    # also a word of another entity's ("United", "State", "Korea") is a short form, not a name.
    owners: dict[str, set[str]] = {}
    for doc in documents:
        for identity in doc["marked"]:
            for name in (_title(identity), entities.get(identity, {}).get("label", "")):
                for word in re.findall(r"\w+", name):
                    owners.setdefault(normalize(word), set()).add(identity)
    for identity, entity in sorted(entities.items()):
        types = entity["types"] or Counter({entity["type"]: 1})
        kind = max(FOLDERS, key=lambda k: (types[k], k == entity["type"]))
        if 2 * types[kind] < sum(types.values()):
            continue  # mostly a place, an event or an object ("Russia" acting once as an organization)
        name = entity["label"] or ("" if re.match(r"^Q\d+$", identity) else
                                   titles[identity])
        if not name and kind == "person":  # NEREL links 467 people to items with no label: a full name
            # they are marked by is their name. (Not organizations: there they are mostly loose links,
            # Facebook Inc. for the site, a region's police for "МВД", which cost precision, not recall.)
            real = {n: c for n, c in entity["names"].items() if _real_name(n, kind, ordinary)}
            name = max(sorted(real), key=lambda n: real[n]) if real else ""
        if entity["names"] and not any(_capitalised(n) for n in entity["names"]):
            continue  # only ever described ("министерстве обороны"): a concept, not an entry
        if not _capitalised(name) or _is_country(name) or (kind == "person" and len(name.split()) < 2):
            continue  # a concept, a country (countries are their own kind), a group or a bare surname
        if kind == "organization" and _is_place(name, types):
            continue  # a city (places are their own kind), not the club or company mentioned by its name
        seen, aliases = {normalize(name)}, []
        for alias in sorted(entity["names"]):
            alias = re.sub(r"['’]s$", "", alias).strip()
            if " " not in alias and not alias.isupper() and owners.get(normalize(alias), set()) - {identity}:
                continue
            if normalize(alias) not in seen and _real_name(alias, kind, ordinary):
                seen.add(normalize(alias))
                aliases.append(alias)
        tables[FOLDERS[kind]][entity_id(identity)] = {"name": name, **({"aliases": aliases} if aliases else {})}
    return _write(_with_related(tables, documents, related), root)


BENCH_SOURCE = "bench"
ARTICLES_PUBLISHED = "2000-01-01"  # fixed: the bench's records carry no real date


def write_articles(documents: list[dict], root: Path, registered: dict[str, set[str]]) -> int:
    """One article record per registry-part document, as a team's content folder holds its
    articles beside its registry: the references are the registered people and organizations
    its annotators marked there. What `draft` can read as the corpus's own records (which
    entities appear together, which namesake the team's articles name). Returns how many."""
    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    (sources / "bench.yml").write_text(yaml.safe_dump({BENCH_SOURCE: {
        "name": "Draft-quality bench",
        "description": "The corpus whose annotations the bench turned into article records"}}), encoding="utf-8")
    articles = root / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for doc in documents:
        stem = base = entity_id(doc["name"])
        number = 1
        while stem in used:  # two names that differ only in case or punctuation
            number += 1
            stem = f"{base[:72]}-{number}"
        used.add(stem)
        record: dict = {"title": doc["name"], "source": BENCH_SOURCE, "published": ARTICLES_PUBLISHED,
                        "summary": "A record the draft-quality bench made from the corpus's annotations "
                                   "of this document."}
        for kind, folder in FOLDERS.items():
            ids = sorted({entity_id(i) for i in doc["marked"]} & registered[kind])
            if ids:
                record[folder] = ids
        (articles / f"{stem}.yml").write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False),
                                              encoding="utf-8")
    return len(documents)


def gum_folds() -> list[tuple[list[dict], list[dict]]]:
    documents = json.loads(DATA.read_text(encoding="utf-8"))["documents"]
    news = sorted((d for d in documents if d["genre"] == "news"), key=lambda d: d["name"])
    return [([d for d in documents if d not in news[fold::2]], news[fold::2]) for fold in (0, 1)]


def nerel_folds(repo: Path, dev: bool = False) -> list[tuple[list[dict], list[dict]]]:
    """NEREL's test texts against a registry from train and dev; with `dev`, its dev texts against
    a registry from train alone (test never enters it), so dev's texts stay unseen by the registry."""
    from bench.nerel import documents

    if dev:
        return [(documents(repo, "train"), documents(repo, "dev"))]
    return [(documents(repo, "train") + documents(repo, "dev"), documents(repo, "test"))]


def evaluate(folds: list[tuple[list[dict], list[dict]]], verbose: bool = False,
             baseline: bool = False, rough: bool = False,
             with_articles: bool = False, related: bool = False, inspect=None) -> dict[str, tuple[int, int, int]]:
    """`inspect(root, doc, kind, predicted, gold)`, if given, sees every drafted text's references
    while its fold's registry and draft are on disk (bench.draft_rules reads the draft's comments)."""
    counts = {kind: [0, 0, 0] for kind in FOLDERS}  # true positives, predicted, gold
    for train, test in folds:
        ordinary = _ordinary_words(train + test)
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            registered = (build_rough_registry if rough else build_registry)(train, root / "content", ordinary,
                                                                             related)
            if with_articles:
                write_articles(train, root / "content", registered)
            texts = root / "texts"
            texts.mkdir()
            for doc in test:
                (texts / f"{doc['name']}.txt").write_text(doc["text"], encoding="utf-8")
            model = read_model(root / "content")
            names = registered_names(root / "content") if baseline else {}
            if not baseline:
                draft_files(model, [texts], root / "out", today=date(2026, 1, 1))
            for doc in test:
                if baseline:
                    found = exact_names(names, doc["text"])
                else:
                    raw = (root / "out" / f"{doc['name']}.yml").read_text(encoding="utf-8")
                    record = yaml.safe_load(raw)
                    found = {kind: {r["id"] for r in record.get(folder) or []} for kind, folder in FOLDERS.items()}
                for kind, folder in FOLDERS.items():
                    predicted = found[kind]
                    gold = {entity_id(i) for i in doc["marked"] if entity_id(i) in registered[kind]}
                    counts[kind][0] += len(predicted & gold)
                    counts[kind][1] += len(predicted)
                    counts[kind][2] += len(gold)
                    if inspect is not None and not baseline:
                        inspect(root, doc, kind, predicted, gold)
                    if verbose and predicted != gold:
                        print(f"{doc['name']} {kind}: wrong {sorted(predicted - gold)} missed {sorted(gold - predicted)}")
                    if verbose == "explain" and not baseline:
                        explain(root, doc, folder, sorted(gold - predicted), entity_id)
                        explain_wrong(root, doc, folder, sorted(predicted - gold))
    return {kind: tuple(c) for kind, c in counts.items()}


def registered_names(content: Path) -> dict[str, list[tuple[str, re.Pattern]]]:
    """Per kind, each registered entry's id and one pattern of its name and aliases as written,
    between word boundaries: read once per registry, not once per drafted text."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    for kind, folder in FOLDERS.items():
        table = yaml.safe_load((content / folder / "gum.yml").read_text(encoding="utf-8")) or {}
        out[kind] = [(ident, re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)"
                                                 for name in (record["name"], *record.get("aliases", [])))))
                     for ident, record in table.items()]
    return out


def exact_names(names: dict[str, list[tuple[str, re.Pattern]]], text: str) -> dict[str, set[str]]:
    """The baseline: every registered name or alias found as written, between word boundaries."""
    return {kind: {ident for ident, pattern in entries if pattern.search(text)} for kind, entries in names.items()}


def _verbosity(argv: list[str]) -> bool | str:
    """-v lists every wrong and missed reference; --explain also says, for each miss, what the
    registry holds, what the annotators marked and what the draft says about it."""
    return "explain" if "--explain" in argv else "-v" in argv


def corpus_folds(argv: list[str]) -> tuple[list[tuple[list[dict], list[dict]]], str]:
    """The folds the command line names (GUM when it names no corpus) and the line that describes the run."""
    nerel = next((a.split("=", 1)[1] for a in argv if a.startswith("--nerel=")), "")
    registry = ("rough" if "--rough" in argv else "curated") + (", exact-name matcher" if "--exact" in argv else "") \
        + (" with the relations' country, parent and positions" if "--related" in argv else "") \
        + (" and its documents as article records" if "--with-articles" in argv else "")
    meantime = next((a.split("=", 1)[1] for a in argv if a.startswith("--meantime=")), "")
    dwie = next((a.split("=", 1)[1] for a in argv if a.startswith("--dwie=")), "")
    elevant = next((a.split("=", 1)[1] for a in argv if a.startswith("--elevant=")), "")
    aida = next((a.split("=", 1)[1] for a in argv if a.startswith("--aida=")), "")
    slavicner = next((a.split("=", 1)[1] for a in argv if a.startswith("--slavicner=")), "")
    if aida:
        from bench.aida import folds as aida_folds

        linked, typed = aida.split(",")
        stories = "--stories" in argv
        split = "test" if "--test" in argv else "fresh" if "--fresh" in argv else "all" if "--aida-all" in argv else "dev"
        return aida_folds(Path(linked), Path(typed), stories, split), (
            "AIDA CoNLL-YAGO (Reuters 1996" + (", news stories only" if stories else "") + "), "
            + {"dev": f"training part in 2 folds (dev); {registry} registry from the other fold",
               "fresh": f"testa (studied since the fifteenth round); {registry} registry from the training part",
               "test": f"testb, held out; {registry} registry from the training part",
               "all": f"whole corpus in 2 folds; {registry} registry from the other fold"}[split])
    if elevant:
        from bench.elevant import folds as elevant_folds, snippet_folds

        split = "test" if "--test" in argv else "dev"
        if "--snippets" in argv:
            return snippet_folds(Path(elevant), split), (
                "ELEVANT " + ("Spotlight (New York Times paragraphs), 2 folds, held out; " if split == "test" else
                              "RSS-500 news sentences, 2 folds; ") + f"{registry} registry from the other fold"
                " and the other corpora")
        return elevant_folds(Path(elevant), split), (
            "ELEVANT " + ("Reuters-128 and MSNBC, 2 folds, held out; " if split == "test" else
                          "News-Fair v2, 2 folds; ") + f"{registry} registry from the other fold and the other corpora")
    if dwie:
        from bench.dwie import folds as dwie_folds

        annotated, tokenized = dwie.split(",")
        split = "test" if "--test" in argv else "dev"
        return dwie_folds(Path(annotated), Path(tokenized), split), (
            f"DWIE (Deutsche Welle) {split} articles; {registry} registry from the other training articles"
            + ("; held out" if split == "test" else ""))
    if meantime:
        from bench.meantime import folds

        return folds(Path(meantime)), f"MEANTIME English (Wikinews), 2 folds, held out; {registry} registry from the other fold"
    if slavicner:
        from bench.slavicner import folds as slavicner_folds

        split = "test" if "--test" in argv else "fresh" if "--fresh" in argv else "dev"
        return slavicner_folds(Path(slavicner), rough="--rough" in argv, split=split), (
            "SlavicNER Russian news (2018-2022), " + {
                "test": "held-out topics (Ryanair, Russia-Ukraine war, Asia Bibi)",
                "fresh": "topic studied since the fifteenth round (US election 2020)",
                "dev": "dev topics (Brexit, Nord Stream, COVID-19)"}[split]
            + f", 2 folds; {registry} registry from the other fold of all topics")
    if nerel and "--nerel-dev" in argv:
        return nerel_folds(Path(nerel), dev=True), f"NEREL v1.1 dev (Russian news); {registry} registry from train annotations"
    if nerel:
        return nerel_folds(Path(nerel)), f"NEREL v1.1 test (Russian news); {registry} registry from train and dev annotations"
    return gum_folds(), f"GUM news (Wikinews), 2 folds; {registry} registry from the other documents' annotations"


def main(argv: list[str]) -> int:
    folds, title = corpus_folds(argv)
    counts = evaluate(folds, verbose=_verbosity(argv), baseline="--exact" in argv, rough="--rough" in argv,
                      with_articles="--with-articles" in argv, related="--related" in argv)
    print(title)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f"{'kind':<14}{'precision':>10}{'recall':>8}{'found':>7}{'drafted':>9}{'marked':>8}")
    for kind, (tp, predicted, gold) in [*counts.items(), ("all", tuple(total))]:
        print(f"{kind:<14}{tp / predicted if predicted else 1:>10.3f}{tp / gold if gold else 1:>8.3f}"
              f"{tp:>7}{predicted:>9}{gold:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
