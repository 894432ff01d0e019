"""Answers and browsing pages as discord.Embed: the only place embeds are built.

Every embed leaves through `fit`, which holds it to Discord's limits (title 256, description 4,096,
25 fields of 256 + 1,024, footer 2,048, 6,000 in all) by trimming at word boundaries, so the API never
rejects one. Text from the fact base is markdown-escaped; text a user typed is escaped for markdown and
mentions (`escape_user_text`). `embed_text` renders any embed back as plain text, for the local console.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import discord

from bot.chat.passages import citation_passage
from bot.core.answers import Answer
from bot.core.echo import printable
from bot.core.engine import MAX_MATCHED_CHARS
from bot.core.i18n import (
    command_name,
    display_question,
    entity_type,
    id_tag,
    label,
    language_name,
    short_statement,
    shows_ids,
    topic_display,
)
from bot.core.models import Citation, Entity, Fact, KnowledgeBase, Source, Topic
from bot.core.provenance import citation_line, origins_line, source_lines
from bot.core.render import abstention_text, pronoun_line, source_label, wrap_lines

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
EMBEDS_PER_MESSAGE = 10

ANSWER_COLOUR = discord.Colour.blurple()
DISCREPANCY_COLOUR = discord.Colour.orange()
ABSTAIN_COLOUR = discord.Colour.light_grey()
BROWSE_COLOUR = discord.Colour.teal()

#: An answer shows this many quotes; the Sources button shows them all.
MAX_ANSWER_QUOTES = 6
#: Characters of paragraph shown around a quote in the Sources view (a field holds 1,024).
PASSAGE_BUDGET = 850
BLANK = "\u200b"


# ---------------------------------------------------------------------------------------------- text helpers


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending with an ellipsis when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space >= limit * 0.8:
        cut = cut[:space]
    # Never leave half an escape sequence or a dangling separator before the ellipsis.
    return cut.rstrip(" \\,;:") + "…"


def escape_user_text(text: str, limit: int = 200) -> str:
    """What a user typed, safe to echo: one line, clipped, markdown and @everyone/@here/mentions defused."""
    one_line = clip(printable(text[: limit * 4]), limit)
    return discord.utils.escape_mentions(discord.utils.escape_markdown(one_line))


def md(text: str) -> str:
    """Fact-base text with markdown characters escaped, so an asterisk in an article stays an asterisk."""
    return discord.utils.escape_markdown(" ".join(text.split()))


def _block_quote(text: str) -> str:
    return "> " + md(text)


def question_for(fact: Fact, language: str, base: KnowledgeBase | None = None) -> str:
    """A fact's phrasing as a question, in the asked language when it has one (French with its accents)."""
    return display_question(fact, language, base)


# ---------------------------------------------------------------------------------------------- limits


def fit(embed: discord.Embed, language: str = "en") -> discord.Embed:
    """Hold an embed to every Discord limit, trimming cleanly; fields that cannot fit are counted in the footer."""
    if embed.title:
        embed.title = clip(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION_LIMIT)
    if embed.author.name:
        embed.set_author(name=clip(embed.author.name, AUTHOR_LIMIT), url=embed.author.url, icon_url=embed.author.icon_url)
    footer = clip(embed.footer.text, FOOTER_LIMIT - 40) if embed.footer.text else ""
    fields = [
        (clip(f.name or "", FIELD_NAME_LIMIT) or BLANK, clip(f.value or "", FIELD_VALUE_LIMIT) or BLANK, bool(f.inline))
        for f in embed.fields
    ]
    dropped = max(0, len(fields) - FIELD_COUNT_LIMIT)
    fields = fields[:FIELD_COUNT_LIMIT]
    while True:
        embed.clear_fields()
        for name, value, inline in fields:
            embed.add_field(name=name, value=value, inline=inline)
        note = label("more_not_shown", language, count=dropped) if dropped else ""
        text = " · ".join(t for t in (footer, note) if t)
        if text:
            embed.set_footer(text=text, icon_url=embed.footer.icon_url)
        excess = len(embed) - EMBED_TOTAL_LIMIT
        if excess <= 0:
            return embed
        if fields:
            fields.pop()
            dropped += 1
            continue
        if embed.description and len(embed.description) > excess + 1:
            embed.description = clip(embed.description, len(embed.description) - excess - 1)
            continue
        embed.description = None
        embed.title = clip(embed.title or "", max(1, TITLE_LIMIT - excess)) or None
        return embed


