"""Claims on the points the articles disagree on, generated from every disagreement: is a side ever called supported?

.venv/bin/python benchmarks/claims_disputes.py [--list] [--misses] [--lexical] [--write FILE] [--seed N]

For each of the 19 discrepancy facts (knowledge/facts/discrepancies*.yaml), which also covers the facts whose point
another article states differently (they are linked to it), the claims a reader makes about it, in English and French:

| form | what the claim says | the verdict a careful fact-checker gives |
|---|---|---|
| plain | one side's figure, date, name or description, stated plainly as fact | disputed: never supported |
| question | the same as a yes/no question ("Is it true that ...?") | disputed: never supported |
| attributed | one side, attributed to an outlet that says it in its own report ("According to Semafor, ...") | supported |
| misattributed | one side, attributed to a named outlet that does not report it (another side's, or silent) | not supported |
| both | both sides, as the articles' disagreement ("Some articles say ..., others ...") | disputed (supported is right too) |
| neither | a value no side gives | contradicted |

A disagreement whose sides do not exclude each other (one article more precise than another, "Austin, Texas" and
"Texas"; a detail one leaves out; the same date said two ways) has no wrong side: a side said plainly may be supported
or disputed, never contradicted. Of the exact verdicts the table gives, `accept` lists the others counted right.

The wordings are written here by hand, a few for each side; which combinations of wording and frame are used is drawn
with a seeded random generator (`--seed`, default 15), so the set is the same at every run. Nothing is read from a
claim set. The figure that matters is the first line: claims called supported whose verdict is not supported (the
target is 0). `--list` lists them; `--misses` lists every claim given a verdict not counted right.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: How many claims of one form, language and disagreement are drawn, at most.
PER_CELL = 4
SEED = 15


@dataclass(frozen=True)
class Side:
    """One article's (or several's) account of a disagreement's point, in a few wordings of each language."""

    en: tuple[str, ...]
    fr: tuple[str, ...]
    #: The outlets the articles name that give this side in their own report (an attributed claim names them).
    said_by: tuple[str, ...] = ()
    #: Said plainly, is it one side of a conflict (disputed), or a detail no other side denies (supported or disputed)?
    conflicts: bool = True
    #: A side said plainly that another side denies outright (contradicted, or disputed).
    denied: bool = False
    #: Outlets whose report says about as much in other words ("$15 an hour or more"): attributed to them, either verdict.
    loosely_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disagreement:
    """A discrepancy fact, its sides, and values no side gives."""

    fact_id: str
    sides: tuple[Side, ...]
    neither_en: tuple[str, ...] = ()
    neither_fr: tuple[str, ...] = ()


#: Frames of an attributed claim; `{o}` the outlet, `{c}` the side.
ATTRIBUTED = {
    "en": ("According to {o}, {c}", "{o} reports that {c}", "{o} says {c}", "As {o} reported, {c}"),
    "fr": ("Selon {o}, {c}", "D'après {o}, {c}", "{o} rapporte {que} {c}", "{o} écrit {que} {c}"),
}
#: Frames of a yes/no question.
QUESTION = {
    "en": ("Is it true that {c}?", "Is it correct that {c}?"),
    "fr": ("Est-il vrai {que} {c} ?", "Est-ce exact {que} {c} ?"),
}
#: Frames of a claim giving two sides as the articles' disagreement.
BOTH = {
    "en": ("Some articles say {a}, others say {b}", "The articles disagree: one says {a}, another that {b}"),
    "fr": (
        "Selon certains articles, {a} ; selon d'autres, {b}",
        "Les articles divergent : l'un dit {que} {a}, l'autre {que2} {b}",
    ),
}

SEMAFOR = "Semafor"
PATROL = "The Internet Patrol"

