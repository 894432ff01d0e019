"""Confidence in words: "sure", "likely", or "unsure, here is the closest" (an abstention offering the nearest facts).

The numeric confidence (0-1, ranking.confidence) stays in the JSON output; people see the band. The cut-offs
were chosen on the development set (benchmarks/questions.yaml) so that an answer shown as "sure" is right at
least 97 times in 100 there; the calibration table in the README gives both sets' figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.i18n import label
from bot.core.models import Fact
from bot.core.text import fold

#: An answer at least this confident is shown as "sure" (98.6% of them right on the development set with the
#: re-ranker; 97.6% at 0.88, 96.7% at 0.8). Below it, down to the engine's threshold, "likely".
SURE = 0.9
#: The bands, most confident first. "unsure" is an abstention that offers the closest facts.
BANDS = ("sure", "likely", "unsure")


@dataclass(frozen=True, slots=True)
class Signals:
    """What the engine knew when it chose an answer, for its band (and for measuring which signals tell right from wrong).

    `confidence` is the lexical confidence of the answer, `coverage` the share of the question's weight its words cover
    and `similarity` its fuzzy closeness to the nearest of the fact's phrasings (confidence mixes the two); `margin` is
    its lead over the next fact matched (any), `fitting_margin` over the next that holds the kind asked; `agreed` whether
    the re-ranker kept the lexical best, `curated` whether the fact holds a curated answer of the kind asked;
    `cosine` the re-ranker's cosine with the answer and `cosine_margin` its lead over the best other fact of the pool
    (None without a re-ranker); `corrected` how many of the question's words were read as typos of others."""

    confidence: float
    coverage: float = 1.0
    similarity: float = 1.0
    margin: float = 1.0
    fitting_margin: float = 1.0
    agreed: bool = True
    curated: bool = True
    cosine: float | None = None
    cosine_margin: float | None = None
    corrected: int = 0
    typed: bool = False
    runner_up: str | None = None


def kin(a: Fact, b: Fact, disputes: Callable[[str], tuple[Fact, ...]]) -> bool:
    """Whether two facts tell the same passage: one records where the articles differ on the other (`disputes` gives a
    claim's discrepancy facts), or both quote the same words of one article (one quote within the other)."""
    if any(f.id == b.id for f in disputes(a.id)) or any(f.id == a.id for f in disputes(b.id)):
        return True
    return any(
        c.source_id == d.source_id and ((q := fold(c.quote)) in (r := fold(d.quote)) or r in q)
        for c in a.citations
        for d in b.citations
    )


#: "Sure" also needs a lead of at least this much lexical confidence over the best rival (a fact not telling the same
#: passage), and, with the re-ranker, no rival closer in meaning to the question: two facts the question matches about as
#: well are where the wrong one is picked. Chosen on the facts' own phrasings, each fold left out of the base and asked
#: (`benchmarks/confidence_signals.py --phrasings --cross-validate`, the README's calibration): "sure" was right 94.6%
#: of the time there without these conditions, 98.2% with them, 97.1% with the lead chosen on the other folds; the
#: development sets' "sure" answers stay right (99.5% to 100%), a fifth of them now "likely".
SURE_MARGIN = 0.1
SURE_COSINE_MARGIN = 0.0


def band(
    confidence: float,
    *,
    answered: bool,
    agreed: bool = True,
    curated: bool = True,
    sure: float = SURE,
    margin: float = 1.0,
    cosine_margin: float | None = None,
) -> str:
    """The band of an answer (answered) or of an abstention that offers suggestions. An answer the re-ranker chose
    over the lexical best (`agreed` False) is at most "likely": the two signals disagree. So is one that holds the
    kind of answer asked only through its curators' questions of that type, not a curated answer of that kind
    (`curated` False): on the development sets and probes such answers were right 94% of the time (32 of 34 shown
    as sure), below what "sure" promises. And one whose lead over its best rival (`margin`, and `cosine_margin` with
    the re-ranker: Signals) is below SURE_MARGIN / SURE_COSINE_MARGIN."""
    if not answered:
        return "unsure"
    ahead = margin >= SURE_MARGIN and (cosine_margin is None or cosine_margin >= SURE_COSINE_MARGIN)
    return "sure" if confidence >= sure and agreed and curated and ahead else "likely"


def band_of(signals: Signals) -> str:
    """The band of an answer from everything the engine knew of it."""
    return band(
        signals.confidence,
        answered=True,
        agreed=signals.agreed,
        curated=signals.curated,
        margin=signals.margin,
        cosine_margin=signals.cosine_margin,
    )


def words(band_name: str, language: str) -> str:
    """A band in the reader's language (the label catalogue's `band.NAME`)."""
    return label(f"band.{band_name}", language)
