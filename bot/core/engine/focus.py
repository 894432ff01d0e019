"""What a question asks about, beyond its type: a fact of the right type must also hold the asked attribute of the
asked subject ("how much does ChatGPT cost" is not answered by what trainers earn, though both are sums of money).

- Whose figure or date: a date, sum or count is curated as being *of* something (the `of` of each answer in the
  `answers:` block). "When did Time publish its investigation" is not answered by the date of Sama ending its
  partnership, nor "how much does OpenAI pay its Latin American contractors" by the $0 of the unpaid coding test:
  when a question says what it asks about in words of its own, one of them must be in what the answer is of.
- Which sum: a price, a wage, an investment, a valuation and a revenue are different sums; a question asking one
  is not answered by another ("how much does Copilot cost" is no wage).
- Which position: "who is Microsoft's CFO" is not answered by its CEO, nor "who is the head of the Partnership on
  AI" by its program lead: a question naming a position needs a curated role holding it.
- A name: "what is Palizban's first name" needs a fact naming someone (a curated role, doer or definition), not
  one about how his surname is spelt; "what is the name of the Nairobi union" needs a fact about something that is
  a union (an entity of that kind), not one that merely speaks of the union.
- The thing asked for, or the deed: "what visa do the contractors have", "who sponsors the union" ask about a word
  the base never uses (nor any word one letter from it): no fact answers, whatever else they share.
- A duration: "how long had the trainers worked at Invisible" needs a count of a unit of time, not the layoffs' date.
- About the asker: "how do I get a job at OpenAI", "does OpenAI train on my chats" ask about the asker's own case,
  which the reporting never answers, whatever words they share with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.core import lexicon
from bot.core.engine.asks import PEOPLE_TOKENS, TYPE_TOKENS, Asked, counted_nouns, question_events, rephrase
from bot.core.engine.lexical import REAL_WORD_ZIPF
from bot.core.models import Fact, KnowledgeBase
from bot.core.text import fold, search_tokens

#: "Can I ask", "je voudrais savoir", "puis-je savoir": asking to be told something, not about the asker's own case.
_ASKING = r"(?!\s+(?:ask|know|savoir|demander|comprendre|connaitre)\b)"
#: A question about the asker's own case: how-to and permission asked in the first person, or "my"/"mon".
_PERSONAL = re.compile(
    r"^(?:how|where|when|what|who|which)\s+(?:do|can|could|should|would|shall|must)\s+i\b|^(?:can|could|should|may|must|do|am)\s+i\b"
    rf"{_ASKING}|\b(?:my|mine|myself)\b"
    rf"|\b(?:je|j)\s+(?:peux|pourrais|dois|devrais|veux|voudrais|postule|postuler|candidate)\b{_ASKING}|\bpuis\s+je\b{_ASKING}"
    rf"|\best\s+ce\s+que\s+je\b(?!\s+(?:peux|pourrais)\s+(?:savoir|demander))|\bcomment\s+(?:je|j)\b|\b(?:mon|mes|moi\s+meme)\b"
)

#: Kinds of sum: a question asking one is not answered by a sum of another kind. Matched on search tokens.
_SUM_KINDS: dict[str, frozenset[str]] = {
    kind: frozenset(search_tokens(words))
    for kind, words in {
        "pay": "pay paid pays earn earns earned earning salary salaries wage wages income paycheck hourly unpaid gagne gagnent "
        "gagnait salaire salaires remuneration remunere paye payes touche touchent",
        "price": "cost costs costing price prices priced pricing charge charges subscription subscriptions fee fees coute "
        "coutent cout couts prix tarif tarifs abonnement abonnements",
        "invest": "invest invested investing investment investments investor funding funded fund funds raise raised backed "
        "stake sunk investi investissement financement finance levee",
        "value": "worth valuation valued value valuations vaut valent valorisation valeur",
        "revenue": "revenue revenues sales turnover profit profits profitable earnings chiffre affaires benefice benefices",
    }.items()
}  # fmt: skip

#: Positions a who-question may ask for, each with the words naming it in a question and the words a curated role
#: holding it contains (folded text). "chief" is the chief executive; "head of" an organisation asks for it too.
_POSITIONS: dict[str, tuple[str, str]] = {
    "chief": (r"ceo|chief\s+executive|pdg|directeur\s+general|patron|boss", r"ceo|chief\s+executive|pdg|directeur\s+general"),
    "finance": (r"cfo|chief\s+financial|finance\s+chief|directeur\s+financier|directrice\s+financiere", r"cfo|financ"),
    "technology": (r"cto|chief\s+technology|directeur\s+technique|directrice\s+technique", r"cto|technolog|technique"),
    "operations": (r"coo|chief\s+operating|head\s+of\s+operations|responsable\s+des\s+operations", r"coo|operati"),
    "chair": (r"chairman|chairwoman|chairperson|chair\s+of\s+the\s+board|president|presidente", r"chair|president"),
    "editor": (r"editor|editors|redacteur|redactrice|redac\s+chef", r"editor|redact"),
    "author": (r"author|writer|reporter|journalist|journaliste|auteur|autrice|^who\s+(?:wrote|writes|authored)|^qui\s+a\s+ecrit",
               r"author|writer|reporter|journalist|auteur"),
    "spokesperson": (r"spokesperson|spokesman|spokeswoman|porte\s+parole", r"spokes|porte\s+parole"),
    "scientist": (r"scientist|scientists|scientifique|researcher\s+in\s+chief", r"scien"),
    "founder": (r"founder|founders|cofounder|co\s+founder|fondateur|fondatrice", r"found|fondat"),
    "hr": (r"hr|human\s+resources|rh|ressources\s+humaines|recruiter|recruteur", r"human\s+resources|\bhr\b|recruit"),
}  # fmt: skip
_POSITION_ASKED = {kind: re.compile(rf"\b(?:{asked})\b") for kind, (asked, _held) in _POSITIONS.items()}
_POSITION_HELD = {kind: re.compile(rf"\b(?:{held})") for kind, (_asked, held) in _POSITIONS.items()}
#: "the head of X", "who runs X", "le patron de X": the chief of an organisation, when X names one.
_HEAD_OF = re.compile(
    r"\b(?:head|heads|leader|leads|runs|run|in\s+charge)\s+(?:of\s+)?(?P<org>.+)$|\b(?:chef|dirigeant|dirigeante|tete|dirige)\s+(?:de\s+|d\s+|du\s+)?(?P<org_fr>.+)$"
)

#: A question asking for a person's name ("X's first name", "le prénom de X").
_PERSON_NAME = re.compile(r"\b(?:first|last|full|real|given|family|sur)\s*names?\b|\bsurname\b|\bprenom\b|\bnom\s+de\s+famille\b")
#: A question asking for the name of a thing: "what is the name of X", "what is X called", "comment s'appelle X".
_NAME_OF = re.compile(
    r"^(?:what|whats)\s+(?:is|s|was|are|were)\s+(?P<called>(?:\w+\s+){1,5}?)(?:called|named|titled|entitled)\b"
    r"|\bname\s+of\s+(?P<of>(?:\w+\s*){1,4})|\btitle\s+of\s+(?P<title>(?:\w+\s*){1,4})"
    r"|\ble\s+titre\s+(?:de|du|des|d)\s+(?P<titre>(?:\w+\s*){1,4})"
    r"|\bcomment\s+s\s+appell?e(?:nt)?\s+(?P<fr>(?:\w+\s*){1,4})|\ble\s+nom\s+(?:de|du|des|d)\s+(?P<nom>(?:\w+\s*){1,4})"
)
#: Words for a person whose name may be asked ("the name of the developer who ..."): only a fact about a person gives it.
_SOMEONE = PEOPLE_TOKENS | frozenset(
    search_tokens("dev devs guy guys man woman men women applicant applicants candidate candidates spokesperson spokesman "
                  "spokeswoman speaker source")
)  # fmt: skip
#: Words for a firm, a body of people or a product, whose name a role or a deed gives ("the name of the firm that laid off
#: ...", "the name of the tool Codex powers").
_FIRMS = frozenset(
    search_tokens("company companies firm firms business startup startups agency agencies outfit organisation organization "
                  "union unions vendor contractor entreprise entreprises societe boite agence syndicat prestataire "
                  "tool tools product products model models app apps software assistant service chatbot bot outil outils "
                  "produit produits modele modeles logiciel assistant")
)  # fmt: skip
#: The answer kinds that name someone or something.
_NAMING_KINDS = frozenset({"role", "actor", "definition"})
#: How a name is spelt is not a request for a name.
_SPELLING = re.compile(r"\bspel|\borthograph|\becri")

#: "What score did ...", "which university ...", "quelle université ...": the thing asked for, the word after the
#: question word (and the next one: "what programming language"), unless it only says what type of answer is wanted.
_WHAT_HEAD = re.compile(
    r"^(?:what|which|quel|quelle|quels|quelles)\s+(?!(?:is|s|was|are|were|do|does|did|has|have|had|can|could|will|would"
    r"|should|kind|kinds|type|types|sort|sorts|est|sont|etait|etaient|a|ont|the|a|an|le|la|les|un|une|of|de|about|if|else"
    r"|other|exactly|else)\b)(?P<head>\w+)(?:\s+(?P<next>\w+))?"
)
#: "Who designed the test", "qui a conçu le test": the verb of a who-question (not "who is", "who did ... say").
_WHO_DEED = re.compile(
    r"^(?:who|qui\s+(?:a|ont|avait|avaient))\s+(?!(?:is|s|was|are|were|did|does|do|has|have|had|will|would|can|could|est"
    r"|sont|etait|etaient)\b)(?P<verb>\w+)"
)
#: "How tall", "how heavy", "how rich": a measure no count in the base gives ("how tall is Sam Altman" is not OpenAI's
#: headcount).
_MEASURE = re.compile(
    r"\bhow\s+(?:tall|high|heavy|far|wide|deep|fast|rich|wealthy|popular|famous)\s+(?:is|are|was|were)\b"
    r"|\b(?:quelle\s+taille|combien\s+(?:mesure|pese))\b"
)
#: A how-many question asking for a share: "how many of the contractors", "what percentage", "combien d'entre eux".
_SHARE = re.compile(
    r"\bhow\s+many\s+of\b|\b(?:percent|percentage|share|proportion|fraction|part|pourcentage|proportion)\b|%"
    r"|\bcombien\s+d\s+entre\b|\bcombien\s+des\b"
)
#: A share asked in so many words (not "how many of the ...", which a count may answer).
_PERCENT = re.compile(r"\b(?:percent|percentage|per\s+cent|share|proportion|fraction|pourcentage|quelle\s+part)\b|%")
#: "How many applicants failed ...", "combien de candidats ont réussi ...": the verb of those counted (English past
#: tenses in -ed; French after its auxiliary).
_COUNT_VERBS = (
    re.compile(r"^how\s+many\s+(?:of\s+the\s+)?(?:\w+\s+){1,2}?(?P<verb>\w+ed)\b"),
    # "How many trainers did Invisible keep after the layoffs": the verb after whoever did it, at the end of the question
    # or before what follows it.
    re.compile(
        r"^how\s+many\s+(?:of\s+the\s+)?(?:\w+\s+){1,2}?(?:did|does|do|has|have|had)\s+(?:\w+\s+){1,3}?(?P<verb>\w+)"
        r"(?:$|\s+(?:after|before|in|at|on|for|from|the|their|its|his|her|by|during|since|this|that|last|so|there)\b)"
    ),
    re.compile(r"^combien\s+d\s*(?:e\s+|es\s+)?(?:\w+\s+){1,2}?(?:ont|a|avaient|avait)\s+(?:ete\s+)?(?P<verb>\w+)"),
)


#: Verbs of telling a reporter something, which stand for one another.
_TELLING = frozenset(
    search_tokens("say said says tell told spoke speak talked talk testified testify explained confided revealed described "
                  "temoigne temoigner temoignent dit dire declare parle raconte confie explique revele decrit")
)  # fmt: skip


def _count_verb(folded: str) -> str | None:
    """The search token of what a how-many question's counted people or things did (_COUNT_VERBS), None when it names
    no such verb or names an event, which the ranking checks (laid off, hired)."""
    folded = rephrase(folded)  # "brought on": hired, an event
    for pattern in _COUNT_VERBS:
        found = pattern.search(folded)
        if found is None:
            continue
        tokens = search_tokens(found.group("verb"))
        if len(tokens) != 1 or tokens[0] in _EVENT_OR_HOLLOW or question_events(found.group("verb")):
            return None
        return tokens[0]
    return None


#: "How long", "combien de temps", "pendant combien": a duration.
_DURATION = re.compile(r"\bhow\s+long\b(?!\s+ago)|\bcombien\s+de\s+temps\b|\bpendant\s+combien\b|\bdepuis\s+combien\b")
#: "How long after the investment": the time between two events, which their dates give.
_BETWEEN = re.compile(r"\b(?:after|before|since|later|earlier|apres|avant|depuis|plus\s+tard)\b")
_HOW_MANY = re.compile(r"\bhow\s+many\b|\bcombien\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: "What do they earn", "what does it cost", "combien gagnent-ils" when the question is not typed as asking a sum.
_EARNING = re.compile(
    r"^(?:what|how\s+much)\b.*\b(?:earn|earns|earned|make|makes|made|cost|costs|charge|charges)\s*$"
    r"|^(?:what|how\s+much)\b.*\b(?:earn|earns|earned|earning|(?:get|gets|got|are|is|were|was|being)\s+paid)\b"
    r"|\b(?:gagne|gagnent|gagnait|touche|touchent|coute|coutent)\b"
)
_AGE_OF = re.compile(r"\b(?:age|aged|ages)\b")
_ERAS = frozenset({"decade", "decades", "century", "centuries", "era", "decennie", "decennies", "siecle", "siecles", "epoque"})
_TIME_UNIT = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|minutes?|heures?|jours?|semaines?|mois|ans|annees?)\b")
#: A length of time stated in so many words ("two months before the layoffs", "deux mois avant"): what the time between two
#: events needs; one date ("in February 2022") gives no length.
_INTERVAL = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s+of|un|une|deux|trois"
    r"|quatre|cinq|sept|huit|neuf|dix|onze|douze|quelques|plusieurs)\s+(?:hours?|days?|weeks?|months?|years?|heures?|jours?"
    r"|semaines?|mois|ans|annees?)\b"
)
#: A clause of time after the main one ("how much is OpenAI valued at after Microsoft's investment", "avant la fin du
#: partenariat"): it says when, not what is asked.
_TIME_CLAUSE = re.compile(r"\s(?:after|before|since|following|prior\s+to|apres|avant|depuis)\s.*$")

#: Words for one event that the search tokens leave apart: a date "of the release of ChatGPT" says when it launched.
_EVENT_WORDS: tuple[frozenset[str], ...] = tuple(
    frozenset(search_tokens(words))
    for words in (
        "launch launched launches release released releases debut debuted unveil unveiled introduce introduced put out live "
        "appear appeared appears emerge emerged arrive arrived available "
        "lance lancee lancement sorti sortie sortir publie publiee apparu apparition arrive disponible",
        "end ended ending ends stop stopped stopping quit quitted leave left drop dropped terminate terminated ties "
        "split break broke rompu rompre arrete arreter quitte quitter fin mettre mis lache lacher lachee retire retiree retirer",
        "publish published publication report reported article paper study etude rapport",
        "found founded create created start started establish established fonde creee creation",
        "begin began start started commence debut",
    )
)  # fmt: skip

#: Words a when-question or how-much question uses without saying what it asks about.
_HOLLOW = frozenset(
    search_tokens(
        "happen happened happens take took taken place occur occurred start started begin began get got go went come came "
        "become became make made do does did done exist exists existed since until ago long exactly ever first last much many money cash sum amount total figure "
        "dollars dollar euros per each every about around roughly approximately often time times date day days month big "
        "bigger biggest large larger small smaller high higher low lower huge size gros grosse grand grande petit petite "
        "months year years week weeks hour hours hr hrs a an the lieu eu arrive passe produit combien montant somme argent "
        "fois jour jours semaine semaines heure heures an ans annee annees mois quand quelle date office offices hq bureau "
        "bureaux locaux exactly actually currently now today still maintenant actuellement "
        "again once more nouveau nouvel nouvelle encore"
    )
)  # fmt: skip
#: Verbs of the counted that the ranking checks as events, or that describe rather than say what they did ("how many
#: contractors based in ...", "how many people employed by ...").
_EVENT_OR_HOLLOW = _HOLLOW | frozenset(
    search_tokens("founder layoff hire invest union hired laid fired recruited invested founded unionized unionised based "
                  "located called named known listed employed involved affected concerned needed required")
)  # fmt: skip


#: A request for instructions or for something to be made ("how to write a resume", "comment apprendre à coder",
#: "write me a poem", "what is 2+2"): the reporting tells what happened, it teaches, makes and computes nothing.
_REQUEST = re.compile(
    r"^how\s+(?:to|do\s+you|can\s+you|does\s+one|can\s+one|should\s+(?:you|one))\s+(?!know\b|say\b|spell\b)\w+"
    r"|^(?:what\s+is\s+the\s+)?(?:best|easiest|quickest|fastest)\s+way\s+to\b|^(?:any\s+)?tips\s+(?:for|on|to)\b"
    r"|^(?:write|compose|draw|sing|translate|generate|cook|bake|book|plan|code|program)\s+(?:me\s+|us\s+)?(?:a|an|some|this|that|my)\b"
    r"|^comment\s+(?:faire|apprendre|devenir|postuler|installer|reussir|trouver|creer|ecrire|cuisiner|preparer|coder|programmer)\b"
    r"|^comment\s+(?:on\s+fait|fait\s+on|on\s+peut|peut\s+on)\b"
    r"|^(?:ecris|ecrivez|compose|dessine|traduis|traduisez|chante|genere)\s*(?:moi|nous)?\s+(?:un|une|des|ce|cette|mon|ma)\b"
    r"|^(?:what\s+is|whats|what\s+s|calculate|compute|combien\s+(?:font|fait)|calcule)\s+[\d\s().]*\d\s*"
    r"(?:[-+*/x^=]|plus|minus|times|divided\s+by|fois|moins)\s*[\d\s+\-*/x^().=]*$"
)


def personal(question: str) -> bool:
    """Whether a question asks about the asker's own case ("how do I apply", "my data", "comment je postule"). Only the
    question itself is read, up to its question mark: "what languages can Codex write? need it for my bot" is not."""
    asked = question.split("?", 1)[0] if "?" in question.strip()[:-1] else question
    return bool(_PERSONAL.search(_folded(asked)))


def request(question: str) -> bool:
    """Whether a message asks for instructions, for something to be made or for a sum to be worked out ("how to write
    a resume", "write me a poem", "what is 2+2"), which no article holds whatever words they share."""
    folded = " ".join(fold(question).replace("'", " ").replace("’", " ").replace("?", " ").split())
    return bool(_REQUEST.search(folded))


def _folded(question: str) -> str:
    return " ".join(fold(question).replace("'", " ").replace("’", " ").replace("?", " ").replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Focus:
    """What a question asks about: the words saying what its figure or date is of, the kind of sum, the position,
    whether it asks for a name."""

    #: Search tokens saying what a date, sum or count is of (the question's own words, less names, type words and
    #: words asking nothing): one of them must be in what the fact's answer is of.
    about: frozenset[str] = frozenset()
    #: The kinds of sum the question names (_SUM_KINDS); none when it names none.
    sums: frozenset[str] = frozenset()
    #: The positions it asks for (_POSITIONS).
    positions: frozenset[str] = frozenset()
    #: "What is Palizban's first name": a person's name, which only a fact naming someone (a curated role, doer or
    #: definition) gives.
    person_name: bool = False
    #: "What is the name of the Nairobi union", "what is X called": the search tokens of what is to be named; a fact
    #: answers with a name only if it names someone or something of that kind.
    named_thing: frozenset[str] = frozenset()
    #: "What score ...", "which university ...": the search tokens of the thing a what- or which-question asks for,
    #: which the fact must speak of.
    heads: frozenset[str] = frozenset()
    #: "Who sued Sama": the search token of what someone is asked to have done (a word the base must know).
    deed: str | None = None
    #: "How long", "combien de temps": a duration, which only a count of a unit of time gives.
    duration: bool = False
    #: "How tall is X": a measure, which no fact gives.
    measure: bool = False
    #: What a how-many question counts (asks.counted_nouns), and whether it asks for a share ("how many of the ...").
    counted: frozenset[str] = frozenset()
    share: bool = False
    #: "What percentage", "what share", "quelle proportion": a share asked in so many words, which only a curated share
    #: gives ("dozens of trainers laid off" says nothing of what part of them were).
    percent: bool = False
    #: "How many applicants failed the test", "combien de candidats ont réussi": the search token of what those counted
    #: did, which the fact must say (a count of applicants who spoke to a reporter is not of those who failed).
    count_verb: str | None = None
    #: "How long after the investment": the time between two events, which their dates may give.
    between: bool = False
    #: The numbers the question itself states ("of the ~1,000 contractors").
    numbers: frozenset[float] = frozenset()
    #: "What do the workers earn", not typed as asking a sum: only a fact with a curated sum answers.
    earnings: bool = False
    #: "Which agency ...": the question asks which one (a "what" question may ask what it is like).
    which: bool = False
    #: "The title of X", "what is X titled": only a fact about X itself (an entity of that kind: a publication) gives it.
    title: bool = False
    #: "What did the laid-off trainers say": the people words of whom a what-said question asks the words of, when it
    #: names no one (a named speaker is checked by asks.answers).
    speaker: frozenset[str] = frozenset()
    #: "Where in Kenya", "which countries of Eastern Europe", "dans quelle ville du Kenya": a place within a named one.
    within: bool = False
    #: "Exactly how many", "combien exactement", "the precise number": a figure the facts give as such, not a rough one.
    exact: bool = False
    #: "What day", "quel jour", "the exact date": a date to the day, which a month or a year ("in March") does not give;
    #: "at what time", "à quelle heure": a time of day, which no date gives.
    day: bool = False
    hour: bool = False
    #: A how-many question's own words beyond names ("how many contractors are programmers": contractor, programmer):
    #: a share of some of those counted answers only when what narrows them is among them.
    count_words: frozenset[str] = frozenset()

    def holds(
        self,
        fact: Fact,
        asked: Asked,
        readings: Callable[[str], Iterable[str]],
        phrased: Iterable[str] = (),
        own: frozenset[str] = frozenset(),
        sure_readings: Callable[[str], Iterable[str]] | None = None,
        kinds_of_things: frozenset[str] = frozenset(),
        places: frozenset[str] = frozenset(),
        things: frozenset[str] = frozenset(),
        about_a_person: bool = True,
        speakers: frozenset[str] = frozenset(),
        fact_places: frozenset[str] = frozenset(),
    ) -> bool:
        """Whether the fact holds what the question asks about, as far as the checks above can tell. `phrased` are the
        fact's own questions of the question's type in French, for a French question (what they ask about counts as
        what its answer is of); `own` the search tokens of what the fact itself says; `sure_readings` the readings of a
        word that are not merely another real word one letter away ("score" is not "scope"), for the words naming
        what is asked for (typos of event words, "when did Codex lunch", keep every reading); `kinds_of_things` the
        search tokens of the descriptions and types of the entities the fact is about that the question does not name
        (GPT-3 is a "language model": "what is the language model behind Codex called"); `places` the places the
        question names (entity ids), one of which a where-question's curated place must be; `things` the products and
        publications it names, which a fact answering a when, how-much, how-many, who or where question must be about
        (people and organisations are checked so by asks.answers); `about_a_person` whether the fact is about any person, whose
        name a question asking for someone's name needs."""
        sure_readings = sure_readings or readings
        slots = fact.answers
        # The thing a what-question asks for, or the deed a who-question asks about, is a word the base never uses, nor
        # any word one letter from it ("what GPUs ..."): no fact speaks of it. A word no language has is a typo, not news. (A word some fact uses,
        # or may be a typo of, is left to the ranking.)
        if self.heads and not any(readings(token) or not _real(token) for token in self.heads):
            return False
        # And the fact itself must speak of it: "what score did the developer get on the coding test" is not answered by
        # another fact about the test because the base says "scope" somewhere.
        if self.heads and own and not self._any_held(self.heads, own | kinds_of_things, sure_readings):
            return False
        if self.deed and not slots.actor and not (readings(self.deed) or not _real(self.deed)):
            return False  # (a curated doer may have done it in other words: "who uncovered" what Time investigated)
        if self.measure or self.hour:
            return False
        if self.day and not _to_the_day(fact):
            return False  # "what day were the trainers told": "in March" does not say
        if self.count_verb and not self._verb_held(self.count_verb, own, readings):
            return False
        # "How many engineers work at OpenAI" is not the 40% of contractors who are programmers: a share answers a
        # count only when asked as one ("how many of the ...") or of the very thing counted.
        # A share of some of them ("contractors who are computer programmers") is no count of them all: "how many
        # contractors" asks for the 1,000, so what the share narrows them to must be asked too.
        share_only = asked.kind == "how_many" and self.counted and slots.percent and not slots.count and not self.share
        if share_only and not any(self._share_of_what_is_counted(p.of or "", readings) for p in slots.percent):
            return False
        if self.percent and asked.kind == "how_many" and not slots.percent:
            return False
        # "Exactly how many contractors did Invisible lay off": "dozens", a rough quantity in the statement, gives no figure;
        # only a curated one does (one curated as approximate, "about 1,000", is the figure the articles give).
        figures = (slots.count or slots.percent) if asked.kind == "how_many" else slots.money
        if self.exact and asked.kind in ("how_many", "how_much_money") and not figures:
            return False
        if self.duration:
            # Of any type: "how long was Savreux homeless before the AI gig" is not answered by what ended it. The time
            # between two events ("how long after the investment") their dates may give.
            # (Someone's age in years is no length of anything: "how long has Savreux lived in Kansas City".)
            units = [c.of for c in slots.count if _TIME_UNIT.search(_folded(c.of)) and not _AGE_OF.search(_folded(c.of))]
            stated = any(_INTERVAL.search(_folded(text)) for text in (fact.statement, fact.statement_fr or ""))
            if not units and not (self.between and slots.date and stated):
                return False  # "how long did Sama work with OpenAI before ending it": the end's date gives no length
        # "Of the ~1,000 contractors, how many are in Latin America": a count the question itself states is not what it
        # asks (a breakdown of it).
        counts = [c.value for c in slots.count] + [p.value for p in slots.percent]
        if asked.kind == "how_many" and counts and self.numbers and all(v in self.numbers for v in counts):
            return False
        # "Which outsourcing agency posted the ad": a fact that speaks of the thing asked for only as "an outsourcing
        # agency" does not say which.
        if self.which and self.heads and _only_indefinite(self.heads, fact):
            return False
        # "What did the laid-off trainers say" is not what Palizban said about them: the speaker of a curated quote (who
        # they are, or how the fact introduces them: "an OpenAI spokesperson said") must be of the people asked about.
        if self.speaker and slots.quote and not self._any_held(self.speaker, speakers, sure_readings):
            return False
        if self.earnings and not slots.money:
            return False  # "what do Mechanical Turk workers earn": only a sum says what anyone earns
        if self.person_name and not fact.answer_kinds & _NAMING_KINDS:
            return False
        if self.named_thing and not (fact.answer_kinds & _NAMING_KINDS or not self.named_thing.isdisjoint(kinds_of_things)):
            return False
        # The name of a thing ("the recorded meeting", "le test de code") is given by a fact about a thing of that kind or
        # defining it, not by one saying who did something with it (an actor or a role names people and firms).
        if (
            self.named_thing
            and self.named_thing.isdisjoint(_SOMEONE | _FIRMS)
            and self.named_thing.isdisjoint(kinds_of_things)
            and "definition" not in fact.answer_kinds
        ):
            return False
        if self.title and self.named_thing.isdisjoint(kinds_of_things) and _HEADLINES.isdisjoint(own):
            return False  # "the title of the paper that thanked the contractors": who thanked whom is no title
        if not self.named_thing.isdisjoint(_SOMEONE) and not about_a_person:
            return False  # "the name of the South American dev": a fact naming no person (OpenAI's test) does not give it
        if self.positions and asked.kind in _POSITION_KINDS:
            roles = [_folded(role.role) for role in slots.role]
            if not any(_POSITION_HELD[p].search(role) for p in self.positions for role in roles):
                return False
        if things and asked.kind in _SUBJECT_KINDS and not things <= set(fact.entities):
            return False  # "when did Semafor launch" is not Codex's launch; "who funds Semafor" not OpenAI's investor
        # "Where in Kenya were Sama's labellers", "which countries of Eastern Europe": a place the question itself names is
        # not the answer when it asks for a place within it: a fact naming no other place does not say which.
        if self.within and places and slots.place and fact_places <= places:
            return False
        # Of places given as examples ("regions like Latin America and Eastern Europe"), the one the question names is what
        # it asks within ("which Eastern European countries"): the others are no answer.
        if self.within and any(p.examples and not places.isdisjoint(p.where) for p in slots.place):
            return False
        if asked.kind == "where" and places and slots.place and not any(places & set(p.where) for p in slots.place):
            return False  # "where is Sama's Kenya office": a place elsewhere (its San Francisco base) is not in Kenya
        about = self._about_words(readings)
        if asked.kind == "how_much_money" and slots.money:
            # What the sum is of, or the fact's own statement of it ("Savreux's AI training gig brought him $15"), word
            # for word there (any people at work stand for one another only in what the sum is of).
            texts = [" ".join((m.of or "", m.per or "")) for m in slots.money] + list(phrased)
            if self.sums and not any(self.sum_kind_held(text) for text in texts):
                return False
            statements = (fact.statement, fact.statement_fr or "")
            of_it = any(self._about_held(about, text, readings) for text in texts)
            if about and not of_it and not any(self._about_held(about, text, readings, people=False) for text in statements):
                return False
        if asked.kind == "when" and slots.date and about:
            texts = [d.of or "" for d in slots.date] + [a.did + " " + (a.object or "") for a in slots.actor] + list(phrased)
            if not any(self._about_held(about, text, readings) for text in texts):
                return False
        if asked.kind == "where" and slots.place and about:
            # "Where did Kumar go to college" is not where he lives: what the place is of, or the statement, says it.
            texts = [p.of or "" for p in slots.place] + list(phrased)
            statements = (fact.statement, fact.statement_fr or "")
            if not any(self._about_held(about, text, readings) for text in texts) and not any(
                self._about_held(about, text, readings, people=False) for text in statements
            ):
                return False
        return True

    @staticmethod
    def _verb_held(verb: str, own: frozenset[str], readings: Callable[[str], Iterable[str]]) -> bool:
        """Whether a fact says a verb (a verb of telling, any such verb: "testified to NBC" is what "told NBC" says)."""
        if verb in _TELLING:
            return not own.isdisjoint(_TELLING)
        return any(form in own or any(_same_word(form, word) for word in own) for form in {verb, *readings(verb)})

    def _about_words(self, readings: Callable[[str], Iterable[str]]) -> frozenset[str]:
        """The about words the base knows, but mistyped words asking nothing ("hwen", "mcuh" read as "when", "much")."""
        kept = set()
        for token in self.about:
            forms = set(readings(token))
            if forms and forms.isdisjoint(_HOLLOW):
                kept.add(token)
        return frozenset(kept)

    def _share_of_what_is_counted(self, of: str, readings: Callable[[str], Iterable[str]]) -> bool:
        """Whether a share of `of` answers the count asked: it is of the very thing counted, and the words narrowing it
        ("who are computer programmers") are asked too."""
        of_tokens = frozenset(search_tokens(of))
        if not self._any_held(self.counted, of_tokens, readings):
            return False
        narrowing = frozenset(t for t in of_tokens if not self._any_held(self.counted, frozenset({t}), readings))
        return not narrowing or self._any_held(self.count_words - self.counted, narrowing, readings)

    @staticmethod
    def _any_held(wanted: Iterable[str], own: frozenset[str], readings: Callable[[str], Iterable[str]]) -> bool:
        for token in wanted:
            forms = {token, *readings(token)}
            if not forms.isdisjoint(own) or any(_same_word(form, other) for form in forms for other in own):
                return True
        return False

    def sum_kind_held(self, text: str) -> bool:
        """Whether a text speaks of one of the kinds of sum the question asks (a wage, a price, an investment...)."""
        tokens = set(search_tokens(text))
        return any(not tokens.isdisjoint(_SUM_KINDS[kind]) for kind in self.sums)

    @staticmethod
    def _about_held(about: frozenset[str], text: str, readings: Callable[[str], Iterable[str]], people: bool = True) -> bool:
        held = set(search_tokens(text))
        people = people and not held.isdisjoint(PEOPLE_TOKENS)
        for token in about:
            forms = {token, *readings(token)}
            if not forms.isdisjoint(held) or (people and not forms.isdisjoint(PEOPLE_TOKENS)):
                return True
            if any(_same_word(form, other) for form in forms for other in held):
                return True
            if any(not forms.isdisjoint(group) and not held.isdisjoint(group) for group in _EVENT_WORDS):
                return True
        return False


#: A fact speaking of a headline or a title gives one.
_HEADLINES = frozenset(search_tokens("headline headlines headlined title titles titled titre titres intitule"))
#: "What did the laid-off trainers say", "what do the contractors think": whose words a what-said question asks.
_SPEAKER = re.compile(
    r"^(?:what|wat)\s+(?:did|does|do|has|have|had)\s+(?P<who>.{1,60}?)\s+(?:say|said|tell|told|think|thought|claim|claimed)\b"
    r"|^qu\s+(?:a|ont|avait|avaient)\s+(?:dit|declare|raconte|pense)\s+(?P<qu>.{1,60}?)\s*$"
    r"|^qu\s+est\s+ce\s+qu\s*(?:e\s+)?(?P<fr>.{1,60}?)\s(?:a|ont|avait|avaient)\s+(?:dit|declare|raconte)\b"
    r"|^(?P<quoi>.{1,60}?)\s+(?:a|ont|avait|avaient)\s+(?:dit|declare|raconte)\s+quoi\b"
)


def _speaker_asked(folded: str, named_words: Iterable[str]) -> frozenset[str]:
    """The people words (PEOPLE_TOKENS and the like) of whom a what-said question asks the words, when it names no one."""
    found = _SPEAKER.search(folded)
    if found is None:
        return frozenset()
    tokens = set(search_tokens(next(group for group in found.groups() if group)))
    if not tokens.isdisjoint(named_words):
        return frozenset()
    return frozenset(tokens & _SOMEONE)


_WITHIN = re.compile(
    r"^where\s+in\s+(?!the\s+world\b)\w+|^ou\s+(?:au|en|aux|dans)\s+\w+"
    r"|^(?:which|what|quel|quelle|quels|quelles|dans\s+quel\w*|in\s+which|in\s+what)\s+(?:\w+\s+)?"
    r"(?:countr(?:y|ies)|cit(?:y|ies)|regions?|states?|towns?|pays|villes?|etats?)\s+(?:of|in|within|de|du|des|d|en|au)\b"
    # "Which Eastern European countries", "what Kenyan city": the place named before the kind of place asked for.
    r"|^(?:which|what|in\s+which|in\s+what)\s+(?:\w+\s+){1,2}(?:countr(?:y|ies)|cit(?:y|ies)|regions?|states?|towns?)\b"
    # "Which country is the South American developer from": the kind of place asked for first, a place named after it.
    r"|^(?:which|what|in\s+which|in\s+what|quel\w*|dans\s+quel\w*|de\s+quel\w*)\s+"
    r"(?:countr(?:y|ies)|cit(?:y|ies)|states?|towns?|pays|villes?|etats?)\b"
)
_EXACT = re.compile(
    r"\b(?:exactly|precisely|exact|precise|exactement|precisement|exacte|precis|precise)\b(?!\s+(?:sure|like|what|why|when|where))"
)


#: A date asked to the day, and a time of day asked.
_DAY = re.compile(
    r"\b(?:what|which)\s+day\b(?!\s+(?:job|jobs|to\s+day))|\b(?:exact|precise)\s+(?:date|day)\b|\bdate\s+(?:exactly|precisely)\b"
    r"|\bday\s+of\s+the\s+week\b|\bquel\s+jour\b|\bdate\s+(?:exacte|precise)\b|\bjour\s+(?:exact|precis)\b"
)
_HOUR = re.compile(r"\b(?:at\s+)?what\s+(?:time|hour)\b(?!\s+(?:of\s+(?:the\s+)?year|period|frame))|\bquelle\s+heure\b")
_TO_THE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _to_the_day(fact: Fact) -> bool:
    """Whether the fact dates what it says to the day (its `when`, normalised)."""
    return fact.when is not None and fact.when.date is not None and bool(_TO_THE_DAY.match(fact.when.date))


def asks_exact(question: str) -> bool:
    """Whether a question asks for a figure exactly ("exactly how many", "combien exactement", "the precise number")."""
    return bool(_EXACT.search(_folded(question)))


_INDEFINITE = frozenset({"a", "an", "some", "one", "another", "un", "une", "des", "certain", "certaine", "certains"})
_DEFINITE = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "le",
        "la",
        "les",
        "l",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "du",
        "au",
        "aux",
    ]
)


