"""Reading a claim: its numbers, sums, dates, places, named people and organisations, actions, roles and speech."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from bot.core.claims.demonyms import described, find_demonyms
from bot.core.language import guess_language
from bot.core.models import KnowledgeBase
from bot.core.text import search_tokens

#: French nouns made with "sans" ("sans-abri", "sans-emploi"), often typed without their hyphen: "sans abri" names
#: someone homeless, it does not deny anything ("Savreux était sans abri" is what the articles say, not its opposite).
_SANS_COMPOUND = re.compile(r"\bsans (abri|domicile|emploi|papiers|logis)\b")


def _norm(text: str) -> str:
    """Lower case without accents, straight quotes and dashes, thousands joined: the text the patterns read."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate({ord(c): "'" for c in "‘’‚‛′`´"} | {ord(c): '"' for c in "“”„‟″«»"})
    text = text.translate({ord(c): "-" for c in "‐‑‒–—―−"} | {0xA0: " ", 0x202F: " ", 0x2009: " "})
    text = _SANS_COMPOUND.sub(r"sans-\1", text.casefold())
    return re.sub(r"(?<![\d.,])(\d{1,3})(?:[, ](\d{3}))+(?![\d])", lambda m: re.sub(r"[, ]", "", m.group(0)), text)


_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "mille": 1000,
}  # fmt: skip


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9}  # fmt: skip
#: A number in two words ("twenty-two", "vingt-deux", "trente et un"): one figure, never the two of its words.
_COMPOUND = re.compile(rf"\b({'|'.join(_TENS)})(?:-| |-et-| et )({'|'.join(_UNITS)})\b")
#: "a thousand", "un millier": a figure said in words with an article; "un millier" (like "environ mille") is rough.
_ARTICLE_FIGURE = re.compile(r"\b(?:(?:a|one) (thousand|hundred)|(?:un|one) (millier))\b")


def _engage_read(norm: str, tokens: frozenset[str]) -> frozenset[str]:
    """A claim's words with French "engager" read as the deed its construction says: "a engagé des contractuels" is
    hired, "s'est engagée à" committed (the word alone would match a fact of either deed)."""
    engaged = {t for t in tokens if t.startswith("engag")}
    if not engaged:
        return tokens
    meant = (_tokens("hire") if re.search(_HIRING_ENGAGE, norm) else frozenset()) | (
        _tokens("commit") if re.search(_COMMITTING_ENGAGE, norm) else frozenset()
    )
    return (tokens - engaged) | meant if meant else tokens


def _words_as_digits(norm: str) -> str:
    """A normalised text with its figures in words as digits ("vingt-deux" 22, "a thousand" 1000, "un millier" about 1000)."""
    norm = _COMPOUND.sub(lambda m: str(_TENS[m.group(1)] + _UNITS[m.group(2)]), norm)
    norm = _ARTICLE_FIGURE.sub(lambda m: "environ 1000" if m.group(2) else str(_NUMBER_WORDS[m.group(1)]), norm)
    for word, value in _NUMBER_WORDS.items():
        norm = re.sub(rf"\b{word}\b", str(value), norm)
    return norm


_SCALES = {"b": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "bn": 1e9, "million": 1e6, "millions": 1e6,
           "m": 1e6, "thousand": 1e3, "mille": 1e3, "k": 1e3}  # fmt: skip


_NUMBER = re.compile(
    r"(?P<pre>(?:(?:more than|over|at least|upwards of|plus de|au moins|fewer than|less than|under|moins de|"
    r"roughly|about|around|approximately|nearly|almost|some|pres de|environ|quelque|autour de|une centaine de|"
    r"~)\s+)?)(?P<cur>\$|usd\s?|€)?\s?(?P<num>\d+(?:[.,]\d+)?)(?:\s?(?P<scale>billions?|milliards?|millions?|bn|b|m|k|"
    r"thousand|mille)\b)?\s?(?P<unit>%|percent\b|per cent\b|pour ?cent\b|dollars?\b|usd\b|\$|euros?\b|€|"
    r"-?years?[- ]old\b|ans\b)?"
)


_PER = {
    "hour": re.compile(r"\b(?:an|per|a|/|by the|de l'?|par|l'?)\s?(?:hour|heure|h)\b|\bhourly\b|\bhoraire\b"),
    "day": re.compile(r"\b(?:a|per|par|/)\s?(?:day|jour)\b|\bdaily\b|\bquotidien"),
    "week": re.compile(r"\b(?:a|per|par|/)\s?(?:week|semaine)\b|\bweekly\b"),
    "month": re.compile(r"\b(?:a|per|par|/)\s?(?:month|mois)\b|\bmonthly\b"),
    "year": re.compile(r"\b(?:a|per|par|/)\s?(?:year|an)\b|\bannually\b|\byearly\b"),
}


#: A figure followed by "an hour", "per day", "de l'heure", "par mois": a rate per unit of time.
_RATE = re.compile(
    r"\s*(?:an|a|per|par|/|by the|de l'?|l'?|chaque)\s?(?:hour|heure|h|day|jour|week|semaine|month|mois|year|an|annee)\b"
    r"|\s*(?:hourly|daily|weekly|monthly|yearly|annually)\b"
)


#: A figure of a unit per unit of time: "40 hours a week", "5 jours par mois" (a rate too).
_UNIT_RATE = re.compile(
    r"\s*(?:hours?|heures?|days?|jours?|weeks?|semaines?|tasks?|taches?)\s+(?:an|a|per|par|/|each|every|chaque)\s?"
    r"(?:hour|heure|day|jour|week|semaine|month|mois|year|an|annee)\b"
)


_PAY_WORD = re.compile(
    r"\b(?:pays?|paid|paying|earns?|earned|earning|makes?|made|making|wages?|salar(?:y|ies)|income|gets?|got|"
    r"gagnes?|gagnent|gagnait|paye|payes|payee?s?|payait|remunere|remuneree?s?|touche|touchent|touchait|salaires?)\b"
)


_MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "february": 2, "feb": 2, "fevrier": 2, "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "may": 5, "mai": 5, "june": 6, "juin": 6, "july": 7, "juillet": 7,
    "august": 8, "aug": 8, "aout": 8, "september": 9, "sept": 9, "sep": 9, "septembre": 9, "october": 10, "oct": 10,
    "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "decembre": 12,
}  # fmt: skip


_MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?")


#: Words before a name that make it a point of comparison, not what a verb is done to ("a year before ChatGPT").
_COMPARED = re.compile(
    r"\b(?:before|after|than|like|unlike|since|until|avant|apres|comme|depuis|que|qu')\s+(?:the\s+|le\s+|la\s+|l')?$"
)


#: A share as its `of` words it: who holds it, in whom ("Microsoft's stake in OpenAI").
_STAKE = re.compile(r"^(.+?)'s\s+(?:\w+\s+)?(?:stake|share|holding|ownership)\s+(?:in|of)\s+(.+)$")


#: A comparison after a sum: what follows is what the sum is compared with ("$15 an hour, more than the minimum wage",
#: "soit plus que le salaire minimum"), not what it is of.
_COMPARED_WITH = re.compile(
    r"\b(?:more|less|higher|lower|greater|bigger|smaller|plus|moins)\s+(?:than|que|qu')|"
    r"\b(?:above|below|exceed\w*|beats?|depass\w*|au-dessus|au-dessous|en dessous|superieure?s? a|inferieure?s? a)\b"
)


#: How many words on each side of a sum say what it is of, in a claim giving two sums.
_SUM_WINDOW = 4


#: A day of the month beside a month's name: after it ("January 18", "Jan. 18th,") or before it ("18 janvier", "le 1er mars"),
#: never a figure that counts something ("March 2 dozen").
_DAY_AFTER = re.compile(
    r"\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|\$|dollars?|euros?|hours?|heures?|days?|jours?|[a-z]+s\b))"
)


_DAY_BEFORE = re.compile(r"(?:^|(?<=\s))(\d{1,2})(?:er|st|nd|rd|th)?\s+$")


_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|en|since|depuis|of|by|during|year|annee|early|late|debut|fin)\s+|[a-z]\.?\s)$")


