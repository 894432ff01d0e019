"""The claim check and the conversation layer speak the reader's language, every word from the label catalogue:
verdict names and explanations, the verdict embed's fields and footer, `verify`'s text, and small-talk replies."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.chat.checks import check_reply, premise_embed, verdict_embed
from bot.chat.embeds import BLANK
from bot.chat.replies import answer_question
from bot.core import i18n
from bot.core.answers import Conversation
from bot.core.claims import checker_for, render_verdict, verdict_json
from bot.core.engine import Engine, conversation
from bot.core.i18n import CATALOGUE
from tests.chat.test_bilingual_pages import _fragments, _text

#: One claim of each verdict, in English and in French.
CLAIMS = {
    "supported": ("Codex was released in August 2021", "Codex a été lancé en août 2021"),
    "contradicted": ("The trainers make $30 an hour", "les formateurs gagnent 30 dollars de l'heure"),
    "disputed": ("OpenAI hired 1,000 coders", "OpenAI a embauché 1000 sous-traitants"),
    "not_reported": ("The CEO of Nvidia is Jensen Huang", "Le PDG de Nvidia est Jensen Huang"),
}
PREMISE = ("Why did OpenAI fire the Kenyan workers?", "Pourquoi OpenAI a-t-il licencié les travailleurs kényans ?")
INTENTS = (
    "greeting", "thanks", "goodbye", "help", "identity", "capabilities", "praise", "complaint", "small_talk", "presence",
    "acknowledgement", "more", "why",
)  # fmt: skip


def _marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "CATALOGUE", {key: (f"⟦en⟧{en}", f"⟦fr⟧{fr}") for key, (en, fr) in CATALOGUE.items()})


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_verdict_has_the_expected_kind_in_both_languages(engine: Engine, language: str) -> None:
    checker = checker_for(engine)
    for verdict, claims in CLAIMS.items():
        for claim in claims:
            assert checker.check(claim, language=language).verdict == verdict, claim


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_word_of_a_verdict_comes_from_the_catalogue_in_the_readers_language(
    engine: Engine, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Labels marked with their language: whatever the claim's language, the reader's marks only, on the verdict's
    name, its explanation, the embed's fields and footer, and the plain text `verify` prints."""
    _marked(monkeypatch)
    checker = checker_for(engine)
    other = "fr" if language == "en" else "en"
    for claims in CLAIMS.values():
        for claim in claims:
            found = checker.check(claim, language=language)
            embed = verdict_embed(found, engine.base)
            texts = {"embed": _text(embed), "verify": render_verdict(found, engine.base)}
            for where, text in texts.items():
                assert f"⟦{other}⟧" not in text, (claim, where, text[text.index(f"⟦{other}⟧") :][:80])
            assert embed.title.split(" ", 1)[1].startswith(f"⟦{language}⟧"), embed.title  # "✅ ⟦fr⟧Confirmé : ..."
            assert found.explanation.startswith(f"⟦{language}⟧"), (claim, found.explanation)
            assert embed.footer.text.startswith(f"⟦{language}⟧")
            assert all(field.name == BLANK or field.name.startswith(f"⟦{language}⟧") for field in embed.fields), claim
    for question in PREMISE:
        embed = premise_embed(question, engine, language)
        assert embed is not None and embed.title.startswith(f"⟦{language}⟧") and f"⟦{other}⟧" not in _text(embed)
    empty = check_reply("  ", engine, max_length=300, language=language)
    assert empty.content.startswith(f"⟦{language}⟧")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_label_of_the_other_language_on_a_verdict(engine: Engine, language: str) -> None:
    other = "fr" if language == "en" else "en"
    foreign = _fragments(other, engine.base)
    checker = checker_for(engine)
    for claims in CLAIMS.values():
        for claim in claims:
            found = checker.check(claim, language=language)
            for text in (_text(verdict_embed(found, engine.base)), render_verdict(found, engine.base)):
                flat = " ".join(text.replace("*", " ").split())
                leaks = [piece for piece in foreign if piece in flat]
                assert not leaks, (claim, language, leaks)


