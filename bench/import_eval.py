"""How well `python -m generator import` turns real annotated news into references.

    .venv/bin/python -m bench.import_eval GUM_CHECKOUT [--work build/import-eval]

GUM_CHECKOUT is a checkout of https://github.com/amir-zeldes/gum (annotations CC BY 4.0,
Wikinews texts CC BY 2.5). For every news document it takes the coreference export
(coref/gum/tsv/GUM_news_*.tsv: WebAnno TSV with entities in `webanno.custom.Referent`,
type in `entity`, Wikipedia link in `identity`) and the document's metadata (xml/: title,
date, Wikinews address, the human summary) into a CSV; imports them into a content folder
that holds only the source, with the command below; builds the site; and compares the
site's data download (data/briefings.json) with the annotations:

- gold: per document, every distinct linked person, organization and event, and every
  linked place whose title resolves to a country, read from the TSV by this script's own
  small reader (not the importer's);
- found: the article references an entity of that kind whose name is the link's title
  (a country: whose ISO code it resolves to);
- wrong: references of those kinds that match nothing annotated in that document.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

from generator.countries import names_index
from generator.names import normalize

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"person": "person", "organization": "organization", "event": "event", "place": "country"}
IMPORT = [
    "import", "webanno-tsv", "--layer", "webanno.custom.Referent", "--type-feature", "entity",
    "--link-feature", "identity", "--map", "person=person", "--map", "organization=organization",
    "--map", "place=country", "--map", "event=event",
]


def title_of(identity: str) -> str:
    return " ".join(unquote(identity).replace("_", " ").split())


def country_of(title: str) -> str | None:
    codes = names_index().get(normalize(title), set())
    return next(iter(codes)) if len(codes) == 1 else None


def gold(tsv: Path) -> set[tuple[str, str]]:
    """(kind, name or country code) of every linked entity annotated in the document."""
    columns = None
    out: set[tuple[str, str]] = set()
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.startswith("#T_SP=webanno.custom.Referent|"):
            features = line.split("|")[1:]
            columns = (3 + features.index("entity"), 3 + features.index("identity"))
        if columns is None or not re.match(r"^\d+-\d+\t", line):
            continue
        cells = line.split("\t")
        types, links = cells[columns[0]], cells[columns[1]]
        if links == "_":
            continue
        type_by_id = {}
        for position, item in enumerate(types.split("|")):
            found = re.match(r"^(.*?)(?:\[(\d+)\])?$", item)
            type_by_id[found.group(2) or f"#{position}"] = found.group(1)
        for position, item in enumerate(links.split("|")):
            found = re.match(r"^(.*?)(?:\[(\d+)\])?$", item)
            kind = KINDS.get(type_by_id.get(found.group(2) or f"#{position}", ""))
            if kind is None or found.group(1) in ("_", "*"):
                continue
            name = title_of(found.group(1))
            if kind == "country":
                code = country_of(name)
                if code:
                    out.add(("country", code))
            else:
                out.add((kind, normalize(name)))
    return out


def prepare(gum: Path, work: Path) -> tuple[Path, Path, Path]:
    """The exports, the metadata CSV and a content folder holding only the source."""
    if work.exists():
        shutil.rmtree(work)
    exports, content = work / "exports", work / "content"
    exports.mkdir(parents=True)
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "wikinews.yml").write_text(
        "wikinews:\n  name: Wikinews\n  url: https://en.wikinews.org/\n  kind: other\n", encoding="utf-8")
    meta = work / "meta.csv"
    with meta.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "published", "source", "url", "summary"])
        for tsv in sorted((gum / "coref" / "gum" / "tsv").glob("GUM_news_*.tsv")):
            shutil.copy(tsv, exports / tsv.name)
            first = (gum / "xml" / f"{tsv.stem}.xml").read_text(encoding="utf-8").split("\n", 1)[0]
            attrs = {k: html.unescape(v) for k, v in re.findall(r'(\w+)="([^"]*)"', first)}
            summary = re.sub(r"^\(human\d*\)\s*", "", attrs.get("summary1", ""))
            writer.writerow([tsv.name, attrs["title"], attrs["dateCreated"], "wikinews", attrs["sourceURL"], summary])
    return exports, meta, content


def measure(exports: Path, site: Path) -> dict:
    data = json.loads((site / "data" / "briefings.json").read_text(encoding="utf-8"))
    articles = {a["url"]: a["id"] for a in data["articles"]}
    entities = {(e["kind"], e["id"]): e for e in data["entities"]}
    mentions: dict[str, set[tuple[str, str]]] = {}
    for m in data["mentions"]:
        mentions.setdefault(m["article"], set()).add((m["kind"], m["entity"]))
    meta = {row["file"]: row for row in csv.DictReader((exports.parent / "meta.csv").open(encoding="utf-8"))}
    total = found = references = wrong = 0
    missed, extra = [], []
    for tsv in sorted(exports.glob("*.tsv")):
        expected = gold(tsv)
        article = articles[meta[tsv.name]["url"]]
        keys = set()
        for kind, ident in sorted(mentions.get(article, set())):
            if kind not in KINDS.values():
                continue
            entity = entities[(kind, ident)]
            key = (kind, ident.upper()) if kind == "country" else (kind, normalize(entity["name"]))
            keys.add(key)
            references += 1
            if key not in expected:
                wrong += 1
                extra.append(f"{tsv.stem}: {kind} {entity['name']}")
        total += len(expected)
        found += len(expected & keys)
        missed += [f"{tsv.stem}: {kind} {name}" for kind, name in sorted(expected - keys)]
    return {"documents": len(articles), "annotated": total, "found": found, "references": references,
            "wrong": wrong, "missed": missed, "extra": extra}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gum", type=Path, help="a checkout of github.com/amir-zeldes/gum")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "import-eval")
    args = parser.parse_args(argv)
    exports, meta, content = prepare(args.gum.resolve(), args.work.resolve())
    python = [sys.executable, "-m", "generator"]
    command = [*python, *IMPORT, "--content", str(content), "--meta", str(meta), str(exports)]
    print("$ " + " ".join(command[1:]))
    subprocess.run(command, check=True, cwd=ROOT)
    site = args.work / "site"
    subprocess.run([*python, "site", "--content", str(content), "--docs", str(args.work / "docs"), "--site", str(site)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    result = measure(exports, site)
    for line in result["missed"]:
        print("missed:", line)
    for line in result["extra"]:
        print("wrong: ", line)
    print(f"documents: {result['documents']}; annotated entities (person, organization, event, country): {result['annotated']}")
    print(f"referenced by the right article: {result['found']} ({100 * result['found'] / max(result['annotated'], 1):.1f}%)")
    print(f"wrong references: {result['wrong']} of {result['references']} ({100 * result['wrong'] / max(result['references'], 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