_NEGATION = re.compile(
    r"\b(?:not|never|no longer|didn't|doesn't|don't|isn't|wasn't|weren't|aren't|hasn't|haven't|hadn't|won't|"
    r"can't|cannot|n't|ne|n'|pas|jamais|aucun|aucune|nobody|none|no one|personne ne|unpaid|"
    r"declin\w* (?:to|de)|refus\w* (?:to|de)|impaye\w*|"
    # French "non" before a participle denies it as "un-" does: "non payé", "non rémunéré" are "unpaid"
    r"non(?=[- ]\w+(?:e|ee|es|ees|i|is|u|us)\b))\b|n't\b"
)


#: A denial of a denial: "not" before a word that denies ("did not decline", "wasn't unpaid", "n'a pas refusé").
_DOUBLE_NEGATION = re.compile(
    r"(?:\b(?:not|never|pas|jamais)|n't)\s+(?:\w+\s+){0,2}?"
    r"(?:un(?!ion|it|ivers|der|til|iqu|less)\w+|declin\w*|refus\w*|fail\w*|without|sans(?!-))\b"
)


#: "not just code but the explanations", "non seulement ... mais aussi": a limit taken back, which asserts both; no denial.
_NOT_JUST_BUT = re.compile(
    r"\b(?:not (?:just|only|merely|simply)|non seulement|pas (?:seulement|uniquement|que))\b(?=.*\b(?:but|mais|also|aussi|as well)\b)"
    # "not supposed to brag": what one should not do, which a fact's own "not supposed to" says (read apart, see checker.py)
    r"|\b(?:not|n't) supposed to\b"
)


#: A claim may also deny with "without" ("projects without enough return"); a fact's "without benefits" is no denial.
#: ("without exception", "sans exception", "sans aucune exception" stress an "all"; they deny nothing)
_CLAIM_NEGATION = re.compile(_NEGATION.pattern + r"|\b(?:without|sans(?!-))\b(?! (?:aucune |any )?exceptions?\b)")


#: The head of a clause's subject: "The developer ... had not yet been hired", "He has not", "il n'avait".
_OPENING_SUBJECT = re.compile(
    r"^(?:(?:the|a|this|that|le|la|un|une|ce|cet|cette)\s+(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?|he|she|il|elle)\b"
)


#: Words a claim quotes: between quotation marks (the text is normalised, so typographic ones are straight).
_QUOTED_WORDS = re.compile(r'"([^"]{8,200})"')


#: "First" in a claim ("the first time", "la première fois"), and a fact's "not the first" ("n'est pas la première").
_FIRST = re.compile(r"\b(?:first|premiere|premier)\b")


_NOT_FIRST = re.compile(r"(?:\b(?:not|pas|never|jamais)|n't)\s+(?:\w+\s+)?(?:the|la|le|l')?\s*(?:first|premiere|premier)\b")


#: Part of something rather than the whole ("owns half of", "a stake in", "une partie de").
_PART_OF = re.compile(
    r"\b(?:half|part|parts|a stake|stake|a share|shares?|a piece|a chunk|a portion|a minority|a majority|most|some|"
    r"moitie|une partie|partie|une part|part de|des parts|une participation|participation)\b"
)


_MARKERS = re.compile(
    r"\b(?:only|sole|solely|exclusively|all|every|everyone|first|largest|biggest|most|least|always|seul|seule|seuls|"
    r"seulement|uniquement|tous|toutes|premier|premiere|plus grand|la plupart)\b"
)
#: A French marker read as its English word: "la plupart" is the English statement's "most". (The others stay French
#: words, matched by a fact's French statement: "tous" read as "all" met "all the neural networks" in a quote.)
_FRENCH_MARKERS = {"la plupart": "most"}


def marker_words(norm: str) -> frozenset[str]:
    """The words of a normalised text that change what it says but that matching ignores ("only", "all", "first",
    "most"), the French ones as their English words."""
    return frozenset(_FRENCH_MARKERS.get(m.group(0), m.group(0)) for m in _MARKERS.finditer(norm))


_BARE_NEGATION = re.compile(
    r"\b(?:not|never|no longer|cannot|n't|ne|n'|pas|jamais|aucun|aucune|nobody|none|no one|without|sans(?!-))\b"
    r"(?<!without(?= exception))(?<!sans(?= exception))|n't\b"
)


#: Words of a fact that deny without a "not": a claim's "not" may agree with them.
_NEGATIVE_WORD = re.compile(
    r"\b(?:unpaid|un(?!ion|it|ivers|der|til|iqu|less)\w+|declin\w*|refus\w*|no|non|neither|nor|without|lack\w*|fail\w*)\b"
)


#: A decade: "the 1950s", "les années 1950" (a span of ten years, not a count of 1,950).
_DECADE = re.compile(r"\b((?:19|20)\d0)'?s\b|\bannees\s+((?:19|20)\d0)\b")


#: Work someone did before, not where they work now.
_PAST_WORK = re.compile(
    r"\b(?:used to|formerly|previously|once|before|worked|had worked|travaillait|a (?:deja )?travaille|avait travaille|ancien\w*|"
    r"auparavant|autrefois|avant|deja)\b"
)


#: Work done for nothing, and work paid for some sum (a claim giving no figure).
_UNPAID = re.compile(
    r"\b(?:unpaid|(?:was|were|is|are|wasn't|weren't|isn't|aren't) not paid|(?:was|were|is|are)n't paid|not paid|without pay|"
    r"for free|free of charge|non (?:remunere|paye)e?s?|pas (?:remunere|paye)e?s?|gratuit\w*|benevole\w*|impaye\w*)\b"
)


_PAID = re.compile(r"\b(?:paid|remuneree?s?|payee?s?)\b")

#: A level of pay before "paid" ("low-paid workers", "well paid", "mal payés"): how well, not that some sum was paid.
_PAY_LEVEL = re.compile(r"(?:-|\b(?:low|lower|lowest|well|poorly|badly|highly|better|best|worse|worst|mal|bien|peu|sous)\s+)$")


#: Words saying a claim is about all of them, and words of a fact saying it was some of them.
_UNIVERSAL = re.compile(
    r"\b(?:every (?:single )?one|everyone|every|all (?:of )?(?:its|their|the)|each of|the entire|the whole|tous (?:les|ses|leurs)|"
    r"toutes (?:les|ses|leurs)|chacun|l'ensemble (?:de|des))\b"
)


_PARTIAL = re.compile(
    r"\b(?:dozens|some|many|several|a few|certain|a number of|des dizaines|certains|certaines|plusieurs|beaucoup|"
    r"quelques)\b"
)


#: Orders of magnitude said in words: a few, dozens, hundreds, thousands (English and French, folded).
_MAGNITUDES = (
    (1, re.compile(r"\b(?:a few|a handful of|quelques|une poignee de)\b")),
    (2, re.compile(r"\b(?:dozens|des dizaines|dizaines)\b")),
    # a dozen is no "dozens": an order of its own between a few and dozens
    (1.5, re.compile(r"\b(?:a dozen|une douzaine|une dizaine)\b")),
    (3, re.compile(r"\b(?:hundreds|des centaines|centaines)\b")),
    (4, re.compile(r"\b(?:thousands|des milliers|milliers)\b")),
)


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4}


_QUARTER = re.compile(r"\b(?:(first|second|third|fourth|premier|deuxieme|troisieme|quatrieme) (?:quarter|trimestre)|q([1-4]))\b")


def _quarter(m: re.Match[str]) -> int:
    return _QUARTERS[m.group(1)] if m.group(1) else int(m.group(2))


#: A span of time after an order of magnitude: "a few weeks later" counts weeks, not the people a deed was done to.
_TIME_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times|heures|jours|semaines|mois|ans|annees|"
    r"fois)\b"
)


#: The scale of a sum said with a magnitude word ("a multi-million investment", "billions", "des milliards"), with or
#: without a figure before it: millions are no billions.
_SUM_MAGNITUDES = (
    (6, re.compile(r"\b(?:\d+(?:[.,]\d+)? ?|multi-?|several |plusieurs |des |de )millions?\b|\bmillions\b")),
    (
        9,
        re.compile(
            r"\b(?:\d+(?:[.,]\d+)? ?|multi-?|several |plusieurs |des |de )(?:billions?|milliards?)\b|\b(?:billions|milliards)\b"
        ),
    ),
)


