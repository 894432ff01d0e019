"""Typos the lexical typo lookup reads: two in one word, in a stemmed word, and in the words that say a question's type."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import PATTERN_WORDS, TYPE_WORDS, classify, pattern_words
from bot.core.engine.facade import SPELLINGS
from bot.core.engine.lexical import LONG_WORD_CHARS, SHORT_TWO_TYPOS_TRUST, TWO_TYPOS_TRUST, LexicalIndex
from bot.core.text import search_tokens, search_tokens_by_word

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import typo_robustness


@pytest.mark.parametrize(
    ("typed", "indexed"),
    [
        ("paalizbamn", "palizban"),  # a doubled letter and one struck beside it
        ("srecenshot", "screenshot"),  # the second letter wrong: two edits, the first letter kept
        ("ckontracto", "contractor"),
        ("mateluic", "matelich"),
    ],
)
def test_two_typos_in_a_long_word_are_read(engine: Engine, typed: str, indexed: str) -> None:
    assert (indexed, TWO_TYPOS_TRUST) in engine._index.lookup(typed)


def test_two_typos_in_a_short_word_are_read_only_as_the_one_nearest_word(engine: Engine) -> None:
    # "kumar" with a letter swapped and one doubled: no other indexed word of its first letter is as near.
    assert engine._index.lookup("kmuuar") == (("kumar", SHORT_TWO_TYPOS_TRUST),)


def _two_edits(words: list[str], token: str) -> dict[str, float]:
    index = SimpleNamespace(_typo_words=sorted(words), _surface={"recrute": "hire"})
    index._within_two_edits = lambda typed: LexicalIndex._within_two_edits(index, typed)  # type: ignore[arg-type]
    return LexicalIndex._two_edits(index, token)  # type: ignore[arg-type]


def test_a_short_word_two_edits_from_several_words_is_read_as_none() -> None:
    # "poxer" is two edits from "poker" and "power" alike (and from "paper" three): no guess between them.
    assert _two_edits(["poker", "power", "paper"], "pozxr") == {}
    assert _two_edits(["poker", "paper"], "pozxr") == {"poker": SHORT_TWO_TYPOS_TRUST}


def test_a_long_word_is_read_as_every_word_two_edits_away_of_its_first_letter() -> None:
    words = ["trainer", "trainee", "drainer", "recrute"]
    assert _two_edits(words, "trainxe") == {"trainer": TWO_TYPOS_TRUST, "trainee": TWO_TYPOS_TRUST}
    # a curated synonym's own word stands for the token it is folded into
    assert _two_edits(words, "reccrte") == {"hire": TWO_TYPOS_TRUST}
    assert len("trainxe") >= LONG_WORD_CHARS  # "drainer" is as near, but of another first letter


def test_a_word_of_the_language_is_not_read_as_two_typos(engine: Engine) -> None:
    # "planet" is a common word no fact uses: meant as written (two edits from "palantir" would be no reading anyway).
    assert all(trust < TWO_TYPOS_TRUST for _, trust in engine._index.lookup("planet"))


def test_search_tokens_by_word_gives_search_tokens_with_their_words() -> None:
    text = "what did Savreux do for a loiving before GPT-3, agent d'entretien, 1,000 co-founders?"
    pairs = search_tokens_by_word(text)
    assert [token for _word, token in pairs] == search_tokens(text)
    assert ("loiving", "loiv") in pairs


def test_a_stem_the_lookup_cannot_read_gets_its_word_back(engine: Engine) -> None:
    # Stripping "-ing" from "loiving" leaves "loiv", two edits from any indexed word; "loiving" is one from "living".
    index = engine._index
    assert index.lookup("loiv") == ()
    assert index.unstemmed_typos([("loiving", "loiv"), ("living", "living"), ("trainers", "trainer")]) == [
        "loiving",
        "living",
        "trainer",
    ]


def test_a_misspelt_stem_is_read_in_a_question(engine: Engine) -> None:
    answer = engine.ask("what did savreux do for a loiving before ai training")
    assert (
        answer.best is not None
        and answer.best.fact.id == engine.ask("what did savreux do for a living before ai training").best.fact.id
    )


def test_type_words_come_from_the_type_patterns() -> None:
    assert {"when", "where", "date", "combien", "pourquoi", "much", "many"} <= TYPE_WORDS
    assert all(len(word) >= 3 for word in SPELLINGS)
    assert "ref" not in TYPE_WORDS  # a group's name is no word


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("how mcuh is savruex paid per hour", "how much is savruex paid per hour"),
        ("le syndicat de nirobi a été créé à quelle dxate", "le syndicat de nirobi a été créé à quelle date"),
        ("what percantage of contractors do data labling", "what percentage of contractors do data labling"),
    ],
)
def test_a_misspelt_type_word_is_put_right_before_the_type_is_read(engine: Engine, typed: str, meant: str) -> None:
    respelt = engine._index.respell(typed, SPELLINGS)
    assert respelt == meant
    assert classify(respelt).kind == classify(meant).kind


@pytest.mark.parametrize(
    "text",
    [
        "what stake does microsoft hold in openai",  # a word of the language, one edit from "state"
        "combien gagne un formateur ia par heure",  # French words, one edit from "gagn", "here"
        "who is openai's cto",  # too short to be read as "to"
        "wher does he live",  # one edit from "where" and from "her": which is not guessed
        "numbr of opneai staff",  # one edit from "number" and from the indexed French "nombre"
        "combien de personnes travaillent chez openai",
    ],
)
def test_words_are_left_as_written_when_no_single_type_word_is_meant(engine: Engine, text: str) -> None:
    assert engine._index.respell(text, SPELLINGS) == text


def test_pattern_words_are_the_words_the_patterns_spell_out() -> None:
    assert pattern_words(r"\b(?:lay|laid)\s+(?P<who>\w+)\s+off\b", r"^how\s+much\b") == {"lay", "laid", "off", "how", "much"}
    assert {"walk", "away", "laid", "bring"} <= PATTERN_WORDS and TYPE_WORDS <= PATTERN_WORDS


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("what made sama walk awag from openai", "what made sama walk away from openai"),  # a phrasal verb's word
        ("who madde chatgpt", "who made chatgpt"),
        ("where is openai headquarterred", "where is openai headquartered"),
    ],
)
def test_a_misspelt_word_the_patterns_read_is_put_right_and_answered_as_written_right(
    engine: Engine, typed: str, meant: str
) -> None:
    assert engine._index.respell(typed, SPELLINGS) == meant
    right = engine.ask(meant)
    assert right.best is not None
    answer = engine.ask(typed)
    assert answer.best is not None and answer.best.fact.id == right.best.fact.id


def test_a_word_one_edit_from_an_indexed_word_too_is_left_to_the_typo_lookup(engine: Engine) -> None:
    # "hring" is one edit from "bring" (a phrasal verb's word) and from the indexed "hiring": not read as "bring".
    assert engine._index.respell("is invisible hring now", SPELLINGS) == "is invisible hring now"
    assert engine.ask("is invisible hring now").best is None  # as "is invisible hiring now": not told


def test_a_near_question_with_a_misspelt_type_word_still_abstains(engine: Engine) -> None:
    # When the union was formed is not told: read as a when-question, no fact holds its date.
    assert engine.ask("le syndicat de nairobi a été créé à quelle date").best is None
    assert engine.ask("le syndicat de nirobi a été créé à quelle dxate").best is None


def test_typo_variants_keep_the_first_letter_and_are_seeded() -> None:
    names = frozenset({"savreux"})
    question = "what did Savreux do for a living"
    first = typo_robustness.variants(question, names, random.Random(3))
    again = typo_robustness.variants(question, names, random.Random(3))
    assert first == again and set(first) >= {"one typo", "two typos, two words", "two typos, one word", "two typos in a name"}
    for variant in first.values():
        assert variant != question
        assert [w[0] for w in variant.split()] == [w[0] for w in question.split()]


@pytest.mark.parametrize(
    ("typed", "name"),
    [("opebai", "openai"), ("maatelic", "matelich"), ("saavrux", "savreux"), ("nzlrobi", "nairobi"), ("kmuuar", "kumar")],
)
def test_a_misspelt_name_read_as_one_name_word_counts_as_written_right(engine: Engine, typed: str, name: str) -> None:
    assert engine._entities.correct_names([typed, "trainer"]) == [name, "trainer"]


def test_a_word_of_the_language_is_never_taken_for_a_misspelt_name(engine: Engine) -> None:
    # "european" is read as a form of "Europe" by the lookup; it names no place as "Europe" does.
    assert engine._entities.correct_names(["european", "countr"]) == ["european", "countr"]
    assert engine.ask("which eastern european countries did openai hire contractors in").band != "sure"


def test_a_name_with_two_typos_is_answered_as_the_name(engine: Engine) -> None:
    right = engine.ask("what did savreux do before")
    typed = engine.ask("what did saavruex do before")
    assert right.best is not None and typed.best is not None and typed.best.fact.id == right.best.fact.id


def test_real_word_typos_are_other_words_of_the_language_one_edit_away() -> None:
    assert "lunch" in typo_robustness.real_word_typos("launch")
    assert "Kenyon" in typo_robustness.real_word_typos("Kenyan")  # the first letter kept as typed
    # a form of the word itself is no typo of it
    assert "trainer" not in typo_robustness.real_word_typos("trainers")


def test_a_dropped_accent_is_one_accent_less() -> None:
    assert typo_robustness.unaccented("été", random.Random(1)) in ("eté", "éte")
    assert typo_robustness.unaccented("salaire", random.Random(1)) is None


def test_each_kind_of_typo_draws_its_own_typos() -> None:
    # Leaving a kind out changes none of the others' typos: two engines are compared on the same variants.
    question = "how much were the data trainers at Invisible paid"
    every = typo_robustness.variants(question, frozenset({"invisible"}), random.Random(5))
    some = typo_robustness.variants(question, frozenset({"invisible"}), random.Random(5), ("real-word typo",))
    assert some == {"real-word typo": every["real-word typo"]}
    assert set(every) >= {"three typos, three words", "two or three typos, any sort", "real-word typo and a typo"}


def test_a_misspelt_word_read_as_one_indexed_word_is_put_right_in_the_question(engine: Engine) -> None:
    # Its ending kept, and a stem given back the ending that makes it a word ("invisibl" -> "invisible").
    assert engine._index.put_right("how much did invisibel pay its trianers") == ("how much did invisible pay its trainers", 2)
    assert engine._index.put_right("Ibnvisible a licencié les fromateurs")[0] == "Invisible a licencié les formateurs"


def test_a_misspelt_word_read_several_ways_or_a_real_word_is_left_as_typed(engine: Engine) -> None:
    # "fite" is one edit from fire, five, site and cite; "stuff" is a word of the language.
    assert engine._index.put_right("how many contractors did openai fite") == ("how many contractors did openai fite", 0)
    assert engine._index.put_right("what kind of stuff") == ("what kind of stuff", 0)


def test_a_misspelt_word_is_put_right_to_the_word_of_the_language_a_slip_away(engine: Engine) -> None:
    # "recordinyg": two letters swapped in "recording", whose stem a fact uses.
    assert (
        engine._index.put_right("was there a recordinyg of the layoff meeting")[0]
        == "was there a recording of the layoff meeting"
    )


def test_a_misspelt_word_read_two_ways_is_read_as_the_one_of_its_first_letter(engine: Engine) -> None:
    # "tsking" is one edit from "asking" and from "taking": a hand rarely gets the first letter wrong.
    assert engine._index.put_right("is openai still tsking on new people")[0] == "is openai still taking on new people"


def test_a_word_beside_a_name_is_read_with_it_as_the_name(engine: Engine) -> None:
    # "grase" is read several ways alone (grace, grade, grass); beside "matelich" it is Grace Matelich's first name.
    assert engine._entities.correct_names(["gras", "matelich", "job"])[:2] == ["grac", "matelich"]
    typed = engine.ask("what does grase matelich do")
    assert typed.best is not None and typed.best.fact.id == engine.ask("what does grace matelich do").best.fact.id


def test_a_misspelt_message_to_the_bot_is_still_one(engine: Engine) -> None:
    answer = engine.ask("thnaks a lot")
    assert answer.conversation is not None and answer.best is None
