"""Question types: what a question asks for (who, what, when, where, why, how much, how many, how old, what
someone said, what someone did before), and whether a fact holds that kind of answer.

A question of a type may only be answered by a fact whose curated `answers:` block holds that kind of answer
(Fact.answer_kinds): "why did Invisible fire the trainers" by a fact giving a cause, "how much does OpenAI pay"
by a fact giving a sum of money, "how old is Sam Altman" by a count of someone's age, which no fact gives for
him, so the engine abstains and offers what it has.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import lexicon
from bot.core.models import Fact, KnowledgeBase
from bot.core.text import STOP_WORDS, fold, search_tokens

#: Words that ask how the articles differ, after search normalisation.
DIFFERENCE_WORDS = frozenset(
    search_tokens("differ differs difference differences disagree disagreement discrepancy discrepancies contradict "
                  "contradiction inconsistent spelling spelled spelt versus vs compare comparison conflict divergent diverge "
                  "divergence orthographe ecart contradiction")
)  # fmt: skip

#: Question types, tried in this order on the folded question (lower case, no accents, apostrophes, hyphens and
#: question marks as spaces); the first that matches is the question's type. Each needs a fact holding one
#: of the answer kinds NEEDS lists for it (the facts' curated `answers:` blocks).
_TYPES: tuple[tuple[str, str], ...] = (
    ("before", r"\b(?:do|did|doing|done|work|worked|working|was|were|job|jobs|career)\b.{0,40}\b(?:before|previously|formerly|beforehand|in\s+the\s+past(?!\s+(?:\d+\s+)?(?:years?|months?|weeks?|days?|decades?)))\b"
               r"|\b(?:previous|prior|former|earlier|past|old)\s+(?:job|jobs|work|career|occupation|occupations|employment|roles?)\b"
               r"|\bbefore\s+(?:becoming|joining|working|training|he|she|they|this|that|ai)\b|\bused\s+to\s+(?:do|work|be)\b"
               r"|^(?:before|avant)\s+[^,]{1,40},|\b(?:auparavant|precedemment|anterieurement|jadis)\b"
               r"|\b(?:faisait|fait|travaillait|etait|faisaient|travaillaient|bossait|bossaient|avait|avaient)\b.{0,40}\bavant\b|\bavant\s+d\s*(?:e\s+)?(?:devenir|travailler|entrainer|rejoindre)\b"
               r"|\b(?:ancien|anciens|ancienne|anciennes|precedent|precedents)\s+(?:metier|metiers|emploi|emplois|travail|boulot|boulots|poste|postes)\b"),
    ("what_said", r"^(?:what|wat)\s+(?:did|does|has|had|do)\s+.{1,60}?\s(?:say|said|tell|told|write|wrote|tweet|tweeted|post|posted|claim|claimed|declare|declared)\b"
                  r"|\bwhat\s+(?:was|is|were|are)\s+.{0,40}?\b(?:quote|quotes|statement|comment|comments|tweet|words|remark|remarks)\b"
                  r"|^who\s+(?:said|says|wrote|tweeted|told)\b|\b(?:quote|quoted)\b"
                  r"|^(?:qu\s+a|qu\s+ont|qu\s+est\s+ce\s+que?|que|qu\s+avait)\s+.{0,50}?\b(?:dit|dire|declare|ecrit|tweete|affirme"
                  r"|disait|disaient|disent|racontait|raconte|affirmait|declarait|expliquait)\b"
                  r"|^(?:que\s+dit|qu\s+a\s+dit|que\s+disent|qu\s+ont\s+dit)\b|\b(?:a|ont|avait)\s+dit\s+quoi\b|^qui\s+a\s+(?:dit|ecrit|tweete|declare)\b|\bcitation\b"
                  # French puts the question word last: "le tweet d'Altman disait quoi", "Jindal a raconté quoi à NBC".
                  r"|\b(?:dit|disait|disent|disaient|raconte|racontait|racontent|declare|declarait|ecrit|ecrivait|tweete"
                  r"|affirme|affirmait|explique|expliquait)\s+quoi\b"),
    ("deed", r"^(?:what|wat)\s+(?:did|has|have|had)\s+.{1,50}?\s(?:do|done)\b|^qu\s+(?:a|ont|avait|avaient)\s+fait\b"
             r"|^qu\s+est\s+ce\s+qu\s*(?:e\s+)?.{1,50}?\s(?:a|ont|avait|avaient)\s+fait\b|\b(?:a|ont|avait|avaient)\s+fait\s+quoi\b"),
    ("role", r"^(?:what\s+(?:is|was|s)|whats)\s+(?:\w+\s+){1,4}?(?:job|job\s+title|title|role|position|occupation|profession)\b"
             r"(?!\s+(?!(?:of|at|for|in|with|on|there|now|today|then|exactly|like|called|title)\b)\w)"
             r"|^what\s+does\s+(?:\w+\s+){1,3}?do\s+for\s+a\s+living\b"
             r"|^quel(?:le)?\s+est\s+(?:le|la|l)\s+(?:poste|metier|role|fonction|titre|profession|boulot|taf)\b"
             r"|^quel(?:le)?\s+(?:poste|metier|role|fonction|profession|boulot|taf)\b"
             # "Le gars de 34 ans, il fait quoi dans la vie": what someone does for a living.
             r"|\b(?:fait|font|faisait|faisaient)\s+quoi\s+dans\s+la\s+vie\b|^que\s+(?:fait|font|faisait)\s+.{1,50}\s+dans\s+la\s+vie\b"
             # "Kumar il fait quoi comme job", "c'est quoi le boulot de Kumar": the job asked with the question word first.
             r"|\b(?:fait|font|faisait|faisaient)\s+quoi\s+comme\s+(?:job|boulot|taf|metier|travail|poste)\b"
             r"|^c\s+est\s+quoi\s+(?:le|son|sa)\s+(?:job|boulot|taf|metier|poste|role|fonction)\b"),
    ("why", r"^(?:why|pourquoi|how\s+come)\b|\b(?:why|pourquoi|for\s+what\s+reasons?|pour\s+quelles?\s+raisons?|what\s+(?:was|is|were|are)\s+the\s+reasons?"
            r"|what\s+(?:led|caused|prompted|drove|made)|la\s+raison|les\s+raisons|reason\s+for|reasons\s+for|cause\s+of|motif)\b"
            r"|^how\s+did\s+.{1,40}\b(?:escape|get\s+out|get\s+off|manage)\b"),
    ("how_old", r"\bhow\s+old\b|\bwhat\s+age\b|\bquel\s+age\b|\b(?:his|her|their|son|leur)\s+age\b|\bage\s+(?:of|de|d)\b|\bage\s+is\b"
                r"|\bs\s+age\b|^(?:what|whats)\b.{1,40}\bage$"),
    ("how_much_money", r"\bhow\s+much\s+(?:\w+\s+){0,6}?(?:pay|pays|paid|cost|costs|earn|earns|earned|make|makes|made|worth|spend|spent|charge|charges|invest|invested|raise|raised|give|gave|put|sunk|money|cash)\b"
                       r"|\bhow\s+many\s+(?:dollars|euros|billions?|millions?)\b|\bhow\s+much\s+(?:money|cash|funding)\b"
                       r"|^what\s+(?:does|do|did)\s+(?:\w+\s+){1,4}?(?:pay|earn|charge)\b|^what\s+(?:is|are|was|were)\s+(?:\w+\s+){1,5}?paid\b"
                       r"|^what\s+(?:does|do|did|will|would)\s+(?:\w+\s+){1,8}?cost\b"
                       r"|\b(?:salary|wages?|hourly\s+rate|price|prices|revenue|revenues|valuation|valued|profits?|paycheck)\b"
                       # "What is the hourly pay for the programmers": pay as a noun, the sum paid.
                       r"|\b(?:hourly|the|their|his|her|its|whose)\s+pay\b(?!\s+(?:gap|cut|cuts|raise|rise)\b)"
                       r"|\bcombien\s+(?:\w+\s+){0,4}?(?:gagn(?:e|es|ent|ait|aient|er|ee|ees)|cout(?:e|ent|ait|aient|er)|pay(?:e|es|ee|ees|ent|ait|aient|er)|paie|paient"
                       r"|vaut|valent|valait|investi|investis|investie|depense|depensait|rapporte|rapportait|touch(?:e|ent|ait|aient|er)|verse|versait|versee|percoi\w*|percev\w*)\b"
                       r"|\b(?:salaires?|remuneration|chiffre\s+d\s+affaires|valorisation|benefices?|combien\s+d\s+(?:argent|thunes?|pognon|oseille|fric))\b"
                       # "Microsoft a mis combien dans OpenAI": putting a sum into something
                       r"|\b(?:mis|met|mettent|mettait|injecte|injectent|lache|allonge)\s+combien\b"
                       r"|\b(?:gagn\w*|touch\w*|pay\w*|paie\w*|cout\w*|vaut|valent|investi\w*|depens\w*|verse\w*)\s+combien\b"),
    ("how_many", r"\bhow\s+(?:many|much)\b|\bcombien\b|\b(?:number|numbers)\s+of\b|\bnombre\s+de\b|\bwhat\s+(?:percentage|percent|share|proportion|fraction|part)\b"
                 r"|\bquel(?:le)?s?\s+(?:pourcentage|part|proportion|nombre)\b|\bhow\s+long\b|\bheadcount\b|\beffectifs?\b"),
    ("when", r"^(?:when|quand)\b|\bquand$|\b(?:when\s+(?:did|was|were|is|will|does|do|had|has)|what\s+(?:year|month|date|day)|which\s+(?:year|month)"
             r"|in\s+what\s+(?:year|month)|since\s+when|how\s+long\s+ago|quel(?:le)?s?\s+(?:annee|mois|date|jour)|depuis\s+quand"
             r"|en\s+quelle(?!\s+(?:ville|region|province|langue|partie|monnaie|devise|proportion|quantite))|a\s+quelle\s+date|a\s+quel\s+moment)\b"
             # "C'était quand, la réunion", "ça s'est passé quand": French puts "quand" after its verb ("quand même" is "still").
             r"|\b(?:etait|est|ete|arrive|arrivee|passe|passee|lieu|sorti|sortie|lance|lancee|commence|fini|termine)\s+quand\b(?!\s+meme)"
             # "Ça a débuté quand, les licenciements", "Microsoft a confirmé quand": a past participle after its auxiliary, then
             # "quand" with no clause of its own after it ("il a été viré quand il a raté le test" says when, it does not ask).
             r"|\b(?:a|ont|avait|avaient|ete|est|sont|etait|etaient)\s+(?:\w+\s+)?\w{3,}(?:e|ee|es|ees|i|ie|is|u|ue|us)\s+quand\b"
             r"(?!\s+(?:meme|il|elle|ils|elles|on|je|j|tu|nous|vous|c|ca|ce|qu|que|l|le|la|les|un|une|des|son|sa|ses|leur|leurs)\b)"
             # "Ça a commencé quand, les licenciements": "ça" stands for what is named after "quand", which asks.
             r"|^(?:ca|cela|c)\s+(?:a|s\s+est|est)\s+(?:\w+\s+)?\w{3,}(?:e|ee|es|ees|i|ie|is|u|ue|us)\s+quand\b(?!\s+meme)"),
    ("where", r"^(?:where|ou|d\s+ou)\b|\bou$|\bou\s+ca$|\bc\s+est\s+ou\b|\bor\s+where$|\b(?:where\s+(?:is|are|was|were|do|does|did|has|have)|(?:which|what)\s+(?:country|city|countries|cities|region|regions|state|town|parts?\s+of\s+the\s+world)"
              r"|(?:which|what)\s+(?:\w+\s+){1,2}?(?:country|city|countries|cities|region|regions|state|states|town|towns)\b"
              r"|in\s+which\s+(?:country|city|region|state)|quel(?:le)?s?\s+(?:pays|ville|villes|region|regions|etat)|dans\s+quel(?:le)?s?\s+(?:pays|ville|region)"
              r"|ou\s+(?:est|se\s+trouve|sont|vit|vivent|habite|habitent|travaille|travaillent|a\s+eu\s+lieu)|headquartered|headquarters|siege)\b"),
    ("who", r"^(?:who|whom|whose|qui|(?:a|pour|avec|chez|par)\s+qui)\b|(?<!c est )(?<!est ce )\bqui$|\b(?:what\s+is|whats|what\s+s)\s+the\s+name\s+of\b|\bquel\s+est\s+le\s+nom\s+d|\b(?:which\s+(?:company|companies|firm|firms|outlet|outlets|organisation|organization|person|people|publication|newspaper|site|agency)"
            r"|quelle\s+(?:entreprise|societe|publication|personne|agence)|quel\s+(?:journal|media|site))\b"
            # "What university did Kumar graduate from", "which TV network": asks the name of an organisation.
            r"|\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:university|universities|college|colleges|school|schools|network|networks|channel"
            r"|broadcaster|employer|employers|startup|startups|union|unions|client|clients|customer|customers)\b"
            r"|\bquel(?:le)?s?\s+(?:universite|universites|ecole|ecoles|fac|chaine|chaines|employeur|employeurs|syndicat|client|clients)\b"
            # "La boîte qui a viré ses formateurs, c'est laquelle": which one, the question word last.
            r"|^(?:l|la|le|les|cette|ce|cet)\s+(?:entreprise|societe|boite|firme|cabinet|agence|prestataire|sous\s+traitant|personne)s?\b"
            r".{1,80}\bc\s+est\s+(?:laquelle|lequel|qui)$"
            r"|\bc\s+est\s+quel(?:le)?\s+(?:entreprise|societe|boite|firme|cabinet|agence|personne)\b"),
    ("definition", r"^(?:what\s+(?:is|are)|whats|c\s+est\s+quoi|qu\s+est\s+ce\s+que|qu\s+est\s+ce\s+qu|define|definition\s+(?:of|de|du))\s+"
                   r"(?!(?:the|a|an|le|la|les|un|une|des|du|it|this|that|there|they|he|she|il|elle|ce|ca)\b)(?:l\s+|d\s+)?\w+(?:\s+\w+){0,2}"
                   r"(?:\s+(?:at|chez)\s+\w+)?$"
                   r"|^what\s+does\s+\w+(?:\s+\w+){0,2}\s+mean$|^que\s+(?:veut\s+dire|signifie)\s+\w+(?:\s+\w+){0,2}$"),
)  # fmt: skip
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in _TYPES)


def pattern_words(*patterns: str) -> frozenset[str]:
    """The words (three letters or more) that regular expressions spell out, their escapes and group names left out."""
    words: set[str] = set()
    for pattern in patterns:
        bare = re.sub(r"\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\{[^}]*\}", " ", pattern)
        words.update(re.findall(r"[a-z]{3,}", bare))
    return frozenset(words)


#: The words that say a question's type (those of the patterns above): a misspelt one is put right before the type is
#: read ("how mcuh", "a quelle dxate").
TYPE_WORDS = pattern_words(*(pattern for _kind, pattern in _TYPES))

#: The answer kinds that can answer each question type.
NEEDS: dict[str, frozenset[str]] = {
    "before": frozenset({"before"}),
    "what_said": frozenset({"quote"}),
    "why": frozenset({"cause"}),
    "how_old": frozenset({"count"}),
    "how_much_money": frozenset({"money"}),
    "how_many": frozenset({"count", "percent", "money"}),
    "when": frozenset({"date"}),
    "where": frozenset({"place"}),
    "who": frozenset({"role", "actor"}),
    "definition": frozenset({"definition"}),
    "deed": frozenset({"actor"}),
    "role": frozenset({"role"}),
}
#: Verbs and nouns of a "who did it" question, by the action (models.ACTIONS) a fact's `actor` answer must name.
_ACTION_WORDS: dict[str, str] = {
    "hire": "hire hired hires hiring recruit recruited recruits recruiting employ employs employed embauche embauches recrute recrutes",
    "lay-off": "fire fired fires firing laid lay layoff layoffs sacked dismissed licencie licencies renvoye renvoyes vire vires",
    "end-partnership": "ended end ends stopped quit dropped arrete quitte rompu lache fin",
    "invest": "invest invested invests investor investors funded funds backs backed financed investi finance investisseur "
              "bankroll bankrolls bankrolled bankrolling finances financent",
    "release": "made make makes built build builds created create creates released release launched launch developed develop "
               "behind maker makers lance cree developpe concu fabrique fabriquent fabricant",
    "own": "own owns owned owner possede proprietaire appartient",
    "power": "power powers powered drives alimente",
    "report-first": "reported report broke revele revealed reveal reveals",
    "thank": "thanked thank remercie",
    "publish": "published publish publishes publie",
    "commit": "committed commit commits signed engage",
    "train": "train trains trained training entraine entrainent",
    "test": "tested tests teste",
    "work-for": "work works worked working travaille travaillent employ employs employed employer emploie emploient bosse "
                "bossent bossait",
    "investigate": "investigated investigate investigates investigating enquete enquetait investigation uncover uncovered uncovers "
                   "exposed exposes discovered decouvert decouvre decouvrent decouvrir",
    "vote-union": "voted vote unionize unionise unionized syndique",
    "decline-comment": "declined decline comment commenter refused",
    # Paying someone: no fact curates a payer yet, so "who pays the trainers" is answered by no curated doer (a report
    # urging fair pay publishes, it pays no one).
    "pay": "pay pays paid paying paie paient paye payent payait remunere remunerent",
}  # fmt: skip
_ACTIONS_OF_WORD: dict[str, set[str]] = {}
for _action, _words in _ACTION_WORDS.items():
    for _word in _words.split():
        _ACTIONS_OF_WORD.setdefault(_word, set()).add(_action)
#: Planning to hire answers who hires.
_ACTIONS_OF_WORD = {word: actions | ({"plan-hire"} if "hire" in actions else set()) for word, actions in _ACTIONS_OF_WORD.items()}
#: Words asking for someone's position; the first group needs a chief executive.
_CHIEF = re.compile(r"\b(?:ceo|pdg|chief\s+executive|boss|patron|head\s+of\s+(?:openai|microsoft|invisible|sama))\b")
_ROLE = re.compile(
    r"\b(?:ceo|pdg|boss|patron|chief|head|heads|runs|run|leads|lead|director|directeur|dirige|dirigeant|job|role|poste|position|title)\b"
    # (A job ad, listing or offer is a thing someone posted, not a position asked about.)
    r"(?!\s+(?:ads?|adverts?|advertisements?|listings?|postings?|posts?|offers?|openings?|boards?|descriptions?))"
)
#: The words that only say what type of answer is wanted ("where is X *located*", "what did X *say*"): a fact
#: holding that type of answer answers them, whether or not it uses the words (ranking counts them as covered).
_TYPE_WORDS: dict[str, str] = {
    "where": "located location live lives living based base headquartered headquarters from come comes situated reside "
             "resides vit vivent habite habitent situe situee basee siege trouve place country city countries cities part parts "
             "world region regions area areas pays ville villes endroit endroits monde vient viennent venait venaient originaire "
             "originaires state states province provinces town towns head",
    "when": "happen happened happens occur occurred took place date time year month day lieu eu moment",
    "why": "reason reasons cause caused because motive raison raisons cause motif",
    "how_old": "old age aged years year ans",
    "how_much_money": "pay paid pays earn earns earned make makes made cost costs money cash salary wage wages hourly hour "
                      "dollars paye payes gagne gagnent argent salaire heure touche touchent touchait percoit percevait verse",
    "what_said": "say said says tell told write wrote tweet tweeted claim claimed statement comment comments quote think thought "
                 "dit dire declare ecrit tweete pense affirme",
    "before": "before previous previously prior former earlier past job jobs work worked career avant ancien metier emploi "
              "background backgrounds parcours auparavant formerly",
    "who": "ceo boss chief head heads runs run leads lead director directeur dirige dirigeant patron pdg",
    "how_many": "many number count total nombre",
    "definition": "mean means meant define definition signifie",
    "deed": "do did done doing fait faire",
    "role": "job title role position occupation profession living poste metier fonction titre boulot taf",
}  # fmt: skip
TYPE_TOKENS: dict[str, frozenset[str]] = {kind: frozenset(search_tokens(words)) for kind, words in _TYPE_WORDS.items()}
#: Words of a question asking where someone or something itself is (not where something about them happened).
_WHERE_ITSELF = re.compile(
    r"\b(?:based|located|headquartered|headquarters|from|live|lives|living|reside|resides|situated|vit|vivent|habite|habitent"
    r"|vient|viennent|originaire|basee?s?|situee?s?|siege)\b"
)


def _place_fits(place, named: frozenset[str], folded: str, of_people: bool, asked: frozenset[str] | set[str]) -> bool:
    """Whether a curated place answers a where question: the place of whom it names (where X itself is, or where X's
    people are: not X's own base), or one whose `of` shares a word of what is asked ("where did the layoffs happen" is
    not answered by where Sama's labellers worked: a fact mentioning layoffs does not make its place theirs)."""
    if named:
        about_itself = bool(_WHERE_ITSELF.search(folded))
        if about_itself and of_people:
            if place.entity is not None and place.entity in named:
                return False
        elif not (place.entity in named or (place.entity is None and not about_itself)):
            return False
        if place.entity is not None and place.entity in named:
            return True
    if not place.of or not asked:
        return True
    held = set(search_tokens(place.of))
    return not asked.isdisjoint(held) or (not PEOPLE_TOKENS.isdisjoint(asked) and not PEOPLE_TOKENS.isdisjoint(held))


def _of_another_firm(
    of: str | None, named: frozenset[str], names_in: Callable[[str], frozenset[str]] | None, base: KnowledgeBase
) -> bool:
    """Whether a curated place is of another organisation's people than the one the question names: "where do OpenAI's
    contractors work" is not answered by where Sama's data labellers were (a question naming both is)."""
    if not of or names_in is None:
        return False
    firms = {e for e in named if base.entities[e].type == "organisation"}
    of_firms = {e for e in names_in(of) if (entity := base.entities.get(e)) is not None and entity.type == "organisation"}
    return bool(firms) and bool(of_firms) and firms.isdisjoint(of_firms)


#: "Where does X work", "elle bosse où": the workplace, which a curated role's `at` gives.
_WORKS = re.compile(r"\b(?:work|works|working|worked|bosse|bossait|travaille|travaillait|employed|employee)\b")


def _of_people(folded: str) -> bool:
    """Whether a question speaks of people at work (contractors, trainers, staff): where they are is not where the
    organisation they work for is."""
    return not PEOPLE_TOKENS.isdisjoint(search_tokens(folded))


#: Words that say a count is someone's age.
_AGE = re.compile(r"\b(?:age|aged|years?\s+old|ans)\b")


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks for: its type (None for an untyped question, which any fact may answer)."""

    kind: str | None = None
    #: A "before" question's later event, the one it asks what came before ("before joining OpenAI"); its words say
    #: when, not what: the answer need not contain them.
    reference: str = ""
    #: The reference's search tokens, once the question is known to name its subject outside it (facade).
    reference_tokens: frozenset[str] = frozenset()
    #: "Exactly how many", "combien exactement": a figure given as exact is asked (read by the facade on the whole message:
    #: "exactly" at a question's ends is taken off with the courtesies).
    exact: bool = False

    @property
    def type_tokens(self) -> frozenset[str]:
        """The search tokens that only say what type of answer is wanted."""
        return TYPE_TOKENS.get(self.kind, frozenset()) if self.kind else frozenset()

    @property
    def needs(self) -> frozenset[str]:
        """The answer kinds a fact must hold to answer the question (none: any fact may)."""
        return NEEDS.get(self.kind, frozenset()) if self.kind else frozenset()


UNTYPED = Asked()


def _folded(question: str) -> str:
    return " ".join(fold(question).replace("'", " ").replace("?", " ").replace("-", " ").split())


#: A question opening on a clause that sets the scene ("when an applicant spotted broken code, were they supposed to
#: patch it?", "si Invisible licencie, que deviennent les formateurs"): its type is its main clause's, which asks.
_SCENE_CLAUSE = re.compile(
    r"^(?:when|whenever|if|once|after|quand|lorsqu|lorsque|si|une\s+fois\s+que)\s+[^,]{3,80},\s*"
    r"(?P<main>(?:was|were|is|are|did|do|does|had|has|have|could|can|should|would|will|must|who|what|which|why|how|where"
    r"|est\s+ce|pouvai\w*|peu\w*|devai\w*|doi\w*|qui|que|qu|quel\w*|pourquoi|comment|ou|combien)\b.*)$"
)


def classify(question: str) -> Asked:
    """The type of a question: who, what, when, where, why, how much, how many, how old, what did X say, what did X do,
    before."""
    folded = _folded(question)
    scene = _SCENE_CLAUSE.match(folded)
    if scene is not None:
        folded = scene.group("main")
    for kind, pattern in _COMPILED:
        if pattern.search(folded):
            if kind == "before" and _SAID.search(folded):
                return Asked("what_said")  # "what did the researchers previously write": what they said, then
            found = _REFERENCE.search(folded) if kind == "before" else None
            return Asked(kind, found.group("ref").strip() if found else "")
    return UNTYPED


_SAID = dict(_COMPILED)["what_said"]


#: "before joining OpenAI", "avant de devenir formateur", "before Invisible, ...": the later event of a before question.
_REFERENCE = re.compile(r"\b(?:before|avant|prior\s+to)\s+(?:d\s+(?:e\s+)?)?(?P<ref>[^,]*[^,\s])")


def phrasing_types(fact: Fact) -> frozenset[str]:
    """The types of the questions curators wrote for a fact (its `questions`): it answers those types too. A yes-or-no
    phrasing opening on "be" is no "before" question: "were recently hired trainers dismissed before certification"
    asks whether something was so before, not what was done before (the layoffs' certification bar does not say that);
    "did they have to describe their approach before writing code" does ask what they did first."""
    return frozenset(
        kind
        for q in (*fact.questions, *fact.questions_fr)
        if (kind := classify(q).kind) is not None and not (kind == "before" and _YES_NO.match(_folded(q)))
    )


#: The opening of a yes-or-no question on being ("were they dismissed", "was he homeless").
_YES_NO = re.compile(r"^(?:was|were|is|are)\b")


#: How well a fact holds the kind of answer asked for: not at all, by its curators' questions of that type, or
#: by a curated answer of that kind in its `answers:` block (the surest).
NO, PHRASED, CURATED = 0, 1, 2


def answers(
    fact: Fact,
    asked: Asked,
    named: frozenset[str],
    base: KnowledgeBase,
    question: str = "",
    phrased: frozenset[str] = frozenset(),
    names_in: Callable[[str], frozenset[str]] | None = None,
    tokens: frozenset[str] | set[str] | None = None,
) -> int:
    """Whether a fact holds the kind of answer a question asks for, about whom it asks (`named`: entity ids):
    CURATED when its `answers:` block has that kind of answer, PHRASED when curators gave it questions of that type
    (`phrased`, from phrasing_types: "why does Kumar do the work" is one of a fact's own questions), else NO.
    `names_in` gives the entities a text names: a count, sum, share or date curated as being *of* another organisation
    than the one the question names does not answer it (_of_asked_subject).
    `tokens`: the question's search tokens, its names put right (else read from `question`).
    """
    needs = asked.needs
    if not needs:
        return CURATED
    # "What did Sama do in Kenya" asks for something Sama did: a curated deed of theirs, not what Sama is. One naming
    # no one who could have done anything ("what did the trainers do") is left to the words.
    doers = _doers(_deed_doer(_folded(question)), named, names_in, base) if asked.kind == "deed" else frozenset()
    if asked.kind == "deed" and not doers:
        return CURATED
    # "What is Kumar's job" asks a person's curated position; "the role of Invisible", "the job of an AI trainer" ask what
    # something is or does, left to the words.
    if asked.kind == "role" and not any(base.entities[e].type == "person" for e in named if e in base.entities):
        return CURATED
    # A question about someone is answered by a fact about them; the subject of half the base (OpenAI) says little.
    people = {e for e in named if _distinctive(e, base)}
    if people - set(fact.entities):
        return NO
    # (Phrasal verbs as one word: "who cut ties with OpenAI" asks who ended a partnership, not who laid people off.)
    folded = _folded(rephrase(question))
    # "Where is X based" asks where X itself is, and "who is the CEO of X" someone's position: curated answers only.
    of_people = asked.kind == "where" and _of_people(folded)
    strict = (asked.kind == "where" and bool(named) and bool(_WHERE_ITSELF.search(folded))) or (
        asked.kind == "who" and bool(_ROLE.search(folded))
    )
    fallback = PHRASED if asked.kind in phrased and not strict else NO
    if (
        fallback
        and asked.kind == "who"
        and (verb_actions := _verb_actions(folded))
        and verb_actions.isdisjoint(_phrased_actions(fact))
    ):
        fallback = NO  # "who reported on the layoffs first" is not answered by a fact whose who-questions ask who someone is
    if asked.kind == "who" and (verb := _unknown_who_verb(folded)) and verb not in _fact_words(fact):
        return NO  # "who interviewed Savreux": a fact that never speaks of interviewing (his old jobs) says nobody did
    # "How many contractors did OpenAI lay off": the layoffs Invisible made are not OpenAI's, whatever they share.
    if asked.kind in EVENT_KINDS and names_in is not None and not _done_by_asked_doer(fact, folded, named, names_in, base):
        return NO
    if (
        asked.kind == "before"
        and _WHO_BEFORE.search(folded)
        and not any(
            e not in named and (entity := base.entities.get(e)) is not None and entity.type in _DOER_TYPES for e in fact.entities
        )
    ):
        return NO  # "who did Kumar work for before OpenAI": what he did before (his degree) names no one he worked for
    slots = fact.answers
    if asked.kind == "where" and named and _WORKS.search(folded) and any(r.entity in named and r.at for r in slots.role):
        return CURATED  # where someone works: the organisation their curated role is at
    held = held_kinds(fact, asked)
    if not held & needs:
        return fallback
    if asked.kind == "what_said" and named:
        fits = any(quote.speaker in named for quote in slots.quote)
        if fits and not _says_about(fact, folded, base):
            return NO  # "what did Altman say about the layoffs": his quote is about something else
    elif asked.kind == "before" and named:
        fits = any(before.entity in named for before in slots.before)
    elif asked.kind == "deed":
        # "What did Invisible do to its trainers" asks for something done to someone: working for OpenAI is no deed
        # done to anyone, whoever the fact counts among the workers (it was answered, sure, by the hundreds working).
        to_someone = bool(_DONE_TO_SOMEONE.search(folded))
        fits = any(doers & set(actor.who) and (not to_someone or actor.did in _DEEDS_WITH_RECEIVER) for actor in slots.actor)
    elif asked.kind == "role":
        # "What is Palizban's role": a position curated as theirs (the meeting he spoke at gives none)
        fits = any(role.entity in named for role in slots.role)
    elif asked.kind == "how_old":
        fits = any(_AGE.search(fold(count.of)) for count in slots.count)
    elif asked.kind == "where":
        asked_tokens = (tokens if tokens is not None else frozenset(search_tokens(folded))) - TYPE_TOKENS["where"]
        fits = any(
            _place_fits(place, named, folded, of_people, asked_tokens) and not _of_another_firm(place.of, named, names_in, base)
            for place in slots.place
        )
        if not fits and not (named and _WHERE_ITSELF.search(folded)):
            return NO  # its curated places are of something else, and its where phrasings ask about those places
    elif asked.kind == "who":
        fits = _answers_who(slots, named, folded)
        if not fits and slots.actor and _asked_actions(folded):
            return NO  # its curated actor did something else than what is asked about ("who made" vs laid off)
    elif asked.kind == "why" and names_in is not None and _explains_another_relation(slots, named, names_in, base):
        return NO
    elif asked.kind in OBJECT_KINDS and names_in is not None:
        subjects = {e for e in named if _distinctive(e, base) and base.entities[e].type in _SUBJECT_TYPES}
        fits = _of_asked_subject(fact, needs & held, subjects, names_in, base)
        if not fits:
            return NO  # the curated figure is of someone else: its `of` says so, whatever the fact's questions
    else:
        fits = True
    return CURATED if fits else fallback


#: "What did X do to them", "qu'est-ce que X a fait à ses formateurs": a deed with someone on its receiving end.
#: (French "fait au Kenya" is a place: only a possessive after "à" names a receiver.)
_DONE_TO_SOMEONE = re.compile(r"\b(?:do|done|doing)\s+to\b|\bfait\s+a\s+(?:ses|son|sa|leurs?)\b")
#: The curated deeds (`actor.did`) that are done to their `whom` or `object`; a relation such as working for someone,
#: owning or publishing something, is not. A deed not listed here answers no "do to" question: a miss, not a guess.
_DEEDS_WITH_RECEIVER = frozenset({"hire", "lay-off", "train", "test", "thank", "invest", "end-partnership", "investigate"})
#: The kinds of entity that do things a "what did X do" question asks about.
_DOER_TYPES = frozenset({"person", "organisation", "publication"})
#: "What did Google do with DeepMind", "qu'est-ce que Sama a fait au Kenya", "qu'a fait Sama": who the deed is asked of.
_DEED_DOER = re.compile(
    r"^(?:what|wat)\s+(?:did|has|have|had)\s+(?P<en>.{1,50}?)\s(?:do|done)\b"
    r"|^qu\s+est\s+ce\s+qu\s*(?:e\s+)?(?P<fr>.{1,50}?)\s(?:a|ont|avait|avaient)\s+fait\b"
    r"|^(?P<quoi>.{1,50}?)\s+(?:a|ont|avait|avaient)\s+fait\s+quoi\b"
    r"|^qu\s+(?:a|ont|avait|avaient)\s+fait\s+(?P<after>.{1,50}?)(?:\s+(?:au|aux|en|a|avec|pour|chez|dans|de|du)\b|$)"
)


def _deed_doer(folded: str) -> str:
    """The words naming who a "what did X do" question asks about (X), empty when it is not one."""
    found = _DEED_DOER.search(folded)
    return next((g for g in found.groups() if g), "") if found else ""


def _doers(
    text: str, named: frozenset[str], names_in: Callable[[str], frozenset[str]] | None, base: KnowledgeBase
) -> frozenset[str]:
    """The people, organisations and publications a question names in `text` (all those it names, without `names_in`)."""
    among = names_in(text) & named if names_in is not None and text else named
    return frozenset(e for e in among if (entity := base.entities.get(e)) is not None and entity.type in _DOER_TYPES)


#: A before question asking for someone ("who did X work for before", "quelle boîte bossait avec OpenAI avant").
_WHO_BEFORE = re.compile(
    r"^(?:who|whom|for\s+whom|which\s+(?:company|companies|firm|firms|employer|employers|organisation|organization))\b"
    r"|^(?:qui|pour\s+qui|chez\s+qui|quel(?:le)?s?\s+(?:boite|boites|entreprise|entreprises|societe|societes|employeur))\b"
)


#: Question types whose answer is about an event someone did (a count of people laid off, the date of an investment).
EVENT_KINDS = frozenset({"how_many", "how_much_money", "when", "why", "where"})
#: "How many contractors did OpenAI lay off", "when has Microsoft invested": who did the event asked about (up to four
#: words between the auxiliary and the verb; phrasal verbs are read as one word first, "lay off" as layoff).
_EVENT_DOERS = (
    re.compile(r"\b(?:did|does|do|has|have|had|will|would)\s+(?P<doer>(?:\w+\s+){1,4}?)(?P<verb>\w+)"),
    # "combien de formateurs Invisible a-t-il licenciés", "quand OpenAI a licencié"
    re.compile(r"(?P<doer>(?:\w+\s+){1,4}?)(?:a|ont|avait|avaient|va|vont)\s+(?:t\s+(?:il|elle|ils|elles|on)\s+)?(?P<verb>\w+)"),
)
#: The events a curated action is.
_ACTION_EVENTS = {"lay-off": "layoff", "hire": "hire", "plan-hire": "hire", "invest": "invest", "vote-union": "union"}


def _done_by_asked_doer(
    fact: Fact, folded: str, named: frozenset[str], names_in: Callable[[str], frozenset[str]], base: KnowledgeBase
) -> bool:
    """Whether the fact's curated doers of the event a question asks about include the one it names as doing it: "how many
    contractors did OpenAI lay off" is not answered by Invisible laying off OpenAI's data trainers. True when the
    question names no doer of an event, or the fact curates no one doing it (nothing to tell)."""
    if not fact.answers.actor:
        return True
    for actions, doers in event_doers(folded, named, names_in, base):
        curated = [actor for actor in fact.answers.actor if actor.did in actions]
        if curated and not any(doers & set(actor.who) for actor in curated):
            return False
    return True


def event_doers(
    question: str, named: frozenset[str], names_in: Callable[[str], frozenset[str]], base: KnowledgeBase
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The events a question names someone as doing, as (curated actions, the doers named): "how many contractors did
    OpenAI lay off" -> ({lay-off}, {openai})."""
    text = rephrase(_folded(question))
    found_doers = []
    for found in (found for pattern in _EVENT_DOERS for found in pattern.finditer(text)):
        actions = frozenset(_ACTIONS_OF_WORD.get(found.group("verb"), set()) & _ACTION_EVENTS.keys())
        doers = _doers(found.group("doer"), named, names_in, base) if actions else frozenset()
        if doers:
            found_doers.append((actions, doers))
    return found_doers


#: Question types whose answer is a figure or a date curated as being *of* something (`of` in the `answers:` block).
OBJECT_KINDS = frozenset({"how_many", "how_much_money", "when"})


#: The kinds of entity whose figures are told apart by `of`: a company's staff count is not another company's. (A
#: person may be who gives the figure, "OpenAI's staff" by Altman's count; a product, a publication or a place only
#: qualifies it.)
_SUBJECT_TYPES = frozenset({"organisation"})


def _of_asked_subject(
    fact: Fact, kinds: frozenset[str], subjects: set[str], names_in: Callable[[str], frozenset[str]], base: KnowledgeBase
) -> bool:
    """Whether one of the fact's curated answers of these kinds can be about the organisations the question names
    (`subjects`): a count of "OpenAI's staff" does not say how many people Google laid off, though the fact names
    Google. An answer whose `of` names no organisation is taken to be about the fact's own."""
    slots = [slot for kind in kinds for slot in getattr(fact.answers, kind)]
    if not subjects or not slots:
        return True  # nothing named, or a rough quantity read from the statement ("dozens of trainers")
    for slot in slots:
        of_names = {e for e in names_in(slot.of or "") if base.entities[e].type in _SUBJECT_TYPES}
        if not of_names or of_names & subjects:
            return True
    return False


#: "How many X", "number of X", "combien de X", "nombre de X": the words naming what is counted (up to two, before
#: the first function word: "how many remote workers has ...", "combien de sous traitants ...").
_COUNTED = re.compile(
    r"\b(?:(?:how\s+many|numbers?\s+of)\s+(?:(?:of|the)\s+)*|(?:combien|nombre)\s+d(?:e|es|u)?\s+(?:(?:les|des)\s+)*)(?P<words>[\w\s]+)"
)
#: What a count may be of without naming it: people in general, or a duration ("combien de temps").
_ANY_COUNT = frozenset(search_tokens("time times temps fois one ones them eux elles total totals percent pourcent pourcentage %"))
#: Words for people at work: a question counting one of them is answered by a count of any of them ("how many staffers"
#: by OpenAI's headcount of "staff", "how many people" by a count of trainers).
PEOPLE_TOKENS = frozenset(
    search_tokens(
        "people person persons personnes personne gens humans human individuals members membres personnel workforce "
        "worker workers employee employees employes employe employés staff staffers staffer salaries contractor contractors "
        "traitants freelancers trainer trainers formateurs labeler labelers labellers annotators annotateurs programmers "
        "developers coders engineers ingenieurs hires recrues recruits ouvriers tasker taskers jobs emplois postes positions"
    )
)  # fmt: skip
#: Other spellings of a counted unit that the search normalisation leaves apart.
_COUNTED_SAME: dict[str, frozenset[str]] = {"heur": frozenset({"hour"}), "hour": frozenset({"heur"})}


#: Phrases for an event that no single word says: "lay off", "let go" (the search tokens drop "off" and "go").
_EVENT_PHRASES = (
    (
        "layoff",
        re.compile(
            r"\b(?:lay|lays|laying)\s+(?:\w+\s+){0,3}?off\b|\blet(?:s|ting)?\s+(?:\w+\s+){0,3}?go\b|\blo(?:st|se|sing)\s+(?:their|his|her|the(?:ir)?)?\s*jobs?\b"
            r"|\bcutting\b(?!\s*edge)|\bredundan\w*|\bdownsiz\w*|\bjob\s+cuts?\b|\bsupprim\w*|\bsuppressions?\b|\bperdu\s+(?:leurs?|son|sa)\s+(?:emplois?|postes?|travail|boulot)\b"
        ),
    ),
)


#: Phrasal verbs the search tokens would split, as the one word the facts use: "bringing on" contractors is hiring
#: them, "laying off" or "letting go" of trainers laying them off.
_NOT_PEOPLE = r"(?!(?:it|this|that|me|you|everything|something)\s)"  # "bring it on", "let it go": idioms, not hiring
_PHRASAL = (
    (re.compile(rf"\b(?:bring|brings|bringing|brought)\s+{_NOT_PEOPLE}((?:\w+\s+){{0,3}}?)on\b", re.IGNORECASE), r"hire \1"),
    (re.compile(rf"\b(?:lay|lays|laying|laid)\s+{_NOT_PEOPLE}((?:\w+\s+){{0,3}}?)off\b", re.IGNORECASE), r"layoff \1"),
    (re.compile(rf"\b(?:let|lets|letting)\s+{_NOT_PEOPLE}((?:\w+\s+){{0,3}}?)go\b", re.IGNORECASE), r"layoff \1"),
    # "Mis à la porte", "foutus dehors": laid off.
    (
        re.compile(
            r"\b(?:mis|mise|mises|mettre|met|mettent|mettait|foutus?|foutues?|jetes?|jetees?)\s+(?:[àa]\s+la\s+porte|dehors)\b",
            re.IGNORECASE,
        ),
        "licencies",
    ),
    # Pulling out, walking away: quitting; finding out: discovering; putting the brakes on: stopping.
    (re.compile(r"\b(?:pull|pulls|pulled|pulling|walk|walks|walked|walking)\s+(?:out|away)\b", re.IGNORECASE), "quit"),
    (re.compile(r"\b(?:find|finds|found|finding)\s+out\b", re.IGNORECASE), "discovered"),
    (re.compile(r"\b(?:put|puts|putting)\s+(?:the\s+)?brakes?\s+on\b", re.IGNORECASE), "stopping"),
    # Cutting ties ends a relationship; "cut" alone is a layoff (text.SYNONYMS).
    (
        re.compile(r"\b(?:cut|cuts|cutting)\s+(?:all\s+|its\s+|their\s+|the\s+)?(?:ties|links|relations)\b", re.IGNORECASE),
        "ended ties",
    ),
)


#: "Taking on" people is hiring them; taking on a task, a rival or debt is not: only in a question about people at work.
_TAKE_ON = re.compile(rf"\b(?:take|takes|taking|took|taken)\s+{_NOT_PEOPLE}((?:\w+\s+){{0,3}}?)on\b", re.IGNORECASE)


#: Getting rid of people is laying them off (of a test or a bug, it is not): only in a question about people at work.
_GET_RID = re.compile(r"\b(?:get|gets|getting|got|gotten)\s+rid\s+of\b", re.IGNORECASE)


#: The words the question's patterns read (its type, phrasal verbs, events, what is counted): a misspelt one is put
#: right before they are read ("walk awag", "who madde").
PATTERN_WORDS = TYPE_WORDS | pattern_words(
    *(p.pattern for p, _ in _PHRASAL),
    *(p.pattern for _, p in _EVENT_PHRASES),
    _TAKE_ON.pattern,
    _GET_RID.pattern,
    _COUNTED.pattern,
)


def rephrase(question: str) -> str:
    """The question with its phrasal verbs as single words ("how many workers has OpenAI brought on": hire)."""
    for pattern, replacement in _PHRASAL:
        question = pattern.sub(replacement, question)
    if (_TAKE_ON.search(question) or _GET_RID.search(question)) and not PEOPLE_TOKENS.isdisjoint(search_tokens(question)):
        question = _GET_RID.sub("layoff", _TAKE_ON.sub(r"hire \1", question))
    return question


def question_events(question: str) -> frozenset[str]:
    """The events a question names in a phrase rather than a word ("how many people did Twitter lay off": layoff)."""
    folded = _folded(question)
    return frozenset(event for event, pattern in _EVENT_PHRASES if pattern.search(folded))


#: A French verb in the third person plural or the imperfect, after what a how-many question counts.
_FRENCH_VERB = re.compile(r"(?:ent|aient|ait|ont)$")


def counted_nouns(question: str) -> tuple[str, ...]:
    """The search tokens of what a how-many question counts ("how many employees" -> worker), none when it does not
    say (or counts people in general, time, or anything): a fact giving a count of something else does not answer."""
    found = _COUNTED.search(_folded(question))
    if found is None:
        return ()
    words: list[str] = []
    for word in found.group("words").split()[:2]:
        if word in STOP_WORDS or (words and _FRENCH_VERB.search(word)):
            break  # "combien d'ingénieurs travaillent": what is counted, not what it does
        words.append(word)
    tokens = tuple(t for t in search_tokens(" ".join(words)) if not t.isdigit())
    return () if any(t in _ANY_COUNT for t in tokens) else tokens


def counts_what_is_asked(counted: tuple[str, ...], words: frozenset[str], options) -> bool:
    """Whether a fact's count can be the one a question asks for: one of the counted words (or a typo reading of it,
    `options`: token -> indexed tokens) is among the `words` saying what the fact counts, or both count people at work."""
    if not counted:
        return True
    people = not PEOPLE_TOKENS.isdisjoint(words)
    for token in counted:
        readings = {token, *_COUNTED_SAME.get(token, ()), *options(token)}
        if not readings.isdisjoint(words):
            return True
        if people and not readings.isdisjoint(PEOPLE_TOKENS):
            # People in general ("how many people", "workers") are counted by a count of any people at work; a trade
            # ("how many engineers", "members") only by a count of that trade: OpenAI's 1,000 contractors or 375 staff
            # are not how many engineers it has.
            trades = [group for group in _TRADES if not readings.isdisjoint(group)]
            if not trades or any(not group.isdisjoint(words) for group in trades):
                return True
    return False


#: People at work by trade, each group's words standing for one another in a count; words for people in PEOPLE_TOKENS
#: outside every group (people, workers, employees, staff: the search tokens read most of them as one) count people in
#: general. (Only words for people: the search tokens of "developers" include "code".)
_TRADE_WORDS = (
    "engineer engineers ingenieur ingenieurs programmer programmers developer developers developpeur developpeurs coder "
    "coders programmeur programmeurs",
    "trainer trainers formateur formateurs labeler labelers labeller labellers annotator annotators annotateur annotateurs "
    "etiqueteur etiqueteurs tasker taskers moderator moderators moderateur moderateurs",
    "member members membre membres",
)
_TRADES = tuple(
    frozenset(token for word in words.split() for token in search_tokens(word)[:1]) - frozenset(search_tokens("code engine"))
    for words in _TRADE_WORDS
)


def counted_of(fact: Fact) -> frozenset[str]:
    """The search tokens of what a fact's curated counts, shares and sums are of (their `of`)."""
    return frozenset(
        t for kind in ("count", "percent", "money") for slot in getattr(fact.answers, kind) for t in search_tokens(slot.of or "")
    )


#: "What did X say about Y", "qu'a dit X sur Y": what the quote must be about.
_SAID_ABOUT = re.compile(
    r"\b(?:say|said|says|tell|told|write|wrote|tweet|tweeted|think|dit|dire|pense|ecrit)\b.*?"
    r"\b(?:about|regarding|concerning|on\s+the\s+(?:subject|topic)\s+of|sur|a\s+propos\s+d\s*(?:e|u|es)?"
    r"|au\s+sujet\s+d\s*(?:e|u|es)?|concernant)\s+(?P<about>.+)$"
)


def _says_about(fact: Fact, folded: str, base: KnowledgeBase) -> bool:
    """Whether a quote can be what a "what did X say about Y" question asks: one of Y's words is in what the fact
    says (its statements, quotes, keywords or the names of what it is about). No "about": any quote by X will do."""
    found = _SAID_ABOUT.search(folded)
    if found is None:
        return True
    wanted = set(search_tokens(found.group("about")))
    if not wanted:
        return True
    names = [n for e in fact.entities if (entity := base.entities.get(e)) for n in (entity.name, *entity.aliases)]
    texts = (*fact.wordings, *fact.keywords, *names)
    # (and its curators' questions, which say what it is about; phrasal verbs read as one word: "let go" is a layoff)
    said = set(search_tokens(rephrase("\n".join((*texts, *fact.questions, *fact.questions_fr)))))
    if not wanted.isdisjoint(said):
        return True
    # A misspelt word of what it is about ("workforse") still finds the word the fact says, one letter away.
    long_words = [w for w in wanted if len(w) >= 5]
    return any(process.extractOne(w, said, scorer=OSA.distance, score_cutoff=1) is not None for w in long_words)


#: An entity in more than this share of the facts is what the base is about, not a subject that picks facts out.
SUBJECT_SHARE = 0.4


def _explains_another_relation(
    slots, named: frozenset[str], names_in: Callable[[str], frozenset[str]], base: KnowledgeBase
) -> bool:
    """Whether a why-question asks of two named parties ("why did Savreux leave Jimmy John's") and the fact's curated
    causes explain something of one of them without the other ("how Savreux escaped homelessness", which a job at
    Jimmy John's helped): a reason for something else. A cause naming none of them says nothing either way."""
    asked = {e for e in named if _distinctive(e, base)}
    if len(asked) < 2 or not slots.cause:
        return False
    explained = [names_in(cause.explains) & asked for cause in slots.cause]
    return all(found and found != asked for found in explained)


def _distinctive(entity_id: str, base: KnowledgeBase) -> bool:
    entity = base.entities.get(entity_id)
    if entity is None or entity.type not in ("person", "organisation"):
        return False
    return len(base.facts_by_entity.get(entity_id, ())) <= SUBJECT_SHARE * len(base.facts)


def _answers_who(slots, named: frozenset[str], folded: str) -> bool:
    """'Who laid off the trainers' needs someone who laid them off; 'who is the CEO of X' X's chief executive."""
    if _ROLE.search(folded):
        chief = bool(_CHIEF.search(folded))
        roles = [r for r in slots.role if (not chief or "ceo" in fold(r.role) or "chief executive" in fold(r.role))]
        return any(r.at is None or not named or r.at in named or r.entity in named for r in roles)
    actions = _asked_actions(folded)
    if actions:
        # "Who owns X" asks the doer of a deed done to X; "who does X work for", the one X does it for.
        verb = _WHO_VERB_WORD.match(folded)
        doer_asked = verb is not None and bool(_asked_actions(verb.group(1)))
        return any(actor.did in actions and (not doer_asked or _done_to_whom_asked(actor, named)) for actor in slots.actor)
    return bool(slots.role or slots.actor)


#: The word right after "who" ("who owns", "qui possède", "qui a racheté"): a deed whose doer is asked.
_WHO_VERB_WORD = re.compile(r"^(?:who|qui)\s+(?:a\s+|ont\s+)?(\w+)")


def _done_to_whom_asked(actor, named: frozenset[str]) -> bool:
    """Whether a curated doer did it to whom a "who did it" question names: "who owns OpenAI" is not answered by what
    OpenAI owns (the question's name is the doer there, not the one it was done to). "Who does Invisible work for" asks
    the other way, and is not checked so."""
    if not named or not actor.whom:
        return True
    return not named.isdisjoint(actor.whom) or named.isdisjoint(actor.who)


#: "Who interviewed X", "qui a racheté X": the verb right after the question word.
_WHO_VERB = re.compile(
    # (A progressive's verb is its -ing word: "who is paying for the lab" asks who pays, as "who pays" does.)
    r"^(?:who|whom)\s+(?:(?:is|s|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?=\w{3,}ing\b))?"
    r"(?:(?:first|actually|originally|initially|really|also|ever|then)\s+)?(?P<verb>\w+)"
    r"|^qui\s+(?:a|ont|avait|avaient)\s+(?:(?:d\s+abord|en\s+premier|vraiment|aussi)\s+)?(?P<verbe>\w+)"
)
#: Verbs that say little but with their object ("qui a mené l'enquête", "who conducted the investigation", "qui a fait
#: l'annonce"): the deed is the noun after them.
_LIGHT_VERBS = frozenset(
    [
        "mene",
        "menee",
        "mis",
        "conduit",
        "realise",
        "realisee",
        "effectue",
        "effectuee",
        "fait",
        "faite",
        "led",
        "conducted",
        "carried",
        "ran",
        "did",
    ]
)
#: The noun after a light verb, its article or possessive skipped.
_OBJECT_NOUN = re.compile(
    r"\s+(?:(?:l|la|le|les|un|une|des|du|d|cette|ce|ces|son|sa|ses|leur|leurs|the|an|a|this|that|its|their|out)\s+)*(?P<noun>\w+)"
)


def _deed_word(folded: str, found: re.Match[str]) -> str:
    """The word saying what a who-question asks was done: its verb, or the noun after a light verb ("qui a mené l'enquête":
    enquete), when that noun names a curated action."""
    word = found.group("verb") or (found.group("verbe") if "verbe" in found.re.groupindex else None)
    if word in _LIGHT_VERBS and (noun := _OBJECT_NOUN.match(folded, found.end())) and noun.group("noun") in _ACTIONS_OF_WORD:
        return noun.group("noun")
    return word


#: Words after "who" that are no action of their own: the question's type or its auxiliaries.
_NOT_A_VERB = frozenset(
    search_tokens("is was are were s does did do has have had can could will would should may might else exactly really "
                  "actually else were est sont etait")
)  # fmt: skip


#: The particle of a phrasal verb, right after the verb ("put up", "dug into", "set out").
_PARTICLE = re.compile(r"\s+(?:up|into|out|down|off|over|together|forward|through|around|behind)\b")


#: A word at least this frequent (Zipf scale) is a word of the language, not a typo (lexical.REAL_WORD_ZIPF, which imports
#: this module).
_REAL_WORD_ZIPF = 3.0
#: "Which company replaced Sama", "what firm sued OpenAI": asks who did it as "who replaced Sama" does (a past tense right
#: after the kind of doer).
_WHICH_DOER_VERB = re.compile(
    r"^(?:which|what)\s+(?:company|companies|firm|firms|organisation|organization|agency|startup|outlet|publication|person"
    r"|people|employer|vendor|contractor)\s+(?P<verb>\w+ed)\b"
)


def _unknown_who_verb(folded: str) -> str | None:
    """The search token of a "who did it" question's verb when no curated action stands for it ("who interviewed
    Savreux": interview), else None: a fact answers it only if its own words hold that verb, whatever its curated
    roles and actors (a role says who someone is, not who interviewed them)."""
    found = _WHO_VERB.search(folded) or _WHICH_DOER_VERB.search(folded)
    if found is None:
        return None
    word = _deed_word(folded, found)
    if word in _ACTIONS_OF_WORD or _ROLE.fullmatch(word):
        return None
    if _PARTICLE.match(folded, found.end()):
        return None  # "who put up the ad", "who dug into it": a phrasal verb means what the bare verb does not
    tokens = search_tokens(word)
    if len(tokens) != 1 or tokens[0] in _NOT_A_VERB or tokens[0] in STOP_WORDS or tokens[0] in TYPE_TOKENS["who"]:
        return None
    if found.re is _WHICH_DOER_VERB and lexicon.zipf(tokens[0]) < _REAL_WORD_ZIPF:
        return None  # "which firm comitted to the guidelines": a misspelt verb is left to the ranking's typo readings
    return tokens[0]


def _fact_words(fact: Fact) -> frozenset[str]:
    """The search tokens of what a fact says and what its curators asked of it."""
    texts = (*fact.wordings, *fact.keywords)
    return _words_of((*texts, *fact.questions, *fact.questions_fr))


@functools.lru_cache(maxsize=512)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    """The search tokens of a fact's texts, kept for the facts asked about lately: tokenising them all took about a
    millisecond a candidate, ten for a who-question whose verb no fact uses ("who painted the mona lisa"). Keyed by
    the texts themselves, so a reloaded base's changed fact is never given its old words."""
    return frozenset(search_tokens(rephrase(" ".join(texts))))


def _asked_actions(folded: str) -> set[str]:
    """The actions (models.ACTIONS) a "who did it" question's verbs stand for: its verb's, when it opens on one ("who
    reported on the layoffs first" asks who reported, not who laid off), else any its words name ("who were the
    trainers fired by")."""
    return _verb_actions(folded) or set().union(*(_ACTIONS_OF_WORD.get(word, set()) for word in folded.split()))


def _verb_actions(folded: str) -> set[str]:
    """The actions of the verb a who-question opens on ("who reported", "qui a licencié"), none when it opens on another
    word ("who is", "who were the trainers fired by")."""
    found = _WHO_VERB.search(folded)
    verb = found and _deed_word(folded, found)
    if verb in ("did", "does", "do", "has", "have", "had"):
        # "who did Sama work for", "whom did Invisible lay off": the verb after the subject (phrasal verbs as one word)
        after = _WHOM_VERB.search(rephrase(folded))
        verb = after.group("verb") if after else None
    return set(_ACTIONS_OF_WORD.get(verb, ())) if verb else set()


#: "Who did Sama work for": the verb after the subject of a question asking whom (up to three words of subject).
_WHOM_VERB = re.compile(r"^(?:who|whom)\s+(?:did|does|do|has|have|had)\s+(?:\w+\s+){1,3}?(?P<verb>\w+)(?:\s|$)")


#: The actions each fact's own who-questions ask about, by fact id (with the questions they were read from).
_PHRASED_ACTIONS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}


def _phrased_actions(fact: Fact) -> frozenset[str]:
    """The actions the fact's curators' who-questions ask who did ("who laid off the trainers": lay-off)."""
    questions = (*fact.questions, *fact.questions_fr)
    cached = _PHRASED_ACTIONS.get(fact.id)
    if cached is not None and cached[0] == questions:
        return cached[1]
    actions = frozenset(a for q in questions if classify(q).kind == "who" for a in _verb_actions(_folded(q)))
    _PHRASED_ACTIONS[fact.id] = (questions, actions)
    return actions


#: Words for a rough number of people or things in a statement (a precise count is curated as a `count` answer).
_VAGUE_QUANTITY = re.compile(r"\b(?:dozens?|hundreds?|thousands?|dizaines|centaines|milliers)\b")


def held_kinds(fact: Fact, asked: Asked) -> frozenset[str]:
    """The answer kinds a fact holds for a question: its curated ones, and a rough count for a how-many question when
    its statement gives one ("dozens of trainers", "hundreds of contractors"), which the schema cannot curate."""
    held = fact.answer_kinds
    if asked.kind == "how_many" and held.isdisjoint(asked.needs) and _VAGUE_QUANTITY.search(fold(fact.statement)):
        return held | {"count"}
    return held


#: The openings of the questions curators give the fact that introduces someone.
WHO_PREFIXES = ("who is", "what is", "qui est")

#: "who is X", "tell me about X", "qui est X": the name asked about.
WHO_IS = re.compile(
    r"^\s*(?:who\s+(?:is|was|are)|what\s+(?:is|was|are)|tell\s+me\s+about|qui\s+(?:est|etait|sont)|"
    r"c\s*est\s+qui|qu\s*est\s*ce\s+que|c\s*est\s+quoi|parle\s*moi\s+de|about)\s+(?P<name>.+?)\s*\??\s*$"
)

#: "kumar, who is that guy", "savreux c'est qui au juste": the name first, the question after.
NAME_FIRST = re.compile(
    r"^\s*(?P<name>[^,?]+?)\s*,?\s+(?:who\s+(?:is|was|s)\s+(?:that|this|he|she|they|it)(?:\s+(?:guy|person|man|woman|company|firm))?|"
    r"c\s*est\s+qui(?:\s+(?:au\s+juste|ca|celui\s*la|celle\s*la))?|qui\s+est\s*ce|c\s*est\s+quoi(?:\s+au\s+juste)?)\s*\??\s*$"
)

#: Words that only say what kind of someone is asked about ("this jindal person").
KIND_OF_SOMEONE = frozenset(
    search_tokens("person guy man woman company firm outfit organisation organization business people "
                  "personne mec type homme femme entreprise societe boite")
)  # fmt: skip
