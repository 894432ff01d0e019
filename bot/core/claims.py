"""Claim checking: "do the articles say X?" gets a verdict with the quote that settles it, or "not reported".

A claim (or a yes/no question) is read for its checkable points: numbers, sums of money, percentages,
dates, places, who did what to whom, a name's role, who said something. The engine proposes candidate
facts; each candidate's curated `answers` values, `when` date and entities then settle each point:

- `supported`: one fact settles every point the claim makes, agrees on all of them, and its words cover
  the claim's words (so nothing the claim adds goes unchecked);
- `contradicted`: a fact about the same thing gives another value on a checkable point;
- `disputed`: the point is one on which the articles disagree (a discrepancy fact matches it);
- `not_reported`: nothing settles it, and the reply says so, offering the nearest facts.

Word overlap alone never gives a verdict: a verdict other than `not_reported` needs a value, a date or an
entity that the fact's curated fields hold. When in doubt the answer is `not_reported`: a false claim called
supported is the worst failure this bot can have.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from rapidfuzz import fuzz

from bot.core.engine import Engine
from bot.core.engine.asks import PEOPLE_TOKENS
from bot.core.engine.clean import clean
from bot.core.i18n import label
from bot.core.models import Citation, CountAnswer, Entity, Fact, KnowledgeBase, PercentAnswer
from bot.core.provenance import citation_json, citation_line, origins_line
from bot.core.text import guess_language, search_tokens, stem

VERDICTS: tuple[str, ...] = ("supported", "contradicted", "disputed", "not_reported")

#: How sure the engine must be that a fact is about the claim before its words count as the basis of a
#: verdict resting only on entities (no number, date, place, actor or role to compare).
PLAIN_SUPPORT_CONFIDENCE = 0.75
#: How close a fact must be to the claim (engine confidence) before a contradiction drawn from it is shown.
RELEVANT_CONFIDENCE = 0.4
#: How close a fact must be before its only figure is taken for the one a claim gives without saying what it counts.
SURE_CONFIDENCE = 0.6
#: How close a fact must be (the engine's confidence) before a claim that says of one person what it says of
#: another is contradicted by it.
SWAP_CONFIDENCE = 0.8
#: How closely a claim resting only on entities must follow one of the fact's sentences or phrasings (0-100).
PLAIN_SUPPORT_SIMILARITY = 85
#: How much of a supported claim's wording a discrepancy on the same passages must share to be on its point.
DISPUTE_COVERAGE = 0.8
#: How close a discrepancy must be (the engine's confidence) before a claim is read as taking one of its sides.
SIDE_CONFIDENCE = 0.6
#: How much less close than the supporting fact another fact may be and still, by denying the claim, unsettle it.
DENIER_MARGIN = 0.15
NEAREST = 3
#: How many words apart a name and the word a claim ties it to may be in the fact's sentence.
BINDING_WINDOW = 4
#: How close a fact must be (the engine's confidence) before a reworded claim whose words are all in one of its
#: sentences is supported by it on its entities alone.
PLAIN_CONTAINED_CONFIDENCE = 0.5
#: How many words beyond the names such a reworded claim must say (a name alone says nothing).
PLAIN_CONTAINED_WORDS = 2
#: How much of that sentence's words the claim must say.
PLAIN_CONTAINED_SHARE = 0.3

# ------------------------------------------------------------------------------------------- reading a claim


def _norm(text: str) -> str:
    """Lower case without accents, straight quotes and dashes, thousands joined: the text the patterns read."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate({ord(c): "'" for c in "‘’‚‛′`´"} | {ord(c): '"' for c in "“”„‟″«»"})
    text = text.translate({ord(c): "-" for c in "‐‑‒–—―−"} | {0xA0: " ", 0x202F: " ", 0x2009: " "})
    text = text.casefold()
    return re.sub(r"(?<![\d.,])(\d{1,3})(?:[, ](\d{3}))+(?![\d])", lambda m: re.sub(r"[, ]", "", m.group(0)), text)


_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "mille": 1000,
}  # fmt: skip
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
    r"declin\w* (?:to|de)|refus\w* (?:to|de))\b|n't\b"
)
#: A denial of a denial: "not" before a word that denies ("did not decline", "wasn't unpaid", "n'a pas refusé").
_DOUBLE_NEGATION = re.compile(
    r"(?:\b(?:not|never|pas|jamais)|n't)\s+(?:\w+\s+){0,2}?"
    r"(?:un(?!ion|it|ivers|der|til|iqu|less)\w+|declin\w*|refus\w*|fail\w*|without|sans(?!-))\b"
)
#: A claim may also deny with "without" ("projects without enough return"); a fact's "without benefits" is no denial.
_CLAIM_NEGATION = re.compile(_NEGATION.pattern + r"|\b(?:without|sans(?!-))\b")
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
    r"seulement|uniquement|tous|toutes|premier|premiere|plus grand)\b"
)
_BARE_NEGATION = re.compile(
    r"\b(?:not|never|no longer|cannot|n't|ne|n'|pas|jamais|aucun|aucune|nobody|none|no one|without|sans(?!-))\b|n't\b"
)
#: Words of a fact that deny without a "not": a claim's "not" may agree with them.
_NEGATIVE_WORD = re.compile(
    r"\b(?:unpaid|un(?!ion|it|ivers|der|til|iqu|less)\w+|declin\w*|refus\w*|no|non|neither|nor|without|lack\w*|fail\w*)\b"
)
#: Work someone did before, not where they work now.
_PAST_WORK = re.compile(
    r"\b(?:used to|formerly|previously|once|before|worked|had worked|travaillait|a travaille|avait travaille|ancien\w*|"
    r"auparavant|autrefois)\b"
)
#: Work done for nothing, and work paid for some sum (a claim giving no figure).
_UNPAID = re.compile(
    r"\b(?:unpaid|(?:was|were|is|are|wasn't|weren't|isn't|aren't) not paid|(?:was|were|is|are)n't paid|not paid|without pay|"
    r"for free|free of charge|non (?:remunere|paye)e?s?|pas (?:remunere|paye)e?s?|gratuit\w*|benevole\w*)\b"
)
_PAID = re.compile(r"\b(?:paid|remuneree?s?|payee?s?)\b")
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
    (3, re.compile(r"\b(?:hundreds|des centaines|centaines)\b")),
    (4, re.compile(r"\b(?:thousands|des milliers|milliers)\b")),
)


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4}
_QUARTER = re.compile(r"\b(?:(first|second|third|fourth|premier|deuxieme|troisieme|quatrieme) (?:quarter|trimestre)|q([1-4]))\b")


def _quarter(m: re.Match[str]) -> int:
    return _QUARTERS[m.group(1)] if m.group(1) else int(m.group(2))


def _magnitude(norm: str) -> tuple[int, str] | None:
    found = [(m.start(), order, m.group(0)) for order, pattern in _MAGNITUDES for m in [pattern.search(norm)] if m]
    return (min(found)[1], min(found)[2]) if found else None


#: A bare number right after a copula or a comma, with nothing counted after it, is an age ("Savreux is 34 and").
_BARE_AGE_BEFORE = re.compile(r"(?:\b(?:is|was|aged|est|etait|age de|agee? de)|,)\s*$")
_BARE_AGE_AFTER = re.compile(r"\s*(?:$|[,.;!?)]|and\b|et\b|from\b|de\b|in\b|a\b|who\b|qui\b|lives?\b|vit\b)")
_RELATIVE_TIME = re.compile(r"\b(?:last|next|this|ago|yesterday|dernier|derniere|prochain|prochaine)\b")

#: Verbs (English and French, accents folded) for the actions an `actor` answer can hold.
_ACTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("plan-hire", r"\b(?:plans?|planned|planning|intends?|wants?) to (?:hire|recruit|bring on)|\bwill (?:hire|recruit)|"
                  r"\bgoing to (?:hire|recruit)|\bprevoi\w* (?:\w+ )?d'(?:embaucher|recruter)|\bva (?:embaucher|recruter)|"
                  r"\bcompte (?:embaucher|recruter)"),
    ("hire", r"\b(?:hir(?:e|ed|es|ing)|recruit(?:s|ed|ing)?|brought on|bring(?:s|ing)? on|onboard(?:s|ed)?|"
             r"embauch\w*|recrut\w*|engag(?:e|es|ee|ees|er))\b"),
    ("lay-off", r"\b(?:fir(?:e|ed|es|ing)|laid off|lay(?:s|ing)? off|let go|dismiss\w*|sack(?:s|ed)?|"
                r"licenci\w*|renvo\w*|congedi\w*|vir(?:e|es|ee|ees|er)\b|remerci(?:e|es|ee|ees)\b|"
                r"cut (?:\w+ ){0,2}?(?:jobs|workers|contractors|staff|people|trainers|employees|positions|labell?ers)|"
                r"supprim\w* (?:\w+ ){0,3}?(?:emplois|postes))"),
    ("end-partnership", r"\b(?:end(?:s|ed|ing)?|terminat\w*|cancel\w*|quit|stopp?(?:ed|s)? working|cut ties|"
                        r"dropp?(?:ed|s)?|mis fin|met fin|mettre fin|rompu|rompt|arrete\w*)\b"),
    # Verbs only: "Microsoft's investment", "its largest investor", "OpenAI's finances" name no one investing.
    ("invest", r"\b(?:invest(?:s|ed|ing)?\b|investi(?:t|r|ssent|ssait)?\b|fund(?:s|ed)?\b|financ(?:e|es|ed|er|ait|ent)\b|"
               r"put \$?\d|pour(?:s|ed)? \$?\d|verse\w*|injecte\w*)"),
    ("release", r"\b(?:releas\w*|launch\w*|lanc\w*|creat(?:e|ed|es)|built|buil(?:d|ds)|develop(?:ed|s)?|made|"
                r"(?:came|comes|come) out|rolled out|debut(?:ed|s)?|"
                r"sorti\w*(?! de\b| du\b| d')|cree\w*|developpe\w*)\b|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bcompany )|(?<=\bfirm )|(?<=\bstartup )|(?<=\blab )|(?<=\best )|(?<=\bsont ))behind\b"),
    ("own", r"\b(?:own(?:s|ed)?|bought|buy(?:s)?|acquir\w*|possed\w*|detien\w*|rachet\w*|achet\w*|proprietaire)\b"),
    ("power", r"\b(?:power(?:s|ed)?|runs? on|alimente\w*)\b"),
    ("report-first", r"\b(?:first report\w*|broke the (?:news|story)|scoop\w*|pour la premiere fois)\b"),
    ("thank", r"\b(?:thank\w*|remerci\w*)\b"),
    ("investigate", r"\b(?:investigat\w*|expos(?:e|ed|es|ing)|uncover\w*|enquet\w*)\b"),
    ("decline-comment", r"\b(?:declin\w* to comment|refus\w* (?:de )?comment\w*|no comment|"
                        r"(?:respond|repond)\w* (?:to|aux?) (?:requests?|demandes?))"),
    ("publish", r"\b(?:publish\w*|publi(?:e|es|ee|ees|ent|er|cation)|issued)\b"),
    ("commit", r"\b(?:commit\w*|engag\w*|sign(?:ed)? up)\b"),
    ("test", r"\b(?:test(?:s|ed)?|exam\w*)\b"),
    ("work-for", r"\b(?:work(?:s|ed|ing)? (?:for|with|at)|contract(?:s|ed)? (?:for|with)|travaill\w* (?:pour|avec|chez))\b"),
    ("vote-union", r"\b(?:vot\w* to (?:form|join) a union|unioni[sz]\w*|syndiqu\w*|form\w* (?:a|un) (?:union|syndicat))"),
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
    r"\b(?:said|says|say|told|tell|tweeted|wrote|declared|stated|claimed|called|quoted|according to|a declare|a dit|"
    r"dit|affirme|selon|a ecrit|a tweete|explained|added|announc\w*|annonc\w*|thinks?|thought|believes?|believed|feels?|"
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
        "apparently supposedly allegedly apparemment visiblement "
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
        if len(before) > 1:
            # "the trainers Invisible laid off": a name right before the verb, after other words, is its doer (a clause
            # of its own), unless it is joined to the names before it ("OpenAI and Invisible laid off").
            (prev, prev_at), (last, last_at) = before[-2], before[-1]
            norm = _norm(self.text)
            gap = norm[_name_end(norm, prev, prev_at, base) : last_at]
            if _ADJACENT_VERB.fullmatch(norm[_name_end(norm, last, last_at, base) : verb_at]) and not _JOINED.fullmatch(gap):
                return last
        return before[0][0] if before else None


#: What may stand between a doer and its verb ("Invisible had laid off").
_ADJACENT_VERB = re.compile(r"\s*(?:(?:had|has|have|also|then|just|recently|a|avait|ont|qui)\s+)*")
#: Names joined as one doer: "OpenAI and Invisible", "OpenAI, Invisible".
_JOINED = re.compile(r"\s*(?:,\s*and|,|and|et|or|ou|&)?\s*")


def _name_end(norm: str, entity_id: str, at: int, base: KnowledgeBase) -> int:
    """Where the name of an entity found at `at` in a claim's normalised text ends (its longest name there)."""
    entity = base.entities[entity_id]
    ends = [at + len(n) for n in (_norm(x) for x in (entity.name, *entity.aliases)) if norm.startswith(n, at)]
    end = max(ends, default=at)
    return end + 2 if norm.startswith("'s", end) else end


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
        if ambiguous and not re.search(r"\d", norm[m.end() : m.end() + 6]) and not re.search(r"\d\s*$", norm[: m.start()]):
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
    words_norm = norm
    for word, value in _NUMBER_WORDS.items():
        words_norm = re.sub(rf"\b{word}\b", str(value), words_norm)
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
        if re.match(r"-?years?[- ]old|ans", unit) or re.match(r"\s*(?:-?years?[- ]old|ans\b)", tail):
            after_words = "age old"
        elif kind == "count" and not pre and _bare_age(words_norm[: m.start()], tail, base):
            after_words = "age old"  # "Savreux is 34 and ...", "Kumar, 22, ...": a person's bare number is an age
        else:
            after_words = " ".join(tail.split()[:4])
        if kind == "money":
            after_words = words_norm
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
    elif not numbers and (paid := _PAID.search(norm)) and not _CLAIM_NEGATION.search(norm[: paid.start()]):
        # "The coding test was paid": some sum, not nothing.
        numbers.append(Number(0.0, "money", "over", None, _tokens(norm), paid.group(0)))
    entities = _find_entities(text, norm, base)
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
            m.group(1)
            for m in _GAZETTEER_PATTERN.finditer(norm)
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in named_spans)
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
        negated=bool(_CLAIM_NEGATION.search(norm)),
        numbers=tuple(numbers),
        dates=tuple(dates),
        entities=tuple(entities),
        other_places=places,
        actions=tuple(actions),
        roles=roles,
        speech=bool(_SPEECH.search(norm)),
        passive=passive,
        relative_time=bool(_RELATIVE_TIME.search(norm)),
        tokens=_tokens(text),
        core=" ".join(core.split()),
        other_orgs=_outside_orgs(text, norm),
        other_products=tuple(dict.fromkeys(_OUTSIDE_PRODUCTS[m.group(1)] for m in _OUTSIDE_PRODUCT_PATTERN.finditer(norm))),
        other_people=tuple((_OUTSIDE_PEOPLE[m.group(1)], m.start()) for m in _OUTSIDE_PEOPLE_PATTERN.finditer(norm)),
        double_negation=bool(_DOUBLE_NEGATION.search(norm)),
    )


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
    names = sorted(((_norm(n), e) for e in base.entities.values() for n in (e.name, *e.aliases)), key=lambda p: -len(p[0]))
    for name, entity in names:
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


# ------------------------------------------------------------------------------------------- the verdict


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the articles say about one claim."""

    claim: str
    language: str
    verdict: str  # one of VERDICTS
    explanation: str
    fact: Fact | None = None
    citations: tuple[Citation, ...] = ()
    #: Facts near the claim, offered when nothing settles it.
    nearest: tuple[Fact, ...] = ()
    #: The checkable point the verdict rests on: count, money, percent, date, place, actor, role, quote, entity.
    point: str | None = None


@dataclass
class _Reading:
    """How one candidate fact bears on a claim's points."""

    fact: Fact
    confidence: float
    matched: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # (point, what the articles say, what the claim says)
    unsettled: list[str] = field(default_factory=list)
    #: Its conflict is what the fact says of another person than the one the claim names.
    swapped: bool = False
    #: The words of the claim's verb for the deed the fact's actor answer settled ("stopped working with" for an
    #: ended partnership): the answer says it, so they need not be the fact's words.
    deed: frozenset[str] = frozenset()
    #: Its place answer is the one the claim describes in the answer's own words ("the developer who took the coding test").
    described: bool = False
    #: It gives the claim's words to the speaker the claim names ("Kumar said it is grunt work": two contractors did).
    said_by_them: bool = False


