"""Messages that are not questions about the articles, or that ask what the articles do not hold, never get a fact
(issue 9: a confident answer with a fact that does not answer the question is the worst failure)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.conversation import detect
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("message", "intent", "language"),
    [
        # said about the bot, with names the reporting shares: the asker means the bot
        ("are you a bot", "identity", "en"),
        ("are you made by OpenAI?", "identity", "en"),
        ("are you an openai bot", "identity", "en"),
        ("are you gpt-4", "identity", "en"),
        ("do you work for openai", "identity", "en"),
        ("what model are you", "identity", "en"),
        ("who programmed you", "identity", "en"),
        ("how do you know that", "identity", "en"),
        ("tu travailles pour openai ?", "identity", "fr"),
        ("t'es chatgpt ?", "identity", "fr"),
        ("qui t'a programmé", "identity", "fr"),
        ("what are your sources", "command", "en"),
        ("c'est quoi tes sources", "command", "fr"),
        ("can i trust you", "capabilities", "en"),
        # slang, reactions and emoticons
        ("gg", "acknowledgement", "en"),
        ("sounds good", "acknowledgement", "en"),
        ("bruh", "acknowledgement", None),
        ("ptdr", "acknowledgement", "fr"),
        ("slt", "greeting", "fr"),
        ("wesh", "greeting", "fr"),
        ("bisous", "goodbye", "fr"),
        (":)", "acknowledgement", None),
        ("<3", "acknowledgement", None),
        ("prove it", "complaint", "en"),
        ("citation needed", "complaint", "en"),
        ("another one", "more", "en"),
        ("une autre", "more", "fr"),
        ("what do you mean", "help", "en"),
        ("tu peux répéter", "help", "fr"),
    ],
)
def test_chat_is_answered_by_the_conversation_layer_never_a_fact(
    engine: Engine, message: str, intent: str, language: str | None
) -> None:
    answer = engine.ask(message)
    assert answer.best is None and answer.suggestions == ()
    assert answer.conversation is not None and answer.conversation.intent == intent
    if language is not None:
        assert answer.language == language
    if intent == "command":
        assert answer.conversation.command == "sources"


@pytest.mark.parametrize(
    "question",
    [
        "are you able to say how many contractors openai hired",
        "who made codex",
        "what model is codex based on",
        "do you know who sam altman is",
        "how do trainers know what to write",
        "where do the trainers get their tasks",
        "qui a créé codex",
    ],
)
def test_questions_naming_you_or_sources_are_still_questions(question: str) -> None:
    assert detect(question) is None


@pytest.mark.parametrize("message", ["kumr", "savrux", "Nvidia", "nvidia", "anthropic", "who is kai", "1 000"])
def test_a_short_message_is_chatter_only_when_it_holds_no_word_name_or_number(engine: Engine, message: str) -> None:
    # A typo of a name finds the name; a name the base never uses, a question or a number is not chatter.
    assert engine.ask(message).conversation is None


def test_a_word_the_base_does_not_know_is_chatter_but_not_a_long_message(engine: Engine) -> None:
    assert engine.ask("skibidi").conversation is not None
    long = engine.ask("skibidi toilet rizz gyatt ohio")
    assert long.conversation is None and long.best is None


@pytest.mark.parametrize(
    ("question", "not_this"),
    [
        # a sum of another kind: a price is no wage
        ("how much does chatgpt cost per month", "savreux-pay-15-an-hour"),
        # a sum of something else: the unpaid coding test is not what Latin American contractors are paid
        ("how much does openai pay its latin american contractors", "coding-test-five-hour-unpaid"),
        # a date of something else: Sama ending its partnership is not when Time published; layoffs are no listing
        ("when did time publish its investigation", "sama-ends-openai-partnership"),
        ("when did invisible go public", "invisible-layoffs-march"),
        # a position the fact's curated roles do not hold
        ("who is microsoft's cfo", "nadella-microsoft-layoffs"),
        ("qui est le directeur financier de microsoft", "nadella-microsoft-layoffs"),
        ("who is the head of the partnership on ai", "jindal-partnership-on-ai"),
        ("what is the ceo of invisible's name", "invisible-company-name"),
        # a name the fact does not give
        ("what is palizban's first name", "palizban-name-spelling"),
        ("what is the name of the nairobi union", "nairobi-ai-workers-union-vote"),
        # what a what-question asks for, or what a who-question asks was done, is not in the fact
        ("what visa do the latin american contractors have", "coding-test-five-hour-unpaid"),
        ("who sponsors the nairobi union", "nairobi-ai-workers-union-vote"),
        # a duration needs a count of a unit of time
        ("how long had the laid off trainers worked at invisible", "invisible-layoffs-march"),
        # the asker's own case
        ("how do i get a job at openai", "hiring-spanish-job-listing"),
        ("does openai train on my chats", "openai-training-practices-secret"),
        ("comment je postule chez invisible", "invisible-trainer-tasks"),
    ],
)
def test_a_fact_without_the_asked_attribute_of_the_asked_subject_does_not_answer(
    engine: Engine, question: str, not_this: str
) -> None:
    answer = engine.ask(question)
    assert answer.best is None or answer.best.fact.id != not_this
    assert answer.best is None, f"{question!r} answered with {answer.best.fact.id}"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the same attribute in other words: the checks must not cost these
        ("how much do openai's contractors get paid", "savreux-pay-15-an-hour"),
        ("how much does savruex earn per hour", "savreux-pay-15-an-hour"),
        ("when did chatgpt launch", "chatgpt-released-in-november"),
        ("since when has codex existed", "codex-launch"),
        ("en quelle année sama a quitté openai", "sama-ends-openai-partnership"),
        ("when did sama stop working with openai", "sama-ends-openai-partnership"),
        ("who is the ceo of openai", "openai-headcount-375"),
        ("who runs microsoft", "nadella-microsoft-layoffs"),
        ("who is the head of operations at invisible", "grace-matelich-role"),
        ("how long did the coding test take", "coding-test-five-hour-unpaid"),
        ("how much cash has microsoft sunk into openai", None),  # any answer about the investment; checked below
    ],
)
def test_the_asked_attribute_in_other_words_is_still_answered(engine: Engine, question: str, expected: str | None) -> None:
    got = best_id(engine, question)
    if expected is None:
        assert got is not None and "microsoft" in got
    else:
        assert got == expected


def test_an_answer_of_the_asked_kind_only_by_its_curators_questions_is_never_sure(engine: Engine) -> None:
    # codex-languages has no curated count: its own how-many questions are what let it answer, which is weaker evidence.
    answer = engine.ask("how many programming languages can codex write")
    assert answer.best is not None and answer.best.fact.id == "codex-languages"
    assert answer.best.confidence >= 0.9 and answer.band == "likely"
    # A curated answer of the kind asked, as close, stays sure.
    curated = engine.ask("how many contractors did openai hire")
    assert curated.best is not None and curated.band == "sure"


def test_the_band_needs_every_signal_for_sure() -> None:
    from bot.core.engine.confidence import band

    assert band(0.95, answered=True) == "sure"
    assert band(0.95, answered=True, agreed=False) == "likely"
    assert band(0.95, answered=True, curated=False) == "likely"
    assert band(0.6, answered=True) == "likely"
    assert band(0.95, answered=False) == "unsure"


@pytest.mark.parametrize(
    "message",
    [
        "what is 2+2",
        "whats 17 times 23",
        "how to write a resume",
        "comment apprendre à coder en python",
        "write me a poem about the trainers",
        "best way to learn ai",
    ],
)
def test_requests_for_instructions_making_or_sums_get_no_fact(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.best is None and answer.conversation is None


@pytest.mark.parametrize(
    "question",
    [
        "how do trainers start their shift",
        "how did savreux escape homelessness",
        "why did they ask devs to explain their thought process step by step",
        "what is 375",
        "how would you describe the layoffs",
    ],
)
def test_questions_about_the_reporting_are_not_taken_for_requests(question: str) -> None:
    from bot.core.engine.focus import personal, request

    assert not request(question) and not personal(question)


@pytest.mark.parametrize(
    ("question", "correction"),
    [
        ("what did invisible's ceo grace matelich say at the meeting", "grace-matelich-role"),
        ("what did matelich, invisible's ceo, say", "grace-matelich-role"),
        ("what did microsoft's cfo satya nadella say", "nadella-microsoft-layoffs"),
        ("what did sonam jindal, the head of the partnership on ai, say", "jindal-partnership-on-ai"),
    ],
)
def test_a_position_someone_does_not_hold_is_corrected_first(engine: Engine, question: str, correction: str) -> None:
    answer = engine.ask(question)
    assert answer.best is not None and answer.best.fact.id == correction
    assert answer.band == "likely"


def test_a_position_someone_holds_is_no_false_premise(engine: Engine) -> None:
    answer = engine.ask("what did openai ceo sam altman tweet")
    assert answer.best is not None and answer.best.fact.id == "altman-talent-density-tweet"
    from bot.core.engine.focus import positions_given

    assert positions_given("what did openai ceo sam altman tweet", {"sam altman", "altman"}) == {"chief"}
    assert positions_given("what did grace matelich say about the ceo", {"grace matelich", "matelich"}) == frozenset()


def test_a_where_question_naming_a_place_is_not_answered_by_a_place_elsewhere(engine: Engine) -> None:
    # Sama's curated base is San Francisco: not where its Kenya office is.
    answer = engine.ask("where is sama's kenya office")
    assert answer.best is None or answer.best.fact.id != "sama-based-in-san-francisco"
    assert engine.ask("where is sama based").best.fact.id == "sama-based-in-san-francisco"
    where = engine.ask("where in texas does kumar live")
    assert where.best is not None and where.best.fact.id in ("kumar-age-texas", "kumar-location-detail")


@pytest.mark.parametrize(
    ("question", "not_this"),
    [
        # a publication or product the question names that the fact is not about
        ("when did semafor launch", "codex-launch"),
        ("who funds semafor", "microsoft-largest-investor-owns-github"),
        ("when did copilot launch", "codex-launch"),
        # a measure no fact gives
        ("how tall is sam altman", "openai-headcount-375"),
    ],
)
def test_a_named_thing_or_measure_the_fact_does_not_hold_gets_no_answer(engine: Engine, question: str, not_this: str) -> None:
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("message", "intent"), [("who owns this bot", "identity"), ("you're so slow", "complaint"), ("ça marche pas", "complaint")]
)
def test_more_chat_about_the_bot(engine: Engine, message: str, intent: str) -> None:
    said = engine.ask(message).conversation
    assert said is not None and said.intent == intent


def test_a_where_question_asks_where_something_is_of_the_fact_says(engine: Engine) -> None:
    # Kumar's curated place is where he lives, not where he studied.
    assert best_id(engine, "where did jatin kumar go to college") is None
    assert best_id(engine, "where is kumar living now") == "kumar-age-texas"
    assert best_id(engine, "where is sama's office") == "sama-based-in-san-francisco"
    assert best_id(engine, "where was the developer who took the coding test") == "coding-test-five-hour-unpaid"


def test_a_share_answers_a_count_only_when_asked_as_one_or_of_the_thing_counted(engine: Engine) -> None:
    # 40% of the contractors are programmers: not how many engineers work at OpenAI.
    answer = engine.ask("how many engineers work at openai")
    assert answer.best is None or answer.best.fact.id != "hiring-programmers-share"
    share = engine.ask("how many of the contractors are programmers")
    assert share.best is not None and share.best.fact.id in (
        "hiring-programmers-share",
        "disc-split-hired-vs-will-work",
        "disc-what-the-contractors-do",
    )
