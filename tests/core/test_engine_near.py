"""Questions that share the reporting's words but that no fact answers ("near" off-topic ones): the fact sharing the
most words answers another question, so the engine abstains (offering it), or answers with the fact that does answer
(issue 9: a confident wrong answer is the worst failure)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine, qualifiers
from bot.evaluation import BENCHMARKS, load_questions
from tests.core.helpers import best_id

# ------------------------------------------------------------------ qualifiers: against, now, later, the future


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many people voted against the union", {"against"}),
        ("combien ont voté contre le syndicat", {"against"}),
        ("is savreux still a trainer", {"now"}),
        ("est-ce qu'openai recrute en ce moment", {"now"}),
        ("what happened to them afterwards", {"later"}),
        ("what became of the laid-off trainers", {"later"}),
        ("que sont-ils devenus par la suite", {"later"}),
        ("when will openai stop hiring", {"future"}),
        ("how many contractors did openai hire", set()),
        ("pourquoi invisible a licencié des formateurs", set()),
    ],
)
def test_a_question_s_qualifiers_are_read_whatever_its_subject(question: str, expected: set[str]) -> None:
    assert qualifiers.asked(question) == expected


def test_a_fact_carries_a_qualifier_in_its_words_or_the_present_tense_of_its_statement() -> None:
    assert qualifiers.carried(frozenset({"now"}), "openai is still recruiting", "")
    assert qualifiers.carried(frozenset({"now"}), "", qualifiers.folded("Kumar is a 22-year-old living in Texas."))
    assert not qualifiers.carried(frozenset({"now"}), "les recrues pas encore certifiees", "some were laid off in march")
    assert not qualifiers.carried(frozenset({"against"}), "150 people voted to form a union", "")


@pytest.mark.parametrize(
    "question",
    [
        "how many people voted against the union",
        "how many nairobi workers opposed forming a union",
        "combien de personnes ont voté contre le syndicat",
        "is invisible hiring now",
    ],
)
def test_a_qualifier_the_fact_does_not_carry_makes_it_answer_another_question(engine: Engine, question: str) -> None:
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many people voted to form the union", "nairobi-ai-workers-union-vote"),
        ("is openai still hiring", "hiring-ramped-up-worldwide"),
        ("where is kumar living now", "kumar-age-texas"),
    ],
)
def test_a_fact_carrying_the_qualifier_or_asked_without_one_still_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


# ------------------------------------------------------------------ the thing a what-question asks for


def test_the_thing_a_what_question_asks_for_must_be_in_the_fact_not_merely_in_the_base(engine: Engine) -> None:
    # "score" is one letter from a word of the base ("scope"), but no fact about the coding test gives a score
    assert best_id(engine, "what score did the developer get on the coding test") is None


def test_a_unit_of_time_asked_for_is_a_when_not_a_thing(engine: Engine) -> None:
    assert best_id(engine, "what decade did the punch-card operators work in") == "tech-low-paid-labour-history"


# ------------------------------------------------------------------ what the fact's answer slot gives


@pytest.mark.parametrize(
    "question",
    [
        # a duration, of any type of question: what ended his homelessness does not say how long it lasted
        "how long had savreux been homeless",
        # a count the question itself states is not what it asks (a breakdown of it)
        "of the 1,000 contractors openai hired, how many are in latin america",
        # a title: only a fact about the publication itself, or one speaking of a headline, gives it
        "what is the title of the paper that thanked the contractors",
        "quel est le titre de l'article de recherche qui remercie les sous-traitants",
        # which one: a fact that speaks of "an outsourcing agency" does not say which
        "which agency posted the spanish job listing",
        # what someone earns: only a curated sum says it ("low pay" is none)
        "what do the kenyan labelers earn",
    ],
)
def test_a_fact_whose_answer_slot_gives_something_else_does_not_answer(engine: Engine, question: str) -> None:
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how long was the coding test", "coding-test-five-hour-unpaid"),
        ("how many contractors did openai hire", "hiring-scale"),
        ("what was the headline of the nbc article", "blink-182-headline"),
        ("which company owns github", "microsoft-largest-investor-owns-github"),
        ("what does savreux earn", "savreux-pay-15-an-hour"),
    ],
)
def test_a_fact_whose_answer_slot_gives_what_is_asked_still_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


# ------------------------------------------------------------------ whose words a what-said question asks


@pytest.mark.parametrize(
    "question",
    ["what did the laid-off trainers say", "qu'ont dit les formateurs licenciés", "les formateurs licenciés ont dit quoi"],
)
def test_a_quote_by_someone_else_than_the_people_asked_about_does_not_answer(engine: Engine, question: str) -> None:
    # Palizban said many laid-off workers had worked on projects without enough return: his words, not theirs
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what did the openai spokesperson say", "openai-spokesperson-time-statement"),
        ("qu'a dit le porte-parole d'openai", "openai-spokesperson-time-statement"),
        ("what did the contractors tell nbc", "two-contractors-grunt-work"),
    ],
)
def test_a_quote_by_the_people_asked_about_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


# ------------------------------------------------------------------ what the question is about


@pytest.mark.parametrize("question", ["who designed openai's coding test", "who marked the coding test answers"])
def test_a_thing_other_facts_speak_of_is_what_the_question_is_about(engine: Engine, question: str) -> None:
    # the coding test, several facts' subject: Codex's launch or the trainers' quality checks answer other questions
    assert best_id(engine, question) not in ("codex-launch", "codex-languages", "trainer-output-quality-check")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how long was the coding test", "coding-test-five-hour-unpaid"),
        ("what languages can codex write code in", "codex-languages"),
        ("what share of the contractors do data labeling", "hiring-data-labeling-share"),
    ],
)
def test_a_fact_speaking_of_the_thing_asked_about_still_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


# ------------------------------------------------------------------ a refusal to comment answers only about a response


@pytest.mark.parametrize("question", ["comment openai recrute-t-il", "comment invisible a-t-il licencié ses formateurs"])
def test_french_how_is_not_answered_by_a_refusal_to_comment(engine: Engine, question: str) -> None:
    assert best_id(engine, question) not in ("openai-declined-comment-hiring", "openai-invisible-no-comment")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("did openai comment on its hiring", "openai-declined-comment-hiring"),
        ("openai a-t-il commenté son recrutement", "openai-declined-comment-hiring"),
        ("did invisible respond", "openai-invisible-no-comment"),
        ("did openai or invisible answr the journalists", "openai-invisible-no-comment"),
    ],
)
def test_a_question_about_a_response_is_answered_by_the_refusal(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


# ------------------------------------------------------------------ floors on the development sets' near questions

#: Near abstention the engine reaches today on development sets (benchmarks/evaluate.py; README, "Near questions"): a
#: change that answers more of them with a fact that does not answer them fails here.
NEAR_FLOORS = {"probes_near.yaml": 0.81, "probes.yaml": 0.95, "probes_precision.yaml": 0.99, "dev7.yaml": 0.94}


@pytest.mark.parametrize("name", list(NEAR_FLOORS))
def test_near_abstention_on_the_development_sets_does_not_regress(engine: Engine, name: str) -> None:
    _, off_topic = load_questions(BENCHMARKS / name)
    near = [item for item in off_topic if item.kind == "near"]
    answered = [f"{item.question!r}: {best_id(engine, item.question)}" for item in near if best_id(engine, item.question)]
    assert 1 - len(answered) / len(near) >= NEAR_FLOORS[name], "\n".join(answered)


# ------------------------------------------------------------------ a place within the place the question names


@pytest.mark.parametrize("question", ["where in kenya were sama's labelers", "où au kenya travaillaient les étiqueteurs de sama"])
def test_a_place_within_one_the_question_names_is_not_given_by_a_fact_naming_only_that_one(engine: Engine, question: str) -> None:
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the statement names Austin (no entity of its own): it says where in Texas
        ("where in texas does kumar live", "kumar-age-texas"),
        ("dans quelle ville du kenya les travailleurs ont-ils voté pour un syndicat", "nairobi-ai-workers-union-vote"),
        ("where does kumar live", "kumar-age-texas"),
    ],
)
def test_a_fact_naming_a_place_within_it_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


# ------------------------------------------------------------------ the name of a kind of thing, a date asked late


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what university did kumar graduate from", "who"),
        ("which tv network did the contractors talk to", "who"),
        ("quelle université a fréquenté kumar", "who"),
        ("which eastern european countries did openai hire in", "where"),
        ("c'était quand, la réunion enregistrée chez invisible ?", "when"),
        ("ça s'est passé quand, les licenciements ?", "when"),
        ("il est venu quand même", None),
        ("what did kumar study", None),
    ],
)
def test_a_question_asking_the_name_of_a_kind_of_thing_or_a_late_quand_is_typed(question: str, kind: str | None) -> None:
    from bot.core.engine.asks import classify

    assert classify(question).kind == kind


def test_a_fact_that_names_no_university_does_not_answer_which_one(engine: Engine) -> None:
    # Kumar is a recent graduate; the articles never name his university.
    answer = engine.ask("what university did jatin kumar graduate from")
    assert answer.best is None or answer.best.fact.id != "kumar-recent-graduate"


@pytest.mark.parametrize(
    "question",
    [
        "which eastern european countries did openai hire contractors in",
        "dans quels pays d'europe de l'est openai a-t-il recruté",
        "what eastern european cities did openai recruit in",
    ],
)
def test_a_place_the_question_names_itself_does_not_answer_where_in_it(engine: Engine, question: str) -> None:
    # The contractors were hired "in regions like Latin America and Eastern Europe": examples, naming no country.
    assert engine.ask(question).best is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("in which kenyan city did ai workers unionise", "nairobi-ai-workers-union-vote"),  # Nairobi, within Kenya
        ("where does kumar live", "kumar-age-texas"),
    ],
)
def test_a_place_within_the_one_named_or_not_named_at_all_still_answers(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what is the hourly pay for openai's programmers", "how_much_money"),
        ("what is the pay of ai trainers", "how_much_money"),
        ("what is their pay like", "how_much_money"),
        ("is there a pay gap between trainers", None),
    ],
)
def test_pay_as_a_noun_asks_a_sum(question: str, kind: str | None) -> None:
    from bot.core.engine.asks import classify

    assert classify(question).kind == kind


def test_a_share_of_the_contractors_is_no_answer_to_their_pay(engine: Engine) -> None:
    # 40% of the contractors are programmers: a share, not what they are paid.
    answer = engine.ask("what is the hourly pay for openai's 40% of contractors who are programmers?")
    assert answer.best is None or answer.best.fact.id != "hiring-programmers-share"


# ------------------------------------------------------------------ what the figure is of, not the words shared


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        # a headcount: a rough quantity in a statement counts those doing what it says (working with OpenAI), not a firm's staff
        ("how many employees does invisible have", None),
        ("combien d'employés a invisible", None),
        # the sum asked is the main clause's (a valuation); the clause of time names the investment only to say when
        ("How much is OpenAI valued at after Microsoft's investment?", "microsoft-investment"),
        # a length of time: the date the partnership ended gives none
        ("How long did Sama work with OpenAI before ending the partnership?", "sama-ends-openai-partnership"),
        # "what university": a fact that never speaks of a university (his age, his degree) does not say which
        ("What university did Jatin Kumar graduate from?", "kumar-recent-graduate"),
        # "which company replaced": as "who replaced", a verb the fact must say
        ("which company replaced sama after the partnership ended", "sama-ends-openai-partnership"),
    ],
)
def test_a_fact_sharing_every_word_but_giving_a_figure_of_something_else_is_offered_not_given(
    engine: Engine, question: str, offered: str | None
) -> None:
    answer = engine.ask(question)
    assert answer.best is None
    assert offered is None or offered in {m.fact.id for m in answer.suggestions}


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many invisible contractors work with openai", "invisible-advanced-ai-data-trainers"),
        ("how many employees does openai have", "openai-headcount-375"),
        ("how much did microsoft invest in openai", "microsoft-investment"),
        ("les licenciements ont eu lieu combien de temps après l'investissement", "microsoft-investment"),
        ("which company laid off openai's trainers", "invisible-layoffs-march"),
        ("how long was the coding test", "coding-test-five-hour-unpaid"),
    ],
)
def test_a_fact_giving_a_figure_of_what_is_asked_still_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


def test_a_rough_quantity_does_not_answer_exactly_how_many(engine: Engine) -> None:
    # "Dozens" in the statement is how many were laid off, roughly; asked exactly, the articles give no figure: offered.
    for question in (
        "Exactly how many contractors did Invisible lay off in March?",
        "combien exactement de formateurs invisible a licencié",
    ):
        answer = engine.ask(question)
        assert answer.best is None and "invisible-layoffs-march" in {m.fact.id for m in answer.suggestions}
    assert best_id(engine, "how many contractors did invisible lay off in march") == "invisible-layoffs-march"
    # A curated figure, even an approximate one ("about 1,000"), is the figure the articles give.
    assert best_id(engine, "exactly how many contractors did openai hire") == "hiring-scale"
