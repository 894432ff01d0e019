"""The process's allocator, tuned for loading a large base: large blocks go back to the system when freed.

glibc's malloc serves a request of 128 KiB or more from a mapping of its own, returned to the system when freed,
but raises that threshold to the size of each such block freed (up to 32 MiB): after a few large blocks come and
go (a dict growing while a snapshot is read, a buffer a file is read into), later ones are carved from the heap,
and the holes they leave when freed cannot be given back. Reading a 100k-fact snapshot left about 40 MiB of such
holes, and building one more. Setting the threshold fixes it where it is (glibc then stops adjusting it), so
large blocks are always mapped and unmapped: a few system calls for each block of 128 KiB or more.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

#: glibc's mallopt parameter for the size from which blocks are mapped on their own (malloc.h: M_MMAP_THRESHOLD).
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024
#: The threshold once a load is done: glibc's own ceiling for it on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX).
#: Answering allocates and frees the same large temporaries every question (the sentence encoder's float32 copies
#: of its weights, several MiB): mapped and unmapped each time, with every page faulted in afresh, a question took
#: three times as long (10 ms instead of 3 on the shipped base). From the heap they are reused.
RUNTIME_MMAP_THRESHOLD = 32 * 1024 * 1024

_mallopt: object = None


def _set_threshold(size: int) -> bool:
    """Fix glibc's mmap threshold at `size` bytes; False where there is no glibc (another C library or system)."""
    global _mallopt
    if not sys.platform.startswith("linux"):
        return False
    if _mallopt is None:
        try:
            function = ctypes.CDLL(None).mallopt  # the C library the interpreter itself is linked with
        except (OSError, AttributeError):
            _mallopt = False
            return False
        function.argtypes = (ctypes.c_int, ctypes.c_int)
        function.restype = ctypes.c_int
        _mallopt = function
    if _mallopt is False:
        return False
    return _mallopt(_M_MMAP_THRESHOLD, size) == 1  # type: ignore[operator]


def give_large_blocks_back() -> bool:
    """Make glibc map every block of MMAP_THRESHOLD bytes or more on its own (True when set). Elsewhere (another C
    library, another system) nothing changes and False is returned. For loading; `loading()` undoes it after."""
    return _set_threshold(MMAP_THRESHOLD)


_depth = 0  # loadings under way (one may run inside another: an engine built while a base is read)
_depth_lock = threading.Lock()


@contextmanager
def loading() -> Iterator[bool]:
    """While a base is loaded or read or its engine built: large blocks go back to the system when freed (no holes
    left behind); after the last of them, they come from the heap again (RUNTIME_MMAP_THRESHOLD), as answering
    questions wants."""
    global _depth
    with _depth_lock:
        _depth += 1
        tuned = give_large_blocks_back()
    try:
        yield tuned
    finally:
        with _depth_lock:
            _depth -= 1
            if tuned and not _depth:
                _trim()
                _set_threshold(RUNTIME_MMAP_THRESHOLD)


def _trim() -> None:
    """Give the heap's free pages back to the system (glibc's malloc_trim): the small blocks a load or a build freed
    between the ones that stay (about 10 MiB after a 100k build). Once, at the end of a loading: a few milliseconds."""
    with suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL(None).malloc_trim(0)
