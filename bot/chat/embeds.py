"""Answers and browsing pages as discord.Embed: the only place embeds are built.

Every embed leaves through `fit`, which holds it to Discord's limits (title 256, description 4,096,
25 fields of 256 + 1,024, footer 2,048, 6,000 in all) by trimming at word boundaries, so the API never
rejects one. Text from the fact base is markdown-escaped; text a user typed is escaped for markdown and
mentions (`escape_user_text`). `embed_text` renders any embed back as plain text, for the local console.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

import discord

from bot.chat.passages import citation_passage
from bot.core.answers import Answer
from bot.core.echo import printable
from bot.core.engine import MAX_MATCHED_CHARS
from bot.core.models import Entity, Fact, KnowledgeBase, Source, Topic
from bot.core.provenance import citation_line, origins_line, source_lines
from bot.core.render import abstention_text, source_label

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
_BLANK = "\u200b"


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


def question_for(fact: Fact, language: str) -> str:
    """A fact's first phrasing as a question, in the asked language when it has one."""
    if language == "fr" and fact.questions_fr:
        return fact.questions_fr[0]
    return fact.questions[0]


# ---------------------------------------------------------------------------------------------- limits


def fit(embed: discord.Embed) -> discord.Embed:
    """Hold an embed to every Discord limit, trimming cleanly; fields that cannot fit are counted in the footer."""
    if embed.title:
        embed.title = clip(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION_LIMIT)
    if embed.author.name:
        embed.set_author(name=clip(embed.author.name, AUTHOR_LIMIT), url=embed.author.url, icon_url=embed.author.icon_url)
    footer = clip(embed.footer.text, FOOTER_LIMIT - 40) if embed.footer.text else ""
    fields = [
        (clip(f.name or "", FIELD_NAME_LIMIT) or _BLANK, clip(f.value or "", FIELD_VALUE_LIMIT) or _BLANK, bool(f.inline))
        for f in embed.fields
    ]
    dropped = max(0, len(fields) - FIELD_COUNT_LIMIT)
    fields = fields[:FIELD_COUNT_LIMIT]
    while True:
        embed.clear_fields()
        for name, value, inline in fields:
            embed.add_field(name=name, value=value, inline=inline)
        note = f"{dropped} more not shown" if dropped else ""
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


def paged(
    title: str,
    header: str,
    entries: Sequence[tuple[str, str]],
    *,
    per_page: int,
    colour: discord.Colour = BROWSE_COLOUR,
    empty: str = "Nothing to show.",
    url: str | None = None,
) -> list[discord.Embed]:
    """Entries (field name, value) packed into pages that each fit one embed, numbered in the footer."""
    header = clip(header, 1500)
    budget = EMBED_TOTAL_LIMIT - len(clip(title, TITLE_LIMIT)) - len(header) - 60
    chunks: list[list[tuple[str, str]]] = []
    chunk: list[tuple[str, str]] = []
    size = 0
    for name, value in entries:
        name, value = clip(name, FIELD_NAME_LIMIT) or _BLANK, clip(value, FIELD_VALUE_LIMIT) or _BLANK
        cost = len(name) + len(value)
        if chunk and (len(chunk) >= min(per_page, FIELD_COUNT_LIMIT) or size + cost > budget):
            chunks.append(chunk)
            chunk, size = [], 0
        chunk.append((name, value))
        size += cost
    if chunk or not chunks:
        chunks.append(chunk)
    pages = []
    for number, fields in enumerate(chunks, 1):
        description = header if fields else "\n\n".join(t for t in (header, empty) if t)
        embed = discord.Embed(title=title, description=description or None, colour=colour, url=url)
        for name, value in fields:
            embed.add_field(name=name, value=value, inline=False)
        if len(chunks) > 1:
            embed.set_footer(text=f"Page {number} of {len(chunks)}")
        pages.append(fit(embed))
    return pages


