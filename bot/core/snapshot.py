"""A compiled snapshot of a validated fact base and its built engine, so a restart need not parse and verify again.

After a base loads and validates in full, the loaded base and the built index are written to a file in
the user's cache directory (``$XDG_CACHE_HOME/reporting-bot``, or ``~/.cache/reporting-bot``; the
``snapshot_dir`` setting or ``REPORTING_BOT_SNAPSHOT_DIR`` overrides it, ``off`` disables snapshots). A
later start whose *key* matches loads the file instead. The key is a hash of every file under the
knowledge directory (names and contents), the directory's path, the bot's version and source code, and
the Python version: any change to any of them means a full load. A snapshot that is truncated, corrupt
(a SHA-256 of its body is checked before anything is read from it), unreadable, or not owned by this
user falls back to a full load too, never to a wrong base. `check` never uses it: it always validates
in full. Each file is named by its knowledge directory and its key; each writer keeps the directory's
newest KEEP and deletes the older ones (`prune`).

Format (why: README, "Running for many servers"): pickle, in many small parts. Each part is one slice of
a large table (1,000 facts, 500 postings, ...); parts refer to the base's facts, entities, topics and
sources, and to the engine's stages, by position instead of copying them, so they share objects exactly
as the built engine does. Loading part by part keeps each step short: a reload in a worker thread gives
the event loop the interpreter between parts, so the bot keeps answering while a 100k base loads.
The file is written to a temporary name beside it and renamed into place (atomic), so a reader sees the
old snapshot or the new one, never half of one.

`python -m bot.core.snapshot build --knowledge DIR --out FILE` builds one in a fresh process: what a
reload runs, so that parsing and indexing never share the bot's interpreter.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import logging
import os
import pickle
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from itertools import islice
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.core.engine import DEFAULT_THRESHOLD, Engine
from bot.core.engine.rerank import Reranking
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR, KnowledgeError, Problem, load_knowledge
from bot.core.memory import loading
from bot.core.models import Entity, Fact, KnowledgeBase, Source, Topic

log = logging.getLogger(__name__)

#: Bump when the layout of the file changes.
FORMAT = 7
MAGIC = b"RBSNAP01"
_TRAILER = struct.Struct("<Q8s")  # trailer length, then MAGIC again: a truncated file lacks it
_NEW_MEMO = b"M"  # before a part whose pickler starts a new memo (a pickle itself always starts with b"\x80")
ENV_DIR = "REPORTING_BOT_SNAPSHOT_DIR"
#: Items of a large list or dict per part: small enough that loading one part takes a millisecond or two.
PART_ITEMS = 500
#: A new pickler (and so a new memo) starts after about this many bytes of parts: the parts it writes share objects
#: as the built engine does, and the reader frees each memo as it goes (one memo for a 100k snapshot held
#: references to tens of millions of objects: dropping it at the end held the interpreter for 150 to 450 ms). A memo
#: also keeps every part's lists and records' fields alive until its run ends: at 4 MiB a run, the memo and what it
#: kept were the largest part of a cold start's peak at 100k facts once the rest was trimmed (about 13 MiB more).
MEMO_BYTES = 1 << 20
_CODE_ROOT = Path(__file__).resolve().parents[1]  # bot/


class SnapshotMiss(Exception):
    """No usable snapshot (absent, stale, corrupt, unreadable): the caller loads in full."""


class Cancelled(Exception):
    """The load was called off (its `cancel` event was set): the worker process, if any, was killed."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """A fact base and its engine, and whether they came from a snapshot."""

    base: KnowledgeBase
    engine: Engine
    from_snapshot: bool
    path: Path | None = None


# ---------------------------------------------------------------------------------------------- where and key


def snapshot_dir(setting: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The directory snapshots go in: the setting, else $REPORTING_BOT_SNAPSHOT_DIR, else the user's cache
    directory ($XDG_CACHE_HOME or ~/.cache, then reporting-bot). None when snapshots are off."""
    environ = os.environ if environ is None else environ
    chosen = setting if setting is not None else environ.get(ENV_DIR) or None
    if chosen is not None:
        if str(chosen).strip().lower() in ("off", "none", "false", ""):
            return None
        return Path(chosen).expanduser()
    cache = environ.get("XDG_CACHE_HOME") or ""
    base = Path(cache).expanduser() if cache.strip() and Path(cache).expanduser().is_absolute() else Path.home() / ".cache"
    return base / "reporting-bot"


def _root_tag(root: Path) -> str:
    return hashlib.sha256(str(root).encode()).hexdigest()[:16]


def snapshot_path(root: Path, directory: Path, key: str) -> Path:
    """The snapshot of one knowledge directory with one key. A directory keeps its newest few (KEEP): a rollback,
    or a shard still running the previous version, finds its own instead of rebuilding over the other's."""
    return directory / f"base-{_root_tag(root)}-{key[:16]}.snapshot"


#: Snapshots kept per knowledge directory: the one just written or read and the newest others.
KEEP = 3
#: A temporary file (a snapshot being written) older than this is what a killed writer left: removed.
STALE_TEMPORARY_SECONDS = 3600.0


