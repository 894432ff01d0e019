"""The compiled snapshot: what it loads equals a full load, and anything doubtful falls back to a full load."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from bot.cli import run_check
from bot.core import snapshot
from bot.core.engine import Engine
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import KnowledgeBase

QUESTIONS = Path(__file__).resolve().parents[2] / "benchmarks" / "questions.yaml"


@pytest.fixture
def kb(tmp_path: Path, knowledge_dir: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, root)
    return root


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def questions() -> list[str]:
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    asked = [row["q"] for section in ("in_scope", "off_topic") for row in data[section]]
    return [*asked, "who is grace matelich", "qui est savreux", "zxcv qwer", "how much were the trainers paid", ""]


def answers(engine: Engine) -> list:
    out = []
    for question in questions():
        answer = engine.ask(question)
        out.append(
            (
                answer.best and (answer.best.fact.id, answer.best.confidence),
                [(m.fact.id, m.confidence) for m in answer.alternatives],
                [(m.fact.id, m.confidence) for m in answer.suggestions],
                answer.entity and answer.entity.id,
                [d.id for d in answer.disputes],
            )
        )
    return out


def browsing(engine: Engine) -> list:
    base = engine.base
    fact_id = next(iter(base.facts))
    return [
        engine.complete_question("how many"),
        [e.id for e in engine.search_entities("sav")],
        [f.id for f in engine.search_facts("hiring")],
        [t.id for t in engine.search_topics("pay")],
        [s.id for s in engine.search_sources("open")],
        [f.id for f in engine.related(fact_id)],
        [f.id for f in engine.discrepancies("spelling")],
        engine.find_entity("Savreaux") and engine.find_entity("Savreaux").id,
    ]


@pytest.mark.parametrize("memo_bytes", [64 << 20, 20_000], ids=["one-memo", "many-memos"])
def test_a_snapshot_loads_exactly_what_a_full_load_gives(kb: Path, cache: Path, memo_bytes: int, monkeypatch) -> None:
    # The shipped base in one memo; a small MEMO_BYTES starts a new one every few parts, as a large base does.
    monkeypatch.setattr(snapshot, "MEMO_BYTES", memo_bytes)
    first = snapshot.load(kb, directory=cache)
    assert not first.from_snapshot and first.path is not None and first.path.is_file()
    second = snapshot.load(kb, directory=cache)
    assert second.from_snapshot
    full = load_knowledge(kb)
    assert second.base == full
    for name in ("sources", "facts", "entities", "topics", "facts_by_entity", "facts_by_topic", "facts_by_source"):
        assert dict(getattr(second.base, name)) == dict(getattr(full, name)), name
        assert list(getattr(second.base, name)) == list(getattr(full, name)), name  # and in the same order
    fresh = Engine(full)
    assert answers(second.engine) == answers(fresh)
    assert browsing(second.engine) == browsing(fresh)
    # The engine's facts are the base's own objects, not copies.
    assert all(a is b for a, b in zip(second.engine.base.facts.values(), second.base.facts.values(), strict=True))
    assert second.engine.base is second.base
    assert second.path is not None
    data = snapshot._File(second.path)
    try:
        offsets = [len(snapshot.MAGIC)]
        for length in snapshot._trailer(data)["lengths"]:
            offsets.append(offsets[-1] + length)
        memos = 1 + sum(data[start : start + 1] == snapshot._NEW_MEMO for start in offsets[:-1])
    finally:
        data.close()
    assert (memos == 1) if memo_bytes > 1_000_000 else (memos > 10)


def test_ids_and_names_are_read_back_once_however_many_memos_the_parts_span(kb: Path, cache: Path, monkeypatch) -> None:
    # A new memo every few parts (as at 100k facts): a fact's entity ids, the tables of facts by entity and the
    # engine's own tables still hold the very strings of the records' ids and names, not a copy per memo.
    monkeypatch.setattr(snapshot, "MEMO_BYTES", 20_000)
    snapshot.load(kb, directory=cache)
    loaded = snapshot.load(kb, directory=cache)
    assert loaded.from_snapshot
    base = loaded.base
    entity_ids = {id(e.id) for e in base.entities.values()}
    fact_ids = {id(f.id) for f in base.facts.values()}
    facts = list(base.facts.values())
    assert all(id(e) in entity_ids for f in facts for e in f.entities)
    assert all(id(t) in {id(t.id) for t in base.topics.values()} for f in facts for t in f.topics)
    assert all(id(c.source_id) in {id(s.id) for s in base.sources.values()} for f in facts for c in f.citations)
    assert all(id(k) in entity_ids for k in base.facts_by_entity)
    assert all(id(i) in fact_ids for ids in base.facts_by_entity.values() for i in ids)
    assert all(id(i) in fact_ids for ids in base.facts_by_source.values() for i in ids)


def test_writing_a_snapshot_leaves_the_bases_texts_as_they_were(kb: Path, cache: Path) -> None:
    # Pickle's own way of writing a string that is not ASCII (the articles with their typographic quotes, French
    # statements) keeps a UTF-8 copy inside it for as long as it lives: a cold start held its base's texts twice over.
    base = load_knowledge(kb)
    engine = Engine(base)
    texts = [s.text for s in base.sources.values()] + [c.quote for f in base.facts.values() for c in f.citations]
    texts = [t for t in texts if not t.isascii()]
    assert len(texts) > 10
    sizes = [sys.getsizeof(t) for t in texts]
    key = snapshot.knowledge_key(kb)
    snapshot.write_snapshot(snapshot.snapshot_path(kb, cache, key), key, base, engine)
    assert [sys.getsizeof(t) for t in texts] == sizes
    # Read back equal, and a text several records share (a quote several facts cite) is still one string.
    loaded = snapshot.load(kb, directory=cache)
    assert loaded.from_snapshot and loaded.base == base
    quotes: dict[str, set[int]] = {}
    for fact in loaded.base.facts.values():
        for citation in fact.citations:
            quotes.setdefault(citation.quote, set()).add(id(citation.quote))
    shared = [q for q in quotes if not q.isascii() and sum(c.quote == q for f in base.facts.values() for c in f.citations) > 1]
    assert shared and all(len(quotes[q]) == 1 for q in shared)


def test_shared_strings_are_numbered_by_their_first_place_as_the_reader_numbers_them() -> None:
    numbers = snapshot._Numbers()
    texts = [f"entity-{i % 3000}" for i in range(5000)]  # past several growths of the table, with repeats
    for text in texts:
        numbers.add(text)
    first: dict[str, int] = {}
    for number, text in enumerate(texts):
        first.setdefault(text, number)
    assert all(numbers.get(text) == number for text, number in first.items())
    assert numbers.get("entity-3000") is None and numbers.get("") is None
    assert numbers.strings == texts  # the reader's list: a number is a place in it


def test_a_reference_to_a_string_the_snapshot_does_not_hold_is_refused() -> None:
    reader = snapshot._Unpickler(io.BytesIO(), ["entity-1"])
    assert reader.persistent_load(0) == "entity-1"
    for pid in (1, -1, -5, "0", None):  # -1: the source 'entity-1', which there is none of; -5: string 1
        with pytest.raises(snapshot.pickle.UnpicklingError):
            reader.persistent_load(pid)


def test_a_record_referred_to_is_the_tables_own_record(kb: Path, cache: Path) -> None:
    # References to records (the engine's lists of facts, the facts by entity) are numbers: read back as the very
    # records of the base's tables, not copies.
    snapshot.load(kb, directory=cache)
    loaded = snapshot.load(kb, directory=cache)
    assert loaded.from_snapshot
    facts = loaded.base.facts
    assert all(fact is facts[fact.id] for fact in loaded.engine._facts)
    assert all(fact is facts[fact.id] for fact in loaded.engine._browser._fact_names.items)
    entity, fact_ids = next(iter(loaded.base.facts_by_entity.items()))
    assert entity in loaded.base.entities and all(fact_id in facts for fact_id in fact_ids)
    assert [f.questions for f in facts.values()] == [f.questions for f in load_knowledge(kb).facts.values()]


def test_the_threshold_is_the_callers_not_the_snapshots(kb: Path, cache: Path) -> None:
    snapshot.load(kb, directory=cache, threshold=0.55)
    loaded = snapshot.load(kb, directory=cache, threshold=0.9)
    assert loaded.from_snapshot and loaded.engine.threshold == 0.9
    with pytest.raises(ValueError):
        snapshot.load(kb, directory=cache, threshold=1.5)


def test_a_changed_file_means_a_full_load_of_the_new_base(kb: Path, cache: Path) -> None:
    snapshot.load(kb, directory=cache)
    fact_file = kb / "facts" / "hiring.yaml"
    fact_file.write_text(fact_file.read_text(encoding="utf-8").replace("id: hiring-scale", "id: hiring-scale-renamed", 1))
    loaded = snapshot.load(kb, directory=cache)
    assert not loaded.from_snapshot
    assert "hiring-scale-renamed" in loaded.base.facts and "hiring-scale" not in loaded.base.facts
    assert snapshot.load(kb, directory=cache).from_snapshot  # and the new one is snapshotted in turn


def test_an_added_file_changes_the_key(kb: Path) -> None:
    before = snapshot.knowledge_key(kb)
    (kb / "facts" / "notes.txt").write_text("a note", encoding="utf-8")
    assert snapshot.knowledge_key(kb) != before


def test_another_version_of_the_bot_or_another_link_policy_means_a_full_load(
    kb: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot.load(kb, directory=cache)
    monkeypatch.setattr(snapshot, "_version", lambda: "99.0.0")
    assert not snapshot.load(kb, directory=cache, write=False).from_snapshot
    monkeypatch.undo()
    assert snapshot.load(kb, directory=cache).from_snapshot
    monkeypatch.setattr(snapshot, "_code_hash_cache", "other code")
    assert not snapshot.load(kb, directory=cache, write=False).from_snapshot
    monkeypatch.undo()
    assert not snapshot.load(kb, directory=cache, write=False, follow_outside_links=True).from_snapshot


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage", "trailer"])
def test_a_corrupt_or_truncated_snapshot_falls_back_to_a_full_load(kb: Path, cache: Path, damage: str) -> None:
    path = snapshot.load(kb, directory=cache).path
    assert path is not None
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x40
    elif damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "empty":
        data = bytearray()
    elif damage == "garbage":
        data = bytearray(os.urandom(len(data)))
    else:  # a trailer that lies about the lengths
        data = data.replace(b'"lengths": [', b'"lengths": [1, ', 1)
    path.write_bytes(bytes(data))
    os.chmod(path, 0o600)
    loaded = snapshot.load(kb, directory=cache, write=False)
    assert not loaded.from_snapshot
    assert loaded.base == load_knowledge(kb)
    with pytest.raises(snapshot.SnapshotMiss):
        snapshot.read_snapshot(path, snapshot.knowledge_key(kb))


def test_a_snapshot_others_may_write_is_not_trusted(kb: Path, cache: Path) -> None:
    path = snapshot.load(kb, directory=cache).path
    assert path is not None
    os.chmod(path, 0o666)
    assert not snapshot.load(kb, directory=cache, write=False).from_snapshot


def test_an_unusable_cache_directory_still_loads_in_full(kb: Path, tmp_path: Path) -> None:
    not_a_directory = tmp_path / "a-file"
    not_a_directory.write_text("x", encoding="utf-8")
    loaded = snapshot.load(kb, directory=not_a_directory / "cache")
    assert not loaded.from_snapshot and len(loaded.base.facts) == len(load_knowledge(kb).facts)
    assert not snapshot.load(kb, directory=None).from_snapshot  # snapshots off


def test_an_invalid_base_is_never_snapshotted_nor_served(kb: Path, cache: Path) -> None:
    snapshot.load(kb, directory=cache)
    fact_file = kb / "facts" / "hiring.yaml"
    fact_file.write_text(
        fact_file.read_text(encoding="utf-8").replace("bringing on roughly 1,000 remote", "bringing on roughly 2,000 remote", 1)
    )
    with pytest.raises(KnowledgeError):
        snapshot.load(kb, directory=cache)


def test_snapshot_dir_follows_the_setting_then_the_environment_then_xdg(tmp_path: Path) -> None:
    assert snapshot.snapshot_dir("off", {}) is None
    assert snapshot.snapshot_dir(str(tmp_path), {}) == tmp_path
    assert snapshot.snapshot_dir(None, {"REPORTING_BOT_SNAPSHOT_DIR": str(tmp_path / "env")}) == tmp_path / "env"
    assert snapshot.snapshot_dir(None, {"XDG_CACHE_HOME": str(tmp_path / "xdg")}) == tmp_path / "xdg" / "reporting-bot"
    assert snapshot.snapshot_dir(None, {"XDG_CACHE_HOME": "relative"}) == Path.home() / ".cache" / "reporting-bot"


def test_check_always_validates_in_full(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args, **kwargs):
        raise AssertionError("check read a snapshot")

    monkeypatch.setattr(snapshot, "read_snapshot", never)
    out = io.StringIO()
    assert run_check(kb, quiet=True, out=out, err=io.StringIO()) == 0
    assert out.getvalue().startswith("OK:")


def test_a_worker_process_builds_the_snapshot_that_a_reload_reads(kb: Path, cache: Path, base: KnowledgeBase) -> None:
    loaded = snapshot.load_in_worker(kb, directory=cache, threshold=0.6)
    assert not loaded.from_snapshot and loaded.base == load_knowledge(kb) and loaded.engine.threshold == 0.6
    assert answers(loaded.engine)[:40] == answers(Engine(base, threshold=0.6))[:40]
    again = snapshot.load_in_worker(kb, directory=cache)
    assert again.from_snapshot  # unchanged: no process at all
    # With snapshots off, the worker's snapshot goes to a scratch file that is removed after.
    assert not snapshot.load_in_worker(kb, directory=None).from_snapshot


def test_a_worker_process_started_after_the_code_changed_on_disk_still_writes_a_snapshot_this_process_reads(
    kb: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if bot/ had been edited since this process started: its code hash is no longer the files' one.
    monkeypatch.setattr(snapshot, "_code_hash_cache", "0" * 64)
    assert not snapshot.load_in_worker(kb, directory=cache).from_snapshot
    assert snapshot.load_in_worker(kb, directory=cache).from_snapshot


def test_a_worker_process_reports_an_invalid_base_with_its_file_and_line(kb: Path, cache: Path) -> None:
    fact_file = kb / "facts" / "hiring.yaml"
    fact_file.write_text(
        fact_file.read_text(encoding="utf-8").replace("bringing on roughly 1,000 remote", "bringing on roughly 2,000 remote", 1)
    )
    with pytest.raises(KnowledgeError) as info:
        snapshot.load_in_worker(kb, directory=cache)
    problem = info.value.problems[0]
    assert problem.path.endswith("facts/hiring.yaml") and problem.line and "quote not found verbatim" in problem.message


def test_retire_empties_an_engine_nobody_else_holds_and_leaves_a_held_one_alone(base: KnowledgeBase) -> None:
    held = Engine(base)
    snapshot.retire([held], wait=0)
    assert held.ask("how many contractors did openai hire").best is not None
    alone = [Engine(base)]
    index = alone[0]._index
    snapshot.retire(alone, wait=0)
    assert alone == [] and not getattr(index, "postings", None)
    assert len(base.facts) == 109  # the base is held elsewhere (this test's fixture): left whole


def test_retire_frees_the_old_base_bit_by_bit_once_nobody_else_holds_it(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = load_knowledge(kb)
    engine = Engine(base)
    facts, by_topic = base.facts, base.facts_by_topic  # views of the base's tables, not the base
    steps: list[int] = []
    monkeypatch.setattr(snapshot, "_yield_interpreter", lambda: steps.append(len(facts)))
    held = [engine]
    del engine, base
    snapshot.retire(held, wait=0)
    assert len(facts) == 0 and len(by_topic) == 0  # the base's own tables were emptied, so its facts freed
    assert 109 in steps  # the engine first, with pauses, while the base was whole; then the base


def _edit(kb: Path, n: int) -> None:
    (kb / "curators-notes.txt").write_text(f"edit {n}\n", encoding="utf-8")  # any file changes the key


def test_a_directory_keeps_its_newest_snapshots_and_old_ones_are_deleted_safely(kb: Path, cache: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-knowledge"
    shutil.copytree(kb, other)
    kept_for_other = snapshot.load(other, directory=cache).path
    paths = []
    for n in range(snapshot.KEEP + 2):
        _edit(kb, n)
        path = snapshot.load(kb, directory=cache).path
        assert path is not None and path.exists()
        os.utime(path, (1_000_000 + n, 1_000_000 + n))  # written in this order, whatever the clock's resolution
        paths.append(path)
    assert len(set(paths)) == snapshot.KEEP + 2  # one file per key
    snapshot.prune(kb.resolve(), cache)
    assert [p.exists() for p in paths] == [False, False, True, True, True]
    assert kept_for_other is not None and kept_for_other.exists()  # another directory's snapshots are its own
    # Still usable: the newest, and an older one still kept (the files as they were when it was written).
    assert snapshot.load(kb, directory=cache, write=False).from_snapshot
    _edit(kb, snapshot.KEEP)
    assert snapshot.load(kb, directory=cache, write=False).from_snapshot


def test_pruning_leaves_fresh_temporary_files_foreign_files_and_open_readers_alone(kb: Path, cache: Path) -> None:
    cache.mkdir()
    fresh, stale = cache / ".tmp-fresh.snapshot", cache / ".tmp-stale.snapshot"
    foreign, legacy = cache / "notes.txt", cache / f"base-{snapshot._root_tag(kb.resolve())}.snapshot"
    for path in (fresh, stale, foreign, legacy):
        path.write_bytes(b"x")
    os.utime(stale, (1_000_000, 1_000_000))
    os.utime(foreign, (1_000_000, 1_000_000))
    # A reader that opened a snapshot before it was pruned still reads it whole.
    _edit(kb, 0)
    first = snapshot.load(kb, directory=cache).path
    os.utime(first, (1_000_000, 1_000_000))
    reader = snapshot._File(first)
    try:
        for n in range(1, snapshot.KEEP + 1):
            _edit(kb, n)
            snapshot.load(kb, directory=cache)  # each write prunes
        assert not first.exists()
        assert snapshot._trailer(reader)["facts"] > 100  # read by position from the open file
    finally:
        reader.close()
    assert fresh.exists() and foreign.exists()
    assert not stale.exists() and not legacy.exists()


def test_a_cancelled_build_kills_its_worker_process(
    kb: Path, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import threading
    import time

    pid_file = tmp_path / "worker.pid"
    script = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    monkeypatch.setattr(snapshot, "_worker_command", lambda: [sys.executable, "-c", script])
    cancel = threading.Event()
    outcome: list[BaseException] = []

    def build() -> None:
        try:
            snapshot.load_in_worker(kb, directory=cache, cancel=cancel)
        except BaseException as exc:  # what the thread ended with is the test's to check
            outcome.append(exc)

    thread = threading.Thread(target=build)
    thread.start()
    for _ in range(300):
        if pid_file.exists() and pid_file.read_text():
            break
        time.sleep(0.05)
    pid = int(pid_file.read_text())
    os.kill(pid, 0)  # the worker runs
    cancel.set()
    thread.join(30)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], snapshot.Cancelled)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left running


def test_a_cancelled_read_stops_between_parts(kb: Path, cache: Path) -> None:
    import threading

    snapshot.load(kb, directory=cache)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(snapshot.Cancelled):
        snapshot.load_in_worker(kb, directory=cache, cancel=cancel)


def test_records_are_written_once_and_referred_to_by_id(kb: Path, cache: Path, monkeypatch) -> None:
    monkeypatch.setattr(snapshot, "MEMO_BYTES", 20_000)
    snapshot.load(kb, directory=cache)
    loaded = snapshot.load(kb, directory=cache)
    assert loaded.from_snapshot
    engine, base = loaded.engine, loaded.base
    # The engine's facts, the name indexes' items and the disputes are the base's own records, not copies.
    assert all(a is b for a, b in zip(engine._facts, base.facts.values(), strict=True))
    assert all(item is base.entities[item.id] for item in engine._browser._entity_names.items)
    assert all(d is base.facts[d.id] for found in engine._disputes.values() for d in found)