def _sum_magnitude(norm: str) -> tuple[int, str] | None:
    """The first scale of a sum the text gives ("multi-billion" is 9), with its words; None when it gives none."""
    found = [(m.start(), order, m.group(0)) for order, pattern in _SUM_MAGNITUDES for m in pattern.finditer(norm)]
    return (min(found)[1], min(found)[2]) if found else None


def _magnitude(norm: str) -> tuple[float, str] | None:
    found = [
        (m.start(), order, m.group(0))
        for order, pattern in _MAGNITUDES
        for m in pattern.finditer(norm)
        if not _TIME_AFTER.match(norm, m.end())
    ]
    return (min(found)[1], min(found)[2]) if found else None


#: A bare number right after a copula or a comma, with nothing counted after it, is an age ("Savreux is 34 and").
_BARE_AGE_BEFORE = re.compile(r"(?:\b(?:is|was|aged|est|etait|age de|agee? de)|,)\s*$")


_BARE_AGE_AFTER = re.compile(r"\s*(?:$|[,.;!?)]|and\b|et\b|from\b|de\b|in\b|a\b|who\b|qui\b|lives?\b|vit\b)")


_RELATIVE_TIME = re.compile(r"\b(?:last|next|this|ago|yesterday|dernier|derniere|prochain|prochaine)\b")


#: French "engager" is both to hire and to commit: reflexive ("s'est engagée", "s'y engager", "se sont engagés") or
#: followed by "à" or "envers" it commits; with a direct object ("a engagé un millier de contractuels") it hires.
_REFLEXIVE = r"(?:(?<![\w'])[smt]'|\b(?:se|me|te|nous nous|vous vous) )(?:y )?(?:(?:est|sont|etait|etaient|etre|sera|seront) )?(?:\w+ment )?"
_COMMITTING_ENGAGE = _REFLEXIVE + r"engag\w*|\bengag\w*(?= (?:a|envers|aupres)\b)"
_HIRING_ENGAGE = (
    r"(?<!')(?<!s'est )(?<!s'y est )(?<!se sont )(?<!s'y sont )(?<!s'etait )(?<!s'etre )(?<!s'y etre )"
    r"engag(?:e|es|ee|ees|er|eait|eaient|ent)\b(?! (?:a|envers|aupres)\b)"
)

#: Verbs (English and French, accents folded) for the actions an `actor` answer can hold.
_ACTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("plan-hire", r"\b(?:plans?|planned|planning|intends?|wants?) to (?:hire|recruit|bring on)|\bwill (?:hire|recruit)|"
                  r"\bgoing to (?:hire|recruit)|\bprevoi\w* (?:\w+ )?d'(?:embaucher|recruter)|\bva (?:embaucher|recruter)|"
                  r"\bcompte (?:embaucher|recruter)"),
    ("hire", r"\b(?:hir(?:e|ed|es|ing)|recruit(?:s|ed|ing)?|brought (?:on|in)|bring(?:s|ing)? (?:on|in)\b(?! \$)|onboard(?:s|ed)?|"
             r"embauch\w*|recrut\w*|" + _HIRING_ENGAGE + r")\b"),
    ("lay-off", r"\b(?:fir(?:e|ed|es|ing)|laid off|lay(?:s|ing)? off|let go|dismiss\w*|sack(?:s|ed)?|"
                r"licenci\w*|renvo\w*|congedi\w*|vir(?:e|es|ee|ees|er)\b|remerci(?:e|es|ee|ees)\b|"
                r"cut(?:s|ting)? (?:\w+ ){0,2}?(?:jobs|workers|contractors|staff|people|trainers|employees|positions|labell?ers)|"
                r"supprim\w* (?:\w+ ){0,3}?(?:emplois|postes))"),
    ("end-partnership", r"\b(?:end(?:s|ed|ing)?|terminat\w*|cancel\w*|quit|stopp?(?:ed|s)? working|cut ties|"
                        r"dropp?(?:ed|s)?|mis fin|met fin|mettre fin|rompu|rompt|arrete\w*)\b"),
    # Verbs only: "Microsoft's investment", "its largest investor", "OpenAI's finances" name no one investing.
    ("invest", r"\b(?:invest(?:s|ed|ing)?\b|investi(?:t|r|ssent|ssait)?\b|fund(?:s|ed)?\b|financ(?:e|es|ed|er|ait|ent)\b|"
               r"put \$?\d|pour(?:s|ed)? \$?\d|verse\w*|injecte\w*|(?:a|ont|avait|aurait) mis \$?\d)"),
    # ("creating a union", "créer un syndicat" is a union vote's deed, not a release)
    ("release", r"\b(?:releas\w*|launch\w*|lanc\w*|creat(?:e|ed|es)(?! (?:a|un) (?:union|syndicat))|built|buil(?:d|ds)|"
                r"develop(?:ed|s)?|made|(?:came|comes|come) out|rolled out|debut(?:ed|s)?|"
                r"sorti\w*(?! de\b| du\b| d')|cree\w*(?! (?:a|un) (?:union|syndicat))|developpe\w*)\b|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bcompany )|(?<=\bfirm )|(?<=\bstartup )|(?<=\blab )|(?<=\best )|(?<=\bsont ))behind\b"),
    ("own", r"\b(?:own(?:s|ed)?|bought|buy(?:s)?|acquir\w*|possed\w*|detien\w*|rachet\w*|achet\w*|proprietaire)\b"),
    ("power", r"\b(?:power(?:s|ed)?|runs? on|alimente\w*|fai(?:t|sait) (?:aussi )?(?:tourner|fonctionner|marcher))\b"),
    ("report-first", r"\b(?:first report\w*|broke the (?:news|story)|(?:first )?broken (?:first )?by|scoop\w*|"
                     r"pour la premiere fois)\b"),
    ("thank", r"\b(?:thank\w*|remerci\w*)\b"),
    ("investigate", r"\b(?:investigat\w*|expos(?:e|ed|es|ing)|uncover\w*|enquet\w*)\b"),
    ("decline-comment", r"\b(?:declin\w* to comment|refus\w* (?:de )?comment\w*|refus\w* de s'exprimer|no comment|"
                        r"(?:would not|wouldn't|did not want to|didn't want to) comment|n'(?:a|ont) pas voulu (?:\w+ )?comment\w*|"
                        r"(?:respond|repond)\w* (?:to|aux?) (?:requests?|demandes?))"),
    ("publish", r"\b(?:publish\w*|publi(?:e|es|ee|ees|ent|er|cation)|issued)\b"),
    ("commit", r"\b(?:commit\w*|sign(?:ed|s)? up|sign(?:ed|s)? on to|signed on)\b|" + _COMMITTING_ENGAGE),
    ("test", r"\b(?:test(?:s|ed)?|exam\w*)\b"),
    ("work-for", r"\b(?:work(?:s|ed|ing)? (?:for|with|at)|contract(?:s|ed)? (?:for|with)|travaill\w* (?:pour|avec|chez))\b"),
    ("vote-union", r"\b(?:vot\w* to (?:form|join) a union|unioni[sz]\w*|syndiqu\w*|"
                   r"(?:form|creat|cree|set(?:ting)? up|fond|mont|start)\w* (?:a|un) (?:union|syndicat))"),
)  # fmt: skip


_ACTIONS = tuple((name, re.compile(pattern)) for name, pattern in _ACTION_PATTERNS)


_ACTION_PATTERN = dict(_ACTIONS)


def _verb_words(action: str, norm: str, verb_at: int) -> frozenset[str]:
    """The search tokens of the words that say a claim's action, where parse_claim found it."""
    m = _ACTION_PATTERN[action].match(norm, verb_at)
    return _tokens(m.group(0)) if m else frozenset()


#: A verb form after a determiner is a noun: "its hiring practices", "the layoffs".
_DETERMINED = re.compile(r"(?:\b(?:its|their|his|her|the|an|our|ses|leur|leurs|les)|\w's)\s+$")


#: A verb after a wish or an aim is no deed done ("Kumar wants to build his own startup"): no doer to check.
_INTENT = re.compile(
    r"\b(?:wants?|wanted|hopes?|hoped|aims?|aimed|dreams? of|would like|intends?|veut|voulait|espere|souhaite|"
    r"reve de|aimerait)\s+(?:to\s+)?$"
)


#: Actions that are one thing seen from two sides: laying workers off and ending the contract they work under.
_ACTION_GROUP = {"lay-off": "end", "end-partnership": "end", "plan-hire": "hire"}


