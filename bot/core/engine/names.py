"""Autocomplete over names (facts' ids and statements, entities, topics, articles): an index, not a scan.

What is offered for a typed text, best first, as the scan over every item offered it:

1. items with a name that starts with the text (in the base's order);
2. items with a name in which the text starts a word ("scale" finds "hiring-scale"; the scan also took
   the text inside a word, "ring" in "hiring", which nobody types);
3. items whose names are close to the text (rapidfuzz's WRatio, at least 60): typos.

A small collection (the shipped base's) is still scanned, over names folded once at build, so its
suggestions are exactly what they were. A large one is indexed: names sorted for tier 1, with a segment tree that gives the
first items in the base's order among any run of matching names in O(k log n); an index from each word
to the items that use it (in order) for tier 2; and for tier 3, candidates from the words within one
edit of the typed ones. Every keystroke then costs about what it returns, not the size of the base.
"""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.core.engine.clean import clean
from bot.core.text import fold

T = TypeVar("T")

#: Up to this many names, the typo tier compares the text with every name (the scan, exactly).
SCAN_NAMES = 4000
#: The typo tier scores at most this many candidate items.
FUZZY_CANDIDATES = 300
MIN_FUZZY = 60
KEY_CHARS = 100
_WORD = re.compile(r"[^\W_]+")
_NONE = 2**31 - 1


def typed_key(prefix: str) -> str:
    """The typed text as names are compared with it."""
    return fold(clean(prefix))[:KEY_CHARS]


class _FirstInOrder:
    """Over an array of item positions: the k smallest distinct positions in a slice, in O(k log n)."""

    def __init__(self, values: Sequence[int]) -> None:
        size = 1
        while size < max(len(values), 1):
            size *= 2
        tree = array("i", [_NONE]) * (2 * size)
        tree[size : size + len(values)] = array("i", values)
        for node in range(size - 1, 0, -1):
            left, right = tree[2 * node], tree[2 * node + 1]
            tree[node] = left if left < right else right
        self.size, self.tree = size, tree

    def smallest(self, lo: int, hi: int, k: int, skip: set[int] | frozenset[int] = frozenset()) -> list[int]:
        tree, size = self.tree, self.size
        heap: list[tuple[int, int]] = []
        left, right = lo + size, hi + size
        while left < right:  # the slice as a few whole subtrees
            if left & 1:
                heap.append((tree[left], left))
                left += 1
            if right & 1:
                right -= 1
                heap.append((tree[right], right))
            left //= 2
            right //= 2
        heapq.heapify(heap)
        out: list[int] = []
        seen = set(skip)
        while heap and len(out) < k:
            value, node = heapq.heappop(heap)
            if value == _NONE:
                break
            if node >= size:
                if value not in seen:
                    seen.add(value)
                    out.append(value)
                continue
            for child in (2 * node, 2 * node + 1):
                if tree[child] != _NONE:
                    heapq.heappush(heap, (tree[child], child))
        return out


def _at_word_start(name: str, key: str) -> bool:
    """Whether key occurs in name at the start of a word other than the first."""
    position = name.find(key, 1)
    while position != -1:
        if not name[position - 1].isalnum():
            return True
        position = name.find(key, position + 1)
    return False