def within_limits(embed: discord.Embed) -> bool:
    """True when Discord would accept the embed as it is (for tests and assertions)."""
    return (
        len(embed.title or "") <= TITLE_LIMIT
        and len(embed.description or "") <= DESCRIPTION_LIMIT
        and len(embed.fields) <= FIELD_COUNT_LIMIT
        and all(0 < len(f.name or "") <= FIELD_NAME_LIMIT and 0 < len(f.value or "") <= FIELD_VALUE_LIMIT for f in embed.fields)
        and len(embed.footer.text or "") <= FOOTER_LIMIT
        and len(embed.author.name or "") <= AUTHOR_LIMIT
        and len(embed) <= EMBED_TOTAL_LIMIT
    )


class Pages(list[discord.Embed]):
    """The pages of a browsable list, with the facts each page lists (for its "open a fact" menu)."""

    def __init__(self, embeds: Sequence[discord.Embed] = (), facts: Sequence[tuple[Fact, ...]] = ()) -> None:
        super().__init__(embeds)
        self.facts: list[tuple[Fact, ...]] = list(facts) or [() for _ in embeds]


def paged(
    title: str,
    header: str,
    entries: Sequence[tuple[str, str]],
    *,
    per_page: int,
    language: str = "en",
    colour: discord.Colour = BROWSE_COLOUR,
    empty: str | None = None,
    url: str | None = None,
    facts: Sequence[Fact | None] = (),
) -> Pages:
    """Entries (field name, value) packed into pages that each fit one embed, numbered in the footer.

    `facts`, when given, is the fact each entry shows (or None): the pages remember them, so each page
    can offer a menu that opens its facts.
    """
    header = clip(header, 1500)
    budget = EMBED_TOTAL_LIMIT - len(clip(title, TITLE_LIMIT)) - len(header) - 60
    chunks: list[list[tuple[str, str, Fact | None]]] = []
    chunk: list[tuple[str, str, Fact | None]] = []
    size = 0
    for position, (name, value) in enumerate(entries):
        name, value = clip(name, FIELD_NAME_LIMIT) or BLANK, clip(value, FIELD_VALUE_LIMIT) or BLANK
        cost = len(name) + len(value)
        if chunk and (len(chunk) >= min(per_page, FIELD_COUNT_LIMIT) or size + cost > budget):
            chunks.append(chunk)
            chunk, size = [], 0
        chunk.append((name, value, facts[position] if position < len(facts) else None))
        size += cost
    if chunk or not chunks:
        chunks.append(chunk)
    pages = Pages()
    empty = label("nothing", language) if empty is None else empty
    for number, fields in enumerate(chunks, 1):
        description = header if fields else "\n\n".join(t for t in (header, empty) if t)
        embed = discord.Embed(title=title, description=description or None, colour=colour, url=url)
        for name, value, _fact in fields:
            embed.add_field(name=name, value=value, inline=False)
        if len(chunks) > 1:
            embed.set_footer(text=label("page", language, page=number, pages=len(chunks)))
        pages.append(fit(embed, language))
        pages.facts.append(tuple(dict.fromkeys(f for _n, _v, f in fields if f is not None)))
    return pages


# ---------------------------------------------------------------------------------------------- answers


def _translation_line(fact: Fact, citation: Citation, base: KnowledgeBase, language: str) -> str | None:
    """Beside a French quote shown to an English reader: the fact's English statement, marked as a translation."""
    if language != "en" or base.sources[citation.source_id].language == language:
        return None
    return label("translation", language, statement=md(clip(fact.statement, 400)))


