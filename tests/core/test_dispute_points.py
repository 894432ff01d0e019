"""An answer lists the disagreements about its own point, not every one that shares a passage with its fact: the
answer about Savreux's pay names the disagreement on the $15 figure, not the one on his surname's spelling."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.models import KnowledgeBase


def _shown(engine: Engine, question: str) -> tuple[str, set[str]]:
    answer = engine.ask(question)
    assert answer.best is not None, question
    return answer.best.fact.id, {d.id for d in answer.disputes}


def test_the_pay_answer_lists_the_pay_disagreement_not_the_spelling_of_his_name(engine: Engine) -> None:
    fact_id, shown = _shown(engine, "how much does savreux earn")
    assert fact_id == "savreux-pay-15-an-hour"
    linked = {d.id for d in engine.disputes(fact_id)}  # by a shared passage: what the claim checker weighs
    assert {"savreux-name-spelling", "savreux-homelessness-credit", "trainer-pay-detail"} <= linked
    assert shown == {"trainer-pay-detail"}


def test_a_disagreement_stays_on_the_answers_that_make_its_point(engine: Engine) -> None:
    on_point = {
        "hiring-scale": {"disc-hiring-timeframe", "disc-hiring-count-hired-vs-planned", "disc-what-the-contractors-do"},
        "hiring-data-labeling-share": {"disc-split-hired-vs-will-work", "disc-what-the-contractors-do"},
        "savreux-escaped-homelessness": {"savreux-homelessness-credit"},  # both curated as holding a cause
        "kumar-age-texas": {"kumar-location-detail"},  # both give a place
        "invisible-recorded-meeting": {"palizban-name-spelling"},  # it says how the name is spelt
        "jindal-partnership-on-ai": {"jindal-affiliation-wording"},  # her role joins the two it is about
        "savreux-works-with-openai": {"savreux-openai-link-detail"},
        "openai-paper-thanks-contractors": {"disc-research-paper-date"},
    }
    for fact_id, expected in on_point.items():
        assert expected <= {d.id for d in engine.disputes_on_point(fact_id)}, fact_id


def test_a_disagreement_off_the_answers_point_is_left_off(engine: Engine) -> None:
    off_point = {
        "savreux-age-kansas-city": {"savreux-name-spelling", "savreux-openai-link-detail"},
        "savreux-grunt-workers": {"savreux-name-spelling"},
        "invisible-layoffs-roi": {"palizban-name-spelling"},  # a quote by him, not how his name is spelt
        "palizban-openai-clarity": {"palizban-name-spelling"},
        "invisible-layoffs-performance-metrics": {"invisible-company-name"},
        "hiring-data-labeling-defined": {"disc-split-hired-vs-will-work"},  # what labelling is, not the 60/40 split
        "kumar-recent-graduate": {"kumar-location-detail"},
    }
    for fact_id, expected in off_point.items():
        linked = {d.id for d in engine.disputes(fact_id)}
        assert expected <= linked, fact_id  # they share a passage ...
        assert not expected & {d.id for d in engine.disputes_on_point(fact_id)}, fact_id  # ... not a point


def test_what_an_answer_lists_is_among_what_shares_a_passage(engine: Engine, base: KnowledgeBase) -> None:
    for fact_id in base.facts:
        assert set(engine.disputes_on_point(fact_id)) <= set(engine.disputes(fact_id))
    assert engine.disputes_on_point("no-such-fact") == ()
