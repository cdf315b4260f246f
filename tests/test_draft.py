"""`python -m generator draft`: the seed against the bundled registry, the linking
rules on a synthetic registry, and drafts that load back through the pipeline."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import yaml

from generator.draft.run import draft_files
from generator.pipeline import read_model

from .conftest import ROOT, SAMPLE

SEED = ROOT.parent / "shared" / "seeds" / "000_67e68cdcaedf6ca5.txt"
TODAY = date(2026, 11, 29)


def _draft(content: Path, files: list[Path], out: Path):
    report = draft_files(read_model(content), files, out, today=TODAY)
    return report


def _references(record: dict) -> set[tuple[str, str]]:
    out = {("source", record["source"])}
    for kind in ("events", "organizations", "countries", "people"):
        for ref in record.get(kind) or []:
            out.add((kind, ref["id"] if isinstance(ref, dict) else ref))
    return out


def test_seed_gives_exactly_its_eighteen_entities(tmp_path):
    report = _draft(SAMPLE, [SEED], tmp_path)
    assert report.drafted == 1 and report.failed == 0
    record = yaml.safe_load((tmp_path / f"{SEED.stem}.yml").read_text(encoding="utf-8"))
    assert _references(record) == {
        ("source", "tass"),
        ("events", "dushanbe-anti-terror-2017"),
        ("organizations", "cis-anti-terrorism-center"), ("organizations", "cis"), ("organizations", "islamic-state"),
        ("organizations", "sco"), ("organizations", "csto"), ("organizations", "osce"),
        ("countries", "TJ"), ("countries", "AZ"), ("countries", "AM"), ("countries", "BY"), ("countries", "KZ"),
        ("countries", "KG"), ("countries", "RU"), ("countries", "UZ"), ("countries", "SY"),
        ("people", "andrei-novikov"),
    }
    assert not (tmp_path / f"{SEED.stem}.new.yml").exists()  # every name in it is registered; titles are not names
    assert record["published"] == date(2017, 5, 31)
    assert record["dateline"] == "Dushanbe"
    assert record["title"] == "CIS anti-terror center’s top brass notes IS losing ground"
    roles = {ref["id"]: ref.get("role") for kind in ("organizations", "countries", "people") for ref in record[kind]}
    assert roles["cis-anti-terrorism-center"] == "organizer"
    assert roles["TJ"] == "host"
    assert roles["andrei-novikov"] == "speaker"
    assert roles["KZ"] == "participant" and roles["SY"] is None


def test_seed_quotes_are_exact_and_attributed(tmp_path):
    _draft(SAMPLE, [SEED], tmp_path)
    record = yaml.safe_load((tmp_path / f"{SEED.stem}.yml").read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    assert len(record["quotes"]) == 3
    for quote in record["quotes"]:
        assert quote["speaker"] == "andrei-novikov"
        assert quote["text"] in text


def test_every_value_has_a_comment_with_its_line(tmp_path):
    _draft(SAMPLE, [SEED], tmp_path)
    lines = (tmp_path / f"{SEED.stem}.yml").read_text(encoding="utf-8").splitlines()
    values = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert all("  # " in line for line in values if not line.endswith(":")), values
    novikov = next(line for line in lines if line.startswith("  - id: andrei-novikov"))
    assert "'Andrei Novikov' line 7" in novikov and "'Novikov' line 11" in novikov


def test_seed_draft_moved_into_articles_passes_check(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    _draft(content, [SEED], content / "drafts")
    assert read_model(content).counts()["article"] == 1  # drafts/ is not read
    (content / "drafts" / f"{SEED.stem}.yml").rename(content / "articles" / f"{SEED.stem}.yml")
    model = read_model(content)
    drafted = next(a for a in model.articles if a.id == "000-67e68cdcaedf6ca5")
    assert {m.entity.id for m in drafted.mentions} >= {"cis", "osce", "andrei-novikov", "tj", "dushanbe-anti-terror-2017"}
    assert len(drafted.quotes) == 3


def test_cli_default_out_is_drafts_folder(tmp_path):
    from generator.cli import main

    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    assert main(["draft", "--content", str(content), str(SEED)]) == 0
    assert (content / "drafts" / f"{SEED.stem}.yml").is_file()


def test_quality_bench_registers_a_person_without_a_label_under_their_full_name(tmp_path):
    from bench.draft_quality import build_registry

    # Made-up annotations in the shape bench/nerel.py reads: one person linked to an item with
    # no label, one organization likewise.
    documents = [{"name": "synthetic-1", "marked": ["Q900001", "Q900002"], "types": {},
                  "entities": {"Q900001": {"type": "person", "label": "",
                                           "names": {"Zorb Synthov": 2, "Synthov": 3, "Mr Synthov": 4}},
                               "Q900002": {"type": "organization", "label": "", "names": {"Synthcom": 2}}}}]
    registered = build_registry(documents, tmp_path, ordinary=set())
    people = yaml.safe_load((tmp_path / "people" / "gum.yml").read_text(encoding="utf-8"))
    assert people == {"q900001": {"name": "Zorb Synthov"}}  # the full name, not the surname or a title
    assert registered["organization"] == set()


def test_quality_bench_keeps_the_qualifier_of_namesakes_and_drops_a_unique_one(tmp_path):
    from bench.draft_quality import build_registry

    # Made-up Wikipedia-style identities: two clubs share a title but for the qualifier.
    club = {"type": "organization", "label": "", "names": {"Zorbia United": 2}}
    documents = [{"name": "synthetic-2", "marked": ["Zorbia_United", "Zorbia_United_(women)", "Synthcom_(company)"],
                  "types": {}, "entities": {"Zorbia_United": club, "Zorbia_United_(women)": club,
                                            "Synthcom_(company)": {"type": "organization", "label": "",
                                                                   "names": {"Synthcom": 2}}}}]
    build_registry(documents, tmp_path, ordinary=set())
    names = {i: e["name"] for i, e in
             yaml.safe_load((tmp_path / "organizations" / "gum.yml").read_text(encoding="utf-8")).items()}
    assert names == {"zorbia-united": "Zorbia United", "zorbia-united-women": "Zorbia United (women)",
                     "synthcom-company": "Synthcom"}


def test_quality_bench_registers_a_club_whose_name_starts_with_a_number(tmp_path):
    from bench.draft_quality import build_registry

    # A made-up club in the style of German club names ("1. FC ...").
    documents = [{"name": "synthetic-3", "marked": ["1._FC_Zorbstadt"], "types": {},
                  "entities": {"1._FC_Zorbstadt": {"type": "organization", "label": "",
                                                   "names": {"1. FC Zorbstadt": 2, "Zorbstadt": 3}}}}]
    build_registry(documents, tmp_path, ordinary=set())
    table = yaml.safe_load((tmp_path / "organizations" / "gum.yml").read_text(encoding="utf-8"))
    assert table == {"1-fc-zorbstadt": {"name": "1. FC Zorbstadt", "aliases": ["Zorbstadt"]}}


def test_a_country_id_yaml_reads_as_a_boolean_is_quoted(tmp_path):
    # Synthetic text: Norway's code NO is false, and ON/YES would be true, to a YAML 1.1 tool.
    text = tmp_path / "oslo.txt"
    text.write_text("Examplia talks open in Oslo\n\nNorway and Tajikistan signed an accord on Monday.\n",
                    encoding="utf-8")
    _draft(SAMPLE, [text], tmp_path / "out")
    written = (tmp_path / "out" / "oslo.yml").read_text(encoding="utf-8")
    assert '- id: "NO"' in written and "- id: TJ" in written
    countries = [ref["id"] for ref in yaml.safe_load(written)["countries"]]
    assert "NO" in countries and False not in countries
