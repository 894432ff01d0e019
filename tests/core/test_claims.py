"""Claim checking: each verdict, the checkable basis it needs, French, false premises and the JSON contract.

The claims here are the developer's own examples, written from the articles; the benchmark claim set
(benchmarks/claims.yaml) is kept apart and never tuned on.
"""

from __future__ import annotations

import pytest

from bot.core.claims import VERDICTS, ClaimChecker, claim_kind, parse_claim, render_verdict, routed_verdict, verdict_json
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase


@pytest.mark.parametrize(
    ("claim", "fact_id", "point"),
    [
        ("The coding test took five hours", "coding-test-five-hour-unpaid", "count"),
        ("Two OpenAI contractors spoke to NBC News", "two-contractors-grunt-work", "count"),
        ("Savreux is 34 years old", "savreux-age-kansas-city", "count"),
        ("Alexej Savreux lives in Kansas City", "savreux-age-kansas-city", "place"),
        ("Sama ended its partnership with OpenAI in February 2022", "sama-ends-openai-partnership", "actor"),
        ("Grace Matelich is head of operations at Invisible", "grace-matelich-role", "role"),
        ("Nadella said Microsoft would cut 10,000 jobs", "nadella-microsoft-layoffs", "count"),
        ("OpenAI has hired roughly 1,000 remote contractors over the past six months", "hiring-scale", "count"),
        ("Codex was launched in August 2021", "codex-launch", "actor"),
        ("Over 150 people in Nairobi voted to form a union", "nairobi-ai-workers-union-vote", "count"),
        ("Savreux works from home", "savreux-works-from-home", "entity"),
        ("OpenAI did not respond to requests for comment", "openai-invisible-no-comment", "actor"),
        ("Did Sama end its partnership with OpenAI?", "sama-ends-openai-partnership", "actor"),
    ],
)
def test_supported_claims_quote_the_fact_that_says_so(checker: ClaimChecker, claim: str, fact_id: str, point: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id
    assert verdict.point == point
    assert verdict.citations == verdict.fact.citations


@pytest.mark.parametrize(
    ("claim", "fact_id", "says"),
    [
        ("The trainers make $30 an hour", "savreux-pay-15-an-hour", "The articles say $15 an hour, not $30"),
        ("OpenAI hired 2,000 contractors", "hiring-scale", "about 1,000"),
        ("Savreux is 35 years old", "savreux-age-kansas-city", "34"),
        ("Savreux is from Texas", "savreux-age-kansas-city", "Kansas City, not Texas"),
        ("OpenAI fired the Kenyan workers", "sama-ends-openai-partnership", "name Sama, not OpenAI"),
        ("Sama ended its partnership with OpenAI in 2021", "sama-ends-openai-partnership", "February 2022"),
        ("Grace Matelich is the CEO of Invisible", "grace-matelich-role", "partner and head of operations"),
        ("Satya Nadella is the CEO of OpenAI", "openai-headcount-375", "Sam Altman is CEO of OpenAI, not Satya Nadella"),
        ("About 70% of the contractors do data labeling", "hiring-data-labeling-share", "60%"),
        # (not "OpenAI hired contractors in Africa": the articles' "regions like Latin America" are examples)
        ("The AI workers' union vote took place in Lagos", "nairobi-ai-workers-union-vote", "Nairobi and Kenya, not Lagos"),
        ("Savreux earns $12 an hour", "savreux-pay-15-an-hour", "$15 an hour"),
        ("Matelich said the layoffs were due to low return on investment", "invisible-layoffs-roi", "Palizban"),
        ("Savreux is an OpenAI employee", "savreux-works-with-openai", "contractor"),
        ("Sama did not end its partnership with OpenAI", "sama-ends-openai-partnership", "otherwise"),
        (
            "Microsoft owns OpenAI",
            "microsoft-largest-investor-owns-github",
            "Microsoft invested in OpenAI, not that Microsoft owns",
        ),
    ],
)
def test_contradicted_claims_say_what_the_articles_say_instead(
    checker: ClaimChecker, claim: str, fact_id: str, says: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id
    assert says in verdict.explanation
    assert verdict.citations


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("OpenAI hired 1,000 coders", {"disc-contractors-vs-developers"}),
        ("Microsoft invested $10 billion in OpenAI", {"disc-microsoft-investment-amount"}),
        # A fact says it, but the articles differ on that very figure: each side is shown, not one.
        ("OpenAI hired about 1,000 contractors", {"disc-hiring-count-hired-vs-planned"}),
        # (Not "Savreux earns $15 an hour": both sides give his $15; they differ on whom else it describes.)
        ("About 60% of the contractors were hired for data labeling", {"disc-split-hired-vs-will-work"}),
        ("OpenAI plans to hire over 1,000 developers", {"disc-hiring-count-hired-vs-planned", "disc-contractors-vs-developers"}),
    ],
)
def test_disputed_claims_show_each_side(checker: ClaimChecker, base: KnowledgeBase, claim: str, fact_id: set[str]) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id in fact_id and verdict.fact.kind == "discrepancy"
    assert len({c.source_id for c in verdict.citations}) >= 2
    for citation in verdict.citations:
        assert citation.position and citation.position in verdict.explanation
    assert "What each article says" in render_verdict(verdict, base)


