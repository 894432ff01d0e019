"""The snapshot's candidate formats, timed on one base: how long reading it back takes, and its longest step.

    .venv/bin/python benchmarks/bench_snapshot_formats.py [KNOWLEDGE_DIR]   # default: a 10k-fact synthetic base

Every candidate stores the same thing: the base's facts and the index's postings (token -> impacts and
fact positions), the bulk of a snapshot. "Rebuild" counts turning what was read into the objects the
engine uses (frozen dataclasses, arrays, lists). The longest step matters as much as the total: it is
how long a reload in a worker thread keeps the event loop waiting (a C call holds the interpreter).
msgpack is measured only when installed (`pip install msgpack`; it is not a dependency).
"""

from __future__ import annotations

import gc
import json
import marshal
import mmap
import pickle
import sqlite3
import sys
import tempfile
import time
from array import array
from dataclasses import astuple, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_base  # noqa: E402
from bot.core import snapshot  # noqa: E402
from bot.core.engine.lexical import Postings  # noqa: E402
from bot.core.models import Citation, Fact, When  # noqa: E402

PART = snapshot.PART_ITEMS


def flat_fact(fact: Fact) -> tuple:
    return (
        *(getattr(fact, f.name) for f in fields(Fact) if f.name not in ("citations", "when", "answers")),
        tuple(astuple(c) for c in fact.citations),
        astuple(fact.when) if fact.when else None,
    )


def rebuild_fact(row: tuple, names: list[str]) -> Fact:
    *plain, citations, when = row
    values = dict(zip(names, (tuple(v) if isinstance(v, list) else v for v in plain), strict=True))
    return Fact(
        **values,
        citations=tuple(Citation(*c) for c in citations),
        when=When(*when) if when else None,
    )


def timed(label: str, steps) -> dict:
    """Run the steps (callables), each timed; gc off as the real reader has it."""
    gc.disable()
    longest = total = 0.0
    for step in steps:
        start = time.perf_counter()
        step()
        took = time.perf_counter() - start
        total += took
        longest = max(longest, took)
    gc.enable()
    gc.collect()
    return {"format": label, "read_s": round(total, 3), "longest_step_ms": round(longest * 1000, 1)}


