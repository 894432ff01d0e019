"""Who reported each claim, who relayed it, and how many separate origins stand behind it, in words.

A citation's claim is made by a speaker (a named person, an anonymous source, a company statement, a
document, or the outlet itself) to an outlet, and reaches the citing article either as the article's own
reporting or relayed from an earlier report (`Citation.origin`, one of the article's `Source.relays`).
This module turns that chain into the attribution lines the faces show, in English and French, and
counts a fact's origins separately from its articles: three articles that all relay Semafor are one
origin, not three confirmations. It imports nothing from Discord.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.models import Citation, Fact, KnowledgeBase, Source

#: How each kind of speaker is named, with {who}: in the citation line, and in the origins line.
_SPEAKER = {
    "en": {
        "person": "{who}",
        "anonymous": "an anonymous source ({who})",
        "company": "a statement by {who}",
        "document": "a document ({who})",
        "public": "a public statement by {who}",
    },
    "fr": {
        "person": "{who}",
        "anonymous": "une source anonyme ({who})",
        "company": "une déclaration {de_who}",
        "document": "un document ({who})",
        "public": "une déclaration publique {de_who}",
    },
}
_SPEAKER_BARE = {
    "en": {"anonymous": "an anonymous source", "company": "a company statement", "document": "a document"},
    "fr": {"anonymous": "une source anonyme", "company": "une déclaration d'entreprise", "document": "un document"},
}
_CHANNEL = {
    "en": {"tweet": "in a tweet", "meeting": "at a recorded meeting", "public": "in public"},
    "fr": {"tweet": "dans un tweet", "meeting": "lors d'une réunion enregistrée", "public": "publiquement"},
}
#: An origin that is not a report: the words themselves, however many articles relay them (with {who}, {de_who}).
_ORIGIN = {
    "en": {
        "tweet": "a tweet by {who}",
        "public": "a public statement by {who}",
        "meeting": "a recorded meeting where {who} spoke",
        "meeting_many": "a recorded meeting where {who} spoke",
    },
    "fr": {
        "tweet": "un tweet {de_who}",
        "public": "une déclaration publique {de_who}",
        "meeting": "une réunion enregistrée où {who} a pris la parole",
        "meeting_many": "une réunion enregistrée où {who} ont pris la parole",
    },
}
#: French agrees "reported" with the origin: un tweet rapporté, une déclaration / une réunion rapportée.
_REPORTED_FR = {"tweet": "rapporté", "public": "rapportée", "meeting": "rapportée"}
_CITING = {
    "en": {
        "person": "quoting {who}",
        "anonymous": "citing {who}",
        "company": "citing a statement by {who}",
        "document": "citing {who}",
    },
    "fr": {
        "person": "citant {who}",
        "anonymous": "citant {who}",
        "company": "citant une déclaration {de_who}",
        "document": "citant {who}",
    },
}
_WORDS = {
    "en": {
        "claim_by": "claim by {speaker}",
        "own": "{name}'s own reporting",
        "own_unnamed": "the article's own reporting (its outlet is not named)",
        "reporting_of": "{name}'s reporting",
        "to": "{speaker}, speaking to {outlet}",
        "channel": "{speaker}, {channel}, reported by {outlet}",
        "cited_by": "{speaker}, cited by {outlet}",
        "reported_by": "{speaker}, reported by {outlet}",
        "unnamed_outlet": "this article's outlet (not named)",
        "relayed": "; relayed by this article",
        "relayed_unnamed": "; repeated by this article without naming {name} (curator's inference)",
        "reach": "Reported by {n} of {total} articles",
        "one_own": "{origin}",
        "one_origin_single": ", tracing to one report ({origin})",
        "one_origin_all": ", all tracing to one report ({origin})",
        "one_origin_both": ", both tracing to one report ({origin})",
        "many": ", tracing to {k} separate reports: {origins}",
        "own_origin": "{name}'s own reporting",
        "own_origin_unnamed": "{name}, its own reporting",
        "inferred_link": "; the curators infer that {names} repeat{s} it without naming it",
        "and": " and ",
        "one_source_single": ", tracing to one origin ({origin})",
        "one_source_all": ", all tracing to one origin ({origin})",
        "one_source_both": ", both tracing to one origin ({origin})",
        "many_sources": ", tracing to {k} separate origins: {origins}",
        "reported_in": ", reported by {names}",
    },
    "fr": {
        "claim_by": "source : {speaker}",
        "own": "les propres informations de {name}",
        "own_unnamed": "les propres informations de l'article (son média n'est pas nommé)",
        "reporting_of": "les informations de {name}",
        "to": "{speaker}, s'adressant à {outlet}",
        "channel": "{speaker}, {channel}, d'après {outlet}",
        "cited_by": "{speaker}, cité par {outlet}",
        "reported_by": "{speaker}, d'après {outlet}",
        "unnamed_outlet": "le média de cet article (non nommé)",
        "relayed": " ; relayé par cet article",
        "relayed_unnamed": " ; repris par cet article sans nommer {name} (déduction des curateurs)",
        "reach": "Rapporté par {n} des {total} articles",
        "one_own": "{origin}",
        "one_origin_single": ", remontant à un seul reportage ({origin})",
        "one_origin_all": ", tous remontant à un seul reportage ({origin})",
        "one_origin_both": ", tous deux remontant à un seul reportage ({origin})",
        "many": ", remontant à {k} reportages distincts : {origins}",
        "own_origin": "les propres informations de {name}",
        "own_origin_unnamed": "{name}, ses propres informations",
        "inferred_link": " ; les curateurs en déduisent que {names} le reprend{s} sans le nommer",
        "and": " et ",
        "one_source_single": ", remontant à une seule origine ({origin})",
        "one_source_all": ", tous remontant à une seule origine ({origin})",
        "one_source_both": ", tous deux remontant à une seule origine ({origin})",
        "many_sources": ", remontant à {k} origines distinctes : {origins}",
        "reported_in": ", {reported} par {names}",
    },
}


def _de(who: str) -> str:
    """French "de" before a name or a noun phrase, elided or contracted: d'OpenAI, d'un porte-parole, du rapport."""
    if who.startswith("le "):
        return "du " + who[3:]
    if who.startswith("les "):
        return "des " + who[4:]
    if who[:1].lower() in "aeiouyéèêàâîôû":
        return "d'" + who
    return "de " + who


def _fill(template: str, who: str) -> str:
    return template.format(who=who, de_who=_de(who))


def _lang(language: str) -> str:
    return "fr" if language == "fr" else "en"


def report_name(report: str, base: KnowledgeBase, language: str = "en") -> str:
    """A relayed report's name: the article's outlet or short name, or the publication's name."""
    if report in base.sources:
        return base.sources[report].name_in(language)
    entity = base.entities.get(report)
    return entity.name if entity else report


