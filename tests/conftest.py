"""Shared helpers: write a small content folder from text, run the pipeline on it."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from generator.pipeline import read_model
from generator.problems import ContentError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# How hard the randomised tests search (Hypothesis examples; random edit sequences scale
# with it): `PROPERTY_EXAMPLES=5000 make test` searches harder, `make test-fast` less.
PROPERTY_EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "150"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tiers of `make test-fast` (deselects both marks) and `make test` (runs all).

    A test that needs a built site (the build_site fixture, directly or through another
    fixture) runs MkDocs; every test under tests/browser drives Chromium. Tests that
    call MkDocs another way carry the mark themselves."""
    for item in items:
        if "build_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.mkdocs)
        if "browser" in item.path.relative_to(ROOT).parts:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.mkdocs)


def write_corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create a content folder: relative path -> file text (dedented) or raw bytes."""
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return root


def people_found(tmp_path: Path, people: str):
    """A people registry written under `tmp_path`, and draft's linker over it: text -> {words
    linked: the registered id} (for the draft tests of people)."""
    from generator.draft.gazetteer import build_gazetteer
    from generator.draft.linker import link
    from generator.draft.text import tokenize

    root = tmp_path / "c"
    write_corpus(root, {"people/p.yml": people})
    gazetteer = build_gazetteer(read_model(root))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    return found


def organizations_gazetteer(root: Path, bodies: dict):
    """Draft's gazetteer of a registry holding only `bodies` (id -> organization record), written
    under `root` (for the draft tests of organizations)."""
    import yaml

    from generator.draft.gazetteer import build_gazetteer

    content = root / "content"
    (content / "organizations").mkdir(parents=True)
    (content / "organizations" / "synthetic.yml").write_text(yaml.safe_dump(bodies, allow_unicode=True),
                                                               encoding="utf-8")
    return build_gazetteer(read_model(content))


def linked_words(gazetteer, text: str) -> dict[str, str]:
    """Each mention draft's linker finds in `text`, as written -> the id it references."""
    from generator.draft.linker import link
    from generator.draft.text import tokenize

    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def linked_ids(gazetteer, text: str) -> set[str]:
    """The registered ids draft's linker finds in `text` (for the draft tests of precision)."""
    from generator.draft.linker import link
    from generator.draft.text import tokenize

    return {m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def doubt_reasons(gazetteer, text: str) -> str:
    """Why draft's linker left names out of `text`, joined by " | "."""
    from generator.draft.linker import link
    from generator.draft.text import tokenize

    return " | ".join(d.reason for d in link(text, tokenize(text), gazetteer).doubts)


def problems_of(root: Path) -> list[str]:
    """The problem lines for a content folder (paths relative to `root`), or [] if it is valid."""
    import os

    here = os.getcwd()
    os.chdir(root)
    try:
        read_model(Path("."))
    except ContentError as exc:
        return exc.problems.lines()
    finally:
        os.chdir(here)
    return []


MINIMAL = {
    "sources/s.yml": """
        wire:
          name: Synthetic Wire
          kind: news-agency
    """,
    "organizations/o.yml": """
        alpha-bloc:
          name: Alpha Bloc
          aliases: [AB]
          kind: intergovernmental
    """,
    "articles/a1.yml": """
        title: Synthetic headline one
        source: wire
        published: 2020-01-15
        summary: A synthetic summary.
        organizations: [alpha-bloc]
        countries: [France]
    """,
}


@pytest.fixture
def corpus(tmp_path: Path):
    """Build a content folder from MINIMAL plus overrides: corpus({'path': text or None})."""

    def make(overrides: dict[str, str | bytes | None] | None = None) -> Path:
        files: dict = dict(MINIMAL)
        for rel, body in (overrides or {}).items():
            if body is None:
                files.pop(rel, None)
            else:
                files[rel] = body
        return write_corpus(tmp_path / "content", files)

    return make


@pytest.fixture(scope="session")
def build_site(tmp_path_factory):
    """Build a site from a content folder once per test session: build(content, site_url='') -> site dir.

    Runs `python -m generator site` in a subprocess, as a user would, so SITE_URL reaches MkDocs."""
    import os
    import subprocess
    import sys

    built: dict[tuple[str, str], Path] = {}

    def build(content: Path, site_url: str = "") -> Path:
        key = (str(content), site_url)
        if key not in built:
            work = tmp_path_factory.mktemp("site")
            env = dict(os.environ, PYTHONPATH=str(ROOT), SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
            result = subprocess.run(
                [sys.executable, "-m", "generator", "site", "--content", str(content),
                 "--docs", str(work / "docs"), "--site", str(work / "site")],
                cwd=work, env=env, capture_output=True, text=True, timeout=600,
            )
            assert result.returncode == 0, result.stderr
            # site.spare (and its record) is the linked copy the next edit starts from (generator/spare_site.py).
            assert sorted(p.name for p in work.iterdir()) == ["docs", "site", "site.spare", "site.spare.json"], "wrote outside its folders"
            built[key] = work / "site"
        return built[key]

    return build