def _citation_field(fact: Fact, index: int, base: KnowledgeBase, language: str) -> tuple[str, str]:
    citation = fact.citations[index]
    value = f"{_block_quote('“' + citation.quote + '”')}\n— {md(citation_line(citation, base, language))}"
    position = citation.position_in(language)  # None on a French page when the curators gave no French
    if position:
        value += "\n" + label("says", language, position=md(position))
    translation = _translation_line(fact, citation, base, language)
    if translation:
        value += "\n" + translation
    return "📰 " + source_label(citation.source_id, base), value


def _fact_description(fact: Fact, base: KnowledgeBase, language: str) -> str:
    lines = [f"**{md(fact.statement_in(language))}**"]
    subject = fact.subject_in(language) if fact.kind == "discrepancy" else None
    if subject:
        lines.append(label("discrepancy.subject", language, subject=md(subject)))
    if fact.when:
        lines.append(label("when", language, when=md(fact.when.text_in(language))))
    lines.append(md(origins_line(fact, base, language)))
    return "\n".join(lines)


def fact_embed(fact: Fact, base: KnowledgeBase, language: str = "en", *, title: str | None = None) -> discord.Embed:
    """One fact: its statement, each quote as a block quote under its article's headline and outlet, its reach."""
    colour = DISCREPANCY_COLOUR if fact.kind == "discrepancy" else ANSWER_COLOUR
    default_title = label("discrepancy.title" if fact.kind == "discrepancy" else "answer.title", language)
    embed = discord.Embed(title=title or default_title, description=_fact_description(fact, base, language), colour=colour)
    shown = fact.citations[:MAX_ANSWER_QUOTES]
    for index in range(len(shown)):
        name, value = _citation_field(fact, index, base, language)
        embed.add_field(name=name, value=value, inline=False)
    if len(fact.citations) > len(shown):
        more = len(fact.citations) - len(shown)
        embed.add_field(name=label("more_quotes", language), value=label("more_quotes.value", language, count=more), inline=False)
    if shows_ids(language):
        embed.set_footer(text=label("footer.fact", language, id=fact.id))
    return fit(embed, language)


def _entity_line(entity: Entity, language: str) -> str:
    description = entity.description_fr if language == "fr" and entity.description_fr else entity.description
    return label(
        "entity.line",
        language,
        name=f"**{md(entity.name)}**",
        type=entity_type(entity.type, language),
        description=md(description),
    )


def _dispute_line(fact: Fact, language: str) -> str:
    """A disagreement under an answer: its subject, and for an English reader the command that opens it (a French
    reader opens it from the Related button's menu, or /comparer, which the field's last line names)."""
    return f"• {md(short_statement(fact, language, 110))}" + id_tag(
        fact.id, language, f" (`/{command_name('fact', language)} {{}}`)"
    )


def answer_embed(answer: Answer, base: KnowledgeBase, question: str) -> discord.Embed:
    """The reply to a question: the best fact with its quotes and confidence, or a plain abstention."""
    if answer.best is None:
        return abstention_embed(answer, question, base)
    language = answer.language
    fact = answer.best.fact
    embed = fact_embed(fact, base, language, title=escape_user_text(question))
    if answer.entity is not None:
        embed.description = f"{_entity_line(answer.entity, language)}\n\n{embed.description}"
    taken = pronoun_line(answer)
    if taken:
        embed.description = f"*{taken}*\n\n{embed.description}"
    if answer.disputes:
        subjects = "\n".join(_dispute_line(d, language) for d in answer.disputes)
        if not shows_ids(language):
            subjects += "\n" + label("disputes.open", language, compare=command_name("compare", language))
        embed.add_field(name=label("disputes", language), value=subjects, inline=False)
    confidence = label("footer.confidence", language, confidence=label(f"band.{answer.band or 'likely'}", language))
    footer = confidence + id_tag(label("footer.fact", language, id=fact.id), language, " · {}")
    if answer.truncated:
        footer += " · " + label("truncated", language, count=MAX_MATCHED_CHARS)
    embed.set_footer(text=footer)
    return fit(embed, language)


