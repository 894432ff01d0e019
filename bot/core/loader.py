"""Read a knowledge directory into a validated, immutable KnowledgeBase.

Layout::

    knowledge/
      sources/<slug>.txt   the article, verbatim
      sources/<slug>.yaml  its metadata (headline, outlet, language, non-reporting lines, ...)
      topics.yaml          the topics facts are filed under
      entities.yaml        people, organisations, products and places the articles name
      facts/*.yaml         the facts, each citing exact passages of the articles

Every problem found is collected and reported together, each with its file, line and fact id;
nothing is returned unless the whole directory is valid, so a bad file never half-loads.
"""

from __future__ import annotations

import datetime
import gc
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import yaml

from bot.core import knowledge_yaml
from bot.core.files import MAX_FILE_BYTES, FileProblem, read_text
from bot.core.memory import loading
from bot.core.models import (
    ACTIONS,
    ANSWER_KINDS,
    ATTRIBUTIONS,
    CHANNELS,
    ENTITY_TYPES,
    FACT_KINDS,
    NO_ANSWERS,
    ActorAnswer,
    BeforeAnswer,
    CauseAnswer,
    Citation,
    CountAnswer,
    DateAnswer,
    DefinitionAnswer,
    DisputeSides,
    Entity,
    Fact,
    FactAnswers,
    Inference,
    KnowledgeBase,
    MoneyAnswer,
    PercentAnswer,
    PlaceAnswer,
    QuoteAnswer,
    Relay,
    RoleAnswer,
    Source,
    Topic,
    When,
)
from bot.core.quotes import find_all
from bot.core.text import normalise_quote, search_tokens

_V = TypeVar("_V")

#: The fact base shipped with the package, found relative to this file, never the working directory.
#: The shipped fact base: bot/knowledge in an installed package (the build copies it there, setup.py),
#: else knowledge/ at the root of the checkout.
_PACKAGED_KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"
DEFAULT_KNOWLEDGE_DIR = (
    _PACKAGED_KNOWLEDGE_DIR if _PACKAGED_KNOWLEDGE_DIR.is_dir() else Path(__file__).resolve().parents[2] / "knowledge"
)

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SORTABLE_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: When a fact happened: the English and French words, and the date they give (or null when undated).
WHEN_FORMAT = "{text: in English, text_fr: in French, date: YYYY[-MM[-DD]] or START/END or null}"
MIN_QUESTIONS = 3
#: A quote is a sentence or a clause; longer passages are paragraphs and must be cut down.
MAX_QUOTE_CHARS = 320
MIN_QUOTE_CHARS = 12
#: No field needs more: longer values are mistakes or attacks (the index's cost grows with a word's length).
MAX_FIELD_CHARS = 10_000
#: A KnowledgeError's message lists this many problems at most (all stay in `problems`).
MAX_PROBLEMS_SHOWN = 100
MAX_WORD_CHARS = 200
#: The safe loader, in C when PyYAML was built with libyaml (its wheels are).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SOURCE_KEYS = {
    "id": True, "headline": True, "language": True, "summary": True, "outlet": False, "author": False,
    "url": False, "published": False, "republished_by": False, "headline_en": False, "translated": False,
    "non_reporting": False, "outlet_evidence": False, "outlet_inferred": False, "relays": False, "name": False,
    "name_fr": False, "summary_fr": False,
}  # fmt: skip
INFERENCE_KEYS = {"name": True, "reason": True, "reason_fr": False}
RELAY_KEYS = {"report": True, "evidence": False, "inferred": False, "inferred_fr": False}
FACT_KEYS = {
    "id": True, "statement": True, "questions": True, "citations": True, "topics": True, "entities": True,
    "statement_fr": False, "questions_fr": False, "keywords": False, "when": False, "kind": False,
    "subject": False, "answers": False, "subject_fr": False, "sides": False,
}  # fmt: skip
CITATION_KEYS = {"source": True, "quote": True, "attribution": True, "who": False, "position": False, "origin": False,
                 "channel": False, "who_fr": False, "position_fr": False}  # fmt: skip
WHEN_KEYS = {"text": True, "text_fr": True, "date": False}
ENTITY_KEYS = {
    "id": True, "name": True, "type": True, "description": True, "aliases": False, "description_fr": False,
    "described_as": False,
}  # fmt: skip
#: Required keys that may hold an empty list: a fact about the industry at large involves no named entity.
MAY_BE_EMPTY = {"entities"}
TOPIC_KEYS = {"id": True, "name": True, "description": True, "name_fr": False, "description_fr": False}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the knowledge files."""

    path: str
    line: int | None
    message: str
    fact_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        who = f" fact '{self.fact_id}':" if self.fact_id else ""
        return f"{where}:{who} {self.message}"


class KnowledgeError(Exception):
    """The knowledge directory is invalid; `problems` lists everything found wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the fact base:"
        lines = [head, *(f"  {p}" for p in problems[:MAX_PROBLEMS_SHOWN])]
        if count > MAX_PROBLEMS_SHOWN:
            lines.append(f"  … and {count - MAX_PROBLEMS_SHOWN:,} more (fix these first)")
        super().__init__("\n".join(lines))


class _Document:
    """A parsed YAML file: the plain data, and its node tree to give line numbers (composed again from `text`
    the first time a line is asked for, when the data was built without it: only files with a problem need it)."""

    def __init__(self, path: Path, rel: str, data: Any, node: yaml.Node | None, text: str | None = None) -> None:
        self.path, self.rel, self.data, self.node, self.text = path, rel, data, node, text

    def line(self, *keys: str | int) -> int | None:
        """1-based line of the value at a path of mapping keys and sequence indexes."""
        if self.node is None and self.text is not None:
            loader = knowledge_yaml.Loader(self.text)
            try:
                self.node = loader.get_single_node()
            finally:
                loader.dispose()
            self.text = None
        node = self.node
        last = node
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
            else:
                node = None
            if node is None:
                break
            last = node
        return last.start_mark.line + 1 if last is not None else None


