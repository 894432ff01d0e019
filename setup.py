"""Build hook: the fact base (knowledge/) ships inside the package as bot/knowledge.

Everything else about the build is in pyproject.toml. An installed bot (pip install ., pipx, a wheel, the
Docker image) finds the fact base beside its code, whatever the working directory; an editable install
reads knowledge/ from the checkout instead (bot/core/loader.py looks in both places).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithKnowledge(build_py):
    def run(self) -> None:
        super().run()
        source = ROOT / "knowledge"
        if getattr(self, "editable_mode", False) or not source.is_dir():
            return
        target = Path(self.build_lib) / "bot" / "knowledge"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]", ".*"))


setup(cmdclass={"build_py": BuildWithKnowledge})