class NameIndex(Generic[T]):
    """The items of one kind and their names, indexed for autocomplete. Built once; read-only after."""

    def __init__(self, items: Iterable[tuple[T, Iterable[str]]]) -> None:
        self.items: list[T] = []
        self.folded: list[tuple[str, ...]] = []
        for item, names in items:
            self.items.append(item)
            self.folded.append(tuple(dict.fromkeys(fold(n) for n in names if n)))
        count = sum(len(names) for names in self.folded)
        self.scanned = count <= SCAN_NAMES
        # Tier 1: every name, sorted, with its item's position.
        entries = sorted((name, position) for position, names in enumerate(self.folded) for name in names)
        self._names = [name for name, _ in entries]
        self._first = _FirstInOrder([position for _, position in entries])
        # Tier 2 (and 3's candidates): each word -> the positions of the items using it, ascending.
        words: dict[str, array[int]] = {}
        for position, names in enumerate(self.folded):
            for word in dict.fromkeys(w for name in names for w in _WORD.findall(name)):
                found = words.get(word)
                if found is None:
                    found = words[word] = array("i")
                found.append(position)
        self._words = words
        self._vocabulary = sorted(words)

    def __len__(self) -> int:
        return len(self.items)

    def search(self, prefix: str, limit: int = 25) -> list[T]:
        """The items fitting a typed text, best first (see the module's docstring)."""
        key = typed_key(prefix)
        if not key:
            return self.items[:limit]
        if limit <= 0:
            return []
        if self.scanned:
            return [self.items[position] for position in self._scan(key, limit)]
        lo = bisect.bisect_left(self._names, key)
        hi = bisect.bisect_left(self._names, key + "\U0010ffff", lo)
        found = self._first.smallest(lo, hi, limit)
        if len(found) < limit:
            found += self._inside_words(key, limit - len(found), set(found))
        if len(found) < limit:
            found += self._close(key, limit - len(found), set(found))
        return [self.items[position] for position in found]

    def _inside_words(self, key: str, limit: int, skip: set[int]) -> list[int]:
        words = _WORD.findall(key)
        if not words:
            return []
        complete = words if not key[-1].isalnum() else words[:-1]
        if complete:
            # The rarest whole word of the text gives the candidates, in order; each is checked.
            postings = [self._words.get(word) for word in complete]
            if any(p is None for p in postings):
                return []
            candidates: Iterator[int] = iter(min(postings, key=len))  # type: ignore[arg-type]
        else:
            lo = bisect.bisect_left(self._vocabulary, words[0])
            hi = bisect.bisect_left(self._vocabulary, words[0] + "\U0010ffff", lo)
            candidates = heapq.merge(*(self._words[word] for word in self._vocabulary[lo:hi]))
        out: list[int] = []
        last = -1
        for position in candidates:
            if position == last or position in skip:
                continue
            last = position
            if any(_at_word_start(name, key) for name in self.folded[position]):
                out.append(position)
                if len(out) >= limit:
                    break
        return out

    def _scan(self, key: str, limit: int) -> list[int]:
        """A small collection: every name compared, as the scan always did (names folded once, at build)."""
        scored = []
        for position, names in enumerate(self.folded):
            if any(n.startswith(key) for n in names):
                score = 200.0
            elif any(key in n for n in names):
                score = 150.0
            else:
                found = process.extractOne(key, names, scorer=fuzz.WRatio, score_cutoff=MIN_FUZZY)
                score = found[1] if found else 0.0
            if score:
                scored.append((-score, position))
        scored.sort()
        return [position for _, position in scored[:limit]]

    def _close(self, key: str, limit: int, skip: set[int]) -> list[int]:
        scored = []
        for position in self._fuzzy_candidates(key, skip):
            if position in skip:
                continue
            names = self.folded[position]
            if any(key in name for name in names):
                continue  # the text inside a word: neither a prefix nor a typo
            best = process.extractOne(key, names, scorer=fuzz.WRatio, score_cutoff=MIN_FUZZY)
            if best:
                scored.append((-best[1], position))
        scored.sort()
        return [position for _, position in scored[:limit]]

    def _fuzzy_candidates(self, key: str, skip: set[int]) -> list[int]:
        """Items using a word within one edit of a typed word (or one it begins), the first in order."""
        near: list[str] = []
        for word in _WORD.findall(key):
            if len(word) < 3:
                continue
            lo = bisect.bisect_left(self._vocabulary, word[0])
            hi = bisect.bisect_left(self._vocabulary, word[0] + "\U0010ffff", lo)
            near += [
                w
                for w, _, _ in process.extract(
                    word, self._vocabulary[lo:hi], scorer=Levenshtein.distance, score_cutoff=1, limit=30
                )
            ]
            lo = bisect.bisect_left(self._vocabulary, word)
            near += self._vocabulary[lo : lo + 30]
        found: list[int] = []
        seen = set(skip)
        for position in heapq.merge(*(self._words[w] for w in dict.fromkeys(near) if w in self._words)):
            if position not in seen:
                seen.add(position)
                found.append(position)
                if len(found) >= FUZZY_CANDIDATES:
                    break
        return found


def scan(prefix: str, items: list[tuple[Any, Iterable[str]]], limit: int, fold_name: Callable[[str], str] = fold) -> list:
    """The scan the index replaces (every item's names folded and compared): kept as the reference in tests."""
    key = typed_key(prefix)
    if not key:
        return [item for item, _ in items[:limit]]
    scored = []
    for position, (item, names) in enumerate(items):
        folded = [fold_name(n) for n in names if n]
        if any(n.startswith(key) for n in folded):
            score = 200.0
        elif any(key in n for n in folded):
            score = 150.0
        else:
            found = process.extractOne(key, folded, scorer=fuzz.WRatio, score_cutoff=60)
            score = found[1] if found else 0.0
        if score:
            scored.append((-score, position, item))
    scored.sort(key=lambda row: row[:2])
    return [item for _, _, item in scored[:limit]]
