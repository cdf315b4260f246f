"""The synthetic corpus generator (synthetic/): registry sizes on request, for benchmarks shaped like a team's registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.kinds import EVENT, ORGANIZATION, PERSON
from generator.pipeline import read_model
from synthetic import write_corpus

ROOT = Path(__file__).resolve().parent.parent


def test_a_registry_larger_than_the_articles_mention(tmp_path):
    content = write_corpus(tmp_path / "content", 40, seed=3, registry=(30, 25, 12))
    model = read_model(content)
    assert [len(model.entities[kind]) for kind in (ORGANIZATION, PERSON, EVENT)] == [30, 25, 12]
    never = [e for kind in (ORGANIZATION, PERSON) for e in model.entities[kind] if not e.mentions]
    assert never  # many entries no article mentions, as in the check


def test_the_command_takes_the_registry_sizes(tmp_path):
    run = subprocess.run([sys.executable, "-m", "synthetic", str(tmp_path / "c"), "30", "--registry", "9,8,5"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    model = read_model(tmp_path / "c")
    assert [len(model.entities[kind]) for kind in (PERSON, EVENT)] == [8, 5]
    assert len([e for e in model.entities[ORGANIZATION] if e.id.startswith("synthetic-org-")]) == 9
    bad = subprocess.run([sys.executable, "-m", "synthetic", str(tmp_path / "d"), "30", "--registry", "9,8"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--registry wants three numbers" in bad.stderr