def prune(root: Path, directory: Path, keep: int = KEEP, *, now: float | None = None) -> list[Path]:
    """Delete all but the newest `keep` snapshots of `root` in `directory` (and the single unkeyed file of earlier
    versions, and temporary files a killed writer left an hour ago or more); returns what was deleted.

    Safe beside other processes: only this user's own regular files named as snapshots are touched; a snapshot
    another process is reading stays readable to it (it holds the file open, and reads by position); one being
    written is a temporary file younger than an hour; and any error just leaves the file.
    """
    tag = _root_tag(root)
    now = time.time() if now is None else now
    owned: list[tuple[float, Path]] = []
    doomed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    for entry in entries:
        try:
            status = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(status.st_mode) or (hasattr(os, "getuid") and status.st_uid != os.getuid()):
            continue
        name = entry.name
        if name == f"base-{tag}.snapshot":
            doomed.append(Path(entry.path))  # the one file per directory of snapshot format 2's first layout
        elif name.startswith(f"base-{tag}-") and name.endswith(".snapshot"):
            owned.append((status.st_mtime, Path(entry.path)))
        elif name.startswith(".tmp-") and name.endswith(".snapshot") and now - status.st_mtime > STALE_TEMPORARY_SECONDS:
            doomed.append(Path(entry.path))
    owned.sort(reverse=True)
    doomed += [path for _, path in owned[max(keep, 1) :]]
    deleted = []
    for path in doomed:
        try:
            path.unlink()
        except OSError as exc:
            log.info("Could not delete the old snapshot %s: %s", path, exc)
        else:
            deleted.append(path)
    if deleted:
        log.info("Deleted %d old snapshot file(s) in %s", len(deleted), directory)
    return deleted


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("reporting-bot")
    except Exception:  # not installed (run from a checkout): the code hash still tells versions apart
        return "unknown"


_code_hash_cache: str | None = None


