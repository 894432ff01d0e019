"""A timeline with no dated event says so in the reader's language and names close subjects that have some,
instead of a bare dash: for a subject the articles report only without dates, a known one they never date, a
misspelt or unknown one."""

from __future__ import annotations

import io

from bot.cli import run_timeline
from bot.core.models import KnowledgeBase
from bot.core.timeline import build_timeline, near_subjects, no_dated_events, render_timeline, subjects_with_dates


def _dated_names(base: KnowledgeBase, language: str = "en") -> set[str]:
    names = set()
    for key in subjects_with_dates(base):
        if key.startswith("topic:"):
            topic = base.topics[key.removeprefix("topic:")]
            names.add(topic.name_fr if language == "fr" and topic.name_fr else topic.name)
        else:
            names.add(base.entities[key].name)
    return names


def test_a_subject_reported_only_without_dates_gets_no_bare_dash(base: KnowledgeBase) -> None:
    timeline = build_timeline(base, "Microsoft")
    assert timeline.undated and not timeline.dated
    text = render_timeline(timeline, base)
    assert "—\n" not in text and "  —" not in text
    first = text.splitlines()[0]
    assert first.startswith("The articles date no event about “Microsoft”: what they report about it comes without a date.")
    assert "Close subjects with dated events: OpenAI" in first
    assert "Reported without a date the articles give:" in text and "microsoft-investment" in text
    french = render_timeline(timeline, base, "fr")
    assert french.startswith("Les articles ne datent aucun événement sur « Microsoft » : ce qu'ils en rapportent vient sans")
    assert "Des sujets proches ont des événements datés : OpenAI" in french and "Rapporté sans date" in french


def test_close_subjects_have_dated_events_and_are_named_in_the_readers_language(base: KnowledgeBase) -> None:
    for subject in ("Sam Altman", "GitHub Copilot", "Microsoft", "samma", "sam altmann", "zzz"):
        for language in ("en", "fr"):
            names, _close = near_subjects(base, subject, language)
            assert names and set(names) <= _dated_names(base, language), (subject, language, names)
    assert near_subjects(base, "samma")[0][0] == "Sama"  # a misspelt name with dated events
    names, close = near_subjects(base, "Sam Altman")
    assert close and "OpenAI" in names and "Sama" not in names  # his neighbours, not a name that contains "Sam"
    assert near_subjects(base, "sam altmann") == (names, True)  # his name misspelt twice: the same neighbours
    assert near_subjects(base, "zzz")[1] is False  # nothing close: the subjects with most dated events, said so


def test_the_cli_names_close_subjects_for_an_unknown_or_undated_subject(base: KnowledgeBase) -> None:
    out = io.StringIO()
    assert run_timeline("Sam Altman", out=out) == 0
    assert out.getvalue() == no_dated_events(base, "Sam Altman") + "\n"
    assert out.getvalue().startswith("The articles date no event about “Sam Altman”. Close subjects with dated events: OpenAI")
    out = io.StringIO()
    assert run_timeline("Copilot", language="fr", out=out) == 0
    assert out.getvalue().startswith("Les articles ne datent aucun événement sur « Copilot ». Des sujets proches ont des")
    assert "Les modèles et produits d'OpenAI" in out.getvalue()


def test_a_misspelt_name_gets_that_entitys_timeline_in_the_cli_too(base: KnowledgeBase) -> None:
    # Discord's /timeline resolves "invisble" to Invisible; the CLI said "no event about it" and hid the March layoffs.
    assert [e.fact.id for e in build_timeline(base, "samma").dated] == ["sama-ends-openai-partnership"]
    assert "invisible-layoffs-march" in [e.fact.id for e in build_timeline(base, "invisble").undated]
    out = io.StringIO()
    assert run_timeline("invisble", out=out) == 0
    assert "invisible-layoffs-march" in out.getvalue()
    assert not build_timeline(base, "zzz") and not build_timeline(base, "nvidia")
