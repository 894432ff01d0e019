"""Answers as plain text (CLI, local console) and as the stable JSON shape scripts rely on."""

from __future__ import annotations

import re
import textwrap
from typing import Any

from bot.core.answers import Answer, Match
from bot.core.i18n import LANGUAGES, display_question, entity_type, id_tag, label, short_statement, shows_ids
from bot.core.models import Entity, Fact, KnowledgeBase
from bot.core.provenance import citation_json, citation_line, origins_json, origins_line

#: The two abstentions in each language (their words live in the i18n catalogue). When something near was
#: found, the question may be answered in words the bot did not recognise, so it says it found no sure
#: answer rather than that the articles are silent.
NOT_IN_ARTICLES = {language: label("abstain.nothing", language) for language in LANGUAGES}
NO_SURE_ANSWER = {language: label("abstain.unsure", language) for language in LANGUAGES}


def abstention_text(answer: Answer, language: str | None = None) -> str:
    """What the bot says when it does not answer: the articles are silent, or nothing matched surely, or the name asked
    about is more than one's."""
    if answer.namesakes:
        return label("abstain.namesakes", language or answer.language, names=", ".join(e.name for e in answer.namesakes))
    if answer.pronoun and answer.pronoun_means is None:
        return label("abstain.pronoun", language or answer.language, pronoun=answer.pronoun)
    return label("abstain.unsure" if answer.suggestions else "abstain.nothing", language or answer.language)


def pronoun_line(answer: Answer, language: str | None = None) -> str | None:
    """Whom the answer took a pronoun of the question to mean ("what did he study?" after an answer about Kumar)."""
    if answer.pronoun is None or answer.pronoun_means is None:
        return None
    return label("pronoun.means", language or answer.language, pronoun=answer.pronoun, name=answer.pronoun_means.name)


def namesake_fact(entity: Entity, answer: Answer) -> Fact | None:
    """The suggested fact that introduces one of the namesakes of an answer ("who is sam": Sam Altman's, Sama's)."""
    return next((m.fact for m in answer.suggestions if entity.id in m.fact.entities), None)


def source_label(source_id: str, base: KnowledgeBase) -> str:
    """An article's headline with its outlet, as answers name it."""
    return base.sources[source_id].display_title


#: Spaces a line must not break at: inside French quotation marks, before a French ':', ';', '?', '!' or
#: closing mark, and between the groups of a number written the French way ("1 000").
_UNBREAKABLE = re.compile(r"(?<=«) | (?=[»:;?!])|(?<=\d) (?=\d{3}\b)")
_HELD = "\x00"


def wrap_lines(text: str, width: int = 100, indent: str = "") -> list[str]:
    """`text` wrapped to `width`, each line starting with `indent`, never leaving « or 1 on its own at a line's end."""
    held = _UNBREAKABLE.sub(_HELD, text.replace(_HELD, " "))
    return [
        line.replace(_HELD, " ") for line in textwrap.wrap(held, width=width, initial_indent=indent, subsequent_indent=indent)
    ]


def _wrap(text: str, indent: str = "") -> str:
    return "\n".join(wrap_lines(text, 100, indent))


def render_fact_text(fact: Fact, base: KnowledgeBase, language: str = "en") -> list[str]:
    """A fact with its quotes, as lines of plain text."""
    lines = [_wrap(fact.statement_in(language))]
    if fact.when:
        lines.append(label("when.plain", language, when=fact.when.text_in(language)))
    for citation in fact.citations:
        lines.append("")
        lines.append(_wrap(f"“{citation.quote}”", "  > "))
        side = citation.position_in(language)
        position = f" [{side}]" if side else ""
        separator = " ; " if language == "fr" else "; "
        lines.append(
            f"    — {source_label(citation.source_id, base)}{separator}{citation_line(citation, base, language)}{position}"
        )
    lines.append("")
    lines.append(_wrap(origins_line(fact, base, language)))
    return lines


