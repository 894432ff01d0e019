"""The bot's settings: a config YAML file plus the environment, read into a frozen Settings.

Nothing happens at import time; `load_settings` is called once by the entry point. The Discord token is
never part of Settings (so it can never be printed with them): `read_token` fetches it from the
environment variable the settings name, when it is needed.

Every top-level setting can also be given in the environment as ``REPORTING_BOT_<NAME>`` (upper case),
its value written as YAML (``REPORTING_BOT_DEV_GUILD_IDS="[1234]"``); the environment wins over the file.
"""

from __future__ import annotations

import difflib
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from bot.core.engine import DEFAULT_THRESHOLD

ENV_PREFIX = "REPORTING_BOT_"
DEFAULT_CONFIG = Path("config.yaml")
DEFAULT_TOKEN_ENV = "DISCORD_TOKEN"
#: Interaction tokens live 15 minutes; a view must time out before that so it can still edit its message.
MAX_VIEW_TIMEOUT = 14 * 60
#: Discord caps a slash-command string option at 6,000 characters; a DM at 4,000 (with Nitro).
MAX_QUESTION_CAP = 6000
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
Sharding = Literal["off", "auto", "fixed"]

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_KEYS = (
    "knowledge",
    "threshold",
    "cooldown",
    "max_question_length",
    "owner_ids",
    "dev_guild_ids",
    "sharding",
    "log_level",
    "token_env",
    "view_timeout_seconds",
    "user_install",
    "knowledge_follow_outside_links",
    "shutdown_grace_seconds",
    "reload_timeout_seconds",
    "semantic",
    "embedding_cache",
    "snapshot_dir",
    "languages_file",
    "log_questions",
    "question_log",
    "question_log_retention_days",
    "watch_knowledge",
    "watch_interval_seconds",
)
QUESTION_LOG_NAME = "questions.sqlite3"


class SettingsError(ValueError):
    """A setting is missing, unknown or invalid; the message names it."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot is configured with, validated. The token is deliberately not here."""

    #: The fact base directory; None means the one shipped with the package.
    knowledge: Path | None = None
    threshold: float = DEFAULT_THRESHOLD
    #: Per user: at most `cooldown_questions` questions every `cooldown_seconds` (across /ask, DMs, mentions).
    cooldown_questions: int = 5
    cooldown_seconds: float = 60.0
    max_question_length: int = 500
    owner_ids: tuple[int, ...] = ()
    #: Guilds to sync commands to at start (instant, for development); empty means a global sync.
    dev_guild_ids: tuple[int, ...] = ()
    sharding: Sharding = "off"
    #: With sharding "fixed": the total number of shards, and the ones this process runs (None: all).
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    log_level: str = "INFO"
    token_env: str = DEFAULT_TOKEN_ENV
    #: Buttons and menus stop working this long after a message is sent or turned (a later press greys them out).
    view_timeout_seconds: float = 600.0
    #: Also offer the commands as a user-installed app (usable in any DM or group DM): the Discord
    #: application must allow user installs first.
    user_install: bool = False
    #: Load knowledge files that symbolic links put outside the knowledge directory (refused by default).
    knowledge_follow_outside_links: bool = False
    #: On SIGTERM or SIGINT: how long questions already received keep being answered before the bot disconnects.
    shutdown_grace_seconds: float = 10.0
    #: A /reload that has not finished loading within this time is abandoned (the old base is kept).
    reload_timeout_seconds: float = 60.0
    #: Re-rank the closest candidates with the multilingual sentence encoder (bot/core/semantic.py).
    semantic: bool = True
    #: Where the fact embeddings are cached; None: $XDG_CACHE_HOME/reporting-bot (or ~/.cache/reporting-bot).
    embedding_cache: Path | None = None
    #: Where compiled snapshots of the fact base go (bot/core/snapshot.py): None for the user's cache
    #: directory, "off" for none.
    snapshot_dir: str | None = None
    #: Where each user's /language choice is kept across restarts (a JSON file); None: in memory only.
    languages_file: Path | None = None
    #: Keep a log of the questions asked (and "Wrong answer?" presses and picks) for the `misses` report.
    log_questions: bool = True
    #: The question log's SQLite file; None: questions.sqlite3 in the user's data directory (`question_log_path`).
    question_log: Path | None = None
    #: Log entries older than this many days are deleted at start-up.
    question_log_retention_days: float = 90.0
    #: Reload the fact base by itself when its files change (checked every `watch_interval_seconds`).
    watch_knowledge: bool = False
    watch_interval_seconds: float = 2.0

    @property
    def log_level_number(self) -> int:
        return logging.getLevelName(self.log_level)