def verdict_label(verdict: str, language: str) -> str:
    """The verdict's name for a reader (the catalogue's `verdict.KEY`)."""
    return label(f"verdict.{verdict}", language)


def _phrase(key: str, language: str, **values: str) -> str:
    return label(f"verdict.why.{key}", language, **values).strip()


def _fmt_number(value: float) -> str:
    if value >= 1e9 and value % 1e8 == 0:
        return f"{value / 1e9:g} billion"
    if value >= 1e6 and value % 1e5 == 0:
        return f"{value / 1e6:g} million"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


_FIGURE = re.compile(r"(about |over )?([$€])?([\d.,]+)( billion| million)?( an hour| a day| a week| a month| a year)?(%)?")
_FRENCH_PER = {
    " an hour": " de l'heure",
    " a day": " par jour",
    " a week": " par semaine",
    " a month": " par mois",
    " a year": " par an",
}


def french_figure(text: str) -> str:
    """A figure as the English explanation words it ("about 1,000", "$15 an hour", "$10 billion") for a French reader."""
    found = _FIGURE.fullmatch(text)
    if found is None:
        return text
    bound, sign, number, scale, per, percent = found.groups()
    words = {"about ": "environ ", "over ": "plus de "}.get(bound or "", "")
    words += number.replace(",", " ").replace(".", ",")
    if scale:
        words += " milliard" if scale == " billion" else " million"
        words += "s" if float(number.replace(",", "")) >= 2 else ""
    if sign:
        words += (" de " if scale else " ") + ("dollars" if sign == "$" else "euros")
    return words + _FRENCH_PER.get(per or "", "") + (" %" if percent else "")


def _fmt_money(amount: float, currency: str, per: str | None) -> str:
    sign = "$" if currency == "USD" else ("€" if currency == "EUR" else f"{currency} ")
    return f"{sign}{_fmt_number(amount)}" + (f" an {per}" if per == "hour" else f" a {per}" if per else "")


T = TypeVar("T")


class _PerFact(dict[str, T]):
    """A fact id -> value table filled on first look: building a checker costs nothing per fact, so a
    question on a 100k-fact base pays only for the few facts its check reads."""

    def __init__(self, prepare: Callable[[str], None]) -> None:
        super().__init__()
        self._prepare = prepare

    def __missing__(self, fact_id: str) -> T:
        self._prepare(fact_id)
        return dict.__getitem__(self, fact_id)


