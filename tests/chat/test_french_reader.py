"""What a French reader sees, reply by reply: no English word that is not a name, a title or a quote of an English article."""

from __future__ import annotations

import pytest

from bot.chat.checks import verdict_embed
from bot.chat.embeds import BLANK, embed_text
from bot.core.claims import checker_for
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("claim", "heading"),
    [
        ("Savreux gagne 30 dollars de l'heure", "Ce que disent les articles"),  # two articles quoted
        ("Microsoft a licencié les formateurs d'Invisible", "Ce que dit l'article"),  # one article, three quotes
        ("OpenAI a embauché 1000 développeurs", "Ce que dit chaque article"),  # each side of a dispute
        ("Savreux earns $30 an hour", "What the articles say"),
    ],
)
def test_a_verdict_with_several_quotes_has_one_heading(engine: Engine, claim: str, heading: str) -> None:
    """A contradiction quoting several passages repeated "Ce que dit l'article" over each of them."""
    found = checker_for(engine).check(claim)
    assert len(found.citations) > 1
    embed = verdict_embed(found, engine.base)
    assert [field.name for field in embed.fields if field.name != BLANK] == [heading]
    assert embed_text(embed).count(heading) == 1 and BLANK not in embed_text(embed)