def abstention_embed(answer: Answer, question: str, base: KnowledgeBase | None = None) -> discord.Embed:
    """The "articles don't say" reply, with the nearest questions offered as suggestions, never as an answer."""
    language = answer.language
    taken = pronoun_line(answer)
    lines = [*([f"*{taken}*", ""] if taken else []), abstention_text(answer)]
    if answer.namesakes:
        # who or what each one the name may mean is, rather than their intro facts' questions
        lines.append("")
        lines.extend(f"• {_entity_line(entity, language)}" for entity in answer.namesakes)
        lines.append("")
        lines.append(label("pick_below", language))
    elif answer.suggestions:
        lines.append("")
        lines.append(label("did_you_mean", language))
        lines.extend(f"• {md(display_question(m.fact, language, base))}" for m in answer.suggestions)
        lines.append("")
        lines.append(label("pick_below", language))
    else:
        lines.append("")
        lines.append(label("try_topics", language))
    embed = discord.Embed(
        title=escape_user_text(question) or label("your_question", language), description="\n".join(lines), colour=ABSTAIN_COLOUR
    )
    footer = label("abstain.footer", language)
    if answer.truncated:
        footer += " " + label("truncated", language, count=MAX_MATCHED_CHARS).capitalize() + "."
    embed.set_footer(text=footer)
    return fit(embed, language)


# ---------------------------------------------------------------------------------------------- browsing pages


def main_first(facts: Sequence[Fact]) -> list[Fact]:
    """The main facts first, then the records of where the articles differ; each group in its own order."""
    return [f for f in facts if f.kind != "discrepancy"] + [f for f in facts if f.kind == "discrepancy"]


def _fact_entry(fact: Fact, base: KnowledgeBase, language: str) -> tuple[str, str]:
    """A fact in a list: titled with its short statement, then the statement in full (when cut) and its reach."""
    title = short_statement(fact, language)
    if fact.kind == "discrepancy":
        title = "⚖️ " + title
    statement = " ".join(fact.statement_in(language).split())
    body = md(statement) if statement != short_statement(fact, language, 10_000) else ""
    reach = f"*{md(origins_line(fact, base, language))}*"
    return title, "\n".join(t for t in (body, reach) if t)


def _fact_entries(facts: Sequence[Fact], base: KnowledgeBase, language: str) -> tuple[list[tuple[str, str]], list[Fact]]:
    ordered = main_first(facts)
    return [_fact_entry(f, base, language) for f in ordered], ordered


def _md_edges(text: str) -> str:
    """Fact-base text escaped, its white space collapsed but a space at either end kept (beside bold markers)."""
    if not text:
        return ""
    body = md(text)
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{body}{trail}" if body else " "


