"""Provenance: who reported each claim, who relayed it, and how many separate origins stand behind a fact."""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.cli import run_check
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import KnowledgeBase
from bot.core.provenance import (
    citation_line,
    describe_origin,
    origins,
    origins_json,
    origins_line,
    provenance_graph,
    report_name,
    source_lines,
    trace,
)
from bot.core.render import render_fact_text

OWN_REPORTING = re.compile(r"own reporting|propres informations", re.IGNORECASE)


def _fact_strings(fact, base: KnowledgeBase) -> list[str]:
    strings = [fact.statement, fact.statement_fr or "", fact.subject or ""]
    strings += [c.position or "" for c in fact.citations]
    if fact.when:
        strings += [fact.when.text, fact.when.text_fr or ""]
    return strings


# ---------------------------------------------------------------------------------------------- the shipped base


def test_no_displayed_string_of_a_relayed_claim_says_own_reporting(base: KnowledgeBase) -> None:
    relayed = [(f, c) for f in base.facts.values() for c in f.citations if c.origin]
    assert len(relayed) > 50
    for fact, citation in relayed:
        for language in ("en", "fr"):
            assert not OWN_REPORTING.search(citation_line(citation, base, language)), (fact.id, citation.source_id)
    for fact in base.facts.values():
        # A fact none of whose articles reports it first-hand says nowhere that it is anyone's own reporting.
        if all(c.origin for c in fact.citations):
            for text in _fact_strings(fact, base):
                assert not OWN_REPORTING.search(text), fact.id
            for language in ("en", "fr"):
                assert not OWN_REPORTING.search(origins_line(fact, base, language)), fact.id
        for origin in origins(fact, base):
            if origin.report not in origin.articles:
                for language in ("en", "fr"):
                    assert not OWN_REPORTING.search(describe_origin(origin, base, language)), fact.id


def test_every_outlet_is_named_in_its_own_text_or_marked_as_an_inference(base: KnowledgeBase) -> None:
    for source in base.sources.values():
        if source.outlet:
            assert source.outlet in source.text, source.id
            assert source.outlet_evidence and source.outlet in source.outlet_evidence
            assert " ".join(source.outlet_evidence.split()) in " ".join(source.text.split())
            assert source.outlet_inferred is None
        if source.outlet_inferred:
            assert source.outlet is None
            assert len(source.outlet_inferred.reason) > 40, source.id
        for relay in source.relays:
            assert relay.evidence or relay.inferred, (source.id, relay.report)


def test_the_french_copy_names_no_outlet_and_its_inferred_one_is_never_a_byline(base: KnowledgeBase) -> None:
    french = base.sources["invisible-layoffs-fr"]
    assert french.outlet is None
    assert french.outlet_inferred is not None and french.outlet_inferred.name == "Insider"
    assert "Insider verified their identity and employment" in french.outlet_inferred.reason
    assert "Insider" not in french.display_title and "Semafor" not in french.display_title
    assert french.name_in("en") == "the French article"
    lines = source_lines(french, base)
    assert lines[0] == "Outlet: not named in this copy"
    assert any(line.startswith("Outlet inferred by the curators, not a byline: Insider") for line in lines)
    # Its own claims are its own, with no outlet invented for them.
    own = next(c for c in base.facts["openai-invisible-no-comment"].citations if c.source_id == french.id)
    assert citation_line(own, base) == "claim by the article's own reporting (its outlet is not named)"
    for fact in base.facts.values():
        for citation in fact.citations:
            if citation.source_id == french.id:
                assert "Insider" not in citation_line(citation, base)
                assert "Semafor" not in citation_line(citation, base) or citation.origin == "semafor-army-of-contractors"


