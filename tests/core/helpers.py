"""Small helpers the engine tests share."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
#: The blind-written development claim sets (tuned on; the sealed ones are only ever counted by the benchmark script).
BLIND_CLAIM_SETS = [
    "claims_dev2.yaml",
    "claims_dev4.yaml",
    "claims_dev6.yaml",
    "claims_dev7.yaml",
    "claims_dev8.yaml",
    "claims_dev9.yaml",
    "claims_dev10.yaml",
    "claims_dev11.yaml",
    "claims_false5.yaml",
]


def false_claims(name: str) -> list[str]:
    """The claims of a blind development set (benchmarks/NAME) whose verdict is not `supported`."""
    data = yaml.safe_load((BENCHMARKS / name).read_text(encoding="utf-8"))
    entries = data["claims"] if isinstance(data, dict) else data
    return [e["claim"] for e in entries if e["verdict"] != "supported"]


def best_id(engine: Engine, question: str) -> str | None:
    """The id of the fact the engine answers with, None when it gives none."""
    answer = engine.ask(question)
    return answer.best.fact.id if answer.best else None


def said(checker: ClaimChecker, claim: str) -> tuple[str, str | None]:
    """The verdict a claim gets (its false-premise reading first, as `assess` does) and the id of its fact."""
    verdict = checker.assess(claim)
    return verdict.verdict, verdict.fact.id if verdict.fact else None
