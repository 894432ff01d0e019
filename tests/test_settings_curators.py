"""The question log's and the knowledge watcher's settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings, question_log_path


def test_the_question_log_defaults_to_the_user_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert question_log_path(Settings(), {"XDG_DATA_HOME": "/srv/data"}) == Path("/srv/data/reporting-bot/questions.sqlite3")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert question_log_path(Settings(), {}) == tmp_path / ".local/share/reporting-bot/questions.sqlite3"
    assert question_log_path(Settings(), {"XDG_DATA_HOME": "relative/is/ignored"}).is_relative_to(tmp_path)


def test_a_relative_question_log_is_beside_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "question_log: questions.sqlite3\nquestion_log_retention_days: 30\nlog_questions: false\n"
        "watch_knowledge: true\nwatch_interval_seconds: 0.5\n",
        encoding="utf-8",
    )
    settings = load_settings(config, {})
    assert question_log_path(settings) == tmp_path / "questions.sqlite3"
    assert settings.question_log_retention_days == 30 and settings.log_questions is False
    assert settings.watch_knowledge is True and settings.watch_interval_seconds == 0.5


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("question_log: 5\n", "question_log"),
        ("question_log_retention_days: 0\n", "question_log_retention_days"),
        ("log_questions: maybe\n", "log_questions"),
        ("watch_knowledge: 1\n", "watch_knowledge"),
        ("watch_interval_seconds: 0\n", "watch_interval_seconds"),
    ],
)
def test_bad_values_name_the_setting(tmp_path: Path, text: str, named: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=named):
        load_settings(config, {})