_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|get|got|gets|getting|is|are)\s+(?:\w+ly\s+)?(?:\w+ed|laid|let|paid|made|built|brought|given|"
    r"taken|sold|bought|told|shown|cut|run)\b|\b(?:a|ont|avait|avaient|aurait)\s+ete\s+\w+|\b(?:est|sont)\s+\w+(?:e|es|ee|ees)\s+par\b"
)


_LOCATION_VERB = re.compile(
    r"\b(?:based|located|lives?|lived|living|from|headquartered|hails?|resident|denizen|basee?s?|situee?s?|vit|vivent|"
    r"habite\w*|originaire|siege|installee?s?|reside\w*|mov(?:e|ed|es|ing) to|relocat\w*|demenage\w*|"
    r"(?:vient|viennent|venait|venu|venue) (?:de|d'|du))\b"
)


_BY = re.compile(r"\b(?:by|par)\s+(?:the\s+|la\s+|le\s+|l')?")


#: Roles a claim can give a name, with the words that say each (English and French, folded).
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "ceo": ("ceo", "chief executive", "pdg", "directeur general", "directrice generale", "boss", "patron", "head of openai"),
    "founder": ("founder", "co-founder", "cofounder", "fondateur", "fondatrice", "cofondateur", "founded", "a fonde"),
    "president": ("president", "presidente", "chairman", "chair"),
    "partner": ("partner", "partenaire", "associe", "associee"),
    "head of operations": ("head of operations", "responsable des operations", "operations chief", "coo",
                           "chief operating officer", "directeur des operations", "directrice des operations"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "porte-parole"),
    "program lead": ("program lead", "programme lead", "responsable de programme", "responsable du programme"),
    "cto": ("cto", "chief technology officer", "directeur technique"),
    "engineer": ("engineer", "ingenieur", "ingenieure"),
    "researcher": ("researcher", "chercheur", "chercheuse", "scientist"),
    "employee": ("employee", "staff member", "employe", "employee of", "salarie", "salariee", "full-time", "on staff"),
    "contractor": ("contractor", "contract worker", "sous-traitant", "prestataire", "contractuel", "freelancer"),
    "trainer": ("trainer", "formateur", "formatrice", "labeler", "labeller", "annotator"),
    "journalist": ("journalist", "reporter", "journaliste"),
    "investor": ("investor", "investisseur"),
    "student": ("student", "etudiant", "etudiante"),
}  # fmt: skip


_ROLE_PATTERNS = tuple(
    (role, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")) for role, words in _ROLE_WORDS.items()
)


#: Roles that exclude one another: an employee is not a contractor, a CEO is not a partner.
_ROLE_CONFLICTS = {
    "employee": {"contractor"}, "contractor": {"employee"},
}  # fmt: skip


_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tell|tweeted|wrote|declared|stated|claimed|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!so-)called|quoted|according to|a declare|a dit|"
    r"dit|affirme|selon|a ecrit|a tweete|explained|added|announc\w*|annonc\w*|thinks?|thought|believes?|believed|feels?|"
    # French verbs of saying, as the English ones above (explained, added, told, claimed, stated, admitted), and the English
    # ones of the French (admitted, noted, insisted, recalled)
    r"(?:a|ont|avait|avaient) (?:explique|ajoute|raconte|confie|precise|indique|souligne|reconnu|assure|declare|ecrit)|"
    r"admitted|acknowledged|noted|insisted|recalled|"
    r"pense|pensait|estime|trouve|put (?:[\w']+ ){1,3}at(?= \d))\b"
)


#: Places the articles do not name, so that "hired in Africa" can be told apart from "hired in Latin America".
#: Each maps to the larger place it is in (None at the top), place entities included by id.
_GAZETTEER: dict[str, str | None] = {
    "africa": None, "afrique": "africa", "asia": None, "asie": "asia", "europe": None, "north america": None,
    "amerique du nord": "north america", "western europe": "europe", "europe de l'ouest": "europe",
    "middle east": None, "moyen-orient": "middle east", "india": "asia", "inde": "asia", "china": "asia",
    "chine": "asia", "japan": "asia", "japon": "asia", "philippines": "asia", "pakistan": "asia", "vietnam": "asia",
    "bangladesh": "asia", "united states": "north america", "etats-unis": "north america", "usa": "north america",
    "u.s.": "north america", "america": None, "canada": "north america", "mexico": "latin-america",
    "mexique": "latin-america", "brazil": "latin-america", "bresil": "latin-america", "argentina": "latin-america",
    "argentine": "latin-america", "colombia": "latin-america", "colombie": "latin-america", "venezuela": "latin-america",
    "chile": "latin-america", "chili": "latin-america", "peru": "latin-america", "perou": "latin-america",
    "nigeria": "africa", "south africa": "africa", "afrique du sud": "africa", "uganda": "africa", "ouganda": "africa",
    "ethiopia": "africa", "ethiopie": "africa", "ghana": "africa", "egypt": "africa", "egypte": "africa",
    "poland": "eastern-europe", "pologne": "eastern-europe", "ukraine": "eastern-europe", "romania": "eastern-europe",
    "roumanie": "eastern-europe", "russia": "eastern-europe", "russie": "eastern-europe", "hungary": "eastern-europe",
    "serbia": "eastern-europe", "bulgaria": "eastern-europe", "uk": "europe", "united kingdom": "europe",
    "royaume-uni": "europe", "england": "europe", "angleterre": "europe", "britain": "europe", "ireland": "europe",
    "irlande": "europe", "france": "europe", "germany": "europe", "allemagne": "europe", "spain": "europe",
    "espagne": "europe", "italy": "europe", "italie": "europe", "london": "europe", "londres": "europe",
    "paris": "europe", "berlin": "europe", "dublin": "europe", "california": "united states",
    "californie": "united states", "new york": "united states", "seattle": "united states", "boston": "united states",
    "chicago": "united states", "los angeles": "united states", "washington": "united states",
    "florida": "united states", "floride": "united states", "kansas": "united states", "dallas": "texas",
    "houston": "texas", "san antonio": "texas", "el paso": "texas", "st. louis": "missouri", "st louis": "missouri",
    "saint louis": "missouri", "saint-louis": "missouri", "springfield": "missouri", "jefferson city": "missouri", "oakland": "california", "palo alto": "california", "silicon valley": "california",
    "toronto": "canada", "montreal": "canada", "mombasa": "kenya", "lagos": "africa", "manila": "asia",
    "bangalore": "asia", "sao paulo": "latin-america", "buenos aires": "latin-america", "bogota": "latin-america",
}  # fmt: skip


#: Where the articles' own places are.
_PLACE_PARENT: dict[str, str | None] = {
    "nairobi": "kenya", "kenya": "africa", "kansas-city": "united states", "texas": "united states",
    "san-francisco": "california", "latin-america": "america", "eastern-europe": "europe", "north america": "america",
}  # fmt: skip


_GAZETTEER_PATTERN = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(_GAZETTEER, key=len, reverse=True)) + r")\b")


#: Organisations and outlets the articles never name, so that "The Information first reported it" can be told
#: apart from a claim naming no one (it was Semafor). Names that are also ordinary words count only when capitalised.
_OUTSIDE_ORGS: dict[str, str] = {
    "the information": "The Information", "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "new york times": "The New York Times", "nyt": "The New York Times", "washington post": "The Washington Post",
    "reuters": "Reuters", "bloomberg": "Bloomberg", "cnn": "CNN", "bbc": "BBC", "the verge": "The Verge",
    "techcrunch": "TechCrunch", "wired": "Wired", "the guardian": "The Guardian", "financial times": "The Financial Times",
    "axios": "Axios", "business insider": "Business Insider", "forbes": "Forbes", "cnbc": "CNBC", "vice": "Vice",
    "anthropic": "Anthropic", "meta": "Meta", "apple": "Apple", "nvidia": "Nvidia", "ibm": "IBM", "intel": "Intel",
    "tesla": "Tesla", "amazon web services": "Amazon Web Services", "aws": "Amazon Web Services", "baidu": "Baidu",
    "scale ai": "Scale AI", "appen": "Appen", "upwork": "Upwork", "accenture": "Accenture", "deloitte": "Deloitte",
    "twitter": "Twitter", "x corp": "X Corp", "samsung": "Samsung", "salesforce": "Salesforce", "oracle": "Oracle",
    "stability ai": "Stability AI", "cohere": "Cohere", "mistral": "Mistral", "hugging face": "Hugging Face",
}  # fmt: skip


