"""A fingerprint of the generator itself: what, besides the records, decides a page's bytes.

A leaf module (standard library only): record_cache tags its cached records with
the fingerprint and incremental renders every page when it changes, and neither
should pull in what the other imports.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR.parent / "templates"
# Libraries whose output reaches the pages: an upgrade may change any page.
PAGE_LIBRARIES = ("jinja2", "markupsafe", "pycountry", "pyyaml")

_code_fingerprint: str | None = None


def code_fingerprint() -> str:
    """A digest of the generator's modules, its templates and the libraries that shape pages."""
    global _code_fingerprint
    if _code_fingerprint is None:
        digest = hashlib.blake2b(digest_size=16)
        for folder, pattern in ((GENERATOR, "*.py"), (TEMPLATES, "**/*")):
            for path in sorted(folder.glob(pattern)):
                if path.is_file():
                    digest.update(f"{path.relative_to(folder.parent)}\0".encode() + path.read_bytes() + b"\0")
        for name in PAGE_LIBRARIES:
            digest.update(f"{name} {metadata.version(name)}\0".encode())
        _code_fingerprint = digest.hexdigest()
    return _code_fingerprint