def speaker(citation: Citation, language: str = "en") -> str:
    """Who makes the claim, by kind: 'Sam Altman', 'an anonymous source (people familiar with the matter)'."""
    lang = _lang(language)
    who = _who(citation, lang)
    if who:
        kind = "public" if citation.attribution == "company" and citation.channel == "public" else citation.attribution
        return _fill(_SPEAKER[lang][kind], who)
    return _SPEAKER_BARE[lang].get(citation.attribution, citation.attribution)


def _who(citation: Citation, language: str) -> str | None:
    return citation.who_fr if language == "fr" and citation.who_fr else citation.who


def is_relayed(citation: Citation) -> bool:
    """True when the citing article relays the claim from an earlier report instead of reporting it itself."""
    return citation.origin is not None


def is_inferred(citation: Citation, base: KnowledgeBase) -> bool:
    """True when the article does not name the report it relays, and the link is the curator's inference."""
    if citation.origin is None:
        return False
    relay = base.sources[citation.source_id].relay(citation.origin)
    return relay is not None and relay.inferred is not None


def reported_to(citation: Citation, base: KnowledgeBase, language: str = "en") -> str | None:
    """The outlet the speaker spoke to (or that reported the claim), by name; None when not named."""
    if citation.origin is not None:
        return report_name(citation.origin, base, language)
    return base.sources[citation.source_id].outlet


