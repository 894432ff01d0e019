"""`ask` as a reader sees it: every label and listed fact in the reader's language, and French typography."""

from __future__ import annotations

import io
import itertools

from bot.cli import run_ask
from bot.core.i18n import short_statement
from bot.core.loader import load_knowledge


def ask(question: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run_ask(question, semantic=False, out=out, err=err) == 0, err.getvalue()
    return out.getvalue()


def test_a_french_answer_lists_the_disagreements_in_french() -> None:
    out = ask("combien gagne savreux")
    assert "Où les articles divergent sur ce point :" in out
    assert "savreux-name-spelling" in out
    assert "How Alexej Savreux's surname is spelled" not in out  # the English subject
    base = load_knowledge()
    shown = short_statement(base.facts["savreux-name-spelling"], "fr", 110)
    assert shown[:40] in " ".join(out.split())


def test_an_english_answer_lists_the_disagreements_by_subject() -> None:
    out = ask("how much does savreux earn")
    assert "Where the articles differ on this:" in out
    assert "How Alexej Savreux's surname is spelled" in out


def test_french_labels_put_a_space_before_the_colon() -> None:
    out = ask("qui est grace matelich")
    assert out.startswith("Grace Matelich (personne) : ")
    assert "OpenAI ; source : " in out  # the article's title, then who says it
    assert "): " not in out and "OpenAI; source" not in out
    english = ask("who is grace matelich")
    assert english.startswith("Grace Matelich (person): ")


def test_wrapping_never_strands_french_marks_or_splits_a_number() -> None:
    from bot.core.render import wrap_lines

    base = load_knowledge()
    texts = [f.statement_fr for f in base.facts.values() if f.statement_fr]
    for width in (60, 80, 100):
        for text in texts:
            lines = wrap_lines(text, width, "  ")
            assert "".join("".join(lines).split()) == "".join(text.split())  # nothing lost or added
            for line, after in itertools.pairwise(lines):
                assert not line.endswith("«"), line
                assert after.lstrip()[:1] not in {"»", ":", ";", "?", "!"}, after
                assert not (line[-1:].isdigit() and after.lstrip()[:3].isdigit()), (line, after)
    assert wrap_lines("environ 1 000 sous-traitants", 10) == ["environ", "1 000", "sous-", "traitants"]
    assert wrap_lines("telles que la « qualité »", 15) == ["telles que la", "« qualité »"]
