"""The timeline: dated events in the order of their normalised dates; undated ones apart, never given a date."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from bot.core.models import KnowledgeBase, When
from bot.core.timeline import build_timeline, date_label, render_timeline, timeline_json


def test_dated_events_come_in_date_order(base: KnowledgeBase) -> None:
    timeline = build_timeline(base)
    keys = [e.when.sortable for e in timeline.dated]
    assert keys == sorted(keys) and len(keys) >= 4
    ids = [e.fact.id for e in timeline.dated]
    assert ids.index("codex-launch") < ids.index("sama-ends-openai-partnership")
    assert ids[0] == "tech-low-paid-labour-history"  # the 1950s come first


def test_undated_events_are_listed_apart_and_never_given_a_date(base: KnowledgeBase) -> None:
    timeline = build_timeline(base)
    undated = {e.fact.id for e in timeline.undated}
    assert {"invisible-layoffs-march", "microsoft-investment", "chatgpt-released-in-november"} <= undated
    assert all(e.when.date is None for e in timeline.undated)
    assert not undated & {e.fact.id for e in timeline.dated}
    data = timeline_json(timeline, base)
    assert all(event["date"] is None for event in data["undated"])
    text = render_timeline(timeline, base)
    march = next(line for line in text.splitlines() if "invisible-layoffs-march" in line)
    assert march.strip().startswith("- in March (no year given):")
    assert "2022" not in march.split(":")[0] and "2023" not in march


def test_each_event_names_its_articles(base: KnowledgeBase) -> None:
    text = render_timeline(build_timeline(base), base)
    line = next(line for line in text.splitlines() if "codex-launch" in line)
    assert "OpenAI has hired an army of contractors to make basic coding obsolete (Semafor)" in line


def test_the_reader_gets_french(base: KnowledgeBase) -> None:
    text = render_timeline(build_timeline(base, "Sama"), base, "fr")
    assert text.startswith("Événements datés")
    assert "février 2022" in text and "la société contractante Sama a mis fin" in text


def test_a_subject_narrows_the_timeline(base: KnowledgeBase) -> None:
    assert [e.fact.id for e in build_timeline(base, "Sama").dated] == ["sama-ends-openai-partnership"]
    assert [e.fact.id for e in build_timeline(base, "codex").dated] == ["codex-launch"]
    assert not build_timeline(base, "nvidia")


def test_date_labels() -> None:
    assert date_label(When("in August 2021", "en août 2021", "2021-08")) == "August 2021"
    assert date_label(When("in August 2021", "en août 2021", "2021-08"), "fr") == "août 2021"
    assert date_label(When("in the 1950s", "dans les années 1950", "1950/1959")) == "1950–1959"
    assert date_label(When("on 18 January 2023", "le 18 janvier 2023", "2023-01-18")) == "January 18, 2023"
    assert date_label(When("last week", "la semaine dernière", None), "fr") == "la semaine dernière"


def test_ranges_sort_by_their_start_then_their_end(base: KnowledgeBase) -> None:
    fact = base.facts["codex-launch"]
    dates = {"a": "2022/2023", "b": "2021-08", "c": "2022", "d": "2022-02", "e": "2021/2025", "f": None}
    facts = {k: dataclasses.replace(fact, id=k, when=When(f"words {k}", f"mots {k}", date)) for k, date in dates.items()}
    small = dataclasses.replace(base, facts=MappingProxyType(facts))
    timeline = build_timeline(small)
    assert [e.fact.id for e in timeline.dated] == ["e", "b", "c", "a", "d"]  # a year starts before its months
    assert [e.fact.id for e in timeline.undated] == ["f"]
