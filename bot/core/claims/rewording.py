"""A claim's text before it is read: everyday wordings rewritten, hedges and question forms stripped, clauses split."""

from __future__ import annotations

import re

from bot.core.claims.reading import _NUMBER_WORDS, _find_entities, _norm
from bot.core.models import KnowledgeBase

_AUX = re.compile(
    r"^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|est-ce que|est-ce qu'|c'est vrai que|"
    r"is it true that|est-il vrai que|est-ce vrai que|true or false:?|vrai ou faux\s*:?|fact check:?|check:?|claim:?)"
    r"(?:\s+|(?<=')\s*)"
)


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
        # "Did the coding test pay anything?": whether it was paid, which a test curated as unpaid answers.
        (
            r"^((?:the |a |an |this |that )?[\w -]{2,30}?\b(?:test|task|assignment|job|gig|work)s?) (?:pay|pays|paid) (?:anything|any money|at all)\b",
            r"\1 was paid",
        ),
        # A yes/no question's bare verb ("Did OpenAI comment on ...", "respond when asked"): the same denial of a denial.
        (
            r"^([\w' -]{2,40}? )(?<!\bto )(?<!\bnot )(?<!n't )(?<!\bnever )(?:comment|respond|reply|answer)(?: (?:to )?(?:the |any )?questions?)? (on|about|to|when)\b",
            r"\1did not decline to comment \2",
        ),
        (
            r"(?<!never )(?<!not )(?<!n't )\b(?:responded|replied|answered) (to (?:the )?(?:questions?|requests?)|when asked)\b",
            r"did not decline to comment \1",
        ),
        (
            r"(?<!n')(?<!pas )(?<!jamais )\b(?:a|ont) r[ée]pondu (?:\w+ ){0,2}?(aux?|à|a) (questions?|demandes?)\b",
            r"n'a pas refusé de commenter \1 \2",
        ),
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
        # "DeepMind is Google's AI subsidiary", "DeepMind est une filiale (d'IA) de Google"
        (r"^(.+?) (?:is|was) ((?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)?)'s?(?: AI)? subsidiary\b", r"\2 owns \1"),
        (r"^(.+?) (?:est|etait|était) (?:une |la )?filiale (?:d'IA |d'ia )?(?:de |d')(.+)$", r"\2 possède \1"),
        # A majority is a share of more than half, which a curated share settles ("a majority stake": the 49% stake).
        (r"\b(?:a|the) (?:controlling|majority) (stake|share|holding|interest)\b", r"a \1 of more than 50%"),
        (
            r"\b(?:is|was|became|become|becomes) (?:the |a )?majority (?:owner|shareholder|stakeholder) (?:of|in)\b",
            "owns more than 50% of",
        ),
        (r"\b(?:a|the) majority of\b", "more than 50% of"),
        (r"\bune participation (?:majoritaire|de contr[ôo]le)\b", "une participation de plus de 50 %"),
        (r"\b(?:est |était |etait |devenu )?(?:l'|un |le )?actionnaire majoritaire (?:de |d')", "détient plus de 50 % de "),
        (r"\bla majorit[ée] (des|du|de la|de l'|de|d')", r"plus de 50 % \1"),
        (r"^(.+?)'s? (largest|biggest|main|top) investor is (.+)$", r"\3 invested in \1 as its \2 investor"),
        (
            r"^(.+?) (?:is|was|became|becomes|(?:decided to |decide to )?become) (.+?)'s? (largest|biggest|main|top) investor\b",
            r"\1 invested in \2 as its \3 investor",
        ),
        (
            r"^(.+?) (?:est|etait|était) (?:le )?(?:plus gros|plus grand|principal|premier) investisseur (?:d'|de )(.+)$",
            r"\1 a investi dans \2, son plus gros investisseur",
        ),
        (r"\b(?:is|was|are|were) (?:built|founded) on\b", "is based on"),
        # Working with someone until a date is ending the partnership then: "kept working with OpenAI until 2022" says
        # when it ended, it denies no end (a date the fact's own checks it against).
        (
            r"\b(?:kept|keep|keeps|continued|continues|continue|still) (?:to work|working|work|works) (?:with|for) (.+?),? "
            r"(?:until|till|up until|up to) (?:early |late |mid-?)?((?:in )?(?:\w+ )?(?:19|20)\d\d)\b",
            r"ended its partnership with \1 in \2",
        ),
        # Keeping on working with someone is not ending the partnership: a denial the fact's ending contradicts.
        (
            r"\b(?:kept|keep|keeps|continued|continues|continue|still) (?:to work|working|work|works) (?:with|for)\b",
            "did not end its partnership with",
        ),
        (r"(\$\s?\d+(?:[.,]\d+)?)\s?(?:b|bn)\b", r"\1 billion"),
        (r"\b(\d+(?:[.,]\d+)?)\s?(?:hrs?)\b", r"\1 hours"),
        # Half an hour, an hour and a half: durations in minutes, which a duration curated in hours settles.
        (r"\b(?:half an hour|a half[- ]hour|une demi[- ]heure)\b", "30 minutes"),
        (r"\b(?:an hour and a half|one and a half hours|une heure et demie)\b", "90 minutes"),
        (r"\b(\d+)\s?(?:mins?|mn)\b", r"\1 minutes"),
        # "..., according to Altman": who says it goes first, as "According to Altman, ..." reads.
        (r"^(.+?),?\s+(according to|selon|d'apr[eè]s)\s+([^,]+?)[.!]?$", r"\2 \3, \1"),
        # "D'après Altman, ..." is "selon Altman" ("après" alone stays "after"); "half a year" is six months.
        (r"\bd'apr[eè]s\b", "selon"),
        (r"\b(?:half a year|a half[- ]year|six-month period|une demi-ann[ée]e)\b", "six months"),
        (r"\b(?:a year and a half|an? (?:one and a )?half years?)\b", "18 months"),
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
        # "The number of contractors OpenAI hired is about 1,000" says "OpenAI hired about 1,000 contractors": the figure
        # beside what it counts, and the deed with its doer, as the facts and their sides word them.
        (
            r"^(?:the )?(?:number|count|total) of ((?-i:[a-z])[\w-]*(?: (?-i:[a-z])[\w-]*)?) (?:that |who )?((?-i:[A-Z]).+?) "
            r"(?:is|was|stands at|came to) "
            r"((?:(?:about|around|roughly|nearly|almost|over|more than|fewer than|less than|under) )?\$?\d[\d,.]*)[.!?]?$",
            r"\2 \3 \1",
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
        (r"\bboss[ée]\b", "travaillé"),
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


_FIGURE_WORD = r"(?:[$€]?\d[\d,.]*(?:\s?(?:%|\$|€|k|m|bn|billion|million|thousand))?|" + "|".join(_NUMBER_WORDS) + r")"
#: A figure the claim sets aside after the one it gives, at its end: "lasted five hours, not three".
_DENIED_ALTERNATIVE = re.compile(
    rf",\s*(?:and\s+)?(?:not|rather than|instead of|et non|et pas|pas|non)\s+(?:about\s+|around\s+|environ\s+)?"
    rf"{_FIGURE_WORD}\b[\s.!]*$",
    re.IGNORECASE,
)
_CLAIMED_FIGURE = re.compile(rf"\b{_FIGURE_WORD}(?![\w])|[$€]\d", re.IGNORECASE)


def _without_denied_alternative(text: str) -> str:
    """ "The coding test lasted five hours, not three" claims five hours: the figure it sets aside says nothing the
    one it gives does not (if the articles give the one set aside, the one given is contradicted by them)."""
    found = _DENIED_ALTERNATIVE.search(text)
    if found is None or not _CLAIMED_FIGURE.search(text[: found.start()]):
        return text
    return text[: found.start()]


#: French "ne ... que" is "only", not a denial: "Savreux n'a que 22 ans", "Codex ne sait écrire que du Python" (no "pas",
#: "jamais", "plus" between them).
_RESTRICTIVE = re.compile(
    r"\b(?:ne\s+|n['’])((?:(?!pas\b|jamais\b|plus\b|point\b|rien\b|personne\b|aucun)[\w-]+\s+){1,3}?)qu(?:e\s+|['’])",
    re.IGNORECASE,
)


def _paraphrased(text: str) -> str:
    text = _SHARE.sub(_share_as_percent, text)
    text = _RESTRICTIVE.sub(r"\1seulement ", text)
    text = _without_denied_alternative(text)
    for pattern, replacement in _PARAPHRASES:
        text = pattern.sub(replacement, text)
    if not any(ch.isupper() for ch in text):
        # Typed all in lower case, a name is not capitalised: "deepmind is a microsoft subsidiary".
        text = _LOWER_SUBSIDIARY.sub(r"\2 owns \1", text)
    return text


_SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
_SMALL = "|".join(_SMALL_NUMBERS)
#: A share said as "4 out of 10", "one in five", "4 sur 10": a percentage, not two head counts (which "about 1,000
#: contractors" would contradict).
_SHARE = re.compile(rf"\b(\d{{1,3}}|{_SMALL}) (?:out of|in|sur) (\d{{1,3}}|{_SMALL})\b(?! ?%)", re.IGNORECASE)


def _share_as_percent(m: re.Match[str]) -> str:
    """The share as a percentage when it is a whole one ("4 sur 10": "40 %"); otherwise the words as they are."""
    part, whole = (int(w) if w.isdigit() else _SMALL_NUMBERS[w.casefold()] for w in m.groups())
    if not 0 < part <= whole or (100 * part) % whole:
        return m.group(0)
    return f"{100 * part // whole}%"


_LOWER_SUBSIDIARY = re.compile(r"^(.+?) (?:is|was) (?:an? )?([\w.-]+(?: [\w.-]+)?) subsidiary\b")


def _strip_auxiliaries(text: str) -> str:
    return text.strip(" ?!.")


#: Contractions typed without their apostrophe ("wouldnt", "didnt", "cest", "na pas"): read as if typed with it.
_BARE_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\b(would|did|does|do|is|was|were|are|has|have|had|could|should|must)nt\b", r"\1n't"),
        (r"(?<=\w)'re\b", " are"),  # "we're grunt workers": not a word "re" the facts never say
        (r"(?<=\w)'ve\b", " have"),
        (r"(?<=\w)'ll\b", " will"),
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


#: A yes/no question asking of a deed to come: "Will ...?", "Shall ...?".
_TO_COME_ASKED = re.compile(r"^(?:will|shall)\s")


def _strip_question(text: str) -> str:
    """A yes/no question as the claim it asks about: "Did Sama end its work?" -> "Sama end its work"."""
    stripped = _unhedged(text)
    norm = _norm(stripped)
    m = _AUX.match(norm)
    # The auxiliary is where the text starts when it reads the same there ("10 000" later on is shorter normalised).
    if m and _norm(stripped[: m.end()]) == norm[: m.end()]:
        # "Will OpenAI hire ...?" asks of a deed to come: its "will" stays, where the checks of what is to come read it
        # (modality.py), or the question would ask whether "OpenAI hire ..." was done.
        stripped = ("will " if _TO_COME_ASKED.match(norm) else "") + stripped[m.end() :]
    # French inversion: "Sam Altman est-il le PDG ?" asks whether "Sam Altman est le PDG".
    stripped = re.sub(r"-(?:t-)?(?:il|elle|ils|elles|on)\b", "", stripped)
    return stripped.strip(" ?!").strip()


#: A name, a colon, then words: how a chat or a headline gives what someone said ("Savreux: we're grunt workers").
_NAME_COLON = re.compile(r"^((?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+){0,2})\s*:\s+(?=\S)", re.IGNORECASE)


def _colon_said(text: str, base: KnowledgeBase) -> str:
    """ "Savreux: we're grunt workers" is "Savreux said we're grunt workers" when the name before the colon is a
    person's; an organisation or an outlet before a colon may be a topic ("OpenAI: 375 employees"), so it stays."""
    found = _NAME_COLON.match(text)
    if found is None:
        return text
    name = found.group(1)
    named = _find_entities(name, _norm(name), base)
    if len(named) != 1 or base.entities[named[0][0]].type != "person":
        return text
    return f"{name} said {text[found.end() :]}"


#: "Not A but B", said of who did something: "ce n'est pas un sous-traitant mais OpenAI elle-même qui a licencié ...",
#: "it wasn't a contractor but OpenAI itself that laid off ...".
_NOT_BUT = re.compile(
    r"^(?:ce n'(?:est|etait) pas|c'est pas|ce ne (?:sont|sont) pas|it(?:'s| is| was)n't|it (?:is|was) not|not)\s+"
    r"[^,;]{2,60}?,?\s+(?:mais|but)\s+(?:plutot\s+|rather\s+)?(.{8,})$",
    re.IGNORECASE,
)


#: "B, not A" at a claim's end: "a plan to hire over 1,000 developers, not hires already made", "..., pas des embauches
#: déjà réalisées".
_B_NOT_A = re.compile(r"^(.{12,}?),\s*(?:and |et )?(?:not|pas|non|rather than|plutot que)\s+[^,;]{2,60}$", re.IGNORECASE)


#: "B, not A" where A takes B's place after the same word: "Copilot runs on a Microsoft model, not on OpenAI's Codex",
#: "tourne sur un modèle de Google, pas sur Codex".
_B_NOT_A_SAME_PLACE = re.compile(
    r"^(?P<head>.{6,}?\b(?P<word>on|in|by|from|at|for|to|with|sur|dans|par|chez|pour|avec))\s+[^,;]{2,60}?,\s*"
    r"(?:and |et )?(?:not|pas|non|rather than|plutot que)\s+(?P=word)\s+(?P<a>[^,;]{2,60}?)[.!]?$",
    re.IGNORECASE,
)


def _what_b_not_a_denies(text: str) -> str | None:
    """What a "B, not A" claim denies, when A stands where B does: "Copilot runs on OpenAI's Codex" for "Copilot runs on
    a Microsoft model, not on OpenAI's Codex"; None for any other claim. A fact that says it contradicts the claim."""
    found = _B_NOT_A_SAME_PLACE.match(text.strip())
    return f"{found.group('head')} {found.group('a')}" if found is not None else None


def _what_not_but_asserts(text: str) -> str | None:
    """What a "not A but B" (or "B, not A") claim asserts of B, as a cleft of its own ("c'est OpenAI elle-même qui a
    licencié ..."); None for any other claim. Its denial of A is left unchecked, so what this says can only correct the
    claim, never support it."""
    found = _NOT_BUT.match(text.strip())
    if found is None:
        after = _B_NOT_A.match(text.strip())
        return after.group(1) if after is not None else None
    french = bool(re.match(r"(?i)c", text.strip()))
    return ("c'est " if french else "it was ") + found.group(1)
