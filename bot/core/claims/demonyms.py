"""Demonyms that say where a named one is from or based: "Sama is a Kenyan company", "Is Kumar Texan?", "la boîte
kényane Sama". Such a word places the one it describes, as "Sama is based in Kenya" does, not anything else a fact
about it mentions ("Sama's Kenyan labellers" stay the labellers' place)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Demonyms, English and French (folded, unaccented, masculine singular), for the place each says: the places the
#: articles name (by an entity's name or alias, folded) and the places the claim checker's gazetteer knows.
DEMONYMS: dict[str, str] = {
    # the articles' places
    "kenyan": "kenya", "nairobian": "nairobi", "nairobien": "nairobi",
    "latin american": "latin america", "latin-american": "latin america", "latino-americain": "latin america",
    "latino americain": "latin america", "south american": "south america", "sud-americain": "south america",
    "sud americain": "south america", "eastern european": "eastern europe", "east european": "eastern europe",
    "est-europeen": "eastern europe", "est europeen": "eastern europe", "missourian": "missouri",
    "missourien": "missouri", "texan": "texas", "austinite": "austin", "san franciscan": "san francisco",
    "san-franciscain": "san francisco", "san franciscain": "san francisco",
    # the gazetteer's
    "african": "africa", "africain": "africa", "asian": "asia", "asiatique": "asia", "european": "europe",
    "europeen": "europe", "north american": "north america", "nord-americain": "north america",
    "middle eastern": "middle east", "indian": "india", "indien": "india", "chinese": "china", "chinois": "china",
    "japanese": "japan", "japonais": "japan", "filipino": "philippines", "philippin": "philippines",
    "pakistani": "pakistan", "pakistanais": "pakistan", "vietnamese": "vietnam", "vietnamien": "vietnam",
    "bangladeshi": "bangladesh", "bangladais": "bangladesh", "american": "united states", "americain": "united states",
    "canadian": "canada", "canadien": "canada", "mexican": "mexico", "mexicain": "mexico", "brazilian": "brazil",
    "bresilien": "brazil", "argentinian": "argentina", "argentin": "argentina", "colombian": "colombia",
    "colombien": "colombia", "venezuelan": "venezuela", "venezuelien": "venezuela", "chilean": "chile", "chilien": "chile",
    "peruvian": "peru", "peruvien": "peru", "nigerian": "nigeria", "nigerien": "nigeria", "south african": "south africa",
    "sud-africain": "south africa", "ugandan": "uganda", "ougandais": "uganda", "ethiopian": "ethiopia",
    "ethiopien": "ethiopia", "ghanaian": "ghana", "ghaneen": "ghana", "egyptian": "egypt", "egyptien": "egypt",
    "polish": "poland", "polonais": "poland", "ukrainian": "ukraine", "ukrainien": "ukraine", "romanian": "romania",
    "roumain": "romania", "russian": "russia", "russe": "russia", "hungarian": "hungary", "hongrois": "hungary",
    "serbian": "serbia", "serbe": "serbia", "bulgarian": "bulgaria", "bulgare": "bulgaria", "british": "uk",
    "britannique": "uk", "irish": "ireland", "irlandais": "ireland", "french": "france", "francais": "france",
    "german": "germany", "allemand": "germany", "spanish": "spain", "espagnol": "spain", "italian": "italy",
    "italien": "italy", "londoner": "london", "londonien": "london", "parisian": "paris", "parisien": "paris",
    "californian": "california", "californien": "california", "new yorker": "new york", "new-yorkais": "new york",
    "floridian": "florida", "kansan": "kansas",
}  # fmt: skip

#: The places above that are no country nor wider (a state, a city): their demonym says where someone lives or is
#: from ("Savreux is Texan"), never a nationality, as "Kenyan" or "American" said of a person may.
LOCAL: frozenset[str] = frozenset(
    {"nairobi", "missouri", "texas", "austin", "san francisco", "california", "florida", "kansas", "new york", "london", "paris"}
)

#: A demonym with its inflection: plural, feminine ("Kenyans", "kényane", "indiennes", "américaines").
_DEMONYM = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r")(s|e|es|ne|nes)?(?![\w-])"
)

#: The kinds of thing a demonym and a name can both describe ("the Kenyan company Sama", "the Texan graduate Kumar").
_KINDS = {
    "organisation": r"company|firm|startup|start-up|contractor|subcontractor|outsourcer|agency|nonprofit|non-profit|"
    r"business|lab|laboratory|group|outfit|vendor|giant|organi[sz]ation|boite|entreprise|societe|firme|sous-traitant|"
    r"prestataire|agence|association|organisme|laboratoire|labo|groupe|geant",
    "person": r"graduate|developer|student|man|woman|guy|worker|contractor|trainer|programmer|coder|engineer|labell?er|"
    r"writer|ceo|boss|executive|researcher|founder|diplome|diplomee|developpeur|developpeuse|etudiant|etudiante|homme|"
    r"femme|mec|travailleur|travailleuse|formateur|formatrice|programmeur|ingenieur|ingenieure|patron|patronne|pdg|"
    r"chercheur|chercheuse|fondateur|fondatrice",
    "publication": r"outlet|publication|magazine|newspaper|site|media|news site|journal|revue|newsletter",
    "product": r"tool|product|model|chatbot|assistant|app|platform|service|outil|produit|modele|plateforme",
}

#: Nothing after a demonym but the kind of thing it describes, up to the end ("Kenyan", "Kenyan company?").
_KIND_TO_END = re.compile(r"(?:\s*(?:" + "|".join(_KINDS.values()) + r")s?)*\s*[?.!]*\s*$")

#: What may stand between a name and the demonym that describes it: a verb "to be" ("Sama is", "Sama est-elle", "Sama
#: n'est pas").
_BE_AFTER = re.compile(
    r"\s*(?:n'|ne\s+)?(?:is|was|are|were|remains|isn't|wasn't|est|etait|reste|serait)(?:-t)?(?:-(?:il|elle))?"
    r"(?:\s+(?:not|pas|never|jamais))?\s+"
)
#: A comma of apposition, or a relative clause right after the name ("Sama, a ...", "Sama, which is ...", "Sama, qui est").
_APPOSED = re.compile(r"\s*,\s*(?:(?:which|who|that|qui)\s+(?:n'|ne\s+)?(?:is|was|est|etait)(?:\s+(?:not|pas))?\s+)?")
#: A yes/no question's verb before the name ("Is Sama Kenyan?", "Was Kumar a Texan graduate?").
_BE_BEFORE = re.compile(r"(?:^|[,:;]|\b(?:that|que|qu'|if|whether|si))\s*(?:is|was|isn't|wasn't)\s+$")
#: An article among the words describing the name ("a", "the", "une", "l'").
_ARTICLE = re.compile(r"(?<![\w'])(?:a|an|the|un|une|le|la|l')(?:\s+|$|(?<=')\s*)")
#: Words that put the demonym on something else than the name: a preposition, a conjunction, a relative pronoun, a
#: verb of its own ("Sama is a firm with Kenyan workers", "OpenAI is paying Kenyan workers", "Sama, qui emploie des Kényans").
_NOT_DESCRIBING = re.compile(
    r"^(?:of|with|for|from|in|at|by|to|on|about|that|who|which|whose|and|or|but|has|have|had|du|des|d'\S*|avec|pour|"
    r"chez|en|dans|sur|par|qui|que|qu'|dont|et|ou|mais|ont|avait|\w+ing|\w+ed)$"
)
#: A plural noun after the demonym is what it describes ("Sama is a Kenyan workers' agency", "is paying Kenyan workers").
_PEOPLE_AFTER = re.compile(
    r"\s*(?:workers'?|labell?ers'?|employees'?|staff|contractors'?|trainers'?|annotators'?|moderators'?|people|"
    r"travailleurs|salaries|etiqueteurs|employes|formateurs|sous-traitants|prestataires|personnes|gens)\b"
)


@dataclass(frozen=True, slots=True)
class Demonym:
    """A demonym in a claim's folded text: the place it says (folded name) and where it stands."""

    place: str
    start: int
    end: int
    plural: bool

    def words(self, norm: str) -> str:
        return norm[self.start : self.end]


