"""Claims the checker could not read (issue 15, this session): a rate paid by whom the trainers train for, a vague count
against a figure, who spoke to which outlet, French "engager" (to hire, or to commit) and figures said in words.

Each test names the cause it holds the checker to; the claims are development examples, not a sealed set's.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.models import KnowledgeBase

# -- a rate: the trainers' pay, whoever the claim says pays it ------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("OpenAI pays trainers $30 an hour", "The articles say $15 an hour, not $30"),
        ("OpenAI paie ses formateurs 30 dollars de l'heure", "15 dollars de l'heure, et non 30 dollars"),
    ],
)
def test_a_rate_said_of_openai_contractors_is_checked_against_their_curated_rate(
    checker: ClaimChecker, claim: str, says: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict
    assert verdict.fact is not None and verdict.fact.id == "savreux-pay-15-an-hour"
    assert says in verdict.explanation


def test_a_rate_paid_by_a_firm_the_pay_fact_does_not_name_is_not_checked(checker: ClaimChecker) -> None:
    assert checker.check("Invisible pays trainers $30 an hour").verdict == "not_reported"


# -- a vague count ("dozens") is a figure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("Invisible laid off 500 workers", "The articles say dozens, not 500"),
        ("Invisible laid off more than 300 trainers", "dozens, not more than 300"),
        ("Invisible laid off 5 OpenAI trainers", "dozens, not 5"),
        ("Invisible a licencié 500 formateurs", "des dizaines, et non 500"),
    ],
)
def test_a_count_outside_what_a_vague_curated_count_can_mean_is_contradicted(
    checker: ClaimChecker, claim: str, says: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "contradicted", verdict
    assert verdict.fact is not None and verdict.fact.id == "invisible-layoffs-march"
    assert says in verdict.explanation


@pytest.mark.parametrize(
    "claim", ["Invisible laid off 30 workers", "Invisible laid off about 50 OpenAI trainers", "Invisible laid off 40 trainers"]
)
def test_a_count_a_vague_curated_count_may_mean_is_neither_supported_nor_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "not_reported"


# -- who spoke to which outlet, either way round --------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "NBC News interviewed Savreux",
        "Savreux spoke to NBC News",
        "Savreux was interviewed by NBC",
        "Did NBC News interview Jatin Kumar?",
        "NBC News a interviewé Kumar",
        "Kumar a parlé à NBC News",
    ],
)
def test_who_spoke_to_an_outlet_is_supported_by_the_citations_of_their_words_given_to_it(
    checker: ClaimChecker, claim: str
) -> None:
    verdict = checker.check(claim)
    assert verdict.verdict == "supported", verdict
    assert verdict.citations and all(c.origin == "nbc-news" for c in verdict.citations)


@pytest.mark.parametrize("claim", ["Savreux did not speak to NBC News", "Kumar n'a jamais parlé à NBC News"])
def test_a_denial_that_someone_spoke_to_an_outlet_they_are_quoted_speaking_to_is_contradicted(
    checker: ClaimChecker, claim: str
) -> None:
    assert checker.check(claim).verdict == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "Semafor interviewed Savreux",  # no citation says so; nothing says he did not either
        "NBC News interviewed Sam Altman",
        "Matelich spoke to NBC News",  # she spoke at a recorded meeting, not to NBC
        "Semafor did not interview Savreux",
    ],
)
def test_an_interview_no_citation_gives_is_not_reported(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "not_reported"


# -- French "engager": to hire, or (reflexive, or with "à") to commit --------------------------------------------------


def test_engager_with_an_object_hires_and_reflexive_engager_commits(base: KnowledgeBase) -> None:
    assert [a for a, _ in parse_claim("OpenAI a engagé un millier de contractuels", base).actions] == ["hire"]
    assert [a for a, _ in parse_claim("DeepMind s'est engagée à respecter les lignes directrices", base).actions] == ["commit"]
    assert [a for a, _ in parse_claim("DeepMind est la seule à s'y être engagée publiquement", base).actions] == ["commit"]


def test_hiring_said_with_engager_is_not_contradicted_by_a_commitment(checker: ClaimChecker) -> None:
    verdict = checker.check("OpenAI a engagé un millier de contractuels")
    assert verdict.verdict != "contradicted" and (verdict.fact is None or verdict.fact.id != "pai-guidelines-deepmind")
    # the same deed with the same word still is: DeepMind, not OpenAI, committed to the guidelines
    committed = checker.check("OpenAI s'est engagé à respecter les lignes directrices")
    assert committed.verdict == "contradicted" and committed.fact is not None
    assert committed.fact.id == "pai-guidelines-deepmind"


# -- figures said in words ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "value", "bound"),
    [
        ("Kumar a vingt-deux ans", 22, "exact"),
        ("Savreux is thirty-four", 34, "exact"),
        ("OpenAI a embauché un millier de sous-traitants", 1000, "approx"),
        ("OpenAI hired roughly a thousand contractors", 1000, "approx"),
    ],
)
def test_a_figure_in_words_is_one_figure(base: KnowledgeBase, claim: str, value: int, bound: str) -> None:
    assert [(n.value, n.bound) for n in parse_claim(claim, base).numbers] == [(value, bound)]


def test_a_french_figure_in_words_gets_the_verdict_its_english_twin_gets(checker: ClaimChecker) -> None:
    assert (
        checker.check("OpenAI a embauché un millier de sous-traitants").verdict
        == checker.check("OpenAI hired about 1,000 contractors").verdict
    )
    assert checker.check("Kumar a vingt-deux ans").verdict == "supported"
    assert checker.check("Kumar a vingt-cinq ans").verdict == "contradicted"


# -- French twins of true claims: what separated them from their English twins ---------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        # "ne ... pas" where the English statement says "no" and "without": the French statement denies in those words
        "Savreux : on fait un travail ingrat, mais sans ce travail il n'y aurait pas de systèmes de langage d'IA",
        # "créer un syndicat" forms a union; it releases nothing (it was read as creating ChatGPT)
        "Plus de 150 personnes à Nairobi qui travaillaient sur l'IA pour Facebook, TikTok et ChatGPT ont voté pour créer un syndicat",
        # "horaire" is hourly
        "Le salaire horaire de Savreux est-il supérieur au salaire minimum du Missouri ?",
        # the French of English framing and filler words: "continue de" (still), "chez" (at), "allait" (would)
        "OpenAI continue d'embaucher dans toute l'entreprise malgré les licenciements",
        "Chez Invisible, les sous-traitants qui travaillent pour OpenAI portent le titre de « formateurs de données IA avancés »",
        "Microsoft a-t-il dit qu'il allait licencier 10 000 personnes ?",
    ],
)
def test_a_french_twin_of_a_true_claim_is_supported_as_its_english_twin_is(meaning_checker: ClaimChecker, claim: str) -> None:
    verdict = meaning_checker.check(claim)
    assert verdict.verdict == "supported", (verdict.verdict, verdict.fact.id if verdict.fact else None)


def test_creating_a_union_is_a_union_vote_not_a_release(base: KnowledgeBase) -> None:
    actions = [a for a, _ in parse_claim("Over 150 workers in Nairobi voted to create a union", base).actions]
    assert "release" not in actions and "vote-union" in actions
    assert "release" in [a for a, _ in parse_claim("Facebook a créé ChatGPT", base).actions]


def test_a_person_s_rate_is_not_checked_against_a_rate_the_articles_give_someone_else(checker: ClaimChecker) -> None:
    # Kumar's pay is never given: Savreux's $15 (and "or more" for trainers at large) neither settles nor denies it
    assert checker.check("Jatin Kumar gagne 30 dollars de l'heure comme formateur chez OpenAI").verdict == "not_reported"
    assert checker.check("Kumar earns $15 an hour").verdict == "not_reported"
    assert checker.check("Savreux earns $30 an hour").verdict == "contradicted"


def test_a_rate_within_twice_the_trainers_floor_is_not_contradicted(checker: ClaimChecker) -> None:
    # The Internet Patrol: "$15 an hour or more"
    assert checker.check("The trainers make $20 an hour").verdict == "not_reported"
    assert checker.check("The trainers make $30 an hour").verdict == "contradicted"


def test_french_markers_are_their_english_words(base: KnowledgeBase) -> None:
    from bot.core.claims.reading import marker_words

    assert marker_words("la plupart des sous-traitants") == {"most"}
    assert marker_words("tous les formateurs") == {"tous"}


@pytest.mark.parametrize(
    "claim",
    [
        # a French denial weighed against the French statement's must deny what it denies
        "Savreux dit que les formateurs ne sont pas des grunt workers",
        "Savreux dit que les formateurs ne sont jamais des grunt workers",
        "Savreux dit que les formateurs sont aucun des grunt workers",
        # "chez lui" is at home, not a filler "at": Kumar's home is never said
        "Est-ce que Jatin Kumar travaille depuis chez lui ?",
        # "tous" is no "all" of a quote's "all the neural networks"
        "Savreux dit que tous les formateurs sont des grunt workers",
    ],
)
def test_french_readings_support_no_false_variant(meaning_checker: ClaimChecker, claim: str) -> None:
    assert meaning_checker.check(claim).verdict != "supported"


def test_chez_soi_is_at_home(meaning_checker: ClaimChecker) -> None:
    assert meaning_checker.check("Est-ce que Savreux travaille depuis chez lui ?").verdict == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Altman told Semafor",  # he tweeted; Semafor relays the tweet
        "Jindal told The Internet Patrol",  # it relays what she told NBC News
        "Savreux told The Internet Patrol",
    ],
)
def test_words_an_article_gives_someone_are_not_words_they_gave_its_outlet(checker: ClaimChecker, claim: str) -> None:
    assert checker.check(claim).verdict == "not_reported"
