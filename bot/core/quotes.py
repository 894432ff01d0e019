"""Find many quotes in one normalised article in a single pass, in time proportional to both their lengths.

Checking each quote with `quote in article` costs the article's length per quote: facts x article length,
which is quadratic when tens of thousands of facts cite one long article. Here the quotes are indexed
instead of the article: each quote is filed under an *anchor*, a few characters starting at one of its
own word starts. Every occurrence of a quote in the article puts that anchor at a word start of the
article too (the character before it is the same space), so one walk over the article's word starts,
looking each up among the anchors, finds every occurrence of every quote; a candidate is confirmed with
`startswith`, which compares no more than the quote. Each quote takes the anchor that the fewest other
quotes share, so a common opening ("The company said") does not make every candidate check every quote.

Texts are compared exactly as given: normalise both sides first (bot.core.text.normalise_quote).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

#: Characters in an anchor. A quote needs a word start this far from its end to be anchored.
ANCHOR = 10
#: How many of a quote's word starts are considered as its anchor.
ANCHOR_CHOICES = 6
_WORD_START = re.compile(r"(?<![^ \n])[^ \n]")


def _anchors(quote: str) -> list[int]:
    """Offsets in a quote of the word starts that can anchor it (the first word counts only at offset 0
    when the quote is known to start a word, which it need not: a quote may begin mid-word)."""
    offsets = []
    position = quote.find(" ")
    while position != -1 and len(offsets) < ANCHOR_CHOICES:
        start = position + 1
        if start + ANCHOR > len(quote):
            break
        offsets.append(start)
        position = quote.find(" ", start)
    return offsets


class QuoteFinder:
    """Many quotes indexed by their anchors once, to be found in any number of texts."""

    def __init__(self, quotes: Iterable[str]) -> None:
        self.quotes = list(dict.fromkeys(quotes))
        #: Quotes with no anchor (one long word, or a very short quote): searched for directly, which is
        #: rare enough (quotes are clauses of several words) not to make the whole quadratic.
        self.unanchored: list[str] = []
        options: list[tuple[str, list[int]]] = []
        counts: dict[str, int] = defaultdict(int)
        for quote in self.quotes:
            offsets = _anchors(quote)
            if not offsets:
                self.unanchored.append(quote)
                continue
            options.append((quote, offsets))
            for offset in offsets:
                counts[quote[offset : offset + ANCHOR]] += 1
        # Each quote takes its rarest anchor.
        self.by_anchor: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for quote, offsets in options:
            offset = min(offsets, key=lambda o: counts[quote[o : o + ANCHOR]])
            self.by_anchor[quote[offset : offset + ANCHOR]].append((quote, offset))
        self.anchored = len(options)

    def search(self, text: str, *, first_only: bool = False) -> dict[str, list[int]]:
        """Where each quote occurs in text: quote -> start offsets (ascending; only the first with first_only)."""
        found: dict[str, list[int]] = {quote: [] for quote in self.quotes}
        for quote in self.unanchored:
            position = text.find(quote)
            while position != -1:
                found[quote].append(position)
                if first_only:
                    break
                position = text.find(quote, position + 1)
        by_anchor = self.by_anchor
        if not by_anchor:
            return found
        pending = self.anchored
        for match in _WORD_START.finditer(text):
            start = match.start()
            waiting = by_anchor.get(text[start : start + ANCHOR])
            if waiting is None:
                continue
            for quote, offset in waiting:
                begin = start - offset
                if begin >= 0 and text.startswith(quote, begin):
                    positions = found[quote]
                    if first_only:
                        if positions:
                            continue
                        pending -= 1
                    positions.append(begin)
            if first_only and not pending:
                break
        return found

    def within(self, text: str) -> list[str]:
        """The quotes that occur in text (a short text: the cost is its length, not the number of quotes)."""
        inside = {quote: None for quote in self.unanchored if quote in text}
        by_anchor = self.by_anchor
        for match in _WORD_START.finditer(text):
            start = match.start()
            for quote, offset in by_anchor.get(text[start : start + ANCHOR], ()):
                begin = start - offset
                if begin >= 0 and text.startswith(quote, begin):
                    inside[quote] = None
        return list(inside)


def find_all(text: str, quotes: Iterable[str], *, first_only: bool = False) -> dict[str, list[int]]:
    """Where each quote occurs in text: quote -> start offsets (ascending; only the first with first_only).

    Quotes that do not occur map to an empty list. Cost: about len(text) + the quotes' total length.
    """
    return QuoteFinder(quotes).search(text, first_only=first_only)
