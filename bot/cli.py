"""The command-line face: `check` (and `ask`), printing to a stream."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.core import snapshot
from bot.core.coverage import coverage
from bot.core.echo import printable
from bot.core.engine import DEFAULT_THRESHOLD, MAX_MATCHED_CHARS, Engine, conversation
from bot.core.i18n import terminal_language
from bot.core.language import DEFAULT_LANGUAGE, detect_language
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import KnowledgeBase
from bot.core.provenance import provenance_graph
from bot.core.recorder import Recorder, record_answer
from bot.core.render import answer_json, render_text

if TYPE_CHECKING:
    from bot.core.semantic import SemanticModel


def semantic_model(enabled: bool = True, embedding_cache: Path | None = None) -> SemanticModel | None:
    """The semantic re-ranker's loader when it is enabled (numpy and the encoder are imported only then)."""
    if not enabled:
        return None
    from bot.core.semantic import SemanticModel, default_cache_dir

    return SemanticModel(embedding_cache or default_cache_dir())


def _load(knowledge: Path | None, err: TextIO, follow_outside_links: bool = False) -> KnowledgeBase | None:
    """The fact base, or None after printing every problem that keeps it from loading."""
    try:
        return load_knowledge(knowledge, follow_outside_links=follow_outside_links)
    except KnowledgeError as exc:
        print(exc, file=err)
        return None