def _passage_markup(paragraph: str, spans: list[tuple[int, int]], budget: int) -> str:
    """A paragraph with the quoted spans in bold, its context cut to about `budget` characters at word boundaries."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    first, last = merged[0][0], merged[-1][1]
    spare = max(0, budget - (last - first))
    lo, hi = 0, len(paragraph)
    if len(paragraph) - (last - first) > spare:
        keep_before = min(first, max(spare // 2, spare - (len(paragraph) - last)))
        keep_after = min(len(paragraph) - last, spare - keep_before)
        lo, hi = first - keep_before, last + keep_after
        if lo > 0:
            space = paragraph.find(" ", lo, first)
            lo = space + 1 if space >= 0 else lo
        if hi < len(paragraph):
            space = paragraph.rfind(" ", last, hi)
            hi = space if space >= 0 else hi
    parts = ["…" if lo > 0 else ""]
    cursor = lo
    for start, end in merged:
        parts.append(_md_edges(paragraph[cursor:start]))
        parts.append(f"**{md(paragraph[start:end])}**")
        cursor = end
    parts.append(_md_edges(paragraph[cursor:hi]))
    parts.append("…" if hi < len(paragraph) else "")
    return "".join(parts).strip()


def sources_pages(fact: Fact, base: KnowledgeBase, language: str = "en") -> Pages:
    """Every citation of a fact in context, grouped by article: the article named once, each paragraph once
    with every quote from it in bold, then who makes the claims."""
    entries: list[tuple[str, str]] = []
    for source_id in fact.source_ids:
        source = base.sources[source_id]
        paragraphs: dict[str, tuple[list[tuple[int, int]], list[Citation]]] = {}
        for citation in (c for c in fact.citations if c.source_id == source_id):
            passage = citation_passage(source, citation)
            spans, cited = paragraphs.setdefault(passage.before + passage.quote + passage.after, ([], []))
            spans.append((len(passage.before), len(passage.before) + len(passage.quote)))
            cited.append(citation)
        blocks = []
        for paragraph, (spans, cited) in paragraphs.items():
            lines = [_passage_markup(paragraph, spans, PASSAGE_BUDGET)]
            lines.extend("— " + claim for claim in dict.fromkeys(md(citation_line(c, base, language)) for c in cited))
            positions = (c.position_in(language) for c in cited)
            lines.extend(label("says", language, position=md(p)) for p in positions if p)
            blocks.append("\n".join(lines))
        translation = _translation_line(fact, next(c for c in fact.citations if c.source_id == source_id), base, language)
        if translation:
            blocks.append(translation)
        # As few fields as fit; the article's name heads only the first.
        name, value = "📰 " + source_label(source_id, base), ""
        for block in blocks:
            if value and len(value) + 2 + len(block) > FIELD_VALUE_LIMIT:
                entries.append((name, value))
                name, value = BLANK, ""
            value = f"{value}\n\n{block}" if value else block
        if value:
            entries.append((name, value))
    header = f"**{md(fact.statement_in(language))}**\n{md(origins_line(fact, base, language))}"
    return paged(label("sources.title", language), header, entries, per_page=4, language=language)


def related_pages(
    fact: Fact, related: Sequence[Fact], base: KnowledgeBase, language: str = "en", *, disputes: Sequence[Fact] = ()
) -> Pages:
    """Other facts on the same topics or about the same people and organisations; first, `disputes`, where the
    articles differ on the fact itself (an answer lists them, and its Related button opens them)."""
    header = label("related.header", language, statement=md(clip(fact.statement_in(language), 300)))
    ordered = [*disputes, *main_first([f for f in related if f not in disputes])]
    entries = [_fact_entry(f, base, language) for f in ordered]
    title, empty = label("related.title", language), label("related.empty", language)
    return paged(title, header, entries, per_page=6, language=language, empty=empty, facts=ordered)


def entity_pages(entity: Entity, base: KnowledgeBase, language: str = "en") -> Pages:
    """Who or what an entity is per the articles, which articles mention it, and its facts."""
    sources = base.entity_sources(entity.id)
    mentioned = label("list.separator", language).join(source_label(s, base) for s in sources) or label(
        "entity.no_article", language
    )
    aliases = "\n" + label("entity.aliases", language, aliases=md(", ".join(entity.aliases))) if entity.aliases else ""
    description = entity.description_fr if language == "fr" and entity.description_fr else entity.description
    header = label("entity.header", language, type=entity_type(entity.type, language), description=md(description))
    header += f"{aliases}\n\n" + label("entity.mentioned", language, sources=md(mentioned))
    facts = [base.facts[f] for f in base.facts_by_entity.get(entity.id, ())]
    entries, ordered = _fact_entries(facts, base, language)
    empty = label("entity.empty", language)
    return paged(entity.name, header, entries, per_page=6, language=language, empty=empty, facts=ordered)


def source_list_pages(base: KnowledgeBase, language: str = "en") -> Pages:
    """The articles: headline, outlet, language and how many facts cite each."""
    command, option = command_name("source", language), command_name("article", language)
    entries = []
    for source in base.sources.values():
        cited = len(base.facts_by_source.get(source.id, ()))
        outlet = source.outlet or label("outlet.unnamed", language)
        details = " · ".join([outlet, language_name(source.language, language), label("cited_by", language, count=cited)])
        entries.append(
            (
                source.headline,
                f"{md(details)}\n{md(clip(source.summary_in(language), 300))}"
                + id_tag(source.id, language, f"\n`/{command} {option}:{{}}`"),
            )
        )
    header = label("sources.list.header", language, count=len(base.sources))
    return paged(label("sources.list.title", language), header, entries, per_page=6, language=language)


def source_pages(source: Source, base: KnowledgeBase, language: str = "en") -> Pages:
    """One article with its metadata and the facts that cite it, the main facts first."""
    translated = " " + label("source.translated", language) if source.translated else ""
    details = [
        ("source.author", source.author),
        ("source.published", source.published),
        ("source.language", language_name(source.language, language) + translated),
        ("source.headline_en", source.headline_en),
    ]
    colon = " :" if language == "fr" else ":"
    meta = "\n".join(
        [
            *(md(line) for line in source_lines(source, base, language)),
            *(f"**{label(key, language)}{colon}** {md(value)}" for key, value in details if value),
        ]
    )
    facts = [base.facts[f] for f in base.facts_by_source.get(source.id, ())]
    header = f"{md(clip(source.summary_in(language), 900))}\n\n{meta}\n" + label("source.facts", language, count=len(facts))
    url = source.url if source.url and source.url.startswith(("https://", "http://")) else None
    entries, ordered = _fact_entries(facts, base, language)
    return paged(source.headline, header, entries, per_page=5, language=language, url=url, facts=ordered)


def topic_list_pages(base: KnowledgeBase, language: str = "en") -> Pages:
    """The topics facts are filed under, with how many facts each holds."""
    command, option = command_name("topic", language), command_name("name", language)
    entries = [
        (
            topic_display(topic, language),
            f"{md(topic.description_in(language))}\n"
            + id_tag(topic.id, language, f"`/{command} {option}:{{}}` · ")
            + label("topics.count", language, count=len(base.facts_by_topic.get(topic.id, ()))),
        )
        for topic in base.topics.values()
    ]
    return paged(label("topics.title", language), label("topics.header", language), entries, per_page=8, language=language)


def topic_pages(topic: Topic, base: KnowledgeBase, language: str = "en") -> Pages:
    """The facts of one topic, a few per page, the main facts before the disagreements."""
    facts = [base.facts[f] for f in base.facts_by_topic.get(topic.id, ())]
    entries, ordered = _fact_entries(facts, base, language)
    empty = label("topic.empty", language)
    title = topic_display(topic, language)
    return paged(title, md(topic.description_in(language)), entries, per_page=5, language=language, empty=empty, facts=ordered)


def _subject_shown(subject: str, facts: Sequence[Fact], language: str) -> str:
    """The subject a reader asked /compare about, or, when it is a disagreement's own subject (what the autocomplete
    fills in, possibly cut short), that subject in the reader's language."""
    asked = " ".join(subject.split()).casefold()
    for fact in facts:
        if fact.subject and len(asked) >= 12 and fact.subject.casefold().startswith(asked):
            return fact.subject_in(language) or subject
    return subject