class ClaimChecker:
    """Checks claims against one engine's fact base. Build once per engine; `check` is cheap."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.base = engine.base
        self._vocab: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        self._negative: _PerFact[bool] = _PerFact(self._prepare)
        self._negative_weak: _PerFact[bool] = _PerFact(self._prepare)
        self._markers: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        self._negative_word: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: The words right after each of a fact's denials: what it denies.
        self._denied: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: The very word each denial denies ("did not respond", "declined to comment").
        self._denied_head: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        self._lacking: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: Whether the fact says something is not the first of its kind ("not the first time", "pas la première fois").
        self._not_first: _PerFact[bool] = _PerFact(self._prepare)
        #: The speakers the articles give each claim's quoted words (see _quoted_speakers), by claim text.
        self._quoted: dict[str, frozenset[str]] = {}
        self._quote_index: list[tuple[str, frozenset[str]]] | None = None
        #: Whether each of the fact's denials is said of one person ("the developer had not yet been hired").
        self._denies_one: _PerFact[bool] = _PerFact(self._prepare)
        #: Who the fact's citations say it comes from (a person or a firm speaking), as entity ids.
        self._speakers: _PerFact[frozenset[str]] = _PerFact(self._prepare)

    def _prepare(self, fact_id: str) -> None:
        """What the checks need to know of one fact, worked out the first time a check looks at it."""
        fact = self.base.facts[fact_id]
        self._vocab[fact.id] = self._vocabulary(fact)
        self._speakers[fact.id] = frozenset(
            e
            for c in fact.citations
            if c.who and c.attribution in ("person", "company")
            for e, _ in _find_entities(c.who, _norm(c.who), self.base)
            if self.base.entities[e].type in ("person", "organisation")
        )
        said = re.sub(r"\bnot (?:just|only|always|supposed|the first)\b", " ", _norm(fact.statement))
        self._negative[fact.id] = bool(_NEGATION.search(said))
        self._not_first[fact.id] = bool(_NOT_FIRST.search(said) or _NOT_FIRST.search(_norm(fact.statement_fr or "")))
        texts = [
            fact.statement,
            fact.statement_fr or "",
            *(c.quote for c in fact.citations),
            *fact.questions,
            *fact.questions_fr,
        ]
        self._markers[fact.id] = frozenset(m.group(0) for t in texts for m in _MARKERS.finditer(_norm(t)))
        self._negative_weak[fact.id] = bool(_CLAIM_NEGATION.search(said))
        #: What the fact's words that deny without a "not" deny ("unpaid": paid; "without naming a source": naming).
        self._negative_word[fact.id] = frozenset(
            t
            for m in _NEGATIVE_WORD.finditer(said)
            for t in (
                {_CLAIM_SYNONYMS.get(stem(m.group(0)[2:]), stem(m.group(0)[2:]))}
                if m.group(0).startswith("un")
                else _denied_words(said[m.end() : m.end() + 80]) or {m.group(0)}
            )
        )
        said_fr = _norm(fact.statement_fr or "")
        self._denied[fact.id] = frozenset(
            t
            for text in (said, said_fr)
            for m in _NEGATION.finditer(text)
            for t in (_tokens("paid") if m.group(0) == "unpaid" else _tokens(" ".join(text[m.end() :].split()[:6])))
        )
        denials = [(text, m.start()) for text in (said, said_fr) for m in _NEGATION.finditer(text)]
        self._denies_one[fact.id] = bool(denials) and all(
            _one_person_subject(re.split(r"[.;:]\s+", text[:at])[-1].strip()) for text, at in denials
        )
        self._denied_head[fact.id] = frozenset(
            t
            for text in (said, said_fr)
            for m in _NEGATION.finditer(text)
            for t in (_tokens("paid") if m.group(0) == "unpaid" else _denied_words(text[m.end() : m.end() + 80]))
        )
        #: What the fact says is lacking ("without benefits", "sans avantages"): a claim may not assert it.
        self._lacking[fact.id] = frozenset(
            t
            for text in (said, said_fr, *(_norm(c.quote) for c in fact.citations))
            for m in re.finditer(r"\b(?:without|sans(?!-)|no|aucun|aucune)\b", text)
            for t in _denied_words(text[m.end() : m.end() + 80])
        )

    def _vocabulary(self, fact: Fact) -> frozenset[str]:
        texts = [fact.statement, fact.statement_fr or "", *fact.questions, *fact.questions_fr, *fact.keywords]
        texts += [c.quote for c in fact.citations] + [c.position or "" for c in fact.citations] + [fact.subject or ""]
        for entity_id in fact.entities:
            entity = self.base.entities[entity_id]
            texts += [entity.name, *entity.aliases]
        answers = fact.answers
        texts += [a.of for a in (*answers.count, *answers.money, *answers.percent, *answers.date)]
        texts += [a.role for a in answers.role] + [a.object or "" for a in answers.actor]
        texts += [_ACTION_WORDS.get(a.did, "") for a in answers.actor]
        texts += ["works at" for a in answers.role if a.at]
        if fact.when:
            texts += [fact.when.text, fact.when.text_fr or ""]
        return frozenset(token for text in texts for token in _tokens(text))

    # -------------------------------------------------------------------------------- candidates

    def _candidates(self, claim: ParsedClaim) -> list[tuple[Fact, float]]:
        scores: dict[str, float] = {}
        queries = [claim.text, claim.core]
        if (
            claim.speech
            or claim.other_people
            or any(self.base.entities[e].type in ("person", "publication") for e in claim.entity_ids)
        ):
            # "Matelich said the layoffs were about return on investment": find what was said, then who said it.
            unnamed = _norm(claim.text)
            for entity_id in claim.entity_ids:
                entity = self.base.entities[entity_id]
                for name in sorted((entity.name, *entity.aliases), key=len, reverse=True):
                    unnamed = unnamed.replace(_norm(name), " ")
            for name, _ in claim.other_people:  # "Greg Brockman tweeted ...": find what was said, not who he is
                for word in (name, *name.split()):
                    unnamed = re.sub(rf"\b{re.escape(_norm(word))}\b", " ", unnamed)
            queries.append(unnamed)
        for text in dict.fromkeys(queries):
            if not text.strip():
                continue
            answer = self.engine.ask(text)
            matches = ([answer.best] if answer.best else []) + list(answer.alternatives) + list(answer.suggestions)
            for match in matches:
                scores[match.fact.id] = max(scores.get(match.fact.id, 0.0), match.confidence)
            for dispute in answer.disputes:
                scores.setdefault(dispute.id, 0.0)
        named = [e for e in claim.entity_ids if self.base.entities[e].type != "place"] or list(claim.entity_ids)
        for entity_id in named:
            for fact_id in self.base.facts_by_entity.get(entity_id, ()):
                scores.setdefault(fact_id, 0.0)
        for fact_id in list(scores):
            for dispute in self.engine.disputes(fact_id):
                scores.setdefault(dispute.id, 0.0)
        ranked = sorted(scores.items(), key=lambda p: -p[1])
        return [(self.base.facts[fact_id], score) for fact_id, score in ranked]

    # -------------------------------------------------------------------------------- one fact

    def _read(self, claim: ParsedClaim, fact: Fact, confidence: float) -> _Reading:
        reading = _Reading(fact, confidence)
        answers = fact.answers
        entity_ids = set(claim.entity_ids)
        fact_entities = set(fact.entities) | {e for a in answers.actor for e in (*a.who, *a.whom)}
        fact_entities |= {a.entity for a in answers.role} | {a.at for a in answers.role if a.at}
        fact_entities |= {a.speaker for a in answers.quote} | {w for a in answers.place for w in a.where}
        # Numbers
        for number in claim.numbers:
            self._read_number(claim, number, fact, reading)
        # Dates
        self._read_actor(claim, fact, reading)
        for date in claim.dates:
            self._read_date(claim, date, fact, reading)
        if claim.relative_time and not claim.dates and fact.when and "date" in fact.answer_kinds:
            reading.unsettled.append("date")
        # Places
        claim_places = [e for e in claim.entity_ids if self.base.entities[e].type == "place"] + list(claim.other_places)
        for place in claim_places:
            self._read_place(claim, place, fact, reading)
        # Roles
        self._read_roles(claim, fact, reading)
        # Who said it: the fact's quote answers, and the people (or firms) its citations say it comes from.
        speakers = {a.speaker for a in answers.quote} | self._speakers[fact.id] if claim.speech else set()
        if speakers:
            named = [e for e in claim.entity_ids if self.base.entities[e].type in ("person", "organisation")]
            entity_tokens = {t for e in named for t in _tokens(self.base.entities[e].name)}
            entity_tokens |= {t for name, _ in claim.other_people for t in _tokens(name)}
            said = claim.tokens - _FRAMING - entity_tokens
            same_words = bool(said) and len(said & self._vocab[fact.id]) >= 0.6 * len(said)
            if named and speakers & set(named):
                reading.matched.append("quote")
                # another fact gives these words to the one the claim says said them (named before its speech verb)
                verb = _SPEECH.search(_norm(claim.text))
                before = {e for e, at in claim.entities if verb is not None and at < verb.start()}
                reading.said_by_them = same_words and bool(speakers & before) and self._outside_speaker(claim) is None
            else:
                people = [e for e in named if self.base.entities[e].type == "person"] or named
                outsider = self._outside_speaker(claim)
                sure = same_words and reading.confidence >= SURE_CONFIDENCE
                # (close enough when what was said agrees with the fact on a figure, a date or a deed)
                settled = _structured(reading.matched) and reading.confidence >= RELEVANT_CONFIDENCE
                if outsider is not None and (sure or (same_words and settled)):
                    # "Greg Brockman tweeted that OpenAI has 375 people": someone the articles never name, for words
                    # they give to someone else.
                    reading.conflicts.append(("quote", ", ".join(self.base.entities[s].name for s in speakers), outsider))
                elif people and not (set(people) & fact_entities) and sure:
                    said = ", ".join(self.base.entities[s].name for s in speakers)
                    reading.conflicts.append(("quote", said, self.base.entities[people[0]].name))
        # Words the claim quotes that the articles give to someone else ("Kumar said 'We are grunt workers'": Savreux's).
        quoted_by = self._quoted_speakers(claim) if claim.speech else frozenset()
        if quoted_by:
            people = {e for e in claim.entity_ids if self.base.entities[e].type == "person"}
            if people and people.isdisjoint(quoted_by):
                if {a.speaker for a in answers.quote} & quoted_by:
                    said = ", ".join(sorted(self.base.entities[s].name for s in quoted_by))
                    reading.conflicts.append(("quote", said, self.base.entities[min(people)].name))
                else:
                    reading.unsettled.append("quote")  # another fact says whose words they are: not this one's to settle
        # Entities the claim names must be the fact's.
        missing = [e for e in entity_ids if e not in fact_entities and e not in {p for p in claim_places}]
        if missing:
            reading.unsettled.append("entity")
            self._read_swapped_person(claim, missing, fact, reading)
        elif entity_ids and not reading.conflicts:
            reading.matched.append("entity")
        self._read_universal(claim, fact, reading)
        self._read_magnitude(claim, fact, reading)
        self._read_other_product(claim, fact, reading)
        self._read_quarter(claim, fact, reading)
        return reading

    def _read_quarter(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "by the fourth quarter of FY23" where the fact, on the same figure or doer, says the third."""
        claimed = _QUARTER.search(_norm(claim.text))
        if claimed is None or reading.conflicts or not {"count", "actor"} & set(reading.matched):
            return
        said = _norm(" ".join((fact.statement, *(c.quote for c in fact.citations))))
        given = _QUARTER.search(said)
        if given is not None and _quarter(given) != _quarter(claimed):
            reading.conflicts.append(("date", given.group(0), claimed.group(0)))

    def _read_other_product(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Codex is based on GPT-4" where the fact says what the claim says of another product of its own (GPT-3)."""
        if not claim.other_products or reading.conflicts or reading.confidence < SWAP_CONFIDENCE:
            return
        if "entity" in reading.unsettled or len(claim.other_products) != 1:
            return
        if not any(self.base.entities[e].type == "product" and e in fact.entities for e in claim.entity_ids):
            return  # a product said of a product ("Codex is based on GPT-4"), not "OpenAI released GPT-4" (it made several)
        others = [e for e in fact.entities if self.base.entities[e].type == "product" and e not in claim.entity_ids]
        if len(others) != 1:
            return
        outside = _tokens(claim.other_products[0]) | _tokens(_norm(claim.other_products[0]).replace("-", " "))
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        rest = {t for t in claim.tokens - _FRAMING - outside - names - _SOFT if not t.isdigit()}
        said = [_tokens(t) for t in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations))]
        product = self._names(others[0])
        # What the claim says of it is what one of the fact's own sentences says of its product, naming it.
        if rest and any(rest <= words and any(_tokens(n) <= words for n in product) for words in said):
            reading.conflicts.append(("actor", self.base.entities[others[0]].name, claim.other_products[0]))

    def _read_magnitude(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Invisible laid off hundreds of its trainers" where the fact, on the same who-did-what, says "dozens": an
        order of magnitude in words is a figure too."""
        if reading.conflicts or reading.unsettled or "actor" not in reading.matched or claim.numbers:
            return
        claimed = _magnitude(_norm(claim.text))
        if claimed is None:
            return
        said = [_norm(a.object or "") for a in fact.answers.actor] + [_norm(fact.statement)]
        given = next((m for text in said for m in [_magnitude(text)] if m is not None), None)
        if given is not None and given[0] != claimed[0]:
            reading.conflicts.append(("count", given[1], claimed[1]))

    def _read_universal(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Invisible laid off every one of its trainers" where the fact, on the same who-did-what, says "dozens": the
        claim's "every" is contradicted by the fact's own part of them."""
        universal = _UNIVERSAL.search(_norm(claim.text))
        if not universal or reading.conflicts or reading.unsettled or "actor" not in reading.matched:
            return
        said = [_norm(t) for t in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations))]
        if any(_UNIVERSAL.search(t) for t in said):
            return
        partial = _PARTIAL.search(said[0]) or next((m for t in said[1:] for m in [_PARTIAL.search(t)] if m), None)
        if partial is not None:
            reading.conflicts.append(("count", partial.group(0), universal.group(0)))

    def _read_swapped_person(self, claim: ParsedClaim, missing: list[str], fact: Fact, reading: _Reading) -> None:
        """What a fact says of one person, claimed of another: "Kumar credits Jimmy John's with ..." (it was Savreux)."""
        if reading.conflicts or reading.confidence < SWAP_CONFIDENCE or len(missing) != 1:
            return
        if claim.numbers and {n.kind for n in claim.numbers} & set(reading.unsettled):
            # a figure one person has ("$15 an hour") denies no one else the same figure ("Kumar earns $15"); only one
            # the fact gives its own thing ("Nadella put OpenAI's headcount at 375") is a swap
            return
        person = missing[0]
        kind = self.base.entities[person].type
        if kind not in ("person", "publication"):  # a person, or who reported it: "NBC revealed ..." (it was Time)
            return
        others = [e for e in fact.entities if self.base.entities[e].type == kind and e not in claim.entity_ids]
        if len(others) != 1:
            return
        names = _tokens(" ".join((self.base.entities[person].name, *self.base.entities[person].aliases)))
        rest = {t for t in claim.tokens - _FRAMING - names if not t.isdigit()}
        if rest and rest <= self._vocab[fact.id] and len(rest) >= 3:
            reading.conflicts.append(("actor", self.base.entities[others[0]].name, self.base.entities[person].name))
            reading.swapped = True

    def _read_number(self, claim: ParsedClaim, number: Number, fact: Fact, reading: _Reading) -> None:
        answers = fact.answers
        if number.kind == "money":
            options = list(answers.money)
            if not options:
                reading.unsettled.append("money")
                return
            if number.per and reading.confidence >= SURE_CONFIDENCE:
                same_per = [a for a in options if a.per == number.per]
                if not same_per and all(a.per for a in options):
                    best = options[0]
                    if best.amount != number.value:
                        # "$120 a day" against "$15 an hour": sums per different spans of time do not compare
                        reading.unsettled.append("money")
                        return
                    currency = "EUR" if "€" in number.text or "euro" in number.text.casefold() else "USD"
                    claimed = _fmt_money(number.value, currency, number.per)  # "$15 a day", not a bare "$15"
                    reading.conflicts.append(("money", _fmt_money(best.amount, best.currency, best.per), claimed))
                    return
                options = same_per or [a for a in options if a.per is None] or options
            names = {t for e in claim.entity_ids for t in _tokens(self.base.entities[e].name)}
            # What the sum is of, said in the words beside it (the whole claim when it gives one sum).
            of_match = [a for a in options if _tokens(a.of) & (number.after - _FRAMING - _GENERIC_MONEY - names)]
            named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
            people = {e for e in named if self.base.entities[e].type == "person"}
            # "Savreux earns ...": his own figure, never one the answer gives someone or somewhere else ("Missouri's
            # minimum wage", on a fact naming him for his $15 beside it).
            own = [a for a in options if self._owners(a.of) & people]  # "Savreux's pay": named as theirs
            if not own and len(options) == 1 and people & set(fact.entities) and not self._owners(options[0].of):
                own = options  # the fact's one sum, said of no one else, on a fact naming them
            chosen = of_match or own
            if not chosen:
                reading.unsettled.append("money")
                return
            for a in chosen:
                if _agrees(number, a.amount, a.approx, a.over):
                    reading.matched.append("money")
                    return
            if all(_open(number, a.amount, a.approx, a.over) for a in chosen):
                reading.unsettled.append("money")  # "$20 an hour" against "$15 an hour or more": may be so
                return
            best = chosen[0]
            if best.per != number.per and best.amount and number.value and (number.per or not of_match):
                # "Savreux earns $30" against "$15 an hour": a sum and a rate (or rates per different spans) do not
                # compare, unless the claim names what the rate is of ("Missouri's minimum wage is $15", an hourly wage)
                reading.unsettled.append("money")
                return
            said = "unpaid" if best.amount == 0 else _fmt_money(best.amount, best.currency, best.per)
            reading.conflicts.append(("money", said, number.text))
            return
        if number.kind == "rate":
            reading.unsettled.append("rate")  # "70 a day": no curated count is a rate, nor is a sum
            return
        pool = answers.percent if number.kind == "percent" else answers.count
        if number.kind == "count" and number.after & _DURATION_UNITS and not [a for a in pool if _tokens(a.of) & number.after]:
            # "over the past six months": a span the fact's own words give, figure and unit alike.
            said = _numbers_as_digits(_norm(" ".join([fact.statement, *(c.quote for c in fact.citations)])))
            unit = next(iter(number.after & _DURATION_UNITS))
            spans = {
                int(m.group(1))
                for m in re.finditer(r"\b(\d+)[ -](\w+)", said)
                if _CLAIM_SYNONYMS.get(stem(m.group(2)), stem(m.group(2))) == unit
            }
            if int(number.value) in spans:
                reading.matched.append("count")
            else:
                reading.unsettled.append("count")
            return
        if not pool:
            reading.unsettled.append(number.kind)
            return
        # What a figure counts is said by the words after it, never by a name there ("10 milliards de Microsoft" is not
        # a count of Microsoft's workers), nor by a unit of time alone ("40 hours a week" is not the coding test's hours).
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        counted = number.after - names
        chosen = [
            a for a in pool
            if (shared := _tokens(a.of) & counted)
            and (not shared <= _DURATION_UNITS or (_tokens(a.of) - _DURATION_UNITS) & (claim.tokens - _FRAMING))
            # "deux mois avant les licenciements" counts months, not the workers laid off
            and (not _duration_of(number) or _duration_of(number) & _tokens(a.of))
        ]  # fmt: skip
        # A count of those a layoff was done to ("let go of 10,000 workers") is not a headcount: "Microsoft has 10,000
        # employees" does not say it, unless the claim speaks of the layoff.
        chosen = [a for a in chosen if not self._laid_off_count(claim, fact, a)]
        if not chosen and (number.kind == "percent" or not counted):
            # "Kumar is 22", "a 49% stake": what is counted is said elsewhere in the claim (never the number laid off, for
            # a claim saying nothing of the layoff: "10 milliards dans OpenAI" is no count of Microsoft's workers).
            said = claim.tokens - _FRAMING
            chosen = [a for a in pool if _tokens(a.of) & (said - names) and not self._laid_off_count(claim, fact, a)]
            if not chosen and number.kind == "count":
                # Only a name in common: a person's own figure ("Is Kumar 22?": Kumar's age), never a firm's count of
                # something the claim does not name ("10 milliards dans OpenAI" is not OpenAI's 375 staff).
                people = {e for e in claim.entity_ids if self.base.entities[e].type == "person"}
                chosen = [a for a in pool if self._owners(a.of) & people and _tokens(a.of) & said]
            elif not chosen:
                chosen = [a for a in pool if _tokens(a.of) & said and not self._laid_off_count(claim, fact, a)]
        if not chosen:
            reading.unsettled.append(number.kind)
            return
        if len(chosen) > 1:
            # Two figures of one fact, each of something else ("60% doing data labeling", "40% programmers"): the figure
            # is checked against the one whose words the claim says most, not against whichever agrees with it.
            said = claim.tokens - _FRAMING
            overlap = [len(_tokens(a.of) & said) for a in chosen]
            if overlap.count(max(overlap)) == 1:
                chosen = [chosen[overlap.index(max(overlap))]]
        if not self._whose_figure(claim, chosen[0].of) or not self._named_before_owns(number, chosen[0].of):
            reading.unsettled.append(number.kind)  # "Google has 375 employees": the 375 are OpenAI's
            return
        for a in chosen:
            if _agrees(number, a.value, a.approx, getattr(a, "over", False)):
                reading.matched.append(number.kind)
                return
        if all(_open(number, a.value, a.approx, getattr(a, "over", False)) for a in chosen):
            reading.unsettled.append(number.kind)  # "more than 200" or "fewer than 200" against "more than 150"
            return
        best = chosen[0]
        said = _fmt_number(best.value) + ("%" if number.kind == "percent" else "")
        if getattr(best, "over", False):
            said = f"over {said}"
        elif best.approx:
            said = f"about {said}"
        claimed = re.sub(r"\d{4,}", lambda m: f"{int(m.group(0)):,}", number.text)  # "5,000", as the claim gave it
        reading.conflicts.append((number.kind, f"{said} ({best.of})", claimed))

    def _read_stake(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> bool:
        """ "Microsoft owns 49% of OpenAI": a share held, settled by a share answer that runs the same way (Microsoft's stake
        in OpenAI); "OpenAI owns 49% of Microsoft" runs the other way. Whether it settled the doer."""
        if not any(a == "own" for a, _ in claim.actions) or not any(n.kind == "percent" for n in claim.numbers):
            return False
        subject = claim.subject(self.base)
        verb_at = next(at for a, at in claim.actions if a == "own")
        objects = {e for e, at in claim.entities if at > verb_at and e != subject and self.base.entities[e].type != "place"}
        for share in fact.answers.percent:
            parties = self._stake_parties(share.of)
            if parties is None or subject is None:
                continue
            holder, held = parties
            if subject == holder and objects == {held}:
                reading.matched.append("actor")
                reading.deed = _verb_words("own", _norm(claim.text), verb_at)  # "owns": what the share answer says
                return True
            if subject == held and holder in objects:
                reading.conflicts.append(("actor", self.base.entities[holder].name, self.base.entities[subject].name))
                return True
        return False

    def _named_before_owns(self, number: Number, of: str) -> bool:
        """In a claim of several figures, whether the one named just before this figure (if anyone is) is whom its `of`
        gives it to: "Savreux is 34 and Kumar is 22" gives Kumar 22, not 34."""
        if not number.before:
            return True
        owners = {e for e, _ in _find_entities(of, _norm(of), self.base)}
        named = [e for e, _ in _find_entities(number.before, number.before, self.base)
                 if self.base.entities[e].type in ("person", "organisation")]  # fmt: skip
        return not owners or not named or bool(owners & set(named))

    def _laid_off_count(self, claim: ParsedClaim, fact: Fact, answer: CountAnswer | PercentAnswer) -> bool:
        """Whether a count is of those a layoff (or an ended partnership) was done to, by the fact's actor answer, while
        the claim says nothing of that deed: neither its verb nor a word of the count's own beyond the people counted."""
        ended = [a for a in fact.answers.actor if _ACTION_GROUP.get(a.did, a.did) == "end" and a.object]
        if not ended or not isinstance(answer, CountAnswer):
            return False
        value = f"{answer.value:g}"
        if not any(value in re.findall(r"\d+", _norm(a.object or "")) for a in ended):
            return False
        if any(_ACTION_GROUP.get(a, a) == "end" for a, _ in claim.actions):
            return False
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        deed_words = _tokens(answer.of) - _LAID_OFF_PEOPLE - names - _FRAMING
        return not deed_words & claim.tokens

    def _possessors(self, claim: ParsedClaim, words: set[str] | frozenset[str]) -> set[str]:
        """The names a claim ties any of `words` to: "Invisible's layoffs", "the layoffs at Invisible", "les
        licenciements chez Invisible" (a name the word belongs to)."""
        norm = _norm(claim.text)
        found = set()
        for entity in claim.entity_ids:
            if self.base.entities[entity].type not in ("person", "organisation"):
                continue
            for name in self._names(entity):
                n = re.escape(_norm(name))
                for m in re.finditer(rf"\b{n}'s?\s+((?:[\w-]+\s+)?[\w-]+)", norm):
                    if _tokens(m.group(1)) & words:
                        found.add(entity)
                for m in re.finditer(rf"([\w-]+)\s+(?:of|at|in|by|chez|de|d'|du)\s*(?:the\s+)?{n}\b", norm):
                    if _tokens(m.group(1)) & words:
                        found.add(entity)
        return found

    def _stake_parties(self, of: str) -> tuple[str, str] | None:
        """Who holds a share and in whom, from its curated `of` ("Microsoft's stake in OpenAI"); None if it does not say."""
        m = _STAKE.match(_norm(of))
        if m is None:
            return None
        holder = [e for e, _ in _find_entities(m.group(1), m.group(1), self.base)]
        held = [e for e, _ in _find_entities(m.group(2), m.group(2), self.base)]
        return (holder[0], held[0]) if len(holder) == 1 and len(held) == 1 else None

    def _owners(self, of: str) -> set[str]:
        """Whom or where a figure's curated `of` names as having it ("Missouri's minimum wage": Missouri)."""
        return {e for e, _ in _find_entities(of, _norm(of), self.base)}

    def _whose_figure(self, claim: ParsedClaim, of: str, besides: frozenset[str] | set[str] = frozenset()) -> bool:
        """Whether a claim leaves a figure (or what was done) to whom its curated `of` (or `object`) gives it: naming
        another organisation or person in its place ("Google has 375 employees" against "OpenAI's staff") does not.
        `besides`: names the answer gives elsewhere (the doer), which the claim may name too."""
        owners = [
            e for e, _ in _find_entities(of, _norm(of), self.base) if self.base.entities[e].type in ("organisation", "person")
        ]
        if not owners:
            return True
        kinds = {self.base.entities[e].type for e in owners}
        others = [e for e in claim.entity_ids if self.base.entities[e].type in kinds and e not in owners and e not in besides]
        return not others or any(e in claim.entity_ids for e in owners)

    def _read_date(self, claim: ParsedClaim, date: ClaimDate, fact: Fact, reading: _Reading) -> None:
        when = fact.when
        if fact.kind == "discrepancy" and "date" in fact.answer_kinds:
            # The sides give different dates: a claim takes a side when its date is one a side gives.
            sides = _norm(" ".join(f"{c.position} {c.quote}" for c in fact.citations))
            months = {_MONTHS[m.group(1)] for m in _MONTH.finditer(sides)}
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", sides)}
            days = {int(d) for d in re.findall(r"\b\d{1,2}\b", sides)}
            day_ok = date.day is None or date.day in days
            if (date.month is None or date.month in months) and (date.year is None or date.year in years) and day_ok:
                reading.matched.append("date")
            else:
                reading.unsettled.append("date")
            return
        if when is None or "date" not in fact.answer_kinds:
            reading.unsettled.append("date")
            return
        dated = {t for a in fact.answers.date for t in _tokens(a.of)}
        entity_tokens = {t for e in claim.entity_ids for t in _tokens(self.base.entities[e].name)}
        if not dated & (claim.tokens - _FRAMING - entity_tokens) and "actor" not in reading.matched:
            reading.unsettled.append("date")  # the fact dates something else
            return
        if "actor" not in reading.matched:
            # "Invisible's layoffs happened in March": the fact dates Microsoft's layoffs, whose the claim's are not.
            owners = {e for a in fact.answers.date for e, _ in _find_entities(a.of, _norm(a.of), self.base)}
            possessors = self._possessors(claim, dated)
            if owners and possessors and not possessors & owners:
                reading.unsettled.append("date")
                return
        if when.date:
            start, end = when.date.split("/")[0], when.date.split("/")[-1]
            lo_year, hi_year = int(start[:4]), int(end[:4])
            lo_month = int(start[5:7]) if len(start) >= 7 else None
            lo_day = int(start[8:10]) if len(start) >= 10 else None
            year_ok = date.year is None or lo_year <= date.year <= hi_year
            month_ok = date.month is None or lo_month is None or date.month == lo_month
            day_off = date.day is not None and lo_day is not None and month_ok and date.day != lo_day and start == end
            if (date.year is not None and not year_ok) or (date.month is not None and lo_month is not None and not month_ok):
                reading.conflicts.append(("date", when.text, date.text))
            elif day_off:
                reading.conflicts.append(("date", when.text, date.text))  # "August 10, 2021" where the fact gives another day
            elif date.year is None or (date.month is not None and lo_month is None) or (date.day is not None and lo_day is None):
                # A year the fact does not give, or a month or a day finer than its date: not confirmed.
                reading.unsettled.append("date")
            else:
                reading.matched.append("date")
            return
        # Undated: only a month the words give can be compared; a year never can.
        said = _norm(when.text + " " + (when.text_fr or ""))
        months = {_MONTHS[m.group(1)] for m in _MONTH.finditer(said) if m.group(1) not in ("may", "mar", "sept", "dec", "jan")}
        # The day its words give beside the month ("on January 18", "le 18 janvier").
        days = {
            int(d.group(1))
            for m in _MONTH.finditer(said)
            for d in (_DAY_AFTER.match(said[m.end() :]), _DAY_BEFORE.search(said[: m.start()]))
            if d and 1 <= int(d.group(1)) <= 31
        }
        if date.month is not None and months and date.month not in months:
            reading.conflicts.append(("date", when.text, date.text))
        elif date.day is not None and date.month in months and days and date.day not in days:
            reading.conflicts.append(("date", when.text, date.text))  # "January 20" where the fact says January 18
        elif date.month is not None and date.month in months and date.year is None and (date.day is None or date.day in days):
            reading.matched.append("date")
        else:
            reading.unsettled.append("date")

    def _read_place(self, claim: ParsedClaim, place: str, fact: Fact, reading: _Reading) -> None:
        options = fact.answers.place
        named = set(claim.entity_ids)
        # A place of someone ("Sama is based in San Francisco") settles only where that one is, not where
        # something they did happened ("Sama's workers in Kenya").
        located = bool(_LOCATION_VERB.search(_norm(claim.text)))
        relevant = [a for a in options if (a.entity is None and not located) or (a.entity in named and located)]
        if not relevant and located and not any(self.base.entities[e].type != "place" for e in named):
            # "The developer who took the coding test lives in ...": someone the articles do not name, whose place an
            # answer gives by what it is of ("the developer who took the coding test").
            said = claim.tokens - _FRAMING - _LOCATION_TOKENS
            relevant = [a for a in options if a.entity is None and a.of and len(_tokens(a.of) & said) >= 2]
            reading.described = bool(relevant)
        if not relevant:
            if place in fact.entities and not located:
                reading.matched.append("place")
            else:
                reading.unsettled.append("place")
            return
        for a in relevant:
            for where in a.where:
                if place == where or _inside(where, place):
                    reading.matched.append("place")
                    return
        if any(a.examples for a in relevant):
            # "in regions like Latin America and Eastern Europe": examples exclude no other place ("in Kenya").
            reading.unsettled.append("place")
            return
        for a in relevant:
            inside = [where for where in a.where if _inside(place, where)]
            if inside:
                # The claim is more precise than the fact: not settled, unless the fact's own words name another
                # place there ("Austin, Texas" against "Houston").
                # Only a place the quote gives as within it ("Austin, Texas") is another place there; an alias the
                # quote uses alone ("South America", "Amérique latine") is the same place in other words.
                quoted = _norm(" ".join(c.quote for c in fact.citations))
                there = [
                    alias for w in inside for alias in self.base.entities[w].aliases
                    if _norm(alias) != place and any(
                        re.search(rf"\b{re.escape(_norm(alias))}\s*,\s*{re.escape(_norm(name))}\b", quoted)
                        for name in self._names(w) if name != alias
                    )
                ]  # fmt: skip
                if there and place in _GAZETTEER:
                    claimed = place.title()
                    reading.conflicts.append(("place", f"{there[0]}, {self.base.entities[inside[0]].name}", claimed))
                else:
                    reading.unsettled.append("place")
                return
        names = " and ".join(self.base.entities[w].name for w in relevant[0].where)
        reading.conflicts.append(("place", names, self._place_words(claim, place)))

    def _place_words(self, claim: ParsedClaim, place: str) -> str:
        """The place as the claim names it: "Austin", not the entity (Texas) that alias belongs to."""
        if place not in self.base.entities:
            return place.title()
        entity = self.base.entities[place]
        for name in sorted((entity.name, *entity.aliases), key=len, reverse=True):
            m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", claim.text, re.IGNORECASE)
            if m:
                return name if m.group(0).islower() else m.group(0)
        return entity.name

    def _read_actor(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        if not claim.actions:
            return
        named = set(claim.entity_ids)
        work_subject = claim.subject(self.base)
        if [a for a, _ in claim.actions] == ["work-for"] and work_subject is not None:
            # "Matelich works at Invisible": a role the fact gives her there settles it.
            for role in fact.answers.role:
                if role.entity == work_subject and role.at is not None and role.at in named:
                    reading.matched.append("actor")
                    return
            # "Jindal works at DeepMind": the fact gives her a title at another organisation (program lead at the
            # Partnership on AI), which is where the articles say she works.
            verb_at = claim.actions[0][1]
            elsewhere = [e for e, at in claim.entities if at > verb_at and self.base.entities[e].type == "organisation"]
            elsewhere += [name for name, at in claim.other_orgs if at > verb_at]
            if _PAST_WORK.search(_norm(claim.text)):
                elsewhere = []  # "used to work at Google": where someone worked before is not where they work now
            for role in fact.answers.role:
                titled = _roles_in(role.role) & _TITLE_ROLES
                if role.entity == work_subject and role.at is not None and titled and elsewhere and role.at not in elsewhere:
                    claimed = elsewhere[0] if elsewhere[0] not in self.base.entities else self.base.entities[elsewhere[0]].name
                    at = self.base.entities[role.at].name
                    reading.conflicts.append(("actor", f"{role.role} at {at}", f"at {claimed}"))
                    return
        if self._read_stake(claim, fact, reading):
            return
        actors = fact.answers.actor
        if not actors:
            # Who did it is a point only an actor answer settles: a fact that records no doer for "laid off" does
            # not support "OpenAI laid off the trainers" by sharing its names (it was Invisible).
            if (
                fact.kind == "claim"
                and claim.subject(self.base) is not None
                and any(_ACTION_GROUP.get(a, a) in _DOER_ACTIONS for a, _ in claim.actions)
            ):
                reading.unsettled.append("actor")
            return
        subject = claim.subject(self.base)
        named = set(claim.entity_ids)
        outsider = self._outside_doer(claim)
        if outsider is not None:
            # "The Information first reported it": the articles name who did it, and it is not one they name at all.
            for action, _ in claim.actions:
                same = [a for a in actors if a.did == action]
                if same:
                    who = " and ".join(self.base.entities[w].name for w in same[0].who)
                    reading.conflicts.append(("actor", who, outsider))
                    return
            return
        if subject is None and not any(self.base.entities[e].type != "place" for e in named):
            return  # "the coding test took five hours": no one is said to have done anything
        for action, verb_at in claim.actions:
            group = _ACTION_GROUP.get(action, action)
            same = [a for a in actors if _ACTION_GROUP.get(a.did, a.did) == group]
            if not same:
                continue
            exact = [a for a in same if a.did == action]
            # What the claim says it was done to must be what the fact says it was done to (after this verb).
            norm = _norm(claim.text)
            by_passive = bool(_BY.search(norm) and _PASSIVE.search(norm))  # "Kumar was fired by OpenAI": Kumar is the object
            objects = {
                e
                for e, at in claim.entities
                if ((0 <= at < verb_at) if by_passive else (at > verb_at))
                and e != subject
                and self.base.entities[e].type != "place"
                and not _COMPARED.search(norm[max(0, at - 25) : at])  # "came out ... before ChatGPT": no object
            }
            firms_only = objects and all(self.base.entities[e].type != "person" for e in objects)
            if action == "lay-off" and firms_only and _LAID_OFF_PEOPLE.isdisjoint(search_tokens(claim.text)):
                # "Invisible fired OpenAI": people are laid off, not a firm; the fact's `whom` is whose workers
                # they were ("dozens of OpenAI data trainers"), so naming only the firm settles nothing.
                reading.unsettled.append("actor")
                return
            if action == "own" and any(n.kind == "percent" for n in claim.numbers):
                # "Microsoft owns 49% of OpenAI" is a share: the share the articles give settles it, not the deed, once
                # it runs the same way (Microsoft's stake in OpenAI, not OpenAI's in Microsoft).
                reading.unsettled.append("actor")
                return
            if action == "own" and _PART_OF.search(_norm(claim.text)[verb_at:]):
                # "Microsoft owns half of OpenAI", "a stake in": part of it, which the 49% stake neither says nor denies.
                reading.unsettled.append("actor")
                return
            if action == "own":
                # "Microsoft owns OpenAI": the articles say it invested in OpenAI (a 49% stake), not that it owns it.
                invested = [a for a in actors if a.did == "invest" and subject in a.who and objects & set(a.whom)]
                if invested and not [a for a in exact if objects <= set(a.whom)]:
                    who, whom = self.base.entities[subject].name, self.base.entities[next(iter(objects))].name
                    reading.conflicts.append(("actor", f"{who} invested in {whom}", f"that {who} owns {whom}"))
                    return
            # Working with someone goes both ways ("OpenAI works with Invisible"): no doer to get the wrong way round.
            mutual = action == "work-for" and bool(re.search(r"\b(?:with|avec)\b", _norm(claim.text)[verb_at : verb_at + 40]))
            for a in exact:
                if subject in a.whom and objects & set(a.who) and not mutual:
                    # Who did it to whom, the other way round: "OpenAI ended its partnership with Sama".
                    who = " and ".join(self.base.entities[w].name for w in a.who)
                    reading.conflicts.append(("actor", who, self.base.entities[subject].name))
                    return
            if action == "lay-off" and subject is not None and not _LAID_OFF_PEOPLE.isdisjoint(search_tokens(claim.text)):
                # "Microsoft laid off Invisible's trainers": the firm whose people the claim says were laid off is the
                # one the fact says laid them off, and the claim gives the deed to another.
                for a in exact:
                    whose = objects & set(a.who)
                    if whose and subject not in (*a.who, *a.whom) and objects - whose <= set(a.whom):
                        who = " and ".join(self.base.entities[w].name for w in a.who)
                        reading.conflicts.append(("actor", who, self.base.entities[subject].name))
                        return
            exact_whom = [a for a in exact if not a.whom or not objects or objects <= set(a.whom)]
            if exact and not exact_whom:
                reading.unsettled.append("actor")
                return
            exact = exact_whom
            if objects and not objects <= set(fact.entities) | {w for a in same for w in a.whom}:
                reading.unsettled.append("actor")  # done to someone the fact does not name
                return
            after_verb = [e for e, at in claim.entities if at > verb_at and not _COMPARED.search(norm[max(0, at - 25) : at])]
            for a in exact:
                if (subject is None and (set(a.who) & named or claim.passive)) or (subject in a.who):
                    if a.object and not self._whose_figure(claim, a.object, besides=set(a.who) | set(a.whom)):
                        reading.unsettled.append("actor")  # "committed to Google's guidelines": they were the PAI's
                        return
                    reading.matched.append("actor")
                    reading.deed = _verb_words(action, norm, verb_at)
                    return
                told_from_object = claim.passive or self.base.entities[subject].type == "product" if subject else False
                if subject in a.whom and not after_verb and told_from_object:
                    reading.matched.append("actor")  # "Codex launched in 2021": told from what it was done to
                    reading.deed = _verb_words(action, norm, verb_at)
                    return
            if subject is not None and self.base.entities[subject].type == "product" and not objects:
                reading.unsettled.append("actor")  # "Codex came out in 2021": a deed done to another product says nothing
                return
            if subject is not None and action in _SHARED_ACTIONS:
                reading.unsettled.append("actor")  # many work for OpenAI: one who does says nothing of another
                return
            if subject is not None:
                for a in same:
                    if subject not in a.who and not (set(a.who) & named - {subject}):
                        # Someone else did it (or it was done to the one the claim says did it).
                        who = " and ".join(self.base.entities[w].name for w in a.who)
                        reading.conflicts.append(("actor", who, self.base.entities[subject].name))
                        return
                    if subject not in a.who and set(a.who) & named:
                        reading.unsettled.append("actor")
                        return
            if exact and subject is None:
                speakers = {a.speaker for a in fact.answers.quote} | self._speakers[fact.id]
                if claim.speech and speakers & named and not set(a.who) & named:
                    # "Nadella announced 10,000 layoffs": whose layoffs the claim leaves unsaid; who said it is the
                    # point, which the fact's quote answer settles.
                    return
                reading.unsettled.append("actor")
                return
            if not exact:
                reading.unsettled.append("actor")
                return
        # The claim's verb is not one the fact records.
        if any(_ACTION_GROUP.get(a, a) in {"end", "hire", "invest", "own"} for a, _ in claim.actions):
            reading.unsettled.append("actor")

    def _outside_speaker(self, claim: ParsedClaim) -> str | None:
        """Someone the articles never name, named as the one who said it: before the speech verb, and before any name the
        articles know ("Tim Cook announced ...", "c'est Tim Cook qui a annoncé ...")."""
        said = _SPEECH.search(_norm(claim.text))
        if said is None or not claim.other_people:
            return None
        known = [at for e, at in claim.entities if at < said.start() and self.base.entities[e].type in ("person", "organisation")]
        outside = [(name, at) for name, at in claim.other_people if at < said.start()]
        if outside and (not known or outside[0][1] < min(known)):
            return outside[0][0]
        return None

    def _outside_doer(self, claim: ParsedClaim) -> str | None:
        """An organisation the articles never name, named as the one who did the claim's action (before its verb, and
        before any name the articles know)."""
        if not (claim.other_orgs or claim.other_people) or not claim.actions or claim.passive:
            return None
        verb_at = claim.actions[0][1]
        said = _SPEECH.search(_norm(claim.text))
        start = said.end() if said and said.start() < verb_at else 0
        known = [at for e, at in claim.entities if start <= at < verb_at and self.base.entities[e].type != "place"]
        outside = sorted(((name, at) for name, at in (*claim.other_orgs, *claim.other_people) if start <= at < verb_at),
                         key=lambda p: p[1])  # fmt: skip
        if outside and (not known or outside[0][1] < min(known)):
            return outside[0][0]
        return None

    def _read_roles(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        if not claim.roles:
            return
        options = fact.answers.role
        people = [e for e in claim.entity_ids if self.base.entities[e].type == "person"]
        orgs = [e for e in claim.entity_ids if self.base.entities[e].type == "organisation"]
        orgs += [name for name, _ in claim.other_orgs]  # "a trainer for Anthropic": not the organisation the fact names
        if not people:
            return  # "contractors" in "OpenAI hired contractors" gives no one a role
        for role in claim.roles:
            held = [a for a in options if a.entity in people]
            if not held:
                # Someone else holds that role at that organisation: "Nadella is the CEO of OpenAI".
                others = [
                    a for a in options
                    if role in _TITLE_ROLES and role in _roles_in(a.role) and a.at in orgs and a.entity not in people
                ]  # fmt: skip  # a firm has one CEO, but many partners
                if people and others:
                    a = others[0]
                    reading.conflicts.append(
                        ("role", f"{self.base.entities[a.entity].name} is {a.role} of {self.base.entities[a.at].name}",
                         f"{self.base.entities[people[0]].name}")
                    )  # fmt: skip
                    continue
                # No role the fact records for them: it cannot confirm this one ("Palizban is head of operations"
                # against a meeting where Matelich, the head of operations, and Palizban spoke).
                reading.unsettled.append("role")
                continue
            agreeing = [a for a in held if role in _roles_in(a.role)]
            if agreeing:
                at_ok = [a for a in agreeing if not orgs or a.at is None or a.at in orgs]
                if at_ok:
                    reading.matched.append("role")
                else:
                    a = agreeing[0]
                    # the workplace the claim gives, which is what differs ("CEO at OpenAI, not CEO at Microsoft")
                    org = self.base.entities[orgs[-1]].name if orgs[-1] in self.base.entities else orgs[-1]
                    claimed = f"{_role_name(role)} at {org}"
                    reading.conflicts.append(
                        ("role", f"{a.role} at {self.base.entities[a.at].name}" if a.at else a.role, claimed)
                    )
                continue
            a = held[0]
            held_roles = _roles_in(a.role)
            if held_roles and (role in _TITLE_ROLES or held_roles & _ROLE_CONFLICTS.get(role, set())):
                reading.conflicts.append(
                    ("role", a.role + (f" at {self.base.entities[a.at].name}" if a.at else ""), _role_name(role))
                )
            else:
                reading.unsettled.append("role")

    def _texts(self, fact: Fact) -> list[str]:
        return [fact.statement, *(c.quote for c in fact.citations)]

    # -------------------------------------------------------------------------------- deciding

    def check(self, claim_text: str, *, language: str | None = None) -> Verdict:
        """The verdict on one claim or yes/no question, worded in `language` (default: the claim's own)."""
        verdict = self._check(claim_text, language=language)
        if verdict.verdict != "not_reported":
            return verdict
        # "Kumar is an OpenAI trainer and says the gig helps him build his startup": two claims about one subject,
        # which two facts may settle. Each part is checked with the subject; the whole is supported only if every
        # part is, and contradicted if any part is.
        parts = _clauses(_paraphrased(_strip_question(clean(claim_text))))
        if len(parts) < 2:
            return verdict
        checked = [self._check(part, language=language or guess_language(claim_text)) for part in parts]
        given = [v.verdict for v in checked]
        pick = next((v for v in checked if v.verdict == "contradicted"), None)
        if pick is None and all(g == "supported" for g in given):
            pick = checked[0]
            citations = tuple(dict.fromkeys(c for v in checked for c in v.citations))
            explanation = " ".join(v.explanation for v in checked)
            return Verdict(claim_text, pick.language, "supported", explanation, pick.fact, citations, point=pick.point)
        if pick is None and "disputed" in given and set(given) <= {"supported", "disputed"}:
            pick = next(v for v in checked if v.verdict == "disputed")
        if pick is None:
            return verdict
        return Verdict(claim_text, pick.language, pick.verdict, pick.explanation, pick.fact, pick.citations, point=pick.point)

    def _check(self, claim_text: str, *, language: str | None = None) -> Verdict:
        text = _paraphrased(_strip_question(clean(claim_text)))
        claim = parse_claim(text, self.base)
        language = language or guess_language(claim_text)
        candidates = self._candidates(claim)
        readings = [self._read(claim, fact, confidence) for fact, confidence in candidates]
        nearest = tuple(f for f, c in candidates[:NEAREST] if c > 0) or tuple(f for f, _ in candidates[:NEAREST])
        checkable = bool(
            claim.numbers or claim.dates or claim.actions or claim.roles or claim.entities or claim.other_places or claim.speech
        )
        if not checkable:
            return self._not_reported(claim_text, language, nearest)

        supported = [r for r in readings if self._supports(claim, r)]
        contradictions = [r for r in readings if r.conflicts and self._relevant(claim, r) and not self._a_side_says(claim, r)]
        if any(r.said_by_them and r.confidence >= RELEVANT_CONFIDENCE and "entity" not in r.unsettled for r in readings):
            # A fact gives the words to the one the claim says said them: another that quotes someone else denies nothing.
            contradictions = [r for r in contradictions if any(p != "quote" for p, _, _ in r.conflicts)]
        claim_support = [r for r in supported if r.fact.kind == "claim"]
        if claim_support:
            best = max(claim_support, key=lambda r: (len(set(r.matched)), r.confidence))
            rivals = [r for r in contradictions if r.confidence > best.confidence]
            if _structured(best.matched):
                rivals = [r for r in rivals if {p for p, _, _ in r.conflicts} & set(best.matched)]
            else:
                # A support resting on names alone settles no point: a closer fact about the same names that
                # contradicts the claim wins ("OpenAI laid off the Invisible contractors": it was Invisible).
                named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
                rivals = [r for r in rivals if named <= set(r.fact.entities)]
            if rivals and all(r.fact.kind == "discrepancy" for r in rivals):
                # A closer disagreement says this of someone else ("AI contract work for a year" is Kumar's): not
                # settled by the farther fact, and not contradicted by a disagreement either.
                return self._not_reported(claim_text, language, nearest)
            if rivals:
                # A closer fact gives another value for the same point: "Savreux earns $12 an hour" meets the
                # minimum wage's $12 but his own $15.
                claim_support = []
        if claim_support and claim.double_negation:
            # "OpenAI did not decline to comment": the opposite of a fact's denial is contradicted by it, never
            # supported by it; a fact that denies nothing does not settle a double denial.
            if self._negative[best.fact.id] or self._negative_word[best.fact.id]:
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            return self._not_reported(claim_text, language, nearest)
        if claim_support:
            strong = bool(_NEGATION.search(_norm(claim.text)))
            fact_negative = self._negative[best.fact.id] if strong or not claim.negated else self._negative_weak[best.fact.id]
            denied = {
                t for m in _NEGATION.finditer(_norm(claim.text)) for t in _denied_words(_norm(claim.text)[m.end() : m.end() + 80])
            }
            negative_words = self._negative_word[best.fact.id]
            if claim.negated and not fact_negative and negative_words and (not denied or denied & negative_words):
                # "was not paid" against "unpaid": not settled either way without reading the words' sense. A denial
                # of something else ("has not hired any" against "without naming a source") is contradicted below.
                return self._not_reported(claim_text, language, nearest)
            if fact_negative and not claim.negated and not (claim.tokens - _FRAMING) & self._denied[best.fact.id]:
                fact_negative = False  # the fact's "not" is about another part of its sentence than the claim
            if fact_negative and not claim.negated and self._denies_one[best.fact.id] and _names_people(claim.text):
                # "OpenAI hired programmers" against "the developer had not yet been hired": what one person was not
                # given says nothing of a group; no contradiction (and no support) from it.
                return self._not_reported(claim_text, language, nearest)
            if claim.negated and not fact_negative and self._not_first[best.fact.id] and _NOT_FIRST.search(_norm(claim.text)):
                fact_negative = True  # "this isn't the first time" in both: the same "not the first", no denial between them
            if fact_negative != claim.negated:
                # A claim denying what a fact says, or asserting what it denies ("OpenAI commented on its hiring
                # practices" against "declined to comment"), is contradicted by it.
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            if not claim.negated and _FIRST.search(_norm(claim.text)) and self._not_first[best.fact.id]:
                # "Is this the first time OpenAI has used contractors?" against "this is not the first time": the
                # fact's "not the first" (left out of its denials above: it says it was done before) denies a first.
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            if not claim.negated and (claim.tokens - _FRAMING) & self._lacking[best.fact.id]:
                # "earns $15 an hour with benefits" where the fact says "without benefits": not what it says.
                return self._not_reported(claim_text, language, nearest)
            denier = self._denier(claim, best, readings)
            if denier is not None:
                # Another fact as close denies it ("Has the developer been hired?" - "had not yet been hired").
                if denier.confidence >= best.confidence:
                    return self._verdict(claim_text, language, "contradicted", denier.fact, "contradicted_plain", "entity")
                return self._not_reported(claim_text, language, nearest)
            dispute = self._dispute_on_point(claim, best)
            if dispute is not None:
                # The articles differ on this very point: say so and show each side, rather than one side.
                return self._verdict(claim_text, language, "disputed", dispute, "disputed", _basis(best.matched))
            return self._verdict(claim_text, language, "supported", best.fact, "supported", _basis(best.matched))
        dispute_support = [r for r in supported if r.fact.kind == "discrepancy" and _on_status(claim, r.fact)]
        if dispute_support and not claim.negated:
            best = max(dispute_support, key=lambda r: (len(set(r.matched)), r.confidence))
            return self._verdict(claim_text, language, "disputed", best.fact, "disputed", _basis(best.matched))

        # A point another fact settles in the claim's favour is not contradicted by a farther one.
        # (A fact's own agreement on one place does not unsettle its denial of another: "the Nairobi vote was in Uganda".)
        def settled(point: str, besides: _Reading) -> float:
            return max(
                (r.confidence for r in readings if r is not besides and "entity" not in r.unsettled and point in r.matched),
                default=-1.0,
            )

        contradictions = [r for r in contradictions if any(settled(p, r) < r.confidence for p, _, _ in r.conflicts)]
        # The fact recording the claim's very deed judges it: a farther one that does not record that deed gives
        # another figure of something else ("OpenAI hired 1,000 people": its hiring, not its headcount of 375).
        deed = max((r.confidence for r in readings if "actor" in r.matched and "entity" not in r.unsettled), default=None)
        if deed is not None:
            contradictions = [r for r in contradictions if "actor" not in r.unsettled or r.confidence > deed]
        if _BARE_NEGATION.search(_norm(claim.text)):
            # "OpenAI did not hire 2,000 contractors" is not contradicted by its 1,000; who said it still can be.
            contradictions = [r for r in contradictions if all(p in ("quote", "role") for p, _, _ in r.conflicts)]
        if contradictions:
            shares = {n.kind for n in claim.numbers} & {"percent"}
            best = max(
                contradictions,
                key=lambda r: (
                    # A share claim is checked against the share the articles give ("Microsoft owns 51% of OpenAI":
                    # its 49% stake), before what a fact says of the deed without a share.
                    bool(shares & {p for p, _, _ in r.conflicts}),
                    len(set(_structured_points(r.matched))),
                    # What a fact says of the one the claim names before what another says of someone else
                    # ("Matelich works at OpenAI": her own role at Invisible, not another trainer's work for OpenAI).
                    not r.swapped,
                    r.fact.kind == "claim",
                    r.confidence,
                ),
            )
            point, instead, claimed = best.conflicts[0]
            # Who did it: the articles name someone else for what they report ("Sama ended its partnership"), which
            # is not to say that one did what the claim says ("fired the workers"): the statement tells what.
            # A deed or a workplace rather than a name ("Microsoft invested in OpenAI, not that Microsoft owns OpenAI")
            # is what the articles say, not whom they name.
            named = point == "actor" and not claimed.startswith(("that ", "at "))
            phrase = "contradicted_actor" if named else "contradicted"
            if language == "fr":
                phrase, instead, claimed = self._in_french(best.fact, point, phrase, instead, claimed)
            explanation = _phrase(
                phrase,
                language,
                instead=instead,
                claimed=claimed,
                statement=best.fact.statement_in(language),
            )
            return Verdict(claim_text, language, "contradicted", explanation, best.fact, best.fact.citations, point=point)
        side = self._side_taken(claim, readings)
        if side is not None and not claim.negated:
            return self._verdict(claim_text, language, "disputed", side.fact, "disputed", "side")
        # An undated fact never confirms a year: say what the articles give instead.
        for r in readings[:3]:
            if claim.dates and r.fact.when and not r.fact.when.date and "date" in r.unsettled and self._relevant(claim, r):
                words = r.fact.when.text_in(language)
                explanation = _phrase("not_reported", language) + " " + _phrase("not_reported_year", language, when=words)
                return Verdict(claim_text, language, "not_reported", explanation, None, (), nearest=(r.fact,))
        return self._not_reported(claim_text, language, nearest)

    def _in_french(self, fact: Fact, point: str, phrase: str, instead: str, claimed: str) -> tuple[str, str, str]:
        """A contradiction's values for a French reader: figures the French way, the date in the fact's French words;
        a role or a doer the curated answers word in English ("partner and head of operations at Invisible") gives
        way to the plain wording, whose French statement says it."""
        if point == "date" and fact.when is not None:
            return phrase, fact.when.text_in("fr"), claimed
        if point == "role" or (point == "actor" and instead not in self._entity_names):
            said = _claimed_in_french(claimed)
            return ("contradicted_other", instead, said) if said else ("contradicted_plain", instead, claimed)
        if point == "quote":
            # who said it: names, the same in French ("Les articles nomment Satya Nadella, et non Tim Cook")
            return "contradicted_actor", instead, claimed
        if point != "actor":
            figure, _, of = instead.partition(" (")
            said, claimed = french_figure(figure), french_figure(claimed)
            unit = next(iter(_tokens(of) & _DURATION_UNITS), None) if point == "count" else None
            if unit is not None:
                # "5 (hours the unpaid coding test took)": the unit, as the English gives it with the `of`
                said, claimed = _with_french_unit(said, unit), _with_french_unit(claimed, unit)
            return phrase, said, claimed
        return phrase, instead, claimed

    @property
    def _entity_names(self) -> frozenset[str]:
        return frozenset(entity.name for entity in self.base.entities.values())

    def _denier(self, claim: ParsedClaim, support: _Reading, readings: list[_Reading]) -> _Reading | None:
        """A fact about as close as the supporting one that denies what the claim asserts."""
        if claim.negated:
            return None
        content = {t for t in claim.tokens - _FRAMING if not t.isdigit()}
        for reading in readings:
            fact = reading.fact
            if fact is support.fact or reading.confidence < support.confidence - DENIER_MARGIN:
                continue
            verbs = {t for action, _ in claim.actions for t in _tokens(_ACTION_WORDS.get(action, ""))}
            if not self._negative[fact.id] or not verbs & self._denied_head[fact.id] or reading.conflicts:
                continue  # it must deny the very thing the claim says was done
            if self._denies_one[fact.id] and _names_people(claim.text):
                continue  # what one person was not given ("the developer had not yet been hired") a group may have been
            if "entity" in reading.unsettled or len(content & self._vocab[fact.id]) < DISPUTE_COVERAGE * len(content):
                continue
            return reading
        return None

    def _a_side_says(self, claim: ParsedClaim, reading: _Reading) -> bool:
        """Whether a disagreement that gives another figure than the claim's has a side giving the claim's: then the claim
        takes a side ("about 60% do labeling" against the French article's "all of them"), it is not contradicted."""
        if reading.fact.kind != "discrepancy":
            return False
        figures = [n for n in claim.numbers if n.kind in {p for p, _, _ in reading.conflicts}]
        if not figures:
            return False
        sides = " ".join(f"{c.position or ''} {c.quote}" for c in reading.fact.citations)
        given = {n.value for n in parse_claim(_numbers_as_digits(_norm(sides)), self.base).numbers}
        return any(n.value in given for n in figures)

    def _side_taken(self, claim: ParsedClaim, readings: list[_Reading]) -> _Reading | None:
        """A discrepancy the claim takes one side of: its words are the fact's, and one of them is in some sides'
        positions but not in all ("spelled Savreaux", "Invisible Systems", "by January")."""
        content = {t for t in claim.tokens - _FRAMING - _SOFT if not t.isdigit()}
        for reading in readings[:NEAREST]:
            fact = reading.fact
            if fact.kind != "discrepancy" or reading.conflicts or reading.confidence < SIDE_CONFIDENCE:
                continue
            if "entity" in reading.unsettled or not content:
                continue
            if len(content & self._vocab[fact.id]) < DISPUTE_COVERAGE * len(content):
                continue
            sides = [_tokens(c.position or "") | set(re.findall(r"\d+", _norm(c.position or ""))) for c in fact.citations]
            said = claim.tokens - _FRAMING
            taken = [bool(said & side) for side in sides]
            distinguishing = {t for t in said if any(t in side for side in sides) and not all(t in side for side in sides)}
            figures = {t for t in said if t.isdigit()} | {str(d.year) for d in claim.dates if d.year}
            backed = any(t and figures <= side for t, side in zip(taken, sides, strict=True))
            if not _on_figures(claim, fact) or not self._on_places(claim, fact) or not _on_status(claim, fact):
                continue  # "a 49% stake": the sides differ on the sum, not the stake, which only one of them gives
            if not figures and not self._on_subject(claim, fact):
                continue  # "Savreux works at Jimmy John's" is not about what he credits with ending his homelessness
            if backed and distinguishing:
                return reading  # every figure the claim gives is one a side gives
        return None

    def _on_subject(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a claim giving no figure speaks of what a disagreement is about: a word of its subject beyond names."""
        names = {t for e in (*claim.entity_ids, *dispute.entities) for n in self._names(e) for t in _tokens(n)}
        about = _tokens(dispute.subject or "") - names - _FRAMING
        return bool(about & (claim.tokens - names - _FRAMING))

    def _on_places(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a disagreement is on the place a claim gives: its curated places are two that neither holds the
        other. "Austin, Texas" against "Texas" is one side more precise, so "Kumar lives in Texas" is not disputed."""
        places = [e for e in claim.entity_ids if self.base.entities[e].type == "place"] + list(claim.other_places)
        if not places:
            return True
        given = list(dict.fromkeys(w for a in dispute.answers.place for w in a.where))
        return any(a != b and not _inside(a, b) and not _inside(b, a) for a in given for b in given)

    def _dispute_on_point(self, claim: ParsedClaim, support: _Reading) -> Fact | None:
        """A discrepancy on the passages that support a claim, when it is about what the claim says."""
        content = {t for t in claim.tokens - _FRAMING - _SOFT if not t.isdigit() and t not in _DATE_TOKENS | _NUMBER_TOKENS}
        structured = set(_structured_points(support.matched))
        if not structured:
            return None  # nothing checkable for the sides to differ on
        for dispute in self.engine.disputes(support.fact.id):
            if not _on_figures(claim, dispute) or not self._on_places(claim, dispute) or not _on_status(claim, dispute):
                continue  # "a 49% stake": the sides differ on the sum, not the stake, which only one of them gives
            sides = _tokens(" ".join(c.position or "" for c in dispute.citations))
            values = {t for t in claim.tokens if t.isdigit()} | {
                e for e in claim.entity_ids if self.base.entities[e].type == "place"
            }
            reading_points = set(_structured_points(self._read(claim, dispute, support.confidence).matched))
            place_named = {e for e in values if e in self.base.entities and _tokens(self.base.entities[e].name) <= sides}
            if not (reading_points & structured or ({v for v in values if v.isdigit()} & sides) or place_named):
                continue
            if not dispute.answer_kinds and reading_points & structured <= {"quote"} and not values:
                # The articles relay someone's words differently (a paraphrase leaving out "grunt workers"): with no
                # curated value to differ on, the words one of them quotes are not disputed by the other's omission.
                continue
            reading = self._read(claim, dispute, support.confidence)
            if reading.conflicts or "entity" in reading.unsettled:
                continue
            point = _tokens(" ".join([dispute.subject or "", *(c.position or "" for c in dispute.citations)]))
            covered = content & point
            if content and len(covered) >= DISPUTE_COVERAGE * len(content):
                return dispute
        return None

    def _quoted_speakers(self, claim: ParsedClaim) -> frozenset[str]:
        """The speakers the articles give the words a claim quotes (in quotation marks, three words or more): the
        curated quote answers of the facts whose statement or quotes hold those very words."""
        found = self._quoted.get(claim.text)
        if found is None:
            phrases = [" ".join(m.group(1).split()) for m in _QUOTED_WORDS.finditer(_norm(claim.text))]
            phrases = [p.strip(" .,!?") for p in phrases if len(p.split()) >= 3]
            found = frozenset(s for text, speakers in self._quote_texts() if any(p in text for p in phrases) for s in speakers)
            self._quoted[claim.text] = found
        return found

    def _quote_texts(self) -> list[tuple[str, frozenset[str]]]:
        """Each fact with a curated quote answer: its statement and quotes normalised (worked out the first time a
        claim quotes words), with its speakers."""
        if self._quote_index is None:
            self._quote_index = [
                (" ".join(_norm(" \n ".join((fact.statement, *(c.quote for c in fact.citations)))).split()),
                 frozenset(a.speaker for a in fact.answers.quote))
                for fact in self.base.facts.values()
                if fact.answers.quote
            ]  # fmt: skip
        return self._quote_index

    def _supports(self, claim: ParsedClaim, reading: _Reading) -> bool:
        if reading.conflicts or reading.unsettled:
            return False
        # The cheap checks first: most candidates fail them, and only a fact that passes is read sentence by sentence.
        return self._supports_points(claim, reading) and (reading.fact.kind != "claim" or self._bound(claim, reading.fact))

    def _bound(self, claim: ParsedClaim, fact: Fact) -> bool:
        """Whether each name the claim ties to a word ("Google's headcount", "the labellers of OpenAI", "return on
        investment for Invisible") stands beside that word in one of the fact's sentences: the fact may name Google,
        but among the tech giants, not beside the headcount."""
        norm = _norm(claim.text)
        texts = [t for t in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations)) if t]
        sentences = [_ordered_tokens(t) for t in texts]
        for entity in claim.entity_ids:
            # "Sama ended its partnership with Sama": a name said twice where no sentence of the fact says it twice.
            pattern = "|".join(re.escape(_norm(n)) for n in sorted(self._names(entity), key=len, reverse=True))
            twice = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])")
            mentions = list(twice.finditer(norm))
            if len(mentions) >= 2 and any(_RELATION_BEFORE.search(norm, 0, m.start()) for m in mentions[1:]):
                return False  # "an investment in Microsoft" by Microsoft, "neither Invisible nor Invisible": one for two
            verb_at = claim.actions[0][1] if claim.actions else None
            if verb_at is not None and mentions[0].start() < verb_at < mentions[-1].start() and len(mentions) >= 2:
                return False  # "Copilot also powers Copilot": the doer and what it is done to, one name
            if len(mentions) >= 2 and not any(len(twice.findall(_norm(t))) >= 2 for t in texts):
                return False
        for entity in claim.entity_ids:
            if self.base.entities[entity].type == "place":
                continue
            tokens = {t for n in self._names(entity) for t in _tokens(n)}
            for name in sorted(self._names(entity), key=len, reverse=True):
                n = re.escape(_norm(name))
                tied = re.search(rf"\b{n}'s?\s+((?:[a-z-]+\s+){{0,1}}[a-z-]{{3,}})", norm)  # "Google's headcount"
                owner = re.search(
                    rf"\b([a-z-]{{3,}})\s+(?:of|for|from|de|d'|du|des|sur|pour)\s*(?:the\s+|la\s+|le\s+|l')?{n}\b", norm
                )
                words = [w for m in (tied, owner) if m for w in _ordered_tokens(m.group(1))]
                words = [w for w in words if w not in tokens and w not in _SOFT and w not in _FILLER and not w.isdigit()
                         and w not in _NUMBER_TOKENS and w not in _BINDING_NEUTRAL]  # fmt: skip
                if not words:
                    continue
                for word in words[:1]:
                    if not any(
                        abs(i - j) <= BINDING_WINDOW
                        for said in sentences
                        for i, t in enumerate(said)
                        if t in tokens
                        for j, w in enumerate(said)
                        if w == word
                    ):
                        return False
                break
        return True

    def _supports_points(self, claim: ParsedClaim, reading: _Reading) -> bool:
        if reading.fact.kind == "discrepancy" and not _structured(reading.matched):
            return False  # the articles differ on something: only a value they give settles which side a claim takes
        fact = reading.fact
        uncovered = claim.tokens - self._vocab[fact.id] - _FRAMING
        uncovered = {t for t in uncovered if not t.isdigit() and t not in _DATE_TOKENS and t not in _NUMBER_TOKENS}
        if "place" in reading.matched:
            uncovered -= _LOCATION_TOKENS  # "is from", "originaire de": the place settled says where
        if _structured(reading.matched):
            uncovered -= _SOFT | _SIGNS  # "15 $ de l'heure": the sign is the figure's, which is settled
        uncovered -= _FILLER | reading.deed
        if claim.negated:
            uncovered -= _DENIAL_TOKENS
        if uncovered:
            return False
        # Words that change what a claim says but that matching ignores ("only", "all", "first") must be the fact's too.
        marked = {m.group(0) for m in _MARKERS.finditer(_norm(claim.text))}
        if marked and not marked <= self._markers[fact.id]:
            return False
        if _structured(reading.matched):
            return reading.confidence >= RELEVANT_CONFIDENCE or "entity" in reading.matched
        if "entity" not in reading.matched or reading.confidence < PLAIN_CONTAINED_CONFIDENCE:
            return False
        # Only entities to go on: the claim must follow one of the fact's own sentences or phrasings, so that
        # its words are not the fact's words recombined ("OpenAI confirmed the layoffs").
        # Only what the fact states or quotes counts, never its phrasings (a question says nothing: "does OpenAI pay
        # its contractors well"), and a text shorter than the claim is no basis ("who is Kumar" is in any claim on him).
        said = " ".join(_ordered_tokens(claim.text))
        texts = [
            " ".join(_ordered_tokens(t)) for t in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations))
        ]
        if any(_done_by_another(t, claim) for t in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations))):
            return False  # "a listing ... posted by an outsourcing agency" does not say OpenAI posted it
        originals = (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations))
        if reading.confidence >= PLAIN_SUPPORT_CONFIDENCE and any(
            len(t) >= len(said) and fuzz.partial_ratio(said, t) >= PLAIN_SUPPORT_SIMILARITY and self._same_first_name(claim, o)
            for t, o in zip(texts, originals, strict=True)
            if t
        ):
            return True
        # Or, reworded, every word it says beyond the names is in one sentence the fact states or quotes (never a
        # question or keyword, which may name what the fact does not say): a paraphrase, not a recombination.
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        content = {t for t in claim.tokens - _FRAMING - _SOFT - _FILLER - names if not t.isdigit()}
        if len(content) < PLAIN_CONTAINED_WORDS:
            return False
        named = [e for e, _ in claim.entities if self.base.entities[e].type != "place"]
        for sentence in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations)):
            if not sentence or not content <= _tokens(sentence):
                continue
            # The sentence names whom the claim names, the one it puts first first: "OpenAI confirmed the layoffs"
            # is not "Microsoft confirmed its investment in OpenAI amid layoffs".
            # The outlet a sentence is attributed to ("According to The Internet Patrol, Savreux ...") names no one in it.
            there = [
                e
                for e, _ in _find_entities(sentence, _norm(sentence), self.base)
                if self.base.entities[e].type != "place" and (self.base.entities[e].type != "publication" or e in named)
            ]
            if not set(named) <= set(there) or (named and there[0] != named[0]):
                continue
            if named and not self._said_of(claim, sentence, named[0], content):
                continue
            # And the claim says most of what the sentence says, not two of its words picked out of a long one.
            if len(content | names) >= PLAIN_CONTAINED_SHARE * len(_tokens(sentence)):
                return True
        return False

    def _said_of(self, claim: ParsedClaim, sentence: str, subject: str, content: set[str]) -> bool:
        """Whether the sentence says the claim's first word after its subject of that subject: the name nearest before
        that word is one the claim gives ("Microsoft ... the repository site whose code OpenAI previously scraped to
        train its models" says OpenAI trained them, not Microsoft; "an OpenAI conversational trainer" is Kumar's job)."""
        norm = _norm(claim.text)
        start = next((at for e, at in claim.entities if e == subject), 0)
        word = next((t for w in re.findall(r"[\w'-]+", norm[max(start, 0) :]) for t in _ordered_tokens(w) if t in content), None)
        if word is None:
            return True
        said = _norm(sentence)
        at = next((m.start() for m in re.finditer(r"[\w'-]+", said) if word in _ordered_tokens(m.group(0))), None)
        if at is None:
            return True
        before = [
            e
            for e, pos in _find_entities(sentence, said, self.base)
            if pos < at and self.base.entities[e].type not in ("place", "publication")
        ]
        mentions = sorted(
            (m.start(), e)
            for e in before
            for n in self._names(e)
            for m in re.finditer(rf"(?<![\w-]){re.escape(_norm(n))}(?![\w-])", said[:at])
        )
        return not mentions or mentions[-1][1] == subject or mentions[-1][1] in claim.entity_ids

    def _same_first_name(self, claim: ParsedClaim, sentence: str) -> bool:
        """Whether a sentence names first, of the names it shares with the claim, the one the claim names first
        ("Previously, OpenAI trained its models on code from GitHub, owned by Microsoft" is not Microsoft training)."""
        named = [e for e, _ in claim.entities if self.base.entities[e].type != "place"]
        there = [e for e, _ in _find_entities(sentence, _norm(sentence), self.base) if e in named]
        return not named or not there or there[0] == named[0]

    def _names(self, entity_id: str) -> tuple[str, ...]:
        entity = self.base.entities[entity_id]
        return (entity.name, *entity.aliases)

    def _relevant(self, claim: ParsedClaim, reading: _Reading) -> bool:
        """Whether a fact is about what the claim is about, so that its other value contradicts the claim."""
        named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
        shared = named & set(reading.fact.entities)
        points = {p for p, _, _ in reading.conflicts}
        if points == {"place"} and reading.described:
            return True  # the claim names whose place it is in the answer's own words
        if points & {"actor", "role", "quote"}:
            return bool(shared) or reading.confidence >= RELEVANT_CONFIDENCE or _structured(reading.matched)
        if named and not shared:
            return False
        return reading.confidence >= RELEVANT_CONFIDENCE or bool(shared)

    def _verdict(self, claim: str, language: str, verdict: str, fact: Fact, phrase: str, point: str | None) -> Verdict:
        statement = fact.statement_in(language)
        subject = fact.subject_in(language)
        if verdict == "disputed" and not subject:
            # No subject in the reader's language (a base without French for it): the statement gives each side.
            explanation = _phrase("disputed_plain", language, statement=statement)
            return Verdict(claim, language, verdict, explanation, fact, fact.citations, point=point)
        explanation = _phrase(phrase, language, statement=statement, subject=subject or "")
        if verdict == "disputed":
            sides = (" ; " if language == "fr" else "; ").join(
                label("verdict.side", language, article=self.base.sources[c.source_id].display_title, position=position)
                for c in fact.citations
                if (position := c.position_in(language))
            )
            if sides:
                explanation += label("verdict.each_side", language, sides=sides)
        return Verdict(claim, language, verdict, explanation, fact, fact.citations, point=point)

    def _not_reported(self, claim: str, language: str, nearest: tuple[Fact, ...]) -> Verdict:
        return Verdict(claim, language, "not_reported", _phrase("not_reported", language), None, (), nearest=nearest)

    def assess(self, text: str, *, language: str | None = None) -> Verdict:
        """The verdict on any text: a wh-question's premise (its correction when a fact contradicts it), else the claim."""
        norm = _norm(text).strip()
        m = _WH.match(norm)
        if not m and _PREMISE_CLAUSE.match(norm):
            correction = self.premise(text, language=language)
            if correction is not None:
                return correction
        if m:
            correction = self.premise(text, language=language)
            if correction is not None:
                return correction
            verdict = self.check(
                _strip_auxiliaries(text.strip()[m.end() :] if len(text.strip()) == len(norm) else norm[m.end() :])
            )
            return Verdict(text, verdict.language, verdict.verdict, verdict.explanation, verdict.fact, verdict.citations,
                           verdict.nearest, verdict.point)  # fmt: skip
        return self.check(text, language=language)

    # -------------------------------------------------------------------------------- false premises

    def premise(self, question: str, *, language: str | None = None) -> Verdict | None:
        """For a wh-question whose premise a fact contradicts, the correction; None when there is none. A question
        resting on a clause of its own ("since OpenAI fired the Kenyan workers, ...", "comme ...") has that clause checked."""
        norm = _norm(question).strip()
        clause = _PREMISE_CLAUSE.match(norm)
        if clause:
            said = question.strip()[clause.start(1) : clause.end(1)] if len(question.strip()) == len(norm) else clause.group(1)
            verdict = self.check(said, language=language or guess_language(question))
            if verdict.verdict == "contradicted" and verdict.point in _PREMISE_POINTS:
                return Verdict(question, verdict.language, "contradicted", verdict.explanation, verdict.fact,
                               verdict.citations, point=verdict.point)  # fmt: skip
            return None
        m = _WH.match(norm)
        if not m:
            return None
        premise = _strip_auxiliaries(question.strip()[m.end() :] if len(question.strip()) == len(norm) else norm[m.end() :])
        claim = parse_claim(premise, self.base)
        has_point = bool(claim.actions or claim.numbers or claim.roles or claim.dates)
        if not has_point or (
            claim.subject(self.base) is None
            and not claim.numbers
            and not (claim.roles and claim.entities)
            and not (claim.actions and claim.entities)
        ):
            return None
        language = language or guess_language(question)
        verdict = self.check(premise, language=language)
        if verdict.verdict != "contradicted" or verdict.point not in _PREMISE_POINTS:
            return None
        explanation = verdict.explanation
        return Verdict(question, language, "contradicted", explanation, verdict.fact, verdict.citations, point=verdict.point)


