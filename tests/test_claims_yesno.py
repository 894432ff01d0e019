"""benchmarks/claims_yesno.py: yes/no questions and false variants of true development claims, sealed sets refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "claims_yesno.py"
sys.path.insert(0, str(ROOT / "benchmarks"))

from claims_yesno import english_questions, french_questions  # noqa: E402


def test_sealed_sets_are_refused_before_they_are_read() -> None:
    for path in (
        "benchmarks/claims.yaml",
        "benchmarks/claims10.yaml",
        "benchmarks/claims11.yaml",
        "/nonexistent/sealed/dev.yaml",
    ):
        done = subprocess.run(
            [sys.executable, str(SCRIPT), "--claims", path], capture_output=True, text=True, cwd=ROOT, timeout=120
        )
        assert done.returncode == 2
        assert "kept apart" in done.stderr


def test_a_statement_is_asked_in_each_form_of_its_language() -> None:
    asked = dict(english_questions("OpenAI hired about 1,000 contractors"))
    assert asked["did"] == "Did OpenAI hire about 1,000 contractors?"
    assert asked["is-it-true"] == "Is it true that OpenAI hired about 1,000 contractors?"
    assert dict(english_questions("The trainers were paid $15 an hour"))["inversion"] == "Were the trainers paid $15 an hour?"
    french = dict(french_questions("Sama a mis fin à son partenariat avec OpenAI"))
    assert french["inversion"] == "Sama a-t-il mis fin à son partenariat avec OpenAI ?"
    assert french["est-ce-que"] == "Est-ce que Sama a mis fin à son partenariat avec OpenAI ?"
