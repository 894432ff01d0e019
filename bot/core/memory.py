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

#: glibc's mallopt parameter for the size from which blocks are mapped on their own (malloc.h: M_MMAP_THRESHOLD).
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024

_done = False


def give_large_blocks_back() -> bool:
    """Make glibc map every block of MMAP_THRESHOLD bytes or more on its own (once a process; True when set).
    Elsewhere (another C library, another system) nothing changes and False is returned."""
    global _done
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter itself is linked with
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    _done = mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    return _done
