"""Where a loaded base and its engine keep their memory, table by table, on a synthetic base (benchmarks/synthetic.py).

    .venv/bin/python benchmarks/bench_memory.py --facts 100000 --articles 1000

Loads the base and builds the engine in this process, then prints the process's resident memory after each
step and the deep size of each table (objects shared between tables are counted once, with the first table
that reaches them, in the order printed). The deep sizes count Python objects only: the gap to the resident
figure is the allocator's (freed blocks it keeps, and the interpreter and its modules).
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from array import array
from pathlib import Path
from types import MappingProxyType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import base_arguments, written_base  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.loader import load_knowledge  # noqa: E402

MIB = 2**20
_ATOMS = (str, bytes, int, float, bool, array, type(None))


def resident() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Sizer:
    """Deep sizes, each object counted once across every call."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def __call__(self, root: object) -> int:
        total = 0
        stack = [root]
        while stack:
            obj = stack.pop()
            if id(obj) in self.seen or isinstance(obj, type) or (callable(obj) and not hasattr(obj, "__slots__")):
                continue
            self.seen.add(id(obj))
            total += sys.getsizeof(obj)
            if isinstance(obj, MappingProxyType):
                stack.append(dict(obj.items()))  # the proxy's own dict: counted through a copy of its size
                stack.extend(k for pair in obj.items() for k in pair)
            elif isinstance(obj, dict):
                stack.extend(k for pair in obj.items() for k in pair)
            elif isinstance(obj, (list, tuple, set, frozenset)):
                stack.extend(obj)
            elif not isinstance(obj, _ATOMS):
                if hasattr(obj, "__dict__"):
                    stack.append(obj.__dict__)
                for cls in type(obj).__mro__:
                    for name in getattr(cls, "__slots__", ()):
                        # What the slot holds, not what reading the attribute makes (a fact's questions are one
                        # string, made a tuple when read: models._Phrasings).
                        slot = getattr(cls.__dict__.get(name), "slot", cls.__dict__.get(name))
                        try:
                            stack.append(slot.__get__(obj, cls))
                        except AttributeError:
                            continue
        return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base_arguments(parser)
    args = parser.parse_args()
    knowledge = written_base(args, "bench-memory-")
    print(f"{args.facts:,} facts, {args.articles:,} articles; resident at start {resident():.0f} MiB")
    start = time.process_time()
    base = load_knowledge(knowledge)
    gc.collect()
    print(f"loaded in {time.process_time() - start:.1f} s CPU: resident {resident():.0f} MiB (peak {peak():.0f})")
    start = time.process_time()
    engine = Engine(base)
    print(f"engine built in {time.process_time() - start:.1f} s CPU: resident {resident():.0f} MiB (peak {peak():.0f})\n")
    size = Sizer()
    print("| table | MiB |\n|---|---:|")
    for name in ("facts", "sources", "entities", "topics", "facts_by_entity", "facts_by_topic", "facts_by_source"):
        print(f"| base.{name} | {size(getattr(base, name)) / MIB:.1f} |")
    size(base)
    for stage_name in ("_index", "_entities", "_ranker", "_browser", None):
        stage = getattr(engine, stage_name) if stage_name else engine
        for attribute, value in vars(stage).items():
            mib = size(value) / MIB
            if mib >= 0.5:
                print(f"| engine.{stage_name or ''}{'.' if stage_name else ''}{attribute} | {mib:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
