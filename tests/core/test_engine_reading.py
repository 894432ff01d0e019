"""How questions are read before matching: a scene-setting clause does not give the question its type, and French modal
verbs ask nothing, as English "should" or "could" do not."""

from __future__ import annotations

import pytest

from bot.core.engine.asks import classify
from bot.core.text import search_tokens


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # The opening clause sets the scene; the main clause asks.
        ("when an applicant spotted broken code, were they supposed to just patch it?", None),
        ("if invisible laid them off, why did it hire them?", "why"),
        ("quand openai a recruté, combien de développeurs a-t-il pris ?", "how_many"),
        ("once the shift starts, what does a trainer open first", None),
        # A question whose first clause is the asking one keeps its type.
        ("when did sama end the deal, exactly?", "when"),
        ("when was codex launched", "when"),
        ("before joining openai, what did kumar do", "before"),
        ("si sama a rompu, c'était en quelle année ?", "when"),
    ],
)
def test_a_scene_setting_clause_does_not_type_the_question(question: str, kind: str | None) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize("word", ["devait", "pouvaient", "peut", "doivent", "devrait", "fallait"])
def test_french_modal_verbs_are_not_search_words(word: str) -> None:
    # "devait" was read as the stem "dev", a word no fact holds, weighing as much as the rarest one.
    assert search_tokens(f"le candidat {word} expliquer le code") == search_tokens("le candidat expliquer le code")


def test_english_modals_were_already_not_search_words() -> None:
    assert search_tokens("the applicant should explain the code") == search_tokens("the applicant explain the code")