def find_demonyms(norm: str) -> list[Demonym]:
    """The demonyms in a claim's folded text ("kenyane", "latin american", "americains")."""
    return [
        Demonym(DEMONYMS[m.group(1)], m.start(), m.end(), (m.group(2) or "").endswith("s") and not m.group(1).endswith("s"))
        for m in _DEMONYM.finditer(norm)
    ]


def _describes_gap(gap: str) -> bool:
    """Whether the words between a name's "is" (or comma) and a demonym describe the name: articles and at most three
    words of their own ("a big Kenyan firm", "une entreprise de sous-traitance kényane"), none putting it on another thing."""
    gap = _ARTICLE.sub(" ", gap.strip()).strip()
    words = gap.split()
    if len(words) > 3 or re.search(r"[,;:.!?()\"]", gap):
        return False
    return not any(_NOT_DESCRIBING.match(w) for w in words)


#: What opens a claim before its subject: "it is true that", "est-ce que", "the articles say".
_OPENING = re.compile(r"^.*\b(?:that|que|qu')\s*")
#: Words before a name that make it part of its clause's subject, not the subject ("the labellers of Sama are Kenyan",
#: "the firm that hired Sama is Kenyan").
_INSIDE = re.compile(
    r"^(?:of|for|by|with|at|to|from|in|on|about|de|du|des|d'\S*|pour|par|avec|chez|sur|who|whom|which|"
    r"whose|qui|dont|\w+ed|\w+'s?)$"
)


