"""`ask` and `check` read config.yaml (or --config) as `run` does; `ask --log` writes the question log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.core.question_log import read_log

QUESTION = "how many people do ai contract work in total"


def _confidence(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["ask", "--json", *args, QUESTION]) == 0
    return json.loads(capsys.readouterr().out)


def test_ask_honours_the_threshold_in_config_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    answered = _confidence(capsys, "--threshold", "0.05")["answer"]
    assert answered is not None
    (tmp_path / "config.yaml").write_text("threshold: 0.99\n", encoding="utf-8")
    assert _confidence(capsys)["answer"] is None  # the working directory's config.yaml
    (tmp_path / "low.yaml").write_text("threshold: 0.05\n", encoding="utf-8")
    assert _confidence(capsys, "--config", str(tmp_path / "low.yaml"))["answer"] is not None
    assert _confidence(capsys, "--threshold", "0.05")["answer"] is not None  # the flag wins over the file


def test_ask_and_check_report_a_bad_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("threshold: 3\n", encoding="utf-8")
    for command in (["ask", "--config", str(bad), "copilot"], ["check", "--config", str(bad)]):
        assert main(command) == 2
        assert "Configuration error" in capsys.readouterr().err


def test_check_uses_the_knowledge_dir_of_the_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("knowledge: nowhere\n", encoding="utf-8")
    assert main(["check", "--config", str(config)]) == 1
    assert "knowledge directory not found" in capsys.readouterr().err


def test_ask_logs_only_with_the_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.yaml").write_text("question_log: q.sqlite3\n", encoding="utf-8")
    assert main(["ask", "what powers copilot"]) == 0
    assert not (tmp_path / "q.sqlite3").exists()
    assert main(["ask", "--log", "what powers copilot"]) == 0
    (row,) = read_log(tmp_path / "q.sqlite3")[0]
    assert (row.surface, row.fact_id) == ("cli", "codex-powers-copilot")
    (tmp_path / "config.yaml").write_text("question_log: q2.sqlite3\nlog_questions: false\n", encoding="utf-8")
    assert main(["ask", "--log", "what powers copilot"]) == 0
    assert not (tmp_path / "q2.sqlite3").exists()


def test_ask_and_verify_take_the_snapshot_dir_from_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REPORTING_BOT_SNAPSHOT_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("REPORTING_BOT_SEMANTIC", "false")
    (tmp_path / "config.yaml").write_text("snapshot_dir: from-config\n", encoding="utf-8")
    assert main(["ask", QUESTION]) == 0
    assert list((tmp_path / "from-config").glob("base-*.snapshot"))  # the config's setting, as the bot's own start
    assert not (tmp_path / "xdg").exists()
    (tmp_path / "config.yaml").write_text("snapshot_dir: for-verify\n", encoding="utf-8")
    main(["verify", "OpenAI hired about 1,000 contractors"])
    assert list((tmp_path / "for-verify").glob("base-*.snapshot"))
    # As for every setting, the environment wins over the file.
    monkeypatch.setenv("REPORTING_BOT_SNAPSHOT_DIR", str(tmp_path / "from-env"))
    assert main(["ask", QUESTION]) == 0
    assert list((tmp_path / "from-env").glob("base-*.snapshot"))
    monkeypatch.delenv("REPORTING_BOT_SNAPSHOT_DIR")
    (tmp_path / "config.yaml").write_text("snapshot_dir: 'off'\n", encoding="utf-8")
    before = sorted(tmp_path.rglob("*.snapshot"))
    assert main(["ask", QUESTION]) == 0
    assert sorted(tmp_path.rglob("*.snapshot")) == before and not (tmp_path / "xdg").exists()
    capsys.readouterr()
