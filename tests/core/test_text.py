"""Search normalisation: what the index and the questions are both reduced to."""

from __future__ import annotations

from bot.core.text import search_tokens


def test_short_amounts_are_read_as_numbers() -> None:
    assert search_tokens("$10bn") == search_tokens("10 billion")
    assert search_tokens("5m users")[:2] == search_tokens("5 million")
    assert search_tokens("15k") == ["15000"]


def test_ligatures_fold_to_their_letters() -> None:
    assert search_tokens("main-d'œuvre") == search_tokens("main d'oeuvre")
    assert search_tokens("CŒUR") == search_tokens("coeur")
