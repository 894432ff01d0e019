"""Confidence in words: "sure", "likely", or "unsure, here is the closest" (an abstention offering the nearest facts).

The numeric confidence (0-1, ranking.confidence) stays in the JSON output; people see the band. The cut-offs
were chosen on the development set (benchmarks/questions.yaml) so that an answer shown as "sure" is right at
least 97 times in 100 there; the calibration table in the README gives both sets' figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.i18n import label

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


def band(confidence: float, *, answered: bool, agreed: bool = True, curated: bool = True, sure: float = SURE) -> str:
    """The band of an answer (answered) or of an abstention that offers suggestions. An answer the re-ranker chose
    over the lexical best (`agreed` False) is at most "likely": the two signals disagree. So is one that holds the
    kind of answer asked only through its curators' questions of that type, not a curated answer of that kind
    (`curated` False): on the development sets and probes such answers were right 94% of the time (32 of 34 shown
    as sure), below what "sure" promises."""
    if not answered:
        return "unsure"
    return "sure" if confidence >= sure and agreed and curated else "likely"


def words(band_name: str, language: str) -> str:
    """A band in the reader's language (the label catalogue's `band.NAME`)."""
    return label(f"band.{band_name}", language)
