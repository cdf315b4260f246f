"""generator/lean_hooks.py takes work off each page without changing a byte of the site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.lean_hooks import first_section_end
from generator.pipeline import generate
from generator.publish import source_date_epoch
from tests.conftest import FIXTURES, ROOT, SAMPLE

CONFIG = ROOT / "mkdocs.yml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def config_without_lean_hooks(folder: Path) -> Path:
    """mkdocs.yml as it is, minus generator/lean_hooks.py (paths made absolute for the copy's folder)."""
    hooks = [line.strip()[2:] for line in CONFIG.read_text(encoding="utf-8").split("\nhooks:\n", 1)[1].splitlines()]
    hooks = [hook for hook in hooks if hook.endswith(".py") and hook != "generator/lean_hooks.py"]
    assert "generator/site_hooks.py" in hooks
    lines = [f"INHERIT: {CONFIG}", "theme:", "  name: material", f"  custom_dir: {ROOT / 'overrides'}", "hooks:"]
    lines += [f"  - {ROOT / hook}" for hook in hooks]
    path = folder / "mkdocs-without-lean-hooks.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mkdocs_build(config: Path, docs: Path, site: Path, epoch: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1", BRIEFINGS_DOCS_DIR=str(docs))
    env.update(SOURCE_DATE_EPOCH=epoch, BRIEFINGS_FINGERPRINT="test", BRIEFINGS_INCREMENTAL="0")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(site)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "content",
    [FIXTURES / "corpus", FIXTURES / "hostile" / "inert" / "content", SAMPLE],
    ids=["fixture-corpus", "hostile-inert", "bundled-content"],
)
def test_site_is_byte_identical_with_and_without_lean_hooks(content, tmp_path):
    model, _ = generate(content, tmp_path / "docs")
    epoch = source_date_epoch(model)
    mkdocs_build(CONFIG, tmp_path / "docs", tmp_path / "lean", epoch)
    mkdocs_build(config_without_lean_hooks(tmp_path), tmp_path / "docs", tmp_path / "plain", epoch)
    lean, plain = snapshot(tmp_path / "lean"), snapshot(tmp_path / "plain")
    assert "search/search_index.json" in lean
    assert sorted(lean) == sorted(plain)
    assert [name for name in plain if lean[name] != plain[name]] == []


def test_first_section_ends_at_a_top_level_second_heading():
    html = '<h1 id="t">T</h1>\n<div class="admonition"><p>box</p></div>\n<h2 id="a">A</h2>\n<p>x</p>'
    assert html[first_section_end(html) :].startswith('<h2 id="a">')
    self_closing = '<h1 id="t">T</h1><p>a<br>b<svg><path d="M0"/></svg></p><h2 id="a">A</h2>'
    assert self_closing[first_section_end(self_closing) :].startswith('<h2 id="a">')


@pytest.mark.parametrize(
    "html",
    [
        '<h1 id="t">T</h1><div><h2 id="a">A</h2></div><p>back in the first section</p>',  # nested: the parser returns
        '<h1 id="t">T</h1><p>only one heading</p>',
        '<h1 id="t">T</h1><h2>no id: no new section</h2>',
        '<h1 id="t">T</h1><script>"<h2 id=x>"</script><h2 id="a">A</h2>',  # raw text the scan cannot read
    ],
)
def test_no_cut_where_it_could_change_the_entries(html):
    assert first_section_end(html) is None
