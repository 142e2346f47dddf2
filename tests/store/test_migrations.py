"""Migrations: the newest revision builds the tables the code expects, and goes back down."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from incidex.store import Store, open_store
from incidex.store.tables import metadata


def _config(conn: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", "incidex.store:migrations")
    config.attributes["connection"] = conn
    return config


def test_upgrade_builds_every_table_and_downgrade_removes_them(db_url: str) -> None:
    store: Store = open_store(db_url)
    tables = set(sa.inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= tables
    assert "alembic_version" in tables
    with store.engine.begin() as conn:
        command.downgrade(_config(conn), "base")
    left = set(sa.inspect(store.engine).get_table_names()) - {"alembic_version"}
    assert left == set()
    store.upgrade()  # and up again: the migrations are repeatable
    assert set(metadata.tables) <= set(sa.inspect(store.engine).get_table_names())
    store.close()


def test_the_migrated_columns_match_the_table_definitions(db_url: str) -> None:
    store = open_store(db_url)
    inspector = sa.inspect(store.engine)
    for name, table in metadata.tables.items():
        migrated = {c["name"] for c in inspector.get_columns(name)}
        assert migrated == set(table.columns.keys()), name
    store.close()
