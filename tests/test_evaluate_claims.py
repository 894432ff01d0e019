"""benchmarks/evaluate_claims.py: totals for any set, the misses listed for development sets only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "evaluate_claims.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_misses_are_refused_on_the_sealed_set_before_it_is_read() -> None:
    # The path need not even exist: the refusal comes before the file is opened.
    for path in (
        "benchmarks/claims.yaml",
        "benchmarks/claims3.yaml",
        "benchmarks/claims4.yaml",
        "benchmarks/claims6.yaml",
        "benchmarks/claims7.yaml",
        "/nonexistent/sealed/dev.yaml",
    ):
        done = _run("--claims", path, "--misses")
        assert done.returncode == 2
        assert "--misses is for development sets only" in done.stderr
        assert "misses:" not in done.stdout


def test_misses_list_each_claim_given_another_verdict(tmp_path: Path) -> None:
    claims = tmp_path / "dev.yaml"
    claims.write_text(
        "- {claim: 'The trainers make $30 an hour', verdict: contradicted, kind: wrong_number}\n"
        "- {claim: 'The trainers make $30 an hour', verdict: supported, kind: 'true'}\n",
        encoding="utf-8",
    )
    done = _run("--claims", str(claims), "--misses")
    assert done.returncode == 0, done.stderr
    assert "verdict accuracy:             50.0% (1/2)" in done.stdout
    misses = done.stdout.split("misses:\n", 1)[1]
    assert misses.count("The trainers make $30 an hour") == 1
    assert "expected supported, given contradicted [" in misses


def test_question_misses_are_refused_on_a_held_out_set_before_it_is_read() -> None:
    script = ROOT / "benchmarks" / "evaluate.py"
    for path in ("benchmarks/heldout2.yaml", "benchmarks/heldout3.yaml"):
        done = subprocess.run(
            [sys.executable, str(script), "--questions", path, "--misses", "--lexical"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == 2
        assert "refused on a held-out set" in done.stderr
        assert "misses:" not in done.stdout
