"""benchmarks/word_bridges.py: a what-if measure on development sets, refused on sealed ones before they are read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "word_bridges.py"


def test_sealed_sets_are_refused_before_they_are_read() -> None:
    # The paths need not exist: the refusal comes before any file is opened or the encoder loaded.
    sealed = ("benchmarks/heldout9.yaml", "benchmarks/claims10.yaml", "/nonexistent/sealed10/dev.yaml")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--questions", "benchmarks/dev9.yaml", *sealed],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2
    assert all(path in done.stderr for path in sealed)
    assert "dev9.yaml" not in done.stderr
    assert "embedded" not in done.stdout
