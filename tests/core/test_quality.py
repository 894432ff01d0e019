"""Answer quality on the held-out question set (benchmarks/questions.yaml), at the shipped threshold.

The figures are reported in the README by `benchmarks/evaluate.py`, which runs the same evaluation.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.evaluation import Report, evaluate, load_questions


@pytest.fixture(scope="module")
def report(engine: Engine) -> Report:
    in_scope, off_topic = load_questions()
    assert len(in_scope) >= 120 and len(off_topic) >= 40
    assert sum(1 for q in in_scope if q.lang == "fr") >= 25
    return evaluate(engine, in_scope, off_topic)


def test_question_set_is_kept_apart_from_the_facts_own_questions(engine: Engine) -> None:
    in_scope, _ = load_questions()
    known = {q.casefold().strip() for f in engine.base.facts.values() for q in (*f.questions, *f.questions_fr)}
    assert [q.question for q in in_scope if q.question.casefold().strip() in known] == []


def test_expected_facts_exist(engine: Engine) -> None:
    in_scope, _ = load_questions()
    assert {i for q in in_scope for i in q.expect} - set(engine.base.facts) == set()


def test_in_scope_top1_accuracy(report: Report) -> None:
    assert report.in_scope.rate >= 0.95, "\n".join(report.misses)


def test_french_top1_accuracy(report: Report) -> None:
    assert report.by_lang["fr"].rate >= 0.90, "\n".join(m for m in report.misses if m.startswith("[fr"))


def test_far_off_topic_abstention(report: Report) -> None:
    assert report.abstention["far"].rate >= 0.95, "\n".join(m for m in report.misses if "off-topic far" in m)


def test_near_off_topic_abstention(report: Report) -> None:
    assert report.abstention["near"].rate >= 0.80, "\n".join(m for m in report.misses if "off-topic near" in m)
