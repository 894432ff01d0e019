"""What a French reader sees, reply by reply: no English word that is not a name, a title or a quote of an English article."""

from __future__ import annotations

import io

import pytest

from bot.chat.checks import check_reply, verdict_embed
from bot.chat.console import reply_text
from bot.chat.embeds import BLANK, embed_text
from bot.chat.replies import answer_question
from bot.core.claims import checker_for
from bot.core.engine import Engine, conversation


@pytest.mark.parametrize(
    ("claim", "heading"),
    [
        ("Savreux gagne 30 dollars de l'heure", "Ce que disent les articles"),  # two articles quoted
        ("Microsoft a licencié les formateurs d'Invisible", "Ce que dit l'article"),  # one article, three quotes
        ("OpenAI a embauché 1000 développeurs", "Ce que dit chaque article"),  # each side of a dispute
        ("Savreux earns $30 an hour", "What the articles say"),
    ],
)
def test_a_verdict_with_several_quotes_has_one_heading(engine: Engine, claim: str, heading: str) -> None:
    """A contradiction quoting several passages repeated "Ce que dit l'article" over each of them."""
    found = checker_for(engine).check(claim)
    assert len(found.citations) > 1
    embed = verdict_embed(found, engine.base)
    assert [field.name for field in embed.fields if field.name != BLANK] == [heading]
    assert embed_text(embed).count(heading) == 1 and BLANK not in embed_text(embed)


@pytest.mark.parametrize("language", [None, "fr"])
def test_a_french_wh_question_sent_to_the_claim_check_gets_a_french_verdict(engine: Engine, language: str | None) -> None:
    """/vérifier "où habite jatin kumar": what is left once the question word is cut ("jatin kumar") shows no language,
    and the verdict, its footer and its menu came out in English."""
    reply = check_reply("où habite jatin kumar", engine, max_length=300, language=language)
    text = reply_text(reply)
    assert reply.embeds[0].title.startswith("❔ Non rapporté")
    assert "Rien dans les articles" in text and "Nothing in the articles" not in text
    assert "Open a fact" not in text and "Checked against" not in text


def test_a_french_question_naming_one_entity_once_is_checked_without_a_crash(engine: Engine) -> None:
    """The check of a name said twice read the first of no mentions: this question of a development set crashed `ask`."""
    question = "quel contenu les étiqueteurs kényans devaient-ils examiner"
    assert checker_for(engine).premise(question, language="fr") is None
    assert "Sama" in reply_text(answer_question(question, engine, max_length=300))


def test_a_french_contradiction_joins_the_places_in_french(engine: Engine) -> None:
    """ "Les articles disent Nairobi and Kenya, et non Lagos": the names were joined for an English sentence."""
    found = checker_for(engine).check("Le vote pour créer un syndicat a eu lieu à Lagos, au Nigeria")
    assert found.verdict == "contradicted" and found.explanation.startswith("Les articles disent Nairobi et Kenya, et non")
    english = checker_for(engine).check("The union vote took place in Lagos")
    assert english.explanation.startswith("The articles say Nairobi and Kenya, not")


FRENCH_TERMINAL = {"LANG": "fr_FR.UTF-8"}


def test_the_cli_answers_a_text_of_no_language_in_the_terminals(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "syndicat kenya" shows no language: `ask` answered a French terminal in English where the console answered
    in French; now both follow the terminal, and a text's own language still comes first."""
    from bot.cli import run_ask, run_timeline, run_verify

    def ask(text: str, environ: dict[str, str]) -> str:
        out = io.StringIO()
        assert run_ask(text, semantic=False, environ=environ, out=out) == 0
        return out.getvalue()

    assert "plus de 150 personnes" in ask("syndicat kenya", FRENCH_TERMINAL)
    assert "more than 150 people" in ask("syndicat kenya", {})
    assert "more than 150 people" in ask("where did the union vote take place", FRENCH_TERMINAL)
    assert ask("super", FRENCH_TERMINAL).strip() == conversation.reply_text("praise", "fr")
    out = io.StringIO()
    assert run_verify("Savreux, 30 dollars", semantic=False, environ=FRENCH_TERMINAL, out=out) == 0
    assert out.getvalue().startswith(("Contredit", "Non rapporté", "Confirmé"))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = io.StringIO()
    assert run_timeline(None, out=out) == 0 and out.getvalue().startswith("Événements datés")


def test_who_pages_follow_french_typography(engine: Engine) -> None:
    """ "personne: Un formateur…" and "Cité dans : A; B": a French page spaces its colons and semicolons."""
    from bot.chat.embeds import entity_pages
    from bot.core.render import render_entity_text

    savreux = engine.base.entities["alexej-savreux"]
    french = entity_pages(savreux, engine.base, "fr")[0].description or ""
    assert french.startswith("*personne* : ") and " ; " in french
    english = entity_pages(savreux, engine.base, "en")[0].description or ""
    assert english.startswith("*person*: ") and " ; " not in english
    assert " ; " in render_entity_text(savreux, engine.base, "fr")[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanks! combien gagne savreux", "fr"),  # the engine answers what is left once the courtesies are off
        ("merci, how much does savreux earn?", "en"),
        ("<:wave:998877665544332211> combien gagne savreux", "fr"),  # an emoji's name is no English
        ("bonne soirée", "fr"),
        ("savreux", None),
    ],
)
def test_the_discord_replies_read_a_message_as_the_engine_does(engine: Engine, text: str, expected: str | None) -> None:
    assert conversation.language_of(text) == expected
    reply = answer_question(text, engine, max_length=300, locale="fr" if expected == "en" else "en-US")
    assert reply.answer is None or reply.answer.language == (expected or "en")


def test_a_french_timeline_subject_with_a_preposition_finds_its_events(engine: Engine) -> None:
    """/chronologie "licenciements chez Invisible" listed the Microsoft investment alone: no fact says "chez"."""
    from bot.core.timeline import build_timeline

    for subject in ("licenciements chez Invisible", "Invisible layoffs"):
        timeline = build_timeline(engine.base, subject)
        assert "invisible-layoffs-march" in [event.fact.id for event in (*timeline.dated, *timeline.undated)], subject


def test_notices_around_an_answer_read_the_message_as_the_answer_does() -> None:
    """The busy, cooldown and apology notices take the language the answer takes, not one read from the raw text."""
    from bot.chat.replies import reply_language

    assert reply_language("thanks! combien gagne savreux", locale="en-US") == "fr"
    assert reply_language("thanks! combien gagne savreux", override="en", locale="fr") == "en"
    assert reply_language("savreux", locale="fr") == "fr" and reply_language(None, locale="en-GB") == "en"
