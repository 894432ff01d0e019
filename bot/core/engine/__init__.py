"""The answer engine: questions in, the best sourced fact out, or an honest "the articles don't say".

A package of stages with one job each, wired by the `Engine` facade (facade.py):

- clean.py      what is not part of a question goes before matching (Discord emoji, mentions, links, markdown)
- conversation.py  greetings, thanks, help, small talk, "tell me more": a reply in the asker's language, never a fact
- asks.py       question types: what a question asks for, and whether a fact holds that kind of answer
- lexical.py    the inverted index (BM25-style weights) and the typo lookup
- entities.py   which person, organisation, product or place a question is about, and who each one is
- qualifiers.py against, now, later, the future: a qualifier in a question that the answering fact must carry too
- ranking.py    candidates scored by coverage and closeness, and the numeric confidence
- confidence.py the confidence in words: sure, likely, unsure (here is the closest)
- rerank.py     the optional re-ranker hook over the candidates closest to the best
- browsing.py   autocomplete, prefix search, related facts, where the articles differ
- points.py     which of those disagreements are about an answer's own point (what the answer lists)
"""

from bot.core.engine.asks import classify
from bot.core.engine.clean import MAX_MATCHED_CHARS
from bot.core.engine.facade import DEFAULT_THRESHOLD, MAX_ALTERNATIVES, Engine
from bot.core.engine.rerank import POOL_WIDTH, Reranker

__all__ = ["DEFAULT_THRESHOLD", "MAX_ALTERNATIVES", "MAX_MATCHED_CHARS", "POOL_WIDTH", "Engine", "Reranker", "classify"]