@pytest.mark.parametrize(
    "claim",
    [
        "Did Savreux get fired?",
        "OpenAI pays its contractors stock options",
        "Elon Musk founded OpenAI",
        "Savreux works from an office",
        "ChatGPT was released in November 2022",  # the articles say November and give no year
        "OpenAI confirmed the layoffs",
        "Kumar works for Invisible",
        "OpenAI has hired roughly 1,000 remote contractors over the past two months",
        "The weather in Paris is nice",
    ],
)
def test_claims_nothing_settles_are_not_reported_with_the_nearest_facts(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", (verdict.fact.id if verdict.fact else None, verdict.explanation)
    assert verdict.fact is None and verdict.citations == ()
    assert "Nothing in the articles settles this" in verdict.explanation


def test_an_undated_fact_never_confirms_a_year(checker: ClaimChecker) -> None:
    verdict = checker.check("ChatGPT was released in November 2022")
    assert "give no year" in verdict.explanation
    assert verdict.nearest and verdict.nearest[0].id == "chatgpt-released-in-november"


FALSE_CLAIMS = [
    "OpenAI hired 10,000 contractors", "Savreux earns $15 a day", "Kumar is 34", "Kumar is from Kansas City",
    "OpenAI's headcount is 1,000", "Microsoft invested $1 billion in OpenAI", "Microsoft took a 51% stake in OpenAI",
    "Sama fired its workers in Kenya", "OpenAI ended its partnership with Sama", "Invisible ended its partnership with OpenAI",
    "Codex was launched in August 2022", "Sam Altman is the CEO of Microsoft", "Palizban is head of operations at Invisible",
    "Google is the only firm to commit to the guidelines", "Over 500 people in Nairobi voted to form a union",
    "60% of the contractors are programmers", "Savreux was fired by Invisible", "OpenAI laid off Savreux",
    "The coding test took ten hours", "Nadella said Microsoft would hire 10,000 workers", "Missouri's minimum wage is $15",
    "The Partnership on AI is based in New York", "Sama is based in Nairobi", "OpenAI released ChatGPT in December",
    "Two OpenAI contractors told CNN the work is grunt work", "Savreux told NBC that the work is exciting",
    "OpenAI did not hire any contractors", "Invisible did not lay off anyone", "DeepMind is a Microsoft subsidiary",
    "Codex powers Google's assistant", "The coding test was paid", "Savreux gets health insurance", "OpenAI's CEO is Elon Musk",
    "Savreux n'a jamais travaillé pour OpenAI", "Savreux gagne 30 dollars de l'heure", "OpenAI a embauché 5 000 sous-traitants",
    "Grace Matelich est la fondatrice d'Invisible", "Codex a été lancé en 2019", "Sama est basée à Nairobi", "Kumar a 30 ans",
]  # fmt: skip


@pytest.mark.parametrize("claim", FALSE_CLAIMS)
def test_a_false_claim_is_never_supported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "supported"


def test_a_verdict_needs_a_checkable_basis_not_word_overlap(checker: ClaimChecker) -> None:
    # Every word of this claim is in the Microsoft investment fact; nothing checkable agrees.
    assert checker.check("OpenAI confirmed the layoffs").verdict == "not_reported"
    # A claim with nothing checkable in it at all is never given a verdict.
    assert checker.check("the work is hard").verdict == "not_reported"


@pytest.mark.parametrize(
    ("claim", "verdict", "words"),
    [
        ("Est-ce que Savreux gagne 15 dollars de l'heure ?", "supported", None),
        ("Codex a été lancé en août 2021", "supported", "Les articles le disent"),
        ("OpenAI a embauché environ 1 000 sous-traitants", "disputed", "Les articles divergent sur ce point"),
        ("OpenAI a licencié les travailleurs kényans", "contradicted", "Les articles nomment Sama, et non OpenAI"),
        ("Sama a mis fin à son partenariat avec OpenAI en février 2022", "supported", "Les articles le disent"),
        ("Grace Matelich est la PDG d'Invisible", "contradicted", "Les articles disent"),
        ("Savreux est originaire de Kansas City", "supported", "vient de Kansas City"),
        ("Microsoft a investi 20 milliards de dollars dans OpenAI", "contradicted", "et non 20 milliards"),
        ("Le PDG de Nvidia est Jensen Huang", "not_reported", "Rien dans les articles"),
    ],
)
def test_french_claims_get_french_verdicts(checker: ClaimChecker, claim: str, verdict: str, words: str | None) -> None:
    result = checker.check(claim)
    assert result.verdict == verdict, result.explanation
    if words:
        assert words in result.explanation


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Why did OpenAI fire the Kenyan workers?", "name Sama, not OpenAI"),
        ("Why did Savreux earn $30 an hour?", "$15 an hour, not $30"),
        ("Pourquoi OpenAI a-t-il licencié les travailleurs kényans ?", "nomment Sama, et non OpenAI"),
        ("When did Sama end its partnership with OpenAI in 2021?", "February 2022"),
    ],
)
def test_a_false_premise_is_corrected_first_with_its_quote(checker: ClaimChecker, question: str, says: str) -> None:
    correction = checker.premise(question)
    assert correction is not None and correction.verdict == "contradicted"
    assert says in correction.explanation
    assert correction.citations


