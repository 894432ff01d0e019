"""Who wrote an article: answered from the articles' metadata (knowledge/sources), never from their reporting.

"Who wrote the Internet Patrol article?", "qui a écrit l'article de Semafor ?": readers ask for bylines. The answer is
what the copy we have says about itself (the byline under its headline), given as such, and "not named in this copy"
when it names no author: a byline is never guessed, and an outlet the curators only infer is said to be inferred. No
fact answers such a question (the facts are the articles' reporting), so it is a reply of its own, never a fact.
"""

from __future__ import annotations

import re

from bot.core.articles import find_article
from bot.core.i18n import label
from bot.core.models import KnowledgeBase, Source
from bot.core.text import fold

#: "Who wrote the Internet Patrol article", "who is the author of the Semafor piece", "qui a écrit l'article de Semafor",
#: "l'auteur de l'article en français", "byline of the NBC story": the words naming the article follow (`ref`).
_ASKS_AUTHOR = re.compile(
    r"^(?:so\s+|and\s+|et\s+|alors\s+)?(?:"
    r"(?:who|whom)\s+(?:wrote|writes|authored|penned|signed|(?:is|was|s)\s+(?:the\s+)?(?:author|writer|journalist|reporter)"
    r"\s+(?:of|behind|for))"
    r"|(?:what\s+is\s+|what\s+s\s+)?(?:the\s+)?(?:byline|author|writer)\s+(?:of|for|on)"
    r"|qui\s+(?:a\s+ecrit|a\s+redige|a\s+signe|est\s+l\s+auteure?\s+de|est\s+le\s+journaliste\s+(?:de|derriere)|ecrit)"
    r"|(?:quel\s+est\s+|c\s+est\s+qui\s+)?l\s+auteure?\s+de"
    r")\s+(?P<ref>.+?)\s*$"
)
#: "Who wrote it": the article named by a word for an article, or by an outlet's or author's name.
_ARTICLE_WORDS = re.compile(r"\b(?:article|articles|piece|story|stories|post|blog|papier|texte|reportage)\b")
#: Words around the article's name that do not name it ("the ... article about the layoffs": "about the layoffs" may).
_FILLER = re.compile(r"\b(?:the|this|that|a|an|le|la|les|l|de|du|des|d|cet|cette|ce|un|une|on|in|sur)\b")


def asks_author(question: str) -> str | None:
    """The words naming the article a question asks the author of, None when it asks no author."""
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(question)).split())
    found = _ASKS_AUTHOR.match(folded)
    if found is None:
        return None
    return found.group("ref")


def byline_sources(ref: str, base: KnowledgeBase) -> tuple[Source, ...] | None:
    """The articles a byline question means: the one its words name, every article when they name an article but not
    which, None when they name no article at all ("who wrote the coding test" asks about something else)."""
    bare = " ".join(_FILLER.sub(" ", _ARTICLE_WORDS.sub(" ", ref)).split())
    names_article = bool(_ARTICLE_WORDS.search(ref))
    for words in _prefixes(bare):
        source = find_article(words, base)
        if source is not None and (names_article or _names_outlet_or_author(words, source)):
            return (source,)
    return tuple(base.sources.values()) if names_article else None


def _prefixes(words: str) -> list[str]:
    """The words, then shorter and shorter runs of their first ones ("internet patrol about the unseen workforce")."""
    parts = words.split()
    return [" ".join(parts[:end]) for end in range(len(parts), 0, -1)]


def _names_outlet_or_author(words: str, source: Source) -> bool:
    named = set(fold(" ".join(filter(None, (source.outlet, source.author, source.republished_by)))).split())
    return bool(named) and set(words.split()) <= named


def byline_reply(sources: tuple[Source, ...], language: str) -> str:
    """Each article's byline as its copy gives it (or that it gives none), said to be the article's metadata."""
    lines = [label("byline.intro", language)]
    for source in sources:
        title = source.display_title
        if source.author:
            lines.append(label("byline.named", language, title=title, author=source.author))
        else:
            lines.append(label("byline.unnamed", language, title=title))
        if source.outlet is None and source.outlet_inferred is not None:
            lines.append(label("byline.outlet_inferred", language, outlet=source.outlet_inferred.name))
    return "\n".join(lines)
