"""Where a citation sits in its article: the paragraph around a quote, for the "Sources" view.

Plain text only (no Discord), so the console and tests use it as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.core.models import Citation, Source
from bot.core.text import normalise_quote


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph of an article, split around the quoted words."""

    before: str
    quote: str
    after: str

    def window(self, budget: int) -> Passage:
        """The same passage with its context cut to about `budget` characters in all, at word boundaries."""
        spare = max(0, budget - len(self.quote))
        before, after = self.before, self.after
        if len(before) + len(after) <= spare:
            return self
        keep_before = min(len(before), max(spare // 2, spare - len(after)))
        keep_after = min(len(after), spare - keep_before)
        if keep_before < len(before):
            cut = before[len(before) - keep_before :]
            space = cut.find(" ")
            before = "…" + (cut[space + 1 :] if 0 <= space < len(cut) // 3 else cut)
        if keep_after < len(after):
            cut = after[:keep_after]
            space = cut.rfind(" ")
            after = (cut[:space] if space > len(cut) * 2 // 3 else cut) + "…"
        return Passage(before, self.quote, after)


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[str, ...]:
    # Quotes are checked against the text normalised this way, and cannot span two lines.
    return tuple(line for line in normalise_quote(text, keep_lines=True).split("\n") if line)


def citation_passage(source: Source, citation: Citation) -> Passage:
    """The paragraph of `source` that holds the citation's quote; the bare quote if it cannot be placed."""
    needle = normalise_quote(citation.quote)
    for paragraph in _paragraphs(source.text):
        start = paragraph.find(needle)
        if start >= 0:
            return Passage(paragraph[:start], needle, paragraph[start + len(needle) :])
    return Passage("", needle, "")
