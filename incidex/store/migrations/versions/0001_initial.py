"""The first tables: articles, their revisions and LSH bands, incidents and their names,
word and line frequencies, mentions, corrections.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("key", sa.String(length=600), nullable=False),
        sa.Column("article_id", sa.String(length=400), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("minhash", sa.JSON(), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("duplicate_of", sa.String(length=600), nullable=True),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_articles")),
    )
    op.create_index(op.f("ix_articles_article_id"), "articles", ["article_id"], unique=False)
    op.create_index(op.f("ix_articles_published"), "articles", ["published"], unique=False)
    op.create_index(op.f("ix_articles_text_hash"), "articles", ["text_hash"], unique=False)
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_is_publication", sa.Boolean(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("city_level", sa.Boolean(), nullable=False),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("claimed", sa.Boolean(), nullable=True),
        sa.Column("perpetrators", sa.Text(), nullable=True),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index(
        op.f("ix_incidents_country_code_date"), "incidents", ["country_code", "date"], unique=False
    )
    op.create_index(op.f("ix_incidents_date"), "incidents", ["date"], unique=False)
    op.create_table(
        "line_df",
        sa.Column("line", sa.String(length=16), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("line", name=op.f("pk_line_df")),
    )
    op.create_table(
        "term_df",
        sa.Column("term", sa.String(length=80), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_term_df")),
    )
    op.create_table(
        "article_bands",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("article_key", sa.String(length=600), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_key"], ["articles.key"], name=op.f("fk_article_bands_article_key_articles")
        ),
    )
    op.create_index(
        op.f("ix_article_bands_article_key"), "article_bands", ["article_key"], unique=False
    )
    op.create_index(op.f("ix_article_bands_band"), "article_bands", ["band"], unique=False)
    op.create_table(
        "article_revisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_key", sa.String(length=600), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("replaced_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_key"],
            ["articles.key"],
            name=op.f("fk_article_revisions_article_key_articles"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_revisions")),
    )
    op.create_index(
        op.f("ix_article_revisions_article_key"), "article_revisions", ["article_key"], unique=False
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("by", sa.String(length=200), nullable=True),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_corrections_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index(
        op.f("ix_corrections_incident_id"), "corrections", ["incident_id"], unique=False
    )
    op.create_table(
        "incident_names",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("article_key", sa.String(length=600), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_names_incident_id_incidents")
        ),
    )
    op.create_index(
        op.f("ix_incident_names_incident_id"), "incident_names", ["incident_id"], unique=False
    )
    op.create_index(op.f("ix_incident_names_name"), "incident_names", ["name"], unique=False)
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_key", sa.String(length=600), nullable=False),
        sa.Column("event_index", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.JSON(), nullable=True),
        sa.Column("incidex_version", sa.String(length=20), nullable=False),
        sa.Column("model", sa.String(length=80), nullable=False),
        sa.Column("gazetteer", sa.String(length=80), nullable=False),
        sa.Column("taxonomy", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_key"], ["articles.key"], name=op.f("fk_mentions_article_key_articles")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_mentions_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
    )
    op.create_index(op.f("ix_mentions_article_key"), "mentions", ["article_key"], unique=False)
    op.create_index(op.f("ix_mentions_incident_id"), "mentions", ["incident_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_mentions_incident_id"), table_name="mentions")
    op.drop_index(op.f("ix_mentions_article_key"), table_name="mentions")
    op.drop_table("mentions")
    op.drop_index(op.f("ix_incident_names_name"), table_name="incident_names")
    op.drop_index(op.f("ix_incident_names_incident_id"), table_name="incident_names")
    op.drop_table("incident_names")
    op.drop_index(op.f("ix_corrections_incident_id"), table_name="corrections")
    op.drop_table("corrections")
    op.drop_index(op.f("ix_article_revisions_article_key"), table_name="article_revisions")
    op.drop_table("article_revisions")
    op.drop_index(op.f("ix_article_bands_band"), table_name="article_bands")
    op.drop_index(op.f("ix_article_bands_article_key"), table_name="article_bands")
    op.drop_table("article_bands")
    op.drop_table("term_df")
    op.drop_table("line_df")
    op.drop_index(op.f("ix_incidents_date"), table_name="incidents")
    op.drop_index(op.f("ix_incidents_country_code_date"), table_name="incidents")
    op.drop_table("incidents")
    op.drop_index(op.f("ix_articles_text_hash"), table_name="articles")
    op.drop_index(op.f("ix_articles_published"), table_name="articles")
    op.drop_index(op.f("ix_articles_article_id"), table_name="articles")
    op.drop_table("articles")