#: The words after a thing that give its name ("a model called GPT-3", "un modèle appelé GPT-3").
_NAMED_AS = frozenset(_folded("called named known dubbed appele appelee nomme nommee baptise baptisee").split())


def _only_indefinite(heads: frozenset[str], fact: Fact) -> bool:
    """Whether the fact's statements speak of the thing asked for (one of its head words) only after an indefinite article
    ("an outsourcing agency", "une agence"): then they do not say which one. False when they never speak of it."""
    seen = False
    for statement in (fact.statement, fact.statement_fr or "", *(c.quote for c in fact.citations)):
        words = _folded(statement).split()
        for i, word in enumerate(words):
            tokens = search_tokens(word)
            if not tokens or tokens[0] not in heads:
                continue
            seen = True
            if i + 1 < len(words) and words[i + 1] in _NAMED_AS:
                return False  # "a natural language generative model called GPT-3" says which
            # The nearest article before it says which ("a 22-year-old recent college graduate": an indefinite one).
            article = next((w for w in reversed(words[max(0, i - 6) : i]) if w in _INDEFINITE or w in _DEFINITE), None)
            if article not in _INDEFINITE:
                return False
    return seen


def _real(token: str) -> bool:
    """Whether a search token is a word of English or French (a garbled typo is not)."""
    return lexicon.zipf(token) >= REAL_WORD_ZIPF


