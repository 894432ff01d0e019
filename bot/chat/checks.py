"""Claim checks and the timeline in Discord: the verdict embed, the false-premise correction, and the timeline pages.

The domain decides (bot.core.claims, bot.core.timeline); this module only renders. `claim_reply` is what the
reply path calls first: a claim or a yes/no question typed to /ask, in a DM or a mention gets a verdict; any
other question gets None and is answered as before.
"""

from __future__ import annotations

import discord

from bot.chat.delivery import Reply, notice
from bot.chat.embeds import (
    ABSTAIN_COLOUR,
    ANSWER_COLOUR,
    BLANK,
    BROWSE_COLOUR,
    DISCREPANCY_COLOUR,
    Pages,
    clip,
    escape_user_text,
    fit,
    md,
    paged,
)
from bot.chat.views import Component, delete_id, fact_select, fact_view, wrong_id
from bot.core.claims import Verdict, checker_for, routed_verdict, verdict_label
from bot.core.engine import Engine
from bot.core.i18n import id_tag, label, shows_ids
from bot.core.models import KnowledgeBase
from bot.core.provenance import citation_line, origins_line
from bot.core.timeline import build_timeline, date_label, no_dated_events

VERDICT_COLOURS = {
    "supported": discord.Colour.green(),
    "contradicted": discord.Colour.red(),
    "disputed": DISCREPANCY_COLOUR,
    "not_reported": ABSTAIN_COLOUR,
}
VERDICT_ICONS = {"supported": "✅", "contradicted": "❌", "disputed": "⚖️", "not_reported": "❔"}
MAX_QUOTES = 5


def verdict_embed(verdict: Verdict, base: KnowledgeBase, *, title: str | None = None) -> discord.Embed:
    """A verdict: its name, the claim, what the articles say, and each quote with its article and who says it."""
    language = verdict.language
    name = f"{VERDICT_ICONS[verdict.verdict]} {verdict_label(verdict.verdict, language)}"
    embed = discord.Embed(
        title=title or label("verdict.title", language, verdict=name, claim=escape_user_text(verdict.claim)),
        description=md(verdict.explanation),
        colour=VERDICT_COLOURS[verdict.verdict],
    )
    if verdict.fact is not None:  # how many articles, and how many separate origins: three relays are not three sources
        embed.description += f"\n*{md(origins_line(verdict.fact, base, language))}*"
    if title:
        embed.description = f"**{name}**\n{embed.description}"
    # One heading over all the quotes, not one a quote: "What the article says" four times read as a stutter.
    shown = verdict.citations[:MAX_QUOTES]
    several = len({citation.source_id for citation in shown}) > 1
    heading = "check.side" if verdict.verdict == "disputed" else "check.quotes" if several else "check.quote"
    for index, citation in enumerate(shown):
        field = label(heading, language) if index == 0 else BLANK
        source = base.sources[citation.source_id]
        lines = [f"> {md(citation.quote)}", f"— *{md(source.display_title)}*"]
        position = citation.position_in(language) if verdict.verdict == "disputed" else None
        if position:
            lines.insert(0, f"**{md(position)}**")
        lines.append(f"*{md(citation_line(citation, base, language))}*")
        embed.add_field(name=field, value=clip("\n".join(lines), 1024), inline=False)
    if verdict.nearest:
        nearest = "\n".join(
            f"• {md(clip(f.statement_in(language), 200))}" + id_tag(f.id, language, " (`{}`)") for f in verdict.nearest
        )
        embed.add_field(name=label("check.nearest", language), value=clip(nearest, 1024), inline=False)
    shown = verdict.fact is not None and shows_ids(language)
    footer = label("check.footer", language, id=verdict.fact.id) if shown else label("check.footer_none", language)
    embed.set_footer(text=footer)
    return fit(embed, language)