def main() -> int:
    knowledge = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    work = Path(tempfile.mkdtemp(prefix="bench-formats-"))
    if knowledge is None:
        knowledge = work / "base"
        write_base(knowledge, 10_000, 100)
    loaded = snapshot.load(knowledge, directory=work / "snapshots")
    base, engine = loaded.base, loaded.engine
    facts = list(base.facts.values())
    postings: dict[str, Postings] = engine._index.postings
    names = [f.name for f in fields(Fact) if f.name not in ("citations", "when", "answers")]
    flat_facts = [flat_fact(f) for f in facts]
    flat_postings = [(t, p.impacts.tobytes(), array("i", p.facts).tobytes()) for t, p in postings.items()]
    rows = []

    # 1. pickle, in parts (what snapshot.py writes), the whole snapshot.
    path = snapshot.load(knowledge, directory=work / "snapshots").path
    key = snapshot.knowledge_key(knowledge.resolve())
    size = path.stat().st_size
    parts_longest = []

    def read_parts() -> None:
        last = [time.perf_counter()]

        def pause() -> None:
            now = time.perf_counter()
            parts_longest.append(now - last[0])
            last[0] = now

        snapshot.read_snapshot(path, key, pause=pause)

    row = timed("pickle in parts (chosen; the whole snapshot)", [read_parts])
    row["longest_step_ms"] = round(max(parts_longest) * 1000, 1)
    row["mib"] = round(size / 2**20, 1)
    rows.append(row)

    # 2. pickle in one piece: the facts and postings as objects.
    blob = pickle.dumps((facts, postings), protocol=pickle.HIGHEST_PROTOCOL)
    row = timed("pickle, one piece (facts + postings)", [lambda: pickle.loads(blob)])
    row["mib"] = round(len(blob) / 2**20, 1)
    rows.append(row)

    # 3. marshal of flat tuples and array bytes, then rebuilt.
    mblob = marshal.dumps((flat_facts, flat_postings))
    holder: dict = {}

    def marshal_read() -> None:
        holder["data"] = marshal.loads(mblob)

    def rebuild_all() -> None:
        flat, posts = holder["data"]
        [rebuild_fact(r, names) for r in flat]
        {t: Postings(array("d", i), array("i", f).tolist()) for t, i, f in posts}

    row = timed("marshal of flat tuples, then rebuilt (facts + postings)", [marshal_read, rebuild_all])
    row["mib"] = round(len(mblob) / 2**20, 1)
    rows.append(row)

    # 4. msgpack of the same flat data, then rebuilt.
    try:
        import msgpack
    except ImportError:
        msgpack = None
    if msgpack is not None:
        pblob = msgpack.packb((flat_facts, flat_postings), use_bin_type=True)

        def msgpack_read() -> None:
            holder["data"] = msgpack.unpackb(pblob, raw=False, strict_map_key=False)

        row = timed("msgpack of flat tuples, then rebuilt (facts + postings)", [msgpack_read, rebuild_all])
        row["mib"] = round(len(pblob) / 2**20, 1)
        rows.append(row)

    # 5. SQLite: a row per fact (JSON) and per token (two blobs), read back and rebuilt.
    db_path = work / "base.sqlite"
    db = sqlite3.connect(db_path)
    db.execute("create table facts (position integer primary key, row text)")
    db.execute("create table postings (token text primary key, impacts blob, facts blob)")
    db.executemany("insert into facts values (?, ?)", ((i, json.dumps(r)) for i, r in enumerate(flat_facts)))
    db.executemany("insert into postings values (?, ?, ?)", flat_postings)
    db.commit()
    db.close()

    def sqlite_read() -> None:
        connection = sqlite3.connect(db_path)
        [rebuild_fact(json.loads(r), names) for (r,) in connection.execute("select row from facts order by position")]
        {
            t: Postings(array("d", i), array("i", f).tolist())
            for t, i, f in connection.execute("select token, impacts, facts from postings")
        }
        connection.close()

    row = timed("SQLite rows, then rebuilt (facts + postings)", [sqlite_read])
    row["mib"] = round(db_path.stat().st_size / 2**20, 1)
    rows.append(row)

    # 6. An mmap-able layout: every posting in two flat arrays in one file, and per token an offset. The
    # numbers need no copy (several processes share the pages), but each token still needs its slice
    # as an object, and facts, names and the rest of the index have no such layout.
    flat_path = work / "postings.bin"
    offsets, impacts, positions = {}, array("d"), array("i")
    for t, p in postings.items():
        offsets[t] = (len(impacts), len(p.facts))
        impacts.extend(p.impacts)
        positions.extend(p.facts)
    with open(flat_path, "wb") as out:
        out.write(impacts.tobytes())
        out.write(positions.tobytes())
    index_blob = marshal.dumps(offsets)

    def mmap_read() -> None:
        with open(flat_path, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapped)
        split = len(impacts) * 8
        numbers, where = view[:split].cast("d"), view[split:].cast("i")
        table = marshal.loads(index_blob)
        holder["mmap"] = {t: (numbers[o : o + n], where[o : o + n]) for t, (o, n) in table.items()}

    row = timed("mmap of flat arrays (postings only; no facts)", [mmap_read])
    row["mib"] = round(flat_path.stat().st_size / 2**20, 1)
    rows.append(row)
    holder.clear()

    print(f"{len(facts):,} facts, {len(postings):,} tokens; load average {__import__('os').getloadavg()[0]:.1f}\n")
    print("| format | read back | longest single step | size |")
    print("|---|---:|---:|---:|")
    for row in rows:
        print(f"| {row['format']} | {row['read_s']:.2f} s | {row['longest_step_ms']:.0f} ms | {row['mib']} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
