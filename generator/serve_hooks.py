"""MkDocs hook for `make serve`: regenerate the pages before every rebuild.

`mkdocs serve --watch CONTENT` rebuilds when a record changes; this hook runs
the generator first, so the preview follows the records. Bad records are logged
and the preview keeps showing the last good pages. Outside `make serve` (when
BRIEFINGS_SERVE_CONTENT is unset) the hook does nothing.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("mkdocs.briefings")


def on_pre_build(config) -> None:  # noqa: ANN001 - MkDocs' hook signature
    content = os.environ.get("BRIEFINGS_SERVE_CONTENT")
    if not content:
        return
    from generator.pipeline import generate
    from generator.problems import ContentError

    try:
        _, report = generate(Path(content), Path(config["docs_dir"]))
    except ContentError as exc:
        for line in exc.problems.lines():
            log.error(line)
        log.error("records have problems; showing the last good pages")
        return
    log.info("briefings: %d page(s) regenerated", len(report.written))