#: People the articles never name, who may be said to have said or done what someone they name did ("Tim Cook announced
#: Microsoft's layoffs": it was Satya Nadella). Surnames alone only for names nobody else bears in the articles.
_OUTSIDE_PEOPLE: dict[str, str] = {
    "greg brockman": "Greg Brockman", "brockman": "Greg Brockman", "tim cook": "Tim Cook", "elon musk": "Elon Musk",
    "musk": "Elon Musk", "sundar pichai": "Sundar Pichai", "pichai": "Sundar Pichai", "mark zuckerberg": "Mark Zuckerberg",
    "zuckerberg": "Mark Zuckerberg", "jeff bezos": "Jeff Bezos", "bezos": "Jeff Bezos", "bill gates": "Bill Gates",
    "ilya sutskever": "Ilya Sutskever", "sutskever": "Ilya Sutskever", "mira murati": "Mira Murati", "murati": "Mira Murati",
    "demis hassabis": "Demis Hassabis", "hassabis": "Demis Hassabis", "dario amodei": "Dario Amodei", "amodei": "Dario Amodei",
    "jensen huang": "Jensen Huang", "andy jassy": "Andy Jassy", "brad smith": "Brad Smith", "kevin scott": "Kevin Scott",
    "reid hoffman": "Reid Hoffman", "sheryl sandberg": "Sheryl Sandberg", "yann lecun": "Yann LeCun", "lecun": "Yann LeCun",
    "geoffrey hinton": "Geoffrey Hinton", "andrew ng": "Andrew Ng", "mustafa suleyman": "Mustafa Suleyman",
    "jack dorsey": "Jack Dorsey", "larry page": "Larry Page", "sergey brin": "Sergey Brin", "steve jobs": "Steve Jobs",
    "timnit gebru": "Timnit Gebru", "fei-fei li": "Fei-Fei Li", "marc benioff": "Marc Benioff", "jack clark": "Jack Clark",
}  # fmt: skip


_OUTSIDE_PEOPLE_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_OUTSIDE_PEOPLE, key=len, reverse=True)) + r")(?:'s)?(?![\w-])"
)


#: Products and models the articles never name, told apart from the ones they do ("GPT-4" is not GPT-3).
_OUTSIDE_PRODUCTS: dict[str, str] = {
    "gpt-4": "GPT-4", "gpt 4": "GPT-4", "gpt4": "GPT-4", "gpt-3.5": "GPT-3.5", "gpt-2": "GPT-2", "gpt-5": "GPT-5",
    "palm": "PaLM", "bard": "Bard", "gemini": "Gemini", "claude": "Claude", "llama": "LLaMA", "lamda": "LaMDA",
    "bert": "BERT", "dall-e": "DALL-E", "whisper": "Whisper", "tabnine": "Tabnine", "codewhisperer": "CodeWhisperer",
}  # fmt: skip


_OUTSIDE_PRODUCT_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_OUTSIDE_PRODUCTS, key=len, reverse=True)) + r")(?![\w-])"
)


#: The news outlets among them (display names): an outlet a claim may give what the articles say to.
_OUTSIDE_OUTLETS = frozenset(
    {
        "The Information", "The Wall Street Journal", "The New York Times", "The Washington Post", "Reuters", "Bloomberg",
        "CNN", "BBC", "The Verge", "TechCrunch", "Wired", "The Guardian", "The Financial Times", "Axios",
        "Business Insider", "Forbes", "CNBC", "Vice",
    }
)  # fmt: skip


_OUTSIDE_ORG_WORDS = frozenset(
    {"the information", "meta", "apple", "wired", "vice", "the guardian", "intel", "oracle", "cohere", "mistral"}
)


_OUTSIDE_ORG_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_OUTSIDE_ORGS, key=len, reverse=True)) + r")(?:'s)?(?![\w-])"
)


#: Words a claim may use without the fact having them: how people phrase a claim, not what it says.
_FRAMING = frozenset(
    search_tokens(
        "true false really actually indeed reported report reports reporting article articles say says said claim claims "
        "according state states stated mention mentioned correct right fact check yes "
        "vrai faux vraiment article articles dit disent affirme affirment selon rapporte rapportent exact "
        "did does do is are was were has have had get got can could will would put puts took take takes make makes "
        "made give gave hold holds held went go goes become became come came reveal revealed reveals revele "
        "pris prend prennent prendre fait font think thinks thought believe believes believed feel feels pense estime "
        "apparently supposedly allegedly apparemment visiblement seem seems seemed appear appears appeared semble "
        "semblent semblait tend tends tended tendance "
        # French of "will", "would", "took", "gave" ("allait licencier", "a fait passer un test", "a passé un test")
        "va vont allait allaient aller passer passe "
        # talking to a reporter is saying: who said it, and to whom, are the names' to settle
        "talk talks talked talking spoke speak speaks spoken told tell tells parle parlent parlait "
    )
)


#: Entity aliases that are ordinary words: they name the entity only when capitalised.
_COMMON_WORD_ALIASES = frozenset({"time", "invisible", "slack", "chatbot", "tweet", "tweeted", "amazon", "gpt", "sf", "pai"})


@dataclass(frozen=True, slots=True)
class Number:
    """A figure a claim gives."""

    value: float
    kind: str  # count | money | percent | rate (a count per unit of time that is not a sum: "70 a day")
    bound: str  # exact | approx | over | under
    per: str | None
    #: Search tokens of the words right after it (what is counted) and of the whole claim.
    after: frozenset[str]
    text: str
    #: Search tokens of the one word right after it ("mois" in "deux mois avant ...").
    first: frozenset[str] = frozenset()
    #: "at least", "au moins": the bound holds the figure itself.
    inclusive: bool = False
    #: In a claim giving several figures, its words since the figure before it ("and Kumar is" for the 22 of "Savreux
    #: is 34 and Kumar is 22"): whose figure it is; empty for a claim's only figure.
    before: str = ""


@dataclass(frozen=True, slots=True)
class ClaimDate:
    year: int | None
    month: int | None
    text: str
    #: The day of the month, when the claim gives one ("January 18", "le 18 janvier").
    day: int | None = None
    #: The last year of a decade the claim gives ("the 1950s", "les années 1950": 1950 to 1959).
    last_year: int | None = None


#: An outlet named as whose report or article it is ("Semafor's report", "le rapport de Semafor", "l'article de Semafor").
_REPORT_AFTER = re.compile(r"(?:'s)? (?:report|article|story|reporting)\b")  # the name's end may hold its "'s"
_REPORT_BEFORE = re.compile(r"\b(?:rapport|article|reportage|enquete) (?:de |du |d')$|\b(?:told|tell|tells|to|a)\s$")


def _reports_it(norm: str, entity: str, at: int, base: KnowledgeBase) -> bool:
    """Whether a publication's name at `at` is said to be whose report it is, or the one told ("told Semafor", "à
    Semafor"): it tells of the deed, it is not its doer (a firm's "Sama story" is about Sama)."""
    if base.entities[entity].type != "publication":
        return False
    return bool(_REPORT_AFTER.match(norm, _name_end(norm, entity, at, base)) or _REPORT_BEFORE.search(norm[:at]))