def test_verify_json_keeps_the_english_verdict_keys_for_a_french_reader(engine: Engine, monkeypatch) -> None:
    _marked(monkeypatch)
    found = checker_for(engine).check(CLAIMS["contradicted"][0], language="fr")
    shape = verdict_json(found, engine.base)
    assert shape["verdict"] == "contradicted" and shape["explanation"].startswith("⟦fr⟧Les articles disent")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_conversation_reply_comes_from_the_catalogue(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _marked(monkeypatch)
    other = "fr" if language == "en" else "en"
    for intent in (*INTENTS, "more_about", "why_about"):
        text = conversation.reply_text(intent, language)
        assert text.startswith(f"⟦{language}⟧") and f"⟦{other}⟧" not in text, (intent, text)
    # the command list names the commands as the reader's Discord shows them
    assert "/demander" in conversation.reply_text("help", "fr") and "/ask" not in conversation.reply_text("help", "fr")
    assert "/ask" in conversation.reply_text("help", "en")


def test_a_reply_to_small_talk_follows_the_readers_chosen_language(engine: Engine) -> None:
    """A reader who chose French with /language gets "Avec plaisir !" for "thanks", not the English reply."""
    chosen = answer_question("thanks", engine, max_length=300, language="fr")
    assert chosen.content == conversation.reply_text("thanks", "fr")
    assert answer_question("thanks", engine, max_length=300).content == conversation.reply_text("thanks", "en")
    said = conversation.in_language(Conversation("command", "x", command="random"), "fr")
    assert said.reply == conversation.reply_text("command", "fr", command="hasard")


def _cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def test_the_cli_answers_and_verifies_in_the_language_asked() -> None:
    assert _cli("ask", "--lang", "fr", "thanks").strip() == conversation.reply_text("thanks", "fr")
    text = _cli("verify", "--lang", "fr", CLAIMS["contradicted"][0])
    assert text.startswith("Contredit : ") and "Les articles disent 15 dollars de l'heure" in text
    lines = _cli("verify", "--lang", "fr", "--json", CLAIMS["disputed"][0])
    shape = json.loads(lines)
    assert shape["verdict"] == "disputed" and shape["explanation"].startswith("Les articles divergent")
    assert _cli("verify", CLAIMS["contradicted"][0]).startswith("Contradicted: ")


def test_the_console_checks_claims_and_lists_the_timeline_by_either_name(engine: Engine) -> None:
    """/check and /timeline (or /vérifier and /chronologie) in the console answer as the Discord commands do, in the
    claim's language, else the terminal's; they were read as questions, slash and all."""
    from bot.chat.console import handle_line, reply_text
    from bot.settings import Settings

    settings = Settings()
    checked = reply_text(handle_line("/vérifier les formateurs gagnent 30 dollars de l'heure", engine, settings, []))
    assert checked.startswith("## ❌ Contredit : les formateurs gagnent") and "/vérifier" not in checked
    assert "Ce que disent les articles" in checked and "What the articles say" not in checked
    english = reply_text(handle_line("/check The trainers make $30 an hour", engine, settings, [], language="fr"))
    assert english.startswith("## ❌ Contradicted: The trainers make $30 an hour")  # the claim's language first
    empty = reply_text(handle_line("/vérifier", engine, settings, []))
    assert empty.startswith("Donnez-moi une affirmation à vérifier")
    timeline = reply_text(handle_line("/chronologie sama", engine, settings, []))
    assert timeline.startswith("## Chronologie : sama") and "février 2022" in timeline
    assert reply_text(handle_line("/timeline zzz", engine, settings, [])).startswith("The articles date no event about “zzz”.")


def test_the_console_names_its_commands_in_the_readers_language() -> None:
    from bot.core.i18n import label

    assert "/qui, /vérifier, /chronologie, /thèmes" in label("console.intro", "fr").replace("\n", " ")
    assert "/who, /check, /timeline, /topics" in label("console.intro", "en").replace("\n", " ")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_verdict_has_buttons_and_a_menu_in_the_readers_language(engine: Engine, language: str) -> None:
    """A verdict is not a dead end: Sources and Related for the fact that settles it, "Wrong answer?" for the curators,
    Delete for the asker, and a menu of the nearest facts when nothing settles it; every label in the reader's
    language (verdicts had no components at all)."""
    from bot.chat.views import describe

    names = {
        "en": ["Sources", "Related", "Wrong answer?", "Delete"],
        "fr": ["Sources", "Liés", "Mauvaise réponse ?", "Supprimer"],
    }
    settled = check_reply(CLAIMS["contradicted"][1], engine, max_length=300, language=language, asker=42)
    described = describe(settled.view)
    assert [name for name, _id, _options in described] == names[language]
    assert described[2][1] == f"rb:wrong:{language}:savreux-pay-15-an-hour" and described[3][1] == "rb:del:42"
    typed = answer_question(CLAIMS["contradicted"][0], engine, max_length=300, language=language, asker=7)
    assert [name for name, _id, _options in describe(typed.view)] == names[language]  # a claim typed to /ask
    unsettled = check_reply("Savreux worked at Google in 2019", engine, max_length=300, language=language)
    menu = describe(unsettled.view)
    assert [name for name, _id, _options in menu] == [
        {"en": "Open a fact with its quotes…", "fr": "Ouvrir un fait avec ses citations…"}[language]
    ]
    nearest = checker_for(engine).check("Savreux worked at Google in 2019", language=language).nearest
    assert [value for _label, value in menu[0][2]] == [f.id for f in nearest]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_verdict_counts_articles_and_separate_origins(engine: Engine, language: str) -> None:
    """Two articles quoting one tweet are one origin, not two confirmations: the verdict says so, as an answer does."""
    from bot.core.provenance import origins_line

    verdict = checker_for(engine).check("Sam Altman said OpenAI has 375 employees", language=language)
    assert verdict.verdict == "supported" and verdict.fact is not None and verdict.fact.id == "openai-headcount-375"
    line = origins_line(verdict.fact, engine.base, language)
    assert line.startswith({"en": "Reported by 2 of 5 articles, tracing to 2 separate origins: a tweet by Sam Altman",
                            "fr": "Rapporté par 2 des 5 articles, remontant à 2 origines distinctes : un tweet de Sam Altman"}[language])  # fmt: skip
    assert line in render_verdict(verdict, engine.base)
    assert line in " ".join(_text(verdict_embed(verdict, engine.base)).replace("*", "").split())
    nothing = checker_for(engine).check(CLAIMS["not_reported"][0], language=language)
    assert "Reported by" not in render_verdict(nothing, engine.base) and "Rapporté par" not in render_verdict(
        nothing, engine.base
    )


@pytest.mark.parametrize(
    ("claim", "said", "not_said"),
    [
        ("Grace Matelich est la PDG d'Invisible", "Les articles disent autre chose (pas PDG) : Grace Matelich est", "head of"),
        ("Sam Altman est le directeur technique d'OpenAI", "Les articles disent autre chose (pas directeur technique) : ", "CEO"),
        ("Jatin Kumar bosse comme formateur conversationnel pour Anthropic", "(pas formateur chez Anthropic) : Kumar", " at "),
        ("Microsoft possède OpenAI", "Les articles disent autre chose : Microsoft", "invested in"),
        ("Codex a été lancé en 2019", "Les articles disent en août 2021, et non 2019.", "in August"),
        ("Jatin Kumar vit à Chicago", "Les articles disent Texas, et non Chicago.", "lives in"),
    ],
)
def test_a_french_contradiction_gives_no_english_value(engine: Engine, claim: str, said: str, not_said: str) -> None:
    """The curated values are English ("partner and head of operations at Invisible", "in August 2021"): a French
    reader gets the date in the fact's French words, or the plain wording whose French statement says it."""
    verdict = checker_for(engine).check(claim, language="fr")
    assert verdict.verdict == "contradicted"
    assert said in verdict.explanation and not_said not in verdict.explanation, verdict.explanation
    english = checker_for(engine).check(claim, language="en")
    assert english.verdict == "contradicted" and english.explanation.startswith("The articles ")