def _same_word(one: str, other: str) -> bool:
    """Forms of one word the light stemmer leaves apart ("end" and "ending"): the shorter begins the longer."""
    short, long = sorted((one, other), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 4


def focus_of(
    question: str, tokens: list[str], asked: Asked, named_words: Iterable[str], organisations: Iterable[str] = ()
) -> Focus:
    """What a question asks about (see Focus), from its text, its search tokens, its type and the words of the names it
    names (or every word of every name); `organisations` are the base's organisation names (organisation_names: to tell "the head of Invisible" from
    "the head of operations")."""
    folded = _folded(question)
    token_set = set(tokens)
    about: frozenset[str] = frozenset()
    if asked.kind in ("when", "how_much_money", "where"):
        hollow = _HOLLOW | asked.type_tokens | TYPE_TOKENS["how_much_money"] | named_words
        sum_words = frozenset().union(*_SUM_KINDS.values())
        about = frozenset(t for t in tokens if t not in hollow and t not in sum_words and not t.isdigit())
    sums = frozenset(kind for kind, words in _SUM_KINDS.items() if not token_set.isdisjoint(words))
    # The sum asked is the main clause's: "how much is OpenAI valued at after Microsoft's investment" asks a valuation, not
    # the investment (the clause of time only says when); the whole question's when the main clause names no sum.
    main = set(search_tokens(_TIME_CLAUSE.sub("", folded)))
    sums = frozenset(kind for kind in sums if not main.isdisjoint(_SUM_KINDS[kind])) or sums
    positions = {kind for kind, pattern in _POSITION_ASKED.items() if pattern.search(folded)}
    head = _HEAD_OF.search(folded)
    if head and _starts_with_a_name(head.group("org") or head.group("org_fr") or "", organisations):
        positions.add("chief")
    if asked.kind == "what_said":
        positions &= {"author"}  # "who wrote the article"; "what did the spokesperson say" asks a quote
    elif asked.kind not in _POSITION_KINDS:
        positions = set()  # "how much does the CEO earn" asks a sum, not who the CEO is
    spelling = bool(_SPELLING.search(folded))
    person_name = bool(_PERSON_NAME.search(folded)) and not spelling
    named_thing: frozenset[str] = frozenset()
    name_of = _NAME_OF.search(folded)
    if name_of and not person_name and not spelling:
        thing = next(g for g in name_of.groups() if g)
        named_thing = frozenset(t for t in search_tokens(thing) if t not in named_words and t not in _HOLLOW)
    heads: frozenset[str] = frozenset()
    what = _WHAT_HEAD.search(folded)
    # ("Which agency posted the ad" is a who-question: the thing it asks which one of is its head too.)
    if what and (asked.kind in (None, "definition") or (asked.kind == "who" and folded.startswith(("which ", "quel", "what ")))):
        # (In a who-question the next word is its verb: "which agency posted".)
        words = [w for w in (what.group("head"), what.group("next") if asked.kind != "who" else None) if w]
        # (A unit of time asks when: "what decade did the punch-card operators work in".)
        words = [w for w in words if not _TIME_UNIT.fullmatch(w) and w not in _ERAS]
        heads = frozenset(t for t in search_tokens(" ".join(words)) if t not in _HOLLOW and t not in named_words)
    deed = None
    who = _WHO_DEED.search(folded)
    if who and asked.kind == "who":
        verb = search_tokens(who.group("verb"))
        deed = verb[0] if verb and verb[0] not in _HOLLOW | TYPE_TOKENS["who"] and verb[0] not in named_words else None
    return Focus(
        about,
        sums if asked.kind == "how_much_money" else frozenset(),
        frozenset(positions),
        person_name,
        named_thing,
        heads,
        deed,
        bool(_DURATION.search(folded)),
        bool(_MEASURE.search(folded)),
        frozenset(counted_nouns(question)) - frozenset(named_words) if asked.kind == "how_many" else frozenset(),
        bool(_SHARE.search(folded)),
        bool(_PERCENT.search(folded)),
        _count_verb(folded) if asked.kind == "how_many" else None,
        bool(_BETWEEN.search(folded)),
        # (only in a question asking how many: a claim stating the figure, "OpenAI's headcount was 375", is checked by it)
        frozenset(float(t) for t in tokens if _NUMBER.fullmatch(t)) if _HOW_MANY.search(folded) else frozenset(),
        asked.kind is None and bool(_EARNING.search(folded)),
        folded.startswith("which "),
        bool(name_of and (name_of.group("title") or name_of.group("titre") or "titled" in name_of.group(0))),
        _speaker_asked(folded, named_words) if asked.kind == "what_said" else frozenset(),
        bool(_WITHIN.search(folded)),
        asked.exact or asks_exact(folded),
        bool(_DAY.search(folded)),
        bool(_HOUR.search(folded)),
        frozenset(tokens) - frozenset(named_words) if asked.kind == "how_many" else frozenset(),
    )


#: Question types whose answer must be about the products and publications the question names.
_SUBJECT_KINDS = frozenset({"when", "how_much_money", "how_many", "who", "where"})
#: Question types that may ask for a position ("who wrote the article" is typed as asking what someone said).
_POSITION_KINDS = frozenset({None, "who", "definition", "what_said"})


def _starts_with_a_name(text: str, names: Iterable[str]) -> bool:
    """Whether a text starts with one of the names (folded): "the Partnership on AI ...", not "operations at Invisible"."""
    text = re.sub(r"^(?:the|la|le|l)\s+", "", text)
    return any(text == name or text.startswith(name + " ") for name in names)


def organisation_names(base: KnowledgeBase) -> tuple[str, ...]:
    """The names and aliases of the base's organisations, folded as focus_of reads a question."""
    return tuple(sorted({_folded(n) for e in base.entities.values() if e.type == "organisation" for n in (e.name, *e.aliases)}))


def names_a_position(question: str) -> bool:
    """Whether a question speaks of any position at all: positions_given finds none in one that does not, so this
    cheap test comes first (positions_given looks for each named person's names, a search each)."""
    folded = " ".join(re.sub(r"[^\w\s]", " ", _folded(question)).split())
    return any(pattern.search(folded) for pattern in _POSITION_ASKED.values()) or bool(_HEAD_OF.search(folded))


def positions_given(question: str, names: Iterable[str], organisations: Iterable[str] = ()) -> frozenset[str]:
    """The positions a question gives someone by one of their names (folded): "Invisible's CEO Grace Matelich",
    "Matelich, the CEO of Invisible", "le PDG Grace Matelich", "Jindal, the head of the Partnership on AI" (one of the
    `organisations`, organisation_names). Only a position next to the name is theirs."""
    folded = " ".join(re.sub(r"[^\w\s]", " ", _folded(question)).split())
    found: set[str] = set()
    for name in names:
        if not name:
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", folded):
            before = " ".join(folded[: m.start()].split()[-3:])
            after = " ".join(folded[m.end() :].split()[:9])
            # "Matelich, the CEO", "Matelich, Invisible's CEO", "Matelich, who is the CEO"
            after = re.sub(r"^(?:s\s+)?(?:who\s+is\s+|the\s+|a\s+|an\s+|le\s+|la\s+|l\s+|qui\s+est\s+|\w+\s+s\s+)*", "", after)
            for kind, pattern in _POSITION_ASKED.items():
                if kind in ("author", "founder"):
                    continue  # "who wrote", "founded": deeds more than positions
                if pattern.search(before) or pattern.match(after):
                    found.add(kind)
            head = _HEAD_OF.match(after)
            if head and _starts_with_a_name(head.group("org") or head.group("org_fr") or "", organisations):
                found.add("chief")  # "Sonam Jindal, the head of the Partnership on AI"
    return frozenset(found)


def holds_position(role: str, positions: Iterable[str]) -> bool:
    """Whether a curated role ("partner and head of operations") is one of the positions."""
    folded = _folded(role)
    return any(_POSITION_HELD[p].search(folded) for p in positions)
