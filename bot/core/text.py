"""Text normalisation shared by the loader (quote checks) and the engine (index and queries)."""

from __future__ import annotations

import functools
import re
import unicodedata
from contextvars import ContextVar, Token
from itertools import chain

_SINGLE_QUOTES = dict.fromkeys(map(ord, "‘’‚‛′`´"), "'")
_DOUBLE_QUOTES = dict.fromkeys(map(ord, "“”„‟″"), '"')
_QUOTE_TABLE = {**_SINGLE_QUOTES, **_DOUBLE_QUOTES}
_SPACES = re.compile(r"[^\S\n]+")
_ALL_SPACE = re.compile(r"\s+")


def normalise_quote(text: str, *, keep_lines: bool = False) -> str:
    """Straighten typographic quotes and collapse white space: the only liberties a quote may take.

    With keep_lines, line breaks survive (as single newlines) so a quote cannot span two paragraphs.
    """
    text = text.translate(_QUOTE_TABLE)
    if keep_lines:
        lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
        return "\n".join(lines)
    return _ALL_SPACE.sub(" ", text).strip()


# --- search normalisation: shared by the index (built once at load) and every query ---

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# 1,000 / 1 000 / 1.000 / 10 000 -> 1000 / 10000 (thin and no-break spaces were made plain spaces first)
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})(?:[, .](\d{3}))+(?![\d])")
_WORD = re.compile(r"[a-z0-9$]+(?:-+[a-z0-9$]+)*|%")
_NUMBER_HINT = re.compile(r"\d[, .]\d|\d(?:bn|mn|m|k)\b|\d\s?h\b")
_MONEY = re.compile(r"\$(\d)")
# $10bn, 5m, 15k: the amount and its unit as words
_SHORT_AMOUNT = re.compile(r"(?<![\w.])(\d+)(bn|mn|m|k)\b")
#: Hours written short ("un test de 5h", "a 5 h shift", "17h"): a number of hours, as the facts write it.
_SHORT_HOURS = re.compile(r"(?<![\w.])(\d+)\s?h\b(?!\d)")
_AMOUNT_UNITS = {"bn": " billion", "mn": " million", "m": " million", "k": "000"}