#: Words for the people a layoff is of: anyone at work ("laid off OpenAI's trainers", "a licencié des formateurs"), or a
#: number of them ("laid off dozens").
_LAID_OFF_PEOPLE = PEOPLE_TOKENS | frozenset(
    search_tokens(
        "dozens hundreds thousands dizaines centaines milliers jobs emplois postes teams equipes everyone everybody monde"
    )
)
#: Actions whose doer a claim can get wrong: only a fact's actor answer settles who did them.
_DOER_ACTIONS = frozenset({"end", "hire", "invest", "own", "release", "report-first", "publish", "investigate"})
#: Actions many can do at once: that the articles name one doer denies no other.
_SHARED_ACTIONS = frozenset({"work-for"})
#: Titles one person does not hold beside another at the same firm, so that one given is another denied.
_TITLE_ROLES = frozenset({"ceo", "president", "head of operations", "spokesperson", "program lead", "cto"})
_DATE_TOKENS = frozenset(search_tokens(" ".join(_MONTHS)))
_GENERIC_MONEY = frozenset(search_tokens("pay money dollars dollar hour an"))
#: Words a claim may add without the fact having them, once a value of the fact has settled a point.
_SOFT = frozenset(
    search_tokens(
        "without many some enough very also publicly just still already really around several various new recently currently "
        "reportedly roughly approximately nearly almost about beaucoup plusieurs certains environ pres deja encore aussi "
        "lasted lasting last durait dure duree altogether entirely completely totally"
    )
)
_SIGNS = frozenset({"$", "%", "€"})
#: The words of a denial ("never", "didn't", "ne ... jamais", "anyone" after a "not"): a claim's `negated` reads them,
#: so they are no content a fact must have; what they deny is.
_DENIAL_TOKENS = frozenset(
    search_tokens(
        "not never no didn't doesn't don't isn't wasn't weren't aren't hasn't haven't hadn't won't can't couldn't "
        "shouldn't wouldn't cannot anyone anybody anything ever any jamais pas ne personne aucun aucune rien longer plus"
    )
)
#: Words a name is tied to that say nothing of what it is tied to ("OpenAI's own", "Microsoft's $10 billion").
_BINDING_NEUTRAL = frozenset(search_tokens("own billion million milliards dollars is was are has had said says a dit est"))
#: Words that carry no claim of their own in how people reword a sentence ("gets sent", "via", "a big workforce").
_FILLER = frozenset(search_tokens("gets getting via like such grosse gros big huge enormement hugely tres"))
#: Words for each action, so that a claim's verb counts as the fact's words when the actor answer settled it.
_ACTION_WORDS = {
    "hire": "hire hired hiring recruited brought on",
    "plan-hire": "plans to hire",
    "lay-off": "laid off fired let go layoffs",
    "end-partnership": "ended ending partnership contract",
    "invest": "invested investment",
    "release": "released launched created",
    "own": "owns owned",
    "power": "powers powered",
    "report-first": "first reported",
    "thank": "thanked",
    "decline-comment": "declined comment respond",
    "publish": "published",
    "commit": "committed",
    "train": "trained",
    "test": "tested test",
    "work-for": "works worked work",
    "vote-union": "voted union",
    "investigate": "investigation investigated exposed",
}
_NUMBER_TOKENS = frozenset(search_tokens(" ".join(_NUMBER_WORDS)))
_LOCATION_TOKENS = frozenset(
    search_tokens(
        "based located live lives lived living from headquartered hails resident basee basees situee vit vivent habite originaire siege installee"
    )
)
_WH = re.compile(
    r"^(?:why|how come|how|when|where|what|which|who|whom|pourquoi|comment|quand|ou|que|qu'|quel|quelle|quels|quelles|qui|"
    r"combien)\b\s*(?:much|many|long|did|does|do|is|are|was|were|has|have|had|est-ce que|est-ce qu'|a-t-il|a-t-elle|"
    r"ont-ils)?\s*"
)
#: A question resting on a clause of its own: "since X, ...", "given that X, ...", "comme X, ...", "puisque X, ...".
_PREMISE_CLAUSE = re.compile(
    r"^(?:since|given that|now that|seeing as|as|because|comme|puisque|vu que|etant donne que|sachant que|maintenant que)\s+"
    r"([^,;?]{8,}?)\s*[,;]\s*\S"
)
#: The points a false premise is corrected on.
_PREMISE_POINTS = frozenset({"actor", "count", "money", "percent", "place", "role", "date", "quote"})
_AUX = re.compile(
    r"^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|est-ce que|est-ce qu'|c'est vrai que|"
    r"is it true that|est-il vrai que|est-ce vrai que|true or false:?|vrai ou faux\s*:?|fact check:?|check:?|claim:?)"
    r"(?:\s+|(?<=')\s*)"
)