def citation_line(citation: Citation, base: KnowledgeBase, language: str = "en") -> str:
    """The chain behind one quote: 'claim by an anonymous source (...), speaking to Semafor; relayed by this article'."""
    lang = _lang(language)
    words = _WORDS[lang]
    source = base.sources[citation.source_id]
    outlet = reported_to(citation, base, lang)
    if citation.attribution == "outlet":
        if citation.origin is not None:
            said = words["reporting_of"].format(name=outlet)
        elif source.outlet:
            said = words["own"].format(name=source.outlet)
        else:
            said = words["own_unnamed"]
    elif citation.channel and not (citation.attribution == "company" and citation.channel == "public"):
        channel = _CHANNEL[lang][citation.channel]
        said = words["channel"].format(speaker=speaker(citation, lang), channel=channel, outlet=outlet or words["unnamed_outlet"])
    elif citation.channel:
        said = words["reported_by"].format(speaker=speaker(citation, lang), outlet=outlet or words["unnamed_outlet"])
    else:
        key = "cited_by" if citation.attribution == "document" else "to"
        said = words[key].format(speaker=speaker(citation, lang), outlet=outlet or words["unnamed_outlet"])
        if lang == "fr":  # "à le média" -> "au média"
            said = said.replace("s'adressant à le ", "s'adressant au ").replace("s'adressant à les ", "s'adressant aux ")
    line = words["claim_by"].format(speaker=said)
    if citation.origin is not None:
        line += words["relayed_unnamed"].format(name=outlet) if is_inferred(citation, base) else words["relayed"]
    return line


def trace(citation: Citation, fact: Fact, base: KnowledgeBase) -> str:
    """The report a citation's claim traces back to: its origin, followed through the fact's other citations."""
    seen = {citation.source_id}
    report = citation.origin or citation.source_id
    while report in base.sources and report not in seen:
        seen.add(report)
        upstream = next((c.origin for c in fact.citations if c.source_id == report and c.origin), None)
        if upstream is None:
            break
        report = upstream
    return report


@dataclass(frozen=True, slots=True)
class Origin:
    """One separate origin of a fact: the report its claim traces to, who spoke there, and who relays it.

    When the words were not said to an outlet (a tweet, a public statement, a recorded meeting: the citations'
    `channel`), the origin is those words, not any article: `channel` names it and `report` is a key such as
    'tweet:sam altman', so two articles quoting one tweet are one origin, not two reports.
    """

    report: str
    #: The citations that trace to it: the origin's own first, then the relaying articles'.
    citations: tuple[Citation, ...]
    #: One of CHANNELS when the origin is a tweet, a public statement or a recorded meeting.
    channel: str | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source_id for c in self.citations))


def origin_key(citation: Citation, fact: Fact, base: KnowledgeBase) -> tuple[str, str | None]:
    """What a citation's claim comes from, as (report or key, channel): a tweet or a public statement is one
    origin per speaker, a recorded meeting one per fact (its speakers spoke at the same meeting), however many
    articles quote them; any other claim traces to its report (`trace`)."""
    if citation.channel and citation.attribution not in ("outlet", "document"):
        if citation.channel == "meeting":
            return "meeting", "meeting"
        return f"{citation.channel}:{(citation.who or '').casefold()}", citation.channel
    return trace(citation, fact, base), None


def origins(fact: Fact, base: KnowledgeBase) -> tuple[Origin, ...]:
    """A fact's separate origins, in the order its citations first reach them."""
    grouped: dict[tuple[str, str | None], list[Citation]] = {}
    for citation in fact.citations:
        grouped.setdefault(origin_key(citation, fact, base), []).append(citation)
    return tuple(
        Origin(report, tuple(sorted(cited, key=lambda c: c.source_id != report)), channel)
        for (report, channel), cited in grouped.items()
    )


def _listed(items: Iterable[str], lang: str) -> str:
    """'A', 'A and B', 'A, B and C' (French: 'A, B et C')."""
    items = list(items)
    if len(items) <= 2:
        return _WORDS[lang]["and"].join(items)
    return ", ".join(items[:-1]) + _WORDS[lang]["and"] + items[-1]