@dataclass(frozen=True, slots=True)
class ParsedClaim:
    """What a claim asserts, read for checking."""

    text: str
    language: str
    negated: bool
    numbers: tuple[Number, ...]
    dates: tuple[ClaimDate, ...]
    #: Entity ids in the order they appear, with their position in the normalised text.
    entities: tuple[tuple[str, int], ...]
    #: Places the articles do not name (gazetteer names).
    other_places: tuple[str, ...]
    actions: tuple[tuple[str, int], ...]
    roles: tuple[str, ...]
    speech: bool
    passive: bool
    relative_time: bool
    tokens: frozenset[str]
    #: The claim with its numbers and dates taken out, for the engine to find what it is about.
    core: str
    #: Organisations and outlets the articles never name (display names), with their position in the normalised text.
    other_orgs: tuple[tuple[str, int], ...] = ()
    #: Products and models the articles never name (display names).
    other_products: tuple[str, ...] = ()
    #: People the articles never name (display names), with their position in the normalised text.
    other_people: tuple[tuple[str, int], ...] = ()
    #: It denies a denial ("did not decline to comment", "was not unpaid", "n'a pas refusé"): it asserts the opposite
    #: of what a fact's denial says, never the same.
    double_negation: bool = False
    #: Places demonyms give as where a named one is from or based ("Sama is a Kenyan company", "la boîte kényane
    #: Sama"): (place, the entity it places, the demonym's words), read as "Sama is based in Kenya" is.
    placed: tuple[tuple[str, str, str], ...] = ()

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e for e, _ in self.entities))

    def subject(self, base: KnowledgeBase) -> str | None:
        """Who the claim says did the thing: the first non-place entity before the verb, or after "by"."""
        if not self.actions:
            return None
        verb_at = self.actions[0][1]
        if self.passive:
            return None
        doer = [e for e, at in self.entities if at < 0]  # "fired by OpenAI" (moved first by parse_claim)
        if doer:
            return doer[0]
        start = 0
        said = _SPEECH.search(_norm(self.text))
        if said and said.start() < verb_at:
            start = said.end()  # "Nadella said Microsoft would cut ...": the doer follows the speech verb
        before = [(e, at) for e, at in self.entities if start <= at < verb_at and base.entities[e].type != "place"]
        # "Semafor's report speaks of a plan to hire", "le rapport de Semafor évoque": the outlet whose report it is
        # tells of the deed; it is not its doer.
        before = [(e, at) for e, at in before if not _reports_it(_norm(self.text), e, at, base)]
        if len(before) > 1:
            # "the trainers Invisible laid off": a name right before the verb, after other words, is its doer (a clause
            # of its own), unless it is joined to the names before it ("OpenAI and Invisible laid off").
            (prev, prev_at), (last, last_at) = before[-2], before[-1]
            norm = _norm(self.text)
            gap = norm[_name_end(norm, prev, prev_at, base) : last_at]
            if _ADJACENT_VERB.fullmatch(norm[_name_end(norm, last, last_at, base) : verb_at]) and not _JOINED.fullmatch(gap):
                return last
            owner = norm[:last_at].rstrip()
            if owner.endswith(("'s", "s'")) and _name_end(norm, prev, prev_at, base) == len(owner) and not gap.strip():
                return last  # "Google's DeepMind publicly committed": DeepMind did, Google only owns it
        return before[0][0] if before else None


#: What may stand between a doer and its verb ("Invisible had laid off", "DeepMind publicly committed").
_ADJACENT_VERB = re.compile(r"\s*(?:(?:had|has|have|also|then|just|recently|a|avait|ont|qui|\w+ly)\s+)*")


#: Names joined as one doer: "OpenAI and Invisible", "OpenAI, Invisible".
_JOINED = re.compile(r"\s*(?:,\s*and|,|and|et|or|ou|&)?\s*")


def _name_end(norm: str, entity_id: str, at: int, base: KnowledgeBase) -> int:
    """Where the name of an entity found at `at` in a claim's normalised text ends (its longest name there)."""
    entity = base.entities[entity_id]
    ends = [at + len(n) for n in (_norm(x) for x in (entity.name, *entity.aliases)) if norm.startswith(n, at)]
    end = max(ends, default=at)
    return end + 2 if norm.startswith("'s", end) else end


#: A word that puts what follows in a month: "in May", "en mai", "depuis mai", "early May" ("may" alone is a verb).
_IN_MONTH = re.compile(r"\b(?:in|since|until|by|during|early|late|mid|en|depuis|jusqu'en|debut|fin|courant|mois de)\s*-?$")


#: A fiscal year ("fiscal 2023", "fiscal year 2023", "FY23", "l'exercice 2023"): no calendar date, its own point.
_FISCAL_YEAR = re.compile(
    r"\b(?:fiscal(?: year)?|exercice(?: fiscal)?|annee fiscale)\s+((?:19|20)\d{2})\b|\bfy\s?'?(\d{2}(?:\d{2})?)\b"
)


def fiscal_years(text: str) -> set[int]:
    """The fiscal years a text gives, as four-digit years ("FY23": 2023)."""
    years = set()
    for m in _FISCAL_YEAR.finditer(_norm(text)):
        value = m.group(1) or m.group(2)
        years.add(int(value) if len(value) == 4 else 2000 + int(value))
    return years