def run_check(
    knowledge: Path | None,
    *,
    quiet: bool = False,
    follow_outside_links: bool = False,
    semantic: bool = True,
    embedding_cache: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Validate the fact base and print a short report (and build the embedding cache); 0 when valid, 1 otherwise."""
    out = out or sys.stdout
    base = _load(knowledge, err or sys.stderr, follow_outside_links)
    if base is None:
        return 1
    citations = sum(len(f.citations) for f in base.facts.values())
    discrepancies = sum(1 for f in base.facts.values() if f.kind == "discrepancy")
    print(
        f"OK: {len(base.facts)} facts ({discrepancies} discrepancies), {citations} citations, "
        f"{len(base.sources)} articles, {len(base.entities)} entities, {len(base.topics)} topics",
        file=out,
    )
    print("\nPer article:", file=out)
    report = coverage(base)
    for row in report:
        cited = row.sentences - len(row.uncited)
        print(
            f"  {row.source_id:<36} {row.facts:>3} facts {row.citations:>4} citations  {cited}/{row.sentences} sentences cited",
            file=out,
        )
    print("\nWho published each article, and what it relays:", file=out)
    for line in provenance_graph(base):
        print(line, file=out)
    print("\nPer topic:", file=out)
    for topic_id, topic in base.topics.items():
        print(f"  {topic_id:<24} {len(base.facts_by_topic.get(topic_id, ())):>3} facts  {topic.name}", file=out)
    idle = [e for e in base.entities if not base.facts_by_entity.get(e)]
    if idle:
        print(f"\nEntities no fact involves yet: {', '.join(idle)}", file=out)
    if not quiet:
        for row in report:
            if row.uncited:
                print(f"\nNot cited by any fact in {row.source_id}:", file=out)
                for sentence in row.uncited:
                    print(f"  - {sentence}", file=out)
    _check_embeddings(base, semantic_model(semantic, embedding_cache), out)
    return 0


def input_lines(stream: Iterable[Any]) -> Iterator[str]:
    """Each line of an input stream as text, whatever the locale: bytes that are not UTF-8 become U+FFFD.

    A real standard input is read as bytes (its text layer would raise on bad bytes under a strict UTF-8
    locale, or smuggle them through as lone surrogates under the C locale); lines end at "\n" only.
    """
    raw = getattr(stream, "buffer", None)
    for line in raw if raw is not None else stream:
        if isinstance(line, bytes):
            text = line.decode("utf-8", errors="replace")
        else:
            try:
                text = line.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
            except UnicodeEncodeError:
                text = line.encode("utf-8", errors="replace").decode("utf-8")
        yield text.rstrip("\r\n")


def _utf8_stdout(as_json: bool) -> TextIO:
    """Standard output, writing UTF-8 JSON whatever the locale (JSON is UTF-8), and never failing on a character."""
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        if as_json:
            out.reconfigure(encoding="utf-8", errors="replace")
        else:
            out.reconfigure(errors="replace")
    return out


def _check_embeddings(base: KnowledgeBase, model: SemanticModel | None, out: TextIO) -> None:
    """Build (or confirm) the embedding cache, so that the next start embeds nothing."""
    if model is None:
        print("\nSemantic re-ranking: off (setting 'semantic')", file=out)
        return
    reranker = model.reranker(base)
    if reranker is None:
        print("\nSemantic re-ranking: unavailable, the bot answers lexically (the log says why)", file=out)
        return
    vectors = reranker.vectors
    state = f"embedded {vectors.embedded} now" if vectors.embedded else "all cached already"
    where = f"cached in {vectors.path}" if vectors.path else "not cached (no writable cache directory)"
    print(f"\nSemantic re-ranking: {len(vectors.matrix)} fact texts, {state}; {where}", file=out)


def _engine(
    knowledge: Path | None,
    threshold: float | None,
    follow_outside_links: bool,
    semantic: bool,
    embedding_cache: Path | None,
    err: TextIO,
    snapshot_dir: str | None = None,
) -> tuple[KnowledgeBase, Engine] | int:
    """The base and the engine `ask` and `verify` answer with, as the Discord bot's once it is ready; else an exit code."""
    model = semantic_model(semantic, embedding_cache)
    if model is not None:
        model.preload()  # while the fact base loads
    try:
        # From the compiled snapshot when the files have not changed since it was written (snapshot.py).
        loaded = snapshot.load(
            knowledge,
            threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
            follow_outside_links=follow_outside_links,
            directory=snapshot.snapshot_dir(snapshot_dir),
        )
    except KnowledgeError as exc:
        print(exc, file=err)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return 2
    if model is not None:
        model.attach(engine=loaded.engine)
    return loaded.base, loaded.engine


def run_ask(
    question: str,
    *,
    knowledge: Path | None = None,
    as_json: bool = False,
    threshold: float | None = None,
    follow_outside_links: bool = False,
    semantic: bool = True,
    embedding_cache: Path | None = None,
    snapshot_dir: str | None = None,
    recorder: Recorder | None = None,
    language: str | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Answer one question, or with question '-' every line of standard input (JSON Lines with --json), in
    `language` when given (as a reader's /language choice does in Discord), else in the question's, else in the
    terminal's (as the console does)."""
    terminal = terminal_language(os.environ if environ is None else environ)
    out = out or _utf8_stdout(as_json)
    err = err or sys.stderr
    loaded = _engine(knowledge, threshold, follow_outside_links, semantic, embedding_cache, err, snapshot_dir)
    if isinstance(loaded, int):
        return loaded
    base, engine = loaded

    from bot.core.claims import checker_for, render_verdict, routed_verdict, verdict_json

    def answer(text: str) -> None:
        # A claim, or a yes/no question the articles settle, gets the claim check's verdict, as in Discord and the console.
        said = printable(text)
        reader = language or conversation.language_of(said) or terminal
        verdict = routed_verdict(said, engine, language=reader) if len(said) <= MAX_MATCHED_CHARS else None
        if verdict is not None:
            if as_json:
                shape = {"question": said, "answer": None, "band": None, "alternatives": [], "conversation": None}
                out.write(json.dumps({**shape, "verdict": verdict_json(verdict, base)}, ensure_ascii=False) + "\n")
            else:
                out.write(render_verdict(verdict, base) + "\n")
            out.flush()
            return
        result = engine.ask(text)
        if reader and result.language != reader:
            said = conversation.in_language(result.conversation, reader) if result.conversation else None
            result = replace(result, language=reader, conversation=said)
        record_answer(recorder, result, "cli")
        if as_json:
            out.write(json.dumps(answer_json(result, base), ensure_ascii=False) + "\n")
        else:
            correction = checker_for(engine).premise(text, language=reader)  # corrected before the answer
            if correction is not None:
                out.write(render_verdict(correction, base) + "\n\n")
            out.write(render_text(result, base) + "\n")
        out.flush()

    if question.strip() == "-":
        for index, line in enumerate(input_lines(stdin if stdin is not None else sys.stdin)):
            if index and not as_json:
                out.write("\n" + "-" * 40 + "\n")
            answer(line.rstrip("\r\n"))
        return 0
    if not question.strip():
        print("error: give a question to ask, or '-' to read questions from standard input", file=err)
        return 2
    answer(question)
    return 0


def run_verify(
    claim: str,
    *,
    knowledge: Path | None = None,
    as_json: bool = False,
    threshold: float | None = None,
    follow_outside_links: bool = False,
    semantic: bool = True,
    embedding_cache: Path | None = None,
    snapshot_dir: str | None = None,
    language: str | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Check one claim, or with claim '-' every line of standard input (JSON Lines with --json), with the engine
    `ask` and the Discord bot use (the same threshold and re-ranker); in `language` when given, else in the claim's,
    else in the terminal's."""
    terminal = terminal_language(os.environ if environ is None else environ)
    from bot.core.claims import checker_for, render_verdict, verdict_json

    out = out or _utf8_stdout(as_json)
    err = err or sys.stderr
    loaded = _engine(knowledge, threshold, follow_outside_links, semantic, embedding_cache, err, snapshot_dir)
    if isinstance(loaded, int):
        return loaded
    base, engine = loaded
    checker = checker_for(engine)

    def verify(text: str) -> None:
        # Echoed safely (no escape sequences or bidi overrides) and bounded, as a question is.
        said = printable(text[: MAX_MATCHED_CHARS * 2])[:MAX_MATCHED_CHARS]
        verdict = checker.check(said, language=language or detect_language(said) or terminal)
        if as_json:
            out.write(json.dumps(verdict_json(verdict, base), ensure_ascii=False) + "\n")
        else:
            out.write(render_verdict(verdict, base) + "\n")
        out.flush()

    if claim.strip() == "-":
        for index, line in enumerate(input_lines(stdin if stdin is not None else sys.stdin)):
            if index and not as_json:
                out.write("\n" + "-" * 40 + "\n")
            verify(line)
        return 0
    if not claim.strip():
        print("error: give a claim to check, or '-' to read claims from standard input", file=err)
        return 2
    verify(claim)
    return 0


def run_timeline(
    subject: str | None,
    *,
    knowledge: Path | None = None,
    language: str | None = None,
    as_json: bool = False,
    follow_outside_links: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print the reporting's dated events in order (of one subject when given), then the undated ones."""
    from bot.core.timeline import build_timeline, no_dated_events, render_timeline, timeline_json

    out = out or _utf8_stdout(as_json)
    err = err or sys.stderr
    base = _load(knowledge, err, follow_outside_links)
    if base is None:
        return 1
    subject = printable(subject or "")[:200] or None  # echoed: no control characters, bounded
    lang = language or (detect_language(subject) if subject else None) or terminal_language(os.environ) or DEFAULT_LANGUAGE
    timeline = build_timeline(base, subject)
    if as_json:
        out.write(json.dumps(timeline_json(timeline, base, lang), ensure_ascii=False) + "\n")
        return 0
    if not timeline:  # nothing about it at all: say so, and name close subjects that have dated events
        print(no_dated_events(base, subject or "", lang), file=out)
        return 0
    out.write(render_timeline(timeline, base, lang) + "\n")
    return 0


def run_misses(
    log_path: Path,
    *,
    knowledge: Path | None = None,
    as_yaml: bool = False,
    days: float | None = None,
    below: float | None = None,
    similarity: float | None = None,
    limit: int | None = 30,
    threshold: float = DEFAULT_THRESHOLD,
    follow_outside_links: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """The curators' report of what the bot missed, from the question log: text, or YAML phrasings to paste."""
    from datetime import UTC, datetime, timedelta

    from bot.core.misses import DEFAULT_SIMILARITY, collect_misses, group_misses, render_yaml
    from bot.core.misses import render_text as render_misses
    from bot.core.question_log import QuestionLogError, read_log

    out = out or sys.stdout
    err = err or sys.stderr
    since = None
    if days is not None:
        since = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        questions, feedback = read_log(log_path, since=since)
    except QuestionLogError as exc:
        print(f"error: {exc}", file=err)
        return 1
    groups = group_misses(
        collect_misses(questions, feedback, below=below), similarity=DEFAULT_SIMILARITY if similarity is None else similarity
    )
    base = _load(knowledge, err, follow_outside_links)
    if as_yaml:
        if base is None:
            return 1
        root = knowledge if knowledge is not None else _default_knowledge_dir()
        out.write(render_yaml(groups, base, knowledge_root=root, answered_by=Engine(base, threshold=threshold)))
        return 0
    scope = f"the last {days:g} days" if days is not None else "the whole log"
    print(
        f"Question log {log_path}: {len(questions)} questions and {len(feedback)} wrong-answer presses or picks in {scope}.\n",
        file=out,
    )
    print(render_misses(groups, base, limit=limit or None), file=out)
    return 0


def _default_knowledge_dir() -> Path:
    from bot.core.loader import DEFAULT_KNOWLEDGE_DIR

    return DEFAULT_KNOWLEDGE_DIR
