"""Output: a verdict as text for the console and CLI, and as the `verify --json` object."""

from __future__ import annotations

from bot.core.claims.verdict import Verdict, verdict_label
from bot.core.i18n import id_tag, label, shows_ids
from bot.core.models import Entity, KnowledgeBase
from bot.core.provenance import citation_json, citation_line, origins_line


def verdict_json(verdict: Verdict, base: KnowledgeBase) -> dict:
    """The stable JSON shape of a verdict (one line of `verify --json`). Each citation carries, besides the
    contract's `source_id`, `title`, `outlet` and `quote`, the chain that `ask --json` citations carry (speaker,
    channel, the outlet spoken to, the relaying article, the origin and whether the link is inferred)."""
    fact = verdict.fact
    return {
        "claim": verdict.claim,
        "verdict": verdict.verdict,
        "fact_id": fact.id if fact else None,
        "citations": [
            {
                "source_id": c.source_id,
                "title": base.sources[c.source_id].headline,
                "outlet": base.sources[c.source_id].outlet,
                "quote": c.quote,
                **(citation_json(c, fact, base, verdict.language) if fact is not None else {}),
            }
            for c in verdict.citations
        ],
        "explanation": verdict.explanation,
    }


def render_verdict(verdict: Verdict, base: KnowledgeBase) -> str:
    """A verdict as plain text: the verdict, the explanation, each quote with its article, or the nearest facts."""
    language = verdict.language
    colon = " :" if language == "fr" else ":"
    title = label("verdict.title", language, verdict=verdict_label(verdict.verdict, language), claim=verdict.claim)
    lines = [title, "", verdict.explanation]
    if verdict.fact is not None:  # how many articles, and how many separate origins
        lines.append(origins_line(verdict.fact, base, language))
    if verdict.verdict == "disputed":
        lines += ["", label("verdict.sides", language)]
        for c in verdict.citations:
            source = base.sources[c.source_id]
            position = c.position_in(language)
            side = f"{colon} {position}" if position else ""
            lines.append(f"  • {source.display_title}{side}")
            lines.append(f"    > “{c.quote}”")
            lines.append(f"      {citation_line(c, base, language)}")  # who says it, and who relays it
    elif verdict.citations:
        lines.append("")
        for c in verdict.citations:
            lines.append(f"  > “{c.quote}”")
            lines.append(f"    — {base.sources[c.source_id].display_title}")
            lines.append(f"      {citation_line(c, base, language)}")
    if verdict.fact is not None and shows_ids(language):
        lines += ["", f"[{verdict.fact.id}]"]
    if verdict.nearest:
        lines += ["", label("verdict.nearest", language)]
        lines += [f"  - {f.statement_in(language)}{id_tag(f.id, language, ' [{}]')}" for f in verdict.nearest]
    return "\n".join(lines)


def entity_name(base: KnowledgeBase, entity_id: str) -> str:
    entity: Entity | None = base.entities.get(entity_id)
    return entity.name if entity else entity_id