def parse_claim(text: str, base: KnowledgeBase) -> ParsedClaim:
    """Read a claim's checkable points."""
    norm = _norm(text)
    language = guess_language(text)
    numbers: list[Number] = []
    dates: list[ClaimDate] = []
    spans: list[tuple[int, int]] = []
    for m in _MONTH.finditer(norm):
        month = _MONTHS[m.group(1)]
        # "may" is a verb, "mar" a word, "sept" a number in French: a month only with a year or day beside it.
        ambiguous = m.group(1) in ("may", "mai", "mar", "sept", "dec", "jan")
        if (
            ambiguous
            and not re.search(r"\d", norm[m.end() : m.end() + 6])
            and not re.search(r"\d\s*$", norm[: m.start()])
            and not (m.group(1) in ("may", "mai") and _IN_MONTH.search(norm[: m.start()]))
        ):
            continue
        year = re.match(r"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b", norm[m.end() :])
        end = m.end() + (year.end() if year else 0)
        start = m.start()
        # The day of the month after it ("January 18", "Jan. 18, 2023") or before it ("18 January", "le 1er mars").
        day_after = _DAY_AFTER.match(norm[m.end() :])
        day_before = _DAY_BEFORE.search(norm[: m.start()])
        day = None
        if day_after and 1 <= int(day_after.group(1)) <= 31:
            day = int(day_after.group(1))
            end = max(end, m.end() + day_after.end())
        elif day_before and 1 <= int(day_before.group(1)) <= 31:
            day = int(day_before.group(1))
            start = day_before.start(1)
        dates.append(ClaimDate(int(year.group(1)) if year else None, month, _surface(text, norm, start, end), day))
        spans.append((start, end))
    for m in _DECADE.finditer(norm):
        if not any(a <= m.start() < b for a, b in spans):
            first = int(m.group(1) or m.group(2))
            dates.append(ClaimDate(first, None, _surface(text, norm, m.start(), m.end()), last_year=first + 9))
            spans.append((m.start(), m.end()))
    for m in _FISCAL_YEAR.finditer(norm):
        spans.append((m.start(), m.end()))  # "by Q3 of fiscal 2023": a company's year, checked against the fact's words
    for m in re.finditer(r"\b((?:19|20)\d{2})\b", norm):
        if any(a <= m.start() < b for a, b in spans):
            continue
        before = norm[max(0, m.start() - 12) : m.start()]
        after = norm[m.end() : m.end() + 12]
        unit_after = re.match(
            r"\s*(?:%|percent|dollars|\$|people|contractors|workers|employees|developers|sous|personnes)", after
        )
        if (
            _YEAR_CONTEXT.search(before) or not before.strip() or after.strip() == "" or after.startswith((",", "."))
        ) and not unit_after:
            dates.append(ClaimDate(int(m.group(1)), None, m.group(1)))
            spans.append((m.start(), m.end()))
    words_norm = _words_as_digits(norm)
    sums: list[tuple[int, int, int]] = []  # each figure's index and span in words_norm
    for m in _NUMBER.finditer(words_norm):
        if any(a <= m.start("num") < b for a, b in spans) or (len(words_norm) != len(norm) and False):
            continue
        raw = m.group("num")
        if re.search(r"[a-z]-?$", words_norm[max(0, m.start("num") - 2) : m.start("num")]):
            continue  # part of a name: GPT-3, FY23
        value = float(raw.replace(",", "."))
        scale = m.group("scale")
        if scale:
            value *= _SCALES[scale]
        unit = (m.group("unit") or "").strip()
        pre = (m.group("pre") or "").strip()
        cur = m.group("cur")
        tail = words_norm[m.end() : m.end() + 40]
        if unit in ("%", "percent", "per cent") or unit.startswith("pour"):
            kind = "percent"
        elif cur or unit in ("dollar", "dollars", "usd", "$", "euro", "euros", "€") or re.match(r"\s*(?:de )?dollars", tail):
            kind = "money"
        else:
            kind = "count"
        if kind == "count" and not unit and (_RATE.match(tail) or _UNIT_RATE.match(tail)):
            # "0 an hour", "70 a day": a rate, never a count of hours or days; with a pay word it is a sum per hour.
            kind = "money" if _PAY_WORD.search(norm) else "rate"
        span = _SPAN_BEFORE_FIGURE.search(words_norm[: m.start()])  # "pendant deux ans", "depuis 2 ans": a span, not an age
        if not span and (re.match(r"-?years?[- ]old|ans", unit) or re.match(r"\s*(?:-?years?[- ]old|ans\b)", tail)):
            after_words = "age old"
        elif kind == "count" and not pre and _bare_age(words_norm[: m.start()], tail, base):
            after_words = "age old"  # "Savreux is 34 and ...", "Kumar, 22, ...": a person's bare number is an age
        else:
            after_words = " ".join(([unit] if span and unit else []) + tail.split()[:4])  # "pendant deux ans": of years
        if kind == "money":
            after_words = words_norm
            compared = _COMPARED_WITH.search(words_norm, m.end())
            if compared is not None:
                # "$15 an hour, more than Missouri's minimum wage": what it is compared with is not what it is of.
                after_words = words_norm[: compared.start()]
        bound = "exact"
        if pre in ("more than", "over", "at least", "upwards of", "plus de", "au moins"):
            bound = "over"
        elif pre in ("fewer than", "less than", "under", "moins de"):
            bound = "under"
        elif pre:
            bound = "approx"
        per = next((name for name, pattern in _PER.items() if pattern.search(tail[:25])), None) if kind == "money" else None
        first = _tokens(" ".join(tail.split()[:1]))
        inclusive = pre in ("at least", "au moins")  # "at least $15" holds $15 itself
        numbers.append(Number(value, kind, bound, per, _tokens(after_words), m.group(0).strip(), first, inclusive=inclusive))
        sums.append((len(numbers) - 1, m.start(), m.end()))
    if len(sums) > 1:
        for k, (i, a, _) in enumerate(sums):
            numbers[i] = replace(numbers[i], before=words_norm[sums[k - 1][2] if k else 0 : a])
    if len([i for i, _, _ in sums if numbers[i].kind == "money"]) > 1:
        # Two sums in one claim ("Savreux's $15 an hour is more than Missouri's $12 minimum wage"): each is of what the
        # words beside it say, not of everything the claim names.
        money = [(i, a, b) for i, a, b in sums if numbers[i].kind == "money"]
        for k, (i, a, b) in enumerate(money):
            lo = money[k - 1][2] if k else 0
            hi = money[k + 1][1] if k + 1 < len(money) else len(words_norm)
            before = words_norm[lo:a].split()[-_SUM_WINDOW:]
            after = words_norm[b:hi].split()[:_SUM_WINDOW]
            numbers[i] = replace(numbers[i], after=_tokens(" ".join([*before, *after])))
    unpaid = _UNPAID.search(norm)
    if unpaid and not any(n.kind == "money" for n in numbers):
        # "The coding test was unpaid" gives a sum: nothing (a fact's curated pay of 0 settles it either way).
        numbers.append(Number(0.0, "money", "exact", None, _tokens(norm), unpaid.group(0)))
    elif (
        not numbers
        and (paid := _PAID.search(norm))
        and not _CLAIM_NEGATION.search(norm[: paid.start()])
        and not _PAY_LEVEL.search(norm[: paid.start()])
    ):
        # "The coding test was paid": some sum, not nothing.
        numbers.append(Number(0.0, "money", "over", None, _tokens(norm), paid.group(0)))
    entities = _find_entities(text, norm, base)
    placed = _placed_by_demonyms(norm, entities, base)
    for place, _, at, _ in placed:
        if place in base.entities and place not in dict(entities):
            entities = sorted([*entities, (place, at)], key=lambda p: p[1])  # "kényane": Kenya, as "Kenyan" is
    # A gazetteer name inside a place the articles name is that place ("europe" in "Eastern Europe"), not another.
    named_spans = [
        (at, at + len(name))
        for e, at in entities
        if base.entities[e].type == "place"
        for name in (_norm(n) for n in (base.entities[e].name, *base.entities[e].aliases))
        if norm.startswith(name, at)
    ]
    places = tuple(
        dict.fromkeys(
            [
                *(
                    m.group(1)
                    for m in _GAZETTEER_PATTERN.finditer(norm)
                    if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in named_spans)
                ),
                *(place for place, _, _, _ in placed if place not in base.entities),  # "Kumar is Indian": India
            ]
        )
    )
    actions = []
    for name, pattern in _ACTIONS:
        m = next(
            (
                m
                for m in pattern.finditer(norm)
                if not _DETERMINED.search(norm[: m.start()]) and (name == "plan-hire" or not _INTENT.search(norm[: m.start()]))
            ),
            None,
        )
        if m and not any(a == "plan-hire" for a, _ in actions if name == "hire"):
            actions.append((name, m.start()))
    actions.sort(key=lambda a: a[1])
    roles = _predicated_roles(norm, entities, base)
    passive = bool(_PASSIVE.search(norm)) and not _BY.search(norm)
    by = _BY.search(norm)
    if by and actions:
        # "fired by OpenAI": the doer comes after "by"; make it the subject by moving it before the verb.
        after_by = [(e, at) for e, at in entities if at >= by.end() and base.entities[e].type != "place"]
        owner_end = _name_end(norm, after_by[0][0], after_by[0][1], base) if after_by else 0
        if len(after_by) > 1 and not norm[owner_end : after_by[1][1]].strip() and norm[:owner_end].endswith(("'s", "s'")):
            after_by = after_by[1:]  # "powered by OpenAI's Codex": Codex, which OpenAI owns
        if after_by:
            doer = after_by[0][0]
            entities = [(doer, -1)] + [(e, at) for e, at in entities if e != doer]
    core = norm
    for a, b in sorted(spans, reverse=True):
        core = core[:a] + " " + core[b:]
    core = re.sub(r"\$?\d+(?:[.,]\d+)?\s?(?:%|billion|milliards?|million)?", " ", core)
    return ParsedClaim(
        text=text,
        language=language,
        negated=bool(_CLAIM_NEGATION.search(_NOT_JUST_BUT.sub(" ", norm))),
        numbers=tuple(numbers),
        dates=tuple(dates),
        entities=tuple(entities),
        other_places=places,
        actions=tuple(actions),
        roles=roles,
        speech=bool(_SPEECH.search(norm)),
        passive=passive,
        relative_time=bool(_RELATIVE_TIME.search(norm)),
        # a figure said in words is the figure's too ("un millier": 1000, as the sides of a disagreement give it)
        tokens=_engage_read(norm, _tokens(text)) | {t for t in _tokens(words_norm) if t.isdigit()},
        core=" ".join(core.split()),
        other_orgs=_outside_orgs(text, norm),
        other_products=tuple(dict.fromkeys(_OUTSIDE_PRODUCTS[m.group(1)] for m in _OUTSIDE_PRODUCT_PATTERN.finditer(norm))),
        other_people=tuple((_OUTSIDE_PEOPLE[m.group(1)], m.start()) for m in _OUTSIDE_PEOPLE_PATTERN.finditer(norm)),
        double_negation=bool(_DOUBLE_NEGATION.search(norm)),
        placed=tuple((place, holder, words) for place, holder, _, words in placed),
    )


def _placed_by_demonyms(norm: str, entities: list[tuple[str, int]], base: KnowledgeBase) -> list[tuple[str, str, int, str]]:
    """The places demonyms give as where a named one is from or based ("Sama is a Kenyan company": Kenya, Sama), each
    as (place: entity id or gazetteer name, the one it places, where the demonym stands, its words)."""
    demonyms = find_demonyms(norm)
    if not demonyms:
        return []
    names = [
        (e, at, _name_end(norm, e, at, base), base.entities[e].type) for e, at in entities if base.entities[e].type != "place"
    ]
    found = []
    for demonym in demonyms:
        holder = described(norm, demonym, names)
        place = _place_named(demonym.place, base)
        if holder is not None and place is not None:
            found.append((place, holder, demonym.start, demonym.words(norm)))
    return found