class _Collector:
    """Gathers problems while the loader walks the files, and reads them (safely: see files.py)."""

    def __init__(self, root: Path, *, allow_outside: bool = False, max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.root = root
        self.allow_outside = allow_outside
        self.max_file_bytes = max_file_bytes
        self.problems: list[Problem] = []
        #: Ids of sources, entities and topics that failed to load: references to them are not reported
        #: again (their cause already was), only counted.
        self.unloaded: dict[str, set[str]] = {"source": set(), "entity": set(), "topic": set()}
        #: Whole files that failed (entities.yaml, topics.yaml): every reference to their kind is unverifiable.
        self.unloaded_kinds: set[str] = set()
        self.unchecked = 0
        #: One copy of each value that recurs across facts (ids, attributions, keywords, dates, quotes two facts
        #: cite, a fact's topics, a `when`): a 100,000-fact base would otherwise hold a copy per mention.
        self._strings: dict[Any, Any] = {}
        #: The YAML files read, by the name problems give them, for `line_in`.
        self._read: dict[str, Path] = {}
        self._line_doc: _Document | None = None

    def shared(self, value: _V) -> _V:
        """The one copy of a recurring string (or tuple of them, or other immutable value)."""
        return self._strings.setdefault(value, value)

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def add(self, doc: _Document | str, line: int | None, message: str, fact_id: str | None = None) -> None:
        rel = doc.rel if isinstance(doc, _Document) else doc
        self.problems.append(Problem(rel, line, message, fact_id))

    def unverifiable(self, kind: str, ref: str) -> bool:
        """True (and counted) when `ref` names a source/entity/topic whose own problem was already reported."""
        if kind in self.unloaded_kinds or ref in self.unloaded[kind]:
            self.unchecked += 1
            return True
        return False

    def exists(self, path: Path) -> bool:
        """Whether there is anything at `path` (a dangling link counts: reading it gives the clear problem)."""
        return path.is_symlink() or path.exists()

    def read_text(self, path: Path) -> str | None:
        try:
            return read_text(path, root=self.root, allow_outside=self.allow_outside, max_bytes=self.max_file_bytes)
        except FileProblem as exc:
            self.add(self.rel(path), exc.line, str(exc))
            return None

    def read_yaml(self, path: Path) -> _Document | None:
        rel = self.rel(path)
        text = self.read_text(path)
        if text is None:
            return None
        if found := _anchor_or_alias(text):
            self.add(rel, found[0], found[1])
            return None
        # An ordinary file's data is built straight from libyaml's events, with no node tree left behind to
        # fragment the heap (knowledge_yaml.build_plain); its lines are found, when a problem needs one, by
        # composing the tree then. Any file with anything unusual or wrong is read again through the tree.
        loader = knowledge_yaml.Loader(text)
        try:
            data = knowledge_yaml.build_plain(loader, max_word=MAX_WORD_CHARS, max_chars=MAX_FIELD_CHARS)
        finally:
            loader.dispose()
        if data is not knowledge_yaml.NEEDS_TREE:
            self._read[rel] = path
            return _Document(path, rel, data, None, text)
        # One parse gives both the node tree (for line numbers and duplicate keys) and the data, with
        # libyaml's parser when PyYAML has it: the pure-Python one is most of a cold start's time.
        # One walk over the tree checks it and builds the data (knowledge_yaml); the tree itself is kept for lines.
        loader = knowledge_yaml.Loader(text)
        node = None
        try:
            node = loader.get_single_node()
            data, problems, error = knowledge_yaml.build(loader, node, max_word=MAX_WORD_CHARS, max_chars=MAX_FIELD_CHARS)
            problems.sort()
            for line, message in problems:
                self.add(rel, line, message)
            if problems:
                return None
            if error is not None:
                raise error
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problem = getattr(exc, "problem", None) or str(exc)
            context = getattr(exc, "context", None)
            detail = f"{context}, {problem}" if context else problem
            self.add(rel, mark.line + 1 if mark else None, f"malformed YAML: {detail}")
            return None
        except RecursionError:
            self.add(rel, None, "malformed YAML: nested too deeply")
            return None
        except ValueError as exc:  # YAML builds bare dates itself, and an impossible one (2021-02-30) raises
            self.add(rel, _bad_date_line(node), f"not a valid date: {exc} (put it in quotes if it is not meant as a date)")
            return None
        finally:
            loader.dispose()
        self._read[rel] = path
        return _Document(path, rel, data, node)

    def line_in(self, rel: str, keys: tuple[str | int, ...]) -> int | None:
        """The line of a value in a YAML file read before (read again: a problem found once the file was let go)."""
        cached = self._line_doc
        if cached is None or cached.rel != rel:
            path = self._read.get(rel)
            try:
                text = (
                    read_text(path, root=self.root, allow_outside=self.allow_outside, max_bytes=self.max_file_bytes)
                    if path
                    else None
                )
            except FileProblem:
                text = None
            if text is None:
                return None
            cached = self._line_doc = _Document(path, rel, None, None, text)  # type: ignore[arg-type]
        try:
            return cached.line(*keys)
        except yaml.YAMLError:  # changed on disk meanwhile
            return None


def _bad_date_line(node: yaml.Node | None) -> int | None:
    """The line of the first bare date in a node tree that is not a calendar day."""
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop(0)
        if isinstance(item, yaml.ScalarNode) and item.tag.endswith(":timestamp"):
            try:
                datetime.date.fromisoformat(item.value[:10])
            except ValueError:
                return item.start_mark.line + 1
        elif isinstance(item, yaml.SequenceNode):
            stack.extend(item.value)
        elif isinstance(item, yaml.MappingNode):
            stack.extend(v for pair in item.value for v in pair)
    return None


#: An anchor (&name) or alias (*name) can only start after white space, a flow indicator or a line start.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)


def _anchor_or_alias(text: str) -> tuple[int, str] | None:
    """The first YAML anchor or alias in a text, as (line, problem); None when it has none.

    The schema never needs them, and an alias lets 500 bytes expand into billions of nodes (an "alias
    bomb"), or point back at itself. Only texts that could hold one are parsed for it, with libyaml's
    event parser (linear in the text's size, nothing is built).
    """
    if ("&" not in text and "*" not in text) or not _MAYBE_ANCHOR.search(text):
        return None
    loader = _YAML_LOADER(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                return (
                    event.start_mark.line + 1,
                    f"YAML alias '*{event.anchor}' (aliases and anchors are not allowed in knowledge files)",
                )
            if getattr(event, "anchor", None):
                return (
                    event.start_mark.line + 1,
                    f"YAML anchor '&{event.anchor}' (aliases and anchors are not allowed in knowledge files)",
                )
    except yaml.YAMLError:
        return None  # malformed: the full parse reports it with its line
    finally:
        loader.dispose()
    return None


def _check_keys(
    col: _Collector, doc: _Document, record: dict, allowed: dict[str, bool], what: str, path: tuple, fact_id: str | None
) -> bool:
    """Report unknown keys and missing or empty required ones; True when the record is usable."""
    ok = True
    for key in record:
        if key not in allowed:
            hint = _closest(str(key), allowed)
            col.add(doc, doc.line(*path, key), f"{what}: unknown key '{key}'{hint}", fact_id)
            ok = False
    for key, required in allowed.items():
        if required and (key not in record or (_is_empty(record[key]) and not (key in MAY_BE_EMPTY and record[key] == []))):
            state = "missing" if key not in record else "empty"
            col.add(doc, doc.line(*path), f"{what}: {state} required field '{key}'", fact_id)
            ok = False
    return ok


def _closest(key: str, allowed: dict[str, bool]) -> str:
    from rapidfuzz import process

    match = process.extractOne(key, list(allowed), score_cutoff=70)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not (value.strip() if isinstance(value, str) else value))


def _str_list(col: _Collector, doc: _Document, value: Any, what: str, path: tuple, fact_id: str | None) -> tuple[str, ...]:
    if value is None:
        return ()

    # Bare numbers (`keywords: [375]`) are what a curator means as text; booleans and nesting are mistakes.
    def usable(v: Any) -> bool:
        return (isinstance(v, str) and bool(v.strip())) or (isinstance(v, (int, float)) and not isinstance(v, bool))

    if not isinstance(value, list) or not all(usable(v) for v in value):
        col.add(doc, doc.line(*path), f"{what} must be a list of non-empty strings", fact_id)
        return ()
    return tuple(str(v).strip() for v in value)


def _opt_str(col: _Collector, doc: _Document, record: dict, key: str, path: tuple, fact_id: str | None = None) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        col.add(doc, doc.line(*path, key), f"'{key}' must be a non-empty string", fact_id)
        return None
    return value.strip()


def _records(col: _Collector, doc: _Document, key: str) -> list[tuple[int, dict]]:
    """The list under a top-level key, as (index, mapping) pairs; reports anything else."""
    data = doc.data
    if not isinstance(data, dict) or key not in data:
        col.add(doc, 1, f"expected a top-level '{key}:' list")
        return []
    extra = [k for k in data if k != key]
    for k in extra:
        col.add(doc, doc.line(k), f"unknown top-level key '{k}' (only '{key}' is allowed)")
    items = data[key]
    if not isinstance(items, list):
        col.add(doc, doc.line(key), f"'{key}' must be a list")
        return []
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            col.add(doc, doc.line(key, i), f"{key}[{i}] must be a mapping")
            continue
        out.append((i, item))
    return out


def _load_sources(col: _Collector, root: Path, docs: dict[str, _Document] | None = None) -> dict[str, Source]:
    """The articles; `docs` receives each one's metadata document, for checks that need the other files."""
    sources: dict[str, Source] = {}
    folder = root / "sources"
    if not folder.is_dir():
        col.add(col.rel(folder), None, "missing sources/ directory")
        return sources
    texts = {p.stem for p in folder.glob("*.txt")}
    for meta_path in sorted(folder.glob("*.yaml")):
        # Until it has loaded, the source is unverifiable: citations of it are not reported one by one.
        col.unloaded["source"].add(meta_path.stem)
        doc = col.read_yaml(meta_path)
        if doc is None:
            continue
        meta = doc.data
        if not isinstance(meta, dict):
            col.add(doc, 1, "source metadata must be a mapping")
            continue
        if not _check_keys(col, doc, meta, SOURCE_KEYS, "source", (), None):
            continue
        source_id = str(meta["id"])
        if source_id != meta_path.stem:
            col.add(doc, doc.line("id"), f"id '{source_id}' must match the file name '{meta_path.stem}'")
            continue
        if meta["language"] not in ("en", "fr"):
            col.add(doc, doc.line("language"), f"language must be 'en' or 'fr', not {meta['language']!r}")
            continue
        text_path = folder / f"{source_id}.txt"
        if source_id not in texts:
            col.add(doc, None, f"no article text {col.rel(text_path)} beside this metadata")
            continue
        text = col.read_text(text_path)
        if text is None:
            continue
        non_reporting = _str_list(col, doc, meta.get("non_reporting"), "non_reporting", ("non_reporting",), None)
        lines = {normalise_quote(line) for line in text.splitlines()}
        for i, passage in enumerate(non_reporting):
            if normalise_quote(passage) not in lines:
                col.add(doc, doc.line("non_reporting", i), f"non_reporting entry is not a whole line of the article: {passage!r}")
        translated = meta.get("translated", False)
        if not isinstance(translated, bool):
            col.add(doc, doc.line("translated"), "'translated' must be true or false")
            translated = False
        provenance = _source_provenance(col, doc, meta, text)
        if provenance is None:
            continue
        col.unloaded["source"].discard(source_id)
        if docs is not None:
            docs[source_id] = doc
        sources[source_id] = Source(
            id=source_id,
            headline=str(meta["headline"]).strip(),
            language=meta["language"],
            summary=str(meta["summary"]).strip(),
            summary_fr=_opt_str(col, doc, meta, "summary_fr", ()),
            text=text,
            path=col.rel(text_path),
            author=_opt_str(col, doc, meta, "author", ()),
            url=_opt_str(col, doc, meta, "url", ()),
            published=_opt_str(col, doc, meta, "published", ()),
            republished_by=_opt_str(col, doc, meta, "republished_by", ()),
            headline_en=_opt_str(col, doc, meta, "headline_en", ()),
            translated=translated,
            non_reporting=non_reporting,
            **provenance,
        )
    for stem in sorted(texts - {p.stem for p in folder.glob("*.yaml")}):
        col.add(col.rel(folder / f"{stem}.txt"), None, f"article has no metadata file {stem}.yaml beside it")
    if not sources and not col.problems:
        col.add(col.rel(folder), None, "no sources found")
    return sources


def _source_provenance(col: _Collector, doc: _Document, meta: dict, text: str) -> dict[str, Any] | None:
    """Who published an article and what it relays, each checked against the article's own words."""
    before = len(col.problems)
    in_text = normalise_quote(text)

    def said(passage: str) -> bool:
        return normalise_quote(passage) in in_text

    outlet = _opt_str(col, doc, meta, "outlet", ())
    evidence = _opt_str(col, doc, meta, "outlet_evidence", ())
    if outlet and not evidence:
        col.add(doc, doc.line("outlet"), f"outlet '{outlet}' needs 'outlet_evidence': the article's words that name it")
    elif evidence and not outlet:
        col.add(doc, doc.line("outlet_evidence"), "'outlet_evidence' without an 'outlet'")
    elif outlet and evidence:
        if not said(evidence):
            col.add(doc, doc.line("outlet_evidence"), f"outlet_evidence is not in the article: {evidence!r}")
        elif outlet.casefold() not in evidence.casefold():
            col.add(doc, doc.line("outlet_evidence"), f"outlet_evidence does not name the outlet '{outlet}': {evidence!r}")
    republished = _opt_str(col, doc, meta, "republished_by", ())
    if republished and republished.casefold() not in text.casefold():
        col.add(doc, doc.line("republished_by"), f"republished_by '{republished}' is not named in the article")
    inferred = None
    raw = meta.get("outlet_inferred")
    if raw is not None:
        if not isinstance(raw, dict):
            col.add(doc, doc.line("outlet_inferred"), "outlet_inferred must be a mapping: {name: ..., reason: ...}")
        elif _check_keys(col, doc, raw, INFERENCE_KEYS, "outlet_inferred", ("outlet_inferred",), None):
            if outlet:
                col.add(doc, doc.line("outlet_inferred"), "outlet_inferred is only for an article whose text names no outlet")
            else:
                reason_fr = _opt_str(col, doc, raw, "reason_fr", ("outlet_inferred",))
                inferred = Inference(str(raw["name"]).strip(), str(raw["reason"]).strip(), reason_fr)
    relays: list[Relay] = []
    raw_relays = meta.get("relays") or []
    if not isinstance(raw_relays, list):
        col.add(doc, doc.line("relays"), "relays must be a list of {report: ..., evidence: ...} or {report: ..., inferred: ...}")
        raw_relays = []
    for i, rec in enumerate(raw_relays):
        where = ("relays", i)
        if isinstance(rec, str):
            rec = {"report": rec}
        if not isinstance(rec, dict):
            col.add(doc, doc.line(*where), "a relay must be a mapping {report: ..., evidence: ...}")
            continue
        if not _check_keys(col, doc, rec, RELAY_KEYS, f"relay #{i + 1}", where, None):
            continue
        relay = Relay(
            str(rec["report"]).strip(),
            _opt_str(col, doc, rec, "evidence", where),
            _opt_str(col, doc, rec, "inferred", where),
            _opt_str(col, doc, rec, "inferred_fr", where),
        )
        if relay.inferred_fr and not relay.inferred:
            col.add(
                doc,
                doc.line(*where, "inferred_fr"),
                f"relay of '{relay.report}': 'inferred_fr' translates 'inferred', which is missing",
            )
            continue
        if bool(relay.evidence) == bool(relay.inferred):
            col.add(
                doc, doc.line(*where),
                f"relay of '{relay.report}' needs either 'evidence' (the article's words naming it) or 'inferred' (why "
                "the curator traces claims there when the article does not name it)",
            )  # fmt: skip
            continue
        if relay.evidence and not said(relay.evidence):
            col.add(doc, doc.line(*where, "evidence"), f"relay evidence is not in the article: {relay.evidence!r}")
            continue
        if any(r.report == relay.report for r in relays):
            col.add(doc, doc.line(*where, "report"), f"'{relay.report}' is relayed twice")
            continue
        relays.append(relay)
    if len(col.problems) != before:
        return None
    return {
        "outlet": outlet,
        "outlet_evidence": evidence,
        "outlet_inferred": inferred,
        "relays": tuple(relays),
        "name": _opt_str(col, doc, meta, "name", ()),
        "name_fr": _opt_str(col, doc, meta, "name_fr", ()),
    }


def _check_relays(col: _Collector, sources: dict[str, Source], entities: dict[str, Entity], docs: dict[str, _Document]) -> None:
    """Every relayed report is an article of the base or a publication; no article relays itself, even through others."""
    outlets = {e.id for e in entities.values() if e.type == "publication"}
    for source in sources.values():
        doc = docs[source.id]
        for i, relay in enumerate(source.relays):
            if relay.report == source.id:
                col.add(doc, doc.line("relays", i, "report"), f"'{source.id}' relays itself")
            elif relay.report not in sources and relay.report not in outlets:
                unloaded = col.unloaded["source"] | col.unloaded["entity"]
                if relay.report in unloaded or "entity" in col.unloaded_kinds:
                    continue  # its own problem is reported already
                known = ", ".join(sorted(set(sources) | outlets))
                col.add(
                    doc, doc.line("relays", i, "report"),
                    f"relay of an unknown report '{relay.report}' (an article id or a publication entity id: {known})",
                )  # fmt: skip
    # A relay loop: following relays between articles comes back to where it started.
    reported: set[tuple[str, ...]] = set()
    for start in sources:
        path = [start]
        stack = [(start, iter(r.report for r in sources[start].relays if r.report in sources and r.report != start))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                continue
            if child in path:
                loop = tuple(path[path.index(child) :])
                key = tuple(sorted(loop))
                if key not in reported:
                    reported.add(key)
                    doc = docs[node]
                    index = next(i for i, r in enumerate(sources[node].relays) if r.report == child)
                    chain = " -> ".join([*loop, child])
                    col.add(doc, doc.line("relays", index, "report"), f"relay loop: {chain}")
                continue
            path.append(child)
            stack.append((child, iter(r.report for r in sources[child].relays if r.report in sources and r.report != child)))


def reporting_text(source: Source) -> str:
    """The article with its non-reporting lines blanked out, normalised as quotes are compared."""
    excluded = {normalise_quote(p) for p in source.non_reporting}
    kept = ["" if normalise_quote(line) in excluded else line for line in source.text.splitlines()]
    return normalise_quote("\n".join(kept), keep_lines=True)


def _load_topics(col: _Collector, root: Path) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    path = root / "topics.yaml"
    col.unloaded_kinds.add("topic")  # until the file has been read
    if not col.exists(path):
        col.add(col.rel(path), None, "missing topics.yaml")
        return topics
    doc = col.read_yaml(path)
    if doc is None:
        return topics
    records = _records(col, doc, "topics")
    if records:
        col.unloaded_kinds.discard("topic")
    for i, rec in records:
        if not _check_keys(col, doc, rec, TOPIC_KEYS, f"topic #{i + 1}", ("topics", i), None):
            col.unloaded["topic"].add(str(rec.get("id")))
            continue
        topic_id = str(rec["id"])
        if not ID_PATTERN.match(topic_id):
            col.add(doc, doc.line("topics", i, "id"), f"topic id '{topic_id}' must be lower-case words joined by '-'")
        elif topic_id in topics:
            col.add(doc, doc.line("topics", i, "id"), f"duplicate topic id '{topic_id}'")
        else:
            topics[topic_id] = Topic(
                topic_id,
                str(rec["name"]).strip(),
                str(rec["description"]).strip(),
                _opt_str(col, doc, rec, "name_fr", ("topics", i)),
                _opt_str(col, doc, rec, "description_fr", ("topics", i)),
            )
    return topics


def _load_entities(col: _Collector, root: Path) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    path = root / "entities.yaml"
    col.unloaded_kinds.add("entity")  # until the file has been read
    if not col.exists(path):
        col.add(col.rel(path), None, "missing entities.yaml")
        return entities
    doc = col.read_yaml(path)
    if doc is None:
        return entities
    records = _records(col, doc, "entities")
    if records:
        col.unloaded_kinds.discard("entity")
    for i, rec in records:
        where = ("entities", i)
        if str(rec.get("id")) not in entities:
            col.unloaded["entity"].add(str(rec.get("id")))  # until it has loaded
        if not _check_keys(col, doc, rec, ENTITY_KEYS, f"entity #{i + 1}", where, None):
            continue
        entity_id = str(rec["id"])
        if not ID_PATTERN.match(entity_id):
            col.add(doc, doc.line(*where, "id"), f"entity id '{entity_id}' must be lower-case words joined by '-'")
            continue
        if entity_id in entities:
            col.add(doc, doc.line(*where, "id"), f"duplicate entity id '{entity_id}'")
            continue
        if rec["type"] not in ENTITY_TYPES:
            col.add(doc, doc.line(*where, "type"), f"entity '{entity_id}': type must be one of {', '.join(ENTITY_TYPES)}")
            continue
        col.unloaded["entity"].discard(entity_id)
        entities[entity_id] = Entity(
            id=entity_id,
            name=str(rec["name"]).strip(),
            type=rec["type"],
            description=str(rec["description"]).strip(),
            aliases=_str_list(col, doc, rec.get("aliases"), "aliases", (*where, "aliases"), None),
            description_fr=_opt_str(col, doc, rec, "description_fr", where),
            described_as=_str_list(col, doc, rec.get("described_as"), "described_as", (*where, "described_as"), None),
        )
    _check_descriptions(col, doc, records, entities)
    return entities


def _check_descriptions(col: _Collector, doc: _Document, records: list[tuple[int, dict]], entities: dict[str, Entity]) -> None:
    """A description (`described_as`) must say something once stop words go, and must not be a name: the entity's own
    belongs in its aliases, another's would make a question naming that one about this one."""
    named: dict[frozenset[str], str] = {}
    for entity in entities.values():
        for name in (entity.name, *entity.aliases):
            named.setdefault(frozenset(search_tokens(name)), entity.id)
    positions = {str(rec.get("id")): i for i, rec in records}
    for entity in entities.values():
        seen: set[frozenset[str]] = set()
        for j, phrase in enumerate(entity.described_as):
            tokens = frozenset(search_tokens(phrase))
            if not tokens:
                problem = "has only stop words"
            elif tokens in named:
                problem = "is " + ("its own name" if named[tokens] == entity.id else f"a name of '{named[tokens]}'")
            elif tokens in seen:
                problem = "repeats another of its descriptions"
            else:
                seen.add(tokens)
                continue
            line = doc.line("entities", positions[entity.id], "described_as", j)
            col.add(doc, line, f"entity '{entity.id}': description '{phrase}' {problem}")


class _QuoteChecks:
    """Every citation's quote, checked against its article once all facts are read.

    Each article is normalised once and all its quotes are found in one pass (bot.core.quotes), so the
    check costs about the articles' length plus the quotes', however many facts cite one article. A
    quote's problem is put back in the list where checking it inline would have put it.
    """

    def __init__(self, col: _Collector, sources: dict[str, Source]) -> None:
        self.col, self.sources = col, sources
        # Each citation waiting to be checked is a number into flat arrays, with its quote (the citation's own
        # string) in its article's list: no object per citation while the facts are read (at 100,000 facts a
        # tuple, a list and a path per citation, freed at the end, left 40 MiB of holes between the facts).
        self.quotes: dict[str, list[str]] = {}  # source id -> the quotes citing it, as cited
        self.numbers: dict[str, array] = {}  # source id -> the number of each of those citations
        self._slot = array("q")  # where its problem goes in the list (the problems found before it)
        self._file = array("I")  # its file, a number into _files
        self._fact = array("I")  # its fact's position in the file, and its own in the fact
        self._citation = array("I")
        self._fact_ids: list[str] = []
        self._files: list[str] = []
        self._file_numbers: dict[str, int] = {}

    def add(self, source_id: str, quote: str, doc: _Document, fact_index: int, citation_index: int, fact_id: str) -> None:
        """Check later that `quote` is in the article: the citation at facts[fact_index].citations[citation_index]."""
        file = self._file_numbers.get(doc.rel)
        if file is None:
            file = self._file_numbers[doc.rel] = len(self._files)
            self._files.append(doc.rel)
        number = len(self._slot)
        self._slot.append(len(self.col.problems))
        self._file.append(file)
        self._fact.append(fact_index)
        self._citation.append(citation_index)
        self._fact_ids.append(fact_id)
        quotes = self.quotes.get(source_id)
        if quotes is None:
            quotes = self.quotes[source_id] = []
            self.numbers[source_id] = array("I")
        quotes.append(quote)
        self.numbers[source_id].append(number)

    def run(self) -> None:
        """Check every pending quote; file a problem (in its place) for each that is not in its article."""
        late: list[tuple[int, int, str]] = []  # (citation number, its quote's problem)
        for source_id, quotes in self.quotes.items():
            source = self.sources[source_id]
            # Each distinct normalised quote, in the order first cited (most need no normalising: no second copy).
            needles: dict[str, None] = {}
            for quote in quotes:
                needle = normalise_quote(quote)
                needles[quote if needle == quote else needle] = None
            found = find_all(reporting_text(source), needles, first_only=True)
            missing = [needle for needle, positions in found.items() if not positions]
            if not missing:
                continue
            # Only for quotes that failed: are they in the parts of the file that are not reporting?
            elsewhere = find_all(normalise_quote(source.text, keep_lines=True), missing, first_only=True)
            citing: dict[str, list[tuple[int, str]]] = {needle: [] for needle in missing}
            for quote, number in zip(quotes, self.numbers[source_id], strict=True):
                if (sites := citing.get(normalise_quote(quote))) is not None:
                    sites.append((number, quote))
            for needle in missing:
                for number, quote in citing[needle]:
                    if elsewhere[needle]:
                        problem = f"quote is in a non-reporting part of '{source_id}' (sign-up, tip jar, share button): {quote!r}"
                    else:
                        problem = f"quote not found verbatim in '{source_id}': {quote!r}"
                    late.append((self._slot[number], number, problem))
        self.quotes.clear()
        self.numbers.clear()
        if late:
            # Lines only now, and file by file: each file with a missing quote is read again once.
            lines: dict[int, int | None] = {}
            for number in sorted((number for _, number, _ in late), key=lambda n: self._file[n]):
                keys = ("facts", self._fact[number], "citations", self._citation[number], "quote")
                lines[number] = self.col.line_in(self._files[self._file[number]], keys)
            late.sort(key=lambda row: row[0])  # stable: equal slots keep the order they were checked in
            merged: list[Problem] = []
            at = 0
            for slot, number, problem in late:
                merged.extend(self.col.problems[at:slot])
                at = max(at, slot)
                label = f"citation #{self._citation[number] + 1}"
                rel = self._files[self._file[number]]
                merged.append(Problem(rel, lines[number], f"{label}: {problem}", self._fact_ids[number]))
            merged.extend(self.col.problems[at:])
            self.col.problems[:] = merged


def _parse_citation(
    col: _Collector, doc: _Document, rec: Any, where: tuple, fact_id: str, sources: dict[str, Source], quotes: _QuoteChecks
) -> Citation | None:
    label = col.shared(f"citation #{where[-1] + 1}")
    if not isinstance(rec, dict):
        col.add(doc, doc.line(*where), f"{label} must be a mapping with source, quote and attribution", fact_id)
        return None
    if not _check_keys(col, doc, rec, CITATION_KEYS, label, where, fact_id):
        return None
    source_id, quote, attribution = str(rec["source"]), rec["quote"], rec["attribution"]
    ok = True
    if source_id not in sources:
        if col.unverifiable("source", source_id):
            return None
        col.add(doc, doc.line(*where, "source"), f"{label}: unknown source '{source_id}'", fact_id)
        ok = False
    if not isinstance(quote, str):
        col.add(doc, doc.line(*where, "quote"), f"{label}: quote must be a string", fact_id)
        return None
    quote = quote.strip()
    if not MIN_QUOTE_CHARS <= len(quote) <= MAX_QUOTE_CHARS:
        col.add(
            doc, doc.line(*where, "quote"),
            f"{label}: quote is {len(quote)} characters; quote a sentence or clause of "
            f"{MIN_QUOTE_CHARS}-{MAX_QUOTE_CHARS} characters, not a whole paragraph",
            fact_id,
        )  # fmt: skip
        ok = False
    if ok:
        quotes.add(source_id, quote, doc, where[1], where[3], fact_id)  # where: ("facts", i, "citations", j)
    if attribution not in ATTRIBUTIONS:
        col.add(
            doc,
            doc.line(*where, "attribution"),
            f"{label}: attribution must be one of {', '.join(ATTRIBUTIONS)}, not {attribution!r}",
            fact_id,
        )
        ok = False
    who = _opt_str(col, doc, rec, "who", where, fact_id)
    if attribution in ("person", "company", "document") and not who:
        col.add(
            doc, doc.line(*where), f"{label}: attribution '{attribution}' needs 'who' (the person, company or document)", fact_id
        )
        ok = False
    position = _opt_str(col, doc, rec, "position", where, fact_id)
    position_fr = _opt_str(col, doc, rec, "position_fr", where, fact_id)
    if position_fr and not position:
        col.add(doc, doc.line(*where, "position_fr"), f"{label}: 'position_fr' translates 'position', which is missing", fact_id)
        ok = False
    origin = _opt_str(col, doc, rec, "origin", where, fact_id)
    if origin and source_id in sources and sources[source_id].relay(origin) is None:
        relayed = ", ".join(r.report for r in sources[source_id].relays) or "none"
        col.add(
            doc, doc.line(*where, "origin"),
            f"{label}: origin '{origin}' is not a report that '{source_id}' relays (its relays: {relayed})", fact_id,
        )  # fmt: skip
        ok = False
    channel = _opt_str(col, doc, rec, "channel", where, fact_id)
    if channel is not None and (channel not in CHANNELS or attribution in ("outlet", "document")):
        col.add(
            doc, doc.line(*where, "channel"),
            f"{label}: channel must be one of {', '.join(CHANNELS)}, for a person, anonymous source or company, not {channel!r}",
            fact_id,
        )  # fmt: skip
        ok = False
    if not ok:
        return None
    shared = col.shared
    who_fr = _opt_str(col, doc, rec, "who_fr", where, fact_id)
    return Citation(
        source_id=sources[source_id].id, quote=shared(quote), attribution=shared(attribution), who=who and shared(who), position=position,
        origin=origin and shared(origin), channel=channel and shared(channel), who_fr=who_fr and shared(who_fr),
        position_fr=position_fr,
    )  # fmt: skip


def _load_facts(
    col: _Collector, root: Path, sources: dict[str, Source], entities: dict[str, Entity], topics: dict[str, Topic]
) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    first_seen: dict[str, tuple[str, int]] = {}  # fact id -> file and position where it was first defined
    for table in (sources, entities, topics):
        for known in table:
            col.shared(known)  # a fact's reference to it is then the very string of its id
    folder = root / "facts"
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not files:
        col.add(col.rel(folder), None, "no fact files (facts/*.yaml) found")
        return facts
    quotes = _QuoteChecks(col, sources)
    for path in files:
        doc = col.read_yaml(path)
        if doc is None:
            continue
        for i, rec in _records(col, doc, "facts"):
            where = ("facts", i)
            fact_id = str(rec.get("id")) if rec.get("id") is not None else None
            label = fact_id or f"#{i + 1}"
            if not _check_keys(col, doc, rec, FACT_KEYS, "fact", where, fact_id):
                continue
            if not ID_PATTERN.match(fact_id):
                col.add(doc, doc.line(*where, "id"), "id must be lower-case words joined by '-' (e.g. hiring-scale)", label)
                continue
            if fact_id in first_seen:
                first_rel, first_index = first_seen[fact_id]
                first_line = (
                    doc.line("facts", first_index, "id")
                    if first_rel == doc.rel
                    else col.line_in(first_rel, ("facts", first_index, "id"))
                )
                first = f"{first_rel}:{first_line}"
                col.add(doc, doc.line(*where, "id"), f"duplicate fact id (first defined in {first})", fact_id)
                continue
            first_seen[fact_id] = (doc.rel, i)
            fact = _parse_fact(col, doc, rec, where, fact_id, sources, entities, topics, quotes)
            if fact is not None:
                facts[fact_id] = fact
    quotes.run()
    return facts


def _parse_fact(
    col: _Collector,
    doc: _Document,
    rec: dict,
    where: tuple,
    fact_id: str,
    sources: dict[str, Source],
    entities: dict[str, Entity],
    topics: dict[str, Topic],
    quotes: _QuoteChecks,
) -> Fact | None:
    before = len(col.problems)
    statement = rec["statement"]
    if not isinstance(statement, str):
        col.add(doc, doc.line(*where, "statement"), "statement must be a string", fact_id)
    questions = _str_list(col, doc, rec["questions"], "questions", (*where, "questions"), fact_id)
    questions_fr = _str_list(col, doc, rec.get("questions_fr"), "questions_fr", (*where, "questions_fr"), fact_id)
    if len(questions) < MIN_QUESTIONS:
        col.add(doc, doc.line(*where, "questions"), f"needs at least {MIN_QUESTIONS} questions, has {len(questions)}", fact_id)
    if len({q.casefold() for q in questions}) != len(questions):
        col.add(doc, doc.line(*where, "questions"), "questions repeat one another", fact_id)
    shared = col.shared
    keywords = tuple(map(shared, _str_list(col, doc, rec.get("keywords"), "keywords", (*where, "keywords"), fact_id)))
    fact_topics = tuple(map(shared, _str_list(col, doc, rec["topics"], "topics", (*where, "topics"), fact_id)))
    for j, topic in enumerate(fact_topics):
        if topic not in topics and not col.unverifiable("topic", topic):
            col.add(doc, doc.line(*where, "topics", j), f"unknown topic '{topic}' (add it to topics.yaml)", fact_id)
    fact_entities = tuple(map(shared, _str_list(col, doc, rec["entities"], "entities", (*where, "entities"), fact_id)))
    for j, entity in enumerate(fact_entities):
        if entity not in entities and not col.unverifiable("entity", entity):
            col.add(doc, doc.line(*where, "entities", j), f"unknown entity '{entity}' (add it to entities.yaml)", fact_id)
    raw_citations = rec["citations"]
    citations: list[Citation] = []
    if not isinstance(raw_citations, list):
        col.add(doc, doc.line(*where, "citations"), "citations must be a list", fact_id)
    else:
        for j, raw in enumerate(raw_citations):
            citation = _parse_citation(col, doc, raw, (*where, "citations", j), fact_id, sources, quotes)
            if citation is not None:
                citations.append(citation)
    if any(sources[c.source_id].language == "fr" for c in citations) and not questions_fr:
        col.add(doc, doc.line(*where), "cites a French article, so it needs 'questions_fr' (French phrasings)", fact_id)
    kind = rec.get("kind", "claim")
    kind = shared(kind) if isinstance(kind, str) else kind
    if kind not in FACT_KINDS:
        col.add(doc, doc.line(*where, "kind"), f"kind must be one of {', '.join(FACT_KINDS)}, not {kind!r}", fact_id)
    subject = _opt_str(col, doc, rec, "subject", where, fact_id)
    subject_fr = _opt_str(col, doc, rec, "subject_fr", where, fact_id)
    if subject_fr and not subject:
        col.add(doc, doc.line(*where, "subject_fr"), "'subject_fr' translates 'subject', which is missing", fact_id)
    if kind == "discrepancy" and (subject_fr or any(c.position_fr for c in citations)):
        # A French page shows the French subject and every side's French position, or (none given) neither: never
        # one side in French beside another in English.
        missing = ([] if subject_fr else ["'subject_fr'"]) + [
            f"'position_fr' of citation {j + 1}" for j, c in enumerate(citations) if c.position and not c.position_fr
        ]
        if missing:
            col.add(
                doc, doc.line(*where), f"a discrepancy in French needs all of its French: missing {', '.join(missing)}", fact_id
            )
    if kind == "discrepancy":
        if not subject:
            col.add(doc, doc.line(*where), "a discrepancy needs 'subject' (what the articles differ on)", fact_id)
        if len(citations) < 2:
            col.add(doc, doc.line(*where, "citations"), "a discrepancy must cite each side (two citations or more)", fact_id)
        if any(not c.position for c in citations):
            col.add(
                doc,
                doc.line(*where, "citations"),
                "each citation of a discrepancy needs 'position' (what that side says)",
                fact_id,
            )
    when = _parse_when(col, doc, rec.get("when"), (*where, "when"), fact_id, citations)
    answers = _parse_answers(col, doc, rec.get("answers"), (*where, "answers"), fact_id, entities, kind, when)
    sides = _parse_sides(col, doc, rec.get("sides"), (*where, "sides"), fact_id, kind, len(citations))
    if len(col.problems) != before:
        return None
    return Fact(
        id=fact_id,
        statement=statement.strip(),
        questions=questions,
        citations=tuple(citations),
        topics=shared(fact_topics),
        entities=shared(fact_entities),
        path=doc.rel,
        statement_fr=_opt_str(col, doc, rec, "statement_fr", where, fact_id),
        questions_fr=questions_fr,
        keywords=keywords,
        when=when,
        kind=kind,
        subject=subject,
        answers=answers,
        subject_fr=subject_fr,
        sides=sides,
    )


SIDES_KEYS = {"says": True, "about": False}


def _parse_sides(
    col: _Collector, doc: _Document, raw: Any, where: tuple, fact_id: str, kind: str, n_citations: int
) -> DisputeSides | None:
    """A discrepancy's `sides:` block: `says`, a list of two or more sides, each a list of the phrases by which a claim
    takes it (at most one side per citation, no phrase on two sides), and `about`, the phrases that put a claim on the point."""
    if raw is None:
        return None
    if kind != "discrepancy":
        col.add(doc, doc.line(*where), "'sides' is for discrepancies only (what tells their sides apart)", fact_id)
        return None
    if not isinstance(raw, dict):
        col.add(doc, doc.line(*where), "sides must be a mapping with 'says' (a list of sides) and optionally 'about'", fact_id)
        return None
    unknown = [k for k in raw if k not in SIDES_KEYS]
    if unknown:
        hint = " (a bare 'on' reads as true in YAML: the key is 'about')" if unknown[0] is True else ""
        col.add(doc, doc.line(*where, unknown[0]), f"sides: unknown key '{unknown[0]}'{hint}; known keys: says, about", fact_id)
        return None
    says = raw.get("says")
    if not isinstance(says, list) or len(says) < 2:
        col.add(doc, doc.line(*where, "says") or doc.line(*where), "sides.says must list two sides or more", fact_id)
        return None
    if len(says) > n_citations:
        col.add(doc, doc.line(*where, "says"), f"sides.says lists {len(says)} sides for {n_citations} citations", fact_id)
        return None
    before = len(col.problems)
    sides = tuple(_str_list(col, doc, side, f"sides.says[{i + 1}]", (*where, "says", i), fact_id) for i, side in enumerate(says))
    seen: dict[str, int] = {}
    for i, side in enumerate(sides):
        if not side and len(col.problems) == before:
            col.add(doc, doc.line(*where, "says", i), f"sides.says[{i + 1}] is empty: a side needs a phrase", fact_id)
        for phrase in side:
            folded = phrase.casefold()
            if folded in seen and seen[folded] != i:
                col.add(doc, doc.line(*where, "says", i), f"sides: '{phrase}' is on two sides", fact_id)
            seen[folded] = i
    about = _str_list(col, doc, raw.get("about"), "sides.about", (*where, "about"), fact_id)
    if len(col.problems) != before:
        return None
    return DisputeSides(says=sides, about=about)


#: Each kind of answer: its fields, each with its type and whether it is required.
ANSWER_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "count": {
        "value": ("number", True), "of": ("text", True), "approx": ("bool", False), "over": ("bool", False),
        "excludes": ("text", False),
    },
    "money": {
        "amount": ("number", True), "of": ("text", True), "currency": ("currency", False), "per": ("per", False),
        "approx": ("bool", False), "over": ("bool", False),
    },
    "percent": {"value": ("percent", True), "of": ("text", True), "approx": ("bool", False)},
    "date": {"of": ("text", True)},
    "place": {"where": ("places", True), "entity": ("entity", False), "of": ("text", False), "examples": ("bool", False)},
    "cause": {"explains": ("text", True)},
    "role": {"entity": ("entity", True), "role": ("text", True), "at": ("entity", False)},
    "actor": {"who": ("entities", True), "did": ("action", True), "whom": ("entities", False), "object": ("text", False)},
    "quote": {"speaker": ("entity", True), "about": ("entity", False)},
    "definition": {"term": ("text", True)},
    "before": {"entity": ("entity", True)},
}  # fmt: skip
ANSWER_TYPES = {
    "count": CountAnswer, "money": MoneyAnswer, "percent": PercentAnswer, "date": DateAnswer, "place": PlaceAnswer,
    "cause": CauseAnswer, "role": RoleAnswer, "actor": ActorAnswer, "quote": QuoteAnswer, "definition": DefinitionAnswer,
    "before": BeforeAnswer,
}  # fmt: skip
ANSWER_PERIODS = ("hour", "day", "week", "month", "year")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _parse_answers(
    col: _Collector,
    doc: _Document,
    raw: Any,
    where: tuple,
    fact_id: str,
    entities: dict[str, Entity],
    kind: str,
    when: When | None,
) -> FactAnswers:
    """The `answers:` block: a mapping of answer kinds, each one mapping or a list of them, every value checked."""
    if raw is None:
        return NO_ANSWERS
    if not isinstance(raw, dict):
        col.add(doc, doc.line(*where), "answers must be a mapping of answer kinds (count, money, place, ...) ", fact_id)
        return NO_ANSWERS
    parsed: dict[str, tuple] = {}
    for answer_kind, value in raw.items():
        if answer_kind not in ANSWER_FIELDS:
            hint = _closest(str(answer_kind), dict.fromkeys(ANSWER_KINDS, False))
            col.add(
                doc, doc.line(*where, answer_kind),
                f"answers: unknown kind '{answer_kind}'{hint}; known kinds: {', '.join(ANSWER_KINDS)}", fact_id,
            )  # fmt: skip
            continue
        items = value if isinstance(value, list) else [value]
        paths = [(*where, answer_kind, i) for i in range(len(items))] if isinstance(value, list) else [(*where, answer_kind)]
        if not items:
            col.add(doc, doc.line(*where, answer_kind), f"answers.{answer_kind} is an empty list", fact_id)
            continue
        values = []
        for item, path in zip(items, paths, strict=True):
            answer = _parse_answer(col, doc, answer_kind, item, path, fact_id, entities)
            if answer is not None:
                values.append(answer)
        parsed[answer_kind] = tuple(values)
    if parsed.get("date") and when is None and kind != "discrepancy":
        col.add(doc, doc.line(*where, "date"), "answers.date needs the fact's 'when' (which holds the date)", fact_id)
    return FactAnswers(**parsed) if parsed else NO_ANSWERS


def _parse_answer(
    col: _Collector, doc: _Document, answer_kind: str, item: Any, path: tuple, fact_id: str, entities: dict[str, Entity]
) -> Any:
    fields = ANSWER_FIELDS[answer_kind]
    label = f"answers.{answer_kind}"
    if not isinstance(item, dict):
        col.add(doc, doc.line(*path), f"{label} must be a mapping with {', '.join(fields)}", fact_id)
        return None
    if not _check_keys(col, doc, item, {k: req for k, (_, req) in fields.items()}, label, path, fact_id):
        return None
    values: dict[str, Any] = {}
    ok = True
    for name, value in item.items():
        field_type = fields[name][0]
        problem, converted = _answer_value(col, field_type, value, entities)
        if problem:
            col.add(doc, doc.line(*path, name), f"{label}.{name} {problem}", fact_id)
            ok = False
        else:
            values[name] = converted
    return ANSWER_TYPES[answer_kind](**values) if ok else None


def _answer_value(col: _Collector, field_type: str, value: Any, entities: dict[str, Entity]) -> tuple[str | None, Any]:
    """(problem, converted value) for one field of an answer."""
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if field_type == "number":
        return (None, value) if is_number and value >= 0 else ("must be a number (0 or more), not " + repr(value), None)
    if field_type == "percent":
        return (None, value) if is_number and 0 <= value <= 100 else ("must be a number from 0 to 100, not " + repr(value), None)
    if field_type == "bool":
        return (None, value) if isinstance(value, bool) else ("must be true or false, not " + repr(value), None)
    if field_type == "text":
        return (None, value.strip()) if isinstance(value, str) and value.strip() else ("must be a non-empty string", None)
    if field_type == "currency":
        ok = isinstance(value, str) and _CURRENCY.match(value)
        return (None, value) if ok else (f"must be a three-letter currency code such as USD, not {value!r}", None)
    if field_type == "per":
        ok = value in ANSWER_PERIODS
        return (None, value) if ok else (f"must be one of {', '.join(ANSWER_PERIODS)}, not {value!r}", None)
    if field_type == "action":
        ok = value in ACTIONS
        return (None, value) if ok else (f"must be one of {', '.join(ACTIONS)}, not {value!r}", None)
    ids = value if isinstance(value, list) and field_type in ("entities", "places") else [value]
    if not ids or not all(isinstance(v, str) and v for v in ids):
        return ("must be an entity id" + (" or a list of them" if field_type != "entity" else ""), None)
    # An entity whose own problem was already reported is not reported again here (only counted).
    unknown = [v for v in ids if v not in entities and not col.unverifiable("entity", v)]
    if unknown:
        return (f"names unknown entity {', '.join(repr(u) for u in unknown)} (add it to entities.yaml)", None)
    if field_type == "places":
        not_places = [v for v in ids if v in entities and entities[v].type != "place"]
        if not_places:
            return (f"must name places, but {', '.join(repr(v) for v in not_places)} is not a place entity", None)
    return (None, ids[0]) if field_type == "entity" else (None, tuple(ids))


def _parse_when(
    col: _Collector, doc: _Document, raw: Any, where: tuple, fact_id: str, citations: list[Citation] | tuple[Citation, ...] = ()
) -> When | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        col.add(doc, doc.line(*where), f"when must be a mapping: {WHEN_FORMAT}", fact_id)
        return None
    if "sortable" in raw:
        col.add(doc, doc.line(*where, "sortable"), f"when.sortable is now 'date': {WHEN_FORMAT}", fact_id)
        return None
    if not _check_keys(col, doc, raw, WHEN_KEYS, "when", where, fact_id):
        return None
    text, text_fr = raw["text"], raw["text_fr"]
    if not isinstance(text, str) or not isinstance(text_fr, str):
        col.add(doc, doc.line(*where), "when.text and when.text_fr must be strings", fact_id)
        return None
    date = raw.get("date")
    if date is not None:
        # YAML reads a bare 2021 as an int and 2021-08-05 as a date; a curator means the same text.
        if isinstance(date, datetime.date):
            date = date.isoformat()
        date = str(date).strip() if isinstance(date, (str, int)) and not isinstance(date, bool) else None
        problem = date_problem(date) if date is not None else "must be a string"
        if problem is None:
            years = set(re.findall(r"\d{4}", date))
            said = " ".join([text, text_fr, *(c.quote for c in citations)])
            decade = re.fullmatch(r"(\d{3})0/(\d{3})9", date)
            if decade and decade[1] == decade[2] and f"{decade[1]}0s" in said:
                years.discard(f"{decade[1]}9")  # "the 1950s" gives 1950/1959
            missing = sorted(y for y in years if y not in said)
            if missing:
                problem = f"gives the year {', '.join(missing)}, which neither the when text nor any cited quote gives"
        if problem:
            col.add(doc, doc.line(*where, "date"), f"when.date {problem} (got {raw.get('date')!r}; {WHEN_FORMAT})", fact_id)
            return None
    return col.shared(When(text=col.shared(text.strip()), text_fr=col.shared(text_fr.strip()), date=date and col.shared(date)))


def date_problem(date: str) -> str | None:
    """What is wrong with a normalised date ('YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'START/END'), or None."""
    parts = date.split("/")
    if len(parts) > 2:
        return "must be one date or one range START/END"
    for part in parts:
        if not SORTABLE_DATE.match(part):
            return "must be YYYY, YYYY-MM or YYYY-MM-DD (or a range START/END of those)"
        pieces = [int(p) for p in part.split("-")]
        if len(pieces) > 1 and not 1 <= pieces[1] <= 12:
            return f"has no month {pieces[1]:02d}"
        if len(pieces) > 2:
            try:
                datetime.date(*pieces)
            except ValueError:
                return f"is not a calendar day: {part}"
    if len(parts) == 2 and parts[1] < parts[0][: len(parts[1])]:
        return "is a range that ends before it starts"
    if len(parts) == 2 and parts[0] == parts[1]:
        return "is a range of one date: write the date alone"
    return None


def _index(pairs: Iterator[tuple[str, str]]) -> MappingProxyType:
    """key -> the distinct fact ids filed under it, in first-seen order (a dict per key, not list membership)."""
    grouped: dict[str, dict[str, None]] = {}
    for key, fact_id in pairs:
        ids = grouped.get(key)
        if ids is None:
            ids = grouped[key] = {}
        ids[fact_id] = None
    return MappingProxyType({k: tuple(v) for k, v in grouped.items()})


def load_knowledge(
    root: str | Path | None = None, *, follow_outside_links: bool = False, max_file_bytes: int = MAX_FILE_BYTES
) -> KnowledgeBase:
    """Load and validate a knowledge directory; raise KnowledgeError listing every problem.

    Files are read with bot.core.files: regular files of at most `max_file_bytes`, and (unless
    `follow_outside_links`) none that a symbolic link puts outside the directory.
    """
    # A base is millions of small objects, none in a cycle: the cyclic collector would rescan the growing
    # heap over and over while they are made (at 100,000 facts, 80 s of CPU for a load instead of 30).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with loading():  # and large blocks go back to the system when freed while it loads (memory.py)
            return _load_knowledge(root, follow_outside_links=follow_outside_links, max_file_bytes=max_file_bytes)
    finally:
        if collecting:
            gc.enable()


def _load_knowledge(root: str | Path | None, *, follow_outside_links: bool, max_file_bytes: int) -> KnowledgeBase:
    root = Path(root) if root is not None else DEFAULT_KNOWLEDGE_DIR
    root = root.resolve()
    col = _Collector(root, allow_outside=follow_outside_links, max_file_bytes=max_file_bytes)
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), None, "knowledge directory not found")])
    source_docs: dict[str, _Document] = {}
    sources = _load_sources(col, root, source_docs)
    topics = _load_topics(col, root)
    entities = _load_entities(col, root)
    _check_relays(col, sources, entities, source_docs)
    facts = _load_facts(col, root, sources, entities, topics)
    if col.unchecked:
        col.add(
            col.rel(root),
            None,
            f"{col.unchecked:,} reference{'s' if col.unchecked != 1 else ''} to sources, entities or topics that "
            "could not be loaded (see above) not checked; fix those first",
        )
    if col.problems:
        raise KnowledgeError(col.problems)
    return KnowledgeBase(
        root=str(root),
        sources=MappingProxyType(sources),
        facts=MappingProxyType(facts),
        entities=MappingProxyType(entities),
        topics=MappingProxyType(topics),
        facts_by_entity=_index((e, f.id) for f in facts.values() for e in f.entities),
        facts_by_topic=_index((t, f.id) for f in facts.values() for t in f.topics),
        facts_by_source=_index((s, f.id) for f in facts.values() for s in f.source_ids),
    )
