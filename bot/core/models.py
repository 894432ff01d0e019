"""The fact base's vocabulary: immutable records built by the loader and read by everyone else."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Language = Literal["en", "fr"]

#: Who makes a claim that a citation carries.
ATTRIBUTIONS: tuple[str, ...] = ("outlet", "person", "anonymous", "company", "document")

#: Kinds of fact: a plain claim, or a record of where the articles differ.
FACT_KINDS: tuple[str, ...] = ("claim", "discrepancy")

ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "product", "place", "publication")


@dataclass(frozen=True, slots=True)
class Source:
    """One article: its verbatim text and what is known about it."""

    id: str
    headline: str
    language: Language
    summary: str
    text: str
    path: str
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    republished_by: str | None = None
    headline_en: str | None = None
    translated: bool = False
    #: Whole lines of the text that are not reporting (sign-ups, tip jars, share buttons).
    non_reporting: tuple[str, ...] = ()

    @property
    def display_title(self) -> str:
        """The headline, with the outlet when the text names one."""
        return f"{self.headline} ({self.outlet})" if self.outlet else self.headline


@dataclass(frozen=True, slots=True)
class When:
    """When something happened, in words in both languages, plus the date the text gives, normalised.

    `date` is 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a range 'START/END' of those, and None when the text
    gives no date ("last week" in an undated article stays undated: no date is ever invented).
    """

    text: str
    text_fr: str | None = None
    date: str | None = None

    @property
    def sortable(self) -> str | None:
        """The sort key: the date, or the start of its range; None when undated."""
        return self.date.split("/", 1)[0] if self.date else None

    @property
    def end(self) -> str | None:
        """The end of the range (the date itself when it is not a range); None when undated."""
        return self.date.rsplit("/", 1)[-1] if self.date else None

    def text_in(self, language: str) -> str:
        """The words in the asked language: French when asked and known, else English."""
        if language == "fr" and self.text_fr:
            return self.text_fr
        return self.text


@dataclass(frozen=True, slots=True)
class Citation:
    """An exact passage of one source that supports a fact, and who makes the claim."""

    source_id: str
    quote: str
    attribution: str  # one of ATTRIBUTIONS
    who: str | None = None
    #: For discrepancy facts: what this source says on the disputed point.
    position: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim of the reporting, in neutral words, with its verbatim citations."""

    id: str
    statement: str
    questions: tuple[str, ...]
    citations: tuple[Citation, ...]
    topics: tuple[str, ...]
    entities: tuple[str, ...]
    path: str
    statement_fr: str | None = None
    #: French phrasings; required when the fact cites the French article.
    questions_fr: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    when: When | None = None
    kind: str = "claim"
    #: For discrepancy facts: the point on which the sources differ.
    subject: str | None = None

    @property
    def source_ids(self) -> tuple[str, ...]:
        """The distinct articles that report this fact, in citation order."""
        return tuple(dict.fromkeys(c.source_id for c in self.citations))

    def statement_in(self, language: str) -> str:
        """The statement in the asked language when the fact has one, else in English."""
        if language == "fr" and self.statement_fr:
            return self.statement_fr
        return self.statement


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, product, place or publication the articles name."""

    id: str
    name: str
    type: str  # one of ENTITY_TYPES
    description: str
    aliases: tuple[str, ...] = ()
    description_fr: str | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    """A theme that groups facts for browsing."""

    id: str
    name: str
    description: str
    name_fr: str | None = None


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything loaded from a knowledge directory, validated and cross-referenced."""

    root: str
    sources: Mapping[str, Source]
    facts: Mapping[str, Fact]
    entities: Mapping[str, Entity]
    topics: Mapping[str, Topic]
    #: entity id -> ids of the facts that involve it, derived from the facts.
    facts_by_entity: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    #: topic id -> ids of its facts.
    facts_by_topic: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    #: source id -> ids of the facts that cite it.
    facts_by_source: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def entity_sources(self, entity_id: str) -> tuple[str, ...]:
        """The articles that report facts involving an entity."""
        seen: dict[str, None] = {}
        for fact_id in self.facts_by_entity.get(entity_id, ()):
            for source_id in self.facts[fact_id].source_ids:
                seen[source_id] = None
        return tuple(seen)