def render_entity_text(entity: Entity, base: KnowledgeBase, language: str = "en") -> list[str]:
    """Who or what an entity is, and which articles mention it."""
    description = entity.description_fr if language == "fr" and entity.description_fr else entity.description
    lines = [label("entity.line", language, name=entity.name, type=entity_type(entity.type, language), description=description)]
    sources = base.entity_sources(entity.id)
    if sources:
        lines.append(
            label(
                "entity.mentioned.plain",
                language,
                sources=label("list.separator", language).join(source_label(s, base) for s in sources),
            )
        )
    return lines


def render_text(answer: Answer, base: KnowledgeBase) -> str:
    """A readable answer for a terminal."""
    if answer.conversation is not None:
        lines = [answer.conversation.reply]
        lines.extend(
            _wrap(f"- {f.statement_in(answer.language)}{id_tag(f.id, answer.language)}", "  ")
            for f in answer.conversation.related
        )
        return "\n".join(lines)
    taken = pronoun_line(answer)
    if answer.best is None:
        lines = [*([taken, ""] if taken else []), abstention_text(answer)]
        if answer.namesakes:
            # Each one the name may mean, as who or what they are: their intro facts' questions say less.
            for entity in answer.namesakes:
                lines.append("")
                lines.extend(render_entity_text(entity, base, answer.language))
                intro = namesake_fact(entity, answer)
                if intro is not None and shows_ids(answer.language):
                    lines.append(f"  [{intro.id}]")
        elif answer.suggestions:
            lines.append("")
            lines.append(label("did_you_mean.plain", answer.language))
            lines.extend(
                f"  - {display_question(m.fact, answer.language, base)}{id_tag(m.fact.id, answer.language)}"
                for m in answer.suggestions
            )
        return "\n".join(lines)
    lines: list[str] = [taken, ""] if taken else []
    if answer.entity is not None:
        lines.extend(render_entity_text(answer.entity, base, answer.language))
        lines.append("")
    lines.extend(render_fact_text(answer.best.fact, base, answer.language))
    confidence = label(f"band.{answer.band or 'likely'}", answer.language)
    lines.append(label("confidence.plain", answer.language, confidence=confidence) + id_tag(answer.best.fact.id, answer.language))
    if answer.disputes:
        lines.append("")
        lines.append(label("disputes.plain", answer.language))
        # titled as the Discord embed titles them: an English reader gets the subject, a French one the French statement
        lines.extend(
            _wrap(f"- {short_statement(d, answer.language, 110)}{id_tag(d.id, answer.language)}", "  ") for d in answer.disputes
        )
    if answer.alternatives:
        lines.append("")
        lines.append(label("related_answers", answer.language))
        lines.extend(_wrap(f"- {m.fact.statement_in(answer.language)}", "  ") for m in answer.alternatives)
    return "\n".join(lines)


def _match_json(match: Match, language: str) -> dict[str, Any]:
    return {"fact_id": match.fact.id, "text": match.fact.statement_in(language), "confidence": match.confidence}


def answer_json(answer: Answer, base: KnowledgeBase) -> dict[str, Any]:
    """The stable JSON shape of `python -m bot ask --json`."""
    body: dict[str, Any] | None = None
    if answer.best is not None:
        body = _match_json(answer.best, answer.language)
        body["band"] = answer.band
        fact = answer.best.fact
        body["citations"] = [
            {
                "source_id": c.source_id,
                "title": base.sources[c.source_id].headline,
                "outlet": base.sources[c.source_id].outlet,
                "quote": c.quote,
                **citation_json(c, fact, base, answer.language),
            }
            for c in fact.citations
        ]
        body["origins"] = origins_json(fact, base, answer.language)
    others = answer.alternatives if answer.best is not None else answer.suggestions
    said = answer.conversation
    return {
        "question": answer.question,
        "answer": body,
        # "sure" or "likely" with an answer, "unsure" when the bot abstains but offers the closest facts
        "band": answer.band,
        "alternatives": [_match_json(m, answer.language) for m in others],
        "conversation": None
        if said is None
        else {
            "intent": said.intent,
            "reply": said.reply,
            "command": said.command,
            "about": said.about.id if said.about else None,
            "related": [f.id for f in said.related],
        },
        # a claim or a yes/no question the articles settle gets the claim check's verdict instead (`ask` sets it)
        "verdict": None,
    }
