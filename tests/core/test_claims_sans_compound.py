"""French nouns made with "sans" ("sans-abri", "sans-emploi") typed without their hyphen are nouns, not denials."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.claims.reading import parse_claim


@pytest.mark.parametrize("claim", ["Savreux était sans abri", "savreux etait sans abri", "Savreux était sans-abri"])
def test_homeless_typed_without_its_hyphen_is_supported_not_contradicted(checker: ClaimChecker, claim: str) -> None:
    # Before, "sans abri" read as "without shelter", a denial: the articles' escape from homelessness "contradicted" it.
    verdict = checker.check(claim)
    assert verdict.verdict == "supported" and verdict.fact is not None and verdict.fact.id == "savreux-escaped-homelessness"


def test_a_denial_of_it_is_still_contradicted_and_sans_alone_still_denies(checker: ClaimChecker) -> None:
    assert checker.check("Savreux n'a jamais été sans abri").verdict == "contradicted"
    assert not parse_claim("Savreux était sans abri", checker.base).negated
    assert parse_claim("Savreux travaille sans contrat", checker.base).negated
