"""The curators' to-do list: what the question log says the bot missed, grouped by wording.

A miss is a question the bot abstained on, one it answered with low confidence, a "Wrong answer?"
press, or a pick in a "Did you mean" menu (which says which fact the reader meant). Misses are grouped
when their wording is close: compared as search tokens (folded, stop words dropped, stemmed, synonyms
joined, as the engine matches them) with rapidfuzz's token_sort_ratio, so a paraphrase that uses the
same words in another order and a typo of the same question fall together; two misses that point at
the same fact (picked, or nearest) are grouped at a lower similarity.

`render_yaml` turns the groups whose readers picked a fact into lists of phrasings to paste into that
fact's `questions` / `questions_fr`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from bot.core.engine import DEFAULT_THRESHOLD
from bot.core.language import guess_language
from bot.core.models import KnowledgeBase
from bot.core.question_log import LoggedFeedback, LoggedQuestion
from bot.core.text import search_string

#: Wordings at least this similar (0-100, token_sort_ratio of their search tokens) are one group.
DEFAULT_SIMILARITY = 85
#: ... or at least this similar when they point at the same fact.
SAME_FACT_SIMILARITY = 65
#: An answer this little above the threshold it was given under counts as a low-confidence one.
DEFAULT_MARGIN = 0.1

KINDS = ("abstained", "low_confidence", "wrong_answer", "pick")
KIND_LABELS = {"abstained": "abstained", "low_confidence": "low confidence", "wrong_answer": "wrong answer", "pick": "picked"}


@dataclass(frozen=True, slots=True)
class Miss:
    """One event worth a curator's look."""

    at: str
    kind: str
    question: str
    language: str
    #: Facts the bot offered or came closest with, and how close.
    closest: tuple[tuple[str, float], ...] = ()
    #: The fact a reader picked (picks) or said was wrong (wrong-answer presses).
    fact_id: str | None = None


@dataclass
class MissGroup:
    """Misses whose wording is close: probably one question, asked several ways."""

    key: str
    misses: list[Miss] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.misses)

    @property
    def first_seen(self) -> str:
        return min(m.at for m in self.misses)

    @property
    def last_seen(self) -> str:
        return max(m.at for m in self.misses)

    @property
    def kinds(self) -> Counter[str]:
        return Counter(m.kind for m in self.misses)

    @property
    def wordings(self) -> list[tuple[str, int]]:
        """Each distinct wording (as a phrasing: trimmed, lower case) with how often it came, most frequent first."""
        counts = Counter(phrasing(m.question) for m in self.misses)
        counts.pop("", None)
        return counts.most_common()

    @property
    def closest(self) -> list[tuple[str, float]]:
        """The facts that came closest, each with the best confidence it reached, closest first."""
        best: dict[str, float] = {}
        for miss in self.misses:
            for fact_id, confidence in miss.closest:
                best[fact_id] = max(confidence, best.get(fact_id, 0.0))
        return sorted(best.items(), key=lambda item: (-item[1], item[0]))

    @property
    def chosen(self) -> Counter[str]:
        """The facts readers picked for these questions, with how often."""
        return Counter(m.fact_id for m in self.misses if m.kind == "pick" and m.fact_id)

    @property
    def reported_wrong(self) -> Counter[str]:
        return Counter(m.fact_id for m in self.misses if m.kind == "wrong_answer" and m.fact_id)

    @property
    def pointed_at(self) -> str | None:
        """The fact these misses point at most strongly: the most picked, else the nearest."""
        if chosen := self.chosen:
            return chosen.most_common(1)[0][0]
        closest = self.closest
        return closest[0][0] if closest else None


_SPACES = re.compile(r"\s+")


def phrasing(question: str) -> str:
    """A question as a fact's phrasing is written: one line, lower case, no question mark at the end."""
    return _SPACES.sub(" ", question).strip().rstrip("?？!. ").strip().lower()


