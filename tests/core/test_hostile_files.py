"""Hostile or broken knowledge files: each is one clear problem naming the file, never a hang or a traceback."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import sys
from pathlib import Path

import pytest

from bot.core import files
from bot.core.loader import MAX_WORD_CHARS, KnowledgeError, load_knowledge
from tests.core.test_loader import GOOD_FACT

#: A guard against a hang, not a timing assertion: a correct loader answers in well under a second.
GUARD_SECONDS = 60

ALIAS_BOMB = "\n".join(
    ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    + ["facts: *a9", ""]
)


def guarded_problems(root: Path, **options) -> str:
    """The KnowledgeError message of loading `root`, failing (instead of hanging) if it takes absurdly long."""
    pool = concurrent.futures.ThreadPoolExecutor(1)
    future = pool.submit(load_knowledge, root, **options)
    try:
        future.result(timeout=GUARD_SECONDS)
    except KnowledgeError as exc:
        return str(exc)
    except concurrent.futures.TimeoutError:
        pytest.fail(f"loading did not finish within {GUARD_SECONDS} s")
    finally:
        pool.shutdown(wait=False)
    pytest.fail("the base loaded although it should not have")


@pytest.fixture
def kb(knowledge_copy: Path) -> Path:
    root = knowledge_copy
    (root / "facts" / "test.yaml").write_text(GOOD_FACT, encoding="utf-8")
    return root


def test_an_alias_bomb_is_rejected_as_aliases_are_not_allowed(kb: Path) -> None:
    assert len(ALIAS_BOMB) < 600
    (kb / "facts" / "bomb.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    message = guarded_problems(kb)
    assert "knowledge/facts/bomb.yaml:1:" in message
    assert "anchor '&a0'" in message and "not allowed in knowledge files" in message
    assert message.startswith("1 problem in the fact base")


def test_a_recursive_alias_is_a_clear_problem(kb: Path) -> None:
    (kb / "facts" / "loop.yaml").write_text("facts:\n  - &a [*a]\n", encoding="utf-8")
    message = guarded_problems(kb)
    assert "knowledge/facts/loop.yaml:2:" in message and "not allowed in knowledge files" in message


def test_an_alias_hidden_after_flow_punctuation_is_found(kb: Path) -> None:
    write = "facts: [{id: x}, &b {id: y}]\nmore: {k: *b}\n"
    (kb / "facts" / "flow.yaml").write_text(write, encoding="utf-8")
    assert "anchor '&b'" in guarded_problems(kb)


def test_text_with_ampersands_and_stars_is_not_mistaken_for_an_alias(kb: Path) -> None:
    text = GOOD_FACT.replace(
        "statement: OpenAI brought on roughly 1,000 remote contractors.",
        "statement: 'OpenAI & partners brought on *roughly* 1,000 remote contractors (R&D, 5 * 200).'",
    )
    (kb / "facts" / "test.yaml").write_text(text, encoding="utf-8")
    assert "&" in load_knowledge(kb).facts["hiring-scale"].statement


def test_deep_nesting_is_a_problem_not_a_crash(kb: Path) -> None:
    (kb / "facts" / "deep.yaml").write_text("facts: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    message = guarded_problems(kb)
    assert "knowledge/facts/deep.yaml" in message


def test_a_directory_named_like_a_fact_file(kb: Path) -> None:
    (kb / "facts" / "x.yaml").mkdir()
    message = guarded_problems(kb)
    assert "knowledge/facts/x.yaml: is a directory, not a regular file" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(kb: Path) -> None:
    os.mkfifo(kb / "facts" / "pipe.yaml")
    message = guarded_problems(kb)
    assert "knowledge/facts/pipe.yaml: is a named pipe (FIFO), not a regular file" in message


def test_a_dangling_symlink_is_a_clear_problem(kb: Path) -> None:
    (kb / "facts" / "gone.yaml").symlink_to(kb / "facts" / "nowhere.yaml")
    message = guarded_problems(kb)
    assert "knowledge/facts/gone.yaml: is a dangling symbolic link" in message


def test_a_symlink_out_of_the_directory_is_refused_unless_allowed(kb: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(GOOD_FACT.replace("hiring-scale", "outside-fact"), encoding="utf-8")
    (kb / "facts" / "link.yaml").symlink_to(outside)
    message = guarded_problems(kb)
    assert "knowledge/facts/link.yaml: is a symbolic link to" in message and "outside the knowledge directory" in message
    assert "outside-fact" in load_knowledge(kb, follow_outside_links=True).facts


def test_a_symlink_inside_the_directory_is_followed(kb: Path) -> None:
    (kb / "facts" / "test.yaml").rename(kb / "facts" / "real.txt")
    (kb / "facts" / "test.yaml").symlink_to(kb / "facts" / "real.txt")
    assert "hiring-scale" in load_knowledge(kb).facts


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_a_device_is_refused_even_when_outside_links_are_allowed(kb: Path) -> None:
    (kb / "facts" / "zero.yaml").symlink_to("/dev/zero")
    assert "outside the knowledge directory" in guarded_problems(kb)
    message = guarded_problems(kb, follow_outside_links=True)
    assert "knowledge/facts/zero.yaml: is a character device, not a regular file" in message


def test_a_file_over_the_size_limit(kb: Path) -> None:
    message = guarded_problems(kb, max_file_bytes=100)
    assert "knowledge/facts/test.yaml: is" in message and "limited to 100 bytes" in message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(kb: Path) -> None:
    (kb / "facts" / "test.yaml").chmod(0)
    assert "knowledge/facts/test.yaml: cannot be read: permission denied" in guarded_problems(kb)


def test_invalid_utf8_names_the_line(kb: Path) -> None:
    (kb / "facts" / "test.yaml").write_bytes(GOOD_FACT.encode().replace(b"roughly 1,000", b"roughly \xff1,000", 1))
    message = guarded_problems(kb)
    assert "knowledge/facts/test.yaml:3: not valid UTF-8 (byte 0xff" in message


def test_an_article_that_is_a_directory_is_reported_once(kb: Path) -> None:
    text = kb / "sources" / "semafor-army-of-contractors.txt"
    text.unlink()
    text.mkdir()
    message = guarded_problems(kb)
    assert "sources/semafor-army-of-contractors.txt: is a directory" in message
    assert "unknown source" not in message  # the one cited fact is not reported again
    assert "1 reference to sources, entities or topics that could not be loaded" in message


def test_a_broken_entities_file_is_the_only_problem_reported(kb: Path, knowledge_dir: Path) -> None:
    shutil.rmtree(kb / "facts")
    shutil.copytree(knowledge_dir / "facts", kb / "facts")
    (kb / "entities.yaml").write_text("entities:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    message = guarded_problems(kb)
    lines = message.splitlines()
    assert lines[0] == "2 problems in the fact base:", message[:2000]
    assert "knowledge/entities.yaml:" in lines[1] and "malformed YAML" in lines[1]
    assert "not checked; fix those first" in lines[2]


def test_a_40000_letter_word_is_rejected_by_the_loader(kb: Path) -> None:
    word = "a" * 40_000
    (kb / "facts" / "test.yaml").write_text(GOOD_FACT.replace("- contractor headcount", f"- {word}"), encoding="utf-8")
    message = guarded_problems(kb)
    assert "knowledge/facts/test.yaml:7: a word of 40,000 characters" in message
    assert f"limited to {MAX_WORD_CHARS} characters" in message
    assert word not in message


def test_a_huge_value_is_rejected(kb: Path) -> None:
    (kb / "facts" / "test.yaml").write_text(
        GOOD_FACT.replace("OpenAI brought on", "OpenAI brought on " + "word " * 5000), encoding="utf-8"
    )
    assert "knowledge/facts/test.yaml:3: a value of 25,0" in guarded_problems(kb)


def test_hundreds_of_problems_are_capped_in_the_message(kb: Path) -> None:
    facts = "facts:\n" + "".join(f"  - {{id: f{i}}}\n" for i in range(300))
    (kb / "facts" / "test.yaml").write_text(facts, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(kb)
    assert len(info.value.problems) > 300
    assert len(str(info.value).splitlines()) == 102 and "more (fix these first)" in str(info.value)


def test_read_text_directly(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello", encoding="utf-8")
    assert files.read_text(path, root=tmp_path) == "hello"
    with pytest.raises(files.FileProblem, match="not found"):
        files.read_text(tmp_path / "missing.txt")