def compare_pages(facts: Sequence[Fact], base: KnowledgeBase, subject: str | None, language: str = "en") -> Pages:
    """Where the articles differ: one disagreement a page, each article's verbatim quote side by side."""
    if subject:
        shown = escape_user_text(_subject_shown(subject, facts, language), 120)
        title = label("compare.title_of", language, subject=shown)
    else:
        title = label("compare.title", language)
    pages = Pages()
    for fact in facts:
        if fact.subject_in(language):
            lines = [f"**{md(short_statement(fact, language, 200))}**", md(fact.statement_in(language))]
        else:  # no subject in the reader's language: the statement alone, which gives each side
            lines = [f"**{md(fact.statement_in(language))}**"]
        embed = discord.Embed(title=title, description="\n\n".join(lines), colour=DISCREPANCY_COLOUR)
        for citation in fact.citations:
            source = base.sources[citation.source_id]
            value = _block_quote("“" + citation.quote + "”")
            position = citation.position_in(language)
            if position:
                value += "\n" + label("says", language, position=md(position))
            translation = _translation_line(fact, citation, base, language)
            if translation:
                value += "\n" + translation
            embed.add_field(name="📰 " + (source.outlet or clip(source.headline, 60)), value=value, inline=True)
        pages.append(embed)
        pages.facts.append((fact,))
    if not pages:
        pages.append(discord.Embed(title=title, description=label("compare.none", language), colour=DISCREPANCY_COLOUR))
        pages.facts.append(())
    for number, embed in enumerate(pages, 1):
        shown = pages.facts[number - 1]
        footer = label("footer.fact", language, id=shown[0].id) if shown and shows_ids(language) else ""
        if len(pages) > 1:
            footer = " · ".join(t for t in (label("page", language, page=number, pages=len(pages)), footer) if t)
        if footer:
            embed.set_footer(text=footer)
        pages[number - 1] = fit(embed, language)
    return pages


