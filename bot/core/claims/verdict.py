"""The verdict (what the articles say about one claim), one fact's reading of it, and figures worded for readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.i18n import label
from bot.core.models import Citation, Fact

VERDICTS: tuple[str, ...] = ("supported", "contradicted", "disputed", "not_reported")


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
    #: The checkable point the verdict rests on: count, money, percent, date, place, actor, role, quote, entity, lacking
    #: (what a fact says is lacking, claimed as had).
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
    #: It says what the claim says, of another person than the one the claim names (no conflict: see _read_swapped_person).
    of_another: bool = False
    #: The words of the claim's verb for the deed the fact's actor answer settled ("stopped working with" for an
    #: ended partnership): the answer says it, so they need not be the fact's words.
    deed: frozenset[str] = frozenset()
    #: Its place answer is the one the claim describes in the answer's own words ("the developer who took the coding test").
    described: bool = False
    #: It gives the claim's words to the speaker the claim names ("Kumar said it is grunt work": two contractors did).
    said_by_them: bool = False
    #: Its support rests on meaning (meaning.py): words the fact lacks were taken for a rewording of its own.
    reworded: bool = False
    #: That support rests on meaning below MEANING_SIMILARITY, every word of the claim being the fact's (meaning.py).
    loose: bool = False


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


#: Pay given as a word rather than a sum, as the reading keeps it (unaccented, as normalised), for a French reader.
_FRENCH_PAY_WORDS = {"unpaid": "non rémunéré", "paid": "payé"}
_FRENCH_PAY_STEMS = (("paye", "payé"), ("remunere", "rémunéré"))


def _french_pay_word(text: str) -> str:
    """ "unpaid" or a claim's "paye" / "remuneree" (its accents lost to normalising) as French words, in guillemets
    ("Les articles disent « non rémunéré », et non « rémunéré »" reads as two words set against each other);
    anything else as it is."""
    if text in _FRENCH_PAY_WORDS:
        return f"« {_FRENCH_PAY_WORDS[text]} »"
    for stem, word in _FRENCH_PAY_STEMS:
        if text.startswith(stem) and text[len(stem) :] in ("", "e", "s", "es"):
            return f"« {word}{text[len(stem) :]} »"
    return text


def french_figure(text: str) -> str:
    """A figure as the English explanation words it ("about 1,000", "$15 an hour", "$10 billion") for a French reader."""
    found = _FIGURE.fullmatch(text)
    if found is None:
        return _french_pay_word(text)
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
