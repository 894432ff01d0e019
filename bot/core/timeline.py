"""The reporting's events in order: facts with a date the articles give, sorted by it; the others kept apart.

Only a normalised date (`When.date`, checked by the loader against the words of the article) places an
event on the timeline. Events the articles date only loosely ("last week", "in March" without a year) are
listed separately, as the articles word them: no date is ever invented for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.i18n import id_tag, label
from bot.core.models import Fact, KnowledgeBase, When
from bot.core.text import search_tokens

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Event:
    """One fact on the timeline: its `when`, and the articles that report it."""

    fact: Fact
    when: When

    @property
    def dated(self) -> bool:
        return self.when.date is not None


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated events in order, and the events the articles do not date."""

    subject: str | None
    dated: tuple[Event, ...]
    undated: tuple[Event, ...]

    def __bool__(self) -> bool:
        return bool(self.dated or self.undated)


def build_timeline(base: KnowledgeBase, subject: str | None = None, *, entity_id: str | None = None) -> Timeline:
    """The timeline of the whole reporting, or of what concerns a subject (an entity, a topic, or words)."""
    facts = [f for f in base.facts.values() if f.when is not None and f.kind == "claim"]
    if entity_id is not None:
        facts = [f for f in facts if entity_id in f.entities]
    elif subject and subject.strip():
        about = _about(base, facts, subject)
        if not about and _named(base, subject) is None:  # "invisble", "samma": the entity misspelt, as /timeline finds it
            misspelt = _misspelt(base, subject)
            about = [f for f in facts if misspelt in f.entities] if misspelt is not None else []
        facts = about
    dated = sorted((Event(f, f.when) for f in facts if f.when and f.when.date), key=_order)
    undated = [Event(f, f.when) for f in facts if f.when and not f.when.date]
    return Timeline(subject, tuple(dated), tuple(undated))


#: How many subjects a timeline with no dated event suggests instead.
NEAR_LIMIT = 5
#: How alike (rapidfuzz ratio, 0-100; not WRatio, whose partial match finds 'Sama' in 'Sam Altman') a subject's name must be to what was asked to count as a likely misspelling.
NAME_CUTOFF = 75
#: How alike a subject must be to an entity's name to be read as that entity misspelt (two typos in "Sam Altman").
MISSPELT_CUTOFF = 85


def subjects_with_dates(base: KnowledgeBase) -> dict[str, int]:
    """Each entity and topic id that has dated events -> how many (one pass over the facts)."""
    counts: dict[str, int] = {}
    for fact in base.facts.values():
        if fact.kind == "claim" and fact.when is not None and fact.when.date:
            for key in (*fact.entities, *(f"topic:{t}" for t in fact.topics)):
                counts[key] = counts.get(key, 0) + 1
    return counts


def near_subjects(
    base: KnowledgeBase, subject: str, language: str = "en", *, entity_id: str | None = None, limit: int = NEAR_LIMIT
) -> tuple[list[str], bool]:
    """Subjects (people, organisations, topics) that have dated events, for a subject that has none, named in the
    reader's language; and whether they are close to it. Close: for a name the base does not know, names like it (a
    misspelling); then the subjects that the facts about it share; else (nothing close) those with most dated events."""
    from rapidfuzz import fuzz, process

    counts = subjects_with_dates(base)

    def name(key: str) -> str:
        if key.startswith("topic:"):
            topic = base.topics[key.removeprefix("topic:")]
            return topic.name_fr if language == "fr" and topic.name_fr else topic.name
        return base.entities[key].name

    names = {key: name(key) for key in counts}
    named = entity_id or _named(base, subject)
    close: dict[str, None] = {}
    if named is None:  # a misspelling: of a subject with dated events (offered first), or of one without (its neighbours)
        found = process.extract(subject, names, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=NAME_CUTOFF, limit=limit)
        close.update((key, None) for _name, _score, key in found)
        named = _misspelt(base, subject)
        if named in counts:
            close = {named: None, **close}
            named = None
    # the subjects that the facts about it share, most shared first (facts with or without a date)
    if named is not None and not named.startswith("topic:"):
        about = [f for f in base.facts.values() if named in f.entities]
    else:
        about = _about(base, list(base.facts.values()), subject)
    if len(about) < len(base.facts):  # words that pick out nothing in particular pick out every fact: no neighbours
        shared: dict[str, int] = {}
        for fact in about:
            for key in (*fact.entities, *(f"topic:{t}" for t in fact.topics)):
                if key in counts:
                    shared[key] = shared.get(key, 0) + 1
        close.update((key, None) for key in sorted(shared, key=lambda k: (-shared[k], -counts[k], k)))
    chosen = [key for key in close if key != named][:limit]
    if chosen:
        return [names[key] for key in chosen], True
    busiest = sorted(counts, key=lambda k: (-counts[k], k))
    return [names[key] for key in busiest if key != named][:limit], False


def no_dated_events(
    base: KnowledgeBase, subject: str, language: str = "en", *, entity_id: str | None = None, undated: bool = False
) -> str:
    """What to say when a subject has no dated event: so, and the subjects near it that have some (`undated`: the
    articles report events about it without a date, listed after this)."""
    lang = "fr" if language == "fr" else "en"
    text = label("timeline.undated_only" if undated else "timeline.none", lang, subject=subject)
    names, close = near_subjects(base, subject, lang, entity_id=entity_id)
    if names:
        text += label("timeline.near" if close else "timeline.some", lang, names=", ".join(names))
    return text


