"""The question log: rows as written, privacy, retention, migrations, and a broken database that never stops answers."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.question_log import (
    MIGRATIONS,
    SCHEMA_VERSION,
    QuestionLog,
    QuestionLogError,
    connect,
    migrate,
    prune,
    read_log,
)
from bot.core.recorder import LoggingRecorder, record_answer


def _log(path: Path, **options: object) -> QuestionLog:
    return QuestionLog(path, retry_seconds=0.0, busy_timeout=0.05, **options)  # type: ignore[arg-type]


def test_a_question_an_abstention_and_feedback_are_stored_without_user_ids(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "log" / "questions.sqlite3"
    log = _log(path, threshold=0.55)
    record_answer(log, engine.ask("what powers copilot"), "slash", user_id=123456789012345678)
    record_answer(log, engine.ask("who is the ceo of nvidia"), "dm", user_id=123456789012345678)
    log.wrong_answer(user_id=123456789012345678, question="what powers copilot", fact_id="codex-powers-copilot", language="en")
    log.pick(user_id=123456789012345678, question="copilote", fact_id="codex-powers-copilot", language="fr")
    log.close()
    questions, feedback = read_log(path)
    answered, abstained = questions
    assert (answered.surface, answered.language, answered.question) == ("slash", "en", "what powers copilot")
    assert answered.fact_id == "codex-powers-copilot" and answered.confidence > 0.55 and not answered.abstained
    assert answered.threshold == 0.55 and answered.asked_at.endswith("Z")
    assert abstained.surface == "dm" and abstained.abstained
    assert [(f.kind, f.fact_id, f.language) for f in feedback] == [
        ("wrong_answer", "codex-powers-copilot", "en"),
        ("pick", "codex-powers-copilot", "fr"),
    ]
    dump = "\n".join(sqlite3.connect(path).iterdump())
    assert "123456789012345678" not in dump


#: Questions the bot answers with alternatives / abstains on with suggestions (the articles name nobody who hired
#: Savreux, nor the South American developer, nor who pays the trainers). When the engine comes to answer all of
#: them, pick others: these tests then fail rather than pass without checking anything.
WITH_ALTERNATIVES = "contractors"
ABSTAINS_WITH_SUGGESTIONS = (
    "who hired savreux",
    "what is the name of the south american developer",
    "who pays the trainers",
)


def _abstention(engine: Engine):
    for question in ABSTAINS_WITH_SUGGESTIONS:
        answer = engine.ask(question)
        if answer.best is None and answer.suggestions:
            return answer
    pytest.fail("the engine now answers every question of ABSTAINS_WITH_SUGGESTIONS: give it ones it abstains on")


@pytest.mark.parametrize("kind", ["alternatives", "suggestions"])
def test_what_did_you_mean_offered_is_kept_with_its_confidence(tmp_path: Path, engine: Engine, kind: str) -> None:
    answer = engine.ask(WITH_ALTERNATIVES) if kind == "alternatives" else _abstention(engine)
    offered = answer.alternatives if answer.best else answer.suggestions
    assert offered, "this question should come with 'did you mean' suggestions"
    log = _log(tmp_path / "q.sqlite3")
    record_answer(log, answer, "mention")
    log.close()
    (row,) = read_log(tmp_path / "q.sqlite3")[0]
    assert [fact_id for fact_id, _ in row.suggestions] == [m.fact.id for m in offered]
    assert all(0 < confidence <= 1 for _, confidence in row.suggestions)


def test_an_abstention_keeps_its_nearest_fact_as_the_top_one(tmp_path: Path, engine: Engine) -> None:
    answer = _abstention(engine)
    log = _log(tmp_path / "q.sqlite3")
    record_answer(log, answer, "console")
    log.close()
    (row,) = read_log(tmp_path / "q.sqlite3")[0]
    assert row.abstained and row.fact_id == answer.suggestions[0].fact.id


def test_empty_questions_and_no_recorder_record_nothing(tmp_path: Path, engine: Engine) -> None:
    log = _log(tmp_path / "q.sqlite3")
    record_answer(log, engine.ask("   "), "slash")
    record_answer(None, engine.ask("copilot"), "slash")
    record_answer(log, None, "slash")
    log.close()
    assert read_log(tmp_path / "q.sqlite3") == ([], [])


def test_retention_prunes_old_rows_at_start_up(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    log = _log(path)
    for _ in range(3):
        log.question(user_id=None, question="new", language="en", fact_id=None, confidence=0.0)
    log.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE questions SET asked_at = '2020-01-01T00:00:00Z' WHERE id < 3")
        db.execute(
            "INSERT INTO feedback (at, kind, language, question, fact_id) VALUES ('2020-01-01T00:00:00Z', 'pick', 'en', 'old', 'x')"
        )
    reopened = _log(path, retention_days=90)
    reopened.flush()
    reopened.close()
    questions, feedback = read_log(path)
    assert [q.question for q in questions] == ["new"] and feedback == []


def test_prune_keeps_what_is_within_the_retention(tmp_path: Path) -> None:
    db = connect(tmp_path / "q.sqlite3")
    db.execute(
        "INSERT INTO questions (asked_at, surface, language, question, confidence, abstained) VALUES (?, 'cli', 'en', 'q', 0, 1)",
        (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 5 * 86400)),),
    )
    assert prune(db, 10) == 0
    assert prune(db, 4) == 1
    db.close()


def test_an_empty_file_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.touch()
    db = connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_log_from_the_previous_version_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[: SCHEMA_VERSION - 1]:
        old.executescript(step)
    old.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    old.execute(
        "INSERT INTO questions (asked_at, surface, language, question, fact_id, confidence, abstained, suggestions)"
        " VALUES (?, 'slash', 'en', 'an old question', 'x', 0.4, 1, '[[\"x\", 0.4]]')",
        (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 86400)),),
    )
    old.close()
    questions, _ = read_log(path)  # an older file reads as it is
    assert questions[0].question == "an old question" and questions[0].threshold is None
    log = _log(path, threshold=0.5)
    log.question(user_id=None, question="a new one", language="en", fact_id=None, confidence=0.0)
    log.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    questions, _ = read_log(path)
    assert [(q.question, q.threshold) for q in questions] == [("an old question", None), ("a new one", 0.5)]
    assert questions[0].suggestions == (("x", 0.4),)


def test_a_log_from_a_newer_version_is_left_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(QuestionLogError, match="newer version"):
        migrate(sqlite3.connect(path))
    with pytest.raises(QuestionLogError, match="newer version"):
        read_log(path)
    with caplog.at_level(logging.WARNING):
        log = _log(path)
        log.question(user_id=None, question="q", language="en", fact_id=None, confidence=0.0)
        log.close()
    assert "newer version" in caplog.text


def _answers_while_broken(path: Path, engine: Engine, caplog: pytest.LogCaptureFixture) -> QuestionLog:
    """Ten questions through a log that cannot write: every one is answered, and one warning is logged."""
    with caplog.at_level(logging.WARNING, logger="bot.core.question_log"):
        log = _log(path)
        for _ in range(10):
            answer = engine.ask("what powers copilot")
            record_answer(log, answer, "slash")
            assert answer.best is not None
            log.flush()
        log.close()
    warnings = [r for r in caplog.records if r.name == "bot.core.question_log" and r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "keeps answering" in warnings[0].getMessage()
    return log


def test_a_locked_database_does_not_stop_answers(tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    connect(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        log = _answers_while_broken(path, engine, caplog)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert log.written == 0 and log.dropped == 10


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write a read-only file")
def test_a_read_only_file_does_not_stop_answers(tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    connect(path).close()
    path.chmod(0o444)
    _answers_while_broken(path, engine, caplog)


def test_a_file_sqlite_can_only_read_does_not_stop_answers(
    tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What SQLite sees with a read-only file, whoever runs the test (root ignores file modes)."""
    path = tmp_path / "q.sqlite3"
    connect(path).close()
    real_connect = sqlite3.connect

    def read_only(database: object, **options: object) -> sqlite3.Connection:
        return real_connect(f"file:{database}?mode=ro", uri=True, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("bot.core.question_log.sqlite3.connect", read_only)
    _answers_while_broken(path, engine, caplog)


def test_a_read_only_directory_does_not_stop_answers(tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    # Root ignores file modes, so this one stands in for "not writable" everywhere: a path under a file.
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    _answers_while_broken(blocker / "q.sqlite3", engine, caplog)


def test_a_corrupt_file_does_not_stop_answers(tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes " * 200)
    _answers_while_broken(path, engine, caplog)
    with pytest.raises(QuestionLogError, match="cannot read"):
        read_log(path)


def test_writing_resumes_when_the_lock_goes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    connect(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    log = _log(path)
    log.question(user_id=None, question="lost", language="en", fact_id=None, confidence=0.0)
    log.flush()
    holder.execute("ROLLBACK")
    holder.close()
    with caplog.at_level(logging.INFO, logger="bot.core.question_log"):
        log.question(user_id=None, question="kept", language="en", fact_id=None, confidence=0.0)
        log.close()
    assert [q.question for q in read_log(path)[0]] == ["kept"]
    assert "again" in caplog.text


def test_a_full_queue_drops_reports_with_one_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    log = _log(tmp_path / "q.sqlite3", max_pending=0)
    with caplog.at_level(logging.WARNING, logger="bot.core.question_log"):
        for _ in range(5):
            log.question(user_id=None, question="q", language="en", fact_id=None, confidence=0.0)
    log.close()
    assert log.dropped == 5 and caplog.text.count("dropping") == 1


def test_after_close_reports_are_ignored(tmp_path: Path) -> None:
    log = _log(tmp_path / "q.sqlite3")
    log.close()
    log.question(user_id=None, question="late", language="en", fact_id=None, confidence=0.0)
    assert log.flush() and read_log(tmp_path / "q.sqlite3") == ([], [])


def test_reading_a_missing_log_says_so(tmp_path: Path) -> None:
    with pytest.raises(QuestionLogError, match="no question log"):
        read_log(tmp_path / "nothing.sqlite3")


def test_the_logging_recorder_never_writes_a_user_id(caplog: pytest.LogCaptureFixture) -> None:
    recorder = LoggingRecorder()
    with caplog.at_level(logging.INFO):
        recorder.question(user_id=99887766, question="q", language="en", fact_id=None, confidence=0.0, surface="dm")
        recorder.wrong_answer(user_id=99887766, question="q", fact_id="f", language="en")
        recorder.pick(user_id=99887766, question="q", fact_id="f", language="en")
    assert len(caplog.records) == 3 and "99887766" not in caplog.text


@pytest.mark.parametrize("arrival", ["together", "one_by_one"])
def test_a_full_disk_does_not_stop_answers(
    tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, arrival: str
) -> None:
    """SQLite reports a full disk as it reports a database at its page limit: the log's file may not grow.

    Deterministic whatever the machine's load: no question fits in the room left (each is longer than a page, so
    it needs a new one), and how the reports reach the worker is fixed rather than left to the scheduler: all
    queued before it first opens the database (one batch), or each written before the next is queued."""
    path = tmp_path / "q.sqlite3"
    connect(path).close()
    real_connect = sqlite3.connect
    page_size = real_connect(path).execute("PRAGMA page_size").fetchone()[0]
    queued = threading.Event()
    if arrival == "one_by_one":
        queued.set()

    def at_its_limit(database: object, **options: object) -> sqlite3.Connection:
        assert queued.wait(60), "the reports were never all queued"
        connection = real_connect(database, **options)  # type: ignore[arg-type]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr("bot.core.question_log.sqlite3.connect", at_its_limit)
    long_question = "what powers copilot " * (page_size // 20 + 1)  # longer than a page: no row fits in any room left
    with caplog.at_level(logging.WARNING, logger="bot.core.question_log"):
        log = _log(path)
        for _ in range(50):
            log.question(user_id=None, question=long_question, language="en", fact_id=None, confidence=0.0)
            assert engine.ask("what powers copilot").best is not None
            if arrival == "one_by_one":
                assert log.flush(timeout=120)
        queued.set()
        assert log.flush(timeout=120)  # a bound for a hung worker only: a loaded machine just takes longer
        log.close()
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.core.question_log" and r.levelno == logging.WARNING]
    # SQLite's own words (the test's directory is named "..._full_disk...": "full" alone would match the path)
    assert len(warnings) == 1 and "database or disk is full" in warnings[0], warnings
    assert log.written == 0 and log.dropped == 50
