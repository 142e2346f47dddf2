"""Use cases shared by the command line and the API: extracting reports from sources, and
keeping the incident database (ingest, merge, correct)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import TYPE_CHECKING, Any, BinaryIO

from incidex.errors import InputError
from incidex.extract.pipeline import Stage, extract_many
from incidex.ingest import Skipped, decode_text, read_sources
from incidex.schema import (
    TAXONOMY_VERSION,
    Article,
    ArticleReport,
    Correction,
    DateBasis,
    EventMention,
    EventType,
    Incident,
    PlacePrecision,
    Role,
    parse_iso_date,
    to_dict,
)
from incidex.settings import Settings, load_settings

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from incidex.fuse.merge import Candidate, Probe, Rarity
    from incidex.store import IncidentFilter, Store

SAMPLE_PUBLISHED = "2024-03-06"


@dataclass(slots=True)
class Tally:
    """What a run did: articles reported and inputs skipped, with their reasons."""

    reported: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def extract_text(
    text: str,
    *,
    published: str | None = None,
    article_id: str = "article",
    title: str | None = None,
    settings: Settings | None = None,
) -> ArticleReport:
    """The report of one text; raises InputError for text incidex cannot read."""
    settings = settings or load_settings()
    if published is not None and parse_iso_date(published) is None:
        raise InputError(f"published {published!r} is not an ISO date such as 2024-01-04")
    clean = decode_text(text.encode("utf-8"), limit=settings.max_text_bytes)
    article = Article(id=article_id, text=clean, title=title, published=published)
    return next(extract_many([article], settings))


def extract_sources(
    sources: Sequence[str],
    settings: Settings,
    tally: Tally,
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
    stages: Sequence[Stage] | None = None,
) -> Iterator[ArticleReport]:
    """Reports for every article the sources hold; skipped inputs and articles whose extraction
    failed are counted in `tally`."""

    def articles() -> Iterator[Article]:
        for item in read_sources(sources, settings, published=published, stdin=stdin):
            if isinstance(item, Skipped):
                tally.skipped.append(item)
                print(f"incidex: skipped {item.source}: {item.reason}", file=sys.stderr)
            else:
                yield item

    def failed(article: Article, exc: Exception) -> None:
        reason = f"extraction failed ({type(exc).__name__}: {exc}); please report this as a bug"
        tally.skipped.append(Skipped(source=article.id, reason=reason))
        print(f"incidex: skipped {article.id}: {reason}", file=sys.stderr)

    for report in extract_many(articles(), settings, stages, failed=failed):
        tally.reported += 1
        yield report


def sample_article() -> Article:
    """The sample wire story that ships with incidex (`incidex demo` reads it)."""
    raw = resources.files("incidex").joinpath("data/sample_article.txt").read_text("utf-8")
    title, _, body = raw.partition("\n\n")
    return Article(id="sample", text=body.strip(), title=title.strip(), published=SAMPLE_PUBLISHED)


# --- the incident database ---------------------------------------------------------------------


@dataclass(slots=True)
class IngestTally:
    """What an ingest did, for its closing summary."""

    new: int = 0
    revised: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    incidents_new: set[int] = field(default_factory=set)
    incidents_updated: set[int] = field(default_factory=set)
    merged: int = 0  # new incidents found, on a second look, to be older ones

    def summary(self) -> str:
        updated = self.incidents_updated - self.incidents_new
        return (
            f"articles: {self.new} new, {self.revised} revised, {self.unchanged} unchanged, "
            f"{self.duplicates} near-duplicates, {len(self.skipped)} skipped; "
            f"incidents: {len(self.incidents_new) - self.merged} new, {len(updated)} updated"
            + (f" ({self.merged} merged into older ones on a second look)" if self.merged else "")
        )


def article_key(article: Article) -> str:
    """An article's identity in the store: its URL when it has one, else its normalised text
    and its record id (the same text under another id is another outlet's copy: it is stored and
    linked to the first as a near-duplicate, so that no input record goes missing)."""
    from incidex.fuse.fingerprint import text_hash

    if article.url:
        return f"url:{article.url}"
    return f"text:{text_hash(article.text)}:{article.id}"


def ingest_sources(
    sources: Sequence[str],
    settings: Settings,
    store: Store,
    tally: IngestTally,
    *,
    published: str | None = None,
    progress: Callable[[str], None] | None = None,
    workers: int = 1,
    allow_private: bool = False,
) -> None:
    """Read, extract, merge and store every article of `sources`: one transaction per article,
    so a killed run leaves whole articles behind and a rerun picks up where it stopped.
    `workers` > 1 extracts in that many processes; this process alone writes. URLs on private,
    loopback or link-local addresses are refused unless `allow_private`."""
    from incidex.fuse.fingerprint import text_hash

    versions = _versions(settings)

    def fresh() -> Iterator[Article]:
        found = read_sources(sources, settings, published=published, allow_private=allow_private)
        for item in found:
            if isinstance(item, Skipped):
                tally.skipped.append(item)
                print(f"incidex: skipped {item.source}: {item.reason}", file=sys.stderr)
                continue
            with store.transaction() as conn:
                known = store.known_hash(conn, article_key(item))
            if known == text_hash(item.text):
                tally.unchanged += 1  # already stored as it is: no extraction needed
                if progress:
                    progress(item.id)
                continue
            yield item

    extracted = _extracted(fresh(), settings, workers)
    for report, skipped in _publication_order(extracted, settings.merge_window):
        if skipped is not None:
            tally.skipped.append(skipped)
            print(f"incidex: skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
            continue
        assert report is not None
        with store.transaction() as conn:  # the one writer: extraction may run in workers
            store_report(store, conn, report, settings=settings, versions=versions, tally=tally)
        if progress:
            progress(report.article.id)
    tally.merged = consolidate(store, settings, tally.incidents_new)


def _publication_order(
    results: Iterable[tuple[ArticleReport | None, Skipped | None]], window: int
) -> Iterator[tuple[ArticleReport | None, Skipped | None]]:
    """The reports of each `window` of articles oldest first (then by text, so that ties are
    broken the same way whatever the input order): incidents are built as their reports
    appeared, and a batch gives the same incidents however its files were ordered."""
    from incidex.fuse.fingerprint import text_hash

    def key(report: ArticleReport) -> tuple[bool, str, str, str]:
        published = report.article.published
        return (
            published is None,
            published or "",
            text_hash(report.article.text),
            report.article.id,
        )

    held: list[ArticleReport] = []
    for report, skipped in results:
        if report is None:
            yield None, skipped
            continue
        held.append(report)
        if len(held) >= window:
            yield from ((r, None) for r in sorted(held, key=key))
            held.clear()
    yield from ((r, None) for r in sorted(held, key=key))


def consolidate(store: Store, settings: Settings, incident_ids: Iterable[int]) -> int:
    """A second look at incidents after an ingest: word frequencies are now known better and
    later reports have arrived, so an incident that resembles another is merged with it (the
    older id stays; the newer one points at it). An incident that grew is looked at again, until
    nothing changes. Returns how many were merged."""
    merged = 0
    pending = set(incident_ids)
    while pending:
        grown: set[int] = set()
        for incident_id in sorted(pending, reverse=True):
            with store.transaction() as conn:
                target = _resembling(store, conn, incident_id)
                if target is None:
                    continue
                older, newer = min(target, incident_id), max(target, incident_id)
                store.merge_incidents(conn, newer, older)
                refresh_incident(store, conn, older, settings, _now())
                grown.discard(newer)
                grown.add(older)
                merged += 1
        pending = grown
    return merged


def _resembling(store: Store, conn: Connection, incident_id: int) -> int | None:
    """The stored incident that incident `incident_id` looks like another report of, if any."""
    from incidex.fuse.merge import best_match, date_window

    row = store.incident_row(conn, incident_id)
    if row is None or row.merged_into is not None or not row.reports:
        return None
    reports = store.main_reports(conn, incident_id)
    names = frozenset().union(*(n for _, _, n in reports)) if reports else frozenset()
    words = set().union(*(t for _, t, _ in reports)) if reports else set()
    rarity, rare = _rarity(store, conn, names, words)
    window = date_window(bool(row.date_is_publication))
    rows = [
        r
        for r in store.candidates(conn, row.date, window, store.incidents_named(conn, rare))
        if r.id != incident_id
    ]
    if not rows:
        return None
    candidates = _candidates(store, conn, rows)
    matches = [
        best_match(_probe(event, found, terms), candidates, rarity)
        for event, terms, found in reports
    ]
    best = max((m for m in matches if m is not None), key=lambda m: m[0], default=None)
    return best[1] if best else None


def _rarity(
    store: Store, conn: Connection, names: frozenset[str], terms: Iterable[str]
) -> tuple[Rarity, list[str]]:
    """How common the names and words are among what is stored, and which names are rare
    enough to look incidents up by."""
    from incidex.fuse.merge import RARE, Rarity

    counts = store.name_counts(conn, list(names))
    rarity = Rarity(
        names=counts,
        terms=store.term_frequencies(conn, terms),
        articles=store.article_count(conn),
    )
    return rarity, [n for n in names if counts.get(n, 0) <= RARE]


def _candidates(store: Store, conn: Connection, rows: list[Any]) -> list[Candidate]:
    """Merging's view of candidate incidents: each with its reports' names and words."""
    from incidex.fuse.merge import Candidate

    reports = store.report_fingerprints(conn, [r.id for r in rows])
    return [Candidate(id=r.id, probe=_row_probe(r, *reports[r.id])) for r in rows]


def _extracted(
    articles: Iterator[Article], settings: Settings, workers: int
) -> Iterator[tuple[ArticleReport | None, Skipped | None]]:
    """Reports in input order, or the reason an article's extraction failed; with several
    workers, batches of articles are extracted in that many processes."""
    if workers <= 1:
        yield from _extract_batch(articles, settings)
        return
    import multiprocessing
    from itertools import islice

    def batches() -> Iterator[tuple[list[Article], Settings]]:
        while batch := list(islice(articles, settings.batch_size)):
            yield batch, settings

    # spawn: each worker loads the model itself; nothing of the parent (threads, connections)
    # is copied into it.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for results in pool.imap(_extract_job, batches()):
            yield from results


def _extract_job(
    job: tuple[list[Article], Settings],
) -> list[tuple[ArticleReport | None, Skipped | None]]:
    return list(_extract_batch(*job))


def _extract_batch(
    articles: Iterable[Article], settings: Settings
) -> Iterator[tuple[ArticleReport | None, Skipped | None]]:
    failures: list[Skipped] = []

    def failed(article: Article, exc: Exception) -> None:
        reason = f"extraction failed ({type(exc).__name__}: {exc}); please report this as a bug"
        failures.append(Skipped(source=article.id, reason=reason))

    for report in extract_many(articles, settings, failed=failed):
        while failures:
            yield None, failures.pop(0)
        yield report, None
    while failures:
        yield None, failures.pop(0)


def store_report(
    store: Store,
    conn: Connection,
    report: ArticleReport,
    *,
    settings: Settings,
    versions: dict[str, str],
    tally: IngestTally,
) -> None:
    """Write one article and merge its events into incidents, inside the caller's transaction."""
    from incidex.fuse import fingerprint

    article = report.article
    key = article_key(article)
    digest = fingerprint.text_hash(article.text)
    known = store.article(conn, key)
    if known is not None and known.text_hash == digest:
        tally.unchanged += 1
        return
    now = _now()
    signature = fingerprint.minhash(article.text)
    bands = fingerprint.bands(signature)
    original = next(
        (
            other
            for other, theirs in store.near_duplicates(conn, bands, exclude=key)
            if fingerprint.similarity(signature, theirs) >= fingerprint.DUPLICATE_JACCARD
        ),
        None,
    )
    values = {
        "key": key,
        "article_id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "text": article.text,
        "text_hash": digest,
        "minhash": signature,
        **_content_fingerprint(store, conn, article),
        "duplicate_of": original,
        "places": to_dict(report.places),
        "versions": versions,
        "ingested_at": now,
    }
    touched: set[int] = set()
    if known is None:
        store.save_article(conn, values, bands)
        tally.new += 1
    else:
        touched |= store.replace_article(conn, key, values, bands, now)
        tally.revised += 1
    repeated = store.article_incidents(conn, original) if original else []
    if repeated:  # the same story from another outlet: linked, not counted as new facts
        tally.duplicates += 1
        for incident_id in repeated:
            _link(store, conn, key, role="duplicate", incident_id=incident_id, versions=versions)
            touched.add(incident_id)
    else:
        touched |= _merge_events(
            store,
            conn,
            report,
            key=key,
            terms=values["terms"],
            names=frozenset(values["names"]),
            versions=versions,
            tally=tally,
            now=now,
        )
    for incident_id in sorted(touched):
        refresh_incident(store, conn, incident_id, settings, now)
        tally.incidents_updated.add(incident_id)


