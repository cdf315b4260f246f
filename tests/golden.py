"""Regenerate the golden files from the fixture corpus: `make golden`.

The golden files are every Markdown page of tests/fixtures/corpus, and besides them
the site feed, one entity's feed and every download, byte for byte. Run `make golden`
only after a deliberate change to the templates or the renderer, then read the diff
(`git diff tests/golden`) before committing it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.pipeline import read_model, render_files

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fixtures" / "corpus"
GOLDEN = HERE / "golden"
# Outputs that are not pages, addressed as a reader downloads them.
OTHER_OUTPUTS = (
    "feed.xml",
    "feeds/organizations/synthetic-council.xml",
    "data/briefings.json",
    "data/articles.csv",
    "data/entities.csv",
    "data/mentions.csv",
    "data/quotes.csv",
)
# The settings that shape feeds: golden files are rendered without them (relative links,
# the default site name), whatever the shell running the tests has set.
SETTINGS = ("SITE_URL", "SITE_NAME")


def rendered() -> dict[str, bytes]:
    """What the golden files hold, rendered now: path -> bytes."""
    saved = {name: os.environ.pop(name) for name in SETTINGS if name in os.environ}
    try:
        files = render_files(read_model(CORPUS), site_url="")
    finally:
        os.environ.update(saved)
    return {rel: data for rel, data in files.items() if rel.endswith(".md") or rel in OTHER_OUTPUTS}


def golden_files() -> list[str]:
    return sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())


def main() -> None:
    files = rendered()
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for rel, data in files.items():
        target = GOLDEN / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"wrote {len(files)} golden files to {GOLDEN}")


if __name__ == "__main__":
    main()
