"""The facts' `answers:` block: typed frozen values, the kinds a fact answers, and clear problems for bad blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import ANSWER_KINDS, CountAnswer, MoneyAnswer, PlaceAnswer

FACT = """\
facts:
  - id: hiring-scale
    statement: OpenAI brought on roughly 1,000 remote contractors.
    questions:
      - how many contractors
      - openai contractors
      - contractor headcount
ANSWERS
    topics: [hiring]
    entities: [openai]
    citations:
      - source: semafor-army-of-contractors
        quote: bringing on roughly 1,000 remote contractors over the past six months
        attribution: anonymous
        who: people familiar with the matter
"""


@pytest.fixture
def kb(knowledge_copy: Path) -> Path:
    root = knowledge_copy
    return root


def write(root: Path, answers: str) -> None:
    (root / "facts" / "test.yaml").write_text(FACT.replace("ANSWERS\n", answers), encoding="utf-8")


def problems(root: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return str(info.value)


def test_answers_load_as_typed_frozen_values(kb: Path) -> None:
    write(
        kb,
        "    answers:\n"
        "      count: {value: 1000, approx: true, of: remote contractors hired}\n"
        "      money: [{amount: 15, per: hour, of: pay}, {amount: 12, per: hour, of: minimum wage}]\n"
        "      place: {where: [latin-america, eastern-europe], of: the contractors}\n",
    )
    fact = load_knowledge(kb).facts["hiring-scale"]
    assert fact.answers.count == (CountAnswer(value=1000, of="remote contractors hired", approx=True),)
    assert fact.answers.money[1] == MoneyAnswer(amount=12, of="minimum wage", per="hour")
    assert fact.answers.money[0].currency == "USD"
    assert fact.answers.place == (PlaceAnswer(where=("latin-america", "eastern-europe"), of="the contractors"),)
    assert fact.answer_kinds == frozenset({"count", "money", "place"})
    with pytest.raises(AttributeError):
        fact.answers.count[0].value = 2  # type: ignore[misc]


def test_a_fact_without_answers_answers_no_kind(kb: Path) -> None:
    write(kb, "    answers: {}\n")
    assert load_knowledge(kb).facts["hiring-scale"].answer_kinds == frozenset()
    write(kb, "")
    assert load_knowledge(kb).facts["hiring-scale"].answer_kinds == frozenset()


@pytest.mark.parametrize(
    ("answers", "line", "message"),
    [
        ("    answers:\n      cuont: {value: 3, of: x}\n", 9, "unknown kind 'cuont' (did you mean 'count'?)"),
        ("    answers:\n      count: {value: many, of: x}\n", 9, "answers.count.value must be a number"),
        ("    answers:\n      count: {value: 3}\n", 9, "answers.count: missing required field 'of'"),
        ("    answers:\n      count: {value: 3, of: x, roughly: true}\n", 9, "answers.count: unknown key 'roughly'"),
        ("    answers:\n      count: {value: 3, of: x, approx: yes please}\n", 9, "answers.count.approx must be true or false"),
        (
            "    answers:\n      count: {value: 3, of: x, excludes: [a, b]}\n",
            9,
            "answers.count.excludes must be a non-empty string",
        ),
        ("    answers:\n      percent: {value: 140, of: x}\n", 9, "answers.percent.value must be a number from 0 to 100"),
        ("    answers:\n      money: {amount: 15, per: fortnight, of: pay}\n", 9, "answers.money.per must be one of hour"),
        ("    answers:\n      money: {amount: 15, currency: dollars, of: pay}\n", 9, "three-letter currency code"),
        ("    answers:\n      place:\n        where: [atlantis]\n", 10, "unknown entity 'atlantis'"),
        ("    answers:\n      place: {where: [openai]}\n", 9, "'openai' is not a place entity"),
        ("    answers:\n      role: {entity: nobody, role: CEO}\n", 9, "answers.role.entity names unknown entity 'nobody'"),
        ("    answers:\n      actor: {who: [openai], did: fired}\n", 9, "answers.actor.did must be one of hire"),
        ("    answers:\n      quote: {speaker: [openai, sama]}\n", 9, "answers.quote.speaker must be an entity id"),
        ("    answers:\n      date: {of: the hiring}\n", 9, "answers.date needs the fact's 'when'"),
        ("    answers: [count]\n", 8, "answers must be a mapping of answer kinds"),
        ("    answers:\n      count: []\n", 9, "answers.count is an empty list"),
    ],
)
def test_bad_answers_are_reported_with_file_line_and_fact(kb: Path, answers: str, line: int, message: str) -> None:
    write(kb, answers)
    text = problems(kb)
    assert f"facts/test.yaml:{line}: fact 'hiring-scale':" in text
    assert message in text


def test_every_problem_in_answers_is_reported_at_once(kb: Path) -> None:
    write(kb, "    answers:\n      count: {value: x, of: y}\n      place: {where: [nowhere]}\n")
    text = problems(kb)
    assert "2 problems" in text
    assert "count.value" in text and "unknown entity 'nowhere'" in text


def test_every_shipped_fact_has_a_curated_answers_block_before_its_topics(knowledge_dir: Path) -> None:
    # `answers: {}` says the fact was reviewed and answers no checkable kind; a missing block is not curated.
    for path in sorted((knowledge_dir / "facts").glob("*.yaml")):
        for fact in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]:
            assert "answers" in fact, f"{path.name}: {fact['id']} has no answers block"
            assert set(fact["answers"]) <= set(ANSWER_KINDS)
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.startswith("    topics:"):
                above = next(j for j in range(i - 1, -1, -1) if not lines[j].startswith("      "))
                assert lines[above].startswith("    answers:"), f"{path.name}:{i + 1}: answers must be just before topics"


def test_shipped_figures_are_the_articles_figures(knowledge_dir: Path) -> None:
    facts = load_knowledge(knowledge_dir).facts
    assert facts["savreux-pay-15-an-hour"].answers.money[0].amount == 15
    assert facts["openai-headcount-375"].answers.count[0].value == 375
    assert facts["hiring-data-labeling-share"].answers.percent[0].value == 60
    assert facts["sama-ends-openai-partnership"].answers.actor[0].who == ("sama",)
    assert facts["grace-matelich-role"].answers.role[0].at == "invisible"
    # A dated answer sits on a fact whose `when` holds the date.
    assert all(f.when for f in facts.values() if f.answers.date and f.kind == "claim")
