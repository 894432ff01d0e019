"""The word-frequency list and what the engine makes of words no fact uses."""

from __future__ import annotations

from bot.core import lexicon
from bot.core.engine import Engine
from bot.core.text import search_tokens


def test_common_words_are_listed_and_typos_and_names_are_not() -> None:
    assert lexicon.zipf("the") > 6
    assert 3 < lexicon.zipf("founder") < lexicon.zipf("think")
    # Search tokens are stems: the frequency is that of the most common word behind one.
    assert lexicon.zipf(search_tokens("released")[0]) >= 4
    assert lexicon.zipf("invisble") == 0.0
    assert lexicon.zipf("matelich") == 0.0


def test_french_words_are_listed_without_accents() -> None:
    (token,) = search_tokens("siège")
    assert lexicon.zipf(token) > 3


def test_a_real_word_is_not_read_as_a_typo_of_an_indexed_one(engine: Engine) -> None:
    # "founded" once met "if he found a bug"; "next" once met "text".
    assert engine.ask("who founded openai").abstained
    assert engine.ask("qui a fondé openai").abstained
    assert all(trust < 0.5 for _, trust in engine._index.lookup("next"))


def test_a_real_typo_is_still_corrected(engine: Engine) -> None:
    (indexed, trust), *_ = engine._index.lookup("invisble")
    assert indexed == search_tokens("invisible")[0] and trust > 0.5


def test_a_number_is_never_a_typo_of_another(engine: Engine) -> None:
    assert search_tokens("GPT-4") == ["gpt4"]
    assert engine._index.lookup("gpt4") == ()
    assert engine._index.lookup("gpt3") == (("gpt3", 1.0),)


def test_another_form_of_an_indexed_word_still_finds_it(engine: Engine) -> None:
    # The light stemmer leaves French verb forms apart: "supprimer" must still reach "supprimé".
    assert ("supprim", 0.7) in engine._index.lookup("supprimer")


def test_every_listed_word_is_found_with_its_frequency_and_no_other_word_is() -> None:
    listed = dict(line.split("\t") for line in lexicon.WORDS.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    words = lexicon._words()
    assert all(words.get(word) == float(frequency) for word, frequency in listed.items())
    for word in ("", "#", "zzzzzzzz", "aaa", "the\tcat", "the\n", "invisbl", "matelich", "\U0010ffff"):
        assert (word in listed) or words.get(word) == 0.0
    assert words.get(min(listed)) > 0 and words.get(max(listed)) > 0


def test_the_list_is_sorted_as_its_look_up_needs() -> None:
    listed = [line.split("\t")[0] for line in lexicon.WORDS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert listed == sorted(listed)


def test_a_words_frequency_stems_only_its_listed_forms() -> None:
    # The engine's build asks about every word of every name: stemming each of its twenty made-up forms ("kumarings")
    # kept them all in the stemmer's caches (9 MiB at 10k facts).
    from bot.core.text import SUFFIXES, stem, strip_ending

    lexicon.zipf.cache_clear()
    stem.cache_clear()
    strip_ending.cache_clear()
    assert lexicon.zipf("kumarqx") == 0.0
    assert stem.cache_info().currsize == 0 and strip_ending.cache_info().currsize == 0
    # A listed form still counts only when it stems to the token, and only listed forms are stemmed.
    forms = ["hire", *("hire" + suffix for suffix in SUFFIXES), *lexicon._synonyms_of()["hire"]]
    listed = [form for form in forms if lexicon.frequency(form)]
    stem.cache_clear()
    assert lexicon.zipf("hire") == max(lexicon.frequency(form) for form in listed if stem(form) == "hire") >= 4
    assert stem.cache_info().currsize == len(set(listed)) < len(forms)
