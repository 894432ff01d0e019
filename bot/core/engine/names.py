"""Autocomplete over names (facts' ids and statements, entities, topics, articles): an index, not a scan.

What is offered for a typed text, best first, as the scan over every item offered it:

1. items with a name that starts with the text (in the base's order);
2. items with a name in which the text starts a word ("scale" finds "hiring-scale"; the scan also took
   the text inside a word, "ring" in "hiring", which nobody types);
3. items whose names are close to the text (rapidfuzz's WRatio, at least 60): typos.

A small collection (the shipped base's: up to SCAN_NAMES names and SCAN_CHARS characters) is still scanned,
over names folded once at build, so its suggestions are exactly what they were. A large one is indexed, and
every keystroke's work is bounded, whatever the size of the base:

- tier 1: names sorted, with a segment tree that gives the first items in the base's order among any run of
  matching names in O(k log n);
- tier 2: an index from each word to the items that use it (in order). The text's rarest word gives the
  candidates (a whole word's items, or the items of every word an unfinished last word begins, merged in
  order through a segment tree over the words), and at most WORD_CANDIDATES are checked: a text made only of
  very common words may offer fewer of its later matches, never a wrong one;
- tier 3 (typos): the words within one edit of each typed word (among the words of its first letter and a
  length within one), and at most FUZZY_CANDIDATES items using them, the rarest typed word's first, all
  scored in one call to rapidfuzz.
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

#: Up to this many names and characters in all, every name is compared with the text (the scan, exactly): about
#: 2 ms a keystroke at most. The shipped base's largest collection, its facts, has 218 names and 24,000 characters.
SCAN_NAMES = 1000
SCAN_CHARS = 60_000
#: The typo tier scores at most this many items (in one call to rapidfuzz).
FUZZY_CANDIDATES = 100
#: Words within one edit (and words it begins) taken for each typed word.
NEAR_WORDS = 30
#: Text typed from the start of a later word: at most this many candidate items are checked a keystroke (each
#: with one str.find), read in the base's order from the rarest of its words. A text made only of very common
#: words may then offer fewer of its later matches, never a wrong one.
WORD_CANDIDATES = 1000
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


class FoldedNames(Sequence[tuple[str, ...]]):
    """Every item's folded names in one UTF-8 string of bytes, by offsets: `names[i]` is item i's names (a tuple,
    made when read).

    A string per name, and a tuple per item, cost about 120 bytes on top of the characters (at 100,000 facts,
    the facts' ids and statements were 28 MiB as objects); here a name costs its characters and 4 bytes. UTF-8,
    not one str: a single emoji in one name would make a str of every name four bytes a character.
    """

    __slots__ = ("ends", "firsts", "text")

    def __init__(self, text: bytes = b"", ends: array | None = None, firsts: array | None = None) -> None:
        self.text = text
        #: Where each name ends in `text` (name n is text[ends[n - 1]:ends[n]], the first starting at 0).
        self.ends = ends if ends is not None else array("I")
        #: The number of item i's first name, and (last) the count of names.
        self.firsts = firsts if firsts is not None else array("I", [0])

    @classmethod
    def of(cls, named: Iterable[Iterable[str]]) -> FoldedNames:
        # One buffer the names are added to (a bytes object a name, then joined, held every name twice over).
        text = bytearray()
        ends, firsts = array("I"), array("I", [0])
        for names in named:
            for name in names:
                text += name.encode("utf-8", "surrogatepass")
                ends.append(len(text))
            firsts.append(len(ends))
        return cls(bytes(text), ends, firsts)

    def __len__(self) -> int:
        return len(self.firsts) - 1

    def __getitem__(self, position: int) -> tuple[str, ...]:  # type: ignore[override]
        if not 0 <= position < len(self.firsts) - 1:
            raise IndexError(position)
        text, ends = self.text, self.ends
        first, last = self.firsts[position], self.firsts[position + 1]
        start = ends[first - 1] if first else 0
        out = []
        for n in range(first, last):
            out.append(text[start : ends[n]].decode("utf-8", "surrogatepass"))
            start = ends[n]
        return tuple(out)

    def name(self, n: int) -> str:
        """Name number n (names are numbered across items, in order)."""
        return self.text[self.ends[n - 1] if n else 0 : self.ends[n]].decode("utf-8", "surrogatepass")

    def __getstate__(self) -> tuple:
        return (self.text, self.ends, self.firsts)

    def __setstate__(self, state: tuple) -> None:
        self.text, self.ends, self.firsts = state


#: A run of names this small is sorted whole (each name made a string); a larger one is split by its next byte first.
SORT_RUN = 2048


def _sorted_names(folded: FoldedNames) -> array:
    """Every name's number, sorted by name and, between equal names, by number: as `sorted(range(n), key=name)`, but
    never with every name made a string at once. Names are grouped by their UTF-8 bytes, a byte at a time (UTF-8's byte
    order is the code points' order, which is how strings compare), until a group is small enough to sort whole."""
    text, ends = folded.text, folded.ends
    out = array("I")
    # Groups still to sort, the last one first: (numbers in ascending order, bytes they are known to share, sorted).
    pending: list[tuple[array, int, bool]] = [(array("I", range(len(ends))), 0, False)]
    while pending:
        numbers, depth, done = pending.pop()
        if done:
            out.extend(numbers)  # names that all end at `depth`: equal, so in order of number already
        elif len(numbers) <= SORT_RUN:
            out.extend(sorted(numbers, key=folded.name))
        else:
            ended = array("I")
            groups: dict[int, array] = {}
            for n in numbers:
                at = (ends[n - 1] if n else 0) + depth
                if at < ends[n]:
                    group = groups.get(text[at])
                    if group is None:
                        group = groups[text[at]] = array("I")
                    group.append(n)
                else:
                    ended.append(n)
            pending.extend((groups[byte], depth + 1, False) for byte in sorted(groups, reverse=True))
            if ended:
                pending.append((ended, depth, True))  # a name that ends here comes before every longer one
    return out


class NameIndex(Generic[T]):
    """The items of one kind and their names, indexed for autocomplete. Built once; read-only after.

    Compact at scale: the folded names are one string (FoldedNames), the sorted names are name numbers
    (bisected through the names themselves), and the word index is one flat array of item positions with
    each word's start (4 bytes a posting, rather than an array object per word).
    """

    def __init__(self, items: Iterable[tuple[T, Iterable[str]]]) -> None:
        self.items: list[T] = []
        # Every item's folded names go straight into one buffer (FoldedNames): a list of them all as strings was the
        # build's largest transient (at 100,000 facts, 200,000 names and their sort keys: the build's peak).
        text = bytearray()
        ends, firsts = array("I"), array("I", [0])
        characters = 0
        for item, names in items:
            self.items.append(item)
            for name in dict.fromkeys(fold(n) for n in names if n):
                text += name.encode("utf-8", "surrogatepass")
                ends.append(len(text))
                characters += len(name)
            firsts.append(len(ends))
        self.scanned = len(ends) <= SCAN_NAMES and characters <= SCAN_CHARS
        self.folded = FoldedNames(bytes(text), ends, firsts)
        del text
        # Tier 1: every name's number, sorted by name (a stable sort: equal names stay in the base's order),
        # with a segment tree over their items' positions.
        owners = array(
            "i", (position for position in range(len(self.items)) for _ in range(firsts[position], firsts[position + 1]))
        )
        self._sorted = _sorted_names(self.folded)
        self._first = _FirstInOrder(array("i", (owners[n] for n in self._sorted)))
        del owners
        # Tier 2 (and 3's candidates): each word -> the positions of the items using it, ascending.
        words: dict[str, array[int]] = {}
        for position, names in enumerate(self.folded):
            for word in dict.fromkeys(w for name in names for w in _WORD.findall(name)):
                found = words.get(word)
                if found is None:
                    found = words[word] = array("i")
                found.append(position)
        self._vocabulary = sorted(words)
        # The words' postings one after the other: word n's are _postings[_used[n]:_used[n + 1]] (so a run of
        # words' total is also O(1), to pick the shortest stream).
        self._postings = array("i")
        self._used = array("I", [0])
        for word in self._vocabulary:
            self._postings.extend(words.pop(word))
            self._used.append(len(self._postings))
        self._word_first = _FirstInOrder(array("i", (self._postings[start] for start in self._used[:-1])))
        # The typo tier compares a typed word with the words of its first letter and of a length within one of it.
        self._by_start_and_length: dict[tuple[str, int], list[str]] = {}
        for word in self._vocabulary:
            self._by_start_and_length.setdefault((word[0], len(word)), []).append(word)

    def _word(self, n: int) -> memoryview:
        """The positions of the items using word number n, ascending (a view: nothing copied)."""
        return memoryview(self._postings)[self._used[n] : self._used[n + 1]]

    def _using(self, word: str) -> memoryview | None:
        """The positions of the items using a word, or None when no item does."""
        n = bisect.bisect_left(self._vocabulary, word)
        if n < len(self._vocabulary) and self._vocabulary[n] == word:
            return self._word(n)
        return None

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
        name = self.folded.name
        lo = bisect.bisect_left(self._sorted, key, key=name)
        hi = bisect.bisect_left(self._sorted, key + "\U0010ffff", lo, key=name)
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
        # Each word of the text gives a stream of candidate items, in order: the items using a whole word, or any
        # word that an unfinished last word begins. The shortest stream is read, and each candidate is checked.
        streams: list[tuple[int, Callable[[], Iterator[int]]]] = []
        for word in complete:
            postings = self._using(word)
            if postings is None:
                return []
            streams.append((len(postings), postings.__iter__))
        if key[-1].isalnum():
            lo, hi = self._vocabulary_range(words[-1])
            if lo == hi:
                return []
            streams.append((self._used[hi] - self._used[lo], lambda: self._using_any(lo, hi)))
        _, stream = min(streams, key=lambda s: s[0])
        out: list[int] = []
        folded = self.folded
        for checked, position in enumerate(stream()):
            if checked >= WORD_CANDIDATES:
                break
            if position in skip:
                continue
            for name in folded[position]:
                at = name.find(key, 1)  # the text at the start of a word other than the first (inline: the hot loop)
                while at != -1 and name[at - 1].isalnum():
                    at = name.find(key, at + 1)
                if at != -1:
                    out.append(position)
                    break
            if len(out) >= limit:
                break
        return out

    def _vocabulary_range(self, start: str) -> tuple[int, int]:
        """The run of the sorted vocabulary whose words begin with `start`."""
        lo = bisect.bisect_left(self._vocabulary, start)
        return lo, bisect.bisect_left(self._vocabulary, start + "\U0010ffff", lo)

    def _using_any(self, lo: int, hi: int) -> Iterator[int]:
        """The items using any of the words vocabulary[lo:hi], in order, each once: the postings merged through a
        segment tree over the words' first items, so only what is read costs (a run may hold thousands of words)."""
        if hi - lo == 1:
            yield from self._word(lo)
            return
        tree, size, postings, used = self._word_first.tree, self._word_first.size, self._postings, self._used
        heap: list[tuple[int, int, int]] = []
        left, right = lo + size, hi + size
        while left < right:
            if left & 1:
                heap.append((tree[left], left, 0))
                left += 1
            if right & 1:
                right -= 1
                heap.append((tree[right], right, 0))
            left //= 2
            right //= 2
        heapq.heapify(heap)
        last = -1
        while heap:
            value, node, i = heapq.heappop(heap)
            if node >= size:  # a word: this item, then the word's next
                if value != last:
                    last = value
                    yield value
                at = used[node - size] + i + 1
                if at < used[node - size + 1]:
                    heapq.heappush(heap, (postings[at], node, i + 1))
                continue
            for child in (2 * node, 2 * node + 1):
                if tree[child] != _NONE:
                    heapq.heappush(heap, (tree[child], child, 0))

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
        names: list[str] = []
        owners: list[int] = []
        for position in self._fuzzy_candidates(key, skip):
            folded = self.folded[position]
            if any(key in name for name in folded):
                continue  # the text inside a word: neither a prefix nor a typo
            names += folded
            owners += [position] * len(folded)
        # Every candidate's names scored in one call (rapidfuzz's loop, in C); an item scores its best name's score.
        best: dict[int, float] = {}
        for _, score, i in process.extract(key, names, scorer=fuzz.WRatio, score_cutoff=MIN_FUZZY, limit=None):
            if score > best.get(owners[i], 0.0):
                best[owners[i]] = score
        return sorted(best, key=lambda position: (-best[position], position))[:limit]

    def _near(self, word: str) -> list[str]:
        """The indexed words within one edit of a typed word (same first letter), and the first few it begins."""
        near = []
        for length in (len(word) - 1, len(word), len(word) + 1):
            bucket = self._by_start_and_length.get((word[0], length))
            if bucket:
                found = process.extract(word, bucket, scorer=Levenshtein.distance, score_cutoff=1, limit=NEAR_WORDS)
                near += [w for w, _, _ in found]
        lo, hi = self._vocabulary_range(word)
        return list(dict.fromkeys(near + self._vocabulary[lo : min(hi, lo + NEAR_WORDS)]))

    def _fuzzy_candidates(self, key: str, skip: set[int]) -> list[int]:
        """Items using a word within one edit of a typed word (or one it begins), at most FUZZY_CANDIDATES: those of
        the typed word whose near words are rarest first (a rare word tells the items apart), each word's in order."""
        streams = []
        for word in dict.fromkeys(_WORD.findall(key)):
            if len(word) >= 3:
                postings = [self._using(w) for w in self._near(word)]
                streams.append((sum(map(len, postings)), postings))
        found: dict[int, None] = {}
        for _, postings in sorted(streams, key=lambda stream: stream[0]):
            for position in heapq.merge(*postings):
                if position not in skip and position not in found:
                    found[position] = None
                    if len(found) >= FUZZY_CANDIDATES:
                        return list(found)
        return list(found)


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