def code_hash() -> str:
    """A hash of the bot's own Python code: an index built by other code is never reused."""
    global _code_hash_cache
    if _code_hash_cache is None:
        digest = hashlib.sha256()
        for path in sorted(_CODE_ROOT.rglob("*.py")):
            digest.update(str(path.relative_to(_CODE_ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
        digest.update((_CODE_ROOT / "core" / "lexicon" / "words.txt").read_bytes())
        _code_hash_cache = digest.hexdigest()
    return _code_hash_cache


code_hash()  # now, at import: the code this process runs, whatever is on disk later


def knowledge_key(root: Path, *, follow_outside_links: bool = False) -> str:
    """The key a snapshot of `root` must carry: every file's name and content, the path, how links out of it
    are treated, the bot's version and code, the Python version and this format. Raises OSError when a file
    cannot be read."""
    digest = hashlib.sha256()
    digest.update(f"format {FORMAT}\0python {sys.version_info[:2]}\0bot {_version()}\0code {code_hash()}\0".encode())
    digest.update(f"root {root}\0outside links {follow_outside_links}\0".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        content = path.read_bytes()
        digest.update(f"{path.relative_to(root)}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------- writing


#: What a reference (see _Pickler) points into: its low 3 bits say which, the rest is the position there.
_REF_KINDS = ("stage", "base")
#: The base's tables of records, which parts refer to by id (see _Pickler).
_TABLES = ("sources", "entities", "topics", "facts")
_RECORD_TYPES = {Source: "sources", Entity: "entities", Topic: "topics", Fact: "facts"}


def _ref(code: int) -> Any:
    """Resolve a reference written in place of a stage or the base (see _Pickler)."""
    return _loading.lists[code & 7][code >> 3]


def _record(table: str, key: str) -> Any:
    """Resolve a reference written in place of one of the base's records (see _Pickler)."""
    return _loading.records[table][key]


_loading = threading.local()


def _proxy(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


class _Numbers:
    """The strings later parts refer to by number (see _shared_strings), each numbered by its first place among them.

    An open-addressing table of 4-byte slots (at most half full) beside the list of the strings themselves: a dict of
    them and their int objects took about 13 MiB at 100k facts (200,000 ids and names), alive for the whole write and
    the largest part of its peak; this takes about 4 MiB.
    """

    __slots__ = ("mask", "slots", "strings")

    def __init__(self) -> None:
        self.strings: list[str] = []
        #: Each slot: 0 when empty, else the number of a string plus one.
        self.slots = array("i", [0]) * 1024
        self.mask = len(self.slots) - 1

    def get(self, text: str) -> int | None:
        """The number of the first string equal to `text`, or None."""
        slots, mask, strings = self.slots, self.mask, self.strings
        at = hash(text) & mask
        while found := slots[at]:
            if strings[found - 1] == text:
                return found - 1
            at = (at + 1) & mask
        return None

    def add(self, text: str) -> None:
        """Number the next string (one equal to an earlier string keeps the earlier's number, as the reader reads it)."""
        self.strings.append(text)
        if 2 * len(self.strings) > len(self.slots):
            self.slots = array("i", [0]) * (2 * len(self.slots))
            self.mask = len(self.slots) - 1
            for number, string in enumerate(self.strings):
                self._place(string, number)
        else:
            self._place(text, len(self.strings) - 1)

    def _place(self, text: str, number: int) -> None:
        slots, mask, strings = self.slots, self.mask, self.strings
        at = hash(text) & mask
        while found := slots[at]:
            if strings[found - 1] == text:
                return
            at = (at + 1) & mask
        slots[at] = number + 1


class _Pickler(pickle.Pickler):
    """Writes the base's objects and the engine's stages as references when they are not the part's own."""

    def __init__(
        self,
        file: io.BytesIO,
        refs: dict[int, int],
        records: dict[str, Mapping[str, Any]],
        shared: _Numbers,
        own: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.refs, self.records, self.shared, self.own = refs, records, shared, own
        #: This run's strings that are not ASCII, by identity: the string and its UTF-8 bytes (see persistent_id).
        self.encoded: dict[int, tuple[str, bytes]] = {}

    def persistent_id(self, obj: Any) -> int | bytes | None:  # called for every object
        kind = type(obj)
        if kind is str:
            # A string equal to a name or id of a record already written (see _shared_strings): its number, not a copy
            # (read back as that record's own string: strings are values, so an equal one serves as well).
            number = self.shared.get(obj)
            if number is not None or obj.isascii():
                return number
            # Any other string: its UTF-8 bytes, once a run (pickle's memo then refers to them as it would to the
            # string). Pickle's own way of writing a string that is not ASCII keeps a UTF-8 copy of it inside the string
            # for as long as the string lives: writing a snapshot made every such text of the base (articles with
            # typographic quotes, French statements and quotes) take up to twice its memory for good.
            found = self.encoded.get(id(obj))
            if found is None:
                found = self.encoded[id(obj)] = (obj, obj.encode("utf-8", "surrogatepass"))
            return found[1]
        table = _RECORD_TYPES.get(kind)
        if table is not None and id(obj) not in self.own:
            # A record of a table already written, referred to elsewhere (the engine's lists of facts, the tables of
            # facts by entity): the number of its id, negative, with its table. A number, not a call (_record): pickle
            # keeps nothing for it, where a call's arguments and its result each took an entry of the memo, alive
            # until the end of its run (at 100k facts, several hundred thousand references a run).
            number = self.shared.get(obj.id)
            if number is not None and self.records[table].get(obj.id) is obj:
                return -1 - (number << 2 | _TABLES.index(table))
        return None

    def reducer_override(self, obj: Any) -> Any:  # called for every object that is not of a builtin type
        table = _RECORD_TYPES.get(type(obj))
        if table is not None:
            # One of the base's records, written by value in its own table's parts and by id everywhere else: no
            # table of every record's identity is needed (at 100k facts, 25 MiB alive throughout the write).
            if self.records[table].get(obj.id) is obj and id(obj) not in self.own:
                return _record, (table, obj.id)
            return _model, (type(obj), *[slot.__get__(obj) for slot in _model_slots(type(obj)) or ()])
        key = self.refs.get(id(obj))
        if key is not None:
            return _ref, (key,)
        if type(obj) is MappingProxyType:
            return _proxy, (dict(obj),)
        if type(obj) is Reranking:
            return Reranking, ()  # the re-ranker (a model) is never snapshotted: the caller sets it again
        if type(obj) is array:
            # The array's own memory, written as it is: pickle's way copies it into a bytes object, which the memo
            # then keeps until the whole snapshot is written (at 100k facts, tens of MiB of copies of the index).
            return _array, (obj.typecode, pickle.PickleBuffer(obj))
        slots = _model_slots(type(obj))
        if slots is not None:
            # A record of the base (a fact, a citation, a date...): its slots' own values, not what reading its fields
            # makes. Python's way for a dataclass with slots builds a list of its fields' values, which the memo then
            # keeps until its run of parts is written, and a fact's questions were split into a tuple of new strings
            # (models._Phrasings) to be joined again when read: several MiB of copies alive while a 100k base is written.
            return _model, (type(obj), *[slot.__get__(obj) for slot in slots])
        return NotImplemented


#: For each dataclass of bot.core.models: the descriptors of its slots, in field order (None: not such a dataclass).
_SLOTS: dict[type, tuple | None] = {}


def _model_slots(cls: type) -> tuple | None:
    slots = _SLOTS.get(cls, ())
    if slots == ():
        slots = None
        if cls.__module__ == "bot.core.models" and hasattr(cls, "__dataclass_fields__") and "__slots__" in cls.__dict__:
            # A field a descriptor of models wraps (a fact's questions) is read and set through the slot it wraps.
            slots = tuple(getattr(cls.__dict__[f.name], "slot", cls.__dict__[f.name]) for f in fields(cls))
        _SLOTS[cls] = slots
    return slots


def _model(cls: type, *values: Any) -> Any:
    """A record written by _Pickler: its slots set to their values as they were stored."""
    slots = _model_slots(cls)
    if slots is None or len(slots) != len(values):
        raise pickle.UnpicklingError(f"not a record of this code's models: {cls!r}")
    made = object.__new__(cls)
    for slot, value in zip(slots, values, strict=True):
        slot.__set__(made, value)
    return made


def _array(typecode: str, data: bytes | bytearray) -> array:
    """An array written by _Pickler (its items' bytes, in this machine's order)."""
    made = array(typecode)
    made.frombytes(data)
    return made


def _stages(engine: Engine) -> list[Any]:
    """The engine and every object of the engine package it holds (its stages), each once."""
    found: dict[int, Any] = {id(engine): engine}
    queue = [engine]
    while queue:
        for value in vars(queue.pop()).values():
            kind = type(value)
            if (
                id(value) not in found
                and kind.__module__.startswith("bot.core.engine")
                and hasattr(value, "__dict__")
                and kind is not Reranking
            ):
                found[id(value)] = value
                queue.append(value)
    return list(found.values())


def _slices(value: Any) -> Iterator[tuple[str, Any]]:
    """A large exact list or dict as ("list"/"dict", slice) parts; anything else whole."""
    if type(value) is list and len(value) > PART_ITEMS:
        for start in range(0, len(value), PART_ITEMS):
            yield "list", value[start : start + PART_ITEMS]
    elif type(value) is dict and len(value) > PART_ITEMS:
        # A slice at a time from the dict itself: a list of all its pairs (hundreds of thousands of tuples for
        # the typo index at 100k facts) would be alive for the whole write.
        items = iter(value.items())
        while piece := dict(islice(items, PART_ITEMS)):
            yield "dict", piece
    else:
        yield "whole", value


class _Sink:
    """Where parts are pickled: the snapshot file itself, with the checksum and the length of each part kept as they
    are written. Pickled into a buffer instead, a part was copied whole (the buffer, then its value): the largest
    parts are the index's arrays and the names' buffer, over 15 MiB each at 100k facts, held two or three times."""

    def __init__(self, out: Any, digest: Any) -> None:
        self.out, self.digest, self.written = out, digest, 0

    def write(self, data: Any) -> int:
        self.digest.update(data)
        self.out.write(data)
        size = memoryview(data).nbytes
        self.written += size
        return size


def _parts(base: KnowledgeBase, engine: Engine, sink: _Sink) -> Iterator[None]:
    """Write the snapshot's parts to `sink`, in the order they are loaded: one step of the iteration a part."""
    # The base and each stage, by identity -> a reference: its position, then (3 bits) which list it is in
    # (_REF_KINDS). Records are referred to by their ids (_Pickler.reducer_override).
    refs: dict[int, int] = {id(base): _REF_KINDS.index("base")}
    tables: dict[str, Mapping[str, Any]] = {name: getattr(base, name) for name in _TABLES}
    stages = _stages(engine)
    for n, stage in enumerate(stages):
        refs[id(stage)] = n << 3 | _REF_KINDS.index("stage")

    # The ids and names of the records already written (_shared_strings), by number: every later part refers to
    # them instead of copying them. The memo below is renewed every few megabytes, so a string that parts of
    # several runs use (an entity's id in the facts citing it, a fact's id in the tables of facts by entity) was
    # written, and read back as a new string, once a run: at 100k facts, tens of MiB of copies in a warm start.
    shared = _Numbers()

    # One pickler for several megabytes of parts: its memo carries over from part to part, so an object (a
    # token, a name) that several parts use is written once and read back as one object, shared as the built
    # engine shares it (a fresh pickler per part made a copy per part: a warm start took more memory than a
    # build). A part that starts a new memo is marked (b"M" before it): the reader starts a new unpickler there.
    pickler = _Pickler(sink, refs, tables, shared)  # type: ignore[arg-type]
    run_start = 0

    def dump(payload: Any, own: frozenset[int] = frozenset()) -> None:
        nonlocal pickler, run_start
        if sink.written - run_start >= MEMO_BYTES:
            pickler, run_start = _Pickler(sink, refs, tables, shared), sink.written  # type: ignore[arg-type]
            sink.write(_NEW_MEMO)
        pickler.own = own
        pickler.dump(payload)

    # The base's records, by value, a slice at a time.
    for name, table in tables.items():
        items = list(table.values())
        for start in range(0, max(len(items), 1), PART_ITEMS):
            chunk = items[start : start + PART_ITEMS]
            yield dump(("table", name, chunk), frozenset(map(id, chunk)))
        yield dump(("shared", name))  # the reader numbers the table's strings here, as this does now
        for text in _shared_strings(name, items):
            shared.add(text)
    # The base's other fields (its cross-reference tables, and whatever fields it gains).
    for field in fields(KnowledgeBase):
        if field.name in tables:
            continue
        value = getattr(base, field.name)
        if isinstance(value, MappingProxyType):
            value = dict(value)
            for kind, piece in _slices(value):
                yield dump(("base-field", field.name, "proxy-" + kind, piece))
        else:
            yield dump(("base-field", field.name, "whole", value))
    yield dump(("stages", [type(stage) for stage in stages]))
    for n, stage in enumerate(stages):
        for attribute, value in vars(stage).items():
            for kind, piece in _slices(value):
                yield dump(("stage", n, attribute, kind, piece))


def _shared_strings(table: str, items: list) -> Iterator[str]:
    """The strings of a table's records that later parts refer to by number: ids, and entities' and topics' names."""
    if table == "entities":
        for entity in items:
            yield entity.id
            yield entity.name
            yield from entity.aliases
    elif table == "topics":
        for topic in items:
            yield topic.id
            yield topic.name
    else:
        for item in items:
            yield item.id


class _Unpickler(pickle.Unpickler):
    """Reads parts written by _Pickler: a number written in place of a shared string is that string."""

    def __init__(self, file: io.BytesIO, shared: list[str]) -> None:
        super().__init__(file)
        self.shared = shared
        #: This run's strings written as UTF-8 bytes, by the identity of those bytes (which this run's memo keeps):
        #: a string the run refers to twice is read back as one string, as pickle reads its own.
        self.decoded: dict[int, tuple[bytes, str]] = {}

    def persistent_load(self, pid: Any) -> Any:
        if type(pid) is bytes:
            found = self.decoded.get(id(pid))
            if found is None:
                found = self.decoded[id(pid)] = (pid, pid.decode("utf-8", "surrogatepass"))
            return found[1]
        if type(pid) is not int or not -len(self.shared) * 4 <= pid < len(self.shared):
            raise pickle.UnpicklingError(f"unknown shared string or record {pid!r}")
        if pid >= 0:
            return self.shared[pid]
        code = -1 - pid  # a record (see _Pickler.persistent_id)
        table = _TABLES[code & 3]
        try:
            return (getattr(_loading, "records", None) or {})[table][self.shared[code >> 2]]
        except KeyError as exc:
            raise pickle.UnpicklingError(f"no record {self.shared[code >> 2]!r} in {table}") from exc


def write_snapshot(path: Path, key: str, base: KnowledgeBase, engine: Engine) -> Path:
    """Write the snapshot atomically (a temporary file beside it, then renamed); returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    digest = hashlib.sha256()
    lengths: list[int] = []
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".snapshot")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC)
            sink = _Sink(out, digest)
            part_start = 0
            for _ in _parts(base, engine, sink):
                lengths.append(sink.written - part_start)
                part_start = sink.written
            trailer = json.dumps(
                {"format": FORMAT, "key": key, "digest": digest.hexdigest(), "lengths": lengths, "facts": len(base.facts)}
            ).encode()
            out.write(trailer)
            out.write(_TRAILER.pack(len(trailer), MAGIC))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


# ---------------------------------------------------------------------------------------------- reading


class _File:
    """A snapshot file read by position (os.pread): a part at a time, never mapped or read whole, so the
    process's memory holds the objects and not the file's bytes too."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            status = os.fstat(self.fd)
            if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
                raise SnapshotMiss(f"{path} is not this user's own file (or others may write it): not trusted")
            if status.st_size == 0:
                raise SnapshotMiss("empty")
            self.size = status.st_size
        except BaseException:
            os.close(self.fd)
            raise

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, where: slice) -> bytes:
        start, stop, _ = where.indices(self.size)
        chunk = os.pread(self.fd, max(0, stop - start), start)
        if len(chunk) != max(0, stop - start):
            raise SnapshotMiss("truncated while being read")
        return chunk

    def close(self) -> None:
        os.close(self.fd)


def _trailer(data: _File) -> dict:
    size = len(data)
    if size < len(MAGIC) + _TRAILER.size or data[: len(MAGIC)] != MAGIC:
        raise SnapshotMiss("not a snapshot, or truncated")
    length, magic = _TRAILER.unpack(data[size - _TRAILER.size :])
    if magic != MAGIC or length > size - len(MAGIC) - _TRAILER.size:
        raise SnapshotMiss("truncated")
    try:
        trailer = json.loads(bytes(data[size - _TRAILER.size - length : size - _TRAILER.size]))
    except ValueError as exc:
        raise SnapshotMiss("corrupt trailer") from exc
    if not isinstance(trailer, dict) or trailer.get("format") != FORMAT:
        raise SnapshotMiss("another format")
    if sum(trailer["lengths"]) != size - len(MAGIC) - _TRAILER.size - length:
        raise SnapshotMiss("truncated")
    return trailer


def read_snapshot(path: Path, key: str, *, pause: Callable[[], None] | None = None) -> tuple[KnowledgeBase, Engine]:
    """The base and engine in a snapshot whose key is `key`; SnapshotMiss when there is none usable.

    `pause`, when given, is called between parts (a reload in a worker thread passes a yield point).
    """
    with loading():  # large blocks go back to the system while it reads (memory.py)
        return _read_snapshot(path, key, pause)


def _read_snapshot(path: Path, key: str, pause: Callable[[], None] | None) -> tuple[KnowledgeBase, Engine]:
    try:
        data = _File(path)
    except FileNotFoundError as exc:
        raise SnapshotMiss("no snapshot yet") from exc
    except (OSError, ValueError) as exc:
        raise SnapshotMiss(f"unreadable: {exc}") from exc
    try:
        trailer = _trailer(data)
        if trailer.get("key") != key:
            raise SnapshotMiss("stale: the knowledge files, the bot or Python changed")
        lengths = trailer["lengths"]
        body_end = len(MAGIC) + sum(lengths)
        digest = hashlib.sha256()
        for start in range(len(MAGIC), body_end, 1 << 20):
            digest.update(data[start : min(body_end, start + (1 << 20))])
            if pause:
                pause()
        if digest.hexdigest() != trailer.get("digest"):
            raise SnapshotMiss("corrupt: its checksum does not match")
        return _assemble(data, lengths, pause)
    except (SnapshotMiss, Cancelled):
        raise
    except Exception as exc:  # a snapshot that passed its checksum but does not fit this code
        raise SnapshotMiss(f"unusable: {type(exc).__name__}: {exc}") from exc
    finally:
        data.close()


def _assemble(data: _File, lengths: list[int], pause: Callable[[], None] | None) -> tuple[KnowledgeBase, Engine]:
    collecting = gc.isenabled()
    gc.disable()  # millions of new objects, none in a cycle: the collector would only rescan them
    stream = None
    try:
        tables: dict[str, list] = {"sources": [], "entities": [], "topics": [], "facts": []}
        base_fields: dict[str, Any] = {}
        proxies: set[str] = set()
        stages: list[Any] = []
        base: KnowledgeBase | None = None
        # What references resolve to (_ref, _record): filled as the parts are read.
        _loading.lists = [stages, []]
        _loading.records = records = {}
        # One unpickler for each run of parts one pickler wrote: its memo carries shared objects over. The parts are
        # read from the file itself, through a small buffer: the unpickler takes each frame, or each large object (an
        # array of the index, 16 MiB at 100k facts), straight from it, rather than from a copy of the whole part.
        stream = open(data.fd, "rb", closefd=False)  # noqa: SIM115 (closed below; the descriptor is data's)
        shared: list[str] = []
        unpickler = _Unpickler(stream, shared)
        offset = len(MAGIC)
        stream.seek(offset)
        for length in lengths:
            offset += length
            if stream.peek(1)[:1] == _NEW_MEMO:
                stream.read(1)
                # The previous memo goes now, a few megabytes' worth of references, not all of them at the end.
                del unpickler
                if pause:
                    pause()
                unpickler = _Unpickler(stream, shared)
            part = unpickler.load()
            if stream.tell() != offset:
                raise SnapshotMiss("corrupt: a part does not end where the file says")
            kind = part[0]
            if kind == "table":
                tables[part[1]].extend(part[2])
            elif kind == "shared":  # a table is complete: its records by id, and its strings' numbers
                records[part[1]] = {item.id: item for item in tables[part[1]]}
                shared.extend(_shared_strings(part[1], tables[part[1]]))
            elif kind == "base-field":
                _, name, how, value = part
                if how == "proxy-dict" and name in base_fields:
                    base_fields[name].update(value)
                elif how.startswith("proxy-"):
                    base_fields[name] = value
                    proxies.add(name)
                else:
                    base_fields[name] = value
            elif kind == "stages":
                base = KnowledgeBase(
                    **{name: MappingProxyType(records[name]) for name in tables},
                    **{name: MappingProxyType(v) if name in proxies else v for name, v in base_fields.items()},
                )
                _loading.lists[-1].append(base)
                stages.extend(cls.__new__(cls) for cls in part[1])
            else:
                _, n, attribute, how, value = part
                stage = stages[n]
                if how == "whole" or attribute not in vars(stage):
                    setattr(stage, attribute, value)
                elif how == "list":
                    getattr(stage, attribute).extend(value)
                else:
                    getattr(stage, attribute).update(value)
            if pause:
                pause()
        if base is None or not stages or not isinstance(stages[0], Engine):
            raise SnapshotMiss("incomplete")
        del unpickler, part
        return base, stages[0]
    finally:
        if stream is not None:
            stream.close()
        _loading.lists = _loading.records = None
        if collecting:
            gc.freeze()  # as the engine's own build does: no later collection rescans the index
            gc.enable()


# ---------------------------------------------------------------------------------------------- loading a base


def _threshold(threshold: float) -> float:
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, not {threshold}")
    return threshold


def load(
    root: str | Path | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    directory: Path | str | None = "default",
    write: bool = True,
    follow_outside_links: bool = False,
    pause: Callable[[], None] | None = None,
) -> Loaded:
    """The fact base and its engine: from a matching snapshot, else loaded and built in full (and then
    snapshotted, with `write`). Raises KnowledgeError (an invalid base) or ValueError (a bad threshold)."""
    _threshold(threshold)
    root = (Path(root) if root is not None else DEFAULT_KNOWLEDGE_DIR).resolve()
    where = snapshot_dir() if directory == "default" else (Path(directory) if directory is not None else None)
    key = path = None
    if where is not None:
        try:
            key = knowledge_key(root, follow_outside_links=follow_outside_links)
        except OSError as exc:
            log.info("No snapshot: cannot read the knowledge files to key one (%s); loading in full", exc)
        else:
            path = snapshot_path(root, where, key)
            try:
                base, engine = read_snapshot(path, key, pause=pause)
            except SnapshotMiss as miss:
                log.info("No usable snapshot at %s (%s): loading in full", path, miss)
            else:
                engine.threshold = threshold
                return Loaded(base, engine, True, path)
    base = load_knowledge(root, follow_outside_links=follow_outside_links)
    engine = Engine(base, threshold=threshold)
    if write and key is not None and path is not None:
        save(root, key, path, base, engine, follow_outside_links=follow_outside_links)
    return Loaded(base, engine, False, path)


def save(root: Path, key: str, path: Path, base: KnowledgeBase, engine: Engine, *, follow_outside_links: bool = False) -> bool:
    """Write the snapshot if the files still have the key they were loaded with; False (logged) when not written."""
    try:
        if knowledge_key(root, follow_outside_links=follow_outside_links) != key:
            log.info("The knowledge files changed while loading: no snapshot written")
            return False
        write_snapshot(path, key, base, engine)
    except Exception as exc:  # an unwritable cache is no reason not to serve
        log.warning("Could not write the snapshot %s: %s", path, exc)
        return False
    log.info("Snapshot written: %s", path)
    prune(root, path.parent)
    return True


def load_in_worker(
    root: str | Path | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    directory: Path | str | None = "default",
    follow_outside_links: bool = False,
    pause: Callable[[], None] | None = None,
    cancel: threading.Event | None = None,
) -> Loaded:
    """Like `load`, for a running bot: parsing, checking and indexing run in a separate process, which
    writes a snapshot; this process only reads it, part by part (call it from a worker thread: between
    parts the event loop runs). Raises KnowledgeError when the base on disk is invalid, and Cancelled once
    `cancel` is set (the worker process is killed at once, a snapshot's read stops at its next part)."""
    _threshold(threshold)
    pause = _stoppable(pause or _yield_interpreter, cancel)
    root = (Path(root) if root is not None else DEFAULT_KNOWLEDGE_DIR).resolve()
    where = snapshot_dir() if directory == "default" else (Path(directory) if directory is not None else None)
    if where is not None:
        try:
            key = knowledge_key(root, follow_outside_links=follow_outside_links)
            path = snapshot_path(root, where, key)
            base, engine = read_snapshot(path, key, pause=pause)
        except (OSError, SnapshotMiss) as miss:
            log.info("Reload: no usable snapshot (%s); building one in a separate process", miss)
        else:
            engine.threshold = threshold
            return Loaded(base, engine, True, path)
    scratch: Path | None = None
    out = where
    if where is None or not _writable(where):
        out = scratch = Path(tempfile.mkdtemp(prefix="reporting-bot-"))
    assert out is not None
    try:
        key, path = build_in_process(root, out, follow_outside_links=follow_outside_links, cancel=cancel)
        if key != knowledge_key(root, follow_outside_links=follow_outside_links):
            # The worker ran the code now on disk, and this process runs the code it started with: an index
            # built by other code is not read. Rare (an upgrade without a restart): build here, in this thread.
            log.warning("Reload: the bot's code changed on disk since it started; building the base in this process")
            base = load_knowledge(root, follow_outside_links=follow_outside_links)
            return Loaded(base, Engine(base, threshold=threshold), False, None)
        try:
            base, engine = read_snapshot(path, key, pause=pause)
        except SnapshotMiss as miss:
            raise RuntimeError(f"the snapshot the worker process wrote is unusable: {miss}") from miss
        engine.threshold = threshold
        return Loaded(base, engine, False, path if scratch is None else None)
    finally:
        if scratch is not None:
            for leftover in scratch.iterdir():
                leftover.unlink()
            scratch.rmdir()


def _stoppable(pause: Callable[[], None], cancel: threading.Event | None) -> Callable[[], None]:
    if cancel is None:
        return pause

    def pause_unless_cancelled() -> None:
        if cancel.is_set():
            raise Cancelled("the reload was called off while reading the snapshot")
        pause()

    return pause_unless_cancelled


def _yield_interpreter() -> None:
    time.sleep(0)  # lets the event loop's thread take the interpreter between two parts


#: How long `retire` waits for the last other user of an old base to let go, before leaving it to them.
RETIRE_WAIT_SECONDS = 30.0


def retire(holder: list[Engine | None], *, wait: float = RETIRE_WAIT_SECONDS) -> None:
    """Free an engine that no longer serves, and its base, a little at a time (call it from a worker thread).

    Dropping the last reference to a 100k-fact index frees millions of objects in one go, holding the
    interpreter for a second: on the event loop's thread that is a second of silence, and from any other
    thread too (freeing runs no bytecode, so the interpreter is never handed over meanwhile). Here its large
    tables are emptied slice by slice, pausing between slices; then, when nothing else holds the base it
    served (the bot swapped a new one in), the base's tables too (its 100k facts freed at once took 100 to
    200 ms). Only when nothing else holds the engine: otherwise it is left to be freed whenever its last user
    lets go. `holder` is a list holding the engine, and the caller's only reference to it: it is emptied.
    Another holder of the base gets `wait` seconds to let go.
    """
    engine = holder.pop()
    if engine is None or sys.getrefcount(engine) > 2:  # this function's reference and getrefcount's own argument
        return
    base = engine.base
    stages = _stages(engine)
    for stage in stages:
        for value in list(vars(stage).values()):
            _empty(value)
        vars(stage).clear()  # whatever else it held goes with it, stage by stage
        _yield_interpreter()
    del engine, stages, stage
    deadline = time.monotonic() + wait
    while sys.getrefcount(base) > 2:  # someone still reads the old base (a reply being written): a moment
        if time.monotonic() > deadline:
            return  # still held: it is theirs to drop
        time.sleep(0.05)
    for field in fields(base):
        value = getattr(base, field.name)
        if type(value) is MappingProxyType:
            (value,) = gc.get_referents(value)  # the dict it shows, which nothing else holds
        _empty(value)


def _empty(value: Any) -> None:
    """Empty a large dict or list a slice at a time, pausing between slices."""
    if type(value) is dict:
        while value:
            for _ in range(min(PART_ITEMS, len(value))):
                value.popitem()
            _yield_interpreter()
    elif type(value) is list:
        while value:
            del value[-PART_ITEMS:]
            _yield_interpreter()


def _writable(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return False
    return os.access(directory, os.W_OK | os.X_OK)


#: How often a worker process's parent looks whether the load was called off.
_POLL_SECONDS = 0.1


def build_in_process(
    root: Path, directory: Path, *, follow_outside_links: bool = False, cancel: threading.Event | None = None
) -> tuple[str, Path]:
    """Load, validate and index `root` in a fresh Python process that writes its snapshot into `directory`;
    returns the snapshot's key and path. Raises KnowledgeError with the child's problems when the base is
    invalid, and Cancelled when `cancel` is set before it is done: the child is killed then, never left running."""
    # At a lower CPU priority: on a busy machine the bot's own event loop comes before its reload's build.
    command = [*_worker_command(), "build", "--knowledge", str(root), "--out-dir", str(directory), "--nice", "10"]
    if follow_outside_links:
        command.append("--follow-outside-links")
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace"
    )
    try:
        while True:
            try:
                stdout, stderr = process.communicate(timeout=_POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel.is_set():
                    raise Cancelled(f"the reload was called off: its worker process (pid {process.pid}) was killed") from None
    except BaseException:
        process.kill()
        process.communicate()
        raise
    if process.returncode == 0:
        done = json.loads(stdout)
        return done["key"], Path(done["path"])
    if process.returncode == 3:
        problems = [Problem(p["path"], p["line"], p["message"], p["fact_id"]) for p in json.loads(stdout)["problems"]]
        raise KnowledgeError(problems)
    raise RuntimeError(f"the worker process that builds the base failed (exit {process.returncode}): {stderr[-2000:]}")


def _worker_command() -> list[str]:
    """The worker process's command, up to its arguments (a test replaces it)."""
    return [sys.executable, "-m", "bot.core.snapshot"]


def _main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bot.core.snapshot", description="Build a fact base's snapshot.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="load, validate and index a base, and write its snapshot")
    build.add_argument("--knowledge", type=Path, default=None)
    build.add_argument("--out", type=Path, default=None, help="the snapshot file (default: one in --out-dir)")
    build.add_argument("--out-dir", type=Path, default=None, help="where the snapshot goes (default: the cache directory)")
    build.add_argument("--follow-outside-links", action="store_true")
    build.add_argument("--nice", type=int, default=0, help="lower this process's CPU priority by this much")
    args = parser.parse_args(argv)
    if args.nice > 0 and hasattr(os, "nice"):
        try:
            os.nice(args.nice)
        except OSError as exc:
            print(f"could not lower the CPU priority: {exc}", file=sys.stderr)
    root = (args.knowledge or DEFAULT_KNOWLEDGE_DIR).resolve()
    follow = args.follow_outside_links
    key = knowledge_key(root, follow_outside_links=follow)
    try:
        base = load_knowledge(root, follow_outside_links=follow)
    except KnowledgeError as exc:
        problems = [{"path": p.path, "line": p.line, "message": p.message, "fact_id": p.fact_id} for p in exc.problems]
        print(json.dumps({"problems": problems}))
        return 3
    out = args.out
    if out is None:
        where = args.out_dir or snapshot_dir()
        if where is None:
            print("snapshots are off (snapshot_dir: off)", file=sys.stderr)
            return 2
        out = snapshot_path(root, where, key)
    engine = Engine(base)
    if knowledge_key(root, follow_outside_links=follow) != key:
        print("the knowledge files changed while loading; try again", file=sys.stderr)
        return 4
    write_snapshot(out, key, base, engine)
    if args.out is None:
        prune(root, out.parent)
    print(json.dumps({"key": key, "path": str(out), "facts": len(base.facts)}))
    return 0


if __name__ == "__main__":
    # Through the module's own name, so that what the snapshot refers to is bot.core.snapshot, not __main__.
    from bot.core.snapshot import _main as main

    sys.exit(main())