_CHECKERS: weakref.WeakKeyDictionary[Engine, ClaimChecker] = weakref.WeakKeyDictionary()
_CHECKERS_LOCK = threading.Lock()


def checker_for(engine: Engine) -> ClaimChecker:
    """The claim checker of an engine, built once per engine (a reloaded fact base gets a new engine, so a new one)."""
    with _CHECKERS_LOCK:
        checker = _CHECKERS.get(engine)
        if checker is None:
            checker = _CHECKERS[engine] = ClaimChecker(engine)
        return checker


#: Everyday wordings of what the facts say in their own words, rewritten before a claim is read: each says the
#: same thing as its replacement, never more or less (a denial stays a denial, a doer stays the doer).
_PARAPHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        # "Neither OpenAI nor Invisible answered" says both did not.
        (r"^neither (.+?) nor (.+?) (?:answered|responded to|replied to|returned)\b", r"\1 and \2 did not respond to"),
        (
            r"\b(?:would(?: not|n't)|did(?: not|n't)|refused to|declined to)(?: want to| wish to)? (?:comment|say)\b",
            "declined to comment",
        ),
        # Commenting is not declining to: a denial of that denial, which a fact saying it declined contradicts.
        (
            r"(?<!never )(?<!not )(?<!n't )(?<!ever )(?<!yet )\b(?:commented|has commented) (on|about)\b",
            r"did not decline to comment \1",
        ),
        (r"(?<!n')(?<!pas )(?<!jamais )\ba comment[ée] (sur|les|ses|leurs)\b", r"n'a pas refusé de commenter \1"),
        # "GitHub belongs to Microsoft": Microsoft owns it.
        (r"^(.+?) (?:belongs|belonged|appartient|appartenait) (?:to|a|à) (.+?)[.!]?$", r"\2 owns \1"),
        (r"\bhow (?:it|openai) hires(?: people| workers| contractors)?\b", "its hiring practices"),
        (r"\b(?:comes?|hails?) from\b", "is from"),
        (r"\bmulti-?billion\b", "multi-billion"),
        # "more than 1,000, not fewer": the second half restates the first, it denies nothing the claim says.
        (r",?\s*(?:and )?not (?:fewer|less)\b|,?\s*(?:et )?pas moins\b", ""),
        # A subsidiary is owned; a largest investor invested.
        (r"^(.+?) (?:is|was) (?:an? )?((?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)?)(?: AI)? subsidiary\b", r"\2 owns \1"),
        (r"^(.+?) (?:is|was) (?:an? |the )?subsidiary of (.+)$", r"\2 owns \1"),
        (r"^(.+?)'s? (largest|biggest|main|top) investor is (.+)$", r"\3 invested in \1 as its \2 investor"),
        (r"^(.+?) (?:is|was) (.+?)'s? (largest|biggest|main|top) investor\b", r"\1 invested in \2 as its \3 investor"),
        (
            r"^(.+?) (?:est|etait|était) (?:le )?(?:plus gros|plus grand|principal|premier) investisseur (?:d'|de )(.+)$",
            r"\1 a investi dans \2, son plus gros investisseur",
        ),
        (r"\b(?:is|was|are|were) (?:built|founded) on\b", "is based on"),
        # Keeping on working with someone is not ending the partnership: a denial the fact's ending contradicts.
        (
            r"\b(?:kept|keep|keeps|continued|continues|continue|still) (?:to work|working|work|works) (?:with|for)\b",
            "did not end its partnership with",
        ),
        (r"(\$\s?\d+(?:[.,]\d+)?)\s?(?:b|bn)\b", r"\1 billion"),
        (r"\b(\d+(?:[.,]\d+)?)\s?(?:hrs?)\b", r"\1 hours"),
        # "..., according to Altman": who says it goes first, as "According to Altman, ..." reads.
        (r"^(.+?),?\s+(according to|selon|d'apr[eè]s)\s+([^,]+?)[.!]?$", r"\2 \3, \1"),
        # "15 bucks an hour" is $15 an hour; "the last six months" the past six months (no date of their own).
        (r"\b(\d+(?:[.,]\d+)?)\s?bucks?\b", r"$\1"),
        (
            r"\b(?:the )?(?:last|previous) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several) "
            r"(?:months|weeks|years))\b",
            r"the past \1",
        ),
        (r"(\$\s?\d+(?:[.,]\d+)?)\s?m\b", r"\1 million"),
        (
            r"\b(?:just|slightly|a little|a bit) (?:under|below|fewer than|less than)\b|\bun peu moins de\b|\bjuste en dessous de\b",
            "nearly",
        ),
        # "it's not done yet" after a plan restates the plan: no denial of it.
        (r"[,;]?\s*(?:c'est|ce n'est|c'est pas) (?:pas )?encore fait\b|[,;]?\s*(?:it's|it is) not (?:done|happened) yet\b", ""),
        # Voting against a union is not voting for one: said as a denial, which the fact's vote contradicts.
        (r"\bvot(?:e|es|ed|ing) against (?:forming|joining|creating|starting) (?:a|the) union\b", "did not vote to form a union"),
        (r"\bvot(?:e|es|ed|ing) against (?:a |the )?union(?:i[sz]ing)?\b", "did not vote to form a union"),
        # Stopping hiring is hiring no more: a denial, which a fact saying it is still recruiting contradicts.
        (r"\b(?:stop(?:s|ped)?|quit|halt(?:s|ed)?|freez(?:e|es)|froze) (?:hiring|recruiting)\b", "no longer hires"),
        (r"\b(?:a |ont )?arr[êe]t[ée] (?:d'embaucher|de recruter)\b", "n'embauche plus"),
        (
            r"\b(?:reject(?:s|ed|ing)?|turn(?:s|ed)? down) (?:a |the |forming a |joining a )?union\b",
            "did not vote to form a union",
        ),
        (
            r"\b(?:ont |a )?(?:rejet[ée]|refus[ée]) (?:le |un |de former un |de créer un |de creer un )?syndicat\b",
            "n'ont pas voté pour former un syndicat",
        ),
        (r"\b(?:has|have|had) (?:worked|served) as (an?|the)\b", r"was \1"),
        # "used to train its models on GitHub code": before, as the facts word it ("Previously, OpenAI trained ...").
        (r"\bused to (?=[a-z])", "previously "),
        (r"\b(?:works?|worked|serves?|served) as (an?|the)\b", r"is \1"),
        # "with no benefits" is "without benefits"; "plans to cut" is "will cut" (planning to hire stays its own deed).
        (r"\bwith no\b", "without"),
        (
            r"\b(?:plans?|planned|planning|intends?|intended|is going|are going|was going) to (?!hire|recruit|bring|onboard)",
            "will ",
        ),
        (r"\b(?:thanks to|grace a|grâce à)\b", "with"),
        (r"\bwas (?:the )?first to (?:report|break)\b", "first reported"),
        (r"\blet (the |its |their |some |dozens of |des )?((?:[\w'-]+ ){0,4}?)go\b", r"laid off \1\2"),
        (r"\b(lay|lays|laying|laid) ((?:[\w'-]+ ){1,4}?)off\b", r"\1 off \2"),
        (r"\b(?:bosse|bossent|bosser|bossait|bossaient)\b", "travaille"),
        (r"\b(?:taf|boulot)\b", "travail"),
        (r"\b(?:touche|touchait)\b", "gagne"),
        (r"\bdevs\b", "développeurs"),
        (r"\b(?:vir(?:é|e|és|es|ée|ées))\b", "licenciés"),
    )
)


