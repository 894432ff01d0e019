"""Qualifiers: the small words that turn a question about a reported event into a question about another one.

"How many people voted *against* the union" is not answered by the 150 who voted to form it; "is Invisible hiring
*now*" not by its hiring before the layoffs; "what happened to the trainers *afterwards*" not by the layoffs
themselves; "when *will* OpenAI stop hiring" not by when it hired. A question carrying such a qualifier (opposition,
the present state, a later development, the future) is answered only by a fact that carries one of the same class
in its own words (statement, questions, keywords or quotes, either language): the grammar of the ask, read the same
way for every subject, not a list of topics.
"""

from __future__ import annotations

import re

from bot.core.text import fold

#: For each class: the words in a question that ask for it, and the words in a fact that carry it (folded text).
_CLASSES: dict[str, tuple[str, str]] = {
    # Opposition: a vote, a stance or a campaign against something.
    "against": (
        r"against|opposed|opposing|oppose|opposes|voted\s+no|vote\s+no|contre|opposes?|opposaient|opposent",
        r"against|oppos\w*|reject\w*|contre|refus\w*",
    ),
    # The present state: still, now, today, anymore.
    "now": (
        r"now|nowadays|today|currently|still|anymore|any\s+more|these\s+days|at\s+present|right\s+now|as\s+of\s+now"
        r"|maintenant|aujourd\s+hui|actuellement|toujours\s+(?:en|chez|a|pour)|encore\s+(?:en|chez|a|pour)|desormais"
        r"|de\s+nos\s+jours|a\s+present|en\s+ce\s+moment",
        r"now|today|currently|still|anymore|nowadays|remain\w*|continu\w*|increasing\w*|growing|rising"
        r"|maintenant|aujourd\s+hui|actuellement|toujours|(?<!pas\s)encore|desormais|reste\w*|croissant\w*|de\s+plus\s+en\s+plus",
    ),
    # A later development: what followed the reported event.
    "later": (
        r"afterwards?|later\s+on|later|since\s+then|subsequently|eventually|in\s+the\s+end|in\s+the\s+long\s+run|ever\s+since"
        r"|what\s+happened\s+(?:\w+\s+){0,6}?after|what\s+became\s+of|(?:que|qu)\s+(?:s\s+est\s+il\s+passe|est\s+il\s+arrive)\s+(?:\w+\s+){0,6}?apres"
        r"|que\s+sont\s+(?:ils|elles)\s+devenu\w*|ensuite|par\s+la\s+suite|plus\s+tard|depuis\s+(?:lors|ce\s+moment|cela|ca)|finalement|au\s+final|apres\s+(?:ca|cela)",
        r"after\w*|later|then|since|subsequent\w*|eventually|following|ensuite|plus\s+tard|apres|depuis|suite|finalement",
    ),
    # The future: what will happen, which a report of what happened does not say unless it reports a plan.
    "future": (
        r"will|won\s+t|going\s+to|gonna|in\s+the\s+future|future|next\s+year|next\s+month|upcoming|soon"
        r"|va|vont|allons|l\s+an\s+prochain|l\s+annee\s+prochaine|prochainement|a\s+l\s+avenir|avenir|futur|futurs|bientot",
        r"will|would|going\s+to|plan\w*|predict\w*|expect\w*|about\s+to|future|aim\w*|goal\w*|intend\w*|towards"
        r"|ambition\w*|heading|next|va|vont|prevo\w*|prevu\w*|futur\w*|avenir|vise\w*|objectif\w*",
    ),
}
#: A statement in the present tense says how things stand ("Kumar is a 22-year-old living in Texas"): it answers "now".
_PRESENT = re.compile(r"\b(?:is|are|has|have|lives|works|remains|says)\b")
_ASKED = {name: re.compile(rf"\b(?:{asked})\b") for name, (asked, _carried) in _CLASSES.items()}
_CARRIED = {name: re.compile(rf"\b(?:{carried})\b") for name, (_asked, carried) in _CLASSES.items()}


def folded(text: str) -> str:
    """A text as qualifiers are read in it: folded, apostrophes and punctuation made spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def asked(question: str) -> frozenset[str]:
    """The classes of qualifier a question carries (against, now, later, future)."""
    text = folded(question)
    return frozenset(name for name, pattern in _ASKED.items() if pattern.search(text))


def carried(qualifiers: frozenset[str], fact_text: str, statement: str) -> bool:
    """Whether a fact's own words (folded) carry every class of qualifier the question does; `statement` is its English
    statement (folded), whose present tense carries "now"."""
    return all(_CARRIED[name].search(fact_text) or (name == "now" and _PRESENT.search(statement)) for name in qualifiers)
