"""Regenerate the golden pages from the fixture corpus: `make golden`.

Run it only after a deliberate change to the templates or the renderer, then
read the diff (`git diff tests/golden`) before committing it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline import read_model
from generator.render import render_pages

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fixtures" / "corpus"
GOLDEN = HERE / "golden"


def rendered_pages() -> dict[str, str]:
    return render_pages(read_model(CORPUS))


def main() -> None:
    pages = rendered_pages()
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for rel, text in pages.items():
        target = GOLDEN / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(pages)} golden pages to {GOLDEN}")


if __name__ == "__main__":
    main()