#: Where a claim joins a second claim about the same subject: "and" before a verb.
_CLAUSE_JOIN = re.compile(
    r",?\s+(?:and|et|but|mais)\s+(?=(?:also\s+|aussi\s+)?(?:says?|said|is|was|has|had|did|does|lives?|lived|works?|worked|"
    r"earns?|earned|comes?|came|credits?|found|dit|a|est|vit|travaille|gagne|affirme|wants?|wanted|hopes?|plans?|sees?|"
    r"thinks?|believes?|uses?|used|helps?|helped|makes?|made|gets?|got|veut|voulait|espere|pense|croit|habite)\b)",
    re.IGNORECASE,
)
#: Where a claim joins a second claim with a subject of its own: "and" before a capitalised name and its verb.
_NAMED_JOIN = re.compile(
    r",?\s+(?:and|et|but|mais|while|whereas)\s+(?=(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+"
    r"(?:is|was|are|were|has|had|says?|said|lives?|works?|earns?|est|a|vit|travaille|gagne|dit)\b)",
    re.IGNORECASE,
)
#: The subject of a claim: its words before its first verb.
_CLAUSE_SUBJECT = re.compile(
    r"^(.+?)\s+(?=(?:is|was|are|were|has|had|did|does|says?|said|lives?|works?|earns?|est|a|vit|travaille|gagne|dit)\b)",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[str]:
    """A claim joining claims about one subject, split into claims each naming it ("Kumar is 22 and lives in Texas");
    or joining claims each with a subject of its own ("Savreux is 34 and Kumar is 22")."""
    named = _NAMED_JOIN.split(text)
    if len(named) > 1 and all(_CLAUSE_SUBJECT.match(part) for part in named):
        return [part.strip(" ,.") for part in named]
    parts = _CLAUSE_JOIN.split(text)
    if len(parts) < 2:
        return [text]
    subject = _CLAUSE_SUBJECT.match(parts[0])
    if subject is None:
        return [text]
    return [parts[0].strip(" ,.")] + [f"{subject.group(1)} {part.strip(' ,.')}" for part in parts[1:]]


_DONE_BY = re.compile(r"\b(\w+(?:ed|en|e|ee|ees|es))\s+(?:by|par)\s+((?:\w+[' -]?){1,4})")


def _done_by_another(sentence: str, claim: ParsedClaim) -> bool:
    """Whether a sentence says that what the claim says someone did was done by another ("posted by an outsourcing
    agency"), the claim naming a doer that is not that one."""
    if claim.passive:
        return False
    said = claim.tokens - _FRAMING
    for m in _DONE_BY.finditer(_norm(sentence)):
        verb, agent = _tokens(m.group(1)), _tokens(m.group(2))
        if verb and verb <= said and agent and not agent & said:
            return True
    return False


def _paraphrased(text: str) -> str:
    for pattern, replacement in _PARAPHRASES:
        text = pattern.sub(replacement, text)
    if not any(ch.isupper() for ch in text):
        # Typed all in lower case, a name is not capitalised: "deepmind is a microsoft subsidiary".
        text = _LOWER_SUBSIDIARY.sub(r"\2 owns \1", text)
    return text


_LOWER_SUBSIDIARY = re.compile(r"^(.+?) (?:is|was) (?:an? )?([\w.-]+(?: [\w.-]+)?) subsidiary\b")


def _strip_auxiliaries(text: str) -> str:
    return text.strip(" ?!.")


#: Contractions typed without their apostrophe ("wouldnt", "didnt", "cest", "na pas"): read as if typed with it.
_BARE_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\b(would|did|does|do|is|was|were|are|has|have|had|could|should|must)nt\b", r"\1n't"),
        (r"\bcant\b", "can't"),
        (r"\bwont\b", "won't"),
        (r"\bc(est|etait|était)\b", r"c'\1"),
        (r"\bj(ai|avais|etais|étais)\b", r"j'\1"),
        (r"\bn(a|ont|est|etait|était|avait|avaient)\b(?=\s+(?:\w+\s+)?(?:pas|jamais|plus)\b)", r"n'\1"),
        (r"\bqu(il|ils|on)\b", r"qu'\1"),  # not "quelle", a word
        (r"\b(est) ce (que|qu')", r"\1-ce \2"),
        (r"\b(est) ce qu\b(?!')\s*", r"\1-ce qu'"),
    )
)
#: How people pass a claim on: a hedge or a frame before it ("apparently", "I read that", "paraît que", "so,") or a
#: tag after it ("right?", "apparently", "non ?"). Not part of what the claim says: taken off before it is read.
#: A denial or a figure inside the claim is never part of them.
_HEDGE_START = re.compile(
    r"^(?:(?:so|ok|okay|hey|btw|fwiw|tbh|iirc|lol|um+|hmm+|wait|well|quick question|question|alors|bon|du coup|euh|dis|"
    r"dites|bref|genre|hello|salut)\b[,:!]?\s*|"
    r"(?:apparently|reportedly|supposedly|allegedly|apparemment|visiblement|il para[iî]t|para[iî]t(?:-il)?|"
    r"i(?:'ve| have)? (?:read|heard|seen|saw)|i was told|some(?:one|body) (?:said|says|told me|on \w+ said)|"
    r"people (?:say|said|are saying)|they say|word is|rumou?r has it|i (?:think|believe|guess|thought)|"
    r"(?:is it|it's|its|is this) (?:true|right|correct)|am i right|did you know|"
    r"(?:do|does|did) the articles? (?:say|report|confirm|mention)|can you (?:check|confirm|verify)(?: for me)?|"
    r"(?:please )?(?:check|verify|confirm)|according to (?:the )?(?:articles?|reports?|news)|"
    r"il semble(?:rait)?|on dirait|j'?ai (?:lu|entendu|vu)(?: quelque part| sur \w+| dans \w+)?|on (?:m'?a|ma) dit|on dit|"
    r"c'?est vrai|est-ce vrai|est-il vrai|je (?:crois|pense)|(?:tu )?(?:peux|pourrais|pouvez)(?:-tu|-vous| tu| vous)? "
    r"(?:v[ée]rifier|confirmer)|v[ée]rifie(?:z)?|selon les articles|d'apr[eè]s les articles|les articles disent)"
    r"(?: somewhere| online| in the articles?| on \w+| here)?(?:,?\s+(?:that|whether|if|que|qu'|si)\b\s*|"
    r"\s*(?<=qu')|[,:]\s*|\s+))+",
    re.IGNORECASE,
)
_HEDGE_END = re.compile(
    r"(?:[,;]?\s*\b(?:apparently|reportedly|supposedly|lol|haha|iirc|apparemment|para[iî]t-il|il para[iî]t|"
    r"or not|isn't it|is that (?:true|right|correct)|n'est-ce pas|hein|ou pas|c'est [çc]a)"
    r"|,\s*(?:right|true|correct|no|non|vrai|i think|i guess|je crois|je pense)"
    r"|\s+(?:right|correct|true|non|vrai)(?=\s*\?))[\s?!.]*$",
    re.IGNORECASE,
)


