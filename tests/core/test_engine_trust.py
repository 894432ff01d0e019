"""Answers that would mislead: a fact that shares the question's words but does not answer it gets no confident
answer (issue 9: "trust is the product")."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import classify, counted_nouns, question_events, rephrase
from bot.core.engine.entities import capitalised_words
from bot.core.text import search_tokens
from bot.evaluation import InScope, OffTopic, Report, cutoffs
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many employees does google have", "employees"),
        ("how many remote workers has openai brought on", "remote workers"),
        ("how many of the new contractors are coders", "new contractors"),
        ("combien de formateurs ont été licenciés", "formateurs"),
        ("combien d'employés microsoft va licencier", "employés microsoft"),  # the ranker drops the names
        ("number of firms that signed", "firms"),
        # people or time in general, or nothing named: no check
        ("combien de temps après l'investissement", ""),
        ("how many times did he say it", ""),
        ("how many did openai hire", ""),
        ("combien gagne savreux", ""),
    ],
)
def test_what_a_how_many_question_counts(question: str, counted: str) -> None:
    assert counted_nouns(question) == tuple(search_tokens(counted))


def test_a_count_of_something_else_does_not_answer_how_many(engine: Engine) -> None:
    # The DeepMind fact names Google and gives a count, of firms committed to guidelines: not Google's employees.
    answer = engine.ask("how many employees does google have")
    assert answer.best is None
    assert answer.band in ("unsure", None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the counted word differs from the fact's ("staffers" / "staff"; "people" / "trainers"): both count people at work
        ("how many staffers are on openai's payroll", {"openai-headcount-375", "altman-headcount-excludes-contractors"}),
        ("how many invisible people train the gpt bots", {"invisible-advanced-ai-data-trainers"}),
        ("how many firms committed to the partnership on ai guidelines", {"pai-guidelines-deepmind"}),
        ("combien de salariés Microsoft va-t-il supprimer", {"nadella-microsoft-layoffs"}),
        ("how many hours did the coding test take", {"coding-test-five-hour-unpaid"}),
    ],
)
def test_a_count_of_what_is_asked_still_answers(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("what is the capital of France", ["France"]),
        ("Sonam Jindal, c'est qui ?", ["Jindal"]),
        ("Thanks. What did Altman tweet?", ["Altman"]),
        # capitals throughout say nothing
        ("What Is The Capital Of France", []),
        ("WHO IS SAM ALTMAN", []),
        ("how many contractors did openai hire", []),
    ],
)
def test_names_are_the_words_written_with_a_capital_inside_a_sentence(text: str, words: list[str]) -> None:
    assert capitalised_words(text) == words


@pytest.mark.parametrize(
    "question",
    [
        "what is the capital of France",  # got Microsoft's 49% stake, "likely" (it shares "capital" with the French statement)
        "What did Elon Musk say about OpenAI's contractors?",
        "How many contractors does Anthropic hire?",
    ],
)
def test_a_question_about_a_name_the_base_never_uses_gets_no_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None
    assert answer.conversation is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # misspelt names of the base are still names of the base
        ("what did Sahm Altmann tweet", {"altman-talent-density-tweet"}),
        ("how much did Micorsoft invest in OpenAI", {"microsoft-investment", "disc-microsoft-investment-amount"}),
        ("pourquoi Sama a-t-elle rompu avec OpenAI", {"sama-ends-openai-partnership"}),
        ("combien de sous-traitants OpenAI a-t-il recrutés en Amérique latine", {"hiring-scale"}),
    ],
)
def test_names_of_the_base_written_with_a_capital_are_still_answered(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected


@pytest.mark.parametrize(
    ("question", "events"),
    [
        ("how many people did Twitter lay off", {"layoff"}),
        ("did they lay the trainers off", {"layoff"}),
        ("how many employees will microsoft let go", {"layoff"}),
        ("what is the layout of the test", set()),
        ("did openai hire anyone", set()),  # a word says it: "hire" is a search token of its own
    ],
)
def test_events_named_by_a_phrase(question: str, events: set[str]) -> None:
    assert question_events(question) == events


@pytest.mark.parametrize(
    "question",
    [
        "Did Savreux get fired?",  # got his working from home, "likely": nothing says whether he was fired
        "Did Meta invest in OpenAI?",  # got Microsoft's investment through OpenAI's headcount fact (it names Facebook)
        "is Amazon hiring AI trainers",  # got the history of low-paid tech work (it names Amazon Mechanical Turk)
        "How many people did Twitter lay off",  # got OpenAI's headcount (Altman posted it on Twitter)
        "Why did Appen lay off its raters?",
    ],
)
def test_a_fact_that_does_not_speak_of_the_event_asked_about_does_not_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).best is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many employees will microsoft let go", {"nadella-microsoft-layoffs"}),
        ("did microsoft lay off workers", {"nadella-microsoft-layoffs"}),
        ("who laid off the openai trainers", {"invisible-layoffs-march"}),
        ("is openai still recruiting", {"hiring-ramped-up-worldwide"}),
    ],
)
def test_a_fact_that_speaks_of_the_event_still_answers(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "6" is "six", "2" is "deux": a number in figures finds the fact that writes it in words
        ("combien de sous-traitants openai a recrutés en 6 mois", {"hiring-scale", "disc-hiring-count-hired-vs-planned"}),
        ("microsoft investment 2 months before the layoffs", {"microsoft-investment"}),
    ],
)
def test_small_numbers_in_figures_and_in_words_are_one(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected


@pytest.mark.parametrize(
    "question",
    [
        # the layoffs were in March: a reason for them is not an answer about January (a false premise)
        "pourquoi invisible a licencié des formateurs en janvier",
        "why did Invisible lay off trainers in January",
    ],
)
def test_a_month_the_fact_does_not_give_is_not_answered_confidently(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None or answer.best.fact.id == "invisible-layoffs-march"


def test_the_month_the_fact_gives_is_answered(engine: Engine) -> None:
    assert best_id(engine, "who laid off openai trainers in march") == "invisible-layoffs-march"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The GPT-3 fact answers how-many only through its curators' "how many lines of code" (no curated count): it
        # speaks of "natural language", but does not count languages. It got this question, "likely".
        ("how many programming languages can codex write", "codex-languages"),
        ("how many lines of source code was gpt-3 trained on", "codex-based-on-gpt-3"),
        ("combien de lignes de code pour entraîner gpt-3", "codex-based-on-gpt-3"),
    ],
)
def test_a_fact_counts_what_its_own_how_many_questions_count(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # facts whose article gives the reason, now curated as a `cause` (they abstained: no why-answer held)
        ("why did openai thank its contractors", "openai-paper-thanks-contractors"),
        ("why do ai trainers label photos", "trainer-tasks-label-predict"),
    ],
)
def test_a_reason_the_article_gives_answers_why(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # Microsoft's only count is of the 10,000 workers it will let go: not its headcount (it got it, "sure")
        "how many employees does microsoft have",
        "combien d'employés a microsoft",
        # OpenAI's investment statement names the “think like human developers” article: it counts no people
        "how many developers does microsoft employ",
    ],
)
def test_a_count_of_people_laid_off_is_not_a_headcount(engine: Engine, question: str) -> None:
    assert engine.ask(question).best is None


@pytest.mark.parametrize(
    "question",
    [
        "how many workers will microsoft cut",
        "how many jobs is microsoft cutting",
        "combien de postes microsoft supprime-t-il",
        "how many people did invisible lay off",
        "combien de personnes invisible a licencié",
    ],
)
def test_a_count_of_people_laid_off_answers_how_many_were_laid_off(engine: Engine, question: str) -> None:
    assert best_id(engine, question) in {"nadella-microsoft-layoffs", "invisible-layoffs-march"}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what does sama pay its kenyan workers", "how_much_money"),
        ("what does savreux earn", "how_much_money"),
        ("what is the name of invisible's ceo", "who"),
        ("quel est le nom du pdg d'invisible", "who"),
        ("what does codex power", None),
    ],
)
def test_questions_worded_as_what_ask_for_a_sum_or_someone(question: str, kind: str | None) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    "question",
    [
        "what does sama pay its kenyan workers",  # got the harmful content Sama's labellers reviewed, "likely"
        "what is the name of invisible's ceo",  # got the spellings of Invisible's name, "likely"
    ],
)
def test_no_sum_or_role_in_the_articles_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).best is None


@pytest.mark.parametrize(
    "question",
    [
        # "sue" was dropped as a typo of "she", leaving "why did Kumar ... OpenAI": his reason for the work, "sure"
        "why did kumar sue openai",
        "did jindal sue openai",
    ],
)
def test_a_real_word_is_not_taken_for_a_mistyped_function_word(engine: Engine, question: str) -> None:
    assert engine.ask(question).best is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [("whta did savreux do before", "savreux-previous-jobs"), ("hwo much does savreux earn", "savreux-pay-15-an-hour")],
)
def test_mistyped_function_words_are_still_left_out(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_a_fact_sharing_only_the_names_does_not_answer_why(engine: Engine) -> None:
    # Nothing says why Kumar would quit OpenAI: his reasons for doing the work share only his name and OpenAI's.
    assert engine.ask("why did kumar quit openai").best is None


def test_cutoffs_count_answers_at_each_confidence(engine: Engine) -> None:
    in_scope = [
        InScope("how many contractors did openai hire", ("hiring-scale",), "how_many", "en"),
        InScope("how many contractors did openai hire", ("codex-launch",), "how_many", "en"),  # counted wrong
    ]
    off_topic = [OffTopic("what is the capital of France", "far")]  # not answered: not counted
    lines = cutoffs(engine, engine, in_scope, off_topic)
    assert "  >= 0.55   50.0% (1/2)" in lines
    assert lines[-1].endswith("0.0% (0/0)")  # the same engine twice: never overridden


def test_the_cost_of_misleading_replies() -> None:
    report = Report()
    for right in (True, False, False):
        report.in_scope.add(right)
    report.closest_offered.add(True)  # one of the two misses abstained offering the right fact: 0.5; the other answered: 2
    report.abstention["near"].add(False)  # an off-topic question answered: 2
    assert report.cost == 4.5


@pytest.mark.parametrize(
    ("question", "rephrased"),
    [
        ("why is openai bringing on all these contractors", "why is openai hire all these contractors"),
        ("who laid the trainers off", "who layoff the trainers"),
        ("how many workers will microsoft let go", "how many workers will microsoft layoff"),
    ],
)
def test_phrasal_verbs_are_read_as_the_one_word_the_facts_use(question: str, rephrased: str) -> None:
    assert " ".join(rephrase(question).split()) == rephrased


def test_bringing_people_on_is_hiring_them(engine: Engine) -> None:
    assert best_id(engine, "why has openai brought on so many contractors") in {
        "hiring-goal-code-models",
        "hiring-reported-by-semafor",
    }


@pytest.mark.parametrize(
    "question",
    [
        "when did chatgpt launch in france",  # got ChatGPT's release in November, "likely"
        "combien de formateurs travaillent en france",  # got OpenAI's headcount, "likely"
        "how many trainers work in india",
        "what did elon musk say about openai's contractors",
    ],
)
def test_well_known_names_in_lower_case_the_base_never_uses(engine: Engine, question: str) -> None:
    assert engine.ask(question).best is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # names of the base, in lower case, are its own
        ("how many contractors did openai hire in latin america", "hiring-scale"),
        ("what is amazon mechanical turk", "tech-low-paid-labour-history"),
    ],
)
def test_well_known_names_the_base_uses_are_still_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_a_sum_asked_for_needs_a_sum(engine: Engine) -> None:
    # The Partnership on AI urged "fair compensation" (its questions speak of pay): it gave no figure. It got this "sure".
    assert engine.ask("what is a data enrichment worker paid").best is None
    assert classify("what is a data enrichment worker paid").kind == "how_much_money"


def test_a_word_for_a_share_is_not_a_layoff(engine: Engine) -> None:
    # "are openai's workers getting a fair cut" ("cut" is a layoff to the search) made this fact speak of layoffs
    answer = engine.ask("did openai fire any of its own staff")
    assert answer.best is None or answer.best.fact.id != "openai-money-not-reaching-contractors"


def test_an_idiom_is_not_a_phrasal_verb_for_hiring(engine: Engine) -> None:
    assert rephrase("bring it on") == "bring it on"
    assert engine.ask("bring it on").best is None  # it got OpenAI's hiring around the world
