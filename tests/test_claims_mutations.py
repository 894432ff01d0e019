"""benchmarks/claims_mutations.py: one-point false variants of supported development claims, sealed sets refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "claims_mutations.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_sealed_sets_are_refused_before_they_are_read() -> None:
    for path in (
        "benchmarks/claims.yaml",
        "benchmarks/claims3.yaml",
        "benchmarks/claims4.yaml",
        "benchmarks/claims6.yaml",
        "benchmarks/claims7.yaml",
        "/nonexistent/sealed/dev.yaml",
    ):
        done = _run("--claims", path)
        assert done.returncode == 2
        assert "kept apart" in done.stderr


def test_a_swapped_name_and_a_changed_figure_are_counted_and_listed(tmp_path: Path) -> None:
    claims = tmp_path / "dev.yaml"
    claims.write_text("- {claim: 'Savreux earns $15 an hour', verdict: supported}\n", encoding="utf-8")
    done = _run("--claims", str(claims), "--list")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    made = int(first.split()[0])
    assert made >= 4  # Savreux swapped for other people, $15 doubled and halved
    assert first.endswith("supported: 0"), done.stdout
