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
    assert "trainer-pay-detail" not in out  # no id: an English slug
    base = load_knowledge()
    assert base.facts["trainer-pay-detail"].subject not in out  # the English subject
    shown = short_statement(base.facts["trainer-pay-detail"], "fr", 110)
    assert shown[:40] in " ".join(out.split())


def test_an_english_answer_lists_the_disagreements_by_subject() -> None:
    out = ask("how much does savreux earn")
    assert "Where the articles differ on this:" in out
    assert "What the AI training work pays and whom the $15 figure describes" in out
    # a disagreement sharing a passage with the answer but about another point (how his name is spelt) is left off
    assert "How Alexej Savreux's surname is spelled" not in out


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


def ask_json(question: str) -> dict:
    import json

    return json.loads(ask_args(question, as_json=True))


def ask_args(question: str, *, as_json: bool = False) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run_ask(question, as_json=as_json, semantic=False, out=out, err=err) == 0, err.getvalue()
    return out.getvalue()


def test_a_yes_no_question_gets_the_claim_checks_verdict_not_an_unrelated_fact() -> None:
    out = ask("Did OpenAI fire the Kenyan workers?")
    assert out.startswith("Contradicted: Did OpenAI fire the Kenyan workers?")
    assert "[sama-ends-openai-partnership]" in out
    assert "invisible-not-only-openai-contractor" not in out and "Confidence:" not in out
    assert "claim by Time's reporting; relayed by this article" in out  # the quote's chain, as the embed gives it
    data = ask_json("Did OpenAI fire the Kenyan workers?")
    assert data["answer"] is None and data["alternatives"] == []
    assert data["verdict"]["verdict"] == "contradicted"
    assert data["verdict"]["fact_id"] == "sama-ends-openai-partnership"


def test_a_claim_gets_its_verdict_and_a_question_its_answer() -> None:
    out = ask("the trainers make $30 an hour")
    assert out.startswith("Contradicted: the trainers make $30 an hour")
    assert "$15 an hour, not $30" in out
    data = ask_json("How many contractors did OpenAI hire?")
    assert data["verdict"] is None and data["answer"]["fact_id"] == "hiring-scale"


def test_a_french_verdict_is_french_with_french_typography() -> None:
    out = ask("Est-ce qu'OpenAI a licencié les formateurs ?")
    assert out.startswith("Contredit : ")
    assert "source : " in out and "claim by" not in out


def test_verify_echoes_no_control_characters_and_bounds_the_claim() -> None:
    from bot.cli import run_verify

    out, err = io.StringIO(), io.StringIO()
    assert run_verify("\x1b[2J\u202eOpenAI hired 1,000 coders\x07", out=out, err=err) == 0
    text = out.getvalue()
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert "OpenAI hired 1,000 coders" in text
    out = io.StringIO()
    assert run_verify("did openai hire 1000 contractors " * 2000, out=out, err=err) == 0
    first = out.getvalue().splitlines()[0]
    assert len(first) < 600  # the claim echoed is cut, as a question is


def test_the_french_timeline_follows_french_typography() -> None:
    import re

    from bot.cli import run_timeline

    out = io.StringIO()
    assert run_timeline(None, language="fr", out=out, err=io.StringIO()) == 0
    text = out.getvalue()
    assert text.startswith("Événements datés, dans l'ordre :")
    assert "Aussi rapporté, sans date donnée par les articles :" in text
    assert "(en février 2022) : " in text
    for source in load_knowledge().sources.values():  # the articles' own headlines keep their punctuation
        text = text.replace(source.display_title, "")
    assert re.findall(r"\S[:;] ", text) == []  # no ':' or ';' glued to the word before it
    english = io.StringIO()
    assert run_timeline(None, language="en", out=english, err=io.StringIO()) == 0
    assert english.getvalue().startswith("Dated events, in order:")


def test_an_empty_question_is_an_error_not_an_abstention() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_ask("   ", semantic=False, out=out, err=err) == 2
    assert out.getvalue() == "" and "give a question" in err.getvalue()


def test_a_timeline_subject_with_nothing_dated_is_echoed_safely_in_the_readers_quotes() -> None:
    from bot.cli import run_timeline

    out = io.StringIO()
    assert run_timeline("\x1bzzz\u202e", language="fr", out=out, err=io.StringIO()) == 0
    assert out.getvalue().startswith("Les articles ne datent aucun événement sur « zzz ». Sujets ayant des événements datés : ")
    out = io.StringIO()
    assert run_timeline("zzz", language="en", out=out, err=io.StringIO()) == 0
    assert out.getvalue().startswith("The articles date no event about “zzz”. Subjects with dated events: ")


def test_a_french_verdict_gives_figures_and_sides_in_french() -> None:
    from bot.core.claims import french_figure

    out = ask("les formateurs gagnent 30 dollars de l'heure")
    assert "Les articles disent 15 dollars de l'heure, et non 30 dollars." in out and "an hour," not in out
    disputed = ask("OpenAI a embauché 1000 développeurs")
    assert disputed.startswith("Contesté : ")
    assert "Whether the roughly 1,000 hires" not in disputed  # the disagreement's English subject
    assert "over 1,000 developers" not in disputed.split("Chaque article")[0].replace("“", "")  # nor its English sides
    # the French subject and each side's French position, never the English ones
    assert "Les articles divergent sur ce point (Si les quelque 1 000 recrues sont des sous-traitants" in disputed
    assert "Chaque article : " in disputed and " : plus de 1 000 développeurs" in disputed
    english = ask("OpenAI hired 1,000 developers")
    assert "over 1,000 developers" in english and "(Whether the roughly 1,000 hires" in english
    assert french_figure("$15 an hour") == "15 dollars de l'heure"
    assert french_figure("$10 billion") == "10 milliards de dollars"
    assert french_figure("about 1,000") == "environ 1 000"
    assert french_figure("1.5 million") == "1,5 million"
    assert french_figure("40%") == "40 %"


def test_a_shortened_title_never_ends_inside_a_french_number() -> None:
    import re

    base = load_knowledge()
    for fact in base.facts.values():
        for limit in (60, 80, 100, 110):
            short = short_statement(fact, "fr", limit)
            full = " ".join((fact.subject_in("fr") or fact.statement_in("fr")).split())
            if short.endswith("…"):
                kept = short[:-1]
                assert not (re.search(r"\d$", kept) and re.match(r" \d{3}\b", full[len(kept) :])), short
    assert short_statement(base.facts["hiring-scale"], "fr", 110).endswith("environ 1 000…")
    # a disagreement is titled by its French subject, cut at a word and never inside "1 000"
    assert short_statement(base.facts["disc-hiring-count-hired-vs-planned"], "fr", 60) == (
        "Si OpenAI a déjà embauché environ 1 000 sous-traitants ou…"
    )