def _link(
    store: Store,
    conn: Connection,
    key: str,
    *,
    role: str,
    incident_id: int,
    versions: dict[str, str],
) -> None:
    """The whole article tied to an incident without an event of its own (a copy, a citation)."""
    store.add_mention(
        conn,
        article_key=key,
        event_index=-1,
        role=role,
        incident_id=incident_id,
        event=None,
        versions=versions,
    )


def _merge_events(
    store: Store,
    conn: Connection,
    report: ArticleReport,
    *,
    key: str,
    terms: dict[str, int],
    names: frozenset[str],
    versions: dict[str, str],
    tally: IngestTally,
    now: str,
) -> set[int]:
    """Join each event of the article to an incident or found one; an article that reports no
    event of its own is linked to the incident whose names it shares (a trial, a follow-up)."""
    from incidex.fuse.merge import DATE_WINDOW, LINK_TEXT, Probe, date_window, decide

    rarity, rare = _rarity(store, conn, names, terms)
    named = store.incidents_named(conn, rare)
    touched: set[int] = set()
    taken: set[int] = set()  # two main events of one article are two incidents
    events = list(enumerate(report.events))
    if not any(e.role is Role.MAIN for _, e in events):
        probe = Probe(type=EventType.OTHER, date=None, names=names, terms=terms)
        published = report.article.published_date
        rows = store.candidates(conn, published, DATE_WINDOW, named)
        target = decide(probe, _candidates(store, conn, rows), rarity, least_text=LINK_TEXT)
        if target is not None:
            _link(store, conn, key, role="background", incident_id=target, versions=versions)
            touched.add(target)
    for index, event in events:
        probe = _probe(event, names, terms)
        rows = [
            r
            for r in store.candidates(
                conn, probe.date, date_window(probe.date_is_publication), named
            )
            if r.id not in taken
        ]
        target = decide(probe, _candidates(store, conn, rows), rarity)
        if event.role is Role.MAIN:
            if target is None:
                target = store.new_incident(conn, type_=str(event.type), now=now)
                tally.incidents_new.add(target)
            taken.add(target)
        store.add_mention(
            conn,
            article_key=key,
            event_index=index,
            role=str(event.role),
            incident_id=target,
            event=event,
            versions=versions,
        )
        if target is not None:
            touched.add(target)
    return touched


