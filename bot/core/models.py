"""The fact base's vocabulary: immutable records built by the loader and read by everyone else."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Language = Literal["en", "fr"]

#: Who makes a claim that a citation carries.
ATTRIBUTIONS: tuple[str, ...] = ("outlet", "person", "anonymous", "company", "document")

#: How a speaker's words reached the outlet when they did not speak to it: a tweet, a recorded meeting, a
#: public statement. Without one, a person, anonymous source or company spoke to the outlet.
CHANNELS: tuple[str, ...] = ("tweet", "meeting", "public")

#: Kinds of fact: a plain claim, or a record of where the articles differ.
FACT_KINDS: tuple[str, ...] = ("claim", "discrepancy")

ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "product", "place", "publication")


@dataclass(frozen=True, slots=True)
class Inference:
    """Something the curator infers that the text does not state, with the reason; never shown as the text's word."""

    name: str
    reason: str
    #: `reason` in French, for a French reader.
    reason_fr: str | None = None

    def reason_in(self, language: str) -> str:
        """The reason in the asked language: French when asked and curated, else English."""
        return self.reason_fr if language == "fr" and self.reason_fr else self.reason


@dataclass(frozen=True, slots=True)
class Relay:
    """An earlier report an article relays: a source of the base, or another outlet (a publication entity).

    `evidence` is the article's own words naming it (checked verbatim); when the article relays it without
    naming it, `inferred` says why the curator traces the claims there instead.
    """

    report: str
    evidence: str | None = None
    inferred: str | None = None
    #: `inferred` in French, for a French reader.
    inferred_fr: str | None = None

    def inferred_in(self, language: str) -> str | None:
        """Why the curators trace claims to the report, in the asked language (French when curated, else English)."""
        return self.inferred_fr if language == "fr" and self.inferred_fr else self.inferred


@dataclass(frozen=True, slots=True)
class Source:
    """One article: its verbatim text and what is known about it."""

    id: str
    headline: str
    language: Language
    summary: str
    text: str
    path: str
    #: The article's own outlet, only when its text names it (`outlet_evidence` is where).
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    republished_by: str | None = None
    headline_en: str | None = None
    translated: bool = False
    #: Whole lines of the text that are not reporting (sign-ups, tip jars, share buttons).
    non_reporting: tuple[str, ...] = ()
    #: The article's words that name its outlet.
    outlet_evidence: str | None = None
    #: An outlet the curator infers when the copy names none: shown as an inference, never as a byline.
    outlet_inferred: Inference | None = None
    #: The earlier reports this article relays.
    relays: tuple[Relay, ...] = ()
    #: How statements and attribution lines name the article: the outlet, or a short name when it has none.
    name: str | None = None
    name_fr: str | None = None
    #: `summary` in French, for a French reader.
    summary_fr: str | None = None

    def summary_in(self, language: str) -> str:
        """The curators' summary in the asked language: French when asked and curated, else English."""
        return self.summary_fr if language == "fr" and self.summary_fr else self.summary

    @property
    def display_title(self) -> str:
        """The headline, with the outlet when the text names one."""
        return f"{self.headline} ({self.outlet})" if self.outlet else self.headline

    def name_in(self, language: str) -> str:
        """The article's short name: its outlet when the text names one, else its curated name, else its headline."""
        if self.outlet:
            return self.outlet
        if language == "fr" and self.name_fr:
            return self.name_fr
        return self.name or self.headline

    def relay(self, report: str) -> Relay | None:
        """This article's relay of a report, or None when it does not relay it."""
        return next((r for r in self.relays if r.report == report), None)


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
    #: When the citing article relays the claim: the earlier report it traces to (one of the source's relays).
    origin: str | None = None
    #: `who` in French, when the French reader should read it in other words.
    who_fr: str | None = None
    #: One of CHANNELS when the speaker did not speak to the outlet (a tweet, a recorded meeting, a public statement).
    channel: str | None = None
    #: `position` in French, for a French reader (the curators' translation of that side, never the article's words).
    position_fr: str | None = None

    def position_in(self, language: str) -> str | None:
        """What this side says, in the asked language; None when it has no position, or none in that language
        (a French page never shows the English position)."""
        return self.position_fr if language == "fr" else self.position


