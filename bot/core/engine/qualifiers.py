"""Qualifiers: the small words that turn a question about a reported event into a question about another one.

"How many people voted *against* the union" is not answered by the 150 who voted to form it; "is Invisible hiring
*now*" not by its hiring before the layoffs; "what happened to the trainers *afterwards*" not by the layoffs
themselves; "when *will* OpenAI stop hiring" not by when it hired. A question carrying such a qualifier (opposition,
the present state, a later development, the future, a comparison, someone's opinion) is answered only by a fact that carries one of the same class
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
    # A comparison: more or better than something else, which a fact says only by comparing in its own words ("above
    # Missouri's minimum wage", "a tiny number compared to the thousands at Google"). A figure's bound ("more than 1,000",
    # "plus de 1 000") compares nothing; "other than", "rather than" neither.
    "comparison": (
        r"(?!(?:other|rather)\b)\w+er\s+than(?!\s+\d)|(?:more|less|fewer)\s+(?:\w+\s+){0,3}?than(?!\s+\d)|compared?\s+(?:to|with)"
        r"|comparison|versus|vs|better|worse|(?:plus|moins)\s+(?:\w+\s+){1,3}?que|meilleure?s?\s+que|mieux\s+que|pire\s+que"
        r"|par\s+rapport\s+(?:a|au|aux)|compar\w*",
        r"than|compar\w*|versus|above|below|over|under|tiny|unlike|whereas|more|less|fewer|higher|lower|bigger|smaller|larger"
        r"|better|worse|best|worst|most|least|par\s+rapport|superieur\w*|inferieur\w*|au\s+dessus|en\s+dessous|plus|moins|mieux"
        r"|meilleur\w*|pire|minuscule",
    ),
    # An opinion asked of someone: what they think or feel of something, whether they like it. Only a fact reporting
    # someone's view answers: a curated quote, or a verb of thinking or feeling in its own words ("says", which reports
    # what happened as well, is not one; nor "like", a preposition as often as a verb).
    "opinion": (
        r"think\s+(?:of|about)|thoughts?\s+(?:on|about)|feel\s+about|feels\s+about|felt\s+about|opinion|opinions"
        r"|views?\s+(?:of|on|about)|(?:does|do|did)\s+(?:\w+\s+){1,3}?(?<!look\s)(?<!sound\s)(?:like|enjoy|love|hate|dislike|regret|mind)"
        r"|que\s+pense\w*|qu\s+en\s+pense\w*|pense\w*\s+(?:de|du|des)|avis|opinion\s+(?:de|sur)|(?:aime|aiment|aimait|adore)\w*",
        r"think|thinks|thought|believe\w*|feel|feels|felt|view|views|credit\w*|enjoy\w*|lov(?:e|es|ed)|hat(?:e|es|ed)"
        r"|happy|proud|brag\w*|complain\w*|echo\w*|tout\w*|pense\w*|croi\w*|estime\w*|aime\w*|qualifie\w*|fier|heureux|plaint\w*",
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
    """The classes of qualifier a question carries (against, now, later, future, comparison, opinion)."""
    text = folded(question)
    return frozenset(name for name, pattern in _ASKED.items() if pattern.search(text))


def carried(qualifiers: frozenset[str], fact_text: str, statement: str, quoted: bool = False) -> bool:
    """Whether a fact's own words (folded) carry every class of qualifier the question does; `statement` is its English
    statement (folded), whose present tense carries "now"; `quoted`, whether it curates a quote (someone's own words
    carry an opinion)."""
    return all(
        _CARRIED[name].search(fact_text) or (name == "now" and _PRESENT.search(statement)) or (name == "opinion" and quoted)
        for name in qualifiers
    )


#: "When did Microsoft *first* invest", "the *first* investor": the first of a kind of event. A fact reporting a new or
#: the latest one ("a new multi-billion-dollar investment", "new funding") reports another than the first.
_FIRST = re.compile(
    r"\b(?:first|initially|originally|premier|premiere|premierement|initialement|a\s+l\s+origine)\b"
    r"(?!\s+(?:reported|report|reports|reporting|name|names|time|revele|publie|signale|rapporte)\b)"
)
#: "Who first reported it", "which outlet first broke it", "qui l'a révélé en premier": who did it before the others, not
#: the first of several such events.
_WHO_FIRST = re.compile(
    r"^(?:who|which\s+\w+|what\s+\w+)\s+first\b|\ben\s+premier\b"
    r"|\b(?:reported|report|reports|broke|revealed|published|break|reveal|publish)\s+(?:\w+\s+){0,2}?first\b"
)
_LATER_ONE = re.compile(
    r"\b(?:new|newest|latest|another|additional|renewed|follow\s+on|nouvel|nouveau|nouvelle|nouveaux|dernier|derniere)\b"
)


def asks_first(question: str) -> bool:
    """Whether a question asks about the first of something ("when did Microsoft first invest in OpenAI")."""
    text = folded(question)
    return bool(_FIRST.search(text)) and not _WHO_FIRST.search(text)


def reports_a_later_one(statement: str) -> bool:
    """Whether a fact's statement (folded) reports a new or the latest of something, not the first."""
    return bool(_LATER_ONE.search(statement))
