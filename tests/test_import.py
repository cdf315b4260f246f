"""`python -m generator import`: real exports into a content folder, checked as make check checks it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.importers.identity import DETERMINERS, PRONOUNS
from generator.names import normalize
from generator.pipeline import read_model

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
GUM = FIXTURES / "gum"
CUSTOM_LAYER = [
    "--layer", "webanno.custom.Referent", "--type-feature", "entity", "--link-feature", "identity",
    "--map", "person=person", "--map", "organization=organization", "--map", "place=country", "--map", "event=event",
]
SOURCE = "wikinews:\n  name: Wikinews\n  url: https://en.wikinews.org/\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "wikinews.yml").write_text(SOURCE, encoding="utf-8")
    return folder


def run_import(content: Path, *args: str) -> int:
    return main(["import", *args, "--content", str(content)])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_gum_news_import_checks_and_references_every_linked_entity(content, capsys):
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM)) == 0
    out = capsys.readouterr().out
    assert "check: ok: 3 articles, 1 event, 10 organizations, 6 countries, 10 people, 1 source" in out
    model = read_model(content)  # what make check reads
    asylum = load(content / "articles" / "imported" / "GUM_news_asylum.yml")
    assert asylum["id"] == "gum-news-asylum" and asylum["published"] == "2015-05-18" and asylum["source"] == "wikinews"
    assert {"john-kerry", "najib-razak"} <= set(asylum["people"])
    assert {"Indonesia", "Malaysia", "Thailand", "Myanmar", "United States"} <= set(asylum["countries"])
    assert "united-nations" in asylum["organizations"]
    assert "aceh" not in " ".join(asylum["countries"]).lower()  # a province is no country
    people = load(content / "people" / "imported.yml")
    assert people["najib-razak"]["name"] == "Najib Razak"
    events = load(content / "events" / "imported.yml")
    assert events["hajj"]["kind"] == "other" and events["hajj"]["start"] == "2015-09-12"
    organizations = load(content / "organizations" / "imported.yml")
    assert organizations["ministry-of-culture-and-sports-greece"]["name"] == "Ministry of Culture and Sports (Greece)"
    article_ids = {a.id for a in model.articles}
    assert article_ids == {"gum-news-asylum", "gum-news-crane", "gum-news-worship"}


def test_no_alias_only_refers_back(content):
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM)) == 0
    for kind in ("people", "organizations", "events"):
        for ident, entry in load(content / kind / "imported.yml").items():
            for alias in entry.get("aliases", []):
                first = alias.split()[0].lower()
                assert first not in PRONOUNS and first not in DETERMINERS, (ident, alias)
                assert "'s" not in alias and "’s" not in alias, (ident, alias)
                assert alias[0].isupper() or alias[0].isdigit(), (ident, alias)
    people = load(content / "people" / "imported.yml")
    assert "aliases" not in people["najib-razak"]  # "his" and "Malaysia 's Prime Minister" are linked to him, and are not names
    # "I" and "editor at large at the Saudi Gazette" are linked to him too; the hyphenated spelling is a name.
    assert people["khaled-al-maeena"]["aliases"] == ["Khaled Al-Maeena"]


def test_importing_twice_gives_the_same_files(content, capsys):
    args = ["webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM)]
    assert run_import(content, *args) == 0
    first = snapshot(content)
    capsys.readouterr()
    assert run_import(content, *args) == 0
    assert snapshot(content) == first
    assert "files written: 0" in capsys.readouterr().out


def test_existing_registry_entries_are_matched_and_never_edited(content):
    (content / "people").mkdir()
    hand_written = "kerry:\n  name: John Forbes Kerry\n  aliases: [John Kerry]\n"
    (content / "people" / "ours.yml").write_text(hand_written, encoding="utf-8")
    (content / "countries.yml").write_text("MM:\n  aliases: [Burma]\n", encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM / "GUM_news_asylum.tsv")) == 0
    asylum = load(content / "articles" / "imported" / "GUM_news_asylum.yml")
    assert "kerry" in asylum["people"] and "john-kerry" not in asylum["people"]
    assert "john-kerry" not in load(content / "people" / "imported.yml")
    assert (content / "people" / "ours.yml").read_text(encoding="utf-8") == hand_written


def test_wikidata_links_match_the_registry_first(content, tmp_path):
    (content / "organizations").mkdir()
    (content / "organizations" / "ours.yml").write_text("cis:\n  name: Commonwealth of Independent States\n  wikidata: Q7779\n"
                                                        "other:\n  name: The Commonwealth\n", encoding="utf-8")
    text = "The Commonwealth met in Minsk."
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{"id": 1, "data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 4, "end": 16, "text": "Commonwealth", "labels": ["ORG"]}},
        {"id": "a", "type": "textarea", "value": {"text": ["Q7779"]}},
    ]}]}]), encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,title,published,source,summary\nexport-1,T,2017-05-31,wikinews,S.\n", encoding="utf-8")
    assert run_import(content, "label-studio", "--meta", str(meta), str(export)) == 0
    assert load(content / "articles" / "imported" / "export-1.yml")["organizations"] == ["cis"]
    assert not (content / "organizations" / "imported.yml").exists()


def test_imported_entries_keep_hand_edits(content, tmp_path):
    export = tmp_path / "export.json"
    shutil.copy(FIXTURES / "label-studio" / "tutorial.json", export)
    meta = tmp_path / "meta.csv"
    meta.write_text("file,title,published,source,summary,tags\n"
                    "export-1,Tutorial,2012-01-01,wikinews,brat's tutorial sentence.,Banking; Human Rights\n"
                    "export-2,Tutorial again,2012-01-02,wikinews,The same behind an emoji.,banking\n", encoding="utf-8")
    args = ["label-studio", "--meta", str(meta), "--map", "Person=person", str(export)]
    assert run_import(content, *args) == 0
    people_file = content / "people" / "imported.yml"
    people = load(people_file)
    assert people["carlos-salinas-de-gortari"]["name"] == "Carlos Salinas de Gortari"
    article = load(content / "articles" / "imported" / "export-1.yml")
    assert article["countries"] == ["Switzerland"] and article["tags"] == ["banking", "human-rights"]
    assert article["people"] == ["carlos-salinas-de-gortari"]  # Raul Salinas de Gortari has no link: left out
    people_file.write_text(people_file.read_text(encoding="utf-8").replace(
        "  name: Carlos Salinas de Gortari\n", "  name: Carlos Salinas de Gortari\n  description: President of Mexico, 1988-1994.\n"), encoding="utf-8")
    assert run_import(content, *args) == 0
    assert load(people_file)["carlos-salinas-de-gortari"]["description"] == "President of Mexico, 1988-1994."


def test_unlinked_names_are_entities_when_nothing_is_linked(content, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("file,published,source,summary\n080-event-annotation.ann,2012-01-01,wikinews,brat tutorial.\n", encoding="utf-8")
    assert run_import(content, "brat", "--meta", str(meta), str(FIXTURES / "brat" / "080-event-annotation.ann")) == 0
    organizations = load(content / "organizations" / "imported.yml")
    assert {"youtube", "google", "amazon", "apple", "facebook"} <= set(organizations)
    article = load(content / "articles" / "imported" / "080-event-annotation.yml")
    assert article["organizations"].count("youtube") == 1
    first_line = (FIXTURES / "brat" / "080-event-annotation.txt").read_text(encoding="utf-8").splitlines()[0]
    assert article["title"] == first_line.strip()  # no title in the metadata: the first sentence


def test_a_broken_file_is_reported_and_the_others_are_imported(content, tmp_path, capsys):
    exports = tmp_path / "exports"
    exports.mkdir()
    shutil.copy(GUM / "GUM_news_worship.tsv", exports)
    (exports / "broken.tsv").write_text("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Referent|entity|identity\n\n\n"
                                        "#Text=A b\n1-1\t0-1\tA\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text((GUM / "meta.csv").read_text(encoding="utf-8") + "broken.tsv,B,2020-01-01,wikinews,x\n", encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(meta), str(exports)) == 1
    err = capsys.readouterr().err
    assert "broken.tsv:6:1: error: expected 5 tab-separated columns" in err
    assert (content / "articles" / "imported" / "GUM_news_worship.yml").is_file()
    assert not (content / "articles" / "imported" / "broken.yml").exists()


def test_missing_metadata_names_the_document_and_writes_nothing_for_it(content, capsys):
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, str(GUM / "GUM_news_crane.tsv")) == 1
    err = capsys.readouterr().err
    assert "GUM_news_crane.tsv:1:1: error: document 'GUM_news_crane' has no 'source', 'published', 'summary'" in err
    assert not (content / "articles" / "imported").exists()


def test_a_broken_metadata_csv_stops_before_anything_is_written(content, tmp_path, capsys):
    meta = tmp_path / "meta.csv"
    meta.write_text("file,title,publised\nGUM_news_crane.tsv,T,2015-09-12\n", encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(meta), str(GUM)) == 1
    assert "unknown column 'publised'; did you mean 'published'?" in capsys.readouterr().err
    assert snapshot(content) == {"sources/wikinews.yml": SOURCE.encode()}


def test_the_result_is_checked_like_make_check(content, tmp_path, capsys):
    meta = tmp_path / "meta.csv"
    meta.write_text("file,published,source,summary\nGUM_news_crane.tsv,2015-09-12,no-such-source,S.\n", encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(meta), str(GUM / "GUM_news_crane.tsv")) == 1
    err = capsys.readouterr().err
    assert "GUM_news_crane.yml:4:9: error: source: no source 'no-such-source'" in err
    assert "nothing written: the imported records would not pass make check" in err
    assert snapshot(content) == {"sources/wikinews.yml": SOURCE.encode()}  # never a file make check refuses


def test_problems_already_in_the_folder_are_reported_but_do_not_stop_the_import(content, capsys):
    (content / "people").mkdir()
    (content / "people" / "old.yml").write_text("old:\n  name: Old Entry\n  nmae: typo\n", encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM / "GUM_news_crane.tsv")) == 1
    assert "old.yml:3:3: error: unknown field 'nmae'; did you mean 'name'?" in capsys.readouterr().err
    assert (content / "articles" / "imported" / "GUM_news_crane.yml").is_file()


def test_ids_are_readable_and_unique(content, tmp_path):
    (content / "people").mkdir()
    (content / "people" / "ours.yml").write_text("najib-razak:\n  name: Another Person Entirely\n", encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM / "GUM_news_asylum.tsv")) == 0
    people = load(content / "people" / "imported.yml")
    assert people["najib-razak-2"]["name"] == "Najib Razak"
    assert normalize("Najib Razak") not in {normalize(v["name"]) for k, v in people.items() if k != "najib-razak-2"}


def test_in_a_layer_of_names_unlinked_names_are_entities_too(content, tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    text = "Angela Merkel met Emmanuel Macron and Merkel's staff in France."
    (exports / "meeting.txt").write_text(text, encoding="utf-8")
    (exports / "meeting.ann").write_text(
        "T1\tPER 0 13\tAngela Merkel\nN1\tReference T1 Wikidata:Q567\tAngela Merkel\n"
        "T2\tPER 18 33\tEmmanuel Macron\nT3\tPER 38 44\tMerkel\nN2\tReference T3 Wikidata:Q567\tAngela Merkel\n"
        "T4\tGPE 56 62\tFrance\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,title,published,source,summary\nmeeting,A meeting,2020-01-01,wikinews,S.\n", encoding="utf-8")
    assert run_import(content, "brat", "--meta", str(meta), str(exports)) == 0
    article = load(content / "articles" / "imported" / "meeting.yml")
    assert article["people"] == ["angela-merkel", "emmanuel-macron"] and article["countries"] == ["France"]
    people = load(content / "people" / "imported.yml")
    assert people["angela-merkel"] == {"name": "Angela Merkel", "wikidata": "Q567", "aliases": ["Merkel"]}
    assert run_import(content, "brat", "--unlinked", "skip", "--meta", str(meta), str(exports)) == 0
    assert load(content / "articles" / "imported" / "meeting.yml")["people"] == ["angela-merkel"]


def test_an_inception_project_export_is_read_by_document_curated_first(content, tmp_path):
    project = tmp_path / "project"
    for folder, user in (("annotation", "alice"), ("annotation", "bob"), ("curation", "CURATION_USER")):
        target = project / folder / "GUM_news_worship.txt"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(GUM / "GUM_news_worship.tsv", target / f"{user}.tsv")
    (project / "annotation" / "GUM_news_crane.txt").mkdir()
    shutil.copy(GUM / "GUM_news_crane.tsv", project / "annotation" / "GUM_news_crane.txt" / "alice.tsv")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(project)) == 0
    assert sorted(p.name for p in (content / "articles" / "imported").iterdir()) == ["GUM_news_crane.yml", "GUM_news_worship.yml"]


def test_two_links_sharing_a_name_stay_two_entities(content, tmp_path):
    # Synthetic: two people of the same name, told apart only by their (made-up) Wikidata ids.
    def task(ident: int, qid: str) -> dict:
        return {"id": ident, "data": {"text": "John Smith spoke."}, "annotations": [{"result": [
            {"id": "r", "type": "labels", "value": {"start": 0, "end": 10, "text": "John Smith", "labels": ["PER"]}},
            {"id": "r", "type": "choices", "value": {"choices": [qid]}}]}]}

    export = tmp_path / "same.json"
    export.write_text(json.dumps([task(1, "Q9000001"), task(2, "Q9000002")]), encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,title,published,source,summary\nsame-1,A,2020-01-01,wikinews,S.\nsame-2,B,2020-01-02,wikinews,S.\n", encoding="utf-8")
    assert run_import(content, "label-studio", "--meta", str(meta), str(export)) == 0
    people = load(content / "people" / "imported.yml")
    assert {k: v["wikidata"] for k, v in people.items()} == {"john-smith": "Q9000001", "john-smith-2": "Q9000002"}
    assert load(content / "articles" / "imported" / "same-2.yml")["people"] == ["john-smith-2"]
    before = snapshot(content)
    assert run_import(content, "label-studio", "--meta", str(meta), str(export)) == 0
    assert snapshot(content) == before


def test_imported_gum_news_build_a_site_whose_articles_link_their_entities(tmp_path_factory, build_site):
    content = tmp_path_factory.mktemp("imported") / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "wikinews.yml").write_text(SOURCE, encoding="utf-8")
    assert run_import(content, "webanno-tsv", *CUSTOM_LAYER, "--meta", str(GUM / "meta.csv"), str(GUM)) == 0
    site = build_site(content)
    for article in sorted((content / "articles" / "imported").glob("*.yml")):
        record = load(article)
        page = (site / "articles" / record["id"] / "index.html").read_text(encoding="utf-8")
        for field, folder in (("people", "people"), ("organizations", "organizations"), ("events", "events")):
            for ident in record.get(field, []):
                assert f'href="../../{folder}/{ident}/"' in page, (record["id"], ident)
                assert (site / folder / ident / "index.html").is_file()
    assert json.loads((site / "schema" / "articles.json").read_text(encoding="utf-8"))["title"] == "Briefings article"
