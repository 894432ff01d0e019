"""The misses report: misses grouped by wording, with their facts; YAML phrasings that load after pasting."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.__main__ import main
from bot.cli import run_misses
from bot.core.engine import Engine
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from bot.core.misses import collect_misses, group_misses, phrasing, render_text, render_yaml
from bot.core.question_log import QuestionLog, read_log

QUESTION = "what engine drives githubs ai pair programmer"
PARAPHRASE = "which engine drives the ai pair programmer on github"
TYPO = "what engine drivs githubs ai pair programer"
OFF_TOPIC = "what is the capital of australia"
FACT = "codex-powers-copilot"


def _abstained(log: QuestionLog, question: str, nearest: str, confidence: float) -> None:
    suggestions = ((nearest, confidence), ("models-trained-on-github-code", 0.37))
    log.question(
        user_id=None,
        question=question,
        language="en",
        fact_id=nearest,
        confidence=confidence,
        abstained=True,
        suggestions=suggestions,
    )


@pytest.fixture
def log_path(tmp_path: Path, engine: Engine) -> Path:
    """A log where three readers ask one question three ways, the bot abstains, and two pick the fact they meant."""
    path = tmp_path / "questions.sqlite3"
    log = QuestionLog(path, threshold=0.55)
    for question, confidence in ((QUESTION, 0.52), (QUESTION, 0.52), (PARAPHRASE, 0.51), (TYPO, 0.5)):
        _abstained(log, question, FACT, confidence)
    _abstained(log, OFF_TOPIC, "microsoft-49-percent-stake", 0.43)
    log.pick(user_id=1, question=QUESTION, fact_id=FACT, language="en")
    log.pick(user_id=2, question=TYPO, fact_id=FACT, language="en")
    log.wrong_answer(user_id=3, question="how many contractors did openai hire", fact_id="hiring-scale", language="en")
    log.question(user_id=None, question="who runs invisible", language="en", fact_id="invisible-ceo", confidence=0.6)
    log.question(user_id=None, question="what is codex", language="en", fact_id=FACT, confidence=0.95)
    log.close()
    return path


def test_a_paraphrase_and_a_typo_of_one_question_are_one_group(log_path: Path) -> None:
    groups = group_misses(collect_misses(*read_log(log_path)))
    (group,) = [g for g in groups if phrasing(QUESTION) in dict(g.wordings)]
    assert dict(group.wordings) == {phrasing(QUESTION): 3, phrasing(PARAPHRASE): 1, phrasing(TYPO): 2}
    assert group.count == 6 and group.kinds == {"abstained": 4, "pick": 2}
    assert group.chosen == {FACT: 2} and group.closest[0][0] == FACT
    assert group.first_seen <= group.last_seen
    others = [g for g in groups if g is not group]
    assert {w for g in others for w, _ in g.wordings} == {
        phrasing(OFF_TOPIC),
        "how many contractors did openai hire",
        "who runs invisible",
    }
    assert not any(w == "what is codex" for g in groups for w, _ in g.wordings)  # a confident answer is no miss


def test_a_low_confidence_answer_and_a_wrong_answer_press_are_misses(log_path: Path) -> None:
    groups = group_misses(collect_misses(*read_log(log_path)))
    kinds = {g.wordings[0][0]: g.kinds for g in groups}
    assert kinds["who runs invisible"] == {"low_confidence": 1}
    assert kinds["how many contractors did openai hire"] == {"wrong_answer": 1}
    assert not group_misses(collect_misses(*read_log(log_path), below=0.5))[-1].kinds["low_confidence"]


def test_the_text_report_shows_counts_dates_closest_and_chosen_facts(log_path: Path, base) -> None:
    text = render_text(group_misses(collect_misses(*read_log(log_path))), base)
    first = text.split("\n\n")[1]
    assert "×6" in first and "abstained 4, picked 2" in first
    assert "first seen" in first and "last seen" in first
    assert f"closest facts: {FACT}" in first and f"picked by readers: {FACT} ×2" in first
    assert "reported wrong: hiring-scale ×1" in text


def _paste(knowledge: Path, fact_id: str, field: str, lines: list[str]) -> Path:
    """What a curator does: put the '- ...' lines under the fact's list in its file."""
    for path in (knowledge / "facts").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        found = re.search(rf"^  - id: {re.escape(fact_id)}\n(?:.*\n)*?    {field}:\n", text, re.M)
        if found:
            path.write_text(text[: found.end()] + "".join(line + "\n" for line in lines) + text[found.end() :], encoding="utf-8")
            return path
    raise AssertionError(f"{fact_id} has no {field} list")


