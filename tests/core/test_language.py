"""The one language guesser: the engine, the claim checker, the CLI and the Discord replies read a text's language alike.

The cases are the kinds of development texts on which the two former guessers (the engine's and the Discord
replies') disagreed, with the reading judged right for each kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine
from bot.core.i18n import choose_language
from bot.core.language import detect_language, guess_language
from bot.evaluation import BENCHMARKS
from tests.core.helpers import BLIND_CLAIM_SETS

DATA = Path(__file__).parent / "data"

KINDS = [
    # no sign: names, figures, keywords, emoji (the engine's guesser said English, the replies' None)
    ("savreux", None),
    ("1,000 contractors", None),
    ("60%", None),
    ("👍", None),
    ("15 dollars an hour", None),  # "an" is French too ("par an")
    ("ok", None),
    # French chat with no function word: the replies' guesser was right, the engine's said English
    ("merci beaucoup", "fr"),
    ("bonjour !", "fr"),
    ("oui", "fr"),
    ("non", "fr"),
    ("mdr", "fr"),
    # French elisions: neither guesser read them
    ("d'accord", "fr"),
    ("t'es nul", "fr"),
    ("pratiques d'entrainement d'openai gardees secretes", "fr"),
    ("chatgpt a combien d'utilisateurs", "fr"),
    # French "a" (has) is no English article: the replies' guesser read these as English or as nothing
    ("microsoft a verse combien a openai", "fr"),
    ("openai a 3750 salaries d'apres altman", "fr"),
    ("tu sers a rien", "fr"),
    ("Jatin Kumar a 22 ans", "fr"),
    # English contractions and possessives: the replies' guesser saw nothing
    ("Savreux's AI training gig paid him $15 per hour", "en"),
    ("Microsoft doesn't own GitHub", "en"),
    ("you're useless", "en"),
    ("OpenAI wouldnt comment on its hiring practices", "en"),
    # "non-compete" is no French "non"
    ("OpenAI makes its contractors sign non-compete agreements", "en"),
    # a name's particle is not French; a sentence's first word is no name's particle
    ("Savreux vient de Kansas City", "fr"),
    ("Le Monde reported the layoffs", "en"),
    ("Le salaire de Savreux", "fr"),
    # accents, and the words a hyphen joins
    ("Où travaille Savreux ?", "fr"),
    ("Savreux travaille-t-il depuis chez lui ?", "fr"),
    ("who is grace matelich", "en"),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_the_language_a_text_shows_or_none(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_a_language_where_one_is_required_defaults_to_english(text: str, expected: str | None) -> None:
    assert guess_language(text) == (expected or "en")
    assert guess_language(text, default="fr") == (expected or "fr")


@pytest.mark.parametrize(("text", "expected"), [k for k in KINDS if k[1] is not None])
def test_the_engine_the_checker_and_the_replies_read_the_same_language(
    engine: Engine, checker: ClaimChecker, text: str, expected: str
) -> None:
    assert engine.ask(text).language == expected
    assert checker.check(text).language == expected
    # the Discord replies: the text's own language before the reader's locale
    assert choose_language(text, locale="en-US" if expected == "fr" else "fr") == expected


#: The development sets (never the sealed ones): each French item that shows its language is answered in French.
DEVELOPMENT_QUESTIONS = (
    "questions.yaml",
    "dev3.yaml",
    "dev4.yaml",
    "dev6.yaml",
    "dev7.yaml",
    "dev8.yaml",
    "dev9.yaml",
    "dev10.yaml",
    "dev11.yaml",
    "probes.yaml",
    "probes_precision.yaml",
)


def _french(texts: list[tuple[str, str]]) -> list[str]:
    return [text for text, lang in texts if lang == "fr" and detect_language(text) is not None]


def test_every_french_development_question_is_answered_in_french(engine: Engine) -> None:
    texts = []
    for name in DEVELOPMENT_QUESTIONS:
        data = yaml.safe_load((BENCHMARKS / name).read_text(encoding="utf-8"))
        texts += [(str(item["q"]), item.get("lang", "en")) for part in ("in_scope", "off_topic") for item in data[part]]
    french = _french(texts)
    assert len(french) > 300
    assert [text for text in french if engine.ask(text).language != "fr"] == []


def test_every_french_development_claim_is_answered_in_french(checker: ClaimChecker) -> None:
    paths = [BENCHMARKS / name for name in BLIND_CLAIM_SETS] + sorted(DATA.glob("claims_dev*.yaml"))
    texts = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = data["claims"] if isinstance(data, dict) else data
        texts += [(entry["claim"], entry.get("lang", "en")) for entry in entries]
    french = _french(texts)
    assert len(french) > 150
    assert [text for text in french if checker.check(text).language != "fr"] == []
