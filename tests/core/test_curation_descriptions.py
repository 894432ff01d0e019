"""The curated descriptions (`described_as` in entities.yaml) as readers who do not use the articles' names write them,
in English and in French. One list serves both languages: descriptions are matched by search tokens, so a French
phrasing whose words the synonyms already join with an English one ("entreprise contractante", "contracting firm")
is the same description, and only French words of their own ("boîte", "mec", "SDF", "trentenaire") need listing."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.models import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("how old is the Kansas City denizen", "alexej-savreux"),
        ("what did the ex-janitor say about his job", "alexej-savreux"),
        ("combien gagne le mec qui était SDF", "alexej-savreux"),
        ("quel âge a le jeune Texan", "jatin-kumar"),
        ("what does the conversational trainer want to build", "jatin-kumar"),
        ("what did the ops chief say at the meeting", "grace-matelich"),
        ("qu'a annoncé la cheffe des opérations à la réunion", "grace-matelich"),
        ("how many people work at the ChatGPT company", "openai"),
        ("why did the company that dropped OpenAI stop", "sama"),
        ("pourquoi la boîte qui a lâché OpenAI a arrêté", "sama"),
        ("what did the magazine report about Kenya", "time"),
        ("who owns the code site", "github"),
    ],
)
def test_a_reader_s_description_names_the_one_it_fits(engine: Engine, question: str, entity: str) -> None:
    assert engine._entities.described(question).entities == frozenset({entity})


def test_every_person_and_organisation_the_articles_describe_has_descriptions(base: KnowledgeBase) -> None:
    # Palizban is described by the articles only as a speaker at the meeting, which Grace Matelich was too; Sam Altman and
    # Satya Nadella by their roles, which curated roles answer ("OpenAI's chief scientist" would read as the CEO).
    left_out = {"palizban", "sam-altman", "satya-nadella"}
    missing = [
        e.id
        for e in base.entities.values()
        if e.type in ("person", "organisation") and not e.described_as and e.id not in left_out
    ]
    assert missing == []