def test_the_yaml_phrasings_load_after_pasting_and_then_answer(log_path: Path, base, engine: Engine, tmp_path: Path) -> None:
    out = render_yaml(group_misses(collect_misses(*read_log(log_path))), base, knowledge_root=DEFAULT_KNOWLEDGE_DIR)
    parsed = yaml.safe_load(out)
    assert list(parsed) == [FACT]
    assert set(parsed[FACT]["questions"]) == {phrasing(QUESTION), phrasing(PARAPHRASE), phrasing(TYPO)}
    assert re.search(rf"^{FACT}:  # facts/\S+\.yaml · picked 2×$", out, re.M)
    assert "# Not picked by anyone yet" in out and phrasing(OFF_TOPIC) in out
    knowledge = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, knowledge)
    pasted = [line for line in out.splitlines() if line.startswith("      - ")]
    _paste(knowledge, FACT, "questions", pasted)
    improved = load_knowledge(knowledge)
    assert phrasing(PARAPHRASE) in improved.facts[FACT].questions
    answer = Engine(improved, threshold=engine.threshold).ask(QUESTION)
    assert answer.best is not None and answer.best.fact.id == FACT
    # Once pasted, the report has nothing left to add for that question.
    again = render_yaml(group_misses(collect_misses(*read_log(log_path))), improved, answered_by=Engine(improved))
    assert FACT not in (yaml.safe_load(again) or {})


def test_yaml_quotes_what_plain_yaml_would_misread(base) -> None:
    from bot.core.misses import Miss, MissGroup

    group = MissGroup(
        "x", [Miss("2026-01-01T00:00:00Z", "pick", q, "en", fact_id=FACT) for q in ("yes", "what: codex? #1", "null")]
    )
    parsed = yaml.safe_load(render_yaml([group], base))
    assert sorted(parsed[FACT]["questions"]) == sorted(["yes", "what: codex? #1", "null"])


def test_french_wordings_go_to_questions_fr(base) -> None:
    from bot.core.misses import Miss, MissGroup

    group = MissGroup(
        "x", [Miss("2026-01-01T00:00:00Z", "pick", "quel moteur fait tourner le copilote de github", "fr", fact_id=FACT)]
    )
    parsed = yaml.safe_load(render_yaml([group], base))
    assert parsed[FACT] == {"questions_fr": ["quel moteur fait tourner le copilote de github"]}


def test_the_command_reads_the_configured_log(log_path: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.yaml").write_text(f"question_log: {log_path.name}\n", encoding="utf-8")
    assert main(["misses"]) == 0
    text = capsys.readouterr().out
    assert "11 questions" not in text and "×6" in text and FACT in text
    assert main(["misses", "--format", "yaml"]) == 0
    assert FACT in yaml.safe_load(capsys.readouterr().out)


def test_the_command_says_when_there_is_no_log(tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_misses(tmp_path / "none.sqlite3", out=io.StringIO(), err=err) == 1
    assert "no question log" in err.getvalue()


def test_an_empty_log_has_no_misses(tmp_path: Path) -> None:
    QuestionLog(tmp_path / "q.sqlite3").close()
    out = io.StringIO()
    assert run_misses(tmp_path / "q.sqlite3", out=out) == 0
    assert "No misses" in out.getvalue()