def collect_misses(
    questions: Iterable[LoggedQuestion],
    feedback: Iterable[LoggedFeedback],
    *,
    below: float | None = None,
    margin: float = DEFAULT_MARGIN,
) -> list[Miss]:
    """The log rows a curator should see: abstentions, answers under `below` (default: each row's threshold
    plus `margin`), wrong-answer presses and picks."""
    misses = []
    for row in questions:
        limit = below if below is not None else (row.threshold if row.threshold is not None else DEFAULT_THRESHOLD) + margin
        if row.abstained:
            kind = "abstained"
        elif row.confidence < limit:
            kind = "low_confidence"
        else:
            continue
        closest = ((row.fact_id, row.confidence),) if row.fact_id else ()
        misses.append(Miss(row.asked_at, kind, row.question, row.language, closest + row.suggestions))
    for event in feedback:
        misses.append(Miss(event.at, event.kind, event.question, event.language, fact_id=event.fact_id))
    misses.sort(key=lambda m: m.at)
    return misses


def group_misses(
    misses: Sequence[Miss], *, similarity: float = DEFAULT_SIMILARITY, same_fact_similarity: float = SAME_FACT_SIMILARITY
) -> list[MissGroup]:
    """Misses grouped by close wording, the largest groups first."""
    by_key: dict[str, list[Miss]] = {}
    for miss in misses:
        key = search_string(miss.question) or phrasing(miss.question)
        if key:
            by_key.setdefault(key, []).append(miss)
    groups: list[MissGroup] = []
    keys: list[str] = []
    # The most frequent wordings found the groups; rarer ones join the group they are closest to.
    for key, members in sorted(by_key.items(), key=lambda item: (-len(item[1]), item[0])):
        pointed = _pointed_at(members)
        target: int | None = None
        best = process.extractOne(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=same_fact_similarity)
        if best is not None:
            _, score, index = best
            if score >= similarity or (pointed is not None and groups[index].pointed_at == pointed):
                target = index
        if target is None:
            groups.append(MissGroup(key))
            keys.append(key)
            target = len(groups) - 1
        groups[target].misses.extend(members)
    for group in groups:
        group.misses.sort(key=lambda m: m.at)
    groups.sort(key=lambda g: (-g.count, g.first_seen))
    return groups


def _pointed_at(misses: Sequence[Miss]) -> str | None:
    picked = Counter(m.fact_id for m in misses if m.kind == "pick" and m.fact_id)
    if picked:
        return picked.most_common(1)[0][0]
    nearest = [c for m in misses for c in m.closest[:1]]
    return max(nearest, key=lambda c: c[1])[0] if nearest else None


# ---------------------------------------------------------------------------------------------- output


def _day(timestamp: str) -> str:
    return timestamp.replace("T", " ").rstrip("Z")[:16]


def _quoted(text: str, limit: int = 120) -> str:
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def render_text(groups: Sequence[MissGroup], base: KnowledgeBase | None = None, *, limit: int | None = None) -> str:
    """The report as text: one block per group, the largest first."""
    if not groups:
        return "No misses in the question log: nothing abstained on, answered with low confidence, reported or picked."
    total = sum(g.count for g in groups)
    lines = [f"{total} misses in {len(groups)} groups (largest first)"]
    for number, group in enumerate(groups[:limit] if limit else groups, 1):
        wordings = group.wordings
        kinds = ", ".join(f"{KIND_LABELS[k]} {group.kinds[k]}" for k in KINDS if group.kinds[k])
        lines.append("")
        lines.append(f"{number}. {_quoted(wordings[0][0] if wordings else group.key)} ×{group.count}  [{kinds}]")
        lines.append(f"   first seen {_day(group.first_seen)}, last seen {_day(group.last_seen)} (UTC)")
        if len(wordings) > 1:
            lines.append("   also asked: " + ", ".join(f"{_quoted(w, 80)} ×{n}" for w, n in wordings[1:6]))
            if len(wordings) > 6:
                lines[-1] += f", and {len(wordings) - 6} more"
        if closest := group.closest:
            lines.append("   closest facts: " + ", ".join(f"{fid} ({c:.0%})" for fid, c in closest[:3]))
        if chosen := group.chosen:
            lines.append("   picked by readers: " + ", ".join(f"{fid} ×{n}" for fid, n in chosen.most_common()))
        if wrong := group.reported_wrong:
            lines.append("   reported wrong: " + ", ".join(f"{fid} ×{n}" for fid, n in wrong.most_common()))
        if base is not None:
            gone = {fid for fid, _ in closest} | set(group.chosen) | set(group.reported_wrong)
            gone = {fid for fid in gone if fid not in base.facts}
            if gone:
                lines.append("   no longer in the fact base: " + ", ".join(sorted(gone)))
    if limit and len(groups) > limit:
        lines.append(f"\n…and {len(groups) - limit} smaller groups (--limit 0 shows all).")
    return "\n".join(lines)


