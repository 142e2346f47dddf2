"""The extraction pipeline: stages in order, as data, checked before any text is processed.

Each stage is a pure function `Analysis -> Analysis` that fills one field and declares the fields
it requires; `build()` checks the order and names the first missing requirement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from incidex.errors import PipelineError
from incidex.extract import (
    actors,
    assemble,
    casualties,
    dates,
    events,
    parse,
    places,
    reactions,
    relevance,
    sources,
    targets,
)
from incidex.extract.analysis import Analysis
from incidex.schema import Article, ArticleReport
from incidex.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    """A named step: what it requires, what it provides, and the function that does it."""

    name: str
    run: Callable[[Analysis], Analysis]
    requires: tuple[str, ...]
    provides: str


STAGES: dict[str, Stage] = {
    s.name: s
    for s in (
        Stage(name="parse", run=parse.run, requires=(), provides="doc"),
        Stage(name="sentences", run=parse.sentences, requires=("doc",), provides="sentences"),
        Stage(name="entities", run=parse.entities, requires=("doc",), provides="entities"),
        Stage(name="dateline", run=dates.dateline, requires=("sentences",), provides="published"),
        Stage(
            name="events", run=events.run, requires=("sentences", "published"), provides="frames"
        ),
        Stage(name="relevance", run=relevance.run, requires=("frames",), provides="relevant"),
        Stage(name="dates", run=dates.run, requires=("frames", "published"), provides="dates"),
        Stage(name="places", run=places.mentions, requires=("entities",), provides="places"),
        Stage(
            name="locations", run=places.run, requires=("frames", "places"), provides="locations"
        ),
        Stage(name="casualties", run=casualties.run, requires=("frames",), provides="figures"),
        Stage(
            name="actors", run=actors.run, requires=("frames", "entities"), provides="perpetrators"
        ),
        Stage(name="targets", run=targets.run, requires=("frames",), provides="targets"),
        Stage(name="sources", run=sources.run, requires=("frames",), provides="sources"),
        Stage(
            name="reactions",
            run=reactions.run,
            requires=("frames", "entities"),
            provides="reactions",
        ),
    )
}

DEFAULT_PIPELINE: tuple[str, ...] = (
    "parse",
    "sentences",
    "entities",
    "dateline",
    "events",
    "relevance",
    "dates",
    "places",
    "locations",
    "casualties",
    "actors",
    "targets",
    "sources",
    "reactions",
)


def build(names: Sequence[str] = DEFAULT_PIPELINE) -> tuple[Stage, ...]:
    """The stages named, in order, after checking that each one's requirements come before it."""
    provided: set[str] = set()
    stages = []
    for name in names:
        if name not in STAGES:
            raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(STAGES)}")
        stage = STAGES[name]
        missing = [r for r in stage.requires if r not in provided]
        if missing:
            raise PipelineError(
                f"stage {name!r} requires {', '.join(missing)}, which no earlier stage provides; "
                "move the stage that provides it before this one"
            )
        provided.add(stage.provides)
        stages.append(stage)
    return tuple(stages)


def run(analysis: Analysis, stages: Sequence[Stage]) -> Analysis:
    """The analysis after every stage has run on it, in order."""
    for stage in stages:
        analysis = stage.run(analysis)
    return analysis


def extract_many(
    articles: Iterable[Article],
    settings: Settings,
    stages: Sequence[Stage] | None = None,
    *,
    failed: Callable[[Article, Exception], None] | None = None,
) -> Iterator[ArticleReport]:
    """ArticleReports for `articles`, in order; the language model sees them in batches.

    With `failed`, an article whose extraction raises is handed to it and the run goes on (the
    per-article loop of STYLE.md); without it, the error propagates."""
    stages = build() if stages is None else stages
    for article, doc in parse.parse_batches(articles, settings):
        analysis = Analysis(article=article, settings=settings, doc=doc)
        if failed is None:
            yield assemble.report(run(analysis, stages))
            continue
        try:
            report = assemble.report(run(analysis, stages))
        except Exception as exc:  # one bad article must not end a run of 100,000
            failed(article, exc)
            continue
        yield report
