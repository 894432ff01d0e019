"""Contradictions on a slot a fact fills: a place its examples do not hold, a month its date does not give.

Each mechanism has a contradiction it finds and a lookalike it must leave alone (a claim that only adds a detail the
articles lack is not reported, and a true claim is never contradicted)."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.models import KnowledgeBase

# -- places given as examples: the whole (or the bulk) placed where none of them is ------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI a recruté environ 1 000 contractuels à distance en Asie du Sud-Est",  # the very figure, elsewhere
        "OpenAI mostly hired its ~1,000 contractors in Asia and Africa",
        "OpenAI's contractor hiring spree focused on places like Southeast Asia and Africa",  # the bulk, no figure
    ],
)
def test_the_whole_placed_where_no_example_is_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "place"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "hiring-scale"
    assert "Latin America" in verdict.explanation and "Eastern Europe" in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI hired some contractors in Kenya",  # a part, somewhere the examples do not exclude
        "OpenAI hired contractors in Africa too",
        "OpenAI hired 1,000 contractors mostly in Latin America and Africa",  # one of the examples is the claim's
        "OpenAI hired 1,000 contractors in Brazil",  # within an example
    ],
)
def test_a_place_beside_the_examples_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- months: a deed's month told by the name before the word ("the Invisible layoffs"), and "en mai" --------------


@pytest.mark.parametrize(
    ("claim", "month"),
    [
        ("The Invisible layoffs of OpenAI trainers happened in January", "January"),
        ("Les licenciements des formateurs OpenAI chez Invisible ont eu lieu en mai", "mai"),
    ],
)
def test_another_month_for_the_layoffs_is_contradicted(checker: ClaimChecker, claim: str, month: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "date"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert month in verdict.explanation


def test_the_month_the_articles_give_is_not_contradicted(checker: ClaimChecker) -> None:
    assert checker.check("Invisible laid off OpenAI trainers in March").verdict == "supported"


def test_may_as_a_verb_is_no_month(base: KnowledgeBase) -> None:
    assert parse_claim("OpenAI may hire more contractors", base).dates == ()
    assert parse_claim("OpenAI hired contractors in May", base).dates[0].month == 5
    assert parse_claim("Invisible a licencié des formateurs en mai", base).dates[0].month == 5


# -- a role given after an aside between commas -----------------------------------------------------------------


def test_a_role_after_an_aside_is_read(base: KnowledgeBase, checker: ClaimChecker) -> None:
    claim = "Sonam Jindal, quoted on how much AI leans on human labor, is a program lead at OpenAI"
    assert parse_claim(claim, base).roles == ("program lead",)
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "role"), verdict.explanation
    assert "Partnership on AI" in verdict.explanation


def test_a_role_after_an_aside_at_the_right_place_is_not_contradicted(checker: ClaimChecker) -> None:
    claim = "Sonam Jindal, who spoke to NBC News, is a program lead at the Partnership on AI"
    assert checker.check(claim).verdict != "contradicted"


# -- an outlet the articles never name, in the place of the one a close fact names ---------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id", "instead"),
    [
        ("The two OpenAI contractors described their grunt work in interviews with CNN", "two-contractors-grunt-work",
         "NBC News, not CNN"),
        ("The South American developer described the OpenAI coding test to The Verge", "coding-test-five-hour-unpaid",
         "Semafor, not The Verge"),
        # the one named after the verb's "by" is who did it (the fact's actor answer: Semafor reported it first)
        ("Microsoft's big new funding for OpenAI was first broken by The Information",
         "microsoft-investment-first-reported-by-semafor", "Semafor, not The Information"),
    ],
)  # fmt: skip
def test_an_outlet_in_the_place_of_the_facts_is_contradicted(
    checker: ClaimChecker, claim: str, fact_id: str, instead: str
) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id
    assert instead in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "CNN also covered OpenAI's hiring of contractors",  # an outlet besides the articles'
        "The two OpenAI contractors also described their grunt work to CNN",
        "CNN never interviewed the two OpenAI contractors about their grunt work",  # a denial
        "Two OpenAI contractors told NBC News that training language models is grunt work",  # the fact's own outlet
    ],
)
def test_an_outlet_added_or_denied_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- a deed the other way round: the curated doer did the opposite -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Why did OpenAI's 2022 research paper blame its contractors for bad training data?", "openai-paper-thanks-contractors"),
        ("why did OpenAI freeze all hiring after the contractor layoffs?", "hiring-ramped-up-worldwide"),
        ("Pourquoi OpenAI a gelé toutes ses embauches après les licenciements de mars ?", "hiring-ramped-up-worldwide"),
        ("Pourquoi Sama a continué à bosser avec OpenAI malgré les contenus violents ?", "sama-ends-openai-partnership"),
        ("Pourquoi DeepMind a-t-il refusé les lignes directrices du Partnership on AI ?", "pai-guidelines-deepmind"),
        ("Pourquoi Microsoft a-t-il vendu GitHub à OpenAI ?", "microsoft-largest-investor-owns-github"),
        # a stake is a deed of investing: the 49% stake's `of` names who holds it in whom
        ("Why did Microsoft refuse to take a stake in OpenAI?", "microsoft-49-percent-stake"),
    ],
)
def test_a_premise_reversing_a_curated_deed_is_corrected(checker: ClaimChecker, question: str, fact_id: str) -> None:
    verdict = checker.assess(question)
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI did not blame its contractors",  # the reversal denied agrees with the fact
        "Sama never stopped working with Microsoft",
        "Invisible blamed OpenAI for the layoffs",  # a doer the fact does not give the deed to
        "Microsoft sold its stake in Invisible",  # done to one the fact does not name
        "OpenAI thanked its contractors for the data in a 2022 paper",  # the deed itself
    ],
)
def test_a_reversal_the_fact_does_not_record_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


def test_a_doer_given_by_a_cleft_in_french_is_checked(checker: ClaimChecker) -> None:
    # "refusé de s'exprimer" is declining to comment, which the fact's actor answer gives OpenAI
    verdict = checker.check("C'est Microsoft qui a refusé de s'exprimer sur les pratiques de recrutement")
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation
    assert "OpenAI" in verdict.explanation


# -- staying: the curated deed of one who says he will not step away -----------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "What made Jatin Kumar quit his gig as an OpenAI conversational trainer?",
        "Est-ce que Kumar veut lâcher son job de formateur chez OpenAI ?",
    ],
)
def test_quitting_where_the_articles_say_he_stays_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "kumar-staying-in-role"


@pytest.mark.parametrize("claim", ["Kumar left Texas to study", "Savreux quit his job at Jimmy John's", "Kumar did not quit"])
def test_leaving_what_the_fact_does_not_say_he_stays_in_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- "B, not A": what it denies in B's place, when a fact says it --------------------------------------------------


def test_denying_what_a_fact_says_in_b_not_a_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("GitHub Copilot runs on an in-house Microsoft model, not on OpenAI's Codex")
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "codex-powers-copilot"


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI hired about 1,000 contractors in Latin America, not in Asia",  # what it denies, no fact says
        "Copilot is powered by Codex, not by a Google model",
    ],
)
def test_denying_what_no_fact_says_in_b_not_a_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- "runs on": the doer named after the verb -----------------------------------------------------------------------


@pytest.mark.parametrize("claim", ["GitHub Copilot runs on OpenAI's Codex", "Copilot runs on Codex"])
def test_what_runs_on_its_power_is_supported(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("supported", "codex-powers-copilot")


def test_the_other_way_round_runs_on_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("Codex runs on Copilot")
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation


# -- a deed the closest fact denies in so many words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "has openai hired the south american developer?",
        "So did OpenAI end up hiring the South American developer who took the test?",
        "the developer who took the coding test was hired by OpenAI",
    ],
)
def test_a_deed_the_closest_fact_denies_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.assess(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "actor"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == "coding-developer-anonymity-and-status"


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI hired programmers to write code",  # one developer not hired says nothing of a group
        "OpenAI hired software developers on contract",
        "the developer had not yet been hired",  # the denial itself
        "OpenAI was considering hiring the South American developer",  # a deed weighed, not said to be done
    ],
)
def test_a_deed_denied_of_someone_else_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


def test_only_a_deed_said_to_be_done_is_read_for_a_denial() -> None:
    from bot.core.claims.reversals import _asserted_done

    for text, verb in [("openai hired the developer", "hired"), ("openai ended up hiring him", "hiring")]:
        assert _asserted_done(text, text.index(verb))
    for text, verb in [("openai was considering hiring him", "hiring"), ("he took the test to get hired", "hired")]:
        assert not _asserted_done(text, text.index(verb))


# -- what a fact says is lacking, claimed as had ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Do AI contractors usually get health insurance?", "contract-work-no-benefits"),
        ("Est-ce que les sous-traitants en IA ont généralement une assurance santé ?", "contract-work-no-benefits"),
        ("Savreux earns $15 an hour with benefits", "savreux-pay-15-an-hour"),
    ],
)
def test_what_a_fact_says_is_lacking_claimed_as_had_is_contradicted(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.assess(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "lacking"), verdict.explanation
    assert verdict.fact is not None and verdict.fact.id == fact_id


@pytest.mark.parametrize(
    "claim",
    [
        "AI contract work rarely comes with health insurance",  # the claim says it is lacking too
        "AI trainers earn $15 an hour without benefits",
        "ChatGPT was built with labelers",  # "without labelers, you have no ChatGPT" is a condition, no lack
        "Semafor reported the hiring with sources familiar with the matter",  # "without naming a source": no thing
    ],
)
def test_what_a_fact_does_not_say_is_lacking_is_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "contradicted"


# -- "a dozen" is no "dozens" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim", ["Invisible laid off a dozen OpenAI trainers", "Invisible a licencié une douzaine de formateurs d'OpenAI"]
)
def test_a_dozen_where_the_articles_say_dozens_is_contradicted(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.point) == ("contradicted", "count"), verdict.explanation


def test_dozens_where_the_articles_say_dozens_is_still_supported(checker: ClaimChecker) -> None:
    assert checker.check("Invisible laid off dozens of OpenAI trainers").verdict == "supported"
