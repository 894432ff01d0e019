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


def test_tuning_is_done_once_and_says_whether_it_applies() -> None:
    first = memory.give_large_blocks_back()
    assert memory.give_large_blocks_back() is first
    assert first is sys.platform.startswith("linux")
