"""The answer engine on the shipped fact base: right facts, honest abstentions, calm with hostile input."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import MAX_ALTERNATIVES, MAX_MATCHED_CHARS, Engine
from bot.core.models import KnowledgeBase
from bot.core.render import answer_json
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many contractors did OpenAI hire?", {"hiring-scale", "disc-hiring-count-hired-vs-planned"}),
        ("copilot", {"codex-powers-copilot"}),
        ("talent density", {"altman-talent-density-tweet"}),
        ("jimmy johns", {"savreux-escaped-homelessness", "savreux-homelessness-credit"}),
        ("how much is savreux paid", {"savreux-pay-15-an-hour"}),
        ("sama kenya", {"sama-ends-openai-partnership", "sama-kenya-harmful-content"}),
        ("375", {"openai-headcount-375"}),
        ("how many people does openai employ", {"openai-headcount-375", "altman-headcount-excludes-contractors"}),
    ],
)
def test_questions_keywords_and_numbers_find_their_fact(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected


@pytest.mark.parametrize(
    "question",
    [
        "matelich",
        "Who is Grace Matelich?",
        "qui est grace matelich",
        "grace matelch",
        "matelich, who is she?",
        "matelich c'est qui au juste",
    ],
)
def test_entity_questions_answer_from_the_entity(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entity is not None and answer.entity.id == "grace-matelich"
    assert answer.best is not None and "grace-matelich" in answer.best.fact.entities


def test_misspelt_name_from_the_articles_finds_the_person(engine: Engine) -> None:
    assert engine.ask("savreaux").entity.id == "alexej-savreux"
    assert engine.ask("palziban").entity.id == "palizban"


def test_french_question_finds_the_same_fact_as_its_english_twin(engine: Engine) -> None:
    pairs = [
        ("why did invisible lay off its trainers", "pourquoi invisible a-t-il licencié ses formateurs"),
        ("when did sama end its partnership with openai", "quand sama a-t-elle mis fin à son partenariat avec openai"),
    ]
    for english, french in pairs:
        assert best_id(engine, english) is not None
        assert best_id(engine, english) == best_id(engine, french)


def test_french_question_gets_a_french_statement_and_the_quote_as_written(engine: Engine, base: KnowledgeBase) -> None:
    answer = engine.ask("pourquoi invisible a-t-il licencié des formateurs")
    assert answer.language == "fr"
    body = answer_json(answer, base)["answer"]
    fact = base.facts[body["fact_id"]]
    assert body["text"] == fact.statement_fr
    assert [c["quote"] for c in body["citations"]] == [c.quote for c in fact.citations]


@pytest.mark.parametrize(
    "question",
    ["how do I cook rice?", "zxcv", "who is the CEO of Nvidia?", "what's the weather in paris", "", "   ", "???"],
)
def test_off_topic_questions_abstain(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained
    assert answer.best is None and answer.alternatives == ()


def test_abstention_offers_suggestions_only_when_something_is_near(engine: Engine) -> None:
    assert engine.ask("zxcv qwerty").suggestions == ()
    strict = Engine(engine.base, threshold=0.99)
    answer = strict.ask("what did the contractors at invisible do")
    assert answer.abstained and answer.suggestions


def test_threshold_is_configurable_and_validated(base: KnowledgeBase) -> None:
    assert Engine(base, threshold=1.0).ask("copilot and codex and gpt-3 and microsoft").abstained
    assert not Engine(base, threshold=0.0).ask("openai contractors").abstained
    with pytest.raises(ValueError, match="threshold"):
        Engine(base, threshold=1.5)


def test_answer_shape(engine: Engine) -> None:
    answer = engine.ask("what did openai's coding test ask applicants to do")
    assert answer.best is not None
    assert 0.0 <= answer.best.confidence <= 1.0
    assert len(answer.alternatives) <= MAX_ALTERNATIVES
    assert answer.best.fact.id not in {m.fact.id for m in answer.alternatives}
    assert all(m.confidence <= answer.best.confidence + 1e-9 for m in answer.alternatives)


HOSTILE = [
    "x" * 100_000,
    "how many contractors " * 5000,
    "\x00\x01\x02 contractors \x1b[31m hired \x7f",
    "🤖🤖🤖 openai 🚀 contractors ✨",
    "\u202eكم عدد المقاولين\u202c",
    "Z̷̢̛a̸̡̛l̴̨̛g̵̢̛ơ̶̢ savreux",
    "**bold** __under__ `code` ||spoiler|| [link](https://example.com) > quote",
    "@everyone @here <@123456789> how many contractors",
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_input_gets_a_calm_result(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert len(answer.question) <= MAX_MATCHED_CHARS
    assert answer.truncated == (len(" ".join(question.split())) > MAX_MATCHED_CHARS)
    assert "\x00" not in answer.question and "\u202e" not in answer.question


def test_mentions_and_markdown_do_not_change_the_answer(engine: Engine) -> None:
    assert best_id(engine, "@everyone how many contractors did openai hire") == best_id(
        engine, "how many contractors did openai hire"
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=2000))
def test_any_text_returns_a_result(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert 0.0 <= answer.confidence <= 1.0
    assert answer.abstained == (answer.best is None)
    assert len(answer.question) <= MAX_MATCHED_CHARS


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_prefix_autocompletes_within_discord_limits(engine: Engine, text: str) -> None:
    choices = engine.complete_question(text)
    assert len(choices) <= 25
    assert all(isinstance(c, str) and c for c in choices)


def test_autocomplete_follows_what_is_typed(engine: Engine) -> None:
    assert all(c.startswith("how") for c in engine.complete_question("how")[:5])
    typed = engine.complete_question("savr")
    assert typed and any("savreux" in c.lower() for c in typed)
    assert len(engine.complete_question("")) == 25


def test_entity_search_handles_aliases_and_typos(engine: Engine) -> None:
    assert engine.search_entities("palz")[0].id == "palizban"
    assert engine.find_entity("Savreaux").id == "alexej-savreux"
    assert engine.find_entity("Satya Nadela").id == "satya-nadella"
    assert engine.find_entity("zzzz") is None


def test_related_shares_entities_or_topics(engine: Engine, base: KnowledgeBase) -> None:
    fact = base.facts["hiring-scale"]
    related = engine.related("hiring-scale")
    assert related and fact.id not in {f.id for f in related}
    assert all(set(f.entities) & set(fact.entities) or set(f.topics) & set(fact.topics) for f in related)


def test_discrepancies_by_subject(engine: Engine) -> None:
    found = engine.discrepancies("how many contractors were hired")
    assert found and all(f.kind == "discrepancy" for f in found)
    assert len(found[0].source_ids) >= 2
    assert {f.kind for f in engine.discrepancies(None)} == {"discrepancy"}


def test_random_fact_is_reproducible_with_a_seed(engine: Engine) -> None:
    assert engine.random_fact(random.Random(3)).id == engine.random_fact(random.Random(3)).id


def test_answer_points_to_where_the_articles_differ_on_it(engine: Engine) -> None:
    answer = engine.ask("how many contractors did openai hire")
    assert answer.best is not None and answer.best.fact.id == "hiring-scale"
    disputes = {d.id for d in answer.disputes}
    assert "disc-hiring-count-hired-vs-planned" in disputes
    assert all(d.kind == "discrepancy" for d in answer.disputes)
    # A claim no article contradicts carries no dispute.
    assert engine.ask("talent density").disputes == ()


@pytest.mark.parametrize("question", ["how much did microsoft pay for github", "combien gagne sam altman"])
def test_a_question_about_money_needs_a_fact_with_a_sum(engine: Engine, question: str) -> None:
    # Both name things the articles cover, but no fact gives these sums.
    assert engine.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much is savreux paid", "savreux-pay-15-an-hour"),
        ("combien de salariés compte OpenAI", "altman-headcount-excludes-contractors"),
    ],
)
def test_money_and_headcount_questions_still_find_their_sums(engine: Engine, question: str, expected: str) -> None:
    # "salariés" is employees, not salaries.
    assert best_id(engine, question) in {expected, "openai-headcount-375"}


def test_who_is_with_more_than_a_name_is_not_about_that_name(engine: Engine) -> None:
    # The articles never name Invisible's chief executive: this is not "who is Invisible".
    assert engine.ask("who is the ceo of invisible").abstained
    answer = engine.ask("who is this jindal person")
    assert answer.entity is not None and answer.entity.id == "sonam-jindal"


def test_a_question_naming_someone_is_not_answered_by_a_fact_about_someone_else(engine: Engine) -> None:
    # Sama is based in San Francisco; where Semafor is, the articles do not say.
    assert engine.ask("where is semafor headquartered").abstained


def test_a_number_the_fact_lacks_makes_it_not_the_answer(engine: Engine) -> None:
    # ChatGPT's release is in the articles; GPT-4's is not.
    assert engine.ask("when was gpt-4 released").abstained
    assert best_id(engine, "was microsoft's investment $10bn") in {"microsoft-investment", "disc-microsoft-investment-amount"}