@pytest.mark.parametrize(
    "question",
    [
        "How many contractors did OpenAI hire?",
        "When did Sama end its partnership with OpenAI?",
        "Why did Sama end its partnership with OpenAI?",
        "Who fired the Kenyan workers?",
        "How much does Savreux earn per hour?",
        "Where does Jatin Kumar live?",
        "Did OpenAI hire contractors?",  # not a wh-question: the check answers it
    ],
)
def test_a_sound_premise_is_left_alone(checker: ClaimChecker, question: str) -> None:
    assert checker.premise(question) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("OpenAI hired 1,000 coders", "claim"),
        ("the trainers make $30 an hour", "claim"),
        ("OpenAI fired the Kenyan workers", "claim"),
        ("Did Savreux get fired?", "yes_no"),
        ("Is Grace Matelich the CEO of Invisible?", "yes_no"),
        ("Is it true that Sama is based in Nairobi", "claim"),
        ("OpenAI a-t-il licencié des sous-traitants ?", "yes_no"),
        ("Est-ce que Savreux gagne 15 dollars de l'heure ?", "yes_no"),
        ("How many contractors did OpenAI hire?", None),
        ("how many contractors did openai hire", None),
        ("savreux pay", None),
        ("openai contractor headcount", None),
        ("who is grace matelich", None),
        ("qui est grace matelich", None),
        ("what is data labeling", None),
        ("combien gagne savreux", None),
        ("tell me about sama", None),
        ("hello", None),
        # questions whose question word is not in front are still questions, not claims to check
        ("c'est qui la boîte au Kenya", None),
        ("ils sont payés combien les formateurs", None),
        ("Sama c'est où", None),
        ("tell me who fired the trainers at Invisible", None),
        ("explain why Invisible fired the trainers", None),
        ("the trainers at Invisible get paid how much", None),
        ("||spoiler|| when did invisible lay off", None),
        ("> `quick one` why did Sama end its contract with OpenAI", None),
        # ... while a claim that merely contains a relative "qui" or "où" is still checked
        ("Sama, qui est basée à San Francisco, a mis fin à son contrat avec OpenAI", "claim"),
    ],
)
def test_routing_takes_claims_and_yes_no_questions_and_leaves_questions(base: KnowledgeBase, text: str, kind: str | None) -> None:
    assert claim_kind(text, base) == kind


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("||Invisible laid off dozens of trainers in March||", "Invisible laid off dozens of trainers in March"),
        ("> **Sama ended its partnership with OpenAI**", "Sama ended its partnership with OpenAI"),
        ("# `OpenAI hired 1,000 coders`", "OpenAI hired 1,000 coders"),
    ],
)
def test_a_routed_verdict_is_on_the_text_without_its_discord_markup(engine: Engine, text: str, said: str) -> None:
    verdict = routed_verdict(text, engine)
    assert verdict is not None
    assert verdict.claim == said