#: The kinds of question a fact can answer with a checkable value (the keys of a fact's `answers:` block).
ANSWER_KINDS: tuple[str, ...] = (
    "count",
    "money",
    "percent",
    "date",
    "place",
    "cause",
    "role",
    "actor",
    "quote",
    "definition",
    "before",
)

#: What an `actor` answer says someone did: a closed list, so a claim's verb can be checked against it.
ACTIONS: tuple[str, ...] = (
    "hire", "plan-hire", "lay-off", "end-partnership", "invest", "release", "own", "power", "report-first", "thank",
    "decline-comment", "publish", "commit", "train", "test", "work-for", "vote-union", "investigate", "stay",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CountAnswer:
    """How many: `value` of `of` ("1,000 remote contractors"); `approx` for roughly, `over` for "over"/"or more";
    `excludes`: whom the articles say the figure leaves out ("contractors", of Altman's 375), never its count."""

    value: float
    of: str
    approx: bool = False
    over: bool = False
    excludes: str | None = None


@dataclass(frozen=True, slots=True)
class MoneyAnswer:
    """How much: an amount in a currency, optionally per unit of time ("$15 per hour")."""

    amount: float
    of: str
    currency: str = "USD"
    per: str | None = None
    approx: bool = False
    over: bool = False


@dataclass(frozen=True, slots=True)
class PercentAnswer:
    """What share: `value` percent of `of`."""

    value: float
    of: str
    approx: bool = False


@dataclass(frozen=True, slots=True)
class DateAnswer:
    """When: the fact's `when` holds the date; `of` says what it dates."""

    of: str


@dataclass(frozen=True, slots=True)
class PlaceAnswer:
    """Where: place entity ids; `entity` is whose place it is, `of` what is there, when they matter.
    `examples`: the articles give the places as examples ("in regions like Latin America"), which excludes no other place."""

    where: tuple[str, ...]
    entity: str | None = None
    of: str | None = None
    examples: bool = False


@dataclass(frozen=True, slots=True)
class CauseAnswer:
    """Why: the fact gives the reason for `explains`."""

    explains: str


@dataclass(frozen=True, slots=True)
class RoleAnswer:
    """Who is X / X's job: `entity` is `role` (at the organisation `at`, when given)."""

    entity: str
    role: str
    at: str | None = None


@dataclass(frozen=True, slots=True)
class ActorAnswer:
    """Who did what to whom: `who` (entity ids) `did` (one of ACTIONS) to `whom` (entity ids) or `object` (words)."""

    who: tuple[str, ...]
    did: str
    whom: tuple[str, ...] = ()
    object: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteAnswer:
    """What did X say: the fact quotes `speaker`; `about`, when given, is whom the words are said of ("Referring to
    OpenAI, Palizban said it is about to get clarity": about OpenAI, not Invisible)."""

    speaker: str
    about: str | None = None


@dataclass(frozen=True, slots=True)
class DefinitionAnswer:
    """What is X: the fact defines `term`."""

    term: str


@dataclass(frozen=True, slots=True)
class BeforeAnswer:
    """What X did before: the fact tells `entity`'s earlier work."""

    entity: str


@dataclass(frozen=True, slots=True)
class FactAnswers:
    """The checkable answers a fact gives, by kind; every kind is a tuple, empty when the fact does not answer it."""

    count: tuple[CountAnswer, ...] = ()
    money: tuple[MoneyAnswer, ...] = ()
    percent: tuple[PercentAnswer, ...] = ()
    date: tuple[DateAnswer, ...] = ()
    place: tuple[PlaceAnswer, ...] = ()
    cause: tuple[CauseAnswer, ...] = ()
    role: tuple[RoleAnswer, ...] = ()
    actor: tuple[ActorAnswer, ...] = ()
    quote: tuple[QuoteAnswer, ...] = ()
    definition: tuple[DefinitionAnswer, ...] = ()
    before: tuple[BeforeAnswer, ...] = ()

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds this fact answers."""
        return frozenset(kind for kind in ANSWER_KINDS if getattr(self, kind))


NO_ANSWERS = FactAnswers()


@dataclass(frozen=True, slots=True)
class DisputeSides:
    """What tells a discrepancy's sides apart in a claim (the `sides:` block): the words by which a claim takes each
    side, and the words a claim must say to be on the point at all (none: any claim the discrepancy bears on)."""

    #: For each side, the phrases (English and French) a claim says when it takes that side.
    says: tuple[tuple[str, ...], ...]
    #: Phrases of which a claim must say one to be about the point ("1,000": the roughly 1,000 hires).
    about: tuple[str, ...] = ()


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
    #: The checkable answers the fact gives (the `answers:` block), by kind.
    answers: FactAnswers = NO_ANSWERS
    #: `subject` in French, for a French reader.
    subject_fr: str | None = None
    #: For discrepancy facts: the words by which a claim takes one of its sides (None: not curated).
    sides: DisputeSides | None = None

    @property
    def answer_kinds(self) -> frozenset[str]:
        """The kinds of question the fact answers with a checkable value (count, money, place, ...)."""
        return self.answers.kinds

    @property
    def wordings(self) -> tuple[str, ...]:
        """Everything the fact says in words: its statement, its French statement if it has one, and its quotes."""
        return (self.statement, *((self.statement_fr,) if self.statement_fr else ()), *(c.quote for c in self.citations))

    @property
    def source_ids(self) -> tuple[str, ...]:
        """The distinct articles that report this fact, in citation order."""
        return tuple(dict.fromkeys(c.source_id for c in self.citations))

    def statement_in(self, language: str) -> str:
        """The statement in the asked language when the fact has one, else in English."""
        if language == "fr" and self.statement_fr:
            return self.statement_fr
        return self.statement

    def subject_in(self, language: str) -> str | None:
        """A disagreement's subject in the asked language; None when it has none in that language (a French page
        never shows the English subject)."""
        return self.subject_fr if language == "fr" else self.subject


class _Phrasings:
    """A fact's questions (a tuple of strings) kept as one string, the questions joined by a separator no question
    holds, and split again when read: at 100,000 facts, a string object per question and a tuple per fact were
    about 30 MiB more than the text. Reading `fact.questions` still gives a tuple (a new one each time); a fact
    with one question holds that very string; phrasings that hold the separator are kept as they are."""

    SEPARATOR = "\x1f"  # the ASCII unit separator: nobody types it in a question
    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot  # the dataclass's own slot, which holds what is stored

    def __get__(self, fact: Any, owner: type | None = None) -> Any:
        if fact is None:
            return self
        stored = self.slot.__get__(fact, owner)
        return tuple(stored.split(self.SEPARATOR)) if type(stored) is str else stored

    def __set__(self, fact: Any, phrasings: Any) -> None:
        if type(phrasings) is tuple and phrasings and all(type(q) is str and self.SEPARATOR not in q for q in phrasings):
            self.slot.__set__(fact, phrasings[0] if len(phrasings) == 1 else self.SEPARATOR.join(phrasings))
        else:
            self.slot.__set__(fact, phrasings)


Fact.questions = _Phrasings(Fact.__dict__["questions"])  # type: ignore[assignment, misc]
Fact.questions_fr = _Phrasings(Fact.__dict__["questions_fr"])  # type: ignore[assignment, misc]


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, product, place or publication the articles name."""

    id: str
    name: str
    type: str  # one of ENTITY_TYPES
    description: str
    aliases: tuple[str, ...] = ()
    description_fr: str | None = None
    #: Short ways the articles (or readers) describe it without its name, in English or French ("the 22-year-old in
    #: Texas", "the Windows maker", "la boîte qui a viré ses formateurs"): a question using one is about it.
    described_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """A theme that groups facts for browsing."""

    id: str
    name: str
    description: str
    name_fr: str | None = None
    description_fr: str | None = None

    def description_in(self, language: str) -> str:
        """The description in the asked language: French when asked and curated, else English."""
        return self.description_fr if language == "fr" and self.description_fr else self.description


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
