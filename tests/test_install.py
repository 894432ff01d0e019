"""A non-editable install (what pip install ., pipx, a wheel and the Docker image do) finds the shipped fact base.

Slow (it builds the package and installs its dependencies into a fresh virtual environment, from the
package index pip is configured with), so it runs only when asked: `python -m pytest -m install`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.install


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_the_wheel_ships_the_fact_base(tmp_path: Path) -> None:
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path, ROOT, cwd=tmp_path)
    (wheel,) = tmp_path.glob("reporting_bot-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "knowledge").rglob("*") if p.is_file()}
    assert shipped and {f"bot/{name}" for name in shipped} <= names
    assert "bot/core/lexicon/words.txt" in names


def test_a_fresh_non_editable_install_answers_from_outside_the_checkout(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", ROOT, cwd=tmp_path)  # not -e: the package is copied into the venv
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(elsewhere), "PYTHONIOENCODING": "utf-8"}
    located = _run(
        python,
        "-c",
        "import bot, bot.core.loader as l; print(bot.__file__); print(l.DEFAULT_KNOWLEDGE_DIR)",
        cwd=elsewhere,
        env=env,
    )
    package, knowledge = located.stdout.split()
    assert not Path(package).is_relative_to(ROOT) and Path(knowledge).is_relative_to(venv)
    answer = _run(python, "-m", "bot", "ask", "How many contractors did OpenAI hire?", cwd=elsewhere, env=env).stdout
    assert "1,000" in answer and "Semafor" in answer
    assert _run(python, "-m", "bot", "check", "--quiet", cwd=elsewhere, env=env).stdout.startswith("OK: ")