def _chat_normalised(text: str) -> str:
    """A claim as typed in a chat, read as written out: curly apostrophes straight, contractions with their
    apostrophe, "est ce que" with its hyphen."""
    text = text.translate({ord(c): "'" for c in "‘’‛′`´"})
    for pattern, replacement in _BARE_CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def _unhedged(text: str) -> str:
    """A claim without the hedges and tags people pass it on with ("apparently", "I read that", "right?")."""
    text = _chat_normalised(text).strip()
    for _ in range(3):
        before = text
        text = _HEDGE_START.sub("", text).strip()
        text = _HEDGE_END.sub("", text).strip()
        if text == before:
            break
    return text[:1].upper() + text[1:] if text[:1].islower() and before[:1].isupper() else text


def _strip_question(text: str) -> str:
    """A yes/no question as the claim it asks about: "Did Sama end its work?" -> "Sama end its work"."""
    stripped = _unhedged(text)
    norm = _norm(stripped)
    m = _AUX.match(norm)
    # The auxiliary is where the text starts when it reads the same there ("10 000" later on is shorter normalised).
    if m and _norm(stripped[: m.end()]) == norm[: m.end()]:
        stripped = stripped[m.end() :]
    # French inversion: "Sam Altman est-il le PDG ?" asks whether "Sam Altman est le PDG".
    stripped = re.sub(r"-(?:t-)?(?:il|elle|ils|elles|on)\b", "", stripped)
    return stripped.strip(" ?!").strip()


