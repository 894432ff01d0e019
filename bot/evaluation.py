"""Measure the engine against a question set kept apart from the facts' own questions.

The set (benchmarks/questions.yaml) has in-scope questions with the fact ids that count as a correct
top-1 answer, and off-topic ones on which the engine must abstain. Used by benchmarks/evaluate.py and
by the quality test, so the figures in the README and the test's thresholds come from one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.core.engine import Engine

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[1] / "benchmarks" / "questions.yaml"
#: Written from the articles alone, never looked at while tuning: how the engine does on unseen wording.
HELDOUT_QUESTIONS = DEFAULT_QUESTIONS.with_name("heldout.yaml")


@dataclass(frozen=True, slots=True)
class InScope:
    question: str
    expect: tuple[str, ...]
    kind: str
    lang: str


@dataclass(frozen=True, slots=True)
class OffTopic:
    question: str
    kind: str  # far | near


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.rate:6.1%} ({self.right}/{self.total})"


@dataclass
class Report:
    """Top-1 accuracy per kind and language, abstention per kind, and every miss for inspection."""

    in_scope: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    abstention: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"in scope, top-1 accuracy: {self.in_scope}"]
        out += [f"  {kind:<11} {tally}" for kind, tally in sorted(self.by_kind.items())]
        out += [f"  lang {lang:<6} {tally}" for lang, tally in sorted(self.by_lang.items())]
        out += [f"off topic, correct abstention ({kind}): {tally}" for kind, tally in sorted(self.abstention.items())]
        return out


def load_questions(path: Path = DEFAULT_QUESTIONS) -> tuple[list[InScope], list[OffTopic]]:
    """Read the evaluation set."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    in_scope = [InScope(r["q"], tuple(r["expect"]), r.get("kind", "paraphrase"), r.get("lang", "en")) for r in data["in_scope"]]
    off_topic = [OffTopic(r["q"], r["kind"]) for r in data["off_topic"]]
    return in_scope, off_topic


def evaluate(engine: Engine, in_scope: list[InScope], off_topic: list[OffTopic]) -> Report:
    """Run every question through the engine and tally the outcomes."""
    report = Report()
    for item in in_scope:
        answer = engine.ask(item.question)
        right = answer.best is not None and answer.best.fact.id in item.expect
        for tally in (report.in_scope, report.by_kind[item.kind], report.by_lang[item.lang]):
            tally.total += 1
            tally.right += right
        if not right:
            got = f"{answer.best.fact.id} ({answer.best.confidence:.2f})" if answer.best else "abstained"
            report.misses.append(f"[{item.lang} {item.kind}] {item.question!r}: expected {'/'.join(item.expect)}, got {got}")
    for item in off_topic:
        answer = engine.ask(item.question)
        tally = report.abstention[item.kind]
        tally.total += 1
        tally.right += answer.abstained
        if not answer.abstained:
            report.misses.append(
                f"[off-topic {item.kind}] {item.question!r}: answered {answer.best.fact.id} ({answer.confidence:.2f})"
            )
    return report
