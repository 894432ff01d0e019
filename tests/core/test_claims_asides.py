"""What a claim says in passing is said too: an aside set off by commas after a name (a relative clause whose subject it
is, an apposition) and the sentence without it are each checked, and only a contradiction carries over.

The claims are written for these tests from the articles, not taken from a claim set; the sealed sets are never read.
"""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.claims.asides import _asides
from tests.core.helpers import said


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("GitHub, which is owned by Google, hosts public code", ["GitHub is owned by Google", "GitHub hosts public code"]),
        ("DeepMind, une filiale de Meta, a signé", ["DeepMind est une filiale de Meta", "DeepMind a signé"]),
        ("GitHub, d'où OpenAI a tiré son code, appartient à Google", ["GitHub appartient à Google"]),
        ("OpenAI, which Microsoft invested in, hired contractors", []),  # "which" is not the subject: left alone
        ("Savreux, 34, works from home", []),
        ("Microsoft invested in OpenAI", []),
        (
            "OpenAI trained on code from GitHub, which is owned by Amazon",  # a relative clause at the end
            ["GitHub is owned by Amazon", "OpenAI trained on code from GitHub"],
        ),
        ("Savreux works from home, which he likes", []),  # "which" is not the subject
    ],
)
def test_the_claims_a_text_makes_in_passing(text: str, parts: list[str]) -> None:
    assert _asides(text) == parts


@pytest.mark.parametrize(
    ("claim", "fact_id", "instead"),
    [
        ("GitHub, which is owned by Amazon, hosts the public code OpenAI trained on",
         "microsoft-largest-investor-owns-github", "Microsoft"),
        ("GitHub, d'où OpenAI a tiré son code, appartient à Amazon", "microsoft-largest-investor-owns-github", "Microsoft"),
        ("DeepMind, which is Microsoft's AI subsidiary, committed to the guidelines", "pai-guidelines-deepmind", "Google"),
        ("DeepMind, une filiale d'Amazon, s'est engagée à respecter les lignes directrices", "pai-guidelines-deepmind",
         "Google"),
        ("OpenAI trained its models on code scraped from GitHub, which is owned by Amazon",
         "microsoft-largest-investor-owns-github", "Microsoft"),
    ],
)  # fmt: skip
def test_an_aside_the_articles_contradict_contradicts_the_claim(
    checker: ClaimChecker, claim: str, fact_id: str, instead: str
) -> None:
    verdict = checker.check(claim)
    assert (verdict.verdict, verdict.fact.id if verdict.fact else None) == ("contradicted", fact_id)
    assert instead in verdict.explanation


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("DeepMind is Google's AI subsidiary", "pai-guidelines-deepmind"),  # a subsidiary is owned
        ("DeepMind est une filiale d'IA de Google", "pai-guidelines-deepmind"),
    ],
)
def test_a_subsidiary_is_owned(checker: ClaimChecker, claim: str, fact_id: str) -> None:
    assert said(checker, claim) == ("supported", fact_id)


@pytest.mark.parametrize(
    "claim",
    [
        "DeepMind, a Google subsidiary, is the only firm to commit to the guidelines",  # the aside agrees
        "Savreux, who is 34, works from home",
        "OpenAI, which Microsoft invested in, hired about 1,000 contractors",
    ],
)
def test_an_aside_the_articles_agree_with_contradicts_nothing(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim)[0] != "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "OpenAI trained its models on code from GitHub, which is owned by Microsoft",  # what is owned is GitHub
        "Microsoft owns GitHub, d'où OpenAI a tiré son code",
    ],
)
def test_what_is_owned_is_the_name_next_to_the_verb(checker: ClaimChecker, claim: str) -> None:
    # not "Microsoft invested in OpenAI, not that it owns OpenAI": OpenAI is not said to be owned
    assert said(checker, claim)[0] != "contradicted"


@pytest.mark.parametrize("claim", ["Microsoft owns OpenAI", "OpenAI is owned by Microsoft", "GitHub is owned by Google"])
def test_a_wrong_owner_is_still_contradicted(checker: ClaimChecker, claim: str) -> None:
    assert said(checker, claim) == ("contradicted", "microsoft-largest-investor-owns-github")