#: Words a claim uses for what the facts call otherwise (beyond the engine's synonyms).
_CLAIM_SYNONYMS = {
    "coder": "programmer", "engineer": "programmer", "ingenieur": "programmer", "job": "worker", "jobs": "worker",
    "heur": "hour", "heure": "hour", "heures": "hour", "vers": "invest", "verse": "invest", "injecte": "invest", "poured": "invest",
    "peopl": "worker", "person": "worker", "personn": "worker", "personne": "worker", "gens": "worker", "emploi": "worker", "emplois": "worker",
    "repos": "depend", "reli": "depend", "reliant": "depend",
    "entraineur": "trainer", "entraineurs": "trainer",
    "gig": "worker", "employ": "worker", "traitant": "contractor", "tech": "technical", "avant": "auparavant", "previously": "auparavant", "annonc": "post",
    "ad": "post", "ads": "post", "advert": "post", "advertis": "post", "advertisement": "post",
    "bring": "provid", "deliver": "provid",
}  # fmt: skip


_DENIAL_FILLER = frozenset(
    [
        "to",
        "on",
        "its",
        "the",
        "a",
        "an",
        "of",
        "yet",
        "been",
        "be",
        "have",
        "has",
        "had",
        "ever",
        "even",
        "do",
        "does",
        "did",
        "de",
        "d",
        "l",
        "la",
        "le",
        "les",
        "aux",
        "au",
        "du",
        "pas",
        "plus",
        "ont",
        "avait",
        "avaient",
        "est",
        "sont",
        "ete",
        "etait",
        "etaient",
        "ses",
        "leur",
        "leurs",
        "or",
        "ou",
    ]
)


_RAISING = frozenset({"appear", "seem", "semblait", "semble", "want", "try", "manage", "get", "provide", "fourni"})


def _denied_words(text: str) -> set[str]:
    """What a denial denies: its first word ("did not respond to ...", "declined to comment on ...")."""
    words = [w for w in re.findall(r"[a-z]+", text) if w not in _DENIAL_FILLER][:2]
    if words and words[0] not in _RAISING:
        words = words[:1]  # "declined to comment on its hiring practices" denies commenting, not hiring
    return {_CLAIM_SYNONYMS.get(t, t) for w in words for t in (stem(w),)}


_DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})


_FRENCH_UNITS = {"hour": ("heure", "heures"), "day": ("jour", "jours"), "week": ("semaine", "semaines"),
                 "month": ("mois", "mois"), "year": ("an", "ans")}  # fmt: skip


def _with_french_unit(figure: str, unit: str) -> str:
    """A bare French figure ("5", "environ 1 000") with its unit of time ("5 heures"); other wordings stay as they are."""
    found = re.fullmatch(r"(?:environ |plus de )?(\d+(?:,\d+)?)", figure)
    if found is None:
        return figure
    one, many = _FRENCH_UNITS[unit]
    return f"{figure} {one if float(found.group(1).replace(',', '.')) < 2 else many}"


def _duration_of(number: Number) -> frozenset[str]:
    """The unit of time a count is of, when the word right after it is one ("deux mois", "five hours")."""
    return number.first & _DURATION_UNITS


def _numbers_as_digits(norm: str) -> str:
    for word, value in _NUMBER_WORDS.items():
        norm = re.sub(rf"\b{word}\b", str(value), norm)
    return norm


def _ordered_tokens(text: str) -> list[str]:
    """A text's search tokens in their order, without the words of framing."""
    return [t for t in (_CLAIM_SYNONYMS.get(t, t) for t in search_tokens(text)) if t not in _FRAMING]


_SOUS_TRAITANT = re.compile(r"\bsous\s+(?=traitant)", re.IGNORECASE)


def _one_person_subject(clause: str) -> bool:
    """Whether a clause starts with one person as its subject: "he", "elle", or "the developer" (a word for people at
    work, the engine's PEOPLE_TOKENS, in the singular)."""
    found = _OPENING_SUBJECT.match(clause)
    if found is None:
        return False
    if found.group("first") is None:
        return True  # a pronoun
    # the noun, or the noun after one adjective ("the South American developer" is too far: left unread)
    return any(
        noun is not None and not noun.endswith(("s", "x")) and not _tokens(noun).isdisjoint(PEOPLE_TOKENS)
        for noun in (found.group("first"), found.group("second"))
    )


def _names_people(text: str) -> bool:
    """Whether a claim names a group of people at work ("OpenAI hired programmers", "des développeurs"): a word of the
    engine's PEOPLE_TOKENS in the plural."""
    return any(
        (word.endswith(("s", "x")) or word in ("people", "gens", "staff")) and not _tokens(word).isdisjoint(PEOPLE_TOKENS)
        for word in re.findall(r"[\w-]+", _norm(text))
    )


def _tokens(text: str) -> frozenset[str]:
    text = _SOUS_TRAITANT.sub("sous-", text)  # "sous traitants" typed without its hyphen: one word, contractors
    return frozenset(_CLAIM_SYNONYMS.get(t, t) for t in search_tokens(text))


def _claimed_in_french(claimed: str) -> str | None:
    """What a claim said, as a role contradiction words it ("CEO", "trainer at Anthropic"), in French ("PDG",
    "formateur chez Anthropic"); None when it is not a role or a workplace ("that Microsoft owns OpenAI")."""
    text = claimed.strip()
    for role in sorted(_ROLE_WORDS, key=len, reverse=True):
        name = _role_name(role)
        if text == name or text.startswith(name + " at "):
            return label(f"role.{role}", "fr") + text[len(name) :].replace(" at ", " chez ", 1)
    if text.startswith("at "):
        return "chez " + text[3:]
    return None


def _role_name(role: str) -> str:
    return role.upper() if role in ("ceo", "cto") else role


def _roles_in(text: str) -> set[str]:
    norm = _norm(text)
    return {role for role, pattern in _ROLE_PATTERNS if pattern.search(norm)}


def _inside(inner: str, outer: str) -> bool:
    """Whether the place `inner` lies within `outer` (entity ids and gazetteer names alike)."""
    seen = set()
    current: str | None = inner
    while current is not None and current not in seen:
        seen.add(current)
        current = _PLACE_PARENT.get(current, _GAZETTEER.get(current))
        if current == outer:
            return True
    return False


def _agrees(number: Number, value: float, approx: bool, over: bool) -> bool:
    if number.bound == "over":
        high = value * 1.1 if approx else value  # "over 1,000" is within "roughly 1,000"
        return high > number.value or (value >= number.value and (over or number.inclusive))
    if number.bound == "under":
        return value < number.value and not over
    tolerance = 0.1 * value if (approx or number.bound == "approx") else 1e-9
    return abs(number.value - value) <= tolerance


def _open(number: Number, value: float, approx: bool, over: bool) -> bool:
    """Whether a fact giving only a floor ("more than 150") neither says nor denies a claim's figure above it: "more than
    200", "fewer than 200" or "200" may be so or not. Twice the floor or more is not what the floor was said of ("over
    1,500" against "over 150")."""
    return over and not approx and value < number.value < 2 * value


def _on_figures(claim: ParsedClaim, dispute: Fact) -> bool:
    """Whether a disagreement is on the figures a claim gives: its curated answers record a figure of their kind (the
    points the articles differ on), so a detail one side gives and the others leave out is not disputed by it. A
    disagreement on nothing but a figure does not dispute a claim that gives none ("Microsoft announced a
    multi-billion dollar investment": the articles differ on the sum, not on the investment)."""
    if not claim.numbers:
        return not (dispute.answer_kinds and dispute.answer_kinds <= _FIGURE_KINDS)
    return any(number.kind in dispute.answer_kinds for number in claim.numbers)


_FIGURE_KINDS = frozenset({"count", "money", "percent"})
#: A disagreement on whether something was done or is to come ("already hired or plans to hire").
_STATUS_SUBJECT = re.compile(r"\b(?:already|future|plans? to|to come|deja|a venir|prevoit)\b")
#: Words of a claim that say whether it was done or is to come.
_STATUS_WORDS = re.compile(
    r"\b(?:will|would|going to|plans?|planned|planning|intends?|already|so far|by now|future|yet|were|was|has|have|had|"
    r"deja|va|vont|prevoit|prevu|projet|futur|a venir|ont ete|a ete)\b"
)


def _on_status(claim: ParsedClaim, dispute: Fact) -> bool:
    """Whether a claim takes a side in a disagreement on whether a deed was done or is to come: it says the deed
    (hired, plans to hire) or when it stands ("were", "will", "already"). "40% of OpenAI's contractors are programmers"
    takes none: the articles differ on the split's tense, not on the split."""
    if dispute.answers.actor or not _STATUS_SUBJECT.search(_norm(dispute.subject or "")):
        return True  # a curated deed ("plans to hire over 1,000") is a point of its own, figures and all
    deeds = {a for a, _ in claim.actions} & {"hire", "plan-hire"}
    return bool(deeds) or bool(_STATUS_WORDS.search(_norm(claim.text)))


def _structured(points: list[str]) -> bool:
    return any(p in ("count", "money", "percent", "date", "place", "actor", "role", "quote") for p in points)


def _structured_points(points: list[str]) -> list[str]:
    return [p for p in points if p != "entity"]


def _basis(points: list[str]) -> str | None:
    structured = [p for p in points if p != "entity"]
    return structured[0] if structured else (points[0] if points else None)


# ------------------------------------------------------------------------------------------- routing


_YES_NO = re.compile(
    r"^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|est-ce que|est-ce qu'|is it true|"
    r"est-il vrai|est-ce vrai|c'est vrai)\b"
)
_FRENCH_INVERSION = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles)\b")
_EXPLICIT = re.compile(
    r"^(?:is it true that|est-il vrai que|est-ce vrai que|c'est vrai que|true or false|vrai ou faux|fact check|check|claim)\b"
)
_STATE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|makes?|made|earns?|earned|pays?|paid|gets?|got|lives?|lived|works?|worked|"
    r"est|sont|etait|a|ont|gagne|gagnent|vit|travaille|travaillent|touche|touchent)\b"
)


def claim_kind(text: str, base: KnowledgeBase) -> str | None:
    """'yes_no' for a yes/no question, 'claim' for a statement to check, None for an ordinary question.

    Conservative: an ordinary question ("how many contractors did OpenAI hire?", "savreux pay") is never
    taken for a claim, so it is still answered as before.
    """
    stripped = clean(text).strip()  # mentions, emoji, links and markup are not part of what is asked
    norm = _norm(stripped)
    if not norm or len(norm.split()) < 3:
        return None
    if _EXPLICIT.match(norm):
        return "claim"
    # "so, did Sama end ...?", "apparently ...", "paraît que ...", "est ce que ...": read without the hedge.
    stripped = _unhedged(stripped) + ("?" if norm.endswith("?") else "")
    norm = _norm(stripped)
    if not norm or len(norm.split()) < 3:
        return None
    if _YES_NO.match(norm) or (norm.endswith("?") and _FRENCH_INVERSION.search(norm.split("?")[0]) and not _WH.match(norm)):
        return "yes_no"
    if norm.endswith("?") or _WH.match(norm):
        return None
    claim = parse_claim(_paraphrased(stripped), base)
    has_point = bool(claim.numbers or claim.dates or claim.roles or claim.other_places) or any(
        base.entities[e].type == "place" for e in claim.entity_ids
    )
    if claim.actions and claim.entities:
        return "claim"
    sum_or_share = any(n.kind in ("money", "percent") for n in claim.numbers)
    if _STATE_VERB.search(norm) and (claim.entities or sum_or_share) and has_point:
        return "claim"
    return None


def routed_verdict(text: str, engine: Engine, *, language: str | None = None) -> Verdict | None:
    """What every face (Discord's /ask, DMs and mentions, the console, `ask`) gives in place of an answer: the
    verdict on a claim, or on a yes/no question something settles; None for any other question, which is
    answered as a question (so is a yes/no question nothing settles)."""
    kind = claim_kind(text, engine.base)
    if kind is None:
        return None
    verdict = checker_for(engine).check(text, language=language)
    if kind == "yes_no" and verdict.verdict == "not_reported":
        return None
    return verdict


# ------------------------------------------------------------------------------------------- output


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
    if verdict.fact is not None:
        lines += ["", f"[{verdict.fact.id}]"]
    if verdict.nearest:
        lines += ["", label("verdict.nearest", language)]
        lines += [f"  - {f.statement_in(language)} [{f.id}]" for f in verdict.nearest]
    return "\n".join(lines)


def entity_name(base: KnowledgeBase, entity_id: str) -> str:
    entity: Entity | None = base.entities.get(entity_id)
    return entity.name if entity else entity_id


__all__ = [
    "VERDICTS",
    "ClaimChecker",
    "ParsedClaim",
    "Verdict",
    "checker_for",
    "claim_kind",
    "parse_claim",
    "render_verdict",
    "verdict_json",
    "verdict_label",
]
