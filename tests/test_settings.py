"""Settings: defaults, the config file, the environment, and errors that name the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import settings as settings_module
from bot.settings import Settings, SettingsError, load_settings, read_token

EXAMPLE = Path(__file__).resolve().parents[1] / "config.example.yaml"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(None, {})
    assert settings == Settings()
    assert settings.token_env == "DISCORD_TOKEN" and settings.sharding == "off" and settings.knowledge is None


def test_the_example_config_documents_every_setting_and_loads() -> None:
    settings = load_settings(EXAMPLE, {})
    text = EXAMPLE.read_text(encoding="utf-8")
    for name in settings_module._KEYS:
        assert f"\n{name}:" in text, f"config.example.yaml does not document '{name}'"
    assert settings == Settings()  # the example shows the defaults


def test_a_full_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
knowledge: my-facts
threshold: 0.6
cooldown: {questions: 3, per_seconds: 30}
max_question_length: 400
owner_ids: [123456789012345678, "223456789012345678"]
dev_guild_ids: [323456789012345678]
sharding: {shard_count: 4, shard_ids: [0, 1]}
log_level: debug
token_env: MY_BOT_TOKEN
view_timeout_seconds: 300
""",
    )
    settings = load_settings(path, {})
    assert settings.knowledge == tmp_path / "my-facts"  # relative to the config file, not the working directory
    assert settings.threshold == 0.6
    assert (settings.cooldown_questions, settings.cooldown_seconds) == (3, 30.0)
    assert settings.owner_ids == (123456789012345678, 223456789012345678)
    assert settings.dev_guild_ids == (323456789012345678,)
    assert (settings.sharding, settings.shard_count, settings.shard_ids) == ("fixed", 4, (0, 1))
    assert settings.log_level == "DEBUG" and settings.log_level_number == 10
    assert settings.token_env == "MY_BOT_TOKEN"


@pytest.mark.parametrize(("raw", "expected"), [("off", "off"), ("auto", "auto"), ("false", "off"), ("null", "off")])
def test_sharding_words(tmp_path: Path, raw: str, expected: str) -> None:
    assert load_settings(_write(tmp_path, f"sharding: {raw}\n"), {}).sharding == expected


def test_the_environment_overrides_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "log_level: INFO\n")
    settings = load_settings(
        path, {"REPORTING_BOT_LOG_LEVEL": "WARNING", "REPORTING_BOT_DEV_GUILD_IDS": "[42]", "REPORTING_BOT_SHARDING": "auto"}
    )
    assert (settings.log_level, settings.dev_guild_ids, settings.sharding) == ("WARNING", (42,), "auto")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("treshold: 0.5\n", "unknown setting 'treshold' (did you mean 'threshold'?)"),
        ("threshold: 2\n", "setting 'threshold': must be between 0 and 1"),
        ("threshold: high\n", "setting 'threshold': must be a number"),
        ("cooldown: 5\n", "setting 'cooldown': must be a mapping"),
        ("cooldown: {questions: 0}\n", "setting 'cooldown'.questions: must be at least 1"),
        ("cooldown: {per_second: 5}\n", "setting 'cooldown': unknown key(s) per_second"),
        ("max_question_length: 10000\n", "setting 'max_question_length': must be between 1 and 6000"),
        ("owner_ids: [me]\n", "setting 'owner_ids': must be a list of Discord ids"),
        ("sharding: sometimes\n", "setting 'sharding': must be off, auto, or a mapping"),
        ("sharding: {shard_ids: [0]}\n", "sharding'.shard_count: required"),
        ("sharding: {shard_count: 2, shard_ids: [2]}\n", "shard_ids: must be between 0 and 1"),
        ("log_level: LOUD\n", "setting 'log_level': must be one of DEBUG"),
        ("token_env: 'not a name'\n", "setting 'token_env': must name an environment variable"),
        ("view_timeout_seconds: 3600\n", "setting 'view_timeout_seconds': must be between 1 and 840"),
        ("user_install: maybe\n", "setting 'user_install': must be true or false"),
        ("- a list\n", "must be a mapping of settings"),
        ("threshold: [unclosed\n", "cannot read the config file"),
    ],
)
def test_a_bad_config_names_the_setting(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(_write(tmp_path, text), {})
    assert named in str(raised.value)
    assert str(tmp_path / "config.yaml") in str(raised.value)


def test_a_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"environment variable REPORTING_BOT_THRESHOLD \(setting 'threshold'\)"):
        load_settings(_write(tmp_path, ""), {"REPORTING_BOT_THRESHOLD": "lots"})


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="config file not found"):
        load_settings(tmp_path / "nope.yaml", {})


def test_the_token_comes_from_the_named_variable_only() -> None:
    assert read_token(Settings(), {"DISCORD_TOKEN": " abc \n"}) == "abc"
    assert read_token(Settings(), {"DISCORD_TOKEN": "   "}) is None
    assert read_token(Settings(token_env="OTHER"), {"DISCORD_TOKEN": "abc"}) is None
    assert read_token(Settings(token_env="OTHER"), {"OTHER": "xyz"}) == "xyz"
    assert "token" not in repr(Settings()).replace("token_env", "")


def test_operations_settings(tmp_path: Path) -> None:
    path = _write(tmp_path, "knowledge_follow_outside_links: true\nshutdown_grace_seconds: 2.5\nreload_timeout_seconds: 30\n")
    settings = load_settings(path, {})
    assert settings.knowledge_follow_outside_links is True
    assert settings.shutdown_grace_seconds == 2.5 and settings.reload_timeout_seconds == 30.0
    with pytest.raises(SettingsError, match="shutdown_grace_seconds"):
        load_settings(_write(tmp_path, "shutdown_grace_seconds: -1\n"), {})
    with pytest.raises(SettingsError, match="knowledge_follow_outside_links"):
        load_settings(_write(tmp_path, "knowledge_follow_outside_links: sometimes\n"), {})