def read_token(settings: Settings, environ: Mapping[str, str] | None = None) -> str | None:
    """The Discord token from the environment variable the settings name, or None when unset or blank."""
    value = (os.environ if environ is None else environ).get(settings.token_env, "")
    return value.strip() or None


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the bot keeps its data when no config file says: $XDG_DATA_HOME/reporting-bot (~/.local/share/...)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_DATA_HOME", "").strip()
    root = Path(base).expanduser() if base and Path(base).expanduser().is_absolute() else Path.home() / ".local" / "share"
    return root / "reporting-bot"


def question_log_path(settings: Settings, environ: Mapping[str, str] | None = None) -> Path:
    """The question log's file: the setting (a relative one is relative to the config file), else the default."""
    return settings.question_log or data_dir(environ) / QUESTION_LOG_NAME


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the config file (default: ./config.yaml when present) and the environment into Settings.

    Raises SettingsError naming the file and the setting when anything is wrong.
    """
    environ = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    origin: dict[str, str] = {}
    config_dir = Path.cwd()
    if path is None and DEFAULT_CONFIG.is_file():
        path = DEFAULT_CONFIG
    if path is not None:
        if not path.is_file():
            raise SettingsError(f"{path}: config file not found")
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise SettingsError(f"{path}: cannot read the config file: {exc}") from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise SettingsError(f"{path}: the config file must be a mapping of settings, not {type(loaded).__name__}")
        for key, value in loaded.items():
            if key not in _KEYS:
                hint = difflib.get_close_matches(str(key), _KEYS, n=1)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                raise SettingsError(f"{path}: unknown setting '{key}'{suggestion}; see config.example.yaml")
            raw[key] = value
            origin[key] = f"{path}: setting '{key}'"
        config_dir = path.resolve().parent
    for key in _KEYS:
        name = ENV_PREFIX + key.upper()
        if name in environ:
            try:
                raw[key] = yaml.safe_load(environ[name])
            except yaml.YAMLError as exc:
                raise SettingsError(f"environment variable {name} (setting '{key}'): not valid YAML: {exc}") from exc
            origin[key] = f"environment variable {name} (setting '{key}')"
    return _build(raw, origin, config_dir)


def _build(raw: dict[str, Any], origin: dict[str, str], config_dir: Path) -> Settings:
    def where(key: str) -> str:
        return origin.get(key, f"setting '{key}'")

    values: dict[str, Any] = {}
    if raw.get("knowledge") is not None:
        knowledge = raw["knowledge"]
        if not isinstance(knowledge, str) or not knowledge.strip():
            raise SettingsError(f"{where('knowledge')}: must be a directory path, not {knowledge!r}")
        resolved = Path(knowledge).expanduser()
        values["knowledge"] = resolved if resolved.is_absolute() else config_dir / resolved
    if "threshold" in raw:
        values["threshold"] = _number(raw["threshold"], where("threshold"), low=0.0, high=1.0)
    if "cooldown" in raw:
        cooldown = raw["cooldown"]
        if not isinstance(cooldown, dict):
            raise SettingsError(f"{where('cooldown')}: must be a mapping with 'questions' and 'per_seconds'")
        unknown = set(cooldown) - {"questions", "per_seconds"}
        if unknown:
            raise SettingsError(f"{where('cooldown')}: unknown key(s) {', '.join(map(str, sorted(unknown)))}")
        if "questions" in cooldown:
            values["cooldown_questions"] = _integer(cooldown["questions"], where("cooldown") + ".questions", low=1)
        if "per_seconds" in cooldown:
            values["cooldown_seconds"] = _number(cooldown["per_seconds"], where("cooldown") + ".per_seconds", low=0.001)
    if "max_question_length" in raw:
        values["max_question_length"] = _integer(
            raw["max_question_length"], where("max_question_length"), low=1, high=MAX_QUESTION_CAP
        )
    for key in ("owner_ids", "dev_guild_ids"):
        if raw.get(key) is not None:
            values[key] = _snowflakes(raw[key], where(key))
    if "sharding" in raw:
        values.update(_sharding(raw["sharding"], where("sharding")))
    if raw.get("log_level") is not None:
        level = str(raw["log_level"]).upper()
        if level not in LOG_LEVELS:
            raise SettingsError(f"{where('log_level')}: must be one of {', '.join(LOG_LEVELS)}, not {raw['log_level']!r}")
        values["log_level"] = level
    if raw.get("token_env") is not None:
        token_env = raw["token_env"]
        if not isinstance(token_env, str) or not _ENV_NAME.match(token_env):
            raise SettingsError(
                f"{where('token_env')}: must name an environment variable (like DISCORD_TOKEN), not {token_env!r}"
            )
        values["token_env"] = token_env
    if "view_timeout_seconds" in raw:
        values["view_timeout_seconds"] = _number(
            raw["view_timeout_seconds"], where("view_timeout_seconds"), low=1.0, high=float(MAX_VIEW_TIMEOUT)
        )
    if raw.get("snapshot_dir") is not None:
        chosen = raw["snapshot_dir"]
        if chosen is False or (isinstance(chosen, str) and chosen.strip().lower() == "off"):
            values["snapshot_dir"] = "off"
        elif isinstance(chosen, str) and chosen.strip():
            resolved = Path(chosen).expanduser()
            values["snapshot_dir"] = str(resolved if resolved.is_absolute() else config_dir / resolved)
        else:
            raise SettingsError(f"{where('snapshot_dir')}: must be a directory path or off, not {chosen!r}")
    for key in ("user_install", "knowledge_follow_outside_links", "log_questions", "watch_knowledge"):
        if raw.get(key) is not None:
            if not isinstance(raw[key], bool):
                raise SettingsError(f"{where(key)}: must be true or false, not {raw[key]!r}")
            values[key] = raw[key]
    if "shutdown_grace_seconds" in raw:
        values["shutdown_grace_seconds"] = _number(
            raw["shutdown_grace_seconds"], where("shutdown_grace_seconds"), low=0.0, high=600.0
        )
    if "reload_timeout_seconds" in raw:
        values["reload_timeout_seconds"] = _number(
            raw["reload_timeout_seconds"], where("reload_timeout_seconds"), low=1.0, high=3600.0
        )
    if raw.get("semantic") is not None:
        if not isinstance(raw["semantic"], bool):
            raise SettingsError(f"{where('semantic')}: must be true or false, not {raw['semantic']!r}")
        values["semantic"] = raw["semantic"]
    if raw.get("embedding_cache") is not None:
        values["embedding_cache"] = _path(raw["embedding_cache"], where("embedding_cache"), "a directory path", config_dir)
    if raw.get("languages_file") is not None:
        values["languages_file"] = _path(raw["languages_file"], where("languages_file"), "a file path", config_dir)
    if raw.get("question_log") is not None:
        values["question_log"] = _path(raw["question_log"], where("question_log"), "a file path", config_dir)
    if "question_log_retention_days" in raw:
        values["question_log_retention_days"] = _number(
            raw["question_log_retention_days"], where("question_log_retention_days"), low=1.0, high=36500.0
        )
    if "watch_interval_seconds" in raw:
        values["watch_interval_seconds"] = _number(
            raw["watch_interval_seconds"], where("watch_interval_seconds"), low=0.1, high=3600.0
        )
    return Settings(**values)


def _path(value: Any, where: str, noun: str, config_dir: Path) -> Path:
    """A path setting: `~` expanded, relative to the config file's folder."""
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where}: must be {noun}, not {value!r}")
    resolved = Path(value).expanduser()
    return resolved if resolved.is_absolute() else config_dir / resolved