def _opens_clause(before: str) -> bool:
    """Whether a name is the subject of its clause: no word before it in the clause puts it inside a phrase."""
    clause = _OPENING.sub("", re.split(r"[,;:]", before)[-1])
    return not any(_INSIDE.match(w) for w in clause.split())


def described(norm: str, demonym: Demonym, names: Sequence[tuple[str, int, int, str]]) -> str | None:
    """The name a demonym says where it is from or based, if the claim puts it on one: names as (id, start, end, type),
    with end past a possessive "'s". "Sama is a Kenyan company", "Sama, une boîte kényane", "Is Kumar Texan?", "the
    Kenyan company Sama"; not "Sama's Kenyan labellers", "Sama has Kenyan workers", "OpenAI is paying Kenyan workers"."""
    if demonym.plural or _PEOPLE_AFTER.match(norm, demonym.end):
        return None  # a plural describes no one name ("les étiqueteurs kényans de Sama")
    for entity, start, end, _kind in reversed(names):
        if end > demonym.start:
            continue
        if norm[end - 2 : end] == "'s":
            break  # "OpenAI's contractor is Kenyan": the contractor's place
        gap = norm[end : demonym.start]
        apposed, be = _APPOSED.match(gap), _BE_AFTER.match(gap)
        if apposed and _describes_gap(gap[apposed.end() :]):
            return entity  # "Sama, a Kenyan company", "Sama, qui est une boîte kényane"
        if be and _describes_gap(gap[be.end() :]) and _opens_clause(norm[:start]):
            return entity  # "Sama is a Kenyan company", "Sama est-elle kényane ?"
        if _BE_BEFORE.search(norm[:start]) and _describes_gap(gap):
            return entity  # "Is Sama Kenyan?"
        if not norm[:start].strip() and _describes_gap(gap) and _KIND_TO_END.match(norm, demonym.end):
            return entity  # "Sama Kenyan", "Sama a Kenyan company": a yes/no question as the claim it asks about
        break  # only the nearest name before the demonym
    for entity, start, _end, kind in names:
        if start < demonym.end:
            continue
        gap = norm[demonym.end : start].strip().rstrip(",").strip()
        kinds = _KINDS.get(kind)
        kind_before = kinds and re.search(rf"\b(?:{kinds})s?\s+$", norm[: demonym.start])
        if kinds and (re.fullmatch(rf"(?:(?:{kinds})s?\s*)+", gap) or (not gap and kind_before)):
            # "the Kenyan company Sama", "la boîte kényane Sama"; not a bare name, which may be a noun's modifier as the
            # demonym is ("the Spanish OpenAI job listing").
            return entity
        break  # only the nearest name after it
    return None
