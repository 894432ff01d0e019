"""The loader accepts the shipped fact base and rejects every kind of bad input, naming file, line and fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import ATTRIBUTIONS

GOOD_FACT = """\
facts:
  - id: hiring-scale
    statement: OpenAI brought on roughly 1,000 remote contractors.
    questions:
      - how many contractors
      - openai contractors
      - contractor headcount
    topics: [hiring]
    entities: [openai]
    citations:
      - source: semafor-army-of-contractors
        quote: bringing on roughly 1,000 remote contractors over the past six months
        attribution: anonymous
        who: people familiar with the matter
"""


@pytest.fixture
def kb(knowledge_copy: Path) -> Path:
    """A copy of the shipped sources, topics and entities with one known-good fact file."""
    root = knowledge_copy
    (root / "facts" / "test.yaml").write_text(GOOD_FACT, encoding="utf-8")
    return root


def problems_of(root: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return str(info.value)


def write_fact(root: Path, text: str, name: str = "test.yaml") -> None:
    (root / "facts" / name).write_text(text, encoding="utf-8")


def test_good_minimal_base_loads(kb: Path) -> None:
    base = load_knowledge(kb)
    fact = base.facts["hiring-scale"]
    assert fact.citations[0].source_id == "semafor-army-of-contractors"
    assert base.facts_by_entity["openai"] == ("hiring-scale",)
    assert base.facts_by_source["semafor-army-of-contractors"] == ("hiring-scale",)


def test_loaded_objects_are_immutable(kb: Path) -> None:
    base = load_knowledge(kb)
    with pytest.raises(AttributeError):
        base.facts["hiring-scale"].statement = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        base.facts["other"] = base.facts["hiring-scale"]  # type: ignore[index]


def test_quote_not_in_article_is_rejected_with_file_line_and_id(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("roughly 1,000 remote", "roughly 2,000 remote"))
    message = problems_of(kb)
    assert "facts/test.yaml:12" in message
    assert "fact 'hiring-scale'" in message
    assert "quote not found verbatim in 'semafor-army-of-contractors'" in message


def test_missing_quotes_in_several_files_each_name_their_own_line_in_file_order(kb: Path) -> None:
    # Lines are found only once a quote is known to be missing (the files are read again then).
    write_fact(kb, GOOD_FACT.replace("roughly 1,000 remote", "roughly 2,000 remote"))
    other = GOOD_FACT.replace("hiring-scale", "hiring-scale-again").replace("over the past six", "over the past seven")
    write_fact(kb, "# a comment\n\n" + other, name="again.yaml")
    lines = [line for line in problems_of(kb).splitlines() if "quote not found verbatim" in line]
    assert len(lines) == 2
    assert "facts/again.yaml:14: fact 'hiring-scale-again': citation #1:" in lines[0]
    assert "facts/test.yaml:12: fact 'hiring-scale': citation #1:" in lines[1]


def test_typographic_quotes_and_white_space_are_the_only_liberties(kb: Path) -> None:
    # The article writes ’ and “ ”; a straight ' and a line break inside the quote still match.
    write_fact(
        kb,
        GOOD_FACT.replace(
            "bringing on roughly 1,000 remote contractors over the past six months",
            'About 60% of the contractors were hired to do what\'s called\n          "data labeling"',
        ),
    )
    assert "hiring-scale" in load_knowledge(kb).facts
    write_fact(kb, GOOD_FACT.replace("bringing on roughly", "bringing on ROUGHLY"))
    assert "quote not found verbatim" in problems_of(kb)


def test_quote_from_a_non_reporting_part_is_rejected(kb: Path) -> None:
    write_fact(
        kb,
        GOOD_FACT.replace(
            "bringing on roughly 1,000 remote contractors over the past six months",
            "Sign up now to get access to the library of members-only issues.",
        ),
    )
    assert "non-reporting part of 'semafor-army-of-contractors'" in problems_of(kb)


def test_whole_paragraph_quote_is_rejected(kb: Path, knowledge_dir: Path) -> None:
    text = (knowledge_dir / "sources" / "invisible-layoffs-fr.txt").read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len)
    assert len(paragraph) > 320
    fact = GOOD_FACT.replace("semafor-army-of-contractors", "invisible-layoffs-fr").replace(
        "bringing on roughly 1,000 remote contractors over the past six months", paragraph.replace('"', '\\"')
    )
    write_fact(
        kb, fact.replace("quote: ", 'quote: "', 1).replace(paragraph.replace('"', '\\"'), paragraph.replace('"', '\\"') + '"', 1)
    )
    assert "not a whole paragraph" in problems_of(kb)


def test_unknown_source_is_rejected(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("source: semafor-army-of-contractors", "source: the-guardian"))
    assert "unknown source 'the-guardian'" in problems_of(kb)


def test_unknown_entity_and_topic_are_rejected(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("entities: [openai]", "entities: [nvidia]").replace("topics: [hiring]", "topics: [cooking]"))
    message = problems_of(kb)
    assert "unknown entity 'nvidia'" in message
    assert "unknown topic 'cooking'" in message


def test_duplicate_fact_id_across_files_names_the_first(kb: Path) -> None:
    write_fact(kb, GOOD_FACT, name="again.yaml")
    message = problems_of(kb)
    assert "duplicate fact id" in message
    assert "first defined in knowledge/facts/again.yaml:2" in message


def test_missing_and_empty_fields_are_rejected(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("    statement: OpenAI brought on roughly 1,000 remote contractors.\n", ""))
    assert "missing required field 'statement'" in problems_of(kb)
    write_fact(kb, GOOD_FACT.replace("statement: OpenAI brought on roughly 1,000 remote contractors.", 'statement: "  "'))
    assert "empty required field 'statement'" in problems_of(kb)
    write_fact(kb, GOOD_FACT.replace("      - contractor headcount\n", ""))
    assert "needs at least 3 questions, has 2" in problems_of(kb)


def test_misspelt_key_is_rejected_with_a_hint(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("        quote:", "        qoute:"))
    message = problems_of(kb)
    assert "unknown key 'qoute' (did you mean 'quote'?)" in message
    assert "facts/test.yaml:12" in message


def test_malformed_yaml_names_file_and_line(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("    topics: [hiring]", "    topics: [hiring"))
    message = problems_of(kb)
    assert "knowledge/facts/test.yaml:" in message
    assert "malformed YAML" in message


def test_duplicate_yaml_key_is_not_silently_dropped(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("    topics: [hiring]\n", "    topics: [hiring]\n    topics: [coding-data]\n"))
    assert "duplicate key 'topics'" in problems_of(kb)


def test_bad_attribution_and_missing_who_are_rejected(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("attribution: anonymous", "attribution: rumour"))
    assert f"attribution must be one of {', '.join(ATTRIBUTIONS)}" in problems_of(kb)
    write_fact(
        kb, GOOD_FACT.replace("attribution: anonymous\n        who: people familiar with the matter", "attribution: person")
    )
    assert "attribution 'person' needs 'who'" in problems_of(kb)


def test_discrepancy_needs_subject_and_positions(kb: Path) -> None:
    write_fact(kb, GOOD_FACT.replace("    topics: [hiring]", "    kind: discrepancy\n    topics: [hiring]"))
    message = problems_of(kb)
    assert "needs 'subject'" in message
    assert "cite each side" in message
    assert "needs 'position'" in message


def test_french_citation_requires_french_questions(kb: Path) -> None:
    fact = GOOD_FACT.replace("semafor-army-of-contractors", "invisible-layoffs-fr").replace(
        "bringing on roughly 1,000 remote contractors over the past six months",
        "OpenAI recrute toujours dans l’ensemble de son activité.",
    )
    write_fact(kb, fact)
    assert "needs 'questions_fr'" in problems_of(kb)


@pytest.mark.parametrize(
    ("when", "problem"),
    [
        ("{text: in August 2021, text_fr: en août 2021, date: August 2021}", "when.date must be YYYY, YYYY-MM or YYYY-MM-DD"),
        ("{text: in August 2021, text_fr: en août 2021, date: 2021-13}", "when.date has no month 13"),
        ("{text: in 2021, text_fr: en 2021, date: '2021-02-30'}", "when.date is not a calendar day: 2021-02-30"),
        ("{text: from 2021 to 2020, text_fr: de 2021 à 2020, date: 2021/2020}", "is a range that ends before it starts"),
        ("{text: in 2021, text_fr: en 2021, date: 2021/2022/2023}", "must be one date or one range"),
        ("{text: in 2021, text_fr: en 2021}", None),  # no date: undated, and valid
        ("{text: last week, text_fr: la semaine dernière, date: 2023-01}", "gives the year 2023, which neither"),
        ("{text: in 2021}", "when: missing required field 'text_fr'"),
        ("{text: Aug. 2021, sortable: 2021-08}", "when.sortable is now 'date'"),
        ("{text: in 2021, text_fr: en 2021, date: true}", "when.date must be a string"),
    ],
)
def test_bad_when_is_rejected_with_its_line(kb: Path, when: str, problem: str | None) -> None:
    write_fact(kb, GOOD_FACT.replace("    topics: [hiring]", f"    when: {when}\n    topics: [hiring]"))
    if problem is None:
        assert load_knowledge(kb).facts["hiring-scale"].when.date is None
        return
    message = problems_of(kb)
    assert problem in message
    assert "facts/test.yaml:" in message


@pytest.mark.parametrize(
    ("date", "sortable"),
    [("2021", "2021"), ("2021-08", "2021-08"), ("2021-08-05", "2021-08-05"), ("2021-08/2022", "2021-08"), ("null", None)],
)
def test_good_when_loads_with_both_languages_and_its_sort_key(kb: Path, date: str, sortable: str | None) -> None:
    when = f"{{text: from August 2021 to 2022, text_fr: d'août 2021 à 2022, date: {date}}}"
    write_fact(kb, GOOD_FACT.replace("    topics: [hiring]", f"    when: {when}\n    topics: [hiring]"))
    loaded = load_knowledge(kb).facts["hiring-scale"].when
    assert loaded is not None
    assert loaded.sortable == sortable
    assert loaded.text_in("en") == "from August 2021 to 2022"
    assert loaded.text_in("fr") == "d'août 2021 à 2022"


def test_a_decade_is_a_range_the_text_gives(kb: Path) -> None:
    when = "{text: in the 2020s, text_fr: dans les années 2020, date: 2020/2029}"
    write_fact(kb, GOOD_FACT.replace("    topics: [hiring]", f"    when: {when}\n    topics: [hiring]"))
    assert load_knowledge(kb).facts["hiring-scale"].when.end == "2029"


def test_source_problems_are_reported(kb: Path) -> None:
    meta = kb / "sources" / "training-day-grunt-work.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("  - Share This Article", "  - Share This Story"), encoding="utf-8")
    (kb / "sources" / "orphan.txt").write_text("An article with no metadata.", encoding="utf-8")
    message = problems_of(kb)
    assert "non_reporting entry is not a whole line of the article: 'Share This Story'" in message
    assert "orphan.txt: article has no metadata file orphan.yaml" in message


def test_all_problems_are_reported_together_and_nothing_half_loads(kb: Path) -> None:
    broken = GOOD_FACT.replace("hiring-scale", "second-fact").replace("roughly 1,000", "roughly 9,000")
    write_fact(kb, GOOD_FACT + broken.split("facts:\n", 1)[1].replace("qoute", "quote"))
    (kb / "facts" / "zz.yaml").write_text("facts: [", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(kb)
    assert len(info.value.problems) == 2
    assert {p.path for p in info.value.problems} == {"knowledge/facts/test.yaml", "knowledge/facts/zz.yaml"}


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    assert "knowledge directory not found" in problems_of(tmp_path / "nowhere")


def test_an_impossible_bare_date_is_a_problem_with_its_line_not_a_traceback(kb: Path) -> None:
    when = "{text: in 2021, text_fr: en 2021, date: 2021-02-30}"
    text = GOOD_FACT.replace("    topics: [hiring]", f"    when: {when}\n    topics: [hiring]")
    write_fact(kb, text)
    line = text.splitlines().index(f"    when: {when}") + 1
    assert f"facts/test.yaml:{line}: not a valid date" in problems_of(kb)
