"""The fast YAML path (bot.core.knowledge_yaml) builds exactly what PyYAML's safe loader builds, and refuses
what the loader refuses."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from bot.core import knowledge_yaml
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR

DOCUMENTS = [
    "facts:\n  - id: a\n    statement: plain words\n    questions: [one, 'two', \"three\"]\n",
    "a: 1\nb: 0\nc: 012\nd: 0x1F\ne: 1_000\nf: -3\ng: +4\nh: 1:30\ni: 0b101\n",
    "a: 1.5\nb: .inf\nc: -.Inf\nd: .nan\ne: 1e3\nf: 6.8523015e+5\n",
    "a: yes\nb: No\nc: true\nd: FALSE\ne: on\nf: off\ng: y\nh: n\n",
    "a: ~\nb: null\nc:\nd: Null\ne: ''\nf: 'null'\n",
    "a: 2021-08-05\nb: 2021\nc: '2021-08'\nd: 2001-12-14t21:59:43.10-05:00\ne: 2023-06\n",
    "base: {x: 1}\nmerged:\n  <<: {x: 2, y: 3}\n  z: 4\n",
    "? [a, b]\n: complex key\n",
    "1: one\n2.5: two and a half\ntrue: yes\nnull: nothing\n",
    "a: !!str 123\nb: !!int '42'\nc: !!float '1'\nd: !!bool 'yes'\ne: !!binary aGVsbG8=\n",
    "a: !!set {x, y}\nb: !!omap [{x: 1}, {y: 2}]\nc: !!pairs [{x: 1}, {x: 2}]\n",
    "- just\n- a\n- [nested, [list, {of: [things]}]]\n- {}\n- []\n",
    "text: >-\n  folded\n  lines\nkept: |\n  literal\n  block\n",
    "a: caf\u00e9 \u201cquoted\u201d\nb: '\u00e9t\u00e9'\nc: \"\\u00e9\\t\"\n",
    "plain scalar at the root",
    "",
    "= : value key\n",
    "a: ! non-specific\nb: !local thing\n",
]


def fast(text: str) -> tuple:
    loader = knowledge_yaml.Loader(text)
    try:
        node = loader.get_single_node()
        data, problems, error = knowledge_yaml.build(loader, node, max_word=200, max_chars=10_000)
    finally:
        loader.dispose()
    return data, problems, error


def safe(text: str):
    try:
        return yaml.load(text, Loader=yaml.CSafeLoader), None
    except yaml.YAMLError as exc:
        return None, exc


@pytest.mark.parametrize("text", DOCUMENTS)
def test_same_data_or_same_refusal_as_pyyaml(text: str) -> None:
    expected, refused = safe(text)
    data, problems, error = fast(text)
    assert problems == []
    if refused is not None:
        assert error is not None and type(error) is type(refused)
        assert str(error) == str(refused)
    else:
        assert error is None
        assert data == expected
        assert repr(data) == repr(expected)  # the same types too (1 is not True, '1' is not 1)


def test_every_shipped_knowledge_file_builds_as_pyyaml_does() -> None:
    files = sorted(Path(DEFAULT_KNOWLEDGE_DIR).rglob("*.yaml"))
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        data, problems, error = fast(text)
        assert (problems, error) == ([], None), path
        assert repr(data) == repr(yaml.load(text, Loader=yaml.CSafeLoader)), path


def test_duplicate_keys_are_problems_wherever_they_are() -> None:
    _, problems, _ = fast("a: 1\nb:\n  - {x: 1, x: 2}\n  - c: 3\n    c: 4\na: 5\n")
    assert sorted(line for line, _ in problems) == [3, 5, 6]
    assert all("duplicate key" in message for _, message in problems)
    _, problems, _ = fast("m:\n  <<: {a: 1}\n  k: 1\n  k: 2\n")  # inside a mapping PyYAML builds too
    assert [line for line, _ in problems] == [4]


def test_an_alias_of_a_mapping_or_a_list_is_a_problem() -> None:
    _, problems, _ = fast("a: &x {k: v}\nb: *x\nc: &y [1]\nd: *y\n")
    assert len(problems) == 2
    assert all("alias" in message for _, message in problems)


def test_long_words_and_values_are_problems_keys_included() -> None:
    word = "x" * 201
    _, problems, _ = fast(f"a: {word}\n{word}: b\nc: [{'y ' * 6000}]\n")
    messages = sorted(problems)
    assert [line for line, _ in messages] == [1, 2, 3]
    assert "201 characters without a space" in messages[0][1]
    assert "value of 11,999 characters" in messages[2][1]  # a plain scalar loses its trailing space


def test_an_impossible_date_or_an_unsafe_tag_is_the_error_not_a_value() -> None:
    _, problems, error = fast("when: 2021-02-30\n")
    assert problems == [] and isinstance(error, ValueError)
    _, problems, error = fast("x: !!python/object:os.system ls\n")
    assert problems == [] and isinstance(error, yaml.constructor.ConstructorError)
    assert fast("when: 2021-02-28\n")[0] == {"when": datetime.date(2021, 2, 28)}


def plain(text: str):
    loader = knowledge_yaml.Loader(text)
    try:
        return knowledge_yaml.build_plain(loader, max_word=200, max_chars=10_000)
    finally:
        loader.dispose()


@pytest.mark.parametrize("text", DOCUMENTS)
def test_the_treeless_path_builds_what_the_tree_does_or_leaves_it_to_the_tree(text: str) -> None:
    data = plain(text)
    expected, problems, error = fast(text)
    if data is knowledge_yaml.NEEDS_TREE:
        return
    assert (problems, error) == ([], None)
    assert repr(data) == repr(expected)


def test_the_treeless_path_builds_the_ordinary_documents_itself() -> None:
    # What knowledge files hold: strings, nulls, decimals, booleans, dates, nested lists and mappings.
    for text in (DOCUMENTS[0], DOCUMENTS[3], DOCUMENTS[4], DOCUMENTS[5], DOCUMENTS[11], DOCUMENTS[12], DOCUMENTS[13], ""):
        assert plain(text) is not knowledge_yaml.NEEDS_TREE, text
    for path in sorted(Path(DEFAULT_KNOWLEDGE_DIR).rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = plain(text)
        assert data is not knowledge_yaml.NEEDS_TREE, path
        assert repr(data) == repr(yaml.load(text, Loader=yaml.CSafeLoader)), path


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a duplicate key
        "a: &x {k: v}\nb: *x\n",  # an anchor and an alias
        "m:\n  <<: {a: 1}\n",  # a merge key
        "1: one\n",  # a key that is not a string
        "? [a, b]\n: complex key\n",
        "a: !!set {x, y}\n",  # a tag on a mapping
        f"a: {'x' * 201}\n",  # a word too long
        f"a: [{'y ' * 6000}]\n",  # a value too long
        "when: 2021-02-30\n",  # a value PyYAML refuses
        "x: !!python/object:os.system ls\n",
        "a: [1, 2\n",  # malformed
        "a: 1\n---\nb: 2\n",  # two documents
    ],
)
def test_anything_unusual_or_wrong_goes_through_the_tree(text: str) -> None:
    assert plain(text) is knowledge_yaml.NEEDS_TREE