def verdict_view(verdict: Verdict, base: KnowledgeBase, *, asker: int | None = None) -> discord.ui.View | None:
    """The components under a verdict, in the reader's language: Sources and Related for the fact that settles it,
    a menu of the nearest facts when nothing does, "Wrong answer?" (the curators hear of it), and Delete for the
    asker of a public reply."""
    language = verdict.language
    fact = verdict.fact
    view = fact_view(fact, language) if fact is not None else discord.ui.View(timeout=None)
    if verdict.nearest:
        view.add_item(fact_select(verdict.nearest, language, placeholder=label("menu.open", language), base=base))
    if fact is not None:
        view.add_item(Component(discord.ui.Button(label=label("button.wrong", language), custom_id=wrong_id(fact.id, language))))
    if asker is not None:
        button = discord.ui.Button(
            label=label("button.delete", language), custom_id=delete_id(asker), style=discord.ButtonStyle.danger
        )
        view.add_item(Component(button))
    return view if view.children else None


def _verdict_reply(verdict: Verdict, base: KnowledgeBase, asker: int | None) -> Reply:
    fact_id = verdict.fact.id if verdict.fact is not None else None
    return Reply(embeds=(verdict_embed(verdict, base),), view=verdict_view(verdict, base, asker=asker), fact_id=fact_id)


def check_reply(claim: str, engine: Engine, *, max_length: int, language: str | None = None, asker: int | None = None) -> Reply:
    """/check: the verdict on a claim or yes/no question."""
    text = claim.strip()
    if not text or len(text) > max_length:
        return notice(label("check.empty", language or "en", limit=f"{max_length:,}"))
    verdict = checker_for(engine).assess(text, language=language)
    return _verdict_reply(verdict, engine.base, asker)


def claim_reply(question: str, engine: Engine, language: str, *, asker: int | None = None) -> Reply | None:
    """For a claim or a yes/no question, its verdict (a yes/no question nothing settles is answered as a question)."""
    verdict = routed_verdict(question, engine, language=language)
    if verdict is None:
        return None
    return _verdict_reply(verdict, engine.base, asker)


def premise_embed(question: str, engine: Engine, language: str) -> discord.Embed | None:
    """The correction to put before the answer when a wh-question's premise is contradicted by a fact."""
    correction = checker_for(engine).premise(question, language=language)
    if correction is None:
        return None
    return verdict_embed(correction, engine.base, title=label("check.premise", language))


def timeline_pages(subject: str | None, engine: Engine, language: str = "en") -> Pages | None:
    """/timeline: dated events in order, then the undated ones, paginated; None when the subject has none."""
    base = engine.base
    entity = engine.find_entity(subject) if subject else None
    timeline = build_timeline(base, subject, entity_id=entity.id if entity else None)
    if subject and not timeline:
        return None
    entries, facts = [], []
    for event in (*timeline.dated, *timeline.undated):
        when = date_label(event.when, language)
        if not event.dated:
            when = f"~ {when}"
        articles = label("list.separator", language).join(base.sources[s].display_title for s in event.fact.source_ids)
        entries.append((clip(when, 250), f"{md(event.fact.statement_in(language))}\n*{md(articles)}*"))
        facts.append(event.fact)
    title = (
        label("timeline.title_of", language, subject=escape_user_text(subject, 80))
        if subject
        else label("timeline.title", language)
    )
    header = label("timeline.header", language)
    if not timeline.dated:  # only undated events: say so first, and where the dated ones are
        said = no_dated_events(base, subject or "", language, entity_id=entity.id if entity else None, undated=True)
        header = md(said)
    return paged(title, header, entries, per_page=6, language=language, colour=BROWSE_COLOUR, facts=facts)


def no_timeline(subject: str, language: str, engine: Engine | None = None) -> Reply:
    """Nothing about a subject on the timeline: so, and close subjects that have dated events (given the engine)."""
    if engine is None:
        return notice(label("timeline.none", language, subject=escape_user_text(subject, 80)))
    entity = engine.find_entity(subject) if subject else None
    said = no_dated_events(engine.base, escape_user_text(subject, 80), language, entity_id=entity.id if entity else None)
    return notice(said)


__all__ = ["ANSWER_COLOUR", "check_reply", "claim_reply", "no_timeline", "premise_embed", "timeline_pages", "verdict_embed"]