def refresh_incident(
    store: Store, conn: Connection, incident_id: int, settings: Settings, now: str
) -> Incident | None:
    """Summarise an incident again from its reports and corrections, and save it; an incident
    left without reports is removed (ids are never reused)."""
    from incidex.fuse.summary import Report, summarise

    parts = store.incident_parts(conn, incident_id)
    if not any(ref.role == "main" for ref, _, _, _ in parts):
        store.delete_incident(conn, incident_id)
        return None
    reports = [Report(ref=ref, mention=event) for ref, event, _, _ in parts]
    incident = summarise(
        incident_id,
        reports,
        store.corrections_of(conn, incident_id),
        policy=settings.headline_policy,
    )
    names = {key: found for ref, _, found, key in parts if ref.role == "main"}
    precision = incident.place.precision if incident.place else None
    store.save_incident(
        conn,
        incident,
        names,
        date_is_publication=bool(incident.date and incident.date.basis is DateBasis.PUBLICATION),
        city_level=precision in _CITY_LEVEL,
        now=now,
    )
    return incident


def correct_incident(
    store: Store,
    incident_id: int,
    field_name: str,
    raw_value: str,
    *,
    note: str | None,
    by: str | None,
    settings: Settings,
) -> Incident:
    """Record an analyst's correction (kept in the audit trail) and apply it; raises InputError
    for an unknown incident, field or value."""
    from incidex.fuse.summary import parse_correction_value

    try:
        value = parse_correction_value(field_name, raw_value)
    except ValueError as exc:
        raise InputError(f"cannot correct {field_name}: {exc}") from exc
    current = store.incident(incident_id)
    if current is None:
        raise InputError(f"there is no incident {incident_id}")
    now = _now()
    correction = Correction(
        field=field_name, old=_field_value(current, field_name), new=value, note=note, by=by, at=now
    )
    with store.transaction() as conn:
        store.add_correction(conn, incident_id, correction)
        incident = refresh_incident(store, conn, incident_id, settings, now)
    assert incident is not None  # it had reports a moment ago and corrections remove none
    return incident


