"""The command line: `ask` (text, JSON, JSON Lines from stdin), `check`, and `--knowledge`."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.cli import run_ask, run_check

ROOT = Path(__file__).resolve().parents[1]


def ask(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    json_flag = "--json" in args
    question = " ".join(a for a in args if a != "--json")
    code = run_ask(question, as_json=json_flag, stdin=io.StringIO(stdin or ""), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_ask_prints_statement_quote_article_and_confidence() -> None:
    code, out, _ = ask("How many contractors did OpenAI hire?")
    assert code == 0
    assert "1,000" in out
    assert "“" in out and "Semafor" in out
    assert "Confidence:" in out


def test_ask_json_has_the_stable_shape() -> None:
    code, out, _ = ask("--json", "who is grace matelich")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"question", "answer", "alternatives", "conversation", "band", "verdict"}
    assert data["verdict"] is None
    assert data["conversation"] is None
    assert set(data["answer"]) == {"fact_id", "text", "confidence", "band", "citations", "origins"}
    assert data["band"] == data["answer"]["band"] == "sure"
    assert data["answer"]["fact_id"] == "grace-matelich-role"
    citation = data["answer"]["citations"][0]
    provenance = {"speaker", "channel", "reported_to", "relayed_by", "origin", "origin_inferred", "chain"}
    assert set(citation) == {"source_id", "title", "outlet", "quote"} | provenance
    assert citation["source_id"] == "invisible-layoffs-fr"
    assert citation["outlet"] is None  # the French copy names no outlet; an inferred one is never given as its outlet
    assert set(data["answer"]["origins"]) == {"articles", "origins", "line"}
    assert all(set(a) == {"fact_id", "text", "confidence"} for a in data["alternatives"])


def test_ask_json_abstains_with_null_answer() -> None:
    _, out, _ = ask("--json", "how do I cook rice?")
    data = json.loads(out)
    assert data["answer"] is None
    assert data["question"] == "how do I cook rice?"


def test_ask_json_lines_from_stdin_one_object_per_line_in_order() -> None:
    code, out, _ = ask("--json", "-", stdin="copilot\n\nzxcv\nqui est matelich\n")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    objects = [json.loads(line) for line in lines]
    assert [o["question"] for o in objects] == ["copilot", "", "zxcv", "qui est matelich"]
    assert objects[0]["answer"]["fact_id"] == "codex-powers-copilot"
    assert objects[1]["answer"] is None and objects[2]["answer"] is None
    assert objects[3]["answer"]["fact_id"] == "grace-matelich-role"


def test_ask_with_a_broken_knowledge_dir_fails_clearly(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "knowledge", tmp_path / "knowledge")
    (tmp_path / "knowledge" / "facts" / "hiring.yaml").write_text("facts: [\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run_ask("copilot", knowledge=tmp_path / "knowledge", out=out, err=err)
    assert code == 1
    assert "knowledge/facts/hiring.yaml:" in err.getvalue() and "malformed YAML" in err.getvalue()
    assert out.getvalue() == ""


def test_check_reports_counts_and_uncited_sentences() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_check(None, out=out, err=err) == 0
    report = out.getvalue()
    assert report.startswith("OK: ")
    for source_id in ("semafor-army-of-contractors", "invisible-layoffs-fr", "training-day-grunt-work"):
        assert source_id in report


def test_check_exits_non_zero_on_a_bad_quote(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "knowledge", tmp_path / "knowledge")
    path = tmp_path / "knowledge" / "facts" / "hiring.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("roughly 1,000 remote", "roughly 7,000 remote"), encoding="utf-8")
    assert main(["check", "--knowledge", str(tmp_path / "knowledge")]) == 1


def test_bad_threshold_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--threshold", "7", "copilot"]) == 2
    assert "threshold" in capsys.readouterr().err
