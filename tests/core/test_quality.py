"""Answer quality at the shipped threshold, on the development set (benchmarks/questions.yaml), the first held-out
set (benchmarks/heldout.yaml) and issue 9's fresh held-out set (benchmarks/heldout2.yaml, written blind, which
carries the issue's targets). Held-out misses are never printed: reading them would be tuning on them.

The figures are reported in the README by `benchmarks/evaluate.py`, which runs the same evaluation.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.evaluation import (
    BENCHMARKS,
    DEFAULT_QUESTIONS,
    DEV3_QUESTIONS,
    DEV4_QUESTIONS,
    DEV6_QUESTIONS,
    DEV7_QUESTIONS,
    DEV8_QUESTIONS,
    DEV9_QUESTIONS,
    DEV10_QUESTIONS,
    DEV11_QUESTIONS,
    HELDOUT2_QUESTIONS,
    HELDOUT_QUESTIONS,
    Report,
    evaluate,
    load_questions,
)

SETS = [
    pytest.param(DEFAULT_QUESTIONS, id="development"),
    pytest.param(HELDOUT_QUESTIONS, id="held-out"),
    pytest.param(HELDOUT2_QUESTIONS, id="held-out-2"),
    # Written blind: 8 of its questions happen to be word for word among the facts' own phrasings (none were added from it).
    pytest.param(DEV3_QUESTIONS, id="development-3"),
    # The same, from a second blind writer: 8 word for word among the facts' phrasings.
    pytest.param(DEV4_QUESTIONS, id="development-4"),
    # Sealed: only its expected ids are checked here (the file is read, the engine never answers it).
    pytest.param(BENCHMARKS / "heldout4.yaml", id="held-out-4"),
    # A third blind writer's development split, and its sealed twin (expected ids checked only).
    pytest.param(DEV6_QUESTIONS, id="development-6"),
    pytest.param(BENCHMARKS / "heldout6.yaml", id="held-out-6"),
    # A fourth blind writer's development split, and its sealed twin (expected ids checked only).
    pytest.param(DEV7_QUESTIONS, id="development-7"),
    pytest.param(BENCHMARKS / "heldout7.yaml", id="held-out-7"),
    # A fifth blind writer's development split, and its sealed twin (expected ids checked only).
    pytest.param(DEV8_QUESTIONS, id="development-8"),
    pytest.param(BENCHMARKS / "heldout8.yaml", id="held-out-8"),
    # A sixth blind writer's development split, and its sealed twin (expected ids checked only).
    pytest.param(DEV9_QUESTIONS, id="development-9"),
    pytest.param(BENCHMARKS / "heldout9.yaml", id="held-out-9"),
    # A seventh blind writer's development split, and its sealed twin (expected ids checked only).
    pytest.param(DEV10_QUESTIONS, id="development-10"),
    pytest.param(BENCHMARKS / "heldout10.yaml", id="held-out-10"),
    # An eighth blind writer's development split, and its sealed twin (expected ids checked only).
    pytest.param(DEV11_QUESTIONS, id="development-11"),
    pytest.param(BENCHMARKS / "heldout11.yaml", id="held-out-11"),
]


@pytest.fixture(scope="module")
def report(engine: Engine) -> Report:
    in_scope, off_topic = load_questions()
    assert len(in_scope) >= 300 and len(off_topic) >= 90
    assert sum(1 for q in in_scope if q.lang == "fr") >= 80
    return evaluate(engine, in_scope, off_topic)


@pytest.fixture(scope="module")
def dev3(engine: Engine) -> Report:
    in_scope, off_topic = load_questions(DEV3_QUESTIONS)
    assert len(in_scope) >= 80 and len(off_topic) >= 30
    return evaluate(engine, in_scope, off_topic)


@pytest.fixture(scope="module")
def heldout(engine: Engine) -> Report:
    in_scope, off_topic = load_questions(HELDOUT_QUESTIONS)
    assert len(in_scope) >= 90 and len(off_topic) >= 40
    return evaluate(engine, in_scope, off_topic)


@pytest.fixture(scope="module")
def heldout2(engine: Engine) -> Report:
    in_scope, off_topic = load_questions(HELDOUT2_QUESTIONS)
    assert len(in_scope) >= 190 and len(off_topic) >= 80
    return evaluate(engine, in_scope, off_topic)


# The fresh held-out set is left out: some of its questions are word for word among the facts' own phrasings
# (counted, never read; see the README), and finding which would mean reading it.
@pytest.mark.parametrize("path", SETS[:2])
def test_question_sets_are_kept_apart_from_the_facts_own_questions(engine: Engine, path) -> None:
    in_scope, _ = load_questions(path)
    known = {q.casefold().strip() for f in engine.base.facts.values() for q in (*f.questions, *f.questions_fr)}
    assert [q.question for q in in_scope if q.question.casefold().strip() in known] == []


@pytest.mark.parametrize("path", SETS)
def test_expected_facts_exist(engine: Engine, path) -> None:
    in_scope, off_topic = load_questions(path)
    assert {i for q in (*in_scope, *off_topic) for i in q.expect} - set(engine.base.facts) == set()


def test_the_sets_share_no_question() -> None:
    development = {q.question.casefold() for q in load_questions()[0]}
    for path in (HELDOUT_QUESTIONS, HELDOUT2_QUESTIONS):
        assert sum(q.question.casefold() in development for q in load_questions(path)[0]) == 0


def rates(report: Report) -> dict[str, float]:
    return {
        "in_scope": report.in_scope.rate,
        "fr": report.by_lang["fr"].rate,
        "typo": report.by_kind["typo"].rate,
        "far": report.abstention["far"].rate,
        "near": report.abstention["near"].rate,
        "chat": report.abstention["chat"].rate,
        "sure": report.calibration["sure"].rate,
    }


# Floors the engine meets today (measured by benchmarks/evaluate.py, see the README): a change that loses
# accuracy fails here. The issue's targets are asserted separately below.
FLOORS = {"in_scope": 0.92, "fr": 0.95, "typo": 0.85, "far": 1.0, "near": 0.90, "chat": 1.0, "sure": 0.96}
#: The blind-written development set 3 (tuned on: its misses are read).
DEV3_FLOORS = {"in_scope": 0.90, "fr": 0.87, "typo": 0.85, "far": 1.0, "near": 0.90, "chat": 1.0, "sure": 0.97}
HELDOUT_FLOORS = {"in_scope": 0.82, "fr": 0.86, "far": 0.95, "near": 0.55, "sure": 0.88}
HELDOUT2_FLOORS = {"in_scope": 0.81, "fr": 0.78, "typo": 0.84, "far": 0.90, "near": 0.71, "chat": 0.92, "sure": 0.91}


@pytest.mark.parametrize("measure", list(FLOORS))
def test_quality_does_not_regress(report: Report, measure: str) -> None:
    assert rates(report)[measure] >= FLOORS[measure], "\n".join(report.misses)


@pytest.mark.parametrize("measure", list(DEV3_FLOORS))
def test_quality_on_the_blind_development_set_does_not_regress(dev3: Report, measure: str) -> None:
    assert rates(dev3)[measure] >= DEV3_FLOORS[measure], "\n".join(dev3.misses)


@pytest.mark.parametrize("measure", list(HELDOUT_FLOORS))
def test_quality_on_unseen_wording_does_not_regress(heldout: Report, measure: str) -> None:
    assert rates(heldout)[measure] >= HELDOUT_FLOORS[measure]


@pytest.mark.parametrize("measure", list(HELDOUT2_FLOORS))
def test_quality_on_the_fresh_held_out_set_does_not_regress(heldout2: Report, measure: str) -> None:
    assert rates(heldout2)[measure] >= HELDOUT2_FLOORS[measure]


# Issue 9's targets, on its fresh held-out set. Those not reached yet are strict expected failures, so that
# reaching one is noticed (the README says by how much each is missed and what was measured). Two typos (90%)
# was reached once the facts gained everyday phrasings (noticed by this strict marker; the set was not read); "sure"
# (97%) once it needed a lead over the best rival, chosen on the facts' own phrasings, and near questions (90%) once a
# place named by a word made from it counted and places given as examples stopped answering where within one (each
# noticed the same way); far off-topic questions (100%) once what a figure is of was read (a headcount, the sum of a
# main clause, a length of time; noticed the same way, the set not read).
TARGETS = {"in_scope": 0.95, "fr": 0.93, "typo": 0.90, "far": 1.0, "near": 0.90, "chat": 1.0, "sure": 0.97}
UNMET = {
    "in_scope": "83% today: paraphrases sharing no word with their fact, and facts lacking the asked type",
    "fr": "80% today",
    "chat": "96% today: one chat message the conversation layer does not know",
}


@pytest.mark.parametrize(
    "measure",
    [pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=UNMET[m])) if m in UNMET else m for m in TARGETS],
)
def test_issue_targets_on_the_fresh_held_out_set(heldout2: Report, measure: str) -> None:
    assert rates(heldout2)[measure] >= TARGETS[measure]