def _describe_channel(origin: Origin, base: KnowledgeBase, lang: str) -> str:
    """'a tweet by Sam Altman, reported by Semafor and the “think like human developers” article'."""
    words = _WORDS[lang]
    channel = origin.channel or ""
    whos = list(dict.fromkeys(_who(c, lang) or "" for c in origin.citations if _who(c, lang)))
    who = _listed(whos, lang)
    key = "meeting_many" if channel == "meeting" and len(whos) > 1 else channel
    text = _fill(_ORIGIN[lang][key], who)
    names = _listed(dict.fromkeys(base.sources[s].name_in(lang) for s in origin.articles), lang)
    return text + words["reported_in"].format(names=names, reported=_REPORTED_FR.get(channel, "rapporté"))


def describe_origin(origin: Origin, base: KnowledgeBase, language: str = "en") -> str:
    """'Semafor, citing people familiar with the matter', 'NBC News, quoting Alexej Savreux'."""
    lang = _lang(language)
    words = _WORDS[lang]
    if origin.channel:
        text = _describe_channel(origin, base, lang)
        return text + _inferred_links(origin, base, lang)
    name = report_name(origin.report, base, lang)
    # Who spoke, as the origin itself names them when it is in the base, else as the relaying articles do.
    own = [c for c in origin.citations if c.source_id == origin.report] or list(origin.citations)
    # Speakers of one kind share one phrase: "quoting Palziban and Palizban".
    whos: dict[str, dict[str, None]] = {}
    for citation in own:
        if citation.attribution != "outlet":
            whos.setdefault(citation.attribution, {})[_who(citation, lang) or ""] = None
    phrases: dict[str, None] = {}
    for kind, names in whos.items():
        named = [n for n in names if n]
        if named:
            phrases[_fill(_CITING[lang][kind], words["and"].join(named))] = None
        else:
            phrases[_SPEAKER_BARE[lang][kind]] = None
    if phrases:
        text = f"{name}, {words['and'].join(phrases)}"
    elif origin.report not in origin.articles:
        # A report outside the base, or one the citing articles relay: not any citing article's own reporting.
        text = name
    elif not base.sources[origin.report].outlet:
        text = words["own_origin_unnamed"].format(name=name)
    else:
        text = words["own_origin"].format(name=name)
    return text + _inferred_links(origin, base, lang)


def _inferred_links(origin: Origin, base: KnowledgeBase, lang: str) -> str:
    """'; the curators infer that The Internet Patrol repeats it without naming it', or nothing."""
    words = _WORDS[lang]
    inferred = [c.source_id for c in origin.citations if is_inferred(c, base)]
    if not inferred:
        return ""
    names = words["and"].join(dict.fromkeys(base.sources[s].name_in(lang) for s in inferred))
    plural = len(set(inferred)) > 1
    text = words["inferred_link"].format(names=names, s="" if plural else ("s" if lang == "en" else ""))
    if lang == "fr" and plural:
        text = text.replace("le reprend sans", "le reprennent sans")
    return text


def origins_line(fact: Fact, base: KnowledgeBase, language: str = "en") -> str:
    """How many articles report a fact and how many separate origins they trace to, in one sentence."""
    lang = _lang(language)
    words = _WORDS[lang]
    count = len(fact.source_ids)
    line = words["reach"].format(n=count, total=len(base.sources))
    found = origins(fact, base)
    # "reports" while every origin is one; "origins" once a tweet, a statement or a meeting is among them
    kind = "source" if any(o.channel for o in found) else "origin"
    if len(found) == 1:
        origin = found[0]
        described = describe_origin(origin, base, lang)
        if count == 1 and (origin.report == fact.source_ids[0] or origin.channel):
            line += f": {described}" if lang == "en" else f" : {described}"
        else:
            key = f"one_{kind}_single" if count == 1 else f"one_{kind}_both" if count == 2 else f"one_{kind}_all"
            line += words[key].format(origin=described)
    elif found:
        separator = "; " if lang == "en" else " ; "
        key = "many_sources" if kind == "source" else "many"
        line += words[key].format(k=len(found), origins=separator.join(describe_origin(o, base, lang) for o in found))
    return line + "."


