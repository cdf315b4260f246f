"""tests/browser/chromium.sh, which `make test` and .ci/run call before the browser tests:
nothing to do when Chromium is there; otherwise install Debian's package when it can, or
stop with a message that says how (never skip the browser tests silently)."""

from __future__ import annotations

import os
import subprocess

from tests.conftest import ROOT

SCRIPT = ROOT / "tests" / "browser" / "chromium.sh"


def run(chromium: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, BRIEFINGS_CHROMIUM=chromium)
    return subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)


def test_an_existing_chromium_needs_nothing():
    result = run("/bin/sh")  # any executable stands in for it
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_chromium_it_cannot_install_stops_the_run_and_says_how(tmp_path):
    missing = str(tmp_path / "chromium")
    result = run(missing)
    assert result.returncode == 1
    assert result.stderr.startswith(f"make test: {missing} is missing: the browser tests (tests/browser) need it.")
    assert "sudo apt-get install chromium" in result.stderr and "make test-fast" in result.stderr