def _place_named(name: str, base: KnowledgeBase) -> str | None:
    """A place by its folded name: the entity the articles name it by (an alias too: "missouri" is Kansas City), or the
    gazetteer's name."""
    for entity in base.entities.values():
        if entity.type == "place" and name in (_norm(n) for n in (entity.name, *entity.aliases)):
            return entity.id
    return name if name in _GAZETTEER or name in _PLACE_PARENT else None


def _outside_orgs(text: str, norm: str) -> tuple[tuple[str, int], ...]:
    found = []
    for m in _OUTSIDE_ORG_PATTERN.finditer(norm):
        name = m.group(1)
        original = text[m.start() : m.end()] if len(text) == len(norm) else ""
        if name in _OUTSIDE_ORG_WORDS and not (original.split() or [""])[-1][:1].isupper():
            continue  # "the information", "meta" as ordinary words
        found.append((_OUTSIDE_ORGS[name], m.start()))
    return tuple(found)


#: Words that may stand between a name and the role a claim gives it: "Sam Altman is OpenAI's CEO", "Matelich, the head of".
_ROLE_LINK = frozenset(
    [
        "is",
        # a name taken up by a pronoun: "Grace Matelich, elle est associée", "Kumar, he is a trainer"
        "elle",
        "il",
        "she",
        "he",
        "was",
        "are",
        "were",
        "'s",
        "the",
        "a",
        "an",
        "as",
        "of",
        "at",
        "for",
        "also",
        "now",
        "still",
        "currently",
        "serves",
        "works",
        "worked",
        "working",
        "travaille",
        "travaillait",
        "became",
        "est",
        "etait",
        "sont",
        "la",
        "le",
        "l",
        "les",
        "un",
        "une",
        "comme",
        "de",
        "d",
        "du",
        "chez",
        "aussi",
        "l'",
        "d'",
    ]
)


def _predicated_roles(norm: str, entities: list[tuple[str, int]], base: KnowledgeBase) -> tuple[str, ...]:
    """The roles a claim gives a person: a role word next to a person's name, linked by a copula or apposition."""
    people = [(e, at) for e, at in entities if base.entities[e].type == "person"]
    if not people:
        return ()
    names = {w for e, _ in entities for n in (base.entities[e].name, *base.entities[e].aliases) for w in _norm(n).split()}
    out = []
    for role, pattern in _ROLE_PATTERNS:
        for m in pattern.finditer(norm):
            for _, at in people:
                span = norm[at : m.start()] if at < m.start() else norm[m.end() : at]
                if at < m.start():
                    # an aside between commas after the name: "Sonam Jindal, quoted on AI's workforce, is a program lead"
                    span = re.sub(r",[^,]{1,80},", " ", span)
                between = re.findall(r"'s\b|\b[a-z]'|[\w-]+", span)
                if at < m.start():
                    between = between[1:]  # the name's first word
                if len(between) <= 6 and all(w in _ROLE_LINK or w in names for w in between):
                    out.append(role)
                    break
            if out and out[-1] == role:
                break
    return tuple(out)


def _bare_age(before: str, after: str, base: KnowledgeBase) -> bool:
    """Whether a bare number is a person's age: right after the person's name and a copula or a comma ("Savreux is 34
    and", "Kumar, 22,"), with nothing counted after it ("OpenAI's headcount is 375" is no one's age)."""
    link = _BARE_AGE_BEFORE.search(before)
    if not link or not _BARE_AGE_AFTER.match(after):
        return False
    named = before[: link.start()].strip()
    people = (n for e in base.entities.values() if e.type == "person" for n in (e.name, *e.aliases))
    return any(named.endswith(_norm(n)) for n in people)


def _surface(text: str, norm: str, start: int, end: int) -> str:
    """The claim's own words for a span of its normalised text (the normalised words when lengths differ)."""
    return (text[start:end] if len(text) == len(norm) else norm[start:end]).strip()


#: A word relating a name to another just before it: "in", "with", "nor" ... ("an investment in Microsoft").
_RELATION_BEFORE = re.compile(r"\b(?:in|into|with|for|to|from|nor|and|dans|avec|pour|a|ni|et)\s+(?:the\s+|la\s+|le\s+|l')?$")


_GPT_FAMILY_AFTER = re.compile(r"\s+(?:bots?|chatbots?|models?|family|series|line|systems?|tools?)\b")


_GPT_FAMILY_BEFORE = re.compile(r"\b(?:bots?|chatbots?|modeles?|robots?|systemes?|outils?)\s+$")


def _find_entities(text: str, norm: str, base: KnowledgeBase) -> list[tuple[str, int]]:
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    # Only the names the text contains, longest first (compiling a pattern for every name of a large base, at every claim,
    # churned memory and time; a sorted list of every name was 10 MiB at 100k facts, the peak of a warm `ask`).
    named = (p for e in base.entities.values() for n in (e.name, *e.aliases) if (p := (_norm(n), e))[0] in norm)
    for name, entity in sorted(named, key=lambda p: -len(p[0])):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:'s|s)?(?![\w-])", norm):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if name == "gpt" and (_GPT_FAMILY_AFTER.match(norm, m.end()) or _GPT_FAMILY_BEFORE.search(norm, 0, m.start())):
                continue  # "its GPT bots", "les bots GPT": the family of models, not GPT-3
            if name in _COMMON_WORD_ALIASES:
                # An ordinary word names the entity when written as a name, or in a text typed all in lower case.
                original = text[m.start() : m.end()] if len(text) == len(norm) else ""
                lower_case_text = not any(ch.isupper() for ch in text) and name not in ("time", "tweet", "tweeted", "chatbot")
                if not original[:1].isupper() and not lower_case_text:
                    continue
            taken.append((m.start(), m.end()))
            found.setdefault(entity.id, m.start())
    return sorted(found.items(), key=lambda p: p[1])


#: Words a claim uses for what the facts call otherwise (beyond the engine's synonyms).
#: What puts a figure of years as how long something lasted ("pendant deux ans", "depuis 2 ans", "for two years").
_SPAN_BEFORE_FIGURE = re.compile(r"\b(?:pendant|depuis|durant|en|sur|il y a|au cours des|for|over|in)\s*$")


_CLAIM_SYNONYMS = {
    "coder": "programmer", "engineer": "programmer", "ingenieur": "programmer", "job": "worker", "jobs": "worker",
    "heur": "hour", "heure": "hour", "heures": "hour", "jour": "day", "jours": "day", "days": "day", "weeks": "week", "anne": "year", "annees": "year", "vers": "invest", "verse": "invest", "injecte": "invest", "poured": "invest",
    "peopl": "worker", "person": "worker", "personn": "worker", "personne": "worker", "gens": "worker", "emploi": "worker", "emplois": "worker",
    "repos": "depend", "reli": "depend", "reliant": "depend",
    "entraineur": "trainer", "entraineurs": "trainer",
    "gig": "worker", "employ": "worker", "traitant": "contractor", "tech": "technical", "avant": "auparavant", "previously": "auparavant", "annonc": "post",
    "ad": "post", "ads": "post", "advert": "post", "advertis": "post", "advertisement": "post",
    "bring": "provid", "deliver": "provid",
    # inflections that stem short of their synonym: "earned" is "earn", which is pay
    "earn": "pay", "recruit": "hire", "kenyan": "kenya", "investi": "invest",
    # a code repository, in either language and either stem
    "repository": "repositor", "depot": "repositor", "referentiel": "repositor",
    # "suppressions de postes": job cuts, which is a layoff
    "suppression": "layoff",
    # "salaire horaire": the hourly pay
    "horair": "hour",
}  # fmt: skip


_SOUS_TRAITANT = re.compile(r"\bsous\s+(?=traitant)", re.IGNORECASE)


#: "chez lui", "de chez elle": at home (where "chez Invisible" is at a firm, a word that says nothing more than "at").
_CHEZ_SOI = re.compile(r"\bchez (?:lui|elle|eux|elles|soi|moi|toi|nous|vous)\b", re.IGNORECASE)


def _tokens(text: str) -> frozenset[str]:
    text = _SOUS_TRAITANT.sub("sous-", text)  # "sous traitants" typed without its hyphen: one word, contractors
    text = _CHEZ_SOI.sub("home", text)
    return frozenset(_CLAIM_SYNONYMS.get(t, t) for t in search_tokens(text))
