"""Knowledge YAML to plain data, fast and still safe: libyaml composes the node tree, and one walk over it
both checks it (duplicate keys, aliases, absurd values) and builds the data.

PyYAML's safe constructor costs several Python calls per node (a method looked up by tag, a generator per
mapping, a cache of every node constructed); at 100,000 facts that was a third of a cold start. Here a
plain string, list or mapping (nearly every node of a knowledge file) is built in the walk itself, and only
what is rare here (numbers other than plain decimals, dates, booleans, merge keys, explicit tags) goes
through PyYAML's own SafeConstructor, so every value means exactly what `yaml.safe_load` makes of it.

Nothing changes in what is refused: anchors and aliases, duplicate keys, over-long words and values, tags
outside the safe schema, malformed YAML (with its line), all as before.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

#: The safe loader, in C when PyYAML was built with libyaml (its wheels are).
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"
INT_TAG = "tag:yaml.org,2002:int"
NULL_TAG = "tag:yaml.org,2002:null"
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))


class Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader (libyaml's parser and composer when PyYAML has them), with the resolver's answers
    computed without its general machinery (`build` replaces the constructor).

    The composer calls three resolver methods per node. Knowledge files use no path resolvers (nor does the
    safe loader), so descending and ascending do nothing, and a scalar's tag is PyYAML's own answer: its
    implicit resolvers for the scalar's first character, in their order, else a string.
    """

    _IMPLICIT: ClassVar[dict[str | None, tuple]] = {
        first: tuple(pairs) for first, pairs in _BASE_LOADER.yaml_implicit_resolvers.items()
    }
    _GENERIC = None in _IMPLICIT or bool(_BASE_LOADER.yaml_path_resolvers)  # never so in PyYAML 6: then its own code

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        if self._GENERIC:
            super().descend_resolver(current_node, current_index)

    def ascend_resolver(self) -> None:
        if self._GENERIC:
            super().ascend_resolver()

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if self._GENERIC:
            return super().resolve(kind, value, implicit)
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in self._IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return STR_TAG
        return SEQ_TAG if kind is SequenceNode else MAP_TAG


def build(
    loader: Loader, root: Node | None, *, max_word: int, max_chars: int
) -> tuple[Any, list[tuple[int, str]], BaseException | None]:
    """(data, problems, error) from a composed node tree: `problems` are (line, message) pairs in no
    particular order (duplicate keys, aliases, a word longer than `max_word`, a value longer than
    `max_chars`); `error` is the first exception constructing a value raised (a bad tag, an impossible
    date), None when there was none. The data is only meaningful when both are empty."""
    problems: list[tuple[int, str]] = []
    error: list[BaseException] = []
    if root is None:
        return None, problems, None
    long_word = re.compile(rf"\S{{{max_word + 1},}}")
    shortest = min(max_word, max_chars)
    seen: set[int] = set()

    def measure(node: ScalarNode) -> None:
        """Report an over-long word or value."""
        value = node.value
        if word := long_word.search(value):
            problems.append(
                (
                    node.start_mark.line + 1,
                    f"a word of {len(word.group()):,} characters without a space ({word.group()[:40]}…); "
                    f"words are limited to {max_word} characters",
                )
            )
        elif len(value) > max_chars:
            problems.append(
                (node.start_mark.line + 1, f"a value of {len(value):,} characters (the most a field may hold is {max_chars:,})")
            )

    def scalar(node: ScalarNode) -> Any:
        value = node.value
        if len(value) > shortest:
            measure(node)
        tag = node.tag
        if tag == STR_TAG:
            return value
        if tag == NULL_TAG and value in _NULLS:
            return None
        if tag == INT_TAG and value.isascii() and value.isdigit() and (value[0] != "0" or value == "0"):
            return int(value)
        return slow(node)

    def slow(node: Node) -> Any:
        """PyYAML's own construction, for what is rare in knowledge files."""
        try:
            return loader.construct_document(node)
        except Exception as exc:  # reported after the walk, unless the tree has problems of its own
            if not error:
                error.append(exc)
            return None

    def container(node: Node) -> Any:
        if type(node) is MappingNode and node.tag == MAP_TAG:
            return {}
        if type(node) is SequenceNode and node.tag == SEQ_TAG:
            return []
        return None

    def check(node: Node) -> bool:
        """False (and reported) when a mapping or sequence was already seen: an alias. Only those can make an
        alias bomb; an alias of a scalar is refused before (the loader looks for anchors in the text)."""
        if id(node) in seen:
            problems.append((node.start_mark.line + 1, "YAML alias (aliases and anchors are not allowed in knowledge files)"))
            return False
        seen.add(id(node))
        return True

    # Containers are made empty and filled when their node is popped: order is kept, and no recursion.
    data = container(root)
    stack: list[tuple[Node, Any]] = []
    if data is None:
        data = scalar(root) if type(root) is ScalarNode else _slow_tree(root, slow, check, measure, problems)
    else:
        check(root)
        stack.append((root, data))
    while stack:
        node, into = stack.pop()
        if type(into) is list:
            for child in node.value:
                if type(child) is ScalarNode:
                    into.append(scalar(child))
                elif not check(child):
                    into.append(None)
                elif (made := container(child)) is None:
                    into.append(_slow_tree(child, slow, check, measure, problems, seen_root=True))
                else:
                    into.append(made)
                    stack.append((child, made))
            continue
        if not all(type(key) is ScalarNode and key.tag == STR_TAG for key, _ in node.value):
            # a merge key, a number or a mapping as a key: PyYAML's rules
            into.update(_slow_tree(node, slow, check, measure, problems, seen_root=True) or {})
            continue
        for key_node, child in node.value:
            key = scalar(key_node)  # a string, and its length checked
            if key in into:
                problems.append(
                    (key_node.start_mark.line + 1, f"duplicate key '{key[:100]}' (YAML would silently keep only the last one)")
                )
            if type(child) is ScalarNode:
                into[key] = scalar(child)
            elif not check(child):
                into[key] = None
            elif (made := container(child)) is None:
                into[key] = _slow_tree(child, slow, check, measure, problems, seen_root=True)
            else:
                into[key] = made
                stack.append((child, made))
    return data, problems, error[0] if error else None