# ---------------------------------------------------------------------------------------------- answers


def _citation_field(fact: Fact, index: int, base: KnowledgeBase, language: str = "en") -> tuple[str, str]:
    citation = fact.citations[index]
    value = f"{_block_quote('“' + citation.quote + '”')}\n— {md(citation_line(citation, base, language))}"
    if citation.position:
        value += f"\n**Says:** {md(citation.position)}"
    return "📰 " + source_label(citation.source_id, base), value


def _fact_description(fact: Fact, base: KnowledgeBase, language: str) -> str:
    lines = [f"**{md(fact.statement_in(language))}**"]
    if fact.kind == "discrepancy" and fact.subject:
        lines.append(f"*Where the articles differ:* {md(fact.subject)}")
    if fact.when:
        lines.append(f"*When:* {md(fact.when.text_in(language))}")
    lines.append(md(origins_line(fact, base, language)))
    return "\n".join(lines)


def fact_embed(fact: Fact, base: KnowledgeBase, language: str = "en", *, title: str | None = None) -> discord.Embed:
    """One fact: its statement, each quote as a block quote under its article's headline and outlet, its reach."""
    colour = DISCREPANCY_COLOUR if fact.kind == "discrepancy" else ANSWER_COLOUR
    default_title = "Where the articles differ" if fact.kind == "discrepancy" else "From the articles"
    embed = discord.Embed(title=title or default_title, description=_fact_description(fact, base, language), colour=colour)
    shown = fact.citations[:MAX_ANSWER_QUOTES]
    for index in range(len(shown)):
        name, value = _citation_field(fact, index, base, language)
        embed.add_field(name=name, value=value, inline=False)
    if len(fact.citations) > len(shown):
        more = len(fact.citations) - len(shown)
        embed.add_field(name="More quotes", value=f"…and {more} more: press **Sources** to see them all.", inline=False)
    embed.set_footer(text=f"fact {fact.id}")
    return fit(embed)


def _entity_line(entity: Entity, language: str) -> str:
    description = entity.description_fr if language == "fr" and entity.description_fr else entity.description
    return f"**{md(entity.name)}** ({entity.type}): {md(description)}"


def answer_embed(answer: Answer, base: KnowledgeBase, question: str) -> discord.Embed:
    """The reply to a question: the best fact with its quotes and confidence, or a plain abstention."""
    if answer.best is None:
        return abstention_embed(answer, question)
    fact = answer.best.fact
    embed = fact_embed(fact, base, answer.language, title=escape_user_text(question))
    if answer.entity is not None:
        embed.description = f"{_entity_line(answer.entity, answer.language)}\n\n{embed.description}"
    if answer.disputes:
        subjects = "\n".join(f"• {md(d.subject or d.statement)} (`/fact {d.id}`)" for d in answer.disputes)
        embed.add_field(name="Where the articles differ on this", value=subjects, inline=False)
    footer = f"Confidence {answer.best.confidence:.0%} · fact {fact.id}"
    if answer.truncated:
        footer += f" · only the first {MAX_MATCHED_CHARS} characters of the question were read"
    embed.set_footer(text=footer)
    return fit(embed)


def abstention_embed(answer: Answer, question: str) -> discord.Embed:
    """The "articles don't say" reply, with the nearest questions offered as suggestions, never as an answer."""
    lines = [abstention_text(answer)]
    if answer.suggestions:
        lines.append("")
        lines.append("**Did you mean:**")
        lines.extend(f"• {md(question_for(m.fact, answer.language))}" for m in answer.suggestions)
        lines.append("")
        lines.append("Pick one in the menu below, or ask in other words.")
    else:
        lines.append("")
        lines.append("Try `/topics` to see what the articles cover, or `/help` for example questions.")
    embed = discord.Embed(
        title=escape_user_text(question) or "Your question", description="\n".join(lines), colour=ABSTAIN_COLOUR
    )
    footer = "No answer: I only answer from the articles, and I don't guess."
    if answer.truncated:
        footer += f" Only the first {MAX_MATCHED_CHARS} characters of the question were read."
    embed.set_footer(text=footer)
    return fit(embed)