def help_embed(language: str = "en") -> discord.Embed:
    """How to ask, and the commands (named as the reader's Discord shows them)."""
    embed = discord.Embed(
        title=label("help.title", language), description=label("help.description", language), colour=BROWSE_COLOUR
    )

    def name(command: str, *options: str) -> str:
        return " ".join([f"/{command_name(command, language)}", *(command_name(o, language) for o in options)])

    commands = [
        (name("ask", "question"), "help.ask"),
        (name("who", "name"), "help.who"),
        (f"{name('sources')}, {name('source', 'article')}", "help.sources"),
        (f"{name('topics')}, {name('topic', 'name')}", "help.topics"),
        (name("compare", "subject"), "help.compare"),
        (f"{name('fact', 'id')}, {name('random')}", "help.fact"),
        (name("language", "choice"), "help.language"),
        (name("about"), "help.about"),
    ]
    value = "\n".join(f"`{c}`: {label(key, language)}" for c, key in commands)
    embed.add_field(name=label("help.commands", language), value=value, inline=False)
    return fit(embed, language)


def about_embed(base: KnowledgeBase, language: str = "en") -> discord.Embed:
    """What the bot covers and where its facts come from, counted from the fact base itself."""
    citations = sum(len(f.citations) for f in base.facts.values())
    discrepancies = sum(1 for f in base.facts.values() if f.kind == "discrepancy")
    description = label(
        "about.description",
        language,
        facts=len(base.facts),
        discrepancies=discrepancies,
        quotes=citations,
        articles=len(base.sources),
    )
    embed = discord.Embed(title=label("about.title", language), description=description, colour=BROWSE_COLOUR)
    articles = "\n".join(f"• {md(s.display_title)}" for s in base.sources.values())
    embed.add_field(name=label("about.articles", language), value=articles, inline=False)
    return fit(embed, language)


def overview_embed(text: str, language: str = "en") -> discord.Embed:
    """The articles as a whole (the reply to "what are the articles about", overview.py), one line an article: longer
    than a message's text may be, so it is sent as an embed."""
    description = "\n".join(md(line) for line in text.splitlines())
    embed = discord.Embed(title=label("overview.heading", language), description=description, colour=BROWSE_COLOUR)
    return fit(embed, language)


# ---------------------------------------------------------------------------------------------- as plain text

_EMPHASIS = re.compile(r"(?<!\\)(?:\*+|`)")
_UNESCAPE = re.compile(r"\\([\\*_~|`>#\-\[\]()])")


def plain(text: str) -> str:
    """Markdown removed for a terminal: bold, italics and code marks dropped, escapes undone."""
    return _UNESCAPE.sub(r"\1", _EMPHASIS.sub("", text)).replace("\u200b", "")


def embed_text(embed: discord.Embed, width: int = 100) -> str:
    """An embed as plain text for a terminal: title, description, fields, footer."""
    lines: list[str] = []
    if embed.title:
        lines.append(f"## {plain(embed.title)}")
    if embed.url:
        lines.append(embed.url)
    if embed.description:
        lines.append("")
        lines.extend(_wrap(plain(embed.description), width))
    for field in embed.fields:
        lines.append("")
        if plain(field.name or ""):  # a blank name continues the field above it
            lines.append(plain(field.name or ""))
        lines.extend(_wrap(plain(field.value or ""), width, indent="  "))
    if embed.footer.text:
        lines.append("")
        lines.append(f"({plain(embed.footer.text)})")
    return "\n".join(lines)


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        prefix = indent + ("> " if line.startswith("> ") else "")
        body = line[2:] if line.startswith("> ") else line
        out.extend(wrap_lines(body, width, prefix) or [prefix.rstrip()])
    return out