def _order(event: Event) -> tuple[str, str, str]:
    return (event.when.sortable or "", event.when.end or "", event.fact.id)


#: Prepositions the search keeps that name no subject: "licenciements chez Invisible" is about Invisible's layoffs,
#: which no fact words with "chez".
_LINKING = frozenset(search_tokens("chez selon depuis"))


def _about(base: KnowledgeBase, facts: list[Fact], subject: str) -> list[Fact]:
    """Facts concerning a subject: a topic or entity it names, else facts whose words include all of its words."""
    named = _named(base, subject)
    if named is not None and named.startswith("topic:"):
        return [f for f in facts if named.removeprefix("topic:") in f.topics]
    if named is not None:
        return [f for f in facts if named in f.entities]
    wanted = set(search_tokens(subject)) - _LINKING
    if not wanted:
        return facts
    out = []
    for fact in facts:
        names = [n for e in fact.entities for n in (base.entities[e].name, *base.entities[e].aliases)]
        texts = [fact.statement, fact.statement_fr or "", *fact.keywords, *names, *fact.topics, *fact.questions]
        tokens = {t for text in texts for t in search_tokens(text)}
        if wanted <= tokens:
            out.append(fact)
    return out


def _named(base: KnowledgeBase, subject: str) -> str | None:
    """The topic ("topic:ID") or entity (its id) a subject names exactly, by id, name, French name or alias."""
    key = subject.strip().casefold()
    topic = next((t for t in base.topics.values() if key in (t.id, t.name.casefold(), (t.name_fr or "").casefold())), None)
    if topic is not None:
        return f"topic:{topic.id}"
    entity = next(
        (e for e in base.entities.values() if key in (e.id, e.name.casefold(), *(a.casefold() for a in e.aliases))), None
    )
    return entity.id if entity is not None else None


def _misspelt(base: KnowledgeBase, subject: str) -> str | None:
    """The entity a subject's words are a likely misspelling of ("sam altmann"), if one is that close."""
    from rapidfuzz import fuzz, process

    names = {(entity.id, n): n for entity in base.entities.values() for n in (entity.name, *entity.aliases)}
    best = process.extractOne(subject, names, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=MISSPELT_CUTOFF)
    return best[2][0] if best is not None else None


def date_label(when: When, language: str = "en") -> str:
    """A normalised date for a reader: 'August 2021', 'août 2021', '1950–1959', 'February 2022'."""
    if not when.date:
        return when.text_in(language)
    lang = "fr" if language == "fr" else "en"
    parts = [_one_date(part, lang) for part in when.date.split("/")]
    return parts[0] if len(parts) == 1 or parts[0] == parts[1] else f"{parts[0]}–{parts[1]}"


def _one_date(date: str, lang: str) -> str:
    pieces = date.split("-")
    if len(pieces) == 1:
        return pieces[0]
    month = _MONTHS[lang][int(pieces[1]) - 1]
    if len(pieces) == 2:
        return f"{month} {pieces[0]}"
    day = int(pieces[2])
    return f"{day} {month} {pieces[0]}" if lang == "fr" else f"{month} {day}, {pieces[0]}"


def event_line(event: Event, base: KnowledgeBase, language: str = "en") -> str:
    """One event as a line: its date (or the articles' words), what happened, and the articles reporting it."""
    french = language == "fr"  # French puts a space before ':' and ';'
    articles = (" ; " if french else "; ").join(base.sources[s].display_title for s in event.fact.source_ids)
    label = date_label(event.when, language)
    words = event.when.text_in(language)
    said = f" ({words})" if event.dated and words.casefold() not in label.casefold() else ""
    return f"{label}{said}{' :' if french else ':'} {event.fact.statement_in(language)} — {articles}{id_tag(event.fact.id, language, ' [{}]')}"


def render_timeline(timeline: Timeline, base: KnowledgeBase, language: str = "en") -> str:
    """The timeline as plain text, dated events first, then the undated ones."""
    lang = "fr" if language == "fr" else "en"
    colon = " :" if lang == "fr" else ":"
    if not timeline.dated:  # no bare "—": say so, and where dated events are
        lines = [no_dated_events(base, timeline.subject or "", lang, undated=bool(timeline.undated))]
    else:
        lines = [label("timeline.dated", lang) + colon]
        lines += [f"  {i}. {event_line(e, base, lang)}" for i, e in enumerate(timeline.dated, 1)]
    if timeline.undated:
        lines += ["", label("timeline.undated" if timeline.dated else "timeline.undated_alone", lang) + colon]
        lines += [f"  - {event_line(e, base, lang)}" for e in timeline.undated]
    return "\n".join(lines)


def timeline_json(timeline: Timeline, base: KnowledgeBase, language: str = "en") -> dict:
    """The timeline as JSON: each event with its normalised date (null when undated), words and articles."""

    def one(event: Event) -> dict:
        return {
            "fact_id": event.fact.id,
            "date": event.when.date,
            "when": event.when.text_in(language),
            "statement": event.fact.statement_in(language),
            "sources": [
                {"source_id": s, "title": base.sources[s].headline, "outlet": base.sources[s].outlet}
                for s in event.fact.source_ids
            ],
        }

    return {"subject": timeline.subject, "dated": [one(e) for e in timeline.dated], "undated": [one(e) for e in timeline.undated]}