# ---------------------------------------------------------------------------------------------- browsing pages


def _fact_entry(fact: Fact, base: KnowledgeBase) -> tuple[str, str]:
    return fact.id, f"{md(fact.statement)}\n*{md(origins_line(fact, base))}*"


def sources_pages(fact: Fact, base: KnowledgeBase) -> list[discord.Embed]:
    """Every citation of a fact in context: the paragraph around each quote, the quote in bold."""
    entries = []
    for citation in fact.citations:
        passage = citation_passage(base.sources[citation.source_id], citation).window(PASSAGE_BUDGET)
        text = f"{md(passage.before)}**{md(passage.quote)}**{md(passage.after)}"
        value = f"{text}\n— {md(citation_line(citation, base))}"
        if citation.position:
            value += f"\n**Says:** {md(citation.position)}"
        entries.append(("📰 " + source_label(citation.source_id, base), value))
    header = f"**{md(fact.statement)}**\n{md(origins_line(fact, base))}"
    return paged("Sources, in context", header, entries, per_page=3)


def related_pages(fact: Fact, related: Sequence[Fact], base: KnowledgeBase) -> list[discord.Embed]:
    """Other facts on the same topics or about the same people and organisations."""
    header = f"Facts sharing topics or entities with: *{md(clip(fact.statement, 300))}*"
    return paged("Related facts", header, [_fact_entry(f, base) for f in related], per_page=6, empty="No related facts.")


def entity_pages(entity: Entity, base: KnowledgeBase) -> list[discord.Embed]:
    """Who or what an entity is per the articles, which articles mention it, and its facts."""
    sources = base.entity_sources(entity.id)
    mentioned = "; ".join(source_label(s, base) for s in sources) or "no article yet"
    aliases = f"\n*Also written:* {md(', '.join(entity.aliases))}" if entity.aliases else ""
    header = f"*{entity.type}*: {md(entity.description)}{aliases}\n\n**Mentioned in:** {md(mentioned)}"
    facts = [base.facts[f] for f in base.facts_by_entity.get(entity.id, ())]
    return paged(entity.name, header, [_fact_entry(f, base) for f in facts], per_page=6, empty="No fact involves them yet.")


def source_list_pages(base: KnowledgeBase) -> list[discord.Embed]:
    """The articles: headline, outlet, language and how many facts cite each."""
    entries = []
    for source in base.sources.values():
        cited = len(base.facts_by_source.get(source.id, ()))
        details = " · ".join([source.outlet or "outlet not named", _language_name(source.language), f"{cited} facts cite it"])
        entries.append((source.headline, f"{md(details)}\n{md(clip(source.summary, 300))}\n`/source article:{source.id}`"))
    header = f"The {len(base.sources)} articles every answer is drawn from."
    return paged("The articles", header, entries, per_page=6)


def source_pages(source: Source, base: KnowledgeBase) -> list[discord.Embed]:
    """One article with its metadata and the facts that cite it."""
    details = [
        ("Author", source.author),
        ("Published", source.published),
        ("Language", _language_name(source.language) + (" (translated)" if source.translated else "")),
        ("English headline", source.headline_en),
    ]
    meta = "\n".join(
        [*(md(line) for line in source_lines(source, base)), *(f"**{label}:** {md(value)}" for label, value in details if value)]
    )
    facts = [base.facts[f] for f in base.facts_by_source.get(source.id, ())]
    header = f"{md(clip(source.summary, 900))}\n\n{meta}\n**Facts citing it:** {len(facts)}"
    url = source.url if source.url and source.url.startswith(("https://", "http://")) else None
    return paged(source.headline, header, [_fact_entry(f, base) for f in facts], per_page=5, url=url)


