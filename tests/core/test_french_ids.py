"""The terminal faces (`ask`, `verify`, `timeline`) show a French reader no id of the fact base (English slugs);
an English reader keeps them, in brackets, as handles."""

from __future__ import annotations

import re

import pytest

from bot.core.claims import checker_for
from bot.core.claims.output import render_verdict
from bot.core.engine import Engine
from bot.core.i18n import id_tag, shows_ids
from bot.core.render import render_text
from bot.core.timeline import build_timeline, render_timeline

SLUG = re.compile(r"\[[a-z0-9]+(?:-[a-z0-9]+)+\]")


@pytest.mark.parametrize(
    "question",
    [
        "combien de sous-traitants openai a-t-il embauchés",  # an answer with disagreements and related answers
        "qui est sam",  # namesakes
        "qui est le pdg de nvidia",  # an abstention with suggestions
    ],
)
def test_a_french_answer_in_the_terminal_shows_no_id(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.language == "fr"
    text = render_text(answer, engine.base)
    assert not SLUG.search(text), SLUG.findall(text)
    english = render_text(engine.ask("how many contractors did openai hire"), engine.base)
    assert "[hiring-scale]" in english and "[disc-hiring-timeframe]" in english


@pytest.mark.parametrize(
    "claim",
    ["Savreux gagnait 30 dollars de l'heure", "Les licenciés d'Invisible étaient des martiens"],
)
def test_a_french_verdict_shows_no_id(engine: Engine, claim: str) -> None:
    verdict = checker_for(engine).assess(claim, language="fr")
    text = render_verdict(verdict, engine.base)
    assert not SLUG.search(text), SLUG.findall(text)
    english = render_verdict(checker_for(engine).assess("Savreux made $30 an hour", language="en"), engine.base)
    assert "[savreux-pay-15-an-hour]" in english


def test_a_french_timeline_shows_no_id(engine: Engine) -> None:
    timeline = build_timeline(engine.base, None)
    assert not SLUG.search(render_timeline(timeline, engine.base, "fr"))
    assert SLUG.search(render_timeline(timeline, engine.base, "en"))


def test_ids_are_shown_to_english_readers_only() -> None:
    assert shows_ids("en") and not shows_ids("fr")
    assert id_tag("hiring-scale", "en") == "  [hiring-scale]" and id_tag("hiring-scale", "fr") == ""