def test_json_contract(checker: ClaimChecker, base: KnowledgeBase) -> None:
    for claim in ("The trainers make $30 an hour", "Elon Musk founded OpenAI", "OpenAI hired 1,000 coders"):
        data = verdict_json(checker.check(claim), base)
        assert list(data) == ["claim", "verdict", "fact_id", "citations", "explanation"]
        assert data["claim"] == claim and data["verdict"] in VERDICTS
        assert data["fact_id"] is None or data["fact_id"] in base.facts
        for citation in data["citations"]:
            assert list(citation)[:4] == ["source_id", "title", "outlet", "quote"]  # then the chain (additive)
            assert {"speaker", "reported_to", "relayed_by", "origin", "origin_inferred", "chain"} <= set(citation)
            assert citation["source_id"] in base.sources
            assert citation["quote"] in {c.quote for c in base.facts[data["fact_id"]].citations}
        assert isinstance(data["explanation"], str) and data["explanation"]
    assert verdict_json(checker.check("Elon Musk founded OpenAI"), base)["fact_id"] is None


def test_claims_are_read_for_their_points(base: KnowledgeBase) -> None:
    claim = parse_claim("Microsoft invested $10 billion in OpenAI in January 2023", base)
    assert [(n.value, n.kind) for n in claim.numbers] == [(10e9, "money")]
    assert [(d.year, d.month) for d in claim.dates] == [(2023, 1)]
    assert claim.entity_ids == ("microsoft", "openai")
    assert claim.actions[0][0] == "invest"
    age = parse_claim("Kumar is a 22-year-old in Austin", base)
    assert age.numbers[0].value == 22 and "old" in age.numbers[0].after
    assert "texas" in age.entity_ids
    # Common words are names only when written as names.
    assert parse_claim("the first time they met", base).entity_ids == ()
    assert parse_claim("Time reported it", base).entity_ids == ("time",)


def test_a_checker_reads_only_the_facts_a_check_looks_at(engine: Engine) -> None:
    """Building a checker costs nothing per fact, so the first question on a large base stays cheap."""
    fresh = ClaimChecker(engine)
    assert len(fresh._vocab) == 0
    verdict = fresh.check("the trainers make $30 an hour")
    assert verdict.verdict == "contradicted" and verdict.fact is not None and verdict.fact.id == "savreux-pay-15-an-hour"
    for claim in ("Did OpenAI fire the Kenyan workers?", "OpenAI hired 1,000 coders", "Sam Altman founded Invisible"):
        fresh.check(claim)
    assert len(fresh._negative) < len(engine.base.facts) / 2


def test_a_claim_that_swaps_what_the_facts_words_are_tied_to_is_not_supported(checker: ClaimChecker) -> None:
    # Every word is the fact's ("works from home", "found AI contracting through an online job posting"); not what it says.
    swapped = checker.check("Savreux found a job through his home and works from an online listing")
    assert swapped.verdict != "supported", swapped.explanation
    kept = checker.check("Savreux works from home and found AI contracting through an online job posting")
    assert kept.verdict == "supported", kept.explanation


def test_where_a_fact_places_someone_unnamed_does_not_contradict_where_a_named_person_is(checker: ClaimChecker) -> None:
    # The coding-test fact places its unnamed developer in South America; Kumar is in Texas.
    verdict = checker.check("Jatin Kumar in Texas works for OpenAI")
    assert verdict.verdict != "contradicted", verdict.explanation
    assert checker.check("Jatin Kumar lives in Florida").verdict == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "Microsoft's multi-million investment in OpenAI",
        "Microsoft invested millions in OpenAI",
        "Microsoft a investi des millions dans OpenAI",
    ],
)
def test_a_sum_s_magnitude_word_is_a_figure_millions_are_no_billions(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "supported"


def test_the_same_magnitude_word_still_supports(checker: ClaimChecker) -> None:
    verdict = checker.check("Microsoft invested billions in OpenAI")
    assert verdict.verdict == "supported"
    assert verdict.fact is not None and verdict.fact.id == "microsoft-investment"


def test_reported_speech_must_be_about_whom_the_fact_s_quote_is_about(checker: ClaimChecker, base: KnowledgeBase) -> None:
    assert base.facts["palizban-openai-clarity"].answers.quote[0].about == "openai"
    said_of_other = "Palizban told the meeting that Invisible was about to get a lot more clarity on where it's headed"
    assert checker.check(said_of_other).verdict != "supported"
    said_of_openai = checker.check(
        "Palizban told the meeting that OpenAI was about to get a lot more clarity on where it's headed"
    )
    assert said_of_openai.verdict == "supported"
    assert said_of_openai.fact is not None and said_of_openai.fact.id == "palizban-openai-clarity"


def test_a_place_no_side_gives_is_not_disputed_on_the_sides_point(checker: ClaimChecker) -> None:
    # the sides differ on contractors against developers; none of them names India
    assert checker.check("OpenAI hired 1000 coders from India").verdict == "not_reported"
    assert checker.check("OpenAI hired 1000 coders").verdict == "disputed"
