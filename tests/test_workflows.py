"""The GitHub workflows pass zizmor, the Actions security linter, with no findings.

zizmor runs offline (no GitHub API): it checks that every action is pinned to a commit,
that permissions are granted per job and only where needed, that checkout does not
leave credentials behind, that no template expands untrusted input into a script.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

ZIZMOR = Path(sys.executable).parent / "zizmor"  # pinned in requirements.lock
WORKFLOWS = ROOT / ".github" / "workflows"


def findings(path: Path) -> list[dict]:
    result = subprocess.run([str(ZIZMOR), "--offline", "--format", "json", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def test_the_workflows_have_no_findings():
    found = findings(WORKFLOWS)
    assert [(f["ident"], f["locations"][0]["concrete"]["feature"]) for f in found] == [], "run: .venv/bin/zizmor --offline .github/workflows/"


def test_zizmor_flags_what_the_workflows_avoid(tmp_path):
    # The same checks see an unpinned action, a workflow-wide write grant and persisted credentials.
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\n"
        "permissions:\n  pages: write\n  id-token: write\n"
        "jobs:\n"
        "  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
        "  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/deploy-pages@v4\n"
    )
    idents = {f["ident"] for f in findings(bad)}
    assert {"unpinned-uses", "excessive-permissions", "artipacked"} <= idents