def suggested_phrasings(
    groups: Sequence[MissGroup], base: KnowledgeBase, *, answered_by: object = None
) -> dict[str, dict[str, list[str]]]:
    """For each fact readers picked: the group's wordings it does not have yet, split into questions and questions_fr.

    `answered_by`, when given, is an engine: wordings it already answers with the picked fact are left out.
    """
    out: dict[str, dict[str, list[str]]] = {}
    for group in groups:
        chosen = group.chosen
        if not chosen:
            continue
        fact_id = chosen.most_common(1)[0][0]
        fact = base.facts.get(fact_id)
        if fact is None:
            continue
        entry = out.setdefault(fact_id, {"questions": [], "questions_fr": []})
        known = {q.casefold() for q in (*fact.questions, *fact.questions_fr, *entry["questions"], *entry["questions_fr"])}
        for wording, _count in group.wordings:
            if wording.casefold() in known:
                continue
            if answered_by is not None:
                answer = answered_by.ask(wording)  # type: ignore[attr-defined]
                if answer.best is not None and answer.best.fact.id == fact_id:
                    continue
            known.add(wording.casefold())
            entry["questions_fr" if guess_language(wording) == "fr" else "questions"].append(wording)
    return {fid: lists for fid, lists in out.items() if lists["questions"] or lists["questions_fr"]}


def render_yaml(
    groups: Sequence[MissGroup],
    base: KnowledgeBase,
    *,
    knowledge_root: Path | None = None,
    answered_by: object = None,
) -> str:
    """The phrasings to add, as YAML: one mapping per picked fact, its lists indented as in the fact files,
    so the `- ...` lines paste as they are under the fact's `questions:` / `questions_fr:`."""
    suggestions = suggested_phrasings(groups, base, answered_by=answered_by)
    lines = [
        '# Phrasings readers used for a fact they then picked in a "Did you mean" menu, missing from that fact.',
        "# Paste each list's '- ...' lines under the fact's questions: (or questions_fr:) in the file named,",
        "# then run `python -m bot check`.",
    ]
    if not suggestions:
        lines.append("{}  # nothing to add: no pick names a fact that lacks its readers' wording")
    for fact_id, lists in suggestions.items():
        where = _fact_file(fact_id, knowledge_root)
        picks = sum(g.chosen[fact_id] for g in groups)
        lines.append(f"{_yaml_scalar(fact_id)}:  # {where}picked {picks}×")
        for name in ("questions", "questions_fr"):
            if lists[name]:
                lines.append(f"    {name}:")
                lines.extend(f"      - {_yaml_scalar(w)}" for w in lists[name])
    unassigned = [g for g in groups if not g.chosen and g.wordings]
    if unassigned:
        lines.append("")
        lines.append("# Not picked by anyone yet (write a fact, or add the wording to the right one):")
        for group in unassigned:
            closest = ", ".join(fid for fid, _ in group.closest[:3]) or "none"
            lines.append(f"#   {group.wordings[0][0]!r} ×{group.count} (closest: {closest})")
    return "\n".join(lines) + "\n"


def _fact_file(fact_id: str, root: Path | None) -> str:
    """The facts file that defines a fact (found by its `- id:` line), as "facts/<name>.yaml · "; "" if unknown."""
    if root is None:
        return ""
    pattern = re.compile(rf"^\s*-\s*id:\s*['\"]?{re.escape(fact_id)}['\"]?\s*(#.*)?$", re.M)
    for path in sorted((root / "facts").glob("*.yaml")):
        try:
            if pattern.search(path.read_text(encoding="utf-8")):
                return f"{path.parent.name}/{path.name} · "
        except (OSError, UnicodeDecodeError):
            continue
    return ""


def _yaml_scalar(text: str) -> str:
    """A string as a one-line YAML scalar: plain when YAML reads it back unchanged, else double-quoted (JSON)."""
    try:
        plain = yaml.safe_load(f"- {text}") == [text]
    except yaml.YAMLError:
        plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)
