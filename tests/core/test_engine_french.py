"""French as readers type it: glued elisions ("cest quoi", "quest-ce que"), text-speak question words ("pk", "cb", "ki",
"kan", "c koi"), compounds typed without their hyphen ("sous traitants"), and "qu'est-ce qu'un X a dit" read as a
question about what someone said."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import classify
from bot.core.engine.focus import personal
from bot.core.engine.french import written
from bot.core.text import search_tokens
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("cest quoi le salaire de savreux", "c'est quoi le salaire de savreux"),
        ("quest ce que altman a dit", "qu'est ce que altman a dit"),
        ("pk invisible a viré des formateurs", "pourquoi invisible a viré des formateurs"),
        ("cb openai a embauché de sous traitants", "combien openai a embauché de sous-traitants"),
        ("c koi codex", "c'est quoi codex"),
        ("ki a viré les formateurs", "qui a viré les formateurs"),
    ],
)
def test_typed_french_is_read_in_its_written_form(typed: str, read: str) -> None:
    assert written(typed) == read


@pytest.mark.parametrize(
    "english",
    ["what is OpenAI's quest for data", "c++ or python for the test", "pr review at openai", "ki and pk in a name"],
)
def test_english_is_left_as_written(english: str) -> None:
    assert written(english) == english


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cest quoi le salaire de savreux", "savreux-pay-15-an-hour"),
        ("quest ce que altman a dit sur les effectifs", "openai-headcount-375"),
        ("cb openai a embauche de sous traitants", "hiring-scale"),
        ("kan est sorti chatgpt", "chatgpt-released-in-november"),
        ("c koi codex", "codex-launch"),
    ],
)
def test_typed_french_is_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "qu'est-ce qu'un porte-parole d'openai a dit à time",
        "qu'est-ce qu'il a dit sur les licenciements",
        "qu'est-ce que savreux a dit sur le sale boulot",
    ],
)
def test_what_someone_said_whoever_the_elision_names(question: str) -> None:
    assert classify(question).kind == "what_said"


def test_a_which_question_is_not_read_as_what_was_said() -> None:
    assert classify("quelle entreprise a dit non").kind == "who"


def test_subcontracting_is_contract_work() -> None:
    assert search_tokens("la sous-traitance") == search_tokens("les sous-traitants") == ["contractor"]


@pytest.mark.parametrize(
    ("slang", "word"),
    [
        ("la boîte", "the company"),
        ("son boulot", "his job"),
        ("le taf", "the job"),
        ("le mec", "the guy"),
        ("la thune", "the money"),
        ("la paie", "the pay"),
        ("virer les formateurs", "fire the trainers"),
        ("une mutuelle", "health insurance"),
    ],
)
def test_everyday_french_meets_the_english_word(slang: str, word: str) -> None:
    assert set(search_tokens(slang)) <= set(search_tokens(word))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("pourquoi jatin kumar aime son taf chez openai", {"kumar-startup-ambition", "kumar-learning-ai"}),
        ("avant invisible, quelle autre boite sous-traitante bossait avec openai", {"sama-ends-openai-partnership"}),
        (
            "sur quels critères ils ont choisi qui garder et qui virer chez le prestataire ?",
            {"invisible-layoffs-performance-metrics", "invisible-layoffs-certification-bar", "invisible-layoffs-roi"},
        ),
    ],
)
def test_slang_questions_are_answered(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected


@pytest.mark.parametrize(
    "question",
    [
        "qui a mené l'enquête sur Sama et ses étiqueteurs au Kenya ?",
        "who conducted the investigation into sama",
        "qui a découvert que les annotateurs de sama voyaient des contenus violents",
    ],
)
def test_a_light_verb_asks_for_the_deed_its_noun_names(engine: Engine, question: str) -> None:
    # "mener l'enquête" is investigating: Time, who investigated, is the doer asked for
    assert best_id(engine, question) == "sama-kenya-harmful-content"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("microsoft a mis combien de thunes dans openai", "how_much_money"),
        ("microsoft a mis combien dans openai", "how_much_money"),
        ("combien de formateurs ont été mis à la porte", "how_many"),  # a count of people, not a sum
        ("pour qui bossaient les travailleurs de nairobi", "who"),
        ("chez qui bosse jatin kumar", "who"),
    ],
)
def test_colloquial_question_types(question: str, kind: str) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("microsoft a mis combien de thunes dans openai", "microsoft-investment"),
        ("sama a lâché openai quand", "sama-ends-openai-partnership"),  # dropping OpenAI is ending the partnership
        ("qui a mis fin au partenariat avec openai", "sama-ends-openai-partnership"),
        ("combien de formateurs ont été mis à la porte chez invisible", "invisible-layoffs-march"),
        ("chez qui bosse jatin kumar", "kumar-conversational-trainer"),
    ],
)
def test_colloquial_questions_are_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("je voudrais savoir combien openai a embauché de sous-traitants", "hiring-scale"),
        ("bonjour, pourriez-vous me dire combien gagne savreux ?", "savreux-pay-15-an-hour"),
        ("franchement cest quoi codex", "codex-launch"),
        ("est-ce que je peux savoir combien gagne savreux", "savreux-pay-15-an-hour"),
        ("so basically how many contractors did openai hire", "hiring-scale"),
    ],
)
def test_a_request_framing_asks_nothing_of_its_own(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "mine"),
    [
        ("je voudrais savoir combien openai a embauché", False),
        ("puis-je savoir pourquoi invisible a licencié", False),
        ("can i ask how many contractors openai hired", False),
        ("je voudrais postuler chez openai", True),
        ("est-ce que je peux postuler", True),
        ("can i apply to openai", True),
    ],
)
def test_asking_to_know_is_not_the_askers_own_case(question: str, mine: bool) -> None:
    assert personal(question) is mine


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("le tweet d'altman disait quoi", "what_said"),
        ("jindal a raconté quoi à nbc", "what_said"),
        ("la boîte qui a viré des formateurs c'est laquelle", "who"),
        ("c'est quelle entreprise qui a lâché openai", "who"),
        ("savreux il vit où ça", "where"),
        ("en quel mois invisible a viré des formateurs", "when"),  # "quel", not only "quelle"
        ("le gars de 34 ans il fait quoi dans la vie", "role"),
    ],
)
def test_the_question_word_last_says_the_type(question: str, kind: str) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("le tweet d'altman disait quoi", "altman-talent-density-tweet"),
        ("la responsable des opérations d'invisible s'appelle comment", "grace-matelich-role"),
        ("l'outil qui transforme le langage naturel en code s'appelle comment", "codex-launch"),
        ("le cabinet qui a viré des dizaines de formateurs c'est lequel", "invisible-layoffs-march"),
        ("savreux il vit ou ca", "savreux-age-kansas-city"),
        ("en quel mois invisible a viré du monde", "invisible-layoffs-march"),
        ("invisible a viré des gens sur quels indicateurs", "invisible-layoffs-performance-metrics"),
    ],
)
def test_questions_with_the_question_word_last_are_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("le syndicat s'appelle comment ?", "comment s'appelle le syndicat"),
        ("invisible a viré du monde", "invisible a viré des gens"),
        ("les travailleurs du monde entier", "les travailleurs du monde entier"),
        ("le reste du monde", "le reste du monde"),
    ],
)
def test_spoken_french_is_read_as_written(typed: str, read: str) -> None:
    assert written(typed) == read


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("le labo derrière chatgpt", "the lab behind chatgpt"),
        ("l'anonymat, anonyme", "anonymity, anonymous"),
        ("l'outil du fabricant", "the maker's tool"),
        ("les tâches de l'équipe", "the team's tasks"),
        ("des contenus sexuels et de la haine", "sexual content and hate"),
        ("il a rédigé une explication", "he wrote an explanation"),
        ("la qualité des données", "data quality"),
        ("son identité, la densité, les capacités", "his identity, density, capacities"),  # -ité is -ity
    ],
)
def test_the_reportings_french_words_meet_its_english_ones(french: str, english: str) -> None:
    assert set(search_tokens(french)) == set(search_tokens(english))


def test_english_forms_of_a_family_meet_each_other() -> None:
    # "anonymous" and "anonymity", "wrote" and "written": one family in English as in French
    assert search_tokens("anonymity wrote") == search_tokens("anonymous written")


def test_the_world_cup_is_not_people() -> None:
    assert written("qui a gagné la coupe du monde") == "qui a gagné la coupe du monde"
    assert written("ils ont licencié du monde") == "ils ont licencié des gens"


def test_french_auxiliaries_ask_nothing_of_their_own() -> None:
    # "étaient", "seront", "auraient" are French "were", "will be", "would have": no word of what is asked about
    assert search_tokens("ils étaient combien à voter") == search_tokens("combien à voter")
    assert search_tokens("ils auraient été virés") == search_tokens("virés")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the question word last, after a past participle; "ça" standing for what follows "quand"
        ("microsoft a confirmé quand", "when"),
        ("ca a debute quand les licenciements", "when"),
        ("à quel moment invisible a viré des formateurs", "when"),
        ("en quelle année codex est sorti", "when"),
        # "en quelle ville" asks where, not when
        ("en quelle ville vit savreux", "where"),
        # the imperfect of saying, and the job asked with "comme"
        ("qu'est-ce que disait altman", "what_said"),
        ("kumar il fait quoi comme job", "role"),
        ("c'est quoi le boulot de kumar", "role"),
    ],
)
def test_spoken_french_question_types(question: str, kind: str) -> None:
    assert classify(written(question)).kind == kind


@pytest.mark.parametrize(
    "question",
    [
        # "quand" opening a clause of its own says when something happened; it does not ask
        "il a été viré quand il a raté le test",
        "invisible a viré des gens quand chatgpt explosait",
    ],
)
def test_when_clause_is_not_a_when_question(question: str) -> None:
    assert classify(written(question)).kind != "when"


@pytest.mark.parametrize(
    ("form", "token"),
    [("payent", "pay"), ("payant", "pay"), ("recrutent", "hire"), ("licencient", "layoff"), ("investir", "invest")],
)
def test_french_verb_forms_are_read_as_their_verb(engine: Engine, form: str, token: str) -> None:
    assert (token, 1.0) in engine._index.lookup(form)


@pytest.mark.parametrize("english", ["comment", "content", "different", "recent"])
def test_english_words_ending_like_french_verbs_keep_their_reading(engine: Engine, english: str) -> None:
    assert engine._index.lookup(english) == ((english, 1.0),)


def test_a_verb_form_of_a_stop_word_is_no_typo(engine: Engine) -> None:
    # "parlent" (they speak) asks nothing: it was read as a typo of "parent"
    assert engine._index.lookup("parlent") == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ils payent combien les trainers", "savreux-pay-15-an-hour"),
        ("pourquoi le dev sud-américain voulait rester anonyme", "coding-developer-anonymity-and-status"),
    ],
)
def test_spoken_french_is_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected
