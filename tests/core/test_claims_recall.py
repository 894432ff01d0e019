"""Claims reworded in a reader's own words: hedges, chat typing, denials of what a fact says, everyday verbs.

Each rule is held with a true claim it must now support (or a denial it must contradict) and a false one that it
must still not support. The claims are development examples written from the articles
(tests/core/data/claims_dev_sup.yaml holds more, by totals); the sealed claim sets are never read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.claims import ClaimChecker, claim_kind, parse_claim, routed_verdict
from bot.core.claims.rewording import _strip_question, _unhedged
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from tests.core.helpers import said

DEV = Path(__file__).resolve().parent / "data" / "claims_dev_sup.yaml"


# -- hedges and tags are how a claim is passed on, not what it says ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("apparently openai brought on 1000 contractors", "openai brought on 1000 contractors"),
        ("I read that Altman said OpenAI has 375 employees", "Altman said OpenAI has 375 employees"),
        ("paraît que Savreux a 34 ans", "Savreux a 34 ans"),
        ("j'ai lu qu'OpenAI a embauché 1000 personnes", "OpenAI a embauché 1000 personnes"),
        ("Microsoft owns GitHub apparently", "Microsoft owns GitHub"),
        ("Savreux est de Kansas City, non ?", "Savreux est de Kansas City"),
        ("so, did Sama end its partnership with OpenAI right?", "Sama end its partnership with OpenAI"),
        ("cest vrai que Kumar a 22 ans ?", "Kumar a 22 ans"),
        ("Can you check if Kumar lives in Texas", "Kumar lives in Texas"),
    ],
)
def test_a_hedge_or_a_tag_is_taken_off(text: str, claim: str) -> None:
    assert _strip_question(text) == claim


@pytest.mark.parametrize("text", ["Savreux never worked at OpenAI", "OpenAI did not hire 2,000 people", "Kumar is 22, not 23"])
def test_a_denial_or_a_figure_is_never_taken_for_a_hedge(text: str) -> None:
    assert _unhedged(text) == text


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("apparently openai brought on about 1000 remote contractors in the last six months", "hiring-scale"),
        ("I read that Altman said OpenAI has 375 employees", "openai-headcount-375"),
        ("paraît que Savreux a 34 ans", "savreux-age-kansas-city"),
        ("Microsoft owns GitHub apparently", "microsoft-largest-investor-owns-github"),
        ("est ce que sama est basée à san francisco", "sama-based-in-san-francisco"),
        ("Est-ce qu'Invisible a licencié des formateurs en mars ?", "invisible-layoffs-march"),  # no space after qu'
    ],
)
def test_a_hedged_true_claim_is_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "apparently Savreux is 45",
        "I read that Savreux makes 25 bucks an hour",
        "paraît que Savreux a 40 ans",
        "apparently Google owns GitHub",
    ],
)
def test_a_hedge_does_not_soften_a_false_claim(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] == "contradicted"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("so did Sama end its partnership with OpenAI?", "yes_no"),
        ("est ce que Savreux travaille de chez lui", "yes_no"),
        ("apparently Savreux makes 15 bucks an hour", "claim"),
        ("paraît que Savreux a 34 ans", "claim"),
        ("how many contractors did OpenAI hire?", None),
        ("apparently who is Sam Altman?", None),
    ],
)
def test_hedged_claims_and_questions_are_routed_as_without_the_hedge(base: KnowledgeBase, text: str, kind: str | None) -> None:
    assert claim_kind(text, base) == kind


def test_a_hedged_yes_no_question_gets_its_verdict(engine: Engine) -> None:
    verdict = routed_verdict("so did Sama end its partnership with OpenAI?", engine)
    assert verdict is not None and verdict.verdict == "supported"


# -- chat typing: contractions without apostrophes, "bucks" ------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("OpenAI wouldnt comment on its hiring practices", "supported"),
        ("Sama didnt end its partnership with OpenAI", "contradicted"),
        ("Microsoft doesnt own GitHub", "contradicted"),
        ("Sama na pas mis fin à son partenariat avec OpenAI", "contradicted"),
        ("Savreux makes 15 bucks an hour", "supported"),
        ("Savreux makes 25 bucks an hour", "contradicted"),
    ],
)
def test_chat_typing_reads_as_written_out(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_bare_contractions_are_denials(base: KnowledgeBase) -> None:
    assert parse_claim(_strip_question("Sama didnt end it"), base).negated
    assert not parse_claim(_strip_question("ca paraît vrai"), base).negated  # "ca" (ça) is no contraction
    assert _unhedged("Quelle est la paie de Savreux ?").startswith("Quelle")  # a word, not "qu'elle"
    assert _unhedged("jai lu quil a 34 ans") == "il a 34 ans"


# -- a denial of what a fact says is contradicted, a denial of its denial never supported ------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Sama never ended its partnership with OpenAI", "sama-ends-openai-partnership"),
        ("Microsoft doesn't own GitHub", "microsoft-largest-investor-owns-github"),
        ("Invisible didn't lay anyone off", None),
        ("Sama n'a pas mis fin à son partenariat avec OpenAI", "sama-ends-openai-partnership"),
        ("OpenAI never thanked its contractors", "openai-paper-thanks-contractors"),
    ],
)
def test_a_denied_true_claim_is_contradicted(checker: ClaimChecker, claim: str, fact_id: str | None) -> None:
    verdict, fact = said(checker, claim)
    assert verdict == "contradicted"
    assert fact_id is None or fact == fact_id


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI did not decline to comment on its hiring practices",  # it did decline: supported before
        "the coding test was not unpaid",  # it was unpaid: supported before
        "OpenAI n'a pas refusé de commenter ses pratiques d'embauche",
    ],
)
def test_a_denial_of_a_denial_is_contradicted_never_supported(checker: ClaimChecker, claim: str) -> None:
    assert parse_claim(_strip_question(claim), checker.base).double_negation
    assert said(checker, claim)[0] == "contradicted"


@pytest.mark.parametrize("claim", ["OpenAI declined to comment on its hiring practices", "the coding test was not paid"])
def test_a_single_denial_agreeing_with_the_fact_is_still_supported(checker: ClaimChecker, claim: str) -> None:
    assert not parse_claim(_strip_question(claim), checker.base).double_negation
    assert said(checker, claim)[0] == "supported"


# -- everyday verbs for a deed the actor answer settles ---------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Sama stopped working with OpenAI in Feb 2022", "supported"),
        ("Codex came out in August 2021", "supported"),
        ("Codex came out in 2019", "contradicted"),
        ("OpenAI stopped working with Sama in February 2022", "contradicted"),  # the other way round
    ],
)
def test_the_verb_of_a_settled_deed_need_not_be_the_fact_s_word(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_a_second_deed_the_fact_does_not_record_still_withholds_support(checker: ClaimChecker) -> None:
    # The hiring is settled, the firing is not: the words of a deed no answer settled stay the claim's own.
    assert said(checker, "OpenAI hired and fired roughly 1,000 remote contractors")[0] != "supported"


# -- the development examples, by totals -------------------------------------------------------------------------


def test_no_false_development_claim_is_supported_and_most_are_right(checker: ClaimChecker) -> None:
    entries = yaml.safe_load(DEV.read_text(encoding="utf-8"))["claims"]
    given = [(entry, checker.assess(entry["claim"]).verdict) for entry in entries]
    assert [e["claim"] for e, v in given if v == "supported" and e["verdict"] != "supported"] == []
    assert sum(v == e["verdict"] for e, v in given) >= 0.8 * len(given)  # 83.9% with the later batches untuned


# -- a noun is no deed, a wish is no deed; everyday words for a layoff and for taking a stake ---------------------


def test_a_verb_form_after_a_possessive_is_a_noun(checker: ClaimChecker) -> None:
    # "OpenAI's contract with Invisible" says nothing of who works for whom: it was contradicted ("Invisible, not OpenAI").
    claim = "I heard openai's contract with invisible is worth tens of millions"
    assert not parse_claim(_strip_question(claim), checker.base).actions
    assert said(checker, claim)[0] == "not_reported"


def test_a_verb_after_a_wish_is_no_deed(base: KnowledgeBase) -> None:
    assert parse_claim("Kumar wants to build his own startup", base).actions == ()
    assert [a for a, _ in parse_claim("OpenAI built Codex", base).actions] == ["release"]
    assert [a for a, _ in parse_claim("OpenAI wants to hire 1,000 people", base).actions] == ["plan-hire"]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("invisible cut people based on quality and throughput metrics", "supported"),
        ("OpenAI cut people based on quality and throughput metrics", "contradicted"),  # it was Invisible
        ("Est-ce que Microsoft a pris 49% d'OpenAI ?", "supported"),
        ("Est-ce que Microsoft a pris 51% d'OpenAI ?", "contradicted"),
    ],
)
def test_everyday_words_for_a_layoff_and_a_stake(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_a_second_claim_joined_by_a_wish_is_checked_on_its_own(checker: ClaimChecker) -> None:
    # Split at "and wants": the first part is supported, the second is not (an age the articles do not give).
    assert said(checker, "Kumar is 22 and wants to turn 30")[0] != "supported"
    assert said(checker, "Savreux is 34 and wants a job in Kansas City")[0] != "supported"


# -- what someone thinks is what they said; an ad is a posting; "sortir de" is leaving, not a release -------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("I read jindal thinks the ai discourse is too congratulatory", "supported"),
        ("Altman thinks the discourse is congratulatory", "contradicted"),  # Jindal said it
        ("Kumar thinks AI relies on a large human workforce", "contradicted"),
        ("savreux found the gig via an online job ad", "supported"),
        ("Kumar found the gig via an online job ad", "not_reported"),
    ],
)
def test_an_opinion_is_what_its_holder_said_and_an_ad_is_a_posting(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_sortir_de_is_leaving_not_a_release(base: KnowledgeBase) -> None:
    assert parse_claim("ce travail a aidé Savreux à sortir de la rue", base).actions == ()
    assert [a for a, _ in parse_claim("Codex est sorti en août 2021", base).actions] == ["release"]


def test_gpt_before_bots_or_models_is_the_family_not_gpt_3(checker: ClaimChecker) -> None:
    base = checker.base
    assert "gpt-3" not in parse_claim("Invisible trainers work on OpenAI's GPT bots", base).entity_ids
    assert "gpt-3" not in parse_claim("ils entraînent les bots GPT", base).entity_ids
    assert "gpt-3" in parse_claim("Codex is based on GPT", base).entity_ids
    claim = "hundreds of invisible contractors called advanced ai data trainers work on openai's gpt bots"
    assert said(checker, claim) == ("supported", "invisible-advanced-ai-data-trainers")
    assert said(checker, claim.replace("hundreds", "thousands"))[0] != "supported"
    assert said(checker, claim.replace("invisible", "sama"))[0] != "supported"


# -- a disagreement on a sum does not dispute a claim giving none; a question with "10 000" is still a question ----


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did microsoft announce a multibillion dollar investment in openai?", "supported"),  # every article says so
        ("Microsoft invested $10 billion in OpenAI", "disputed"),  # paid or planned: the sides differ on this sum
        ("Did OpenAI hire 1,000 contractors?", "disputed"),  # hired or plans to hire
    ],
)
def test_a_disagreement_on_a_figure_disputes_only_a_claim_giving_one(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_a_yes_no_question_with_a_spaced_thousand_is_read_without_its_auxiliary() -> None:
    assert _strip_question("Est-ce que Nadella a annoncé 10 000 licenciements ?") == "Nadella a annoncé 10 000 licenciements"
    assert _strip_question("Did OpenAI hire 1,000 contractors?") == "OpenAI hire 1,000 contractors"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Est-ce que Nadella a annoncé 10 000 licenciements ?", "supported"),
        ("Nadella a annoncé 20 000 licenciements", "contradicted"),
        ("Altman a annoncé 10 000 licenciements", "contradicted"),  # Nadella said it
        ("Nadella said OpenAI would lay off 10,000 workers", "contradicted"),  # Microsoft's layoffs
    ],
)
def test_whose_deed_a_speaker_announced_may_go_unsaid(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


@pytest.mark.parametrize(
    "claim",
    [
        "did microsoft announce a multibillion dollar investment in Microsoft?",
        "Neither Invisible nor Invisible answered requests for comment",
        "Semafor was first to report Microsoft's $10 billion investment plans for Microsoft",
        "Copilot also powers Copilot",  # supported before: the doer and what it is done to, one name
    ],
)
def test_one_name_on_both_sides_of_a_relation_is_never_supported(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "supported"


def test_a_name_said_again_as_the_doer_is_still_supported(checker: ClaimChecker) -> None:
    assert said(checker, "Satya Nadella, Microsoft's CEO, said Microsoft will cut 10,000 jobs")[0] == "supported"


def test_chez_lui_is_at_home_not_a_filler(checker: ClaimChecker) -> None:
    assert said(checker, "Est-ce que Jatin Kumar travaille depuis chez lui ?")[0] != "supported"  # Savreux does


# -- a denial of something else than what a fact's negative word denies; "hrs"; a trailing "according to" --------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("OpenAI has not hired any contractors", "contradicted"),  # the fact's "without naming a source" is no denial of it
        ("The coding test was not paid", "supported"),
        ("Kumar isn't 22", "contradicted"),
        ("the test took 5 hrs", "supported"),
        ("the test took 3 hrs", "contradicted"),
        ("OpenAI's headcount was 375 according to Altman", "supported"),
        ("OpenAI's headcount was 375 according to Nadella", "contradicted"),  # Altman said it
    ],
)
def test_denials_units_and_attributions_in_chat(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


# -- plain rewordings of the articles' sentences (the fourth batch) ----------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("GitHub belongs to Microsoft", "supported"),
        ("GitHub belongs to Google", "contradicted"),
        ("OpenAI didn't want to comment on how it hires", "supported"),
        ("Microsoft plans to cut 10,000 jobs", "supported"),
        ("Microsoft plans to cut 20,000 jobs", "contradicted"),
        ("Savreux has worked as a custodian and a sandwich maker", "supported"),  # "According to The Internet Patrol, Savreux"
        ("Kumar has worked as a custodian and a sandwich maker", "not_reported"),  # Savreux did: says nothing of Kumar
        ("AI trainers get $15 an hour or more, with no benefits", "supported"),
        ("AI trainers get $15 an hour with benefits", "contradicted"),  # "without benefits" (tests/core/test_claims_slots.py)
    ],
)
def test_plain_rewordings_of_the_articles_sentences(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_last_year_stays_a_date_and_the_last_six_months_a_span(base: KnowledgeBase) -> None:
    assert "past" not in _strip_question("OpenAI thanked the contractors in a paper last year")
    assert parse_claim("OpenAI thanked the contractors in a paper last year", base).relative_time


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("most of the new openai contractors (about 60%) do data labeling", "supported"),  # no side on hired or to come
        ("About 60% of the contractors were hired for data labeling", "disputed"),  # "were hired": one side
        ("60% of the contractors will work on data labeling", "disputed"),  # the other side
        ("it's more than 1,000 contractors, not fewer", "disputed"),  # the sides' figures differ
        ("about 40% of OpenAI's contractors do data labeling", "contradicted"),
    ],
)
def test_a_disagreement_on_hired_or_to_come_disputes_only_a_claim_taking_a_side(
    checker: ClaimChecker, claim: str, verdict: str
) -> None:
    assert said(checker, claim)[0] == verdict


def test_a_reworded_claim_is_routed_as_it_reads(base: KnowledgeBase) -> None:
    assert claim_kind("GitHub belongs to Microsoft", base) == "claim"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Est-ce que Savreux a été sans-abri ?", "supported"),  # "sans-abri" is a word, no denial: it was contradicted
        ("Savreux gagne 15 dollars sans avantages", "supported"),  # "sans" alone still denies
        ("OpenAI used to train its models on GitHub code", "supported"),  # "Previously, OpenAI trained ..."
        ("Google used to train its models on GitHub code", "not_reported"),
    ],
)
def test_a_hyphenated_sans_is_a_word_and_used_to_is_before(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert said(checker, claim)[0] == verdict


def test_a_relayed_quote_one_article_leaves_out_is_not_disputed(checker: ClaimChecker) -> None:
    # One article paraphrases Savreux without "grunt workers", the other quotes him: no value differs.
    assert said(checker, "Savreux said trainers are grunt workers") == ("supported", "savreux-grunt-workers")
    assert said(checker, "Savreux dit que les formateurs sont des grunt workers")[0] == "supported"


def test_a_sentence_supports_a_claim_only_of_whom_it_says_it(checker: ClaimChecker) -> None:
    # "owns GitHub, the repository site whose code OpenAI previously scraped to train its models": OpenAI trained them.
    assert said(checker, "Microsoft used to train its models on GitHub code")[0] != "supported"
    assert said(checker, "Microsoft previously trained its models on GitHub code")[0] != "supported"  # supported before
    assert said(checker, "OpenAI used to train its models on GitHub code")[0] == "supported"