def citation_json(citation: Citation, fact: Fact, base: KnowledgeBase, language: str = "en") -> dict[str, object]:
    """The chain of one citation as JSON: speaker, outlet spoken to, relaying article, origin."""
    return {
        "speaker": {"kind": citation.attribution, "name": _who(citation, language)},
        "channel": citation.channel,
        "reported_to": reported_to(citation, base, language),
        "relayed_by": citation.source_id if citation.origin else None,
        "origin": trace(citation, fact, base),
        "origin_inferred": is_inferred(citation, base),
        "chain": citation_line(citation, base, language),
    }


def origins_json(fact: Fact, base: KnowledgeBase, language: str = "en") -> dict[str, object]:
    """Articles and separate origins of a fact as JSON."""
    found = origins(fact, base)
    return {
        "articles": len(fact.source_ids),
        "origins": [
            {
                "report": o.report,
                "name": describe_origin(o, base, language) if o.channel else report_name(o.report, base, language),
                "articles": list(o.articles),
                "channel": o.channel,
            }
            for o in found
        ],
        "line": origins_line(fact, base, language),
    }


def _outlet_words(source: Source) -> str:
    if source.outlet:
        words = f"outlet {source.outlet} (named in its text: “{source.outlet_evidence}”)"
    else:
        words = "outlet not named in this copy"
        if source.outlet_inferred:
            inferred = source.outlet_inferred
            words += f"; inferred, not a byline: {inferred.name}, because {inferred.reason}"
    if source.author:
        words += f"; by {source.author}"
    if source.republished_by:
        words += f"; republished by {source.republished_by}"
    if source.translated:
        words += "; machine-translated"
    return words


def provenance_graph(base: KnowledgeBase) -> list[str]:
    """Who published each article and what it relays, in words, for `python -m bot check`."""
    lines: list[str] = []
    relayed_by: dict[str, list[str]] = {}
    for source in base.sources.values():
        lines.append(f"  {source.id}: {_outlet_words(source)}.")
        if not source.relays:
            lines.append("    relays no earlier report.")
        for relay in source.relays:
            relayed_by.setdefault(relay.report, []).append(source.id)
            target = report_name(relay.report, base)
            if relay.report in base.sources:
                target += f" ({relay.report})"
            if relay.evidence:
                lines.append(f"    relays {target}: “{relay.evidence}”.")
            else:
                lines.append(f"    repeats {target} without naming it (curator's inference: {relay.inferred}).")
    outside = [r for r in relayed_by if r not in base.sources]
    if outside:
        lines.append(
            "  Reports relayed but not in the base: "
            + "; ".join(f"{report_name(r, base)} (by {', '.join(relayed_by[r])})" for r in outside)
            + "."
        )
    return lines


_SOURCE_WORDS = {
    "en": {
        "outlet": "Outlet: {outlet}",
        "no_outlet": "Outlet: not named in this copy",
        "inferred": "Outlet inferred by the curators, not a byline: {name} ({reason})",
        "republished": "Republished by: {name}",
        "relays": "Relays: {report} (“{evidence}”)",
        "repeats": "Repeats without naming it: {report} (curator's inference: {reason})",
    },
    "fr": {
        "outlet": "Média : {outlet}",
        "no_outlet": "Média : non nommé dans cette copie",
        "inferred": "Média déduit par les curateurs, et non signature de l'article : {name} ({reason})",
        "republished": "Republié par : {name}",
        "relays": "Relaie : {report} (« {evidence} »)",
        "repeats": "Reprend sans le nommer : {report} (déduction des curateurs : {reason})",
    },
}


def source_lines(source: Source, base: KnowledgeBase, language: str = "en") -> list[str]:
    """An article's provenance for its page: its outlet or that it names none, any inference, who it relays."""
    words = _SOURCE_WORDS[_lang(language)]
    lines = [words["outlet"].format(outlet=source.outlet) if source.outlet else words["no_outlet"]]
    if source.outlet_inferred:
        inferred = source.outlet_inferred
        lines.append(words["inferred"].format(name=inferred.name, reason=inferred.reason_in(language)))
    if source.republished_by:
        lines.append(words["republished"].format(name=source.republished_by))
    for relay in source.relays:
        report = report_name(relay.report, base, language)
        if relay.evidence:
            lines.append(words["relays"].format(report=report, evidence=relay.evidence))
        else:
            lines.append(words["repeats"].format(report=report, reason=relay.inferred_in(language)))
    return lines
