"""Every surface reports its questions to the bot's recorder, and the question log keeps a row for each."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot import run
from bot.chat.cogs.asking import AskingCog
from bot.chat.console import run_console
from bot.core.engine import Engine
from bot.core.question_log import QuestionLog, read_log
from bot.core.snapshot import Loaded
from bot.settings import Settings
from tests.chat.fakes import FakeInteraction, FakeMessage, fake_client

BOT_ID = 42


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.mark.asyncio
async def test_slash_dm_and_mention_each_write_a_row(tmp_path: Path, engine: Engine) -> None:
    log = QuestionLog(tmp_path / "q.sqlite3", threshold=engine.threshold)
    client = fake_client(engine)
    client.recorder = log
    cog = AskingCog(client)
    await cog.ask.callback(cog, FakeInteraction(client, user_id=555), "what powers copilot")
    await cog.on_message(FakeMessage("who is grace matelich", dm=True, author_id=556))
    await cog.on_message(
        FakeMessage(f"<@{BOT_ID}> how many contractors did openai hire", dm=False, mentions=[SimpleNamespace(id=BOT_ID)])
    )
    await cog.on_message(FakeMessage("chatter in a channel that does not mention the bot", dm=False))
    await cog.ask_about_message(FakeInteraction(client), FakeMessage("what powers copilot?", dm=False))
    log.close()
    questions, _ = read_log(tmp_path / "q.sqlite3")
    assert [(q.surface, q.question, q.fact_id) for q in questions] == [
        ("slash", "what powers copilot", "codex-powers-copilot"),
        ("dm", "who is grace matelich", "grace-matelich-role"),
        ("mention", "how many contractors did openai hire", "hiring-scale"),
        ("context_menu", "what powers copilot?", "codex-powers-copilot"),
    ]


@pytest.mark.asyncio
async def test_a_refused_question_is_not_logged_as_asked(engine: Engine) -> None:
    seen: list[dict[str, object]] = []
    client = fake_client(engine, Settings(max_question_length=10))
    client.recorder = SimpleNamespace(question=lambda **row: seen.append(row))
    cog = AskingCog(client)
    await cog.ask.callback(cog, FakeInteraction(client), "a question far longer than ten characters")
    assert seen == []


def test_console_questions_and_picks_write_rows(tmp_path: Path, engine: Engine) -> None:
    log = QuestionLog(tmp_path / "q.sqlite3")
    # An abstention offers "Did you mean" suggestions; typing "1" picks the first. (The articles name nobody who
    # hired Savreux; should the engine come to answer it, give this test another question it abstains on.)
    question = "who hired savreux"
    answer = engine.ask(question)
    assert answer.best is None and answer.suggestions, "the engine answers this question now: pick one it abstains on"
    out = io.StringIO()
    run_console(engine, Settings(), stdin=Pipe(f"{question}\n1\n"), stdout=out, recorder=log)
    log.close()
    questions, feedback = read_log(tmp_path / "q.sqlite3")
    assert [(q.surface, q.question, q.abstained) for q in questions] == [("console", question, True)]
    assert [(f.kind, f.question, f.fact_id) for f in feedback] == [("pick", question, answer.suggestions[0].fact.id)]


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch, base, engine) -> None:
    monkeypatch.setattr(run.snapshot, "load", lambda path, **options: Loaded(base, engine, False))
    monkeypatch.setattr(run, "semantic_model", lambda enabled, cache: None)  # the shared engine stays lexical


@pytest.mark.parametrize("enabled", [True, False])
def test_the_console_logs_to_the_configured_file_only_when_enabled(
    loaded: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "config.yaml"
    config.write_text(f"log_questions: {str(enabled).lower()}\nquestion_log: logs/q.sqlite3\n", encoding="utf-8")
    status = run.main(
        "console", config, environ={}, stdin=Pipe("what powers copilot\n"), stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert status == 0
    path = tmp_path / "logs" / "q.sqlite3"
    if enabled:
        assert [q.surface for q in read_log(path)[0]] == ["console"]
    else:
        assert not path.exists() and not path.parent.exists()


def test_by_default_the_log_goes_to_the_user_data_directory(
    loaded: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    status = run.main(
        "console", environ={"XDG_DATA_HOME": str(data)}, stdin=Pipe("copilot\n"), stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert status == 0
    assert len(read_log(data / "reporting-bot" / "questions.sqlite3")[0]) == 1
