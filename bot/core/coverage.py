"""What a curator needs to see: how much of each article the facts cite, and what is left."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.loader import reporting_text
from bot.core.models import KnowledgeBase
from bot.core.quotes import find_all
from bot.core.text import normalise_quote

# A sentence ends at . ! or ? (optionally closed by a quote mark) followed by a space and a capital,
# a quote mark or a digit; abbreviations such as "Aug." are handled by the short-word rule below.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"»]?\s+(?=[\"«A-ZÀ-Ý0-9])")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$")


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    """Counts for one article and the sentences of its reporting that no fact cites."""

    source_id: str
    facts: int
    citations: int
    sentences: int
    uncited: tuple[str, ...]


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a normalised text, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            if _ABBREVIATION.search(line[start : match.start()]):
                continue
            if line[start : match.start()].strip():
                spans.append((offset + start, offset + match.start()))
            start = match.end()
        if line[start:].strip():
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return spans


def coverage(base: KnowledgeBase) -> list[SourceCoverage]:
    """Per article: facts and citations that use it, and its sentences that no quote touches.

    Each article is normalised once and all its quotes (found through the facts citing it) are found in
    one pass over it (bot.core.quotes), so the report costs about the size of the base, however the
    citations are spread over the articles; only one article's quotes are normalised at a time.
    """
    report = []
    for source_id, source in base.sources.items():
        text = reporting_text(source)
        quotes = [
            normalise_quote(citation.quote)
            for fact_id in base.facts_by_source.get(source_id, ())
            for citation in base.facts[fact_id].citations
            if citation.source_id == source_id
        ]
        covered = bytearray(len(text))
        for quote, starts in find_all(text, quotes).items():
            mark = b"\x01" * len(quote)
            for start in starts:
                covered[start : start + len(quote)] = mark
        seen: set[str] = set()
        uncited = []
        spans = sentences(text)
        for start, end in spans:
            sentence = text[start:end].strip()
            if covered.find(1, start, end) == -1 and sentence not in seen:
                uncited.append(sentence)
            seen.add(sentence)
        report.append(
            SourceCoverage(
                source_id=source_id,
                facts=len(base.facts_by_source.get(source_id, ())),
                citations=len(quotes),
                sentences=len(spans),
                uncited=tuple(uncited),
            )
        )
    return report