def _slow_tree(node: Node, slow: Any, check: Any, measure: Any, problems: list, *, seen_root: bool = False) -> Any:
    """A subtree PyYAML builds (explicit tags, merge keys, keys that are not strings), checked node by node
    first (`seen_root`: its root was checked already)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if type(current) is ScalarNode:
            measure(current)  # PyYAML builds the value below
            continue
        if not (seen_root and current is node) and not check(current):
            continue
        if type(current) is MappingNode:
            keys: set[Any] = set()
            for key, value in current.value:
                if type(key) is ScalarNode:
                    if key.value in keys:
                        problems.append(
                            (
                                key.start_mark.line + 1,
                                f"duplicate key '{key.value[:100]}' (YAML would silently keep only the last one)",
                            )
                        )
                    keys.add(key.value)
                stack.append(key)
                stack.append(value)
        elif type(current) is SequenceNode:
            stack.extend(current.value)
    return slow(node)


#: What `build_plain` returns when a file needs the node tree: `build` then makes (and reports) it as before.
NEEDS_TREE: Any = object()


def build_plain(loader: Loader, *, max_word: int, max_chars: int) -> Any:
    """The data of a well-formed, ordinary knowledge file, built straight from libyaml's events: no node tree.

    A composed tree is several objects a scalar (a node and two marks) that live as long as the file is read,
    between the values that stay, and leave holes the allocator cannot give back (at 100,000 facts the entities
    file's tree alone was over 100 MiB). Here each event is dropped as soon as it is read. Only the ordinary is
    built: strings, nulls, plain decimals, lists and mappings with string keys, plus the rare scalar PyYAML's own
    constructor makes (a boolean, a date). Anything else (an anchor or alias, an explicit tag on a list or
    mapping, a key that is not a string, a duplicate key, an over-long word or value, malformed YAML, more than
    one document, a value PyYAML refuses) returns NEEDS_TREE, and the caller builds from the tree (`build`),
    which reports it exactly as before. The data is what `build` makes of the same text."""
    long_word = re.compile(rf"\S{{{max_word + 1},}}")
    shortest = min(max_word, max_chars)
    get = loader.get_event
    resolve = loader.resolve
    missing = NEEDS_TREE  # a mapping's key not yet read
    try:
        if type(get()) is not StreamStartEvent:
            return NEEDS_TREE
        event = get()
        if type(event) is StreamEndEvent:
            return None  # an empty file: no document, as the composer gives
        if type(event) is not DocumentStartEvent:
            return NEEDS_TREE
        root: Any = missing
        # Each open list or mapping, and for a mapping the key whose value comes next (`missing` before it).
        stack: list[list[Any]] = []
        while True:
            event = get()
            kind = type(event)
            if kind is ScalarEvent:
                if event.anchor is not None:
                    return NEEDS_TREE
                value = event.value
                if len(value) > shortest and (len(value) > max_chars or long_word.search(value)):
                    return NEEDS_TREE
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(ScalarNode, value, event.implicit)
                if stack and stack[-1][1] is missing and type(stack[-1][0]) is dict:
                    if tag != STR_TAG or value in stack[-1][0]:
                        return NEEDS_TREE  # a key that is not a string (a merge key, a number), or a duplicate
                    stack[-1][1] = value
                    continue
                if tag == STR_TAG:
                    item: Any = value
                elif tag == NULL_TAG and value in _NULLS:
                    item = None
                elif tag == INT_TAG and value.isascii() and value.isdigit() and (value[0] != "0" or value == "0"):
                    item = int(value)
                else:
                    node = ScalarNode(tag, value, event.start_mark, event.end_mark, style=event.style)
                    try:
                        item = loader.construct_document(node)
                    except Exception:
                        return NEEDS_TREE
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None or event.tag not in (None, "!"):
                    return NEEDS_TREE
                if stack and stack[-1][1] is missing and type(stack[-1][0]) is dict:
                    return NEEDS_TREE  # a list or mapping as a key
                item = {} if kind is MappingStartEvent else []
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                if stack:
                    continue
                break
            else:  # an alias, or anything a well-formed document does not hold here
                return NEEDS_TREE
            if not stack:
                root = item
                if type(item) is not dict and type(item) is not list:
                    break
            else:
                into = stack[-1]
                if type(into[0]) is list:
                    into[0].append(item)
                else:
                    into[0][into[1]] = item
                    into[1] = missing
            if type(item) is dict or type(item) is list:
                stack.append([item, missing])
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            return NEEDS_TREE  # another document: the composer's own error
        return root
    except yaml.YAMLError:
        return NEEDS_TREE