STOP_WORDS_EN = frozenset(
    ["a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "during", "each", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "tell", "know", "say", "said", "says", "please", "anything", "something", "thing", "things", "much", "many", "tho", "tbh", "lol", "pls", "plz"]
)  # fmt: skip
STOP_WORDS_FR = frozenset(
    ["a", "ai", "au", "aux", "avec", "c", "ca", "ce", "cela", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "elles", "en", "est", "et", "etait", "ete", "etre", "eu", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "meme", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "pour", "qu", "que", "quel", "quelle", "quelles", "quels", "qui", "quoi", "s", "sa", "sans", "se", "ses", "si", "son", "sont", "sur", "t", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "est-ce", "ete", "avait", "avaient", "dit", "quoi", "comment", "pourquoi", "quand", "combien", "ou", "sait", "savoir", "parle", "dire", "vu", "exactement", "vraiment", "bah", "ben", "hein", "peut", "peuvent", "pouvait", "pouvaient", "pourrait", "pourraient", "doit", "doivent", "devait", "devaient", "devrait", "devraient", "faut", "fallait",
     # which one, and the forms of "dire" beside "dit" and "dire": they say what is asked, not about what
     "lequel", "laquelle", "lesquels", "lesquelles", "disait", "disaient", "disent", "dira", "diront", "disant",
     # the rest of "être" and "avoir" as auxiliaries, as English "was", "were", "been", "have" are ("ils étaient combien")
     "etaient", "etant", "sera", "seront", "serait", "seraient", "soit", "soient", "suis", "sommes", "etes", "fut", "furent",
     "avons", "avez", "aura", "auront", "aurait", "auraient", "ayant", "eux"]
)  # fmt: skip
#: French function words that are not stop words (removing them from questions lost as many answers as it gained, on
#: the development sets): they say nothing of what a question is about, so they are never half of a two-word concept
#: ("licenciements chez Invisible" makes no concept of "layoff chez").
FUNCTION_WORDS_FR = frozenset(
    ["chez", "comme", "autre", "autres", "tout", "tous", "toute", "toutes", "aussi", "tres", "trop", "plus", "chaque",
     "quelque", "quelques", "seulement", "seul", "tel", "telle", "tels", "telles", "ceux", "celui", "celle", "celles",
     "ici", "donc", "alors", "puis", "juste", "encore", "beaucoup", "chose", "choses", "dont", "jusqu", "maintenant",
     "pendant", "lorsque", "parce", "ainsi", "deja"]
)  # fmt: skip
#: Words that frame a request or fill a spoken question, in both languages ("je voudrais savoir", "tu peux me dire",
#: "pourriez-vous", "du coup", "franchement"; "basically", "honestly"): as "can you tell me" is, they ask nothing.
REQUEST_WORDS = frozenset(
    ["peux", "pouvez", "pourrais", "pourriez", "voudrais", "voudrait", "voudrions", "voulez", "veux", "aimerais",
     "aimerait", "aimerions", "dis", "dites", "franchement", "serieux", "serieusement", "bref", "sinon",
     "basically", "honestly", "seriously", "literally", "wondering", "wonder"]
)  # fmt: skip
STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_FR | REQUEST_WORDS

#: Word forms mapped to one canonical token, so English and French (and their variants) meet.
SYNONYMS: dict[str, str] = {
    # numbers written out
    "thousand": "1000", "mille": "1000", "hundred": "100", "billion": "billion",
    "billions": "billion", "milliard": "billion", "milliards": "billion", "bn": "billion", "percent": "%",
    "pourcent": "%", "pourcentage": "%",
    # hiring / firing
    "hire": "hire", "hired": "hire", "hiring": "hire", "hires": "hire", "recruit": "hire", "recruited": "hire",
    "recruiting": "hire", "recruitment": "hire", "recrute": "hire", "recrutement": "hire", "embauche": "hire",
    "embauches": "hire", "embaucher": "hire", "embauchees": "hire", "recruter": "hire", "employ": "worker",
    "employe": "worker", "employes": "worker", "employer": "employer", "employers": "employer", "payer": "pay",
    "make": "make", "makes": "make", "made": "make", "making": "make", "paycheck": "pay", "paychecks": "pay",
    "paycheque": "pay", "paycheques": "pay",
    "tutor": "trainer", "tutors": "trainer", "ppl": "peopl", "bosse": "travaill", "bossent": "travaill",
    "bossait": "travaill", "bossaient": "travaill", "bosser": "travaill", "bosseur": "worker", "bosseurs": "worker", "bosseuse": "worker", "bosseuses": "worker",
    "palpe": "pay", "palpent": "pay", "palper": "pay", "palpait": "pay", "palpaient": "pay", "annotateur": "labeler", "annotateurs": "labeler", "annotatrice": "labeler",
    "annotatrices": "labeler", "codeur": "programmer", "codeurs": "programmer", "informaticien": "programmer",
    "informaticiens": "programmer", "congedie": "layoff", "congedies": "layoff", "congedier": "layoff",
    "layoff": "layoff", "layoffs": "layoff", "fired": "layoff", "fire": "layoff", "firing": "layoff",
    "sacked": "layoff", "dismissed": "layoff", "cut": "layoff", "cuts": "layoff", "licencie": "layoff", "licencies": "layoff",
    "licenciement": "layoff", "licenciements": "layoff", "licencier": "layoff", "renvoye": "layoff",
    "renvoyes": "layoff", "vires": "layoff", "vire": "layoff", "axed": "layoff", "canned": "layoff",
    # gig work (a four-letter plural keeps its "s" for the stemmer)
    "gigs": "gig", "jobs": "job", "hustle": "gig", "hustles": "gig",
    # workers
    "contractor": "contractor", "contractors": "contractor", "contract": "contractor", "contracting": "contractor",
    "sous-traitant": "contractor", "sous-traitants": "contractor", "soustraitant": "contractor",
    "soustraitants": "contractor", "soustraitante": "contractor", "soustraitantes": "contractor",
    "soustraitance": "contractor", "soustraiter": "contractor", "soustraite": "contractor", "prestataire": "contractor", "prestataires": "contractor",
    "contractuel": "contractor", "contractuels": "contractor", "contractante": "contractor",
    "freelancer": "contractor", "freelancers": "contractor",
    "worker": "worker", "workers": "worker", "travailleur": "worker", "travailleurs": "worker",
    "employee": "worker", "employees": "worker", "staff": "worker", "salarie": "worker",
    "trainer": "trainer", "trainers": "trainer", "formateur": "trainer", "formateurs": "trainer",
    "labeler": "labeler", "labelers": "labeler", "labeller": "labeler", "labellers": "labeler",
    "etiqueteur": "labeler", "etiqueteurs": "labeler", "annotator": "labeler", "annotators": "labeler",
    "labeling": "label", "labelling": "label", "labels": "label", "labelled": "label", "labeled": "label",
    "etiquetage": "label", "annotation": "label", "annotate": "label",
    # pay
    "pay": "pay", "paid": "pay", "wage": "pay", "wages": "pay", "salary": "pay", "salaire": "pay",
    "salaires": "pay", "paye": "pay", "payes": "pay", "remuneration": "pay", "earn": "pay", "earns": "pay",
    "earning": "pay", "gagne": "pay", "gagnent": "pay", "hourly": "hour", "heure": "hour", "hours": "hour",
    # training / data / code
    "trains": "train", "trained": "train", "training": "train",
    "entrainer": "train", "entrainement": "train", "entraine": "train",
    "data": "data", "donnees": "data", "donnee": "data", "dataset": "dataset", "datasets": "dataset",
    "code": "code", "codes": "code", "coding": "code", "codage": "code", "coder": "code", "programming": "code",
    "programmer": "programmer", "programmers": "programmer", "developer": "programmer", "developers": "programmer",
    "developpeur": "programmer", "developpeurs": "programmer", "programmeur": "programmer", "programmeurs": "programmer", "dev": "programmer", "devs": "programmer",
    "test": "test", "tests": "test", "exam": "test", "assessment": "test", "entretien": "interview",
    "interviews": "interview", "model": "model", "models": "model", "modele": "model", "modeles": "model",
    # companies and people, common variants
    "open": "open", "openai": "openai", "microsoft": "microsoft", "msft": "microsoft",
    "company": "company", "companies": "company", "entreprise": "company", "entreprises": "company",
    "societe": "company", "firm": "company", "firms": "company", "firme": "company",
    "ceo": "ceo", "pdg": "ceo", "boss": "ceo", "chief": "ceo",
    "investment": "invest", "invested": "invest", "investissement": "invest", "investi": "invest", "invest": "invest",
    "investor": "investor", "investors": "investor", "investisseur": "investor",
    "union": "union", "unionize": "union", "unionise": "union", "unionized": "union", "syndicat": "union",
    "syndiquer": "union", "unionised": "union", "unionizing": "union",
    "harmful": "harmful", "prejudiciables": "harmful", "prejudiciable": "harmful", "toxic": "harmful",
    "violence": "violence", "violents": "violence", "violent": "violence",
    "homeless": "homeless", "homelessness": "homeless", "sdf": "homeless", "sans-abri": "homeless",
    "meeting": "meeting", "month": "month", "months": "month", "mois": "month",
    "week": "week", "semaine": "week", "year": "year", "years": "year", "ans": "year", "annee": "year",
    "old": "old", "age": "old", "aged": "old",
    "kenya": "kenya", "kenyan": "kenya", "nairobi": "nairobi",
    "headcount": "headcount", "effectif": "headcount", "effectifs": "headcount",
    "benefits": "benefit", "benefit": "benefit", "avantages": "benefit", "insurance": "insurance",
    "minimum": "minimum", "smic": "minimum",
    # everyday and slang French for the reporting's words ("la boîte", "le boulot", "le mec", "la thune")
    "boite": "company", "boites": "company", "boulot": "job", "boulots": "job", "taf": "job",
    "emploi": "job", "emplois": "job", "mec": "guy", "mecs": "guy", "meuf": "guy", "meufs": "guy",
    "money": "money", "argent": "money", "thune": "money", "thunes": "money", "pognon": "money",
    "oseille": "money", "paie": "pay", "virer": "layoff", "viree": "layoff", "virees": "layoff",
    "mutuelle": "insurance", "mutuelles": "insurance", "indicateur": "metric", "indicateurs": "metric", "metrique": "metric",
    "metriques": "metric", "metrics": "metric", "vote": "vote", "votes": "vote", "voted": "vote", "voting": "vote",
    "voter": "vote", "votent": "vote", "votait": "vote", "votaient": "vote", "votants": "vote",
    # "founded" is not "found" (of find)
    "founded": "founder", "founder": "founder", "founders": "founder", "founding": "founder", "cofounder": "founder",
    "cofounded": "founder", "fonde": "founder", "fondee": "founder", "fonder": "founder", "fondateur": "founder", "fondateurs": "founder",
    "fondatrice": "founder", "fondation": "founder",
}  # fmt: skip
#: The reporting's vocabulary in French and English, each family meeting on the English word's own token (so English
#: reads as before): a French question finds a fact through its English text as well as its French one ("le labo
#: derrière ChatGPT" is "the lab behind ChatGPT", "garder l'anonymat" is staying anonymous).
_BILINGUAL_FAMILIES: dict[str, str] = {
    "behind": "derriere", "lab": "labs labo labos laboratoire laboratoires", "tool": "outil outils",
    "team": "equipe equipes", "task": "tache taches", "giant": "geant geants",
    "maker": "fabricant fabricants createur createurs creatrice creator creators", "human": "humain humains humaine humaines",
    "softwar": "logiciel logiciels", "languag": "langage langages langue langues",
    "learn": "apprendre apprend apprennent appris apprenait apprenaient apprentissage",
    "teach": "taught enseigner enseigne enseignent enseignait", "content": "contenu contenus",
    "explain": "explanation explanations expliquer explique expliquent expliquait expliquaient explication explications",
    "project": "projet projets", "anonym": "anonymous anonymity anonymously anonyme anonymes anonymat anonymement",
    "amount": "montant montants", "launch": "lancer lance lances lancee lancees lancement lancait",
    "writ": "wrote written ecrire ecrit ecrits ecrite ecrites ecrivent ecrivait rediger redige redigee redigees redigent",
    "thank": "remercier remercie remercies remercient remerciait remerciement remerciements",
    "help": "aider aide aident aidait aidaient", "investigation": "enquete enquetes",
    "comput": "computers ordinateur ordinateurs", "record": "enregistre enregistree enregistrees enregistrement",
    "reason": "raison raisons",
    "moderator": "moderators moderateur moderateurs moderatrice", "platform": "platforms plateforme plateformes",
    "sexual": "sexuel sexuels sexuelle sexuelles", "hate": "haine", "filter": "filtre filtrer filtrage filtres",
    "browser": "navigateur navigateurs", "natural": "naturel naturelle naturels",
    # everyday verbs and words of place and order, as readers ask in French ("il voulait rester anonyme", "le dev
    # sud-américain", "la première chose", "ça a débuté quand")
    "want": "vouloir voulait voulaient veut veulent voulu voulue voulus", "stay": "rester reste restent restait restaient "
    "restes restee restees", "remain": "restant restants restante restantes", "south": "sud", "north": "nord",
    "west": "ouest", "american": "americain americains americaine americaines", "first": "premier premiere premiers premieres",
    "start": "commence commencee commencer commencent commencait commencement demarrer demarre",
}  # fmt: skip
for _token, _forms in _BILINGUAL_FAMILIES.items():
    for _form in _forms.split():
        SYNONYMS.setdefault(_form, _token)

# Ligatures do not decompose: "main-d'œuvre" must meet "main-d'oeuvre".
_LIGATURES = {ord("œ"): "oe", ord("Œ"): "OE", ord("æ"): "ae", ord("Æ"): "AE"}
_FOLD_TABLE = {**_QUOTE_TABLE, **_DASHES, **_LIGATURES, 0x00A0: " ", 0x202F: " ", 0x2009: " "}
#: The endings the light stemmer strips, longest first, each with the shortest stem it may leave: English ones
#: and French verb and participle endings (accents are gone by then: "embauchées" is "embauchees"), so that
#: embaucher, embauche, embauchée, embauchait and embauchaient meet, and licencié, licencier and licenciements.
#: "-aying" leaves three letters (paying is pay), and "-ity" its "t" (quality meets qualité: _LEAVING).
ENDINGS: tuple[tuple[str, int], ...] = (
    ("eraient", 3), ("erait", 3), ("eront", 3), ("aient", 3), ("ements", 4), ("ement", 4), ("ait", 3),
    ("ings", 4), ("ying", 2), ("ing", 4), ("ity", 4), ("ies", 4), ("ied", 4), ("ees", 4), ("ee", 4), ("er", 5), ("es", 4),
    ("ed", 4), ("s", 4), ("e", 4),
)  # fmt: skip
SUFFIXES = tuple(ending for ending, _ in ENDINGS)
#: Endings of which the stemmer strips only part: "paying" is pay; "quality", "identity", "density" lose only their "y",
#: so they meet French "qualité", "identité", "densité" (stemmed "qualit") and the plurals "qualities", "qualités".
_LEAVING = {"ying": 3, "ity": 1}
#: Stems of the curated synonyms' word families, so that every inflection of them meets the synonym, not only the
#: forms listed above ("embauchait", "licenciait", "payait", "recrutaient"). Curated rather than derived from the
#: list: a derived "form" would make "formed" a training word and "fond" make "fonds" a founding.
STEM_SYNONYMS: dict[str, str] = {
    "embauch": "hire", "recrut": "hire", "licenci": "layoff", "renvoy": "layoff", "gagn": "pay", "pay": "pay",
    "salair": "pay", "remuner": "pay", "entrain": "train", "prestatair": "contractor",
    "freelanc": "contractor", "etiquet": "label", "investiss": "invest", "syndiqu": "union", "unioniz": "union",
    "unionis": "union", "cofound": "founder", "sack": "layoff", "dismiss": "layoff", "pourcentag": "%",
    "semain": "week", "heur": "hour", "palp": "pay", "congedi": "layoff", "avantag": "benefit", "insuranc": "insurance", "compan": "company",
    "entrepris": "company", "codag": "code", "programm": "code", "travailleur": "worker",
}  # fmt: skip


#: False friends: words English and French write alike whose meanings differ, read by the text's language. A curated
#: synonym of one language must not give its meaning to the other's word: the English "former employee" is no French
#: "former" (to train), nor is an English "patron" a boss, "rue" the street, a "cent" a hundred, a "reunion" a meeting,
#: an "entrepreneur" a contractor or "salaries" the staff (French "salariés"); the French "pays" is a country, "laid"
#: ugly, and "en train de" is "currently", not training. A text that shows no language is read in the language of the
#: question being read when it is a fragment of it (READING), else each word with the meaning either table gives it, as
#: before the tables were told apart (a keyword, or a fragment of a fact's text, is read as it always was). (French
#: "an", a year, stays a stop word as English "an" is: read as a year, "l'an dernier" drew far questions to the one fact
#: dated so. "Cut" has no French meaning; every development question using it means job cuts.)
#: The synonyms that hold in English text only.
ENGLISH_SYNONYMS: dict[str, str] = {"pays": "pay", "laid": "layoff", "salaries": "pay"}
#: The synonyms that hold in French text only; "" drops the word ("en train de").
FRENCH_SYNONYMS: dict[str, str] = {
    "former": "train", "forme": "train", "formation": "train", "rue": "homeless", "patron": "ceo", "patronne": "ceo",
    "cent": "100", "reunion": "meeting", "entrepreneur": "contractor", "entrepreneurs": "contractor",
    "salaries": "worker", "assurance": "insurance", "gars": "guy", "train": "",
}  # fmt: skip
#: A word read in a text that shows no language: either table's meaning, the French one first ("en train de" aside).
_EITHER: dict[str, str] = {**ENGLISH_SYNONYMS, **{word: token for word, token in FRENCH_SYNONYMS.items() if token}}
#: Stems whose family joins a synonym in French only (English "societies" is no company, "assurances" no insurance).
FRENCH_STEM_SYNONYMS: dict[str, str] = {"societ": "company", "assuranc": "insurance"}
_FALSE_FRIEND = re.compile(
    r"\b(?:" + "|".join(sorted(ENGLISH_SYNONYMS.keys() | FRENCH_SYNONYMS.keys())) + r"|societ[a-z]*|assuranc[a-z]*)\b"
)


def fold(text: str) -> str:
    """Lower-case, strip accents (and zalgo marks), straighten quotes and dashes, join thousands."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = _COMBINING.sub("", text)
        text = text.translate(_FOLD_TABLE).casefold()
    if "$" in text:
        text = _MONEY.sub(r"\1", text)
    # Most texts have no number to rewrite: one quick search tells, before either rewrite is tried.
    if _NUMBER_HINT.search(text):
        text = _SHORT_AMOUNT.sub(lambda m: m.group(1) + _AMOUNT_UNITS[m.group(2)], text)
        text = _SHORT_HOURS.sub(r"\1 hours", text)
        text = _THOUSANDS.sub(lambda m: m.group(0).replace(",", "").replace(" ", "").replace(".", ""), text)
    return text


@functools.lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A light suffix stripper, English and French: hire/hired/hiring, trainer/trainers, embaucher/embauchait,
    licencié/licenciements; a curated synonym's family goes to the synonym (STEM_SYNONYMS). A false friend alone, with
    no text to tell its language, takes the meaning either table gives it (as before they were told apart)."""
    return _stem(token, None)


def _stem(token: str, language: str | None) -> str:
    """`stem` for a word of a text in `language` (None: a text that shows none)."""
    if token in SYNONYMS:
        return SYNONYMS[token]
    if language is None and token in _EITHER:
        return _EITHER[token]
    base = strip_ending(token)
    # Only an inflected word joins its family's synonym: the name "PAI" is not French "paie".
    if base == token:
        return token
    # A demonym a synonym joins to its place ("kenyan" is kenya) takes its plural and feminine with it: "Kenyans",
    # "kényanes". Not an agent noun ("coders" are people, not code), nor a synonym standing for another word
    # ("hundreds" is no 100, "devait" no dev).
    joined = SYNONYMS.get(base)
    if joined is not None and base.startswith(joined) and base[len(joined) :] in _DEMONYM_ENDINGS:
        return joined
    if language != "en" and base in FRENCH_STEM_SYNONYMS:
        return FRENCH_STEM_SYNONYMS[base]
    return STEM_SYNONYMS.get(base, base)


#: How a demonym ends beyond its place's name: Kenya-n, Ital-ian, Tex-an, Canad-ien, Franç-ais, Chin-ese.
_DEMONYM_ENDINGS = frozenset(["n", "an", "ian", "ien", "ienn", "ais", "ois", "ese", "i"])


@functools.lru_cache(maxsize=200_000)
def strip_ending(token: str) -> str:
    """A word without its inflection ending (ENDINGS), synonyms left aside: "embauchait" -> "embauch"."""
    if token.isdigit() or len(token) < 5:
        return token
    for ending, shortest in ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= shortest:
            if ending in _LEAVING:
                return token[: -_LEAVING[ending]]
            return token[: -len(ending)]
    return token


def words(text: str) -> list[str]:
    """Folded words of a text, before stop words and stemming (hyphenated words split too)."""
    return [part for raw in _WORD.findall(fold(text).replace("'", " ")) for part in _split_hyphens(raw)]


def search_tokens(text: str, language: str | None = None) -> list[str]:
    """The tokens a text is indexed and matched on: folded, stop words dropped, stemmed, synonyms joined; a false
    friend read in `language`, else in the language the text shows (English when it shows none)."""
    folded = fold(text)
    return _tokens(folded, language, text)


def folded_tokens(folded: str, language: str | None = None) -> list[str]:
    """The search tokens of a text already folded (the index keeps some folded texts, so folds them once)."""
    return _tokens(folded, language, folded)


def _tokens(folded: str, language: str | None, text: str) -> list[str]:
    # Each word's tokens come from a cache; chaining them in C rather than in a comprehension matters
    # when the index tokenises a large fact base. Apostrophes need no blanking first: _WORD does not
    # match them, so they separate words like spaces do.
    if "entretien" in folded:
        folded = _UPKEEP.sub(" custodian ", folded)
    if _FALSE_FRIEND.search(folded) is None:
        return list(chain.from_iterable(map(_tokens_of, _WORD.findall(folded))))
    if "\n" in folded and language is None:
        # Texts joined one a line (a fact's English and French phrasings) are each read in their own language.
        lines = folded.split("\n")
        originals = text.split("\n")
        if len(originals) != len(lines):
            originals = lines
        return [token for line, original in zip(lines, originals, strict=True) for token in _tokens(line, None, original)]
    read_in = language or text_language(text)
    return [token for raw in _WORD.findall(folded) for token in _tokens_in(raw, read_in)]


def text_language(text: str) -> str | None:
    """The language a text shows, else, for a fragment of the question being read ("entrepreneurs" shows none), the
    question's, else None: the false friends' reading (None reads each with the meaning both tables gave it before)."""
    from bot.core.language import detect_language  # language reads text's fold: imported when first needed

    detected = detect_language(text)
    if detected is not None:
        return detected
    reading = READING.get()
    # Only the question's own fragments: a fact's text read while a question is answered (and cached) must read the
    # same whatever the question's language.
    if reading is not None and fold(text).strip() in reading[1]:
        return reading[0]
    return None


#: The question (or claim) being read, while it is read: its language and its folded text.
READING: ContextVar[tuple[str, str] | None] = ContextVar("reading", default=None)


def reading(language: str, question: str) -> Token[tuple[str, str] | None]:
    """Read the fragments of `question` in `language` until the returned token is reset (READING.reset)."""
    return READING.set((language, fold(question)))


def search_tokens_by_word(text: str) -> list[tuple[str, str]]:
    """Each search token of a text (as search_tokens gives them, in order) with the word it was made from."""
    folded = fold(text)
    if "entretien" in folded:
        folded = _UPKEEP.sub(" custodian ", folded)
    if _FALSE_FRIEND.search(folded) is not None:
        read_in = text_language(text)
        return [
            (word, token) for raw in _WORD.findall(folded) for word in _split_hyphens(raw) for token in _tokens_in(word, read_in)
        ]
    return [(word, token) for raw in _WORD.findall(folded) for word in _split_hyphens(raw) for token in _tokens_of(word)]


#: "Agent d'entretien" is a custodian (upkeep), not a job interview ("entretien" alone is joined with "interview").
_UPKEEP = re.compile(
    r"\b(?:agents?|agentes?|personnels?|employes?|employees?|equipes?|techniciens?|travaux|produits?|service)\s+d\W*entretien\b"
)


_NAME_AND_NUMBER = re.compile(r"[a-z]+-+\d+")


@functools.lru_cache(maxsize=200_000)
def _split_hyphens(raw: str) -> tuple[str, ...]:
    joined = raw.replace("-", "")
    # "GPT-3" is one name, and not GPT-4: keep a name and its number together.
    if "-" not in raw or joined in SYNONYMS or _NAME_AND_NUMBER.fullmatch(raw):
        return (joined,) if joined else ()
    return tuple(part for part in raw.split("-") if part)


# Only the words of texts holding a false friend come here: a small cache (the 100k-fact base's memory is tight).
@functools.lru_cache(maxsize=4096)
def _tokens_in(raw: str, language: str | None) -> tuple[str, ...]:
    """A word's tokens read in one language: a false friend takes that language's meaning, or none; in a text that shows
    no language (a fragment, a keyword), the meaning either table gives it, the French one first (as before they were
    told apart: such a text is read as it always was)."""
    french = language != "en"
    out = []
    for word in _split_hyphens(raw):
        meaning = (_EITHER if language is None else FRENCH_SYNONYMS if french else ENGLISH_SYNONYMS).get(word)
        if meaning is not None:
            if meaning:
                out.append(meaning)
            continue
        # The other language's false friend is read as a word of this one ("former", "pays"), a French stem's too.
        if word in STOP_WORDS or (len(word) == 1 and not word.isdigit() and word not in "%$"):
            continue
        out.append(_stem(word, language))
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def _tokens_of(raw: str) -> tuple[str, ...]:
    out = []
    for word in _split_hyphens(raw):
        if word in STOP_WORDS or (len(word) == 1 and not word.isdigit() and word not in "%$"):
            continue
        out.append(stem(word))
    return tuple(out)


def search_string(text: str) -> str:
    """A text reduced to its search tokens, for whole-string fuzzy comparison."""
    return " ".join(search_tokens(text))
