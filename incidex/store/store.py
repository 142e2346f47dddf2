"""Reads and writes over the tables; one Store per database, connections handed out per
transaction so that one article is written whole or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from incidex.errors import StoreError
from incidex.schema import Correction, EventMention, Incident, ReportRef, from_json, to_dict
from incidex.store.tables import (
    article_bands,
    article_revisions,
    articles,
    corrections,
    incident_names,
    incidents,
    line_df,
    mentions,
    term_df,
)

_MIGRATIONS = "incidex.store:migrations"


def database_url(value: str) -> str:
    """A SQLAlchemy URL from what a user typed: a URL, or a path to an SQLite file.
    `postgresql://` is given the psycopg (3) driver that incidex installs."""
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def open_store(url: str) -> Store:
    """The store at `url`, its schema migrated to the newest revision; raises StoreError."""
    store = Store(database_url(url))
    store.upgrade()
    return store


@dataclass(frozen=True, slots=True, kw_only=True)
class IncidentFilter:
    """What `incidex incidents` can ask for; None means no condition."""

    country: str | None = None  # a code (IR) or a name (Iran)
    admin1: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_killed: int | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    perpetrator: str | None = None
    text: str | None = None  # words that must all occur in one of the incident's articles
    limit: int | None = None


class Store:
    """The database behind incidex; see the module docstring."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = sa.create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot use the database {_safe(url)}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        """Run the Alembic migrations up to the newest revision."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", _MIGRATIONS)
        try:
            with self.engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database {_safe(self.url)}: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """A connection whose writes are committed together when the block ends without error."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"database error on {_safe(self.url)}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    # --- articles ----------------------------------------------------------------------------

    def article(self, conn: sa.Connection, key: str) -> sa.Row[Any] | None:
        return conn.execute(sa.select(articles).where(articles.c.key == key)).first()

    def known_hash(self, conn: sa.Connection, key: str) -> str | None:
        """The text hash stored for an article key, or None for a new article."""
        return conn.execute(
            sa.select(articles.c.text_hash).where(articles.c.key == key)
        ).scalar_one_or_none()

    def near_duplicates(
        self, conn: sa.Connection, bands: Sequence[int], *, exclude: str
    ) -> list[tuple[str, list[int]]]:
        """Keys and signatures of stored articles that share an LSH band with `bands`."""
        keys = (
            sa.select(article_bands.c.article_key)
            .where(article_bands.c.band.in_(list(bands)), article_bands.c.article_key != exclude)
            .distinct()
        )
        rows = conn.execute(
            sa.select(articles.c.key, articles.c.minhash, articles.c.duplicate_of)
            .where(articles.c.key.in_(keys))
            .order_by(articles.c.ingested_at, articles.c.key)
        )
        # A duplicate's original stands for it, so chains resolve to the first story.
        return [(row.duplicate_of or row.key, list(row.minhash)) for row in rows]

    def save_article(
        self, conn: sa.Connection, values: dict[str, Any], bands: Sequence[int]
    ) -> None:
        conn.execute(sa.insert(articles).values(**values))
        conn.execute(
            sa.insert(article_bands), [{"band": b, "article_key": values["key"]} for b in bands]
        )
        self.count_terms(conn, values["terms"], 1)
        self.count_lines(conn, values["lines"], 1)

    def replace_article(
        self, conn: sa.Connection, key: str, values: dict[str, Any], bands: Sequence[int], now: str
    ) -> set[int]:
        """Keep the old text as a revision, drop the old mentions and bands, store the new text;
        returns the incidents the old mentions belonged to (to be summarised again)."""
        old = self.article(conn, key)
        if old is None:
            raise StoreError(f"article {key} is not stored; cannot replace it")
        conn.execute(
            sa.insert(article_revisions).values(
                article_key=key,
                revision=old.revision,
                text=old.text,
                text_hash=old.text_hash,
                replaced_at=now,
            )
        )
        touched = self.drop_mentions(conn, key)
        self.count_terms(conn, dict(old.terms), -1)
        self.count_terms(conn, values["terms"], 1)
        self.count_lines(conn, list(old.lines), -1)
        self.count_lines(conn, values["lines"], 1)
        conn.execute(sa.delete(article_bands).where(article_bands.c.article_key == key))
        conn.execute(
            sa.update(articles)
            .where(articles.c.key == key)
            .values(**{**values, "revision": old.revision + 1})
        )
        conn.execute(sa.insert(article_bands), [{"band": b, "article_key": key} for b in bands])
        return touched

    def drop_mentions(self, conn: sa.Connection, key: str) -> set[int]:
        rows = conn.execute(
            sa.select(mentions.c.incident_id).where(mentions.c.article_key == key)
        ).scalars()
        touched = {i for i in rows if i is not None}
        conn.execute(sa.delete(mentions).where(mentions.c.article_key == key))
        return touched

    def article_incidents(self, conn: sa.Connection, key: str) -> list[int]:
        """The incidents an article reports (role main), oldest first."""
        rows = conn.execute(
            sa.select(mentions.c.incident_id)
            .where(
                mentions.c.article_key == key,
                mentions.c.role == "main",
                mentions.c.incident_id.is_not(None),
            )
            .order_by(mentions.c.incident_id)
        ).scalars()
        return list(dict.fromkeys(rows))

    # --- mentions and incidents --------------------------------------------------------------

    def add_mention(
        self,
        conn: sa.Connection,
        *,
        article_key: str,
        event_index: int,
        role: str,
        incident_id: int | None,
        event: EventMention | None,
        versions: dict[str, str],
    ) -> None:
        conn.execute(
            sa.insert(mentions).values(
                article_key=article_key,
                event_index=event_index,
                role=role,
                incident_id=incident_id,
                event=None if event is None else to_dict(event),
                incidex_version=versions["incidex"],
                model=versions["model"],
                gazetteer=versions["gazetteer"],
                taxonomy=versions["taxonomy"],
            )
        )

    def new_incident(self, conn: sa.Connection, *, type_: str, now: str) -> int:
        result = conn.execute(
            sa.insert(incidents).values(
                type=type_,
                date_is_publication=False,
                city_level=False,
                reports=0,
                record={},
                created_at=now,
                updated_at=now,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def candidates(
        self, conn: sa.Connection, day: dt.date | None, window: int, also: Sequence[int] = ()
    ) -> list[sa.Row[Any]]:
        """Incidents dated within `window` days of `day`, and the incidents `also` names: the
        columns merging compares, and the incident's perpetrators as `perpetrator_records`."""
        near_in_time: Any = sa.false()
        if day is not None:
            low, high = day - dt.timedelta(days=window), day + dt.timedelta(days=window)
            near_in_time = sa.and_(incidents.c.date >= low, incidents.c.date <= high)
        return list(
            conn.execute(
                sa.select(  # what merging compares, not the whole record
                    incidents.c.id,
                    incidents.c.type,
                    incidents.c.date,
                    incidents.c.date_is_publication,
                    incidents.c.lat,
                    incidents.c.lon,
                    incidents.c.city_level,
                    incidents.c.country_code,
                    incidents.c.record["perpetrators"].label("perpetrator_records"),
                )
                .where(
                    sa.or_(near_in_time, incidents.c.id.in_(list(also))), incidents.c.reports > 0
                )
                .order_by(incidents.c.id)
            )
        )

    def count_terms(self, conn: sa.Connection, terms: Iterable[str], step: int) -> None:
        """Add `step` (1 for a new article, -1 for a replaced text) to each word's frequency."""
        self._count(conn, term_df, sorted({t[:80] for t in terms}), step)

    def count_lines(self, conn: sa.Connection, hashes: Iterable[str], step: int) -> None:
        """Add `step` to the frequency of each line hash."""
        self._count(conn, line_df, sorted(set(hashes)), step)

    def _count(self, conn: sa.Connection, table: sa.Table, keys: list[str], step: int) -> None:
        if not keys:
            return
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
        key = table.c[table.primary_key.columns.keys()[0]]
        # One statement executed for many rows: compiled once and cached, whatever the count.
        statement = upsert(table).on_conflict_do_update(
            index_elements=[key], set_={"df": table.c.df + step}
        )
        conn.execute(statement, [{key.name: k, "df": max(step, 0)} for k in keys])

    def term_frequencies(self, conn: sa.Connection, terms: Iterable[str]) -> dict[str, int]:
        """In how many stored articles each of `terms` occurs (absent words are left out)."""
        return self._frequencies(conn, term_df, {t[:80] for t in terms})

    def line_frequencies(self, conn: sa.Connection, hashes: Iterable[str]) -> dict[str, int]:
        """In how many stored articles each line hash occurs."""
        return self._frequencies(conn, line_df, set(hashes))

    def _frequencies(self, conn: sa.Connection, table: sa.Table, keys: set[str]) -> dict[str, int]:
        key = table.c[table.primary_key.columns.keys()[0]]
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(keys), 500):
            rows = conn.execute(sa.select(key, table.c.df).where(key.in_(chunk)))
            found.update({k: int(df) for k, df in rows})
        return found

    def article_count(self, conn: sa.Connection) -> int:
        return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())

    def report_fingerprints(
        self, conn: sa.Connection, incident_ids: Sequence[int]
    ) -> dict[int, tuple[list[frozenset[str]], list[dict[str, int]]]]:
        """Each main report of the incidents: its article's distinctive names and word counts
        (one row per report, read from the article, not one per name)."""
        out: dict[int, tuple[list[frozenset[str]], list[dict[str, int]]]] = {
            i: ([], []) for i in incident_ids
        }
        for chunk in _chunks(list(incident_ids), 500):
            rows = conn.execute(
                sa.select(mentions.c.incident_id, articles.c.names, articles.c.terms)
                .join(articles, articles.c.key == mentions.c.article_key)
                .where(mentions.c.incident_id.in_(chunk), mentions.c.role == "main")
                .order_by(mentions.c.id)
            )
            for incident_id, names, terms in rows:
                out[incident_id][0].append(frozenset(names))
                out[incident_id][1].append(dict(terms))
        return out

    def name_counts(self, conn: sa.Connection, names: Sequence[str]) -> dict[str, int]:
        """How many incidents each name occurs in (names in none are left out)."""
        counts: dict[str, int] = {}
        for chunk in _chunks(sorted(names), 500):
            rows = conn.execute(
                sa.select(
                    incident_names.c.name, sa.func.count(incident_names.c.incident_id.distinct())
                )
                .where(incident_names.c.name.in_(chunk))
                .group_by(incident_names.c.name)
            )
            counts.update({name: int(n) for name, n in rows})
        return counts

    def incidents_named(self, conn: sa.Connection, names: Sequence[str]) -> list[int]:
        """Incidents whose reports use any of `names`."""
        found: set[int] = set()
        for chunk in _chunks(sorted(names), 500):
            found.update(
                conn.execute(
                    sa.select(incident_names.c.incident_id)
                    .where(incident_names.c.name.in_(chunk))
                    .distinct()
                ).scalars()
            )
        return sorted(found)

    def incident_parts(
        self, conn: sa.Connection, incident_id: int
    ) -> list[tuple[ReportRef, EventMention | None, frozenset[str], str]]:
        """Each report of an incident: its reference, the mention it gave (if any), the
        distinctive names of its article and the article's key."""
        rows = conn.execute(
            sa.select(
                mentions.c.role,
                mentions.c.event,
                articles.c.key,
                articles.c.article_id,
                articles.c.url,
                articles.c.outlet,
                articles.c.title,
                articles.c.published,
                articles.c.duplicate_of,
                articles.c.names,
            )
            .join(articles, articles.c.key == mentions.c.article_key)
            .where(mentions.c.incident_id == incident_id)
            .order_by(mentions.c.id)
        )
        out = []
        originals: dict[str, str] = {}
        for row in rows:
            duplicate_of = None
            if row.duplicate_of:
                duplicate_of = (
                    originals.get(row.duplicate_of)
                    or conn.execute(
                        sa.select(articles.c.article_id).where(articles.c.key == row.duplicate_of)
                    ).scalar_one_or_none()
                )
            ref = ReportRef(
                article_id=row.article_id,
                role=row.role,
                url=row.url,
                outlet=row.outlet,
                title=row.title,
                published=row.published,
                duplicate_of=duplicate_of,
            )
            event = None if row.event is None else from_json(EventMention, row.event)
            originals[row.key] = row.article_id
            out.append((ref, event, frozenset(row.names), row.key))
        return out

    def save_incident(
        self,
        conn: sa.Connection,
        incident: Incident,
        names: Mapping[str, Iterable[str]],
        **merge: Any,
    ) -> None:
        """Write an incident's summary, the columns queries and merging use, and the names of
        each of its reports (`names`: article key -> names)."""
        conn.execute(sa.delete(incident_names).where(incident_names.c.incident_id == incident.id))
        rows = [
            {"incident_id": incident.id, "article_key": key, "name": n[:80]}
            for key, found in sorted(names.items())
            for n in sorted(set(found))
        ]
        if rows:
            conn.execute(sa.insert(incident_names), rows)
        place = incident.place
        conn.execute(
            sa.update(incidents)
            .where(incidents.c.id == incident.id)
            .values(
                type=str(incident.type),
                date=incident.date.value if incident.date else None,
                country_code=place.country_code if place else None,
                country=place.country if place else None,
                admin1=place.admin1 if place else None,
                place_name=place.name if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                killed=_value(incident.killed),
                injured=_value(incident.injured),
                claimed=incident.claimed,
                perpetrators="; ".join(a.name for a in incident.perpetrators) or None,
                reports=len(incident.reports),
                record=to_dict(incident),
                updated_at=merge.pop("now"),
                **merge,
            )
        )

    def incident_row(self, conn: sa.Connection, incident_id: int) -> sa.Row[Any] | None:
        return conn.execute(sa.select(incidents).where(incidents.c.id == incident_id)).first()

    def main_reports(
        self, conn: sa.Connection, incident_id: int
    ) -> list[tuple[EventMention, dict[str, int], frozenset[str]]]:
        """Each main report of an incident: its event, its article's words and names."""
        rows = conn.execute(
            sa.select(mentions.c.event, articles.c.terms, articles.c.names)
            .join(articles, articles.c.key == mentions.c.article_key)
            .where(
                mentions.c.incident_id == incident_id,
                mentions.c.role == "main",
                mentions.c.event.is_not(None),
            )
            .order_by(mentions.c.id)
        )
        return [
            (from_json(EventMention, event), dict(terms), frozenset(names))
            for event, terms, names in rows
        ]

    def evidence_of(self, incident_id: int) -> list[tuple[str, list[str]]]:
        """Each main report's article id and the sentences that establish its event."""
        target = self.incident(incident_id)
        if target is None:
            return []
        with self.transaction() as conn:
            rows = conn.execute(
                sa.select(articles.c.article_id, mentions.c.event)
                .join(articles, articles.c.key == mentions.c.article_key)
                .where(
                    mentions.c.incident_id == target.id,
                    mentions.c.role == "main",
                    mentions.c.event.is_not(None),
                )
                .order_by(mentions.c.id)
            )
            return [(a, [e["text"] for e in event.get("evidence") or ()]) for a, event in rows]

    def merge_incidents(self, conn: sa.Connection, source: int, target: int) -> None:
        """Move every report and correction of `source` to `target`; `source` stays as a
        pointer (`merged_into`), so its id keeps leading to the incident."""
        conn.execute(
            sa.update(mentions).where(mentions.c.incident_id == source).values(incident_id=target)
        )
        conn.execute(
            sa.update(corrections)
            .where(corrections.c.incident_id == source)
            .values(incident_id=target)
        )
        conn.execute(sa.delete(incident_names).where(incident_names.c.incident_id == source))
        conn.execute(
            sa.update(incidents)
            .where(sa.or_(incidents.c.id == source, incidents.c.merged_into == source))
            .values(merged_into=target, reports=0)
        )

    def delete_incident(self, conn: sa.Connection, incident_id: int) -> None:
        """Remove an incident left with no reports (its id is never reused)."""
        conn.execute(sa.delete(corrections).where(corrections.c.incident_id == incident_id))
        conn.execute(sa.delete(incident_names).where(incident_names.c.incident_id == incident_id))
        conn.execute(sa.delete(incidents).where(incidents.c.id == incident_id))

    def corrections_of(self, conn: sa.Connection, incident_id: int) -> list[Correction]:
        rows = conn.execute(
            sa.select(corrections)
            .where(corrections.c.incident_id == incident_id)
            .order_by(corrections.c.id)
        )
        return [
            Correction(field=r.field, old=r.old, new=r.new, note=r.note, by=r.by, at=r.at)
            for r in rows
        ]

    def add_correction(self, conn: sa.Connection, incident_id: int, correction: Correction) -> None:
        conn.execute(
            sa.insert(corrections).values(
                incident_id=incident_id,
                field=correction.field,
                old=correction.old,
                new=correction.new,
                note=correction.note,
                by=correction.by,
                at=correction.at,
            )
        )

    # --- reading -----------------------------------------------------------------------------

    def incident(self, incident_id: int) -> Incident | None:
        """The incident with this id, following `merged_into` to the one it became."""
        with self.transaction() as conn:
            row = conn.execute(
                sa.select(incidents.c.record, incidents.c.merged_into).where(
                    incidents.c.id == incident_id
                )
            ).first()
            if row is not None and row.merged_into is not None:
                row = conn.execute(
                    sa.select(incidents.c.record, incidents.c.merged_into).where(
                        incidents.c.id == row.merged_into
                    )
                ).first()
        return None if row is None or not row.record else from_json(Incident, row.record)

    def query_incidents(self, where: IncidentFilter | None = None) -> Iterator[Incident]:
        """Incidents matching `where`, oldest id first, read in pages."""
        query = self._query(where or IncidentFilter())
        with self.transaction() as conn:
            for row in conn.execute(query).yield_per(500):
                yield from_json(Incident, row.record)

    def _query(self, where: IncidentFilter) -> sa.Select[Any]:
        t = incidents
        query = sa.select(t.c.record).where(t.c.reports > 0).order_by(t.c.id)
        if where.country:
            c = where.country.strip()
            query = query.where(
                sa.or_(
                    sa.func.upper(t.c.country_code) == c.upper(),
                    sa.func.lower(t.c.country) == c.lower(),
                )
            )
        if where.admin1:
            query = query.where(sa.func.lower(t.c.admin1) == where.admin1.strip().lower())
        if where.type:
            query = query.where(t.c.type == where.type)
        if where.since:
            query = query.where(t.c.date >= where.since)
        if where.until:
            query = query.where(t.c.date <= where.until)
        if where.min_killed is not None:
            query = query.where(t.c.killed >= where.min_killed)
        if where.perpetrator:
            query = query.where(
                t.c.perpetrators.ilike(f"%{_like(where.perpetrator)}%", escape="\\")
            )
        if where.near:
            lat, _lon, km = where.near
            dlat = km / 111.0
            query = query.where(t.c.lat.between(lat - dlat, lat + dlat))  # refined in service
        if where.text:
            words = [w for w in where.text.split() if w]
            hits = sa.select(mentions.c.incident_id).join(
                articles, articles.c.key == mentions.c.article_key
            )
            for word in words:
                hits = hits.where(articles.c.text.ilike(f"%{_like(word)}%", escape="\\"))
            query = query.where(t.c.id.in_(hits))
        return query

    def counts(self) -> dict[str, int]:
        with self.transaction() as conn:
            return {
                "articles": conn.execute(
                    sa.select(sa.func.count()).select_from(articles)
                ).scalar_one(),
                "incidents": conn.execute(
                    sa.select(sa.func.count()).select_from(incidents).where(incidents.c.reports > 0)
                ).scalar_one(),
                "mentions": conn.execute(
                    sa.select(sa.func.count()).select_from(mentions)
                ).scalar_one(),
            }


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _value(figure: Any) -> int | None:
    if figure is None:
        return None
    value = figure.value if figure.value is not None else figure.low
    return None if value is None else int(value)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparseable URL is shown as typed; it holds nothing we parsed
        return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers are not blocked by the writer
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, fast
    cur.close()
