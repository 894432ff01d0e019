"""Claim checking rules found on blind-written development claims: each test names the rule and holds the checker to it.

The claims are development examples written from the articles; the sealed claim set is never read here.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.models import KnowledgeBase

# -- who did it: only an actor answer settles the doer -------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Did OpenAI lay off the Invisible contractors?",  # Invisible did; a fact naming both without a doer must not support it
        "OpenAI laid off the Invisible contractors",
    ],
)
def test_a_doer_named_wrongly_is_never_supported_by_a_fact_that_records_no_doer(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert "Invisible, not OpenAI" in verdict.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Invisible fired OpenAI",  # Invisible laid off OpenAI's data trainers, not OpenAI: never supported
        "Invisible a licencié OpenAI",
        "Sama fired OpenAI",  # not "Invisible, not Sama": the layoff fact is of people, and Sama fired no one here
        "Microsoft laid off OpenAI",
    ],
)
def test_a_firm_said_to_be_laid_off_is_neither_supported_nor_contradicted_by_a_layoff_of_its_workers(
    checker: ClaimChecker, claim: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "not_reported", (verdict.verdict, verdict.fact.id if verdict.fact else None, verdict.explanation)


@pytest.mark.parametrize(
    "claim", ["Invisible laid off dozens of OpenAI trainers", "Invisible a licencié des formateurs d'OpenAI"]
)
def test_a_layoff_of_a_firms_workers_is_still_supported(checker: ClaimChecker, claim: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"


# -- everyday rewordings of what a fact says --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Neither OpenAI nor Invisible answered requests for comment", "openai-invisible-no-comment"),
        ("OpenAI wouldn't comment on how it hires people", "openai-declined-comment-hiring"),
        ("Kumar works as a conversational trainer for OpenAI", "kumar-conversational-trainer"),
        ("Savreux escaped homelessness thanks to AI work", "savreux-escaped-homelessness"),
        ("Grace Matelich said Invisible cut contractors based on performance metrics like quality and throughput",
         "invisible-layoffs-performance-metrics"),
    ],
)  # fmt: skip
def test_a_reworded_true_claim_is_supported(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


# -- what can be the basis of a support resting on names alone ----------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI pays its contractors well",  # a fact's phrasing "does openai pay its contractors well" asks, it does not say
        "Kumar works from home",  # "who is kumar" is inside any claim about him: a shorter text is no basis
        "OpenAI confirmed the layoffs",  # Microsoft confirmed its investment; the layoffs are another sentence's
    ],
)
def test_a_fact_s_questions_or_scattered_words_never_support_a_claim(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict != "supported"


def test_a_denial_of_what_someone_said_is_contradicted(checker: ClaimChecker) -> None:
    verdict = checker.check("Jindal said AI is not reliant on a human workforce")
    assert verdict.verdict == "contradicted"
    assert verdict.fact is not None and verdict.fact.id == "jindal-human-workforce"


# -- disputed only on the point the articles differ on ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        # The sides differ on the sum (planned or paid); only one gives the stake, the others are silent on it.
        ("Microsoft's multibillion investment is for a 49% stake in OpenAI", "microsoft-49-percent-stake"),
        # The sides differ on whom the $15 describes; none gives another pay or another minimum wage.
        ("Missouri's minimum wage is $12 an hour", "missouri-minimum-wage"),
        ("Savreux's AI training gig paid him $15 per hour", "savreux-pay-15-an-hour"),
    ],
)
def test_a_figure_only_one_side_gives_is_not_disputed(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Microsoft invested $10 billion in OpenAI", "disc-microsoft-investment-amount"),  # paid in, or plans
        ("OpenAI hired 1,000 coders", "disc-contractors-vs-developers"),
        ("About 60% of the contractors were hired for data labeling", "disc-split-hired-vs-will-work"),  # hired, or will work
    ],
)
def test_a_figure_the_sides_differ_on_stays_disputed(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


# -- organisations the articles never name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "fact_id", "says"),
    [
        ("The Information was first to report Microsoft's $10B plan for OpenAI", "microsoft-investment-first-reported-by-semafor",
         "name Semafor, not The Information"),
        ("Reuters first reported Microsoft's investment", "microsoft-investment-first-reported-by-semafor", "not Reuters"),
        ("Jatin Kumar bosse comme formateur conversationnel pour Anthropic", "kumar-conversational-trainer", "Anthropic"),
    ],
)  # fmt: skip
def test_an_outside_organisation_in_the_doer_s_place_is_contradicted(
    checker: ClaimChecker, claim: str, fact_id: str, says: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id
    assert says in verdict.explanation


def test_an_ordinary_word_that_is_also_an_outlet_names_no_one(checker: ClaimChecker) -> None:
    # "the information" in lower case inside a sentence is the ordinary phrase, not the outlet.
    assert checker.check("Semafor first reported the information about Microsoft's investment").verdict != "contradicted"
    assert checker.check("Semafor first reported Microsoft's investment").verdict == "supported"


# -- ages and places -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Alexej Savreux is 34 and comes from Kansas City", "supported"),  # a person's bare number is an age
        ("Savreux is 35 and lives in Kansas City", "contradicted"),
        ("Kumar, 22, lives in Texas", "supported"),
        ("Kumar, 25, lives in Texas", "contradicted"),
    ],
)
def test_a_bare_number_after_a_person_is_an_age(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("Savreux is from St. Louis", "contradicted", "Kansas City, not St. Louis"),
        # The fact is less precise (Texas) but its own words name the city (Austin, Texas): another city is wrong.
        ("jatin kumar is based in Houston", "contradicted", "Austin, Texas, not Houston"),
        # One article says Austin, Texas and the other Texas: one is more precise, they do not disagree.
        ("Kumar lives in Texas", "supported", ""),
        ("Is Kumar from Austin?", "supported", ""),
    ],
)
def test_places_more_or_less_precise(checker: ClaimChecker, claim: str, verdict: str, says: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, (given.verdict, given.fact.id if given.fact else None)
    assert says in given.explanation


def test_a_bare_number_after_something_else_is_no_age(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI's headcount is 375")
    assert verdict.verdict == "supported" and verdict.fact is not None and verdict.fact.id == "openai-headcount-375"


# -- paid or not, all or some, for or against -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The coding test was unpaid", "supported"),  # the fact's curated pay of 0
        ("The coding test was not paid", "supported"),
        ("Le test de codage n'était pas rémunéré", "supported"),
        ("The coding test lasted five hours and was unpaid", "supported"),
        ("Was the coding test paid?", "contradicted"),
        ("Le test de codage était rémunéré", "contradicted"),
    ],
)
def test_unpaid_is_a_sum_of_nothing(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict
    assert given.fact is not None and given.fact.id == "coding-test-five-hour-unpaid"


@pytest.mark.parametrize(
    ("question", "fact_id", "says"),
    [
        ("Why did Invisible lay off every one of its OpenAI trainers?", "invisible-layoffs-march", "dozens, not every one"),
        ("Why did the Nairobi AI workers vote against forming a union?", "nairobi-ai-workers-union-vote", ""),
    ],
)
def test_an_all_or_against_premise_is_corrected(checker: ClaimChecker, question: str, fact_id: str, says: str) -> None:
    verdict = checker.premise(question)
    assert verdict is not None and verdict.verdict == "contradicted"
    assert verdict.fact is not None and verdict.fact.id == fact_id
    assert says in verdict.explanation


def test_some_of_them_still_supported_and_a_fact_s_own_all_still_supports(checker: ClaimChecker) -> None:
    assert checker.check("Invisible laid off dozens of OpenAI trainers").verdict == "supported"
    assert checker.check("OpenAI thanked all of its contractors").verdict == "supported"


def test_what_a_fact_says_is_lacking_is_not_supported(checker: ClaimChecker) -> None:
    # The Internet Patrol: "$15 an hour or more without benefits".
    assert checker.check("Savreux earns $15 an hour with benefits").verdict != "supported"
    assert checker.check("Savreux earns $15 an hour").verdict == "supported"


# -- curated answers: who investigated, what Semafor first reported ----------------------------------------------


def test_who_investigated_is_an_actor_answer(checker: ClaimChecker) -> None:
    wrong = checker.check("It was a Wall Street Journal investigation that exposed what Sama's Kenyan labelers were seeing")
    assert wrong.verdict == "contradicted" and "name Time, not The Wall Street Journal" in wrong.explanation
    assert checker.check("Time's investigation exposed the content Sama's Kenyan labelers reviewed").verdict == "supported"


def test_a_scoop_with_its_figure_is_not_the_disagreement_on_that_figure(checker: ClaimChecker) -> None:
    # Semafor first reported the $10 billion plans: true, whatever the articles say about whether it was paid in.
    verdict = checker.check("Semafor was first to report Microsoft's $10 billion investment plans for OpenAI")
    assert verdict.verdict == "supported"
    assert verdict.fact is not None and verdict.fact.id == "microsoft-investment-first-reported-by-semafor"


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("Microsoft invested $10B in OpenAI", "disc-microsoft-investment-amount"),  # "$10B" is $10 billion
        ("The $10B Microsoft investment in OpenAI is still just a plan", "disc-microsoft-investment-amount"),
        ("openai a embauché un peu moins de 1000 sous-traitants", "disc-hiring-count-hired-vs-planned"),  # "nearly"
        ("OpenAI prevoit encore d'embaucher plus de 1000 devs, c'est pas encore fait", "disc-hiring-count-hired-vs-planned"),
    ],
)
def test_one_side_of_a_figure_the_articles_differ_on_is_disputed(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "disputed", (verdict.verdict, verdict.fact.id if verdict.fact else None)
    assert verdict.fact is not None and verdict.fact.id == fact_id


# -- where someone works ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict", "fact_id"),
    [
        ("sonam jindal works at DeepMind", "contradicted", "jindal-partnership-on-ai"),  # program lead at the Partnership on AI
        ("Grace Matelich works at Invisible", "supported", "grace-matelich-role"),  # a role with no actor answer settles it
        ("Grace Matelich works at OpenAI", "contradicted", "grace-matelich-role"),  # her own role, not another trainer's
        ("Sonam Jindal used to work at Google", "not_reported", None),  # where she worked before: the articles do not say
    ],
)
def test_where_someone_works_is_settled_by_the_title_the_articles_give_them(
    checker: ClaimChecker, claim: str, verdict: str, fact_id: str | None
) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, (given.verdict, given.fact.id if given.fact else None)
    assert (given.fact.id if given.fact else None) == fact_id


def test_behind_is_a_maker_only_after_a_copula_or_a_company(base: KnowledgeBase) -> None:
    assert [a for a, _ in parse_claim("Contractors on the models behind ChatGPT were laid off", base).actions] == ["lay-off"]
    assert [a for a, _ in parse_claim("OpenAI is the company behind ChatGPT", base).actions] == ["release"]


def test_that_one_works_with_openai_denies_no_one_else_does(checker: ClaimChecker) -> None:
    # Savreux works with OpenAI: that says nothing against Matelich, whose own role settles it.
    verdict = checker.check("Grace Matelich works at OpenAI")
    assert verdict.fact is not None and verdict.fact.id != "savreux-works-with-openai"


def test_keeping_on_working_with_someone_is_not_ending_the_partnership(checker: ClaimChecker) -> None:
    verdict = checker.check("Did Sama keep working with OpenAI after learning what content its Kenyan labelers were reviewing?")
    assert verdict.verdict == "contradicted"
    assert verdict.fact is not None and verdict.fact.id == "sama-ends-openai-partnership"


# -- orders of magnitude in words, and products the articles never name -----------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Invisible laid off hundreds of the contractors training OpenAI's models", "contradicted"),  # dozens
        ("Invisible a licencié des centaines de formateurs", "contradicted"),
        ("Invisible laid off dozens of OpenAI trainers", "supported"),
        ("Invisible a licencié des dizaines de formateurs", "supported"),
    ],
)
def test_dozens_and_hundreds_are_figures(checker: ClaimChecker, claim: str, verdict: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict
    assert given.fact is not None and given.fact.id == "invisible-layoffs-march"


def test_a_product_the_articles_never_name_in_the_place_of_theirs(checker: ClaimChecker, base: KnowledgeBase) -> None:
    wrong = checker.check("Codex is built on GPT-4")
    assert wrong.verdict == "contradicted" and "GPT-3, not GPT-4" in wrong.explanation
    assert checker.check("Codex is based on GPT-3").verdict == "supported"  # "GPT-3" is a name, not the figure 3
    assert parse_claim("Codex is based on GPT-3", base).numbers == ()
    # OpenAI made more than one product: that it released ChatGPT does not deny it released another.
    assert checker.check("OpenAI released GPT-4").verdict == "not_reported"


# -- two claims in one, and disagreements on another point ----------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Savreux is 34 and works from home", "supported"),  # two facts, each settling one part
        ("Kumar is an OpenAI conversational trainer and lives in Houston", "contradicted"),  # Austin, Texas
        ("Savreux is 34 and earns $30 an hour", "contradicted"),  # $15
    ],
)
def test_two_claims_about_one_subject_are_checked_each(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict == verdict


def test_a_disagreement_on_another_point_of_the_same_people_is_no_dispute(checker: ClaimChecker) -> None:
    # The articles differ on what Savreux credits with ending his homelessness, not on where he works.
    assert checker.check("Savreux works at Jimmy John's").verdict != "disputed"
    assert checker.check("Savreux credits his AI work alone with helping him escape homelessness").verdict == "disputed"


# -- subsidiaries, largest investors, quarters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict", "fact_id"),
    [
        ("DeepMind is a Microsoft subsidiary", "contradicted", "pai-guidelines-deepmind"),  # "a Google AI subsidiary"
        ("DeepMind is a subsidiary of Google", "supported", "pai-guidelines-deepmind"),
        ("OpenAI's largest investor is Google", "contradicted", "microsoft-largest-investor-owns-github"),
        ("OpenAI's largest investor is Microsoft", "supported", "microsoft-largest-investor-owns-github"),
        ("Microsoft plans to finish its 10,000 job cuts by the fourth quarter of FY23", "contradicted", "nadella-microsoft-layoffs"),
        ("Nadella said Microsoft would cut 10,000 jobs by the third quarter of FY23", "supported", "nadella-microsoft-layoffs"),
    ],
)  # fmt: skip
def test_owners_investors_and_quarters(checker: ClaimChecker, claim: str, verdict: str, fact_id: str) -> None:
    given = checker.check(claim)
    assert given.verdict == verdict, (given.verdict, given.fact.id if given.fact else None)
    assert given.fact is not None and given.fact.id == fact_id


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kumar is an OpenAI conversational trainer and says the gig is helping him build toward his own startup", "supported"),
        ("Kumar says the gig is hurting his plans to build his own startup", "not_reported"),
        ("Before becoming an AI trainer Savreux was a custodian and did sound tech for live theater", "supported"),
        ("Before becoming an AI trainer Savreux was a lawyer", "not_reported"),
        ("avant OpenAI entrainait ses modeles sur du code recupere sur GitHub", "supported"),
    ],
)  # fmt: skip
def test_a_gig_is_a_job_tech_is_technical_avant_is_previously(checker: ClaimChecker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict == verdict


def test_what_a_fact_says_another_did_is_not_support_for_a_doer(checker: ClaimChecker) -> None:
    # "one OpenAI job listing in Spanish, which was posted by an outsourcing agency"
    assert checker.check("OpenAI posted the job listing in Spanish").verdict != "supported"
    assert checker.check("OpenAI posted the Spanish-language Python developer listing itself").verdict != "supported"


def test_a_firm_has_one_ceo_but_many_partners(checker: ClaimChecker) -> None:
    # Matelich is a partner and head of operations: that denies no one else is a partner, but does deny another head.
    assert checker.check("Palizban is a partner at Invisible").verdict == "not_reported"
    assert checker.check("Palizban is the head of operations at Invisible").verdict == "contradicted"


# -- a name tied to a word must stand beside it in the fact ------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Altman put Google's headcount at 375", "Altman put OpenAI's headcount at 375"),  # Google: among the tech giants
        ("les etiqueteurs de OpenAI au Kenya devaient regarder des contenus d'abus sexuels, de haine et de violence",
         "les etiqueteurs de Sama au Kenya devaient regarder des contenus d'abus sexuels, de haine et de violence"),
        ("Palizban said many laid-off workers were on projects without enough return on investment for Invisible",
         "Palizban said many laid-off workers were on projects without enough return on investment for OpenAI"),
    ],
)  # fmt: skip
def test_a_name_tied_to_a_word_must_stand_beside_it_in_the_fact(checker: ClaimChecker, wrong: str, right: str) -> None:
    assert checker.check(right).verdict == "supported"
    assert checker.check(wrong).verdict != "supported"


# -- another's figure, role, deed or words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # The 375 are OpenAI's staff (the count's curated `of`), not Google's, which the fact names among the giants.
        ("Sam Altman said Google has 375 employees", "Sam Altman said OpenAI has 375 employees"),
        # The guidelines DeepMind committed to are the Partnership on AI's (the actor answer's object).
        ("Has DeepMind committed to the Google guidelines?", "DeepMind is the only company to publicly commit to the Partnership on AI's guidelines"),
        # A role the fact records for no one named: a meeting where Matelich (head of operations) and Palizban spoke.
        ("Palizban est responsable des opérations chez Invisible", "Grace Matelich est responsable des opérations chez Invisible"),
        # The claim's first name is the sentence's: OpenAI trained its models on GitHub code, GitHub being Microsoft's.
        ("avant Microsoft entrainait ses modeles sur du code recupere sur GitHub",
         "avant OpenAI entrainait ses modeles sur du code recupere sur GitHub"),
        # A closer disagreement gives this to another person: a year of AI contract work is Kumar's.
        ("Alexej Savreux has been doing AI contract work for a year", "Kumar has been doing AI contract work for a year"),
    ],
)  # fmt: skip
def test_what_the_articles_say_of_another_never_supports_a_claim(checker: ClaimChecker, wrong: str, right: str) -> None:
    assert checker.check(right).verdict == "supported"
    assert checker.check(wrong).verdict != "supported"


def test_a_name_said_twice_where_the_fact_says_two_names(checker: ClaimChecker) -> None:
    assert checker.check("Sama ended its partnership with Sama in February 2022").verdict != "supported"
    assert checker.check("Did Microsoft take a 49% stake in Microsoft?").verdict != "supported"
    assert checker.check("Sama ended its partnership with OpenAI in February 2022").verdict == "supported"


def test_not_fewer_restates_more_than(checker: ClaimChecker) -> None:
    # Hired about 1,000, or plans to hire over 1,000: the articles differ on it.
    verdict = checker.check("it's more than 1,000 contractors, not fewer")
    assert verdict.verdict == "disputed"
    assert verdict.fact is not None and verdict.fact.id == "disc-hiring-count-hired-vs-planned"


# -- places given as examples exclude no other place ----------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "in regions like Latin America and Eastern Europe": Kenya is not excluded for some of them, nor Brazil
        ("OpenAI hired some contractors in Kenya", "not_reported"),
        ("OpenAI hired 1,000 contractors in Brazil", "not_reported"),
        ("OpenAI a embauché des sous-traitants au Kenya", "not_reported"),
        # but the very 1,000 the articles place there, all placed elsewhere, are not where the examples are
        # (tests/core/test_claims_slots.py)
        ("OpenAI hired 1,000 contractors in Kenya", "contradicted"),
        # one of the examples is still what the articles say
        ("OpenAI hired 1,000 contractors in Latin America", "supported"),
        # and the figure is still checked
        ("OpenAI hired 5,000 contractors in Latin America", "contradicted"),
    ],
)
def test_places_given_as_examples_exclude_no_other_place(checker: ClaimChecker, claim: str, verdict: str) -> None:
    result = checker.check(claim)
    assert result.verdict == verdict, (result.verdict, result.explanation)


def test_a_place_answer_may_be_curated_as_examples(base: KnowledgeBase) -> None:
    (place,) = base.facts["hiring-scale"].answers.place
    assert place.examples and set(place.where) == {"latin-america", "eastern-europe"}


# -- a contradiction names what the claim itself said -----------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        # Austin is an alias of Texas: the claim said Austin
        ("Savreux lives in Austin", "Kansas City, not Austin."),
        ("Savreux habite à Austin", "Kansas City, et non Austin."),
        ("Savreux lives in Texas", "Kansas City, not Texas."),
        # the role is right, the workplace is not: say which workplace
        ("Sam Altman is the CEO of Microsoft", "CEO at OpenAI, not CEO at Microsoft."),
        ("Sam Altman est le PDG de Microsoft", "(pas PDG chez Microsoft)"),
    ],
)
def test_a_contradiction_names_what_the_claim_said(checker: ClaimChecker, claim: str, says: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.verdict
    assert says in verdict.explanation, verdict.explanation


# -- a share is checked against the share ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("Microsoft owns 51% of OpenAI", "The articles say 49% (Microsoft's stake in OpenAI), not 51%."),
        ("Microsoft détient 51 % d'OpenAI", "Les articles disent 49 %, et non 51 %."),
        # no share: the deed, in a sentence that says what the articles say
        ("Microsoft owns OpenAI", "The articles say Microsoft invested in OpenAI, not that Microsoft owns OpenAI."),
    ],
)
def test_a_share_claim_is_checked_against_the_share(checker: ClaimChecker, claim: str, says: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.verdict
    assert says in verdict.explanation, verdict.explanation


def test_the_articles_share_is_never_contradicted_by_the_deed(checker: ClaimChecker) -> None:
    # the 49% stake is what the articles say: "owns" a share is not "owns OpenAI"
    assert checker.check("Microsoft owns 49% of OpenAI").verdict != "contradicted"


# -- pay given as a word is told in the reader's language ------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("openai paid the south american developer for the coding test", "The articles say unpaid, not paid."),
        ("l'entreprise a-t-elle payé le test de code ?", "Les articles disent « non rémunéré », et non « payé »."),
        ("Le test de code était rémunéré", "Les articles disent « non rémunéré », et non « rémunéré »."),
    ],
)
def test_pay_given_as_a_word_is_said_in_the_readers_language(checker: ClaimChecker, claim: str, says: str) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict.verdict
    assert says in verdict.explanation, verdict.explanation


def test_an_english_claim_with_the_word_comment_is_answered_in_english(checker: ClaimChecker) -> None:
    # "comment" is also French ("how"); the claim's "to", "its" say it is English
    verdict = checker.check("OpenAI declined to comment to Semafor on its hiring practices")
    assert verdict.language == "en" and verdict.verdict == "supported", (verdict.language, verdict.verdict)
    assert checker.check("OpenAI a refusé de commenter ses pratiques de recrutement").language == "fr"


@pytest.mark.parametrize(
    "claim", ["Savreux travaille-t-il depuis chez lui ?", "Savreux vient de Kansas City", "Sam Altman est-il le PDG d'OpenAI ?"]
)
def test_a_french_claim_without_accents_or_articles_is_answered_in_french(checker: ClaimChecker, claim: str) -> None:
    # an inverted "travaille-t-il" and words such as "chez", "vient" say French: the verdict was worded in English
    assert checker.check(claim).language == "fr"


# -- an article's title names who reported a fact, and says nothing of it ------------------------------------


def test_the_title_of_an_article_a_statement_names_lends_the_claim_no_word(checker: ClaimChecker) -> None:
    # Kumar's fact is attributed to the "work sucks, I know" article: its title's "work" is no report that he works
    # from home (Savreux does; Kumar's facts never say where he works).
    assert checker.assess("Kumar lives in Texas and works from home").verdict != "supported"
    assert checker.assess("Savreux works from home").verdict == "supported"
    supported = checker.assess("Jatin Kumar is 22 and lives in Texas")
    assert (supported.verdict, supported.fact.id if supported.fact else None) == ("supported", "kumar-age-texas")
