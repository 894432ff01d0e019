"""Ways of turning the knowledge YAML into data, timed on a synthetic base's fact files (benchmarks/synthetic.py).

    .venv/bin/python benchmarks/bench_yaml.py --facts 10000 --articles 100

CPU seconds for every fact file of the base, the cyclic collector off (as the loader runs):
- PyYAML's safe constructor on libyaml's node tree (`CSafeLoader`), what the loader did before;
- the loader's own path (bot.core.knowledge_yaml): the same node tree, one walk that checks it and builds the data;
- rapidyaml (`ryml`), when it is installed: its parse, then a walk of its tree into Python data (strings only:
  no YAML 1.1 types, no line numbers, no duplicate-key check, which the loader would still have to add);
- the loader's path in a pool of two forked processes, the data sent back (wall time too: it needs both cores).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import base_arguments, written_base  # noqa: E402
from bot.core import knowledge_yaml  # noqa: E402
from bot.core.loader import MAX_FIELD_CHARS, MAX_WORD_CHARS  # noqa: E402


def pyyaml(text: str) -> object:
    loader = yaml.CSafeLoader(text)
    try:
        return loader.construct_document(loader.get_single_node())
    finally:
        loader.dispose()


def compose_only(text: str) -> object:
    loader = knowledge_yaml.Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def chosen(text: str) -> object:
    loader = knowledge_yaml.Loader(text)
    try:
        data, problems, error = knowledge_yaml.build(
            loader, loader.get_single_node(), max_word=MAX_WORD_CHARS, max_chars=MAX_FIELD_CHARS
        )
    finally:
        loader.dispose()
    assert not problems and error is None
    return data


def chosen_file(path: Path) -> object:
    return chosen(path.read_text(encoding="utf-8"))


def rapidyaml(text: str) -> object:
    import ryml

    tree = ryml.parse_in_arena(text.encode())

    def build(node: int) -> object:
        if tree.is_map(node) or tree.is_seq(node):
            is_map = tree.is_map(node)
            out: dict | list = {} if is_map else []
            child = tree.first_child(node)
            while child != ryml.NONE:
                value = build(child) if tree.is_container(child) else bytes(tree.val(child)).decode()
                if is_map:
                    out[bytes(tree.key(child)).decode()] = value  # type: ignore[index]
                else:
                    out.append(value)  # type: ignore[union-attr]
                child = tree.next_sibling(child)
            return out
        return bytes(tree.val(node)).decode()

    return build(tree.root_id())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base_arguments(parser)
    args = parser.parse_args()
    knowledge = written_base(args, "bench-yaml-")
    files = sorted((knowledge / "facts").glob("*.yaml"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    size = sum(len(t.encode()) for t in texts) / 2**20
    print(f"{args.facts:,} facts in {len(files)} files ({size:.1f} MiB); load average {os.getloadavg()[0]:.1f}\n")
    print("| way | CPU seconds |\n|---|---:|")
    gc.disable()
    ways = [
        ("PyYAML's safe constructor on libyaml's nodes (before)", pyyaml),
        ("libyaml's nodes alone (the composing both paths share)", compose_only),
        ("libyaml's nodes, one walk that checks and builds (chosen)", chosen),
    ]
    try:
        import ryml  # noqa: F401

        ways.append(("rapidyaml: parse and walk, strings only (no types, lines or duplicate keys)", rapidyaml))
    except ImportError:
        print("(rapidyaml not installed: `pip install rapidyaml` to time it too)")
    for label, way in ways:
        start = time.process_time()
        for text in texts:
            way(text)
        print(f"| {label} | {time.process_time() - start:.2f} |")
    start, cpu = time.perf_counter(), time.process_time()
    before = os.times()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        list(pool.map(chosen_file, files, chunksize=4))
    after = os.times()
    children = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    print(
        f"| the chosen way in 2 forked processes, data sent back | {children + time.process_time() - cpu:.2f} "
        f"({time.perf_counter() - start:.2f} s wall) |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