def topic_list_pages(base: KnowledgeBase) -> list[discord.Embed]:
    """The topics facts are filed under, with how many facts each holds."""
    entries = [
        (topic.name, f"{md(topic.description)}\n`/topic name:{topic.id}` · {len(base.facts_by_topic.get(topic.id, ()))} facts")
        for topic in base.topics.values()
    ]
    return paged("Topics", "Browse the facts by theme.", entries, per_page=8)


def topic_pages(topic: Topic, base: KnowledgeBase) -> list[discord.Embed]:
    """The facts of one topic, a few per page."""
    facts = [base.facts[f] for f in base.facts_by_topic.get(topic.id, ())]
    header = md(topic.description)
    return paged(topic.name, header, [_fact_entry(f, base) for f in facts], per_page=5, empty="No facts in this topic yet.")


def compare_pages(facts: Sequence[Fact], base: KnowledgeBase, subject: str | None) -> list[discord.Embed]:
    """Where the articles differ, per the fact base's discrepancy facts: what each source says."""
    entries = []
    for fact in facts:
        lines = [md(fact.statement)]
        for citation in fact.citations:
            position = citation.position or clip(citation.quote, 160)
            lines.append(f"• **{md(source_label(citation.source_id, base))}:** {md(position)}")
        entries.append((fact.subject or fact.id, "\n".join(lines)))
    title = "Where the articles differ" + (f": {escape_user_text(subject, 120)}" if subject else "")
    header = "What each article says, where they disagree or report a point differently."
    return paged(title, header, entries, per_page=4, colour=DISCREPANCY_COLOUR)


def _language_name(code: str) -> str:
    return {"en": "English", "fr": "French"}.get(code, code)


def help_embed() -> discord.Embed:
    """How to ask, and the commands."""
    embed = discord.Embed(
        title="How to ask",
        description=(
            "Ask anything about the reporting on OpenAI's contract workers and I answer with the fact and the "
            "exact quotes from the articles, or tell you plainly when the articles don't say.\n\n"
            "Use `/ask`, send me a direct message, or mention me in a server. English or French.\n"
            "Examples: *how many contractors did openai hire* · *who is grace matelich* · *what powers copilot*"
        ),
        colour=BROWSE_COLOUR,
    )
    commands = [
        ("/ask question", "the best answer, with Sources and Related buttons"),
        ("/who name", "a person or organisation, per the articles"),
        ("/sources, /source article", "the articles, and one article's key facts"),
        ("/topics, /topic name", "browse facts by theme"),
        ("/compare subject", "where the articles differ"),
        ("/fact id, /random", "one fact, or a random one"),
        ("/about", "what I cover and where the facts come from"),
    ]
    embed.add_field(name="Commands", value="\n".join(f"`{c}`: {d}" for c, d in commands), inline=False)
    return fit(embed)


def about_embed(base: KnowledgeBase) -> discord.Embed:
    """What the bot covers and where its facts come from, counted from the fact base itself."""
    citations = sum(len(f.citations) for f in base.facts.values())
    discrepancies = sum(1 for f in base.facts.values() if f.kind == "discrepancy")
    embed = discord.Embed(
        title="About this bot",
        description=(
            f"I answer from a fact base of **{len(base.facts)} facts** ({discrepancies} on where the articles differ), "
            f"backed by **{citations} verbatim quotes** from **{len(base.sources)} articles** about the contractors "
            "who train OpenAI's models. Every fact is written by hand and every quote is checked word for word "
            "against its article when the bot starts; if a question is not covered, I say so rather than guess."
        ),
        colour=BROWSE_COLOUR,
    )
    embed.add_field(name="The articles", value="\n".join(f"• {md(s.display_title)}" for s in base.sources.values()), inline=False)
    return fit(embed)


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
        out.extend(textwrap.wrap(body, width=width, initial_indent=prefix, subsequent_indent=prefix) or [prefix.rstrip()])
    return out