def _field_value(incident: Incident, name: str) -> object:
    if name in ("killed", "injured"):
        figure = getattr(incident, name)
        return None if figure is None else figure.value
    if name == "date":
        return incident.date.value.isoformat() if incident.date else None
    if name == "place":
        return incident.place.name if incident.place else None
    if name == "country":
        return incident.place.country if incident.place else None
    value = getattr(incident, name)
    return str(value) if isinstance(value, StrEnum) else value


_CITY_LEVEL = {PlacePrecision.POINT, PlacePrecision.CITY, PlacePrecision.ADMIN2}


def _probe(event: EventMention, names: frozenset[str], terms: dict[str, int]) -> Probe:
    from incidex.fuse.merge import Probe

    place = event.place
    return Probe(
        type=event.type,
        date=event.date.value if event.date else None,
        date_is_publication=bool(event.date and event.date.basis is DateBasis.PUBLICATION),
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        city_level=bool(place and place.precision in _CITY_LEVEL),
        country_code=place.country_code if place else None,
        names=names,
        terms=terms,
        actors=frozenset(a.actor_id for a in event.perpetrators if a.actor_id),
    )


def _row_probe(row: Any, name_sets: list[frozenset[str]], term_sets: list[dict[str, int]]) -> Probe:
    from incidex.fuse.merge import Probe

    return Probe(
        type=EventType(row.type),
        date=row.date,
        date_is_publication=bool(row.date_is_publication),
        lat=row.lat,
        lon=row.lon,
        city_level=bool(row.city_level),
        country_code=row.country_code,
        names=frozenset().union(*name_sets),
        name_sets=tuple(name_sets),
        term_sets=tuple(term_sets),
        actors=frozenset(
            str(a["actor_id"]) for a in row.perpetrator_records or () if a.get("actor_id")
        ),
    )