def test_the_insider_line_is_the_outlet_checking_its_source_not_the_source_checking_itself(base: KnowledgeBase) -> None:
    fact = base.facts["invisible-anonymous-contractor-source"]
    assert "the insider verified" not in fact.statement.lower()
    assert "l'initié a vérifié" not in (fact.statement_fr or "").lower()
    assert "outlet says it verified the contractor's identity" in fact.statement
    assert "le média de l'article en français dit avoir vérifié" in (fact.statement_fr or "")
    # The inferred outlet appears only inside a note marked as the curators'.
    for text, note in ((fact.statement, "(Curator's note:"), (fact.statement_fr or "", "(Note des curateurs :")):
        assert text.index("Insider") > text.index(note)


def test_the_thousand_hires_trace_to_one_report(base: KnowledgeBase) -> None:
    fact = base.facts["hiring-scale"]
    assert len(fact.source_ids) == 3
    found = origins(fact, base)
    assert [o.report for o in found] == ["semafor-army-of-contractors"]
    assert set(found[0].articles) == set(fact.source_ids)
    assert origins_line(fact, base) == (
        "Reported by 3 of 5 articles, all tracing to one report (Semafor, citing people familiar with the matter; "
        "the curators infer that The Internet Patrol repeats it without naming it)."
    )
    assert origins_line(fact, base, "fr").startswith(
        "Rapporté par 3 des 5 articles, tous remontant à un seul reportage (Semafor, citant des personnes au fait du dossier ;"
    )


def test_relayed_quotes_name_the_whole_chain(base: KnowledgeBase) -> None:
    savreux = base.facts["savreux-grunt-workers"].citations[0]
    assert citation_line(savreux, base) == "claim by Alexej Savreux, speaking to NBC News; relayed by this article"
    assert citation_line(savreux, base, "fr") == "source : Alexej Savreux, s'adressant à NBC News ; relayé par cet article"
    french = next(c for c in base.facts["hiring-scale"].citations if c.source_id == "invisible-layoffs-fr")
    assert citation_line(french, base).endswith("speaking to Semafor; relayed by this article")
    patrol = next(c for c in base.facts["hiring-scale"].citations if c.source_id == "unseen-workforce-internet-patrol")
    assert citation_line(patrol, base) == (
        "claim by Semafor's reporting; repeated by this article without naming Semafor (curator's inference)"
    )
    time = base.facts["openai-spokesperson-time-statement"].citations[0]
    assert (
        citation_line(time, base) == "claim by a statement by an OpenAI spokesperson, speaking to Time; relayed by this article"
    )
    assert citation_line(time, base, "fr").startswith("source : une déclaration d'un porte-parole d'OpenAI, s'adressant à Time")
    semafor = base.facts["hiring-scale"].citations[0]
    assert trace(semafor, base.facts["hiring-scale"], base) == "semafor-army-of-contractors"


def test_separate_origins_are_counted_apart(base: KnowledgeBase) -> None:
    # Microsoft's public statement (quoted by Semafor and the "think like" article) is one origin; each article's own
    # reporting is another.
    fact = base.facts["microsoft-investment"]
    found = origins(fact, base)
    assert len(found) == len(fact.source_ids) == 3
    assert found[0].channel == "public" and set(found[0].articles) == {
        "semafor-army-of-contractors",
        "contractors-think-like-developers",
    }
    assert "tracing to 3 separate origins: a public statement by Microsoft, reported by Semafor and" in origins_line(fact, base)
    single = base.facts["openai-invisible-no-comment"]
    assert origins_line(single, base) == "Reported by 1 of 5 articles: the French article, its own reporting."


def test_the_graph_is_in_words(base: KnowledgeBase) -> None:
    graph = "\n".join(provenance_graph(base))
    assert "invisible-layoffs-fr: outlet not named in this copy; inferred, not a byline: Insider" in graph
    assert "relays NBC News: “Two OpenAI contractors revealed to NBC News”" in graph
    assert "repeats Semafor (semafor-army-of-contractors) without naming it (curator's inference" in graph
    out = io.StringIO()
    assert run_check(None, out=out) == 0
    assert "Who published each article, and what it relays:" in out.getvalue()


def test_when_is_shown_in_the_readers_language(base: KnowledgeBase) -> None:
    fact = base.facts["invisible-layoffs-march"]
    english = render_fact_text(fact, base, "en")
    french = render_fact_text(fact, base, "fr")
    assert "in March (no year given)" in english[1] and "mars" not in english[1]
    assert "en mars (année non précisée)" in french[1] and "March" not in french[1]


