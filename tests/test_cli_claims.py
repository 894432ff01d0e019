"""`python -m bot verify` and `python -m bot timeline`: text, the JSON Lines contract, and no discord import."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from bot.__main__ import main
from bot.cli import run_timeline, run_verify

ROOT = Path(__file__).resolve().parents[1]


def test_verify_prints_the_verdict_and_the_quote() -> None:
    out = io.StringIO()
    assert run_verify("The trainers make $30 an hour", out=out) == 0
    text = out.getvalue()
    assert text.startswith("Contradicted: The trainers make $30 an hour")
    assert "The articles say $15 an hour, not $30" in text
    assert "“Earning $15 an hour or more without benefits”" in text


CONTRACT = ("source_id", "title", "outlet", "quote")
CHAIN = ("speaker", "channel", "reported_to", "relayed_by", "origin", "origin_inferred", "chain")


def test_verify_json_lines_one_object_per_input_line() -> None:
    claims = ["OpenAI hired 1,000 coders", "Savreux est originaire de Kansas City", "", "Elon Musk founded OpenAI"]
    out = io.StringIO()
    assert run_verify("-", as_json=True, stdin=io.StringIO("\n".join(claims) + "\n"), out=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["claim"] for r in rows] == claims
    assert [r["verdict"] for r in rows] == ["disputed", "supported", "not_reported", "not_reported"]
    for row in rows:
        assert set(row) == {"claim", "verdict", "fact_id", "citations", "explanation"}
        # the contract's four keys first, then the chain `ask --json` citations carry (additive)
        assert all(list(c)[:4] == ["source_id", "title", "outlet", "quote"] for c in row["citations"])
        assert all(set(c) == set(CONTRACT) | set(CHAIN) for c in row["citations"])
    assert rows[1]["fact_id"] == "savreux-age-kansas-city" and rows[3]["fact_id"] is None


def test_verify_reads_bad_bytes_without_a_traceback() -> None:
    out = io.StringIO()
    stdin = io.BytesIO(b"Savreux is 34 years old\nbad \xff bytes\n")

    class Binary:
        buffer = stdin

    assert run_verify("-", as_json=True, stdin=Binary(), out=out) == 0  # type: ignore[arg-type]
    assert len(out.getvalue().splitlines()) == 2


def test_verify_without_a_claim_is_a_clear_error() -> None:
    err = io.StringIO()
    assert run_verify("  ", err=err) == 2
    assert "give a claim" in err.getvalue()


def test_timeline_cli_in_order_and_in_french() -> None:
    out = io.StringIO()
    assert run_timeline(None, out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "Dated events, in order:"
    assert lines[1].startswith("  1. 1950–1959")
    out = io.StringIO()
    assert run_timeline("sama", language="fr", out=out) == 0
    assert "février 2022" in out.getvalue()
    out = io.StringIO()
    assert run_timeline("nvidia", out=out) == 0
    assert "The articles date no event about “nvidia”" in out.getvalue()


def test_timeline_json(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["timeline", "--json", "codex"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["fact_id"] for e in data["dated"]] == ["codex-launch"] and data["dated"][0]["date"] == "2021-08"


def test_verify_and_timeline_never_import_discord() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from bot.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['verify', 'Savreux earns $15 an hour']) == 0\n"
        "    assert main(['timeline']) == 0\n"
        "assert not [m for m in sys.modules if m == 'discord' or m.startswith('discord.')], 'discord was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr


def test_ask_corrects_a_false_premise_before_answering() -> None:
    from bot.cli import run_ask

    out = io.StringIO()
    assert run_ask("Why did OpenAI fire the Kenyan workers?", out=out) == 0
    text = out.getvalue()
    assert text.startswith("Contradicted: Why did OpenAI fire the Kenyan workers?")
    assert text.index("name Sama, not OpenAI") < text.index("Reported by")
    out = io.StringIO()
    assert run_ask("How many contractors did OpenAI hire?", out=out) == 0
    assert "Contradicted" not in out.getvalue()


def test_verify_json_citations_carry_the_chain_ask_json_gives() -> None:
    """A relayed claim is not the citing article's own: `verify --json` says who spoke, to whom, and who relays it,
    exactly as `ask --json` does for the same citation, in the reader's language."""
    from bot.core.engine import Engine
    from bot.core.loader import load_knowledge
    from bot.core.render import answer_json

    base = load_knowledge()
    engine = Engine(base)
    for language in ("en", "fr"):
        out = io.StringIO()
        assert run_verify("The trainers make $30 an hour", as_json=True, language=language, out=out) == 0
        row = json.loads(out.getvalue())
        assert row["verdict"] == "contradicted"
        asked = answer_json(replace(engine.ask("how much does savreux make an hour"), language=language), base)
        assert asked["answer"]["fact_id"] == row["fact_id"]
        assert [{k: c[k] for k in (*CONTRACT, *CHAIN)} for c in asked["answer"]["citations"]] == row["citations"]
        relayed = next(c for c in row["citations"] if c["source_id"] == "training-day-grunt-work")
        assert relayed["relayed_by"] == "training-day-grunt-work" and relayed["origin"] == "nbc-news"
        assert relayed["reported_to"] == "NBC News" and not relayed["origin_inferred"]
        assert relayed["chain"] == {"en": "claim by NBC News's reporting; relayed by this article",
                                    "fr": "source : les informations de NBC News ; relayé par cet article"}[language]  # fmt: skip
