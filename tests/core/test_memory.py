"""Large blocks go back to the system when freed (bot.core.memory), so a load's transient buffers leave no holes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.core import memory

# Large blocks (512 KiB) allocated between small ones that stay: once freed, can the process give them back?
_CHURN = """
import sys
from bot.core.memory import give_large_blocks_back

def resident_mib():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20

if sys.argv[1] == "tuned":
    assert give_large_blocks_back()
if sys.argv[1] == "after-loading":
    from bot.core.memory import loading
    with loading() as tuned:
        assert tuned
if sys.argv[1] == "inside-loading":
    from bot.core.memory import loading
    outer = loading()
    outer.__enter__()
    with loading() as tuned:  # an engine built while a base is read: the outer loading is still under way
        assert tuned
first = bytearray(1 << 20)
del first  # glibc now carves blocks up to 1 MiB from its heap, unless the threshold is fixed
kept, large = [], []
for _ in range(200):
    block = bytearray(1 << 19)
    block[::4096] = b"x" * len(block[::4096])  # touch every page
    large.append(block)
    kept.append(bytearray(2000))  # small blocks that stay, between the large ones
before = resident_mib()
del large, block
print(before - resident_mib())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_freed_large_blocks_go_back_to_the_system_only_once_tuned() -> None:
    def freed(mode: str) -> float:
        done = subprocess.run([sys.executable, "-c", _CHURN, mode], capture_output=True, text=True, check=True)
        return float(done.stdout)

    assert freed("tuned") > 80  # of the 100 MiB freed
    assert freed("default") < 20  # kept in holes of the heap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_once_loaded_large_blocks_come_from_the_heap_again() -> None:
    # Answering reuses the same large temporaries every question (the encoder's): after a load they are no longer
    # mapped and unmapped each time, so freed ones stay in the heap for the next question.
    done = subprocess.run([sys.executable, "-c", _CHURN, "after-loading"], capture_output=True, text=True, check=True)
    assert float(done.stdout) < 20


# Small blocks (below the mapping threshold) freed between ones that stay, while a base loads: given back at its end.
_HOLES = """
import sys
from bot.core.memory import loading

def resident_mib():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20

with loading():
    kept, freed = [], []
    for _ in range(20000):
        block = bytearray(8000)
        block[::4096] = b"x" * len(block[::4096])
        freed.append(block)
        kept.append(bytearray(100))
    before = resident_mib()
    del freed, block
print(before - resident_mib())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_the_free_pages_a_loading_leaves_in_the_heap_go_back_at_its_end() -> None:
    done = subprocess.run([sys.executable, "-c", _HOLES], capture_output=True, text=True, check=True)
    assert float(done.stdout) > 100  # of the 150 MiB freed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_a_loading_inside_another_leaves_large_blocks_mapped_until_the_outer_one_ends() -> None:
    done = subprocess.run([sys.executable, "-c", _CHURN, "inside-loading"], capture_output=True, text=True, check=True)
    assert float(done.stdout) > 80


def test_tuning_is_done_once_and_says_whether_it_applies() -> None:
    first = memory.give_large_blocks_back()
    assert memory.give_large_blocks_back() is first
    assert first is sys.platform.startswith("linux")
