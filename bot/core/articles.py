"""Finding an article the way people name it: by outlet, author, language or nickname, not only its title.

"semafor" is Semafor's own article (before the French translation of Semafor's reporting), "nbc" the
article that relays NBC News, "french" or "français" the French one.
"""

from __future__ import annotations

import re

from bot.core.models import KnowledgeBase, Source
from bot.core.text import fold

#: Words that name a language, folded.
LANGUAGE_WORDS = {
    "fr": frozenset({"fr", "french", "francais", "france", "francaise", "en francais", "in french", "traduit", "translated"}),
    "en": frozenset({"en", "english", "anglais", "in english", "en anglais"}),
}
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall(fold(text or "")))


def find_article(query: str, base: KnowledgeBase) -> Source | None:
    """The article a person most likely means by `query`; None when nothing fits.

    In order: its id; a language ("french"); an outlet, publisher or author ("semafor", "internet patrol"),
    the outlet's own article before a translation of it; a word of its headline; a name its summary
    credits ("nbc" for the article relaying NBC News).
    """
    key = " ".join(_WORD.findall(fold(query)))
    if not key:
        return None
    if query.strip() in base.sources:
        return base.sources[query.strip()]
    for language, words in LANGUAGE_WORDS.items():
        if key in words:
            matching = [s for s in base.sources.values() if s.language == language]
            if len(matching) == 1 or language != "en":
                return matching[0] if matching else None
    wanted = set(key.split())
    best: tuple[float, int, Source] | None = None
    for position, source in enumerate(base.sources.values()):
        names = _words(source.outlet) | _words(source.republished_by) | _words(source.author)
        score = 0.0
        if wanted <= names:
            score = 3.0 - (0.5 if source.translated else 0.0)
        elif wanted <= _words(source.id) | _words(source.headline) | _words(source.headline_en):
            score = 2.0
        elif wanted <= _words(source.summary):
            score = 1.0
        if score and (best is None or (score, -position) > (best[0], -best[1])):
            best = (score, position, source)
    return best[2] if best else None
