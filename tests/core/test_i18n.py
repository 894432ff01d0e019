"""The label catalogue, choosing the reader's language, French with its accents, finding articles by nickname."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from bot.core.articles import find_article
from bot.core.i18n import (
    CATALOGUE,
    COMMAND_NAMES_FR,
    Accents,
    LanguagePreferences,
    choose_language,
    command_text,
    detect_language,
    display_question,
    from_locale,
    label,
    short_statement,
)
from bot.core.models import KnowledgeBase


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_label_has_both_languages_with_the_same_parameters() -> None:
    for key, (english, french) in CATALOGUE.items():
        assert english.strip() and french.strip(), key
        assert _fields(english) == _fields(french), key
    assert label("reach", "fr", count=2, total=5) == "Rapporté par 2 des 5 articles."
    assert label("reach", "de", count=2, total=5) == "Reported by 2 of 5 articles."  # any other language: English
    assert "`/thèmes`" in label("try_topics", "fr") and "`/topics`" in label("try_topics", "en")


def test_french_command_names_follow_discords_rules() -> None:
    for english, french in COMMAND_NAMES_FR.items():
        if english[:1].isupper():  # a context menu's name may hold capitals and spaces
            assert 1 <= len(french) <= 32
            continue
        assert re.fullmatch(r"[-_\w]{1,32}", french) and french == french.lower(), french
    assert command_text("Your question, in English or French", "fr") == "Votre question, en français ou en anglais"
    assert command_text("Your question, in English or French", "en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci", "fr"),
        ("c koi invisible", "fr"),
        ("qui est grace matelich", "fr"),
        ("combien openai paie", "fr"),
        ("thanks", "en"),
        ("who is grace matelich", "en"),
        ("openai", None),
        ("1000", None),
    ],
)
def test_the_language_of_a_text_even_a_word_of_slang(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_the_choice_goes_override_then_question_then_locale() -> None:
    assert choose_language("who is grace", override="fr", locale="en-US") == "fr"
    assert choose_language("merci", locale="en-US") == "fr"
    assert choose_language("openai", locale="fr") == "fr"
    assert choose_language("openai", locale="en-GB") == "en"
    assert choose_language("openai", locale="de") == "en"
    assert from_locale("fr") == "fr" and from_locale("en-US") == "en" and from_locale("ja") is None


def test_accents_are_put_back_only_where_the_spelling_is_sure() -> None:
    accents = Accents(["Il a déjà été embauché.", "L'embauche est terminée.", "Elle prévoit de répondre, et répond."])
    assert accents.restore("a-t-il deja ete embauche") == "a-t-il déjà été embauche"  # "embauche" is a word too
    assert accents.restore("prevoit-elle") == "prévoit-elle"
    assert accents.restore("Deja") == "Déjà"
    assert accents.restore("a ou la") == "a ou la"  # "à", "où", "là": only the sentence tells


def test_french_menu_entries_carry_their_accents(base: KnowledgeBase) -> None:
    folded = 0
    for fact in base.facts.values():
        if not fact.questions_fr:
            continue
        shown = display_question(fact, "fr", base)
        folded += shown in fact.questions_fr and shown.isascii()
        assert display_question(fact, "en", base) == fact.questions[0]
    assert display_question(base.facts["disc-hiring-count-hired-vs-planned"], "fr", base).count("é") >= 1
    assert folded < len(base.facts) // 4


def test_short_statements_title_lists(base: KnowledgeBase) -> None:
    for fact in base.facts.values():
        for language in ("en", "fr"):
            short = short_statement(fact, language)
            assert 0 < len(short) <= 100 and short != fact.id
    disagreement = base.facts["disc-hiring-count-hired-vs-planned"]
    assert short_statement(disagreement, "en") == disagreement.subject


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("semafor", "semafor-army-of-contractors"),
        ("Semafor", "semafor-army-of-contractors"),
        ("nbc", "training-day-grunt-work"),
        ("french", "invisible-layoffs-fr"),
        ("français", "invisible-layoffs-fr"),
        ("internet patrol", "unseen-workforce-internet-patrol"),
        ("will young", "unseen-workforce-internet-patrol"),
        ("invisible-layoffs-fr", "invisible-layoffs-fr"),
    ],
)
def test_an_article_is_found_by_outlet_language_or_nickname(base: KnowledgeBase, query: str, article: str) -> None:
    found = find_article(query, base)
    assert found is not None and found.id == article


def test_nothing_is_found_for_words_no_article_has(base: KnowledgeBase) -> None:
    assert find_article("bloomberg", base) is None
    assert find_article("   ", base) is None


def test_language_choices_last_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "state" / "languages.json"
    chosen = LanguagePreferences(path)
    chosen.set(7, "fr")
    chosen.set(8, "en")
    chosen.set(8, None)
    again = LanguagePreferences(path)
    assert again.get(7) == "fr" and again.get(8) is None and len(again) == 1
    path.write_text("{not json", encoding="utf-8")
    broken = LanguagePreferences(path)
    assert len(broken) == 0 and broken.problem and str(path) in broken.problem


def test_the_languages_file_setting_is_relative_to_the_config(tmp_path: Path) -> None:
    from bot.settings import SettingsError, load_settings

    config = tmp_path / "config.yaml"
    config.write_text("languages_file: state/languages.json\n", encoding="utf-8")
    assert load_settings(config, environ={}).languages_file == tmp_path / "state" / "languages.json"
    config.write_text("languages_file: 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="languages_file"):
        load_settings(config, environ={})
