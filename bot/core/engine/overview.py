"""What the articles are about, as a whole: the reply to "what are the articles about", "tl;dr", "résume".

No fact answers such a request (each fact is one point of the reporting, and one fact offered as "the summary" is a
confident answer to another question), so it is a reply of its own, made from the articles' metadata
(knowledge/sources): each article's title, outlet and date as its copy gives them, its curated one-line summary, then
the topics. An outlet the curators only infer is said to be inferred; a date the copy does not give is said to be
missing, never guessed.
"""

from __future__ import annotations

from bot.core.i18n import label
from bot.core.models import KnowledgeBase, Source

#: Articles listed one by one; past this many the rest are counted and /sources lists them.
MAX_LISTED = 8


def overview_reply(base: KnowledgeBase, language: str) -> str:
    """The articles one line each (title, outlet, date, summary), then the topics, in the reader's language."""
    sources = list(base.sources.values())
    lines = [label("overview.intro", language, count=str(len(sources)))]
    lines += [_article_line(source, language) for source in sources[:MAX_LISTED]]
    if len(sources) > MAX_LISTED:
        lines.append(label("overview.more_articles", language, count=str(len(sources) - MAX_LISTED)))
    topics = [topic.name_fr if language == "fr" and topic.name_fr else topic.name for topic in base.topics.values()]
    if topics:
        lines.append(label("overview.topics", language, topics=label("overview.separator", language).join(topics)))
    lines.append(label("overview.next", language, example=label("chat.example", language)))
    return "\n".join(lines)


def _article_line(source: Source, language: str) -> str:
    title = label("overview.title", language, title=source.headline)
    if source.headline_en and language != source.language:
        title += label("overview.translated_title", language, title=source.headline_en)
    if source.outlet:
        outlet = source.outlet
        if source.republished_by:
            outlet += label("overview.republished", language, by=source.republished_by)
    elif source.outlet_inferred is not None:
        outlet = label("overview.outlet_inferred", language, outlet=source.outlet_inferred.name)
    else:
        outlet = label("overview.no_outlet", language)
    date = source.published or label("overview.no_date", language)
    summary = source.summary_fr if language == "fr" and source.summary_fr else source.summary
    return label("overview.article", language, title=title, outlet=outlet, date=date, summary=summary)
