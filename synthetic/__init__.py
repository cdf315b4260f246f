"""Synthetic records for the tests and the bench: clearly made up, made by a generator.

- `write_corpus` (synthetic/corpus.py) is the one synthetic corpus: seeded, Zipf-shaped,
  any size. `make bench` measures it; the tests that need more than a hand-written
  fixture build it (with options for what they look for) instead of a corpus of their own.
- synthetic/hostile.py is the catalogue of hostile-but-valid text (one case per kind of
  attack, in every text field), committed as tests/fixtures/hostile/inert/content and
  written by the same `write_files`: `python -m synthetic.hostile` regenerates it.

Neither the generator nor its users need this package; it lives beside `generator/`
so that `tests/` and `bench/` both import it without importing each other.
"""

from .corpus import CORPUS_VERSION, new_article, write_corpus, write_files

__all__ = ["CORPUS_VERSION", "new_article", "write_corpus", "write_files"]
