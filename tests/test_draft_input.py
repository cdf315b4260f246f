"""`draft` on bad and awkward input: one error line naming the file, the other
files still drafted, never a traceback, nothing from the input written as markup."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from generator.draft.document import MAX_BYTES

from .conftest import ROOT, SAMPLE

GOOD = ("DUSHANBE, May 31. /TASS/. Delegations from Kazakhstan and the Collective Security Treaty "
        "Organization (CSTO) met. The CSTO said little.\n")


def _run(files: list[Path], out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "draft", "--content", str(SAMPLE), "--out", str(out),
                           *map(str, files)], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_each_bad_file_gets_one_line_and_the_rest_are_drafted(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-good.txt").write_text("Synthetic headline about the CSTO\n\n" + GOOD, encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.md").write_text("  \n\n  \n", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inputs / "huge.txt").write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    (inputs / "latin1.txt").write_bytes("Caf\xe9 au lait in Minsk, said the synthetic minister.".encode("latin-1"))
    scripts = "<script>document.write('<b>x</b>')</script>" * 2000
    (inputs / "scripts.html").write_text(f"<html><head>{scripts}</head><body>{scripts}</body></html>", encoding="utf-8")
    (inputs / "z-good.md").write_text("# Synthetic Markdown headline\n\n" + GOOD, encoding="utf-8")
    result = _run([inputs], tmp_path / "out")
    errors = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    expected = {"empty.txt": "empty file", "blank.md": "empty file", "binary.txt": "binary file",
                "huge.txt": "file too large", "latin1.txt": "not UTF-8 text", "scripts.html": "no article text"}
    assert len(errors) == len(expected), errors
    for name, reason in expected.items():
        assert any(line.startswith(str(inputs / name) + ": error: ") and reason in line for line in errors), (name, errors)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-good.yml", "z-good.yml"]
    assert "drafted 2 files, 6 failed" in result.stdout


def test_html_page_text_and_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("""<!doctype html><html lang="en"><head>
<title>Ignored | Site</title>
<meta property="og:site_name" content="TASS">
<meta property="og:title" content="Synthetic headline: CSTO meets">
<link rel="canonical" href="https://tass.com/world/1">
<meta property="article:published_time" content="2017-05-30T09:00:00+03:00">
<script>var payload = "<img src=x onerror=alert(1)>";</script>
</head><body><nav>Menu</nav><article><h1>Synthetic headline: CSTO meets</h1>
<p>Delegations from Kazakhstan and the Collective Security Treaty Organization met in a synthetic test
of the page reader, which has to find this paragraph among the scripts and menus.</p>
<p>"The meeting went well and will go on," Andrei Novikov said to synthetic reporters on the day.</p>
</article><script>alert("<b>")</script></body></html>""", encoding="utf-8")
    result = _run([page], tmp_path / "out")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "page.yml").read_text(encoding="utf-8")
    record = yaml.safe_load(text)
    assert record["source"] == "tass"
    assert record["url"] == "https://tass.com/world/1"
    assert str(record["published"]) == "2017-05-30"
    assert record["title"] == "Synthetic headline: CSTO meets"
    assert [r["id"] for r in record["organizations"]] == ["csto"]
    assert [r["id"] for r in record["countries"]] == ["KZ"]
    assert record["quotes"][0]["speaker"] == "andrei-novikov"
    assert "onerror" not in text and "alert" not in text


def test_hostile_text_stays_data(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text('Synthetic "title": <script>alert(1)</script> # not a comment\n\n'
                       "LONDON (Reuters) - key: value\n{{ jinja }} [link](javascript:x) the CSTO met.\n",
                       encoding="utf-8")
    result = _run([article], tmp_path / "out")
    assert result.returncode == 0, result.stderr
    record = yaml.safe_load((tmp_path / "out" / "hostile.yml").read_text(encoding="utf-8"))
    assert record["title"] == 'Synthetic "title": <script>alert(1)</script> # not a comment'
    assert record["dateline"] == "London"


def test_same_stem_twice_is_an_error_not_an_overwrite(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "same.txt").write_text(f"Synthetic headline {folder} here\n\n" + GOOD, encoding="utf-8")
    result = _run([tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt"], tmp_path / "out")
    assert result.returncode == 1
    assert "same name as" in result.stderr
    assert "headline a" in (tmp_path / "out" / "same.yml").read_text(encoding="utf-8")


def test_page_in_its_declared_charset(tmp_path):
    page = tmp_path / "ru.html"
    body = ("<html lang='ru'><head><meta charset='windows-1251'><title>Синтетический заголовок</title></head><body>"
            "<article><h1>Синтетический заголовок о встрече</h1><p>МОСКВА, 31 мая. /ТАСС/. Делегации ОДКБ и "
            "Таджикистана провели синтетическую встречу, которую проверяет этот тест чтения страниц.</p>"
            "<p>«Встреча прошла хорошо и продолжится завтра», — заявил Андрей Новиков журналистам.</p>"
            "</article></body></html>")
    page.write_bytes(body.encode("cp1251"))
    result = _run([page], tmp_path / "out")
    assert result.returncode == 0, result.stderr
    record = yaml.safe_load((tmp_path / "out" / "ru.yml").read_text(encoding="utf-8"))
    assert record["language"] == "ru" and record["source"] == "tass" and record["dateline"] == "Москва"
    assert [r["id"] for r in record["organizations"]] == ["csto"]
    assert [r["id"] for r in record["countries"]] == ["TJ"]
    assert record["quotes"] == [{"speaker": "andrei-novikov", "text": "Встреча прошла хорошо и продолжится завтра"}]
    assert [r.get("role") for r in record["people"]] == ["speaker"]