def _content_fingerprint(store: Store, conn: Connection, article: Article) -> dict[str, Any]:
    """What merging compares, from the title and the lines that are not the outlet's
    boilerplate: word counts of its lead and distinctive names; and the hashes of all its lines."""
    from incidex.fuse import fingerprint

    found = fingerprint.lines(article.text)
    skip = fingerprint.boilerplate(found, store.line_frequencies(conn, found))
    kept = "\n".join(line for h, line in found.items() if h not in skip)
    content = f"{article.title}\n\n{kept}" if article.title else kept
    return {
        "terms": fingerprint.terms(fingerprint.lead(content)),
        "names": sorted(fingerprint.names(content)),
        "lines": sorted(found),
    }


def _versions(settings: Settings) -> dict[str, str]:
    """The versions stamped on every stored mention."""
    import incidex
    from incidex.geo.gazetteer import gazetteer_version
    from incidex.nlp import load_model, model_version

    return {
        "incidex": incidex.__version__,
        "model": model_version(load_model(settings.model)),
        "gazetteer": gazetteer_version(),
        "taxonomy": TAXONOMY_VERSION,
    }


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def find_incidents(store: Store, where: IncidentFilter) -> Iterator[Incident]:
    """Incidents matching `where`; `near` is checked on the great-circle distance."""
    from incidex.fuse.merge import Probe, km

    count = 0
    for incident in store.query_incidents(where):
        if where.near:
            lat, lon, radius = where.near
            place = incident.place
            here = Probe(type=incident.type, date=None, lat=lat, lon=lon)
            there = Probe(
                type=incident.type,
                date=None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
            )
            distance = km(here, there)
            if distance is None or distance > radius:
                continue
        yield incident
        count += 1
        if where.limit is not None and count >= where.limit:
            return
