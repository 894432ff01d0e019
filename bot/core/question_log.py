"""The question log: what readers asked and what the bot did, kept in SQLite for the curators.

A `QuestionLog` is a recorder (bot/core/recorder.py). Each report is put on an in-memory queue, which
costs the caller a few microseconds and never blocks or raises; one worker thread writes the queue to
the database in batches. When the database cannot be written (locked, read-only, disk full, corrupt,
written by a newer version) the log warns once, drops what it could not write, tries again later, and
the bot keeps answering.

What is stored, per question: the time (UTC), the surface (slash, dm, mention, context_menu, console,
cli), the language, the question as matched, the top fact and its confidence, whether the bot abstained,
the facts offered as "Did you mean" (with their confidence) and the threshold in force. Per "Wrong
answer?" press or "Did you mean" pick: the time, the language, the question and the fact. No user,
channel or guild id, and no name, is ever written. Rows older than the retention are deleted when the
log opens.

The schema is versioned with `PRAGMA user_version`; `MIGRATIONS[n]` takes a database from version n to
n + 1, so a file written by any earlier version is brought up to date when opened.
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90
#: Reports waiting beyond this are dropped (with one warning) rather than letting memory grow.
MAX_PENDING = 50_000
#: Rows written per transaction at most.
BATCH = 500
#: How long a write waits for another connection's lock before giving up on that batch.
BUSY_TIMEOUT_SECONDS = 2.0
#: After a failure, the worker does not try the database again for this long (reports meanwhile are dropped).
RETRY_SECONDS = 30.0

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: questions and feedback.
    """
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        asked_at TEXT NOT NULL,
        surface TEXT NOT NULL,
        language TEXT NOT NULL,
        question TEXT NOT NULL,
        fact_id TEXT,
        confidence REAL NOT NULL,
        abstained INTEGER NOT NULL,
        suggestions TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('wrong_answer', 'pick')),
        language TEXT NOT NULL,
        question TEXT NOT NULL,
        fact_id TEXT NOT NULL
    );
    """,
    # 1 -> 2: the threshold each answer was given under, and indexes for pruning and reports by time.
    """
    ALTER TABLE questions ADD COLUMN threshold REAL;
    CREATE INDEX questions_asked_at ON questions (asked_at);
    CREATE INDEX feedback_at ON feedback (at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class QuestionLogError(RuntimeError):
    """The log file cannot be used (not a database, from a newer version, unreadable)."""


def _timestamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def migrate(connection: sqlite3.Connection) -> int:
    """Bring a database to SCHEMA_VERSION, one migration per transaction; returns the version it had."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise QuestionLogError(
            f"schema version {version} was written by a newer version of the bot (this one knows {SCHEMA_VERSION})"
        )
    for target in range(version, SCHEMA_VERSION):
        # executescript commits first and runs statements as given: wrap each step in its own transaction.
        connection.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[target]}\nPRAGMA user_version = {target + 1};\nCOMMIT;")
    return version


def connect(path: Path, *, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """Open (creating it and its directory if needed) and migrate the log; WAL mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def prune(connection: sqlite3.Connection, retention_days: float, now: float | None = None) -> int:
    """Delete rows older than the retention; returns how many went."""
    cutoff = _timestamp((time.time() if now is None else now) - timedelta(days=retention_days).total_seconds())
    with _transaction(connection):
        gone = connection.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount
        gone += connection.execute("DELETE FROM feedback WHERE at < ?", (cutoff,)).rowcount
    return gone


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        # SQLite may have rolled back already (a full disk does): a second ROLLBACK would fail with "no transaction is
        # active" and hide the reason, which the warning must give.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


_QUESTION_SQL = (
    "INSERT INTO questions (asked_at, surface, language, question, fact_id, confidence, abstained, suggestions, threshold)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_FEEDBACK_SQL = "INSERT INTO feedback (at, kind, language, question, fact_id) VALUES (?, ?, ?, ?, ?)"
_STOP = object()


class QuestionLog:
    """A recorder that keeps every report in SQLite, written by a worker thread.

    `close()` writes what is still queued (waiting at most `timeout` seconds) and stops the worker.
    """

    def __init__(
        self,
        path: Path,
        *,
        retention_days: float = DEFAULT_RETENTION_DAYS,
        threshold: float | None = None,
        max_pending: int = MAX_PENDING,
        retry_seconds: float = RETRY_SECONDS,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self.threshold = threshold
        self.max_pending = max_pending
        self.retry_seconds = retry_seconds
        self.busy_timeout = busy_timeout
        self.written = 0
        self.dropped = 0
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._connection: sqlite3.Connection | None = None
        self._failing_since: float | None = None
        self._warned_full = False
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="question-log", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ the recorder interface (any thread)

    def question(
        self,
        *,
        user_id: int | None,
        question: str,
        language: str,
        fact_id: str | None,
        confidence: float,
        surface: str = "slash",
        abstained: bool | None = None,
        suggestions: Sequence[tuple[str, float]] = (),
    ) -> None:
        """Queue one handled question. The user id is not kept."""
        if abstained is None:
            abstained = fact_id is None
        self._put(("q", time.time(), surface, language, question, fact_id, confidence, abstained, suggestions))

    def wrong_answer(self, *, user_id: int | None, question: str, fact_id: str, language: str) -> None:
        """Queue a "Wrong answer?" press. The user id is not kept."""
        self._put(("f", time.time(), "wrong_answer", language, question, fact_id))

    def pick(self, *, user_id: int | None, question: str, fact_id: str, language: str) -> None:
        """Queue a "Did you mean" pick. The user id is not kept."""
        self._put(("f", time.time(), "pick", language, question, fact_id))

    def _put(self, item: tuple[object, ...]) -> None:
        if self._closed:
            return
        if self._queue.qsize() >= self.max_pending:
            self.dropped += 1
            if not self._warned_full:
                self._warned_full = True
                log.warning(
                    "Question log: %d reports are waiting to be written; dropping new ones until it catches up", self.max_pending
                )
            return
        self._queue.put(item)

    # ------------------------------------------------------------------ life cycle

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued before this call has been written (or dropped); False on timeout."""
        if self._closed or not self._thread.is_alive():
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the worker and close the database."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("Question log: still writing after %.0f s at shut-down; the rest is lost", timeout)

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    # ------------------------------------------------------------------ the worker thread

    def _work(self) -> None:
        self._open()
        running = True
        while running:
            batch: list[tuple[object, ...]] = []
            waiting: list[threading.Event] = []
            item = self._queue.get()
            while True:
                if item is _STOP:
                    running = False
                elif isinstance(item, threading.Event):
                    waiting.append(item)
                else:
                    batch.append(item)  # type: ignore[arg-type]
                if not running or len(batch) >= BATCH:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if batch:
                self._write(batch)
            for event in waiting:
                event.set()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _open(self) -> bool:
        if self._connection is not None:
            return True
        if self._failing_since is not None and time.monotonic() - self._failing_since < self.retry_seconds:
            return False
        try:
            connection = connect(self.path, timeout=self.busy_timeout)
            try:
                gone = prune(connection, self.retention_days)
            except BaseException:
                connection.close()
                raise
        except (sqlite3.Error, OSError, QuestionLogError) as exc:
            self._fail(exc)
            return False
        if gone:
            log.info("Question log: %d entries older than %g days deleted", gone, self.retention_days)
        self._connection = connection
        return True

    def _write(self, batch: list[tuple[object, ...]]) -> None:
        if not self._open():
            self.dropped += len(batch)
            return
        assert self._connection is not None
        questions = []
        feedback = []
        for item in batch:
            if item[0] == "q":
                _, at, surface, language, question, fact_id, confidence, abstained, suggestions = item
                offered = json.dumps([[fid, round(float(c), 3)] for fid, c in suggestions])  # type: ignore[attr-defined]
                when = _timestamp(at)  # type: ignore[arg-type]
                questions.append(
                    (when, surface, language, question, fact_id, confidence, int(bool(abstained)), offered, self.threshold)
                )
            else:
                _, at, kind, language, question, fact_id = item
                feedback.append((_timestamp(at), kind, language, question, fact_id))  # type: ignore[arg-type]
        try:
            with _transaction(self._connection):
                if questions:
                    self._connection.executemany(_QUESTION_SQL, questions)
                if feedback:
                    self._connection.executemany(_FEEDBACK_SQL, feedback)
        except sqlite3.Error as exc:
            self.dropped += len(batch)
            self._connection.close()
            self._connection = None
            self._fail(exc)
            return
        self.written += len(batch)
        if self._failing_since is not None:
            log.info("Question log: writing to %s again (%d reports were not kept meanwhile)", self.path, self.dropped)
            self._failing_since = None
        self._warned_full = False

    def _fail(self, exc: BaseException) -> None:
        if self._failing_since is None:
            log.warning(
                "Question log: cannot write to %s (%s); the bot keeps answering, but questions are not logged until it works again",
                self.path,
                exc,
            )
        self._failing_since = time.monotonic()


# ---------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class LoggedQuestion:
    asked_at: str
    surface: str
    language: str
    question: str
    fact_id: str | None
    confidence: float
    abstained: bool
    suggestions: tuple[tuple[str, float], ...]
    threshold: float | None


@dataclass(frozen=True, slots=True)
class LoggedFeedback:
    at: str
    kind: str
    language: str
    question: str
    fact_id: str


def read_log(path: Path, *, since: str | None = None) -> tuple[list[LoggedQuestion], list[LoggedFeedback]]:
    """Every question and feedback row (since an ISO time, when given), oldest first.

    Raises QuestionLogError when the file is missing or is not a question log.
    """
    if not Path(path).is_file():
        raise QuestionLogError(f"{path}: no question log here (it is created when the bot first logs a question)")
    try:
        with closing(sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                raise QuestionLogError(f"{path}: not a question log (no schema)")
            if version > SCHEMA_VERSION:
                raise QuestionLogError(
                    f"{path}: written by a newer version of the bot (schema {version}, this one knows {SCHEMA_VERSION})"
                )
            threshold = "threshold" if version >= 2 else "NULL"
            where, args = (" WHERE asked_at >= ?", (since,)) if since else ("", ())
            questions = [
                LoggedQuestion(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), _offered(row[7]), row[8])
                for row in db.execute(
                    "SELECT asked_at, surface, language, question, fact_id, confidence, abstained, suggestions, "
                    f"{threshold} FROM questions{where} ORDER BY asked_at, id",
                    args,
                )
            ]
            where = " WHERE at >= ?" if since else ""
            feedback = [
                LoggedFeedback(*row)
                for row in db.execute(f"SELECT at, kind, language, question, fact_id FROM feedback{where} ORDER BY at, id", args)
            ]
    except sqlite3.Error as exc:
        raise QuestionLogError(f"{path}: cannot read the question log: {exc}") from exc
    return questions, feedback


def _offered(text: str) -> tuple[tuple[str, float], ...]:
    try:
        return tuple((str(fact_id), float(confidence)) for fact_id, confidence in json.loads(text or "[]"))
    except (ValueError, TypeError):
        return ()