def _number(value: Any, where: str, *, low: float, high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SettingsError(f"{where}: must be a number, not {value!r}")
    if value < low or (high is not None and value > high):
        bounds = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise SettingsError(f"{where}: must be {bounds}, not {value!r}")
    return float(value)


def _integer(value: Any, where: str, *, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingsError(f"{where}: must be a whole number, not {value!r}")
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise SettingsError(f"{where}: must be {bounds}, not {value!r}")
    return value


def _snowflakes(value: Any, where: str) -> tuple[int, ...]:
    if not isinstance(value, list):
        value = [value]
    ids = []
    for item in value:
        # Discord ids are often quoted in YAML to keep editors from mangling them: accept digit strings too.
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item.strip())
        if isinstance(item, bool) or not isinstance(item, int) or item <= 0:
            raise SettingsError(f"{where}: must be a list of Discord ids (positive whole numbers), found {item!r}")
        ids.append(item)
    return tuple(dict.fromkeys(ids))


def _sharding(value: Any, where: str) -> dict[str, Any]:
    # YAML 1.1 reads a bare `off` as False, and `on` as True.
    if value is None or value is False or value == "off":
        return {"sharding": "off"}
    if value is True or value == "auto":
        return {"sharding": "auto"}
    if not isinstance(value, dict):
        raise SettingsError(
            f"{where}: must be off, auto, or a mapping with shard_count (and optionally shard_ids), not {value!r}"
        )
    unknown = set(value) - {"shard_count", "shard_ids"}
    if unknown:
        raise SettingsError(f"{where}: unknown key(s) {', '.join(map(str, sorted(unknown)))}")
    if "shard_count" not in value:
        raise SettingsError(f"{where}.shard_count: required when sharding is a mapping")
    count = _integer(value["shard_count"], f"{where}.shard_count", low=1)
    ids = None
    if value.get("shard_ids") is not None:
        raw_ids = value["shard_ids"]
        if not isinstance(raw_ids, list) or not raw_ids:
            raise SettingsError(f"{where}.shard_ids: must be a non-empty list of shard numbers, not {raw_ids!r}")
        ids = tuple(_integer(i, f"{where}.shard_ids", low=0, high=count - 1) for i in raw_ids)
        if len(set(ids)) != len(ids):
            raise SettingsError(f"{where}.shard_ids: lists a shard twice: {list(ids)}")
    return {"sharding": "fixed", "shard_count": count, "shard_ids": ids}