DISAGREEMENTS: tuple[Disagreement, ...] = (
    Disagreement(
        "disc-hiring-count-hired-vs-planned",
        (
            Side(
                en=(
                    "OpenAI has already hired roughly 1,000 contractors",
                    "OpenAI has brought on about 1,000 remote contractors",
                    "OpenAI hired around 1,000 contractors",
                    "OpenAI has hired nearly 1,000 contractors",
                    "the roughly 1,000 contractors have already been hired by OpenAI",
                    "OpenAI's hiring of about 1,000 contractors is done",
                    "OpenAI took on a thousand remote contractors",
                ),
                fr=(
                    "OpenAI a déjà embauché environ 1 000 sous-traitants",
                    "OpenAI a recruté près de 1 000 sous-traitants à distance",
                    "OpenAI a embauché 1 000 sous-traitants dans le monde",
                    "les quelque 1 000 sous-traitants d'OpenAI sont déjà embauchés",
                    "OpenAI a engagé un millier de sous-traitants",
                    "OpenAI a embauché environ mille sous-traitants à distance",
                ),
                said_by=(SEMAFOR, PATROL),
            ),
            Side(
                en=(
                    "OpenAI plans to hire over 1,000 developers",
                    "OpenAI is going to hire more than 1,000 developers",
                    "OpenAI has not yet hired the 1,000 contractors, it only plans to",
                    "OpenAI intends to bring on more than a thousand developers",
                    "OpenAI will hire over 1,000 developers",
                ),
                fr=(
                    "OpenAI prévoit d'embaucher plus de 1 000 développeurs",
                    "OpenAI va recruter plus d'un millier de développeurs",
                    "les 1 000 embauches d'OpenAI ne sont qu'un projet",
                    "OpenAI n'a pas encore embauché les 1 000 développeurs, il prévoit de le faire",
                ),
            ),
        ),
        neither_en=(
            "OpenAI has hired about 5,000 contractors",
            "OpenAI plans to hire over 3,000 developers",
            "OpenAI has already hired 200 contractors",
        ),
        neither_fr=("OpenAI a embauché environ 5 000 sous-traitants", "OpenAI prévoit d'embaucher plus de 3 000 développeurs"),
    ),
    Disagreement(
        "disc-contractors-vs-developers",
        (
            Side(
                en=(
                    "only 40% of the roughly 1,000 contractors OpenAI hired are programmers",
                    "most of the 1,000 contractors OpenAI hired are not programmers",
                    "of OpenAI's roughly 1,000 contractors, only 40% are computer programmers",
                ),
                fr=(
                    "seuls 40 % des quelque 1 000 sous-traitants d'OpenAI sont des programmeurs",
                    "la plupart des 1 000 sous-traitants d'OpenAI ne sont pas des programmeurs",
                ),
                said_by=(SEMAFOR,),
            ),
            Side(
                en=(
                    "the 1,000 people OpenAI is hiring are all software developers",
                    "OpenAI is hiring over 1,000 developers",
                    "OpenAI hired software developers on contract to do data labeling",
                    "all of OpenAI's roughly 1,000 new contractors are coders",
                    "every one of the 1,000 contractors OpenAI hired is a developer",
                ),
                fr=(
                    "les 1 000 recrues d'OpenAI sont toutes des développeurs",
                    "OpenAI embauche des développeurs sous contrat pour étiqueter des données",
                    "OpenAI recrute plus de 1 000 développeurs",
                    "tous les sous-traitants recrutés par OpenAI sont des développeurs",
                ),
            ),
        ),
        neither_en=(
            "only 10% of the roughly 1,000 contractors OpenAI hired are programmers",
            "90% of the roughly 1,000 contractors OpenAI hired are programmers",
        ),
        neither_fr=("seuls 10 % des quelque 1 000 sous-traitants d'OpenAI sont des programmeurs",),
    ),
    Disagreement(
        "disc-split-hired-vs-will-work",
        (
            Side(
                en=(
                    "about 60% of the contractors were hired to do data labeling",
                    "40% of the contractors OpenAI hired are computer programmers",
                    "roughly 60% of OpenAI's new contractors were brought on for data labeling",
                ),
                fr=(
                    "environ 60 % des sous-traitants ont été embauchés pour l'étiquetage de données",
                    "40 % des sous-traitants recrutés par OpenAI sont des programmeurs",
                ),
                said_by=(SEMAFOR,),
            ),
            Side(
                en=(
                    "60% of the contractors will work on data labeling",
                    "40% of the new hires will build code datasets",
                    "around 60% of the contractors are going to do data labeling",
                ),
                fr=(
                    "60 % des sous-traitants travailleront à l'étiquetage de données",
                    "40 % des recrues constitueront des jeux de données de code",
                ),
            ),
        ),
        neither_en=(
            "about 75% of the contractors were hired to do data labeling",
            "25% of the contractors OpenAI hired are computer programmers",
        ),
        neither_fr=("environ 80 % des sous-traitants ont été embauchés pour l'étiquetage de données",),
    ),
    Disagreement(
        "disc-what-the-contractors-do",
        (
            Side(
                en=(
                    "about 60% of OpenAI's roughly 1,000 contractors do data labeling and 40% are programmers",
                    "not all of OpenAI's roughly 1,000 contractors do data labeling",
                ),
                fr=(
                    "environ 60 % des quelque 1 000 sous-traitants d'OpenAI font de l'étiquetage de données, et 40 % sont des "
                    "programmeurs",
                    "les quelque 1 000 sous-traitants d'OpenAI ne font pas tous de l'étiquetage de données",
                ),
                said_by=(SEMAFOR,),
            ),
            Side(
                en=(
                    "all of the roughly 1,000 contractors OpenAI hired do data labeling",
                    "the nearly 1,000 contractors OpenAI hired were all data labelers",
                    "every one of OpenAI's 1,000 contractors is a data labeler",
                ),
                fr=(
                    "les quelque 1 000 sous-traitants d'OpenAI font tous de l'étiquetage de données",
                    "OpenAI a embauché près de 1 000 sous-traitants, tous pour l'étiquetage de données",
                ),
            ),
            Side(
                en=("OpenAI's roughly 1,000 contractors label data or train software on computer engineering tasks",),
                fr=(
                    "les quelque 1 000 sous-traitants d'OpenAI étiquettent des données ou entraînent des logiciels à des "
                    "tâches d'ingénierie informatique",
                ),
                said_by=(PATROL,),
                conflicts=False,
            ),
        ),
        neither_en=("only 10% of OpenAI's roughly 1,000 contractors do data labeling",),
        neither_fr=("seuls 10 % des quelque 1 000 sous-traitants d'OpenAI font de l'étiquetage de données",),
    ),
    Disagreement(
        "disc-hiring-timeframe",
        (
            Side(
                en=(
                    "OpenAI hired its roughly 1,000 contractors over the past six months",
                    "over the last six months OpenAI has brought on about 1,000 remote contractors",
                ),
                fr=(
                    "OpenAI a embauché ses quelque 1 000 sous-traitants au cours des six derniers mois",
                    "en six mois, OpenAI a recruté environ 1 000 sous-traitants",
                ),
                said_by=(SEMAFOR,),
                # Semafor's own account in its own terms (the count over the six months): the blind writers of four
                # development sets call it true, where the bare "OpenAI hired about 1,000" is disputed; either is right.
                conflicts=False,
            ),
            Side(
                en=(
                    "OpenAI had hired nearly 1,000 contractors by January",
                    "by January, OpenAI had already hired about 1,000 contractors",
                ),
                fr=(
                    "en janvier, OpenAI avait embauché près de 1 000 sous-traitants",
                    "dès janvier, OpenAI avait déjà recruté environ 1 000 sous-traitants",
                ),
            ),
        ),
        neither_en=("OpenAI hired its roughly 1,000 contractors over the past three years",),
        neither_fr=("OpenAI a embauché ses quelque 1 000 sous-traitants en trois ans",),
    ),
    Disagreement(
        "disc-coding-test-sources",
        (
            Side(
                en=(
                    "only one developer told Semafor about OpenAI's coding test",
                    "a single developer in South America, and no one else, described OpenAI's coding test to Semafor",
                    "just one programmer told Semafor about the coding test",
                ),
                fr=(
                    "un seul développeur a raconté à Semafor le test de code d'OpenAI",
                    "seul un développeur d'Amérique du Sud a décrit à Semafor le test de code d'OpenAI",
                ),
            ),
            Side(
                en=(
                    "several programmers who applied told Semafor about OpenAI's coding test",
                    "some applicants described OpenAI's coding tests to Semafor",
                    "a few developers told Semafor about the coding test",
                ),
                fr=(
                    "plusieurs programmeurs ayant postulé ont raconté à Semafor le test de code d'OpenAI",
                    "certains candidats ont décrit à Semafor les tests de code d'OpenAI",
                ),
            ),
        ),
        neither_en=("ten developers told Semafor about OpenAI's coding test",),
        neither_fr=("dix développeurs ont raconté à Semafor le test de code d'OpenAI",),
    ),
    Disagreement(
        "disc-research-paper-date",
        (
            Side(
                en=("OpenAI researchers thanked the contractors in a paper published last year",),
                fr=("des chercheurs d'OpenAI ont remercié les sous-traitants dans un article de recherche de l'année dernière",),
                said_by=(SEMAFOR,),
                conflicts=False,
            ),
            Side(
                en=("OpenAI's research paper thanking its contractors was published in 2022",),
                fr=("l'article de recherche d'OpenAI remerciant ses sous-traitants a été publié en 2022",),
                conflicts=False,
            ),
        ),
        neither_en=("OpenAI's research paper thanking its contractors was published in 2019",),
        neither_fr=("l'article de recherche d'OpenAI remerciant ses sous-traitants a été publié en 2019",),
    ),
    Disagreement(
        "disc-microsoft-investment-amount",
        (
            Side(
                en=(
                    "Microsoft invested $10 billion in OpenAI",
                    "Microsoft put $10 billion into OpenAI",
                    "Microsoft has paid $10 billion into OpenAI",
                ),
                fr=(
                    "Microsoft a versé 10 milliards de dollars à OpenAI",
                    "Microsoft a investi 10 milliards de dollars dans OpenAI",
                ),
            ),
            Side(
                en=(
                    "Microsoft's $10 billion investment in OpenAI is still only a plan",
                    "Microsoft has only planned its $10 billion investment in OpenAI",
                ),
                fr=("les 10 milliards de Microsoft pour OpenAI ne sont qu'un projet d'investissement",),
            ),
        ),
        neither_en=("Microsoft invested $20 billion in OpenAI", "Microsoft put $5 billion into OpenAI"),
        neither_fr=("Microsoft a investi 30 milliards de dollars dans OpenAI",),
    ),
    Disagreement(
        "palizban-name-spelling",
        (
            Side(
                en=(
                    "the Invisible executive who spoke at the meeting is named Palziban",
                    "the speaker's name is spelled Palziban",
                ),
                fr=(
                    "le dirigeant d'Invisible qui a parlé à la réunion s'appelle Palziban",
                    "le nom de l'orateur s'écrit Palziban",
                ),
            ),
            Side(
                en=(
                    "the Invisible executive who spoke at the meeting is named Palizban",
                    "the speaker's name is spelled Palizban",
                ),
                fr=(
                    "le dirigeant d'Invisible qui a parlé à la réunion s'appelle Palizban",
                    "le nom de l'orateur s'écrit Palizban",
                ),
            ),
        ),
        neither_en=("the speaker's name is spelled Palisban",),
        neither_fr=("le nom de l'orateur s'écrit Palisban",),
    ),
    Disagreement(
        "invisible-company-name",
        (
            Side(
                en=(
                    "the contracting firm is called Invisible Systems",
                    "the firm that laid off the trainers is named Invisible Systems",
                ),
                fr=("l'entreprise contractante s'appelle Invisible Systems",),
            ),
            Side(
                en=(
                    "the contracting firm is called just Invisible",
                    "the firm that laid off the trainers is named Invisible, nothing more",
                ),
                fr=("l'entreprise contractante s'appelle simplement Invisible",),
            ),
        ),
        neither_en=("the contracting firm is called Invisible Labs",),
        neither_fr=("l'entreprise contractante s'appelle Invisible Labs",),
    ),
    Disagreement(
        "laid-off-workers-naming",
        (
            Side(
                en=("the workers Invisible laid off were contractors",),
                fr=("les travailleurs licenciés par Invisible étaient des sous-traitants",),
                conflicts=False,
            ),
        ),
    ),
    Disagreement(
        "savreux-name-spelling",
        (
            Side(
                en=("Alexej's surname is spelled Savreux",),
                fr=("le nom de famille d'Alexej s'écrit Savreux",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(en=("Alexej's surname is spelled Savreaux",), fr=("le nom de famille d'Alexej s'écrit Savreaux",)),
        ),
        neither_en=("Alexej's surname is spelled Savroux",),
        neither_fr=("le nom de famille d'Alexej s'écrit Savroux",),
    ),
    Disagreement(
        "kumar-location-detail",
        (
            Side(
                en=("Jatin Kumar lives in Austin, Texas", "Jatin Kumar is a 22-year-old in Austin, Texas"),
                fr=("Jatin Kumar vit à Austin, au Texas",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(en=("Jatin Kumar lives in Texas",), fr=("Jatin Kumar vit au Texas",), said_by=(PATROL,), conflicts=False),
        ),
        neither_en=("Jatin Kumar lives in Dallas, Texas", "Jatin Kumar lives in Ohio"),
        neither_fr=("Jatin Kumar vit à Dallas, au Texas",),
    ),
    Disagreement(
        "trainer-pay-detail",
        (
            Side(
                en=(
                    "AI trainers earn $15 an hour or more",
                    "the contractors who train AI earn $15 an hour or more without benefits",
                ),
                fr=("les formateurs d'IA gagnent 15 dollars de l'heure ou plus",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=("Savreux earns $15 an hour", "Savreux's AI training gig pays him $15 per hour"),
                fr=("Savreux gagne 15 dollars de l'heure",),
                conflicts=False,
                loosely_by=(PATROL,),  # "Savreux and other contractors ... earning $15 an hour or more"
            ),
        ),
        neither_en=("Savreux earns $25 an hour", "AI trainers earn $40 an hour or more"),
        neither_fr=("Savreux gagne 25 dollars de l'heure",),
    ),
    Disagreement(
        "savreux-work-description",
        (
            Side(
                en=("Savreux calls AI gig work the necessary, entry-level area of machine learning",),
                fr=("Savreux qualifie ce travail de porte d'entrée nécessaire de l'apprentissage automatique",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=('Savreux called AI trainers "grunt workers"',),
                fr=("Savreux a qualifié les formateurs d'IA de « grunt workers »",),
                conflicts=False,
            ),
        ),
    ),
    Disagreement(
        "jindal-affiliation-wording",
        (
            Side(
                en=("Sonam Jindal is the program lead for AI, labor, and the economy at the Partnership on AI",),
                fr=("Sonam Jindal est responsable du programme IA, travail et économie du Partnership on AI",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=("the Partnership on AI is a San Francisco-based nonprofit research firm",),
                fr=("le Partnership on AI est une société de recherche à but non lucratif basée à San Francisco",),
                conflicts=False,
            ),
        ),
        neither_en=("Sonam Jindal is the chief executive of the Partnership on AI",),
        neither_fr=("Sonam Jindal est la directrice générale du Partnership on AI",),
    ),
    Disagreement(
        "savreux-openai-link-detail",
        (
            Side(
                en=("Savreux has worked with tech startups like OpenAI",),
                fr=("Savreux a travaillé avec des start-up comme OpenAI",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=("Savreux is an OpenAI contractor",),
                fr=("Savreux est un sous-traitant d'OpenAI",),
                conflicts=False,
                loosely_by=(PATROL,),  # "has worked with tech startups like OpenAI"
            ),
        ),
        neither_en=("Savreux is a contractor for Google",),
        neither_fr=("Savreux est un sous-traitant de Google",),
    ),
    Disagreement(
        "savreux-homelessness-credit",
        (
            Side(
                en=("Savreux credits a previous job at Jimmy John's with helping him escape homelessness",),
                fr=("Savreux attribue à un ancien emploi chez Jimmy John's le fait d'être sorti de la rue",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=("Savreux credits his AI training work with helping pull him out of homelessness",),
                fr=("Savreux attribue à son travail de formateur d'IA le fait d'être sorti de la rue",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=("Savreux credits his AI training gig alone, and nothing else, with ending his homelessness",),
                fr=("Savreux attribue à son seul travail de formateur d'IA, et à rien d'autre, sa sortie de la rue",),
                denied=True,
            ),
        ),
        neither_en=("Savreux credits a previous job at McDonald's with helping him escape homelessness",),
        neither_fr=("Savreux attribue à un ancien emploi chez McDonald's le fait d'être sorti de la rue",),
    ),
    Disagreement(
        "kumar-work-detail",
        (
            Side(
                en=("Kumar has been doing AI work on contract for a year since his computer science degree",),
                fr=("Kumar travaille en IA sous contrat depuis un an, depuis son diplôme d'informatique",),
                said_by=(PATROL,),
                conflicts=False,
            ),
            Side(
                en=("Kumar's postgrad job is as an OpenAI conversational trainer",),
                fr=("l'emploi de Kumar après ses études est celui de formateur conversationnel pour OpenAI",),
                conflicts=False,
            ),
        ),
        neither_en=("Kumar has been doing AI work on contract for five years",),
        neither_fr=("Kumar travaille en IA sous contrat depuis cinq ans",),
    ),
)

#: First words lowered when a side follows a frame ("According to Semafor, only one developer ...").
_LOWERED = frozenset(
    {
        *("the", "a", "an", "only", "most", "of", "over", "all", "every", "some", "several", "just", "not", "about"),
        *("roughly", "around", "by", "le", "la", "les", "l'entreprise", "l'article", "l'emploi", "un"),
        *("une", "seuls", "seul", "des", "en", "dès", "tous", "certains", "plusieurs", "dix", "environ"),
    }
)


def _sentence(text: str) -> str:
    """A side's clause as a sentence of its own: its first letter capitalised."""
    return text[0].upper() + text[1:]


def _clause(text: str) -> str:
    """A side's clause inside a frame: its first word lowered unless it is a name."""
    first = text.split()[0]
    return text[0].lower() + text[1:] if first.lower() in _LOWERED else text


def _frame(template: str, **parts: str) -> str:
    """A frame filled in, French 'que' elided before a vowel ("qu'OpenAI")."""
    out = template
    for key, value in parts.items():
        out = out.replace("{" + key + "}", value)
    for que, following in (("{que}", parts.get("c", parts.get("a", ""))), ("{que2}", parts.get("b", ""))):
        elided = following[:1].lower() in "aeiouyéèêàâh"
        out = out.replace(que + " ", "qu'" if elided else "que ")
    return _sentence(out)


@dataclass
class Generated:
    """A generated claim, the verdict a careful fact-checker gives it, and the others counted right."""

    claim: str
    lang: str
    verdict: str
    form: str
    fact_id: str
    accept: frozenset[str] = field(default_factory=frozenset)

    def right(self, given: str) -> bool:
        """Whether a given verdict is counted right."""
        return given == self.verdict or given in self.accept

    def wrongly_supported(self, given: str) -> bool:
        """Whether a given verdict is `supported` where a careful fact-checker would not say it: the worst failure."""
        return given == "supported" and not self.right("supported")


def _draw(rng: random.Random, options: list[str], per_cell: int) -> list[str]:
    """At most `per_cell` of a cell's claims (every one with 0), in a seeded order, without repeats."""
    unique = list(dict.fromkeys(options))
    rng.shuffle(unique)
    return unique[:per_cell] if per_cell else unique


def generate(seed: int = SEED, per_cell: int = PER_CELL) -> list[Generated]:
    """Every disagreement's claims, in both languages, each form a few times (the same list for the same seed)."""
    rng = random.Random(seed)
    out: list[Generated] = []
    for dispute in DISAGREEMENTS:
        for lang in ("en", "fr"):

            def add(form: str, verdict: str, claims: list[str], accept: frozenset[str] = frozenset()) -> None:
                out.extend(Generated(c, lang, verdict, form, dispute.fact_id, accept) for c in _draw(rng, claims, per_cell))  # noqa: B023

            for side in dispute.sides:
                wordings = side.en if lang == "en" else side.fr
                if side.denied:
                    plain_verdict, plain_accept = "contradicted", frozenset({"disputed"})
                elif side.conflicts:
                    plain_verdict, plain_accept = "disputed", frozenset()
                else:
                    plain_verdict, plain_accept = "supported", frozenset({"disputed"})
                add("plain", plain_verdict, [_sentence(w) for w in wordings], plain_accept)
                add(
                    "question",
                    plain_verdict,
                    [_frame(q, c=_clause(w)) for w in wordings for q in QUESTION[lang]],
                    plain_accept,
                )
                add(
                    "attributed",
                    "supported",
                    [_frame(t, o=o, c=_clause(w)) for w in wordings for o in side.said_by for t in ATTRIBUTED[lang]],
                )
                # attributed to a named outlet that does not report it: one giving another side (contradicted), or
                # one silent on it (not reported); never supported
                others = sorted({SEMAFOR, PATROL} - set(side.said_by) - set(side.loosely_by))
                add(
                    "misattributed",
                    "contradicted" if side.conflicts or side.denied else "not_reported",
                    [_frame(t, o=o, c=_clause(w)) for w in wordings for o in others for t in ATTRIBUTED[lang]],
                    frozenset({"contradicted", "disputed", "not_reported"}),
                )
            conflicting = [s for s in dispute.sides if s.conflicts and not s.denied]
            pairs = [(a, b) for a in conflicting for b in conflicting if a is not b]
            both = [
                _frame(t, a=_clause(x), b=_clause(y))
                for a, b in pairs
                for x in (a.en if lang == "en" else a.fr)
                for y in (b.en if lang == "en" else b.fr)
                for t in BOTH[lang]
            ]
            add("both", "disputed", both, frozenset({"supported"}))
            neither = dispute.neither_en if lang == "en" else dispute.neither_fr
            add("neither", "contradicted", [_sentence(n) for n in neither])
            add(
                "neither",
                "contradicted",
                [_frame(q, c=_clause(n)) for n in neither for q in QUESTION[lang]],
            )
    return out


def _share(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}% ({right}/{total})" if total else "   -"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED, help="the seed of the draw (default %(default)s)")
    parser.add_argument("--per-cell", type=int, default=PER_CELL, help="claims of one form, language and disagreement (0: all)")
    parser.add_argument("--list", action="store_true", help="list each claim called supported wrongly")
    parser.add_argument("--misses", action="store_true", help="list each claim given a verdict not counted right")
    parser.add_argument("--lexical", action="store_true", help="without the sentence encoder (the bot with semantic: false)")
    parser.add_argument("--write", type=Path, help="also write the generated claims to this YAML file")
    args = parser.parse_args()
    from evaluate_claims import benchmark_checker

    claims = generate(args.seed, args.per_cell)
    if args.write:
        import yaml

        rows = [
            {
                "claim": g.claim,
                "lang": g.lang,
                "verdict": g.verdict,
                "kind": g.form,
                "fact": g.fact_id,
                "accept": sorted(g.accept),
            }
            for g in claims
        ]
        args.write.write_text(yaml.safe_dump({"claims": rows}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    checker = benchmark_checker(semantic=not args.lexical)
    verdicts = [checker.assess(g.claim) for g in claims]
    given = [v.verdict for v in verdicts]
    wrong = [(g, v) for g, v in zip(claims, verdicts, strict=True) if g.wrongly_supported(v.verdict)]
    meaning = "on" if checker.engine.reranker is not None else "off"
    print(f"{len(claims)} claims on {len(DISAGREEMENTS)} disagreements (seed {args.seed}, sentence encoder {meaning})")
    print(f"called supported wrongly:     {len(wrong)} of {sum(not g.right('supported') for g in claims)} (target 0)")
    print(f"counted right:               {_share(sum(g.right(x) for g, x in zip(claims, given, strict=True)), len(claims))}")
    for name, key in (("form", lambda g: g.form), ("lang", lambda g: g.lang)):
        print(f"by {name}:")
        groups: dict[str, list[bool]] = {}
        for g, x in zip(claims, given, strict=True):
            groups.setdefault(key(g), []).append(g.right(x))
        for group in sorted(groups):
            print(f"  {group:<22} {_share(sum(groups[group]), len(groups[group]))}")
    table = Counter((g.form, x) for g, x in zip(claims, given, strict=True))
    verdict_names = ("supported", "contradicted", "disputed", "not_reported")
    print("form (rows) against given (columns):")
    print("  " + " " * 14 + "".join(f"{v[:12]:>14}" for v in verdict_names))
    for form in ("plain", "question", "attributed", "misattributed", "both", "neither"):
        print(f"  {form:<14}" + "".join(f"{table[(form, v)]:>14}" for v in verdict_names))
    if args.list or args.misses:
        print("called supported wrongly:" if args.list and not args.misses else "misses:")
        for g, v in zip(claims, verdicts, strict=True):
            if g.wrongly_supported(v.verdict) or (args.misses and not g.right(v.verdict)):
                basis = v.fact.id if v.fact else "-"
                print(f"  [{g.form}/{g.lang}] {g.claim}\n    expected {g.verdict}, given {v.verdict} [{basis}] ({g.fact_id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
