"""The tables (SQLAlchemy Core). Alembic migrations in `migrations/` create and change them; the
first revision is written out by hand from these definitions, later ones by autogenerate."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={  # stable constraint names, so migrations can refer to them
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("key", sa.String(600), primary_key=True),  # "url:…" or "text:<sha256>"
    sa.Column("article_id", sa.String(400), nullable=False),  # the input record's id
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_hash", sa.String(64), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False, default=1),
    sa.Column("minhash", sa.JSON, nullable=False),
    sa.Column("terms", sa.JSON, nullable=False),  # word counts, for TF-IDF similarity
    sa.Column("lines", sa.JSON, nullable=False),  # hashes of its lines, for boilerplate
    sa.Column("names", sa.JSON, nullable=False),  # distinctive names, for merging
    sa.Column("duplicate_of", sa.String(600)),  # key of the article this one repeats
    sa.Column("places", sa.JSON, nullable=False),  # every place it names (events: in mentions)
    sa.Column("versions", sa.JSON, nullable=False),  # incidex, model, gazetteer, taxonomy
    sa.Column("ingested_at", sa.String(40), nullable=False),
    sa.Index(None, "article_id"),
    sa.Index(None, "text_hash"),
    sa.Index(None, "published"),
)

article_revisions = sa.Table(  # earlier texts of an article whose URL brought new text
    "article_revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_key", sa.String(600), sa.ForeignKey("articles.key"), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_hash", sa.String(64), nullable=False),
    sa.Column("replaced_at", sa.String(40), nullable=False),
    sa.Index(None, "article_key"),
)

article_bands = sa.Table(  # MinHash LSH bands: near-duplicate candidates share one
    "article_bands",
    metadata,
    sa.Column("band", sa.BigInteger, nullable=False),
    sa.Column("article_key", sa.String(600), sa.ForeignKey("articles.key"), nullable=False),
    sa.Index(None, "band"),
    sa.Index(None, "article_key"),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("date_is_publication", sa.Boolean, nullable=False, default=False),
    sa.Column("country_code", sa.String(2)),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("place_name", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("city_level", sa.Boolean, nullable=False, default=False),
    sa.Column("killed", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("claimed", sa.Boolean),
    sa.Column("perpetrators", sa.Text),  # names, "; "-joined, for filtering
    sa.Column("reports", sa.Integer, nullable=False, default=0),
    sa.Column("merged_into", sa.Integer),  # set when a later pass found it to be another one
    sa.Column("record", sa.JSON, nullable=False),  # the Incident as JSON
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Index(None, "date"),
    sa.Index(None, "country_code", "date"),
)

term_df = sa.Table(  # in how many stored articles each word occurs (TF-IDF's document frequency)
    "term_df",
    metadata,
    sa.Column("term", sa.String(80), primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)

line_df = sa.Table(  # in how many stored articles each line occurs (boilerplate detection)
    "line_df",
    metadata,
    sa.Column("line", sa.String(16), primary_key=True),  # a hash of the normalised line
    sa.Column("df", sa.Integer, nullable=False),
)

incident_names = sa.Table(  # distinctive names of each report of an incident, for merging
    "incident_names",
    metadata,
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), nullable=False),
    sa.Column("article_key", sa.String(600), nullable=False),
    sa.Column("name", sa.String(80), nullable=False),
    sa.Index(None, "name"),
    sa.Index(None, "incident_id"),
)

mentions = sa.Table(  # an article's part in an incident
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_key", sa.String(600), sa.ForeignKey("articles.key"), nullable=False),
    sa.Column("event_index", sa.Integer, nullable=False),  # -1: the article as a whole
    sa.Column("role", sa.String(20), nullable=False),  # main | background | duplicate
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id")),
    sa.Column("event", sa.JSON),  # the EventMention, or null for a link without one
    sa.Column("incidex_version", sa.String(20), nullable=False),
    sa.Column("model", sa.String(80), nullable=False),
    sa.Column("gazetteer", sa.String(80), nullable=False),
    sa.Column("taxonomy", sa.String(20), nullable=False),
    sa.Index(None, "article_key"),
    sa.Index(None, "incident_id"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), nullable=False),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("old", sa.JSON),
    sa.Column("new", sa.JSON),
    sa.Column("note", sa.Text),
    sa.Column("by", sa.String(200)),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Index(None, "incident_id"),
)