# ---------------------------------------------------------------------------------------------- bad metadata


@pytest.fixture
def kb(tmp_path: Path, knowledge_dir: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(root: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    err = io.StringIO()
    assert run_check(root, out=io.StringIO(), err=err) == 1
    assert str(info.value) in err.getvalue()
    return str(info.value)


def test_a_relay_loop_fails_the_check_with_file_and_line(kb: Path) -> None:
    _edit(
        kb / "sources" / "semafor-army-of-contractors.yaml",
        "relays: []",
        "relays:\n  - report: contractors-think-like-developers\n    inferred: a loop made for the test",
    )
    message = _problems(kb)
    assert re.search(
        r"sources/\S+\.yaml:\d+: relay loop: (semafor-army-of-contractors|contractors-think-like-developers) -> ", message
    )


def test_a_relay_of_an_unknown_report_fails_the_check_with_file_and_line(kb: Path) -> None:
    _edit(kb / "sources" / "training-day-grunt-work.yaml", "  - report: nbc-news", "  - report: nbc-newz")
    message = _problems(kb)
    assert re.search(r"sources/training-day-grunt-work\.yaml:\d+: relay of an unknown report 'nbc-newz'", message)


def test_a_relay_needs_the_articles_words_or_a_reason(kb: Path) -> None:
    meta = kb / "sources" / "training-day-grunt-work.yaml"
    _edit(meta, "evidence: Two OpenAI contractors revealed to NBC News", "evidence: Two contractors told CNN")
    assert "relay evidence is not in the article: 'Two contractors told CNN'" in _problems(kb)
    _edit(meta, "    evidence: Two contractors told CNN\n", "")
    assert "relay of 'nbc-news' needs either 'evidence'" in _problems(kb)


def test_an_outlet_must_be_named_by_the_text(kb: Path) -> None:
    meta = kb / "sources" / "invisible-layoffs-fr.yaml"
    _edit(meta, "outlet: null", "outlet: Insider")
    assert "outlet 'Insider' needs 'outlet_evidence'" in _problems(kb)
    _edit(meta, "outlet: Insider", "outlet: Insider\noutlet_evidence: L’initié a vérifié son identité et son emploi.")
    message = _problems(kb)
    assert "outlet_evidence does not name the outlet 'Insider'" in message


def test_a_citation_origin_must_be_a_report_its_article_relays(kb: Path) -> None:
    _edit(kb / "facts" / "sama-kenya.yaml", "origin: time", "origin: nbc-news")
    message = _problems(kb)
    assert (
        "origin 'nbc-news' is not a report that 'invisible-layoffs-fr' relays (its relays: semafor-army-of-contractors, time)"
        in message
    )
    assert "facts/sama-kenya.yaml:" in message


# ---------------------------------------------------------------------------------------------- displayed text


def _displayed(base: KnowledgeBase) -> list[tuple[str, str]]:
    """Every string the bot shows that curators wrote (quotes are the articles' own words, so not here)."""
    shown: list[tuple[str, str]] = []
    for fact in base.facts.values():
        shown += [(fact.id, text) for text in _fact_strings(fact, base) if text]
    for entity in base.entities.values():
        shown += [(entity.id, entity.description), (entity.id, entity.description_fr or "")]
    for topic in base.topics.values():
        shown += [(topic.id, topic.description), (topic.id, topic.name), (topic.id, topic.name_fr or "")]
    for source in base.sources.values():
        shown += [(source.id, source.summary)]
    return shown


VAGUE = re.compile(
    r"\bthe other (?:article|one|headline)\b|\bthe relaying article\b|\bthe article relaying Semafor\b|\bthe NBC article\b"
    r"|\bl'autre article\b|\bl'article qui reprend Semafor\b|\bone article\b|\bl'un des articles\b",
    re.IGNORECASE,
)
#: Stray English words of the French article's machine translation: fine inside a quote, never in curators' prose.
NOISE = re.compile(r"\b(?:previous|advisor|moreover|foundation|resources)\b|\bstaff de\b|\bde development\b")


def test_displayed_text_names_articles_instead_of_pointing_vaguely(base: KnowledgeBase) -> None:
    vague = [(owner, text) for owner, text in _displayed(base) if VAGUE.search(text)]
    assert not vague


def test_statements_carry_no_translation_noise(base: KnowledgeBase) -> None:
    for fact in base.facts.values():
        for text in (fact.statement, fact.statement_fr or ""):
            # Not even in quotation marks: a statement says what the garbled word stood for, or leaves it out.
            # (Savreux's "previous job at Jimmy John's" is The Internet Patrol's own English.)
            prose = text.replace("a previous job at", "")
            assert not NOISE.search(prose), (fact.id, NOISE.search(prose))


def test_curator_knowledge_is_not_shown_as_reporting(base: KnowledgeBase) -> None:
    # No article says "Invisible Technologies" (the French one says Invisible, once Invisible Systems).
    assert all("Invisible Technologies" not in s.text for s in base.sources.values())
    for owner, text in _displayed(base):
        assert "Invisible Technologies" not in text, owner
        assert "Curator's note" in text or "Note des curateurs" in text or "Insider" not in text, owner


def test_a_relaying_article_says_so_in_its_summary(base: KnowledgeBase) -> None:
    for source in base.sources.values():
        for relay in source.relays:
            if relay.evidence:
                assert report_name(relay.report, base) in source.summary, (source.id, relay.report)


def test_json_citations_carry_the_chain_and_the_answer_its_origins(engine, base: KnowledgeBase) -> None:
    from bot.core.render import answer_json

    data = answer_json(engine.ask("How many contractors did OpenAI hire?"), base)
    assert data["answer"]["fact_id"] == "hiring-scale"
    by_source = {c["source_id"]: c for c in data["answer"]["citations"]}
    semafor, french, patrol = (
        by_source["semafor-army-of-contractors"],
        by_source["invisible-layoffs-fr"],
        by_source["unseen-workforce-internet-patrol"],
    )
    assert semafor["speaker"] == {"kind": "anonymous", "name": "people familiar with the matter"}
    assert (semafor["reported_to"], semafor["relayed_by"], semafor["origin"]) == ("Semafor", None, "semafor-army-of-contractors")
    assert (french["outlet"], french["reported_to"], french["relayed_by"]) == (None, "Semafor", "invisible-layoffs-fr")
    assert patrol["origin"] == "semafor-army-of-contractors" and patrol["origin_inferred"] is True
    origins_part = data["answer"]["origins"]
    assert origins_part["articles"] == 3 and [o["report"] for o in origins_part["origins"]] == ["semafor-army-of-contractors"]
    assert origins_part["line"].startswith("Reported by 3 of 5 articles, all tracing to one report (Semafor")


def test_words_that_were_not_said_to_the_outlet_are_not_presented_as_if_they_were(base: KnowledgeBase) -> None:
    # A tweet, a recorded meeting, a public announcement: the outlet reports them, nobody spoke to it.
    altman = base.facts["altman-talent-density-tweet"].citations[0]
    assert citation_line(altman, base) == "claim by Sam Altman, in a tweet, reported by Semafor"
    matelich = base.facts["matelich-remaining-staff-quote"].citations[0]
    assert citation_line(matelich, base) == (
        "claim by Grace Matelich, at a recorded meeting, reported by this article's outlet (not named)"
    )
    assert citation_line(matelich, base, "fr") == (
        "source : Grace Matelich, lors d'une réunion enregistrée, d'après le média de cet article (non nommé)"
    )
    microsoft = base.facts["microsoft-investment"].citations[0]
    assert citation_line(microsoft, base) == "claim by a public statement by Microsoft, reported by Semafor"
    for fact in base.facts.values():
        for citation in fact.citations:
            if citation.who in ("Sam Altman", "Satya Nadella", "Grace Matelich", "Palizban", "Palziban", "Microsoft"):
                assert "speaking to" not in citation_line(citation, base), fact.id


def test_a_channel_is_checked(kb: Path) -> None:
    _edit(kb / "facts" / "openai-company.yaml", "channel: tweet", "channel: letter")
    assert "channel must be one of tweet, meeting, public" in _problems(kb)


def test_every_article_without_an_outlet_has_a_short_name(base: KnowledgeBase) -> None:
    # Answers call such an article by its name ("the French article"), never by a guessed outlet.
    for source in base.sources.values():
        if not source.outlet:
            assert source.name and source.name_fr, source.id
            assert source.outlet_inferred is None or source.outlet_inferred.name not in (source.name + source.name_fr)


def test_one_tweet_quoted_by_two_articles_is_one_origin(base: KnowledgeBase) -> None:
    """Semafor and the "think like" article both quote Altman's headcount tweet: one origin, not two reports."""
    fact = base.facts["openai-headcount-375"]
    found = origins(fact, base)
    tweet = [o for o in found if o.channel == "tweet"]
    assert len(tweet) == 1 and set(tweet[0].articles) == {"semafor-army-of-contractors", "contractors-think-like-developers"}
    assert len(found) == 2  # the tweet, and Semafor's own comparison with the tech giants
    assert origins_line(fact, base) == (
        "Reported by 2 of 5 articles, tracing to 2 separate origins: a tweet by Sam Altman, reported by Semafor and "
        "the “think like human developers” article; Semafor's own reporting."
    )
    assert origins_line(fact, base, "fr") == (
        "Rapporté par 2 des 5 articles, remontant à 2 origines distinctes : un tweet de Sam Altman, rapporté par Semafor "
        "et l'article « think like human developers » ; les propres informations de Semafor."
    )
    shape = origins_json(fact, base)
    assert [o["channel"] for o in shape["origins"]] == ["tweet", None]
    assert shape["origins"][0]["articles"] == ["semafor-army-of-contractors", "contractors-think-like-developers"]


def test_an_origin_is_counted_once_however_many_articles_relay_it(base: KnowledgeBase) -> None:
    """The same statement quoted by three articles is one origin; the meeting with two speakers is one meeting."""
    fact = base.facts["openai-headcount-375"]
    tweet = next(c for c in fact.citations if c.channel == "tweet")
    three = replace(
        fact,
        citations=tuple(replace(tweet, source_id=s) for s in ("semafor-army-of-contractors", "contractors-think-like-developers",
                                                               "unseen-workforce-internet-patrol")),
    )  # fmt: skip
    assert len(origins(three, base)) == 1
    assert origins_line(three, base) == (
        "Reported by 3 of 5 articles, all tracing to one origin (a tweet by Sam Altman, reported by Semafor, the “think "
        "like human developers” article and The Internet Patrol)."
    )
    assert "tous remontant à une seule origine (un tweet de Sam Altman, rapporté par Semafor, " in origins_line(three, base, "fr")
    # two speakers at one recorded meeting, one article
    meeting = base.facts["palizban-name-spelling"]
    assert [o.channel for o in origins(meeting, base)] == ["meeting"]
    assert origins_line(meeting, base, "fr") == (
        "Rapporté par 1 des 5 articles : une réunion enregistrée où Palziban et Palizban ont pris la parole, rapportée "
        "par l'article en français."
    )
    # two tweets by different people stay two origins
    other = replace(three, citations=(three.citations[0], replace(three.citations[1], who="Greg Brockman")))
    assert len(origins(other, base)) == 2


def test_no_origin_is_counted_twice_in_the_base(base: KnowledgeBase) -> None:
    for fact in base.facts.values():
        found = origins(fact, base)
        assert len({o.report for o in found}) == len(found), fact.id
        for origin in found:
            for citation in origin.citations:
                said_elsewhere = citation.channel and citation.attribution not in ("outlet", "document")
                assert bool(origin.channel) == bool(said_elsewhere), (fact.id, citation.quote)
