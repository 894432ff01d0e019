"""The signals behind an answer's band: what the engine knew when it chose the fact (engine/confidence.py Signals)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.engine import Engine
from bot.core.engine.confidence import Signals
from bot.core.engine.rerank import Reranking
from bot.core.models import KnowledgeBase


class Cosines:
    """A re-ranker that keeps the lexical order and gives every fact the cosine its table says."""

    def __init__(self, table: dict[str, float], default: float = 0.1) -> None:
        self.table = table
        self.default = default
        self.asked: list[list[str]] = []

    def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> Sequence[tuple[str, float]]:
        return list(pool)

    def similarities(self, question: str, fact_ids: Sequence[str]) -> list[float]:
        self.asked.append(list(fact_ids))
        return [self.table.get(fact_id, self.default) for fact_id in fact_ids]


class Failing(Cosines):
    def similarities(self, question: str, fact_ids: Sequence[str]) -> list[float]:
        raise RuntimeError("model gone")


def test_an_answer_carries_its_signals_and_an_abstention_none(engine: Engine) -> None:
    answer = engine.ask("how many contractors did openai hire")
    signals = answer.signals
    assert isinstance(signals, Signals)
    assert signals.confidence == answer.best.confidence and signals.agreed and signals.curated and signals.typed
    assert signals.margin <= signals.fitting_margin or signals.fitting_margin == signals.margin
    assert signals.cosine is None  # the suite's engine has no re-ranker
    assert signals.corrected == 0
    assert engine.ask("what is the capital of france").signals is None


def test_typos_read_are_counted(engine: Engine) -> None:
    clean = engine.ask("how many contractors did openai hire").signals
    misspelt = engine.ask("how many contarctors did openia hire").signals
    assert isinstance(misspelt, Signals) and clean.corrected == 0 and misspelt.corrected >= 2


def test_the_cosine_and_its_lead_come_from_the_re_ranker(base: KnowledgeBase) -> None:
    cosines = Cosines({"hiring-scale": 0.8})
    answer = Engine(base, reranker=cosines).ask("how many contractors did openai hire")
    assert answer.best.fact.id == "hiring-scale"
    assert answer.signals.cosine == 0.8 and answer.signals.cosine_margin == round(0.8 - 0.1, 3)
    assert cosines.asked[-1][0] == "hiring-scale"


def test_a_re_ranker_without_cosines_or_failing_gives_none() -> None:
    class OrderOnly:
        def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> Sequence[tuple[str, float]]:
            return list(pool)

    assert Reranking(OrderOnly()).similarities("q", ["a"]) is None
    assert Reranking(Failing({})).similarities("q", ["a"]) is None
    assert Reranking(None).similarities("q", ["a"]) is None
    assert Reranking(Cosines({"a": 0.5})).similarities("q", []) is None


def test_the_re_ranker_embeds_a_question_once_for_its_order_and_its_cosines() -> None:
    import numpy as np

    from bot.core.semantic import FactVectors, SemanticReranker

    class Counting:
        def __init__(self) -> None:
            self.texts: list[str] = []

        def encode(self, texts: Sequence[str]) -> np.ndarray:
            self.texts += texts
            return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)

    encoder = Counting()
    matrix = np.array([[1, 0], [0, 1]], dtype=np.float16)
    reranker = SemanticReranker(encoder, FactVectors(matrix, {"a": np.array([0]), "b": np.array([1])}))
    reranker.rerank("why", [("a", 0.9), ("b", 0.8)])
    cosines = reranker.similarities("why", ["a", "b"])
    assert encoder.texts == ["why"] and cosines == [np.float32(1 / np.sqrt(2))] * 2
    reranker.similarities("how", ["a"])
    assert encoder.texts == ["why", "how"]


def test_sure_needs_a_lead_over_the_best_rival_in_words_and_in_meaning() -> None:
    from bot.core.engine.confidence import SURE_MARGIN, band, band_of

    assert band(0.95, answered=True, margin=SURE_MARGIN) == "sure"
    assert band(0.95, answered=True, margin=SURE_MARGIN - 0.01) == "likely"
    assert band(0.95, answered=True, margin=0.5, cosine_margin=-0.01) == "likely"  # a rival closer in meaning
    assert band(0.95, answered=True, margin=0.5, cosine_margin=0.2) == "sure"
    assert band(0.95, answered=True, margin=0.5, cosine_margin=None) == "sure"  # no re-ranker: the lexical lead alone
    assert band_of(Signals(0.95, margin=0.3, cosine_margin=0.1)) == "sure"
    assert band_of(Signals(0.95, margin=0.3, cosine_margin=0.1, curated=False)) == "likely"
    assert band_of(Signals(0.95, margin=0.02)) == "likely"


def test_a_fact_telling_the_same_passage_is_no_rival(base: KnowledgeBase, engine: Engine) -> None:
    from bot.core.engine.confidence import kin

    facts = base.facts
    # The record of how the articles differ on the hiring count cites the claim's passage.
    assert kin(facts["hiring-scale"], facts["disc-hiring-timeframe"], engine.disputes)
    assert kin(facts["disc-hiring-timeframe"], facts["hiring-scale"], engine.disputes)
    assert not kin(facts["hiring-scale"], facts["savreux-works-from-home"], engine.disputes)
    # So the hiring count is sure though its discrepancy record matches the question as well.
    answer = engine.ask("how many contractors did openai hire")
    assert answer.signals.runner_up != "disc-hiring-timeframe" and answer.band == "sure"


def test_two_facts_matching_about_as_well_make_an_answer_likely(base: KnowledgeBase) -> None:
    # The re-ranker finds another fact of the pool closer in meaning than the one the words chose: not sure.
    answer = Engine(base, reranker=Cosines({"hiring-scale": 0.2}, default=0.5)).ask("how many contractors did openai hire")
    assert answer.best.fact.id == "hiring-scale" and answer.signals.cosine_margin < 0
    assert answer.band == "likely"


def test_who_is_answers_carry_signals_and_need_the_lead_in_meaning(base: KnowledgeBase) -> None:
    # Every fact naming Kumar matches "who is jatin kumar" by its name alike: they are no rivals in words, but one of them
    # closer to the question in meaning than his introduction is a rival, and the answer is then only "likely".
    ahead = Engine(base, reranker=Cosines({"kumar-age-texas": 0.9, "kumar-work-detail": 0.6})).ask("who is jatin kumar")
    assert ahead.entity is not None and ahead.entity.id == "jatin-kumar"
    assert isinstance(ahead.signals, Signals) and ahead.signals.margin >= 0.1 and ahead.band == "sure"
    behind = Engine(base, reranker=Cosines({"kumar-age-texas": 0.4, "kumar-work-detail": 0.6})).ask("who is jatin kumar")
    assert behind.best.fact.id == "kumar-age-texas" and behind.signals.cosine_margin < 0 and behind.band == "likely"


def test_who_is_the_guy_from_a_place_asks_about_the_person_it_describes(engine: Engine) -> None:
    # "The guy from Missouri" is the trainer from Kansas City, Missouri, not the state (whose minimum wage was answered,
    # sure); found by a description rather than a name, at most "likely".
    answer = engine.ask("who is the guy from missouri")
    assert answer.entity is not None and answer.entity.id == "alexej-savreux"
    assert answer.best.fact.id == "savreux-age-kansas-city" and answer.band == "likely"
    assert engine.ask("who is missouri").best.fact.id != "savreux-age-kansas-city"
